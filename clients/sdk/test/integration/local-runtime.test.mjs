// The SDK against the local runtime (python -m siyu_local): run from pytest
// (tests/e2e/test_sdk_local.py), which starts the runtime and passes SIYU_API_URL.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createSiyu, localDevPlatform } from "../../dist/index.js";
import { nodePlatform } from "../node-platform.mjs";

const API = process.env.SIYU_API_URL;
const RUN = Date.now().toString(36);
const skip = API ? false : "SIYU_API_URL is not set (run through pytest: tests/e2e/test_sdk_local.py)";

function sdk(openId, store = new Map(), extra = {}) {
  const base = nodePlatform({ store });
  const platform = localDevPlatform(base, { apiUrl: API, openId, payMode: "direct" });
  return createSiyu({
    apiUrl: API,
    platform,
    retryBaseDelayMs: 100,
    pay: { pollIntervalMs: 200, pollTimeoutMs: 30000 },
    tracking: { flushIntervalMs: 600000 },
    ...extra,
  });
}

async function json(path, init = {}) {
  const res = await fetch(API + path, init);
  return { status: res.status, body: await res.json() };
}

async function analyst() {
  const { body } = await json("/v1/admin/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "analyst", password: "siyu-analyst-demo" }),
  });
  return body.access_token;
}

async function waitFor(fn, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 300));
  }
}

test("login, then ten concurrent calls with an expired access token make one refresh", { skip }, async (t) => {
  const store = new Map();
  const siyu = sdk(`sdk-it-auth-${RUN}`, store);
  t.after(() => siyu.tracker.stop());
  const session = await siyu.login();
  assert.ok(session.member_id);
  const me = await siyu.api.me();
  assert.equal(me.member_id, session.member_id);
  // the stored token is about to expire: the burst shares one refresh
  const stored = JSON.parse(store.get("siyu.session"));
  store.set("siyu.session", JSON.stringify({ ...stored, expires_at: Date.now() }));
  const restarted = sdk(`sdk-it-auth-${RUN}`, store);
  t.after(() => restarted.tracker.stop());
  const results = await Promise.all(Array.from({ length: 10 }, () => restarted.api.me()));
  assert.equal(results.length, 10);
  assert.equal(restarted.auth.stats.refreshes, 1);
  assert.equal(restarted.auth.stats.logins, 0);
  const after = JSON.parse(store.get("siyu.session"));
  assert.ok(after.expires_at > Date.now() + 3600_000); // a fresh pair was stored
  assert.ok(after.refresh_token); // kept every time (rotation)
  console.log(`# refreshes for a burst of 10 concurrent calls: ${restarted.auth.stats.refreshes}`);
  // logout ends the session on the server too: its refresh token no longer works
  await restarted.logout();
  assert.equal(store.has("siyu.session"), false);
  const { status } = await json("/v1/auth/refresh", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ refresh_token: after.refresh_token }),
  });
  assert.equal(status, 401);
});

test("check-in, claim the first-order coupon, order with it and pay through the fake platform", { skip }, async (t) => {
  const siyu = sdk(`sdk-it-shop-${RUN}`);
  t.after(() => siyu.tracker.stop());
  const checkin = await siyu.api.checkIn();
  assert.equal(checkin.first_time, true);
  assert.ok(checkin.points > 0);
  const again = await siyu.api.checkIn();
  assert.equal(again.first_time, false);

  const center = (await siyu.api.coupons()).coupons;
  const first = center.find((c) => c.terms.kind === "first_order");
  const claimed = await siyu.api.claimCoupon(first.template_id);
  const coupon = claimed.coupon;
  assert.equal(coupon.template_id, first.template_id);

  const paid = await siyu.orderAndPay({
    store_id: "STORE-JINGAN",
    items: [{ product_id: "SKU-YZGL", sku_id: "M", quantity: 1 }],
    coupon_id: coupon.coupon_id,
  });
  assert.equal(paid.result, "paid");
  assert.equal(paid.order.status, "PAID");
  assert.match(String(paid.order.pickup.code), /^\d{4}$/);
  assert.ok(paid.order.amounts.coupon_discount_fen > 0);
  const points = await siyu.api.points();
  assert.ok(points.balance > checkin.points, JSON.stringify(points));
});

test("a closed pay sheet leaves the order payable; paying it later works", { skip }, async (t) => {
  const siyu = sdk(`sdk-it-cancel-${RUN}`);
  t.after(() => siyu.tracker.stop());
  const pay = siyu.platform.pay;
  siyu.platform.pay = async () => "cancel";
  const { order } = await siyu.api.createOrder({ store_id: "STORE-JINGAN", items: [{ product_id: "SKU-YZGL", sku_id: "M", quantity: 1 }] });
  const first = await siyu.payOrder(order);
  assert.equal(first.result, "sheet_cancelled");
  const body = await siyu.api.order(order.order_id);
  assert.equal((body.order || body).status, "PENDING_PAYMENT");
  siyu.platform.pay = pay;
  assert.equal((await siyu.payOrder(order)).result, "paid");
});

test("tracked page views, dwell and module taps show up in the reports", { skip }, async (t) => {
  const siyu = sdk(`sdk-it-track-${RUN}`);
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  const page = `pages/sdk_it/p${RUN}`;
  siyu.tracker.pageShow(page);
  siyu.tracker.tapModule({ page, moduleId: "menu", position: 1, x: 0.5, y: 0.4 });
  siyu.tracker.pageHide(page);
  siyu.tracker.pageShow(page);
  siyu.tracker.pageUnload(page);
  await siyu.tracker.flush();
  assert.equal(siyu.tracker.queued, 0);
  assert.equal(siyu.tracker.stats.sent, 5);
  const token = await analyst();
  const day = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10); // Asia/Shanghai
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  const pv = await waitFor(async () => {
    const { body } = await json(`/v1/admin/reports/traffic?from=${day}&to=${day}`, auth);
    const row = (body.by_page || []).find((r) => r.page === page);
    return row && row.pv;
  });
  assert.equal(pv, 2);
  const heat = await waitFor(async () => {
    const { body } = await json(`/v1/admin/reports/heatmap?from=${day}&to=${day}&page=${encodeURIComponent(page)}`, auth);
    return body.taps > 0 && body;
  });
  assert.ok(heat, "the tap did not reach the heatmap");
  assert.equal(heat.taps, 1);
  assert.deepEqual(
    heat.elements.map((e) => e.element),
    ["menu"],
  );
});

test("the home layout comes with its variants; the exposure is reported once, across restarts", { skip }, async (t) => {
  const store = new Map();
  const siyu = sdk(`sdk-it-exp-${RUN}`, store);
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  const layout = await siyu.page("home");
  assert.ok(layout.modules.length > 0);
  assert.equal(layout.experiments.length, 1);
  assert.equal(await siyu.exposeLayout(layout), 1);
  assert.equal(await siyu.exposeLayout(layout), 0);
  const restarted = sdk(`sdk-it-exp-${RUN}`, store);
  t.after(() => restarted.tracker.stop());
  assert.equal(await restarted.exposeLayout(await restarted.page("home")), 0);
  // the server agrees: a repeat records nothing
  const key = layout.experiments[0].experiment;
  const again = await siyu.call("post", "/v1/experiments/{key}/exposures", {
    params: { key },
    body: { variant: layout.experiments[0].variant },
  });
  assert.equal(again.recorded, false);
});
