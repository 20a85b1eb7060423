// Unit tests of the SDK against a fake `ks` global and an in-memory API (node --test).
import assert from "node:assert/strict";
import { test } from "node:test";

import { createSiyu, ksPlatform, launchSourceOf, SiyuError } from "../dist/index.js";
import { fakeKs, fakeServer } from "./fake-ks.mjs";

const FAST = { retryBaseDelayMs: 1, retryMaxDelayMs: 5, pay: { pollIntervalMs: 2, pollTimeoutMs: 2000 } };

function setup({ launch = null, server = fakeServer(), store, tracking, pay, subscribe, ...rest } = {}) {
  const ks = fakeKs(server, { launch, store, pay, subscribe });
  globalThis.ks = ks; // the adapter's default is the global, as in a mini-program
  const siyu = createSiyu({
    apiUrl: "https://api.test",
    platform: ksPlatform(),
    ...FAST,
    tracking: { flushIntervalMs: 60_000, ...(tracking || {}) },
    ...rest,
  });
  return { siyu, ks, server };
}

test("login keeps the tokens in storage and calls carry the bearer token", async (t) => {
  const { siyu, ks, server } = setup();
  t.after(() => siyu.tracker.stop());
  const session = await siyu.login();
  assert.equal(session.member_id, "m-c1");
  assert.match(ks.store.get("siyu.session"), /acc-1/);
  assert.deepEqual(await siyu.api.me(), { member_id: "m-c1" });
  assert.equal(server.calls.at(-1).headers.Authorization, "Bearer acc-1");
  // a restart reads the stored session: no second login
  const again = createSiyu({ apiUrl: "https://api.test", platform: ksPlatform(ks), ...FAST });
  again.tracker.stop();
  await again.api.me();
  assert.equal(server.logins, 1);
});

test("a member call without a session logs in first (autoLogin)", async (t) => {
  const { siyu, server } = setup();
  t.after(() => siyu.tracker.stop());
  await siyu.api.checkIn();
  assert.equal(server.logins, 1);
});

test("ten concurrent calls after TOKEN_EXPIRED share one refresh, and the rotated refresh token is kept", async (t) => {
  const { siyu, ks, server } = setup({ refreshAheadMs: 0 });
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  server.expireAll(); // the server says expired although the client clock thinks not
  const results = await Promise.all(Array.from({ length: 10 }, () => siyu.api.me()));
  assert.equal(results.length, 10);
  assert.equal(server.refreshes, 1);
  assert.equal(siyu.auth.stats.refreshes, 1);
  const stored = JSON.parse(ks.store.get("siyu.session"));
  assert.equal(stored.refresh_token, "ref-2"); // the new one: the old one is spent (rotation)
  // a second burst later refreshes with the new token (the old would revoke the family)
  server.expireAll();
  await Promise.all(Array.from({ length: 10 }, () => siyu.api.me()));
  assert.equal(server.refreshes, 2);
  assert.equal(server.revokedFamilies.size, 0);
});

test("the access token is refreshed before it expires, once for a burst", async (t) => {
  let now = 1_000_000;
  const { siyu, server } = setup({ now: () => now });
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  now += 7200_000 - 60_000; // one minute left: inside the 5-minute refresh window
  await Promise.all(Array.from({ length: 10 }, () => siyu.api.me()));
  assert.equal(server.refreshes, 1);
  assert.equal(server.calls.filter((c) => c.headers.Authorization === "Bearer acc-1").length, 0);
});

test("a refused refresh token logs in again", async (t) => {
  const { siyu, server } = setup({ refreshAheadMs: 0 });
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  server.revokedFamilies.add("fam-login-1");
  server.expireAll();
  await siyu.api.me();
  assert.equal(server.logins, 2);
});

test("logout ends the session on the server and forgets it", async (t) => {
  const { siyu, ks, server } = setup({ autoLogin: false });
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  await siyu.logout();
  assert.equal(ks.store.has("siyu.session"), false);
  const bye = server.calls.at(-1);
  assert.ok(bye.url.endsWith("/v1/auth/logout"));
  assert.deepEqual(JSON.parse(bye.body), { refresh_token: "ref-1" });
  await assert.rejects(siyu.api.me(), (e) => e instanceof SiyuError && e.code === "NOT_LOGGED_IN");
});

