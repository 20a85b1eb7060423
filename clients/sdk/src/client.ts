/** createSiyu(): the SDK's one entry point. */
import { Auth } from "./auth.js";
import type { LoginOptions } from "./auth.js";
import { SiyuError, sdkError } from "./errors.js";
import { Http, sleep } from "./http.js";
import type { CallOptions } from "./http.js";
import type { Platform, SubscribeAnswer } from "./platform.js";
import { Tracker } from "./tracker.js";
import type {
  Method,
  OrderLike,
  OrderRequest,
  PageLayout,
  QueryOf,
  RequestBody,
  ResponseBody,
  paths,
} from "./types.js";

export interface SiyuOptions {
  /** the API, e.g. https://api.example.com (no trailing /v1) */
  apiUrl: string;
  platform: Platform;
  /** log in with ks.login when a member call needs a token (default true) */
  autoLogin?: boolean;
  /** refresh the access token this long before it expires (default 5 min) */
  refreshAheadMs?: number;
  timeoutMs?: number;
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  tracking?: {
    batchSize?: number;
    batchBytes?: number;
    maxQueue?: number;
    flushIntervalMs?: number;
  };
  pay?: { pollIntervalMs?: number; pollTimeoutMs?: number };
  /** clock (tests) */
  now?: () => number;
}

/** How a payment ended. `sheet_cancelled`: the member closed the pay sheet; the order is still payable. */
export type PayResult =
  | { result: "paid"; order: OrderLike }
  | { result: "cancelled"; order: OrderLike }
  | { result: "sheet_cancelled"; order: OrderLike }
  | { result: "failed"; order: OrderLike }
  | { result: "pending"; order: OrderLike };

const PAID = ["PAID", "PICKED_UP", "REFUND_REQUESTED", "REFUNDING", "REFUNDED", "REFUND_FAILED"];
const CLOSED = ["CANCELLED", "EXPIRED"];
const KEY_EXPOSED = "siyu.exposed";

type Path = keyof paths;
type Params = Record<string, string | number>;

function fill(path: string, params?: Params): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!params || params[name] === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(params[name]));
  });
}

export class Siyu {
  readonly platform: Platform;
  readonly http: Http;
  readonly auth: Auth;
  readonly tracker: Tracker;
  private readonly now: () => number;
  private readonly payOptions: { pollIntervalMs: number; pollTimeoutMs: number };

  constructor(options: SiyuOptions) {
    const now = options.now || (() => Date.now());
    this.now = now;
    this.platform = options.platform;
    let tracker: Tracker | null = null;
    this.auth = new Auth(
      options.platform,
      { refreshAheadMs: options.refreshAheadMs ?? 5 * 60 * 1000, autoLogin: options.autoLogin !== false, now },
      () => (tracker ? tracker.source.inviterId : undefined),
    );
    this.http = new Http(
      options.platform,
      options.apiUrl.replace(/\/+$/, ""),
      this.auth,
      {
        retries: options.retries ?? 3,
        baseDelayMs: options.retryBaseDelayMs ?? 300,
        maxDelayMs: options.retryMaxDelayMs ?? 5000,
      },
      options.timeoutMs ?? 15000,
    );
    this.auth.http = this.http;
    const t = options.tracking || {};
    tracker = new Tracker(options.platform, this.http, {
      batchSize: Math.min(t.batchSize ?? 50, 200),
      batchBytes: Math.min(t.batchBytes ?? 200 * 1024, 256 * 1024 - 1024),
      maxQueue: t.maxQueue ?? 1000,
      flushIntervalMs: t.flushIntervalMs ?? 5000,
      now,
    });
    this.tracker = tracker;
    this.payOptions = { pollIntervalMs: options.pay?.pollIntervalMs ?? 1000, pollTimeoutMs: options.pay?.pollTimeoutMs ?? 60000 };
  }

  // ------------------------------------------------------------------------- auth
  login(options?: LoginOptions) {
    return this.auth.login(options);
  }
  logout(): Promise<void> {
    return this.auth.logout();
  }
  bindPhone(encryptedData: string, iv: string): Promise<string> {
    return this.auth.bindPhone(encryptedData, iv);
  }

