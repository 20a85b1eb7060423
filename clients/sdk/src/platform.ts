/**
 * The platform adapter: everything the SDK needs from the mini-program runtime, in one place.
 * `ksPlatform()` wraps native Kuaishou (`ks.*`), `uniPlatform()` wraps uni-app (`uni.*`, which
 * uni-app maps to `ks.*` in an mp-kuaishou build and to the browser in H5), and
 * `localDevPlatform()` swaps login and pay for the local runtime's fake Kuaishou platform.
 */

export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** JSON text, or undefined for no body */
  body?: string;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  /** header names in lower case */
  headers: Record<string, string>;
  /** parsed JSON when the body was JSON, else the raw text */
  data: unknown;
}

/** What `ks.pay` needs: `order.payment` of POST /v1/orders. */
export interface PaymentParams {
  service_id?: string;
  order_no: string;
  order_info_token: string;
  [key: string]: unknown;
}

/** ok: the pay sheet reported success (this does not prove payment: the SDK polls the order). */
export type PayOutcome = "ok" | "cancel" | "fail";

/** The answer per template id, as the platform gives it (accept, reject, ban, filter, …). */
export type SubscribeAnswer = Record<string, string>;

export interface LaunchOptions {
  path?: string;
  scene?: string | number;
  query?: Record<string, string>;
  referrerInfo?: unknown;
  mode?: string;
}

export interface KeyValueStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export interface Platform {
  readonly name: string;
  /** resolves with any HTTP status; rejects only when no response arrived (network error, timeout) */
  request(req: HttpRequest): Promise<HttpResponse>;
  storage: KeyValueStorage;
  /** a one-shot login code (ks.login) */
  login(): Promise<string>;
  pay(payment: PaymentParams): Promise<PayOutcome>;
  subscribe(templateIds: string[]): Promise<SubscribeAnswer>;
  onAppHide(callback: () => void): void;
  onAppShow(callback: () => void): void;
  launchOptions(): LaunchOptions | null;
}

// ----------------------------------------------------------------------------- shared bits
interface MpRequestSuccess {
  statusCode: number;
  data: unknown;
  header?: Record<string, string>;
  headers?: Record<string, string>;
}

interface MpApi {
  request(options: Record<string, unknown>): unknown;
  getStorageSync(key: string): unknown;
  setStorageSync(key: string, value: unknown): void;
  removeStorageSync(key: string): void;
  login(options: Record<string, unknown>): void;
  onAppHide?(cb: () => void): void;
  onAppShow?(cb: () => void): void;
  getLaunchOptionsSync?(): LaunchOptions;
  getEnterOptionsSync?(): LaunchOptions;
  pay?(options: Record<string, unknown>): void;
  requestPayment?(options: Record<string, unknown>): void;
  requestSubscribeMessage?(options: Record<string, unknown>): void;
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  for (const k of Object.keys(headers)) out[k.toLowerCase()] = String(headers[k]);
  return out;
}

function parseBody(data: unknown): unknown {
  if (typeof data !== "string") return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function mpRequest(api: MpApi, req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    api.request({
      url: req.url,
      method: req.method,
      header: req.headers,
      data: req.body,
      dataType: "text",
      responseType: "text",
      timeout: req.timeoutMs,
      success: (res: MpRequestSuccess) =>
        resolve({
          status: res.statusCode,
          headers: lowerKeys(res.header || res.headers),
          data: parseBody(res.data),
        }),
      fail: (err: unknown) => reject(err),
    });
  });
}

function mpStorage(api: MpApi): KeyValueStorage {
  return {
    get(key) {
      const value = api.getStorageSync(key);
      return typeof value === "string" && value !== "" ? value : null;
    },
    set(key, value) {
      api.setStorageSync(key, value);
    },
    remove(key) {
      api.removeStorageSync(key);
    },
  };
}

function answers(ids: string[], answer: (id: string) => string): SubscribeAnswer {
  const out: SubscribeAnswer = {};
  for (const id of ids) out[id] = answer(id);
  return out;
}

function errMsg(err: unknown): string {
  return String((err && (err as { errMsg?: string }).errMsg) || err || "");
}

function payOutcome(err: unknown): PayOutcome {
  return /cancel/i.test(errMsg(err)) ? "cancel" : "fail";
}

/** ks.pay / uni.requestPayment with the order's payment: ok, cancel (sheet closed) or fail */
function mpPay(
  pay: ((options: Record<string, unknown>) => void) | undefined,
  extra: Record<string, unknown>,
  payment: PaymentParams,
): Promise<PayOutcome> {
  return new Promise((resolve) => {
    if (!pay) return resolve("fail");
    pay({
      ...extra,
      orderInfo: { order_no: payment.order_no, order_info_token: payment.order_info_token },
      success: () => resolve("ok"),
      fail: (err: unknown) => resolve(payOutcome(err)),
    });
  });
}

function mpSubscribe(api: MpApi, templateIds: string[]): Promise<SubscribeAnswer> {
  return new Promise((resolve) => {
    if (!api.requestSubscribeMessage) {
      resolve(answers(templateIds, () => "unsupported"));
      return;
    }
    api.requestSubscribeMessage({
      tmplIds: templateIds,
      success: (res: Record<string, unknown>) =>
        resolve(answers(templateIds, (id) => String(res[id] || "reject"))),
      fail: () => resolve(answers(templateIds, () => "reject")),
    });
  });
}

