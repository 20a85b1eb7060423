// The demo's one SDK instance. In the mini-program it uses uni.* (ks.* underneath); in the H5
// build against the local runtime, login and pay go through the runtime's fake Kuaishou platform.
//   H5 URL: http://<host>/?api=http://127.0.0.1:3000&open_id=demo-carol#/
import { createSiyu, localDevPlatform, uniPlatform } from "@siyu/sdk";

const DEFAULT_API = "http://127.0.0.1:3000";

// uni-app compiles each `uni.x(...)` call of app code to its platform's implementation (ks.x in
// mp-kuaishou, the browser in H5); the SDK is prebuilt, so the app hands it these calls.
const uniApi = {
  request: (o) => uni.request(o),
  getStorageSync: (k) => uni.getStorageSync(k),
  setStorageSync: (k, v) => uni.setStorageSync(k, v),
  removeStorageSync: (k) => uni.removeStorageSync(k),
  login: (o) => uni.login(o),
  requestPayment: (o) => uni.requestPayment(o),
  requestSubscribeMessage: (o) =>
    typeof uni.requestSubscribeMessage === "function" ? uni.requestSubscribeMessage(o) : o.fail({ errMsg: "unsupported" }),
  onAppHide: (cb) => typeof uni.onAppHide === "function" && uni.onAppHide(cb),
  onAppShow: (cb) => typeof uni.onAppShow === "function" && uni.onAppShow(cb),
  getLaunchOptionsSync: () => (typeof uni.getLaunchOptionsSync === "function" ? uni.getLaunchOptionsSync() : null),
};

function h5Config() {
  const params = new URLSearchParams(window.location.search);
  const openId = params.get("open_id") || uni.getStorageSync("demo.open_id") || `h5-${Date.now().toString(36)}`;
  uni.setStorageSync("demo.open_id", openId);
  return { apiUrl: params.get("api") || DEFAULT_API, openId };
}

function make() {
  // #ifdef H5
  const { apiUrl, openId } = h5Config();
  return createSiyu({
    apiUrl,
    platform: localDevPlatform(uniPlatform(uniApi), { apiUrl, openId, payMode: "page" }),
    pay: { pollIntervalMs: 1000, pollTimeoutMs: 180000 },
    tracking: { flushIntervalMs: 3000 },
  });
  // #endif
  // #ifndef H5
  return createSiyu({ apiUrl: DEFAULT_API, platform: uniPlatform(uniApi) });
  // #endif
}

export const siyu = make();

export const yuan = (fen) => `¥${((fen || 0) / 100).toFixed(2)}`;

/** show an SDK error's zh-CN message */
export function toast(err) {
  const title = (err && err.message) || String(err);
  uni.showToast({ title, icon: "none" });
}

// The cart lives in storage so the menu, confirm and order pages share it.
export const cart = {
  get: () => uni.getStorageSync("demo.cart") || [],
  set: (lines) => uni.setStorageSync("demo.cart", lines),
  clear: () => uni.removeStorageSync("demo.cart"),
};

/** after a payment: the orders tab shows the paid order's pickup code (tab pages take no query) */
export function showPaid(order) {
  uni.setStorageSync("demo.paid", order.order_id);
  uni.switchTab({ url: "/pages/orders/list" });
}