test("a mutating call gets an Idempotency-Key, reused on its retries after network errors, 503 and 429", async (t) => {
  const { siyu, server } = setup();
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  server.script.push(
    () => "network",
    () => ({ status: 503, data: { error: { code: "ORDER_BUSY", message: "忙" } } }),
    () => ({ status: 429, headers: { "Retry-After": "0" }, data: { error: { code: "RATE_LIMITED", message: "慢点" } } }),
  );
  const body = { store_id: "S", items: [{ product_id: "P", sku_id: "M", quantity: 1 }] };
  const { order } = await siyu.api.createOrder(body);
  const posts = server.calls.filter((c) => c.method === "POST" && c.url.endsWith("/v1/orders"));
  assert.equal(posts.length, 4);
  const keys = new Set(posts.map((c) => c.headers["Idempotency-Key"]));
  assert.equal(keys.size, 1);
  assert.match([...keys][0], /^[0-9a-f-]{36}$/);
  assert.equal(server.orders.size, 1);
  // a second call is a new key
  await siyu.api.createOrder(body);
  assert.equal(server.orders.size, 2);
  assert.equal(order.order_id, "O1");
});

test("errors are one typed SiyuError with the API's code and zh-CN message", async (t) => {
  const { siyu, server } = setup({ retries: 1 });
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  server.script.push(() => ({ status: 409, data: { error: { code: "COUPON_SOLD_OUT", message: "优惠券已领完", details: { a: 1 } } } }));
  await assert.rejects(siyu.api.claimCoupon("T1"), (e) => {
    assert.ok(e instanceof SiyuError);
    assert.equal(e.code, "COUPON_SOLD_OUT");
    assert.equal(e.message, "优惠券已领完");
    assert.equal(e.status, 409);
    assert.deepEqual(e.details, { a: 1 });
    return true;
  });
  server.script.push(() => "network", () => "network");
  await assert.rejects(siyu.api.me(), (e) => e.code === "NETWORK_ERROR" && e.message === "网络不给力，请稍后再试");
});

test("page views and dwell: onHide closes the dwell, onUnload after it adds nothing, onUnload alone closes it", async (t) => {
  let now = 0;
  const { siyu, server } = setup({ now: () => now });
  t.after(() => siyu.tracker.stop());
  const tr = siyu.tracker;
  tr.pageShow("/pages/index/index?x=1");
  now += 1500;
  tr.pageHide("pages/index/index");
  tr.pageUnload("pages/index/index");
  tr.pageShow("pages/menu/menu");
  now += 700;
  tr.pageUnload("pages/menu/menu"); // a closed page fires only onUnload
  await tr.flush();
  const names = server.batches.flatMap((b) => b.events.map((e) => `${e.name}:${e.page}:${e.dwell_ms ?? ""}`));
  assert.deepEqual(names, [
    "page_view:pages/index/index:",
    "page_leave:pages/index/index:1500",
    "page_view:pages/menu/menu:",
    "page_leave:pages/menu/menu:700",
  ]);
  const e = server.batches[0].events[0];
  assert.equal(typeof e.id, "string");
  assert.equal(e.session_id, tr.session);
  assert.equal(typeof server.batches[0].sent_at, "number");
});

test("module taps carry the module id and the position inside it", async (t) => {
  const { siyu, server } = setup();
  t.after(() => siyu.tracker.stop());
  siyu.tracker.tapModule({ page: "pages/index/index", moduleId: "menu", position: 2, x: 0.5, y: 0.25, moduleX: 0.3, moduleY: 1.4 });
  await siyu.tracker.flush();
  const tap = server.batches[0].events[0];
  assert.equal(tap.name, "tap");
  assert.equal(tap.element, "menu");
  assert.deepEqual([tap.x, tap.y], [0.5, 0.25]);
  assert.deepEqual(tap.props, { module_id: "menu", position: 2, module_x: 0.3, module_y: 1 });
});

test("launch source from the launch options: video, live, share with inviter, reminder with live id", () => {
  assert.deepEqual(launchSourceOf({ scene: 1001, query: { video_id: "v9" } }), { type: "video", scene: "1001", videoId: "v9" });
  assert.equal(launchSourceOf({ query: { live_id: "L1" } }).liveId, "L1");
  assert.deepEqual(launchSourceOf({ query: { inviter: "m-7" } }), { type: "share", scene: undefined, inviterId: "m-7" });
  assert.deepEqual(launchSourceOf({ query: { from: "live_reminder", id: "L2", r: "10" } }), {
    type: "reminder",
    scene: undefined,
    liveId: "L2",
    reminderKey: "10",
  });
  assert.equal(launchSourceOf(null).type, "direct");
});

test("a share launch: page views carry the launch query and login names the inviter", async (t) => {
  const { siyu, server } = setup({ launch: { scene: "1036", query: { inviter: "m-7" } } });
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  assert.equal(JSON.parse(server.calls[0].body).inviter_id, "m-7");
  siyu.tracker.pageShow("pages/index/index");
  await siyu.tracker.flush();
  assert.deepEqual(server.batches[0].events[0].launch, { scene: "1036", query: { inviter: "m-7", share_from: "m-7" } });
});

