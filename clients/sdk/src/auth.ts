/**
 * Member auth: ks.login code → tokens kept in storage; the access token refreshed shortly before
 * it expires and once when the API answers TOKEN_EXPIRED, single-flight (any number of
 * concurrent calls share one refresh); the refresh token is replaced on every refresh (rotation:
 * an old one may be revoked); logout; phone binding.
 */
import { SiyuError, sdkError } from "./errors.js";
import type { Http, TokenSource } from "./http.js";
import { singleFlight } from "./flight.js";
import { uuid } from "./ids.js";
import type { Platform } from "./platform.js";

export interface Session {
  access_token: string;
  refresh_token: string;
  /** client clock, epoch ms */
  expires_at: number;
  member_id: string;
}

export interface LoginOptions {
  /** the member whose share link opened the app; default: the launch query's `inviter` / `share_from` */
  inviterId?: string;
}

const KEY_SESSION = "siyu.session";
const KEY_DEVICE = "siyu.device";

export class Auth implements TokenSource {
  /** counters for tests and the report */
  readonly stats = { logins: 0, refreshes: 0 };
  private session: Session | null;
  private loginOptions: LoginOptions = {};
  private readonly loginOnce = singleFlight(() => this.doLogin(this.loginOptions));
  /** POST /v1/auth/refresh, once for all callers waiting at the same time */
  readonly refresh = singleFlight(() => this.doRefresh());
  private device: string;
  http!: Http;

  constructor(
    private readonly platform: Platform,
    private readonly options: { refreshAheadMs: number; autoLogin: boolean; now: () => number },
    private readonly defaultInviter: () => string | undefined,
  ) {
    this.session = this.load();
    let device = platform.storage.get(KEY_DEVICE);
    if (!device) {
      device = uuid().replace(/-/g, "");
      platform.storage.set(KEY_DEVICE, device);
    }
    this.device = device;
  }

  deviceId(): string {
    return this.device;
  }

  get memberId(): string | null {
    return this.session ? this.session.member_id : null;
  }

  get loggedIn(): boolean {
    return this.session !== null;
  }

  /** ks.login → POST /v1/auth/login; concurrent calls share one login */
  login(options: LoginOptions = {}): Promise<Session> {
    this.loginOptions = options;
    return this.loginOnce();
  }

  private async doLogin(options: LoginOptions): Promise<Session> {
    let code: string;
    try {
      code = await this.platform.login();
    } catch (err) {
      throw sdkError("LOGIN_FAILED", 0, err);
    }
    const inviter = options.inviterId || this.defaultInviter();
    this.stats.logins++;
    const body = await this.http.call<TokenAnswer & { member: { member_id: string }; is_new: boolean }>({
      method: "POST",
      path: "/v1/auth/login",
      body: inviter ? { code, inviter_id: inviter } : { code },
      auth: "none",
    });
    return this.store(body, body.member.member_id);
  }

  /** POST /v1/auth/logout for this session (best effort: offline still logs out here), then forget it */
  async logout(): Promise<void> {
    const current = this.session;
    this.forget();
    if (!current) return;
    try {
      await this.http.call({
        method: "POST",
        path: "/v1/auth/logout",
        body: { refresh_token: current.refresh_token },
        headers: { Authorization: `Bearer ${current.access_token}` },
        auth: "none",
      });
    } catch {
      // the tokens are gone from this device; the server lets them expire
    }
  }

  private forget(): void {
    this.session = null;
    this.platform.storage.remove(KEY_SESSION);
  }

  /** POST /v1/auth/phone with getPhoneNumber's encrypted data; returns the masked number */
  async bindPhone(encryptedData: string, iv: string): Promise<string> {
    const body = await this.http.call<{ phone_masked: string }>({
      method: "POST",
      path: "/v1/auth/phone",
      body: { encrypted_data: encryptedData, iv },
    });
    return body.phone_masked;
  }

  // ------------------------------------------------------------------------- TokenSource
  async accessToken(required: boolean): Promise<string | null> {
    if (!this.session) {
      if (!required) return null;
      if (!this.options.autoLogin) throw sdkError("NOT_LOGGED_IN", 401);
      await this.login();
    }
    if (this.session && this.session.expires_at - this.options.now() <= this.options.refreshAheadMs) {
      await this.refresh();
    }
    if (!this.session) throw sdkError("NOT_LOGGED_IN", 401);
    return this.session.access_token;
  }

  async expired(usedToken: string): Promise<void> {
    // Someone else already refreshed since this token was used: just use the new one.
    if (this.session && this.session.access_token !== usedToken) return;
    await this.refresh();
  }

  private async doRefresh(): Promise<void> {
    const current = this.session;
    if (!current) return;
    this.stats.refreshes++;
    try {
      const body = await this.http.call<TokenAnswer>({
        method: "POST",
        path: "/v1/auth/refresh",
        body: { refresh_token: current.refresh_token },
        auth: "none",
      });
      this.store(body, current.member_id);
    } catch (err) {
      if (err instanceof SiyuError && err.status === 401) {
        // The refresh token is expired or revoked: the member must log in again.
        this.forget();
        if (this.options.autoLogin) {
          await this.login();
          return;
        }
      }
      throw err;
    }
  }

  private store(body: TokenAnswer, memberId: string): Session {
    if (!body || !body.access_token || !body.refresh_token) throw sdkError("BAD_RESPONSE");
    const session: Session = {
      access_token: body.access_token,
      refresh_token: body.refresh_token,
      expires_at: this.options.now() + Number(body.expires_in || 0) * 1000,
      member_id: memberId,
    };
    this.session = session;
    this.platform.storage.set(KEY_SESSION, JSON.stringify(session));
    return session;
  }

  private load(): Session | null {
    const raw = this.platform.storage.get(KEY_SESSION);
    if (!raw) return null;
    try {
      const s = JSON.parse(raw) as Session;
      return s && s.access_token && s.refresh_token ? s : null;
    } catch {
      return null;
    }
  }
}

interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}