  // ------------------------------------------------------------------------- typed calls
  /** any route of the API, typed from docs/openapi.json: `siyu.call("post", "/v1/orders", {body})` */
  call<P extends Path, M extends Method>(
    method: M,
    path: P,
    init: {
      params?: Params;
      query?: QueryOf<P, M> | Record<string, string | number | boolean | null | undefined>;
      body?: RequestBody<P, M>;
      idempotencyKey?: string;
      auth?: CallOptions["auth"];
    } = {},
  ): Promise<ResponseBody<P, M>> {
    return this.http.call<ResponseBody<P, M>>({
      method,
      path: fill(path as string, init.params),
      query: init.query as CallOptions["query"],
      body: init.body,
      idempotencyKey: init.idempotencyKey,
      auth: init.auth,
    });
  }

  /** the member API, one method per route the mini-program uses */
  readonly api = {
    me: () => this.call("get", "/v1/me"),
    updateMe: (body: RequestBody<"/v1/me", "patch">) => this.call("patch", "/v1/me", { body }),
    checkIn: () => this.call("post", "/v1/checkins"),
    checkins: (month?: string) => this.call("get", "/v1/checkins", { query: { month } }),
    makeUp: (day: string) => this.call("post", "/v1/checkins/makeup", { body: { day } as RequestBody<"/v1/checkins/makeup", "post"> }),
    tasks: () => this.call("get", "/v1/tasks"),
    startTask: (taskId: string) => this.call("post", "/v1/tasks/{task_id}/start", { params: { task_id: taskId } }),
    completeTask: (taskId: string, target?: string) =>
      this.call("post", "/v1/tasks/{task_id}/complete", {
        params: { task_id: taskId },
        body: (target ? { target } : {}) as RequestBody<"/v1/tasks/{task_id}/complete", "post">,
      }),
    points: (query?: { limit?: number; cursor?: string }) => this.call("get", "/v1/points", { query }),
    levels: () => this.call("get", "/v1/levels"),
    gifts: () => this.call("get", "/v1/gifts"),
    redeemGift: (giftId: string) => this.call("post", "/v1/gifts/{gift_id}/redeem", { params: { gift_id: giftId } }),
    coupons: () => this.call("get", "/v1/coupons"),
    myCoupons: (state?: string) => this.call("get", "/v1/me/coupons", { query: { state } }),
    claimCoupon: (templateId: string) =>
      this.call("post", "/v1/coupons/{template_id}/claim", { params: { template_id: templateId } }),
    redeemCode: (code: string) => this.call("post", "/v1/coupons/redeem-code", { body: { code } }),
    applicableCoupons: (body: RequestBody<"/v1/me/coupons/applicable", "post">) =>
      this.call("post", "/v1/me/coupons/applicable", { body }),
    stores: () => this.call("get", "/v1/stores", { auth: "none" }),
    categories: () => this.call("get", "/v1/categories", { auth: "none" }),
    products: (query?: { store_id?: string; category_id?: string; limit?: number; cursor?: string }) =>
      this.call("get", "/v1/products", { query, auth: "none" }),
    product: (productId: string) =>
      this.call("get", "/v1/products/{product_id}", { params: { product_id: productId }, auth: "none" }),
    pickupSlots: (storeId: string, day?: string) =>
      this.call("get", "/v1/stores/{store_id}/pickup-slots", { params: { store_id: storeId }, query: { day }, auth: "none" }),
    quote: (body: RequestBody<"/v1/orders/quote", "post">) => this.call("post", "/v1/orders/quote", { body }),
    createOrder: (body: OrderRequest, idempotencyKey?: string) =>
      this.call("post", "/v1/orders", { body, idempotencyKey }) as Promise<{ order: OrderLike; replayed: boolean }>,
    orders: (query?: { status?: string; limit?: number; cursor?: string }) => this.call("get", "/v1/orders", { query }),
    order: (orderId: string) =>
      this.call("get", "/v1/orders/{order_id}", { params: { order_id: orderId } }) as Promise<OrderLike | { order: OrderLike }>,
    cancelOrder: (orderId: string) => this.call("post", "/v1/orders/{order_id}/cancel", { params: { order_id: orderId } }),
    reconcileOrder: (orderId: string) =>
      this.call("post", "/v1/orders/{order_id}/reconcile", { params: { order_id: orderId } }),
    refund: (orderId: string, reason: string) =>
      this.call("post", "/v1/orders/{order_id}/refund", { params: { order_id: orderId }, body: { reason } as RequestBody<"/v1/orders/{order_id}/refund", "post"> }),
    flashSales: () => this.call("get", "/v1/flash-sales", { auth: "optional" }),
    flashSale: (saleId: string) => this.call("get", "/v1/flash-sales/{sale_id}", { params: { sale_id: saleId } }),
    remindFlashSale: (saleId: string) => this.call("post", "/v1/flash-sales/{sale_id}/remind", { params: { sale_id: saleId } }),
    purchaseFlashSale: (saleId: string) =>
      this.call("post", "/v1/flash-sales/{sale_id}/purchase", { params: { sale_id: saleId } }) as Promise<{ order: OrderLike }>,
    groupBuys: () => this.call("get", "/v1/group-buys", { auth: "optional" }),
    groupBuy: (dealId: string) => this.call("get", "/v1/group-buys/{deal_id}", { params: { deal_id: dealId } }),
    startGroup: (dealId: string) =>
      this.call("post", "/v1/group-buys/{deal_id}/groups", { params: { deal_id: dealId } }) as Promise<{ order: OrderLike }>,
    group: (groupId: string) => this.call("get", "/v1/group-buys/groups/{group_id}", { params: { group_id: groupId } }),
    joinGroup: (groupId: string) =>
      this.call("post", "/v1/group-buys/groups/{group_id}/join", { params: { group_id: groupId } }) as Promise<{ order: OrderLike }>,
    assistCampaigns: () => this.call("get", "/v1/assist-campaigns"),
    startAssist: (body: RequestBody<"/v1/assists", "post">) => this.call("post", "/v1/assists", { body }),
    assist: (assistId: string) => this.call("get", "/v1/assists/{assist_id}", { params: { assist_id: assistId } }),
    helpAssist: (assistId: string) => this.call("post", "/v1/assists/{assist_id}/help", { params: { assist_id: assistId } }),
    myAssists: () => this.call("get", "/v1/me/assists"),
    lives: () => this.call("get", "/v1/lives"),
    live: (liveId: string) => this.call("get", "/v1/lives/{live_id}", { params: { live_id: liveId } }),
    cancelReservation: (liveId: string) =>
      this.call("delete", "/v1/lives/{live_id}/reservations", { params: { live_id: liveId } }),
    /** The page of the counter's join QR (`pages/member/join?c=<certificate>&s=<secret>`): the
     * voucher buyer, now logged in, claims the voucher as a member (points, first-visit coupon). */
    joinVoucher: (certificateId: string, secret: string) =>
      this.call("post", "/v1/vouchers/{certificate_id}/join", {
        params: { certificate_id: certificateId },
        body: { secret },
      }),
  };