test("batches respect the size and byte limits", async (t) => {
  const { siyu, server } = setup({ tracking: { batchSize: 10, batchBytes: 4000 } });
  t.after(() => siyu.tracker.stop());
  for (let i = 0; i < 25; i++) siyu.tracker.track("custom_event", { page: "pages/x", props: { blob: "x".repeat(200) } });
  await siyu.tracker.flush();
  assert.equal(server.events.size, 25);
  for (const b of server.batches) {
    assert.ok(b.events.length <= 10);
    assert.ok(JSON.stringify(b).length <= 4000 + 100);
  }
});

test("the queue is capped: the oldest go and are counted as dropped", async (t) => {
  const { siyu, ks } = setup({ tracking: { maxQueue: 5, batchSize: 100 } });
  t.after(() => siyu.tracker.stop());
  for (let i = 0; i < 8; i++) siyu.tracker.track("custom_event", { page: "pages/x", props: { i } });
  assert.equal(siyu.tracker.queued, 5);
  assert.equal(siyu.tracker.stats.dropped, 3);
  assert.equal(ks.store.get("siyu.events.dropped"), "3");
  assert.deepEqual(JSON.parse(ks.store.get("siyu.events")).map((e) => e.props.i), [3, 4, 5, 6, 7]);
});

test("the app hidden flushes the queue", async (t) => {
  const { siyu, ks, server } = setup();
  t.after(() => siyu.tracker.stop());
  siyu.tracker.pageShow("pages/index/index");
  assert.equal(server.batches.length, 0);
  ks.fireHide();
  await siyu.tracker.flush();
  assert.equal(server.events.size, 1);
  assert.equal(siyu.tracker.queued, 0);
});

test("events survive a failed send and are sent later", async (t) => {
  const { siyu, server } = setup({ retries: 0 });
  t.after(() => siyu.tracker.stop());
  siyu.tracker.pageShow("pages/index/index");
  server.script.push(() => ({ status: 503, data: { error: { code: "EVENTS_NOT_STORED", message: "稍后" } } }));
  await assert.rejects(siyu.tracker.flush());
  assert.equal(siyu.tracker.queued, 1);
  await siyu.tracker.flush();
  assert.equal(server.events.size, 1);
});

test("killing the app mid-queue loses no acknowledged event: the next launch sends the rest, each id counted once", async (t) => {
  const server = fakeServer();
  const first = setup({ server, tracking: { batchSize: 20 } });
  const acknowledged = [];
  // the app tracks 137 events; batches of 20 go out as the queue fills
  let inFlight = 0;
  server.script.push(() => {
    inFlight++;
    return undefined;
  });
  for (let i = 0; i < 137; i++) acknowledged.push(first.siyu.tracker.track("custom_event", { page: "pages/x", props: { i } }).id);
  // kill: the instance is dropped with its sends still in flight and its timer stopped
  first.siyu.tracker.stop();
  const second = setup({ server, store: first.ks.store, tracking: { batchSize: 20 } });
  t.after(() => second.siyu.tracker.stop());
  await second.siyu.tracker.flush();
  await new Promise((r) => setTimeout(r, 50)); // let the killed instance's requests land too
  const lost = acknowledged.filter((id) => !server.events.has(id));
  assert.equal(lost.length, 0);
  assert.equal(server.events.size, 137);
  assert.ok(inFlight >= 1);
  console.log(`# kill mid-queue: ${acknowledged.length} acknowledged, ${lost.length} lost`);
});

test("page layout with variants in one call; exposure once per member and experiment, kept across restarts", async (t) => {
  const { siyu, ks, server } = setup();
  t.after(() => siyu.tracker.stop());
  await siyu.login();
  const layout = await siyu.page("home");
  assert.deepEqual(layout.experiments, [{ experiment: "first-order-popup", variant: "bold" }]);
  assert.equal(await siyu.exposeLayout(layout), 1);
  assert.equal(await siyu.exposeLayout(layout), 0);
  const restarted = createSiyu({ apiUrl: "https://api.test", platform: ksPlatform(ks), ...FAST });
  restarted.tracker.stop();
  assert.equal(await restarted.exposeLayout(await restarted.page("home")), 0);
  assert.equal(server.exposures.length, 1);
  // page events carry the experiments shown on the page
  siyu.tracker.pageShow("pages/home");
  await siyu.tracker.flush();
  assert.deepEqual(server.batches.at(-1).events[0].experiments, { "first-order-popup": "bold" });
});

