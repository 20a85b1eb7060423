/**
 * Requests to the Siyu API: the bearer token, an Idempotency-Key per mutating call (the same key
 * on every retry of that call), retries with jittered backoff on network errors, 503 and 429
 * (honouring Retry-After), one refresh on TOKEN_EXPIRED, and one typed error (SiyuError).
 */
import { SiyuError, sdkError } from "./errors.js";
import { uuid } from "./ids.js";
import type { HttpResponse, Platform } from "./platform.js";

export interface RetryOptions {
  /** retries after the first attempt (default 3) */
  retries: number;
  /** first backoff in ms, doubled per retry, with ±50% jitter (default 300) */
  baseDelayMs: number;
  /** longest wait between attempts (default 5000) */
  maxDelayMs: number;
}

export interface CallOptions {
  method: string;
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  /** "member": needs a token; "optional": sends it when there is one; "none": never */
  auth?: "member" | "optional" | "none";
  /** override the generated Idempotency-Key (e.g. to resume a call made before a restart) */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** What the HTTP layer needs from auth (implemented by Auth). */
export interface TokenSource {
  /** a valid access token (refreshing or logging in if needed), or null when anonymous is allowed */
  accessToken(required: boolean): Promise<string | null>;
  /** the token used was refused as expired: refresh once (single-flight) unless already done */
  expired(usedToken: string): Promise<void>;
  deviceId(): string;
}

const MUTATING = /^(POST|PUT|PATCH|DELETE)$/i;
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}

export function errorOf(res: HttpResponse): SiyuError {
  const body = (res.data || {}) as ErrorBody;
  if (body.error && body.error.code) {
    return new SiyuError(body.error.code, body.error.message || body.error.code, res.status, body.error.details ?? null);
  }
  const message = (res.data as { message?: string } | null)?.message;
  return new SiyuError(res.status === 404 ? "NOT_FOUND" : `HTTP_${res.status}`, message || `请求失败 (${res.status})`, res.status);
}

function queryString(query: CallOptions["query"]): string {
  if (!query) return "";
  const parts: string[] = [];
  for (const k of Object.keys(query)) {
    const v = query[k];
    if (v === undefined || v === null) continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

export class Http {
  /** counters for tests and the report: requests sent (attempts), retries */
  readonly stats = { attempts: 0, retries: 0 };

  constructor(
    private readonly platform: Platform,
    private readonly baseUrl: string,
    private readonly tokens: TokenSource,
    private readonly retry: RetryOptions,
    private readonly timeoutMs: number,
  ) {}

  /** one call: returns the parsed JSON body of a 2xx, throws SiyuError otherwise */
  async call<T = unknown>(options: CallOptions): Promise<T> {
    const res = await this.send(options);
    return res.data as T;
  }

  async send(options: CallOptions): Promise<HttpResponse> {
    const method = options.method.toUpperCase();
    const mode = options.auth || "member";
    const headers: Record<string, string> = { "X-Device-Id": this.tokens.deviceId(), ...(options.headers || {}) };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (MUTATING.test(method)) headers["Idempotency-Key"] = options.idempotencyKey || uuid();
    const url = this.baseUrl + options.path + queryString(options.query);
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let token: string | null = null;
      if (mode !== "none") {
        token = await this.tokens.accessToken(mode === "member");
        if (token) headers.Authorization = `Bearer ${token}`;
        else delete headers.Authorization;
      }
      let res: HttpResponse | null = null;
      this.stats.attempts++;
      try {
        res = await this.platform.request({ url, method, headers, body, timeoutMs: this.timeoutMs });
      } catch {
        res = null; // network error or timeout: retried below
      }
      if (res && res.status >= 200 && res.status < 300) return res;
      if (res && res.status === 401 && token && !refreshed) {
        const code = ((res.data || {}) as ErrorBody).error?.code;
        if (code === "TOKEN_EXPIRED") {
          refreshed = true;
          await this.tokens.expired(token);
          attempt--; // a refresh is not a retry
          continue;
        }
      }
      const retriable = res === null || res.status === 503 || res.status === 429;
      if (!retriable || attempt >= this.retry.retries) {
        throw res ? errorOf(res) : sdkError("NETWORK_ERROR");
      }
      this.stats.retries++;
      await sleep(this.delay(attempt, res));
    }
  }

  private delay(attempt: number, res: HttpResponse | null): number {
    const after = res && Number(res.headers["retry-after"]);
    if (after && after > 0) return Math.min(after * 1000, this.retry.maxDelayMs);
    const base = Math.min(this.retry.baseDelayMs * Math.pow(2, attempt), this.retry.maxDelayMs);
    return Math.round(base * (0.5 + Math.random()));
  }
}