  // ------------------------------------------------------------------------- pages and experiments
  /** GET /v1/pages/{page}: the layout with its experiment variants applied (one call: no flicker) */
  async page(page: string): Promise<PageLayout> {
    const layout = (await this.call("get", "/v1/pages/{page}", { params: { page }, auth: "optional" })) as unknown as PageLayout;
    const experiments: Record<string, string> = {};
    for (const e of layout.experiments || []) experiments[e.experiment] = e.variant;
    this.tracker.setPageExperiments(`pages/${page}`, experiments);
    return layout;
  }

  /** report that a variant was shown: once per member (or device) and experiment, kept across restarts */
  async expose(experiment: string, variant: string): Promise<boolean> {
    const unit = this.auth.memberId || `device:${this.auth.deviceId()}`;
    const seen = this.exposed();
    const key = `${unit}|${experiment}`;
    if (seen[key]) return false;
    await this.call("post", "/v1/experiments/{key}/exposures", {
      params: { key: experiment },
      body: { variant } as RequestBody<"/v1/experiments/{key}/exposures", "post">,
      auth: "optional",
    });
    seen[key] = variant;
    this.platform.storage.set(KEY_EXPOSED, JSON.stringify(seen));
    return true;
  }

  /** expose every experiment of a layout (call when the page is shown) */
  async exposeLayout(layout: PageLayout): Promise<number> {
    let sent = 0;
    for (const e of layout.experiments || []) if (await this.expose(e.experiment, e.variant)) sent++;
    return sent;
  }

  private exposed(): Record<string, string> {
    try {
      return JSON.parse(this.platform.storage.get(KEY_EXPOSED) || "{}") as Record<string, string>;
    } catch {
      return {};
    }
  }