test("pay: create order → ks.pay → poll until paid", async (t) => {
  const { siyu, ks } = setup();
  t.after(() => siyu.tracker.stop());
  const paid = await siyu.orderAndPay({ store_id: "S", items: [{ product_id: "P", sku_id: "M", quantity: 1 }] });
  assert.equal(paid.result, "paid");
  assert.equal(paid.order.status, "PAID");
  assert.deepEqual(ks.paid[0].orderInfo, { order_no: "no-O1", order_info_token: "tok" });
  assert.equal(ks.paid[0].serviceId, "1");
});

test("pay: a cancelled pay sheet leaves the order payable, and paying again works", async (t) => {
  const { siyu, ks, server } = setup({ pay: "cancel" });
  t.after(() => siyu.tracker.stop());
  const first = await siyu.orderAndPay({ store_id: "S", items: [] });
  assert.equal(first.result, "sheet_cancelled");
  assert.equal(server.orders.get("O1").status, "PENDING_PAYMENT");
  assert.equal(server.calls.filter((c) => c.url.endsWith("/cancel")).length, 0);
  ks.payBehaviour = "ok";
  const second = await siyu.payOrder(first.order);
  assert.equal(second.result, "paid");
});

test("pay: a closed order ends the poll as cancelled", async (t) => {
  const { siyu, ks, server } = setup();
  t.after(() => siyu.tracker.stop());
  ks.payBehaviour = "none"; // the sheet says ok, but no payment arrives: the order is closed meanwhile
  ks.pay = (o) => {
    setTimeout(() => (server.orders.get("O1").status = "EXPIRED"), 5);
    o.success({});
  };
  const r = await siyu.orderAndPay({ store_id: "S", items: [] });
  assert.equal(r.result, "cancelled");
});

test("subscribe: reserving a live asks for the reminder template and records the answer", async (t) => {
  const accepted = setup();
  t.after(() => accepted.siyu.tracker.stop());
  const yes = await accepted.siyu.reserveLive("L1", "TPL_LIVE");
  assert.deepEqual(yes, { reserved: true, answer: "accept" });
  assert.deepEqual(accepted.ks.subscribeAsked, [["TPL_LIVE"]]);
  assert.deepEqual(accepted.server.reservations, [{ live: "L1", template: "TPL_LIVE" }]);
  await accepted.siyu.tracker.flush();
  assert.deepEqual(accepted.server.batches[0].events[0].props, { template_id: "TPL_LIVE", answer: "accept", live_id: "L1" });

  const refused = setup({ subscribe: "reject" });
  t.after(() => refused.siyu.tracker.stop());
  assert.deepEqual(await refused.siyu.reserveLive("L1", "TPL_LIVE"), { reserved: false, answer: "reject" });
  assert.equal(refused.server.reservations.length, 0);
});

test("subscribe: push templates are asked for and each accept is recorded once as a credit", async (t) => {
  const accepted = setup();
  t.after(() => accepted.siyu.tracker.stop());
  const first = await accepted.siyu.subscribePush(["TPL_SALE", "TPL_ORDER"]);
  assert.deepEqual(accepted.ks.subscribeAsked, [["TPL_SALE", "TPL_ORDER"]]);
  assert.deepEqual(first.credits, { TPL_SALE: 1, TPL_ORDER: 1 });
  const second = await accepted.siyu.subscribePush(["TPL_SALE"]);
  assert.deepEqual(second.credits, { TPL_SALE: 2 });
  const recorded = accepted.server.calls.filter((c) => new URL(c.url).pathname === "/v1/push/subscriptions");
  assert.equal(recorded.length, 2);
  assert.notEqual(recorded[0].headers["Idempotency-Key"], recorded[1].headers["Idempotency-Key"]);

  const refused = setup({ subscribe: "reject" });
  t.after(() => refused.siyu.tracker.stop());
  const none = await refused.siyu.subscribePush(["TPL_SALE"]);
  assert.deepEqual(none, { answers: { TPL_SALE: "reject" }, credits: { TPL_SALE: 0 } });
});

test("a voucher buyer who scanned the counter's join QR claims the voucher as the logged-in member", async (t) => {
  const { siyu, server } = setup();
  t.after(() => siyu.tracker.stop());
  const linked = await siyu.api.joinVoucher("CERT1", "s3cret-join");
  assert.equal(linked.certificate_id, "CERT1");
  const call = server.calls.find((c) => new URL(c.url).pathname === "/v1/vouchers/CERT1/join");
  assert.ok(call.headers.Authorization.startsWith("Bearer "), "a member call: logged in first");
  assert.ok(call.headers["Idempotency-Key"]);
  await assert.rejects(siyu.api.joinVoucher("CERT1", "wrong"), (e) => e instanceof SiyuError && e.code === "VOUCHER_JOIN_INVALID");
});