function mpLogin(api: MpApi, extra: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) =>
    api.login({
      ...extra,
      success: (res: { code?: string }) => (res && res.code ? resolve(res.code) : reject(res)),
      fail: reject,
    }),
  );
}

function launchOf(api: MpApi): LaunchOptions | null {
  try {
    if (api.getLaunchOptionsSync) return api.getLaunchOptionsSync() || null;
    if (api.getEnterOptionsSync) return api.getEnterOptionsSync() || null;
  } catch {
    return null;
  }
  return null;
}

function lookup(name: string): MpApi {
  const api = (globalThis as unknown as Record<string, MpApi | undefined>)[name];
  if (!api) throw new Error(`the global \`${name}\` is missing: is this the right platform adapter?`);
  return api;
}

// ----------------------------------------------------------------------------- native Kuaishou
/** Native Kuaishou mini-program: the `ks` global (pass another object in tests). */
export function ksPlatform(ks?: unknown): Platform {
  const api = (ks as MpApi) || lookup("ks");
  return {
    name: "ks",
    request: (req) => mpRequest(api, req),
    storage: mpStorage(api),
    login: () => mpLogin(api, {}),
    pay: (payment) => mpPay(api.pay && api.pay.bind(api), { serviceId: payment.service_id || "1" }, payment),
    subscribe: (ids) => mpSubscribe(api, ids),
    onAppHide: (cb) => api.onAppHide && api.onAppHide(cb),
    onAppShow: (cb) => api.onAppShow && api.onAppShow(cb),
    launchOptions: () => launchOf(api),
  };
}

// ----------------------------------------------------------------------------- uni-app
/** uni-app (Vue 3): the `uni` global, compiled to ks.* for mp-kuaishou and to the browser for H5. */
export function uniPlatform(uni?: unknown): Platform {
  const api = (uni as MpApi) || lookup("uni");
  return {
    name: "uni",
    request: (req) => mpRequest(api, req),
    storage: mpStorage(api),
    login: () => mpLogin(api, { provider: "kuaishou" }),
    pay: (payment) => mpPay(api.requestPayment && api.requestPayment.bind(api), { provider: "kuaishou" }, payment),
    subscribe: (ids) => mpSubscribe(api, ids),
    onAppHide: (cb) => api.onAppHide && api.onAppHide(cb),
    onAppShow: (cb) => api.onAppShow && api.onAppShow(cb),
    launchOptions: () => launchOf(api),
  };
}

// ----------------------------------------------------------------------------- local runtime
export interface LocalDevOptions {
  /** the local runtime, e.g. http://127.0.0.1:3000 */
  apiUrl: string;
  /** the Kuaishou open_id the fake platform logs in as */
  openId: string;
  /**
   * How to pay on the fake platform: "page" opens its /pay page (a browser: the person presses
   * 支付 there, as on the pay sheet), "direct" posts to it (Node tests).
   */
  payMode?: "page" | "direct";
  /** for payMode "page": opens a URL (default: window.open) */
  open?: (url: string) => void;
}

/**
 * The base platform with login and pay served by the local runtime's fake Kuaishou:
 * login codes from GET /_local/login-code, payment through the fake's /pay page.
 */
export function localDevPlatform(base: Platform, options: LocalDevOptions): Platform {
  const api = options.apiUrl.replace(/\/$/, "");
  let kuaishouUrl: string | null = null;
  const get = async (url: string) => {
    const res = await base.request({ url, method: "GET", headers: {}, timeoutMs: 10000 });
    if (res.status !== 200 || !res.data || typeof res.data !== "object") throw new Error(`GET ${url}: ${res.status}`);
    return res.data as Record<string, unknown>;
  };
  const fakeKuaishou = async (): Promise<string> => {
    if (kuaishouUrl) return kuaishouUrl;
    const info = await get(`${api}/_local/info`);
    kuaishouUrl = String(info.kuaishou_url || "").replace(/\/$/, "");
    return kuaishouUrl;
  };
  return {
    ...base,
    name: `${base.name}+local`,
    login: async () => String((await get(`${api}/_local/login-code?open_id=${encodeURIComponent(options.openId)}`)).code),
    pay: async (payment) => {
      const fake = await fakeKuaishou();
      const orderNo = encodeURIComponent(String(payment.out_order_no || payment.order_no));
      if ((options.payMode || "page") === "page") {
        const open =
          options.open ||
          ((url: string) => (globalThis as unknown as { open: (u: string, t: string) => void }).open(url, "_blank"));
        open(`${fake}/pay?out_order_no=${orderNo}`);
        return "ok"; // the SDK confirms by polling the order, as after a real pay sheet
      }
      const res = await base.request({
        url: `${fake}/pay`,
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body: `out_order_no=${orderNo}&channel=WECHAT`,
        timeoutMs: 15000,
      });
      return res.status === 200 ? "ok" : "fail";
    },
  };
}