  // ------------------------------------------------------------------------- pay
  /** create the order, pay it, confirm it (see payOrder) */
  async orderAndPay(body: OrderRequest, idempotencyKey?: string): Promise<PayResult> {
    const created = await this.api.createOrder(body, idempotencyKey);
    return this.payOrder(created.order);
  }

  /**
   * ks.pay with the order's payment, then poll the order until it is paid, closed or the time is
   * up (asking the API to reconcile with Kuaishou once, in case the callback is late). A pay sheet
   * the member closed leaves the order payable: pay it again with the same order.
   */
  async payOrder(order: OrderLike): Promise<PayResult> {
    let current = order;
    if (!current.payment || current.status !== "PENDING_PAYMENT") current = await this.fetchOrder(order.order_id);
    if (PAID.indexOf(current.status) >= 0) return { result: "paid", order: current };
    if (current.status !== "PENDING_PAYMENT" || !current.payment) return { result: "cancelled", order: current };
    // out_order_no (Siyu's order id) is for the local runtime's fake pay page; ks.pay ignores it.
    const outcome = await this.platform.pay({ ...current.payment, out_order_no: current.order_id });
    if (outcome === "cancel") return { result: "sheet_cancelled", order: current };
    if (outcome === "fail") return { result: "failed", order: current };
    const deadline = this.now() + this.payOptions.pollTimeoutMs;
    let polls = 0;
    for (;;) {
      current = await this.fetchOrder(order.order_id);
      if (PAID.indexOf(current.status) >= 0) return { result: "paid", order: current };
      if (CLOSED.indexOf(current.status) >= 0) return { result: "cancelled", order: current };
      if (this.now() >= deadline) return { result: "pending", order: current };
      polls++;
      if (polls === 5) {
        try {
          await this.api.reconcileOrder(order.order_id);
        } catch (err) {
          if (!(err instanceof SiyuError)) throw err;
        }
      }
      await sleep(this.payOptions.pollIntervalMs);
    }
  }

  private async fetchOrder(orderId: string): Promise<OrderLike> {
    const body = (await this.api.order(orderId)) as { order?: OrderLike } & Partial<OrderLike>;
    const order = (body.order && typeof body.order === "object" ? body.order : body) as OrderLike;
    if (!order || !order.order_id) throw sdkError("BAD_RESPONSE");
    return order;
  }

  // ------------------------------------------------------------------------- subscribe
  /**
   * Reserve a live: ask for the live-reminder subscribe template (call from a tap handler), record
   * the answer as an event, and reserve with the template when the member accepted.
   */
  async reserveLive(liveId: string, templateId: string, page = "pages/live/index"): Promise<{ reserved: boolean; answer: string }> {
    const answers: SubscribeAnswer = await this.platform.subscribe([templateId]);
    const answer = answers[templateId] || "reject";
    this.tracker.track("subscribe_answer", { page, props: { template_id: templateId, answer, live_id: liveId } });
    if (answer !== "accept") return { reserved: false, answer };
    await this.call("post", "/v1/lives/{live_id}/reservations", {
      params: { live_id: liveId },
      body: { template_id: templateId },
    });
    return { reserved: true, answer };
  }

  /**
   * Ask for push templates (call from a tap handler) and record the answer: each accepted
   * template is one message the merchant may send (Siyu's credit ledger). A retry of the same
   * recording (same Idempotency-Key) adds nothing. Answers the member's credits per template.
   */
  async subscribePush(
    templateIds: string[],
    page = "pages/index/index",
  ): Promise<{ answers: SubscribeAnswer; credits: Record<string, number> }> {
    const answers: SubscribeAnswer = await this.platform.subscribe(templateIds);
    const results: Record<string, "accept" | "reject" | "ban" | "filter"> = {};
    for (const id of templateIds) {
      const answer = answers[id];
      results[id] = answer === "accept" || answer === "ban" || answer === "filter" ? answer : "reject";
    }
    const accepted = Object.values(results).filter((a) => a === "accept").length;
    this.tracker.track("subscribe_answer", { page, props: { template_ids: templateIds.join(","), accepted } });
    // The Http layer keys the request (Idempotency-Key) once and reuses the key on retries.
    const recorded = await this.call("post", "/v1/push/subscriptions", { body: { results } });
    return { answers, credits: recorded.credits };
  }
}

export function createSiyu(options: SiyuOptions): Siyu {
  return new Siyu(options);
}
