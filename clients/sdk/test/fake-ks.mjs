// A fake `ks` global (the Kuaishou mini-program API) wired to a scripted in-memory Siyu API.
// Storage survives a "kill": a new SDK on the same fake sees what the old one stored.

export function fakeServer() {
  const s = {
    now: () => Date.now(),
    tokens: new Map(), // access token → {member, exp}
    refreshTokens: new Map(), // refresh token → {member, family, used}
    revokedFamilies: new Set(),
    events: new Map(), // id → event (dedup, as the API counts each id once)
    batches: [],
    calls: [],
    refreshes: 0,
    logins: 0,
    exposures: [],
    reservations: [],
    pushCredits: new Map(), // "<member>|<template>" -> credits
    pushKeys: new Set(), // Idempotency-Keys already recorded
    orders: new Map(),
    idempotency: new Map(),
    script: [], // queued overrides: (req) => response | "network" | undefined
    seq: 0,
  };
  const issue = (member, family) => {
    const n = ++s.seq;
    const access = `acc-${n}`;
    const refresh = `ref-${n}`;
    s.tokens.set(access, { member, exp: s.now() + 7200_000 });
    s.refreshTokens.set(refresh, { member, family, used: false });
    return { access_token: access, refresh_token: refresh, expires_in: 7200, token_type: "Bearer" };
  };
  const err = (status, code, message = code) => ({ status, data: { error: { code, message, details: null } } });
  const auth = (req) => {
    const h = req.headers.Authorization || "";
    const t = s.tokens.get(h.replace("Bearer ", ""));
    if (!t) return { error: err(401, "TOKEN_INVALID", "登录已失效") };
    if (t.exp <= s.now()) return { error: err(401, "TOKEN_EXPIRED", "登录已过期") };
    return { member: t.member };
  };
  s.expireAll = () => {
    for (const t of s.tokens.values()) t.exp = 0;
  };
  s.handle = (req) => {
    s.calls.push(req);
    const scripted = s.script.length ? s.script.shift()(req) : undefined;
    if (scripted !== undefined) return scripted;
    const url = new URL(req.url);
    const body = req.body ? JSON.parse(req.body) : null;
    const route = `${req.method} ${url.pathname}`;
    if (route === "POST /v1/auth/login") {
      s.logins++;
      const member = `m-${body.code}`;
      return { status: 200, data: { is_new: true, member: { member_id: member }, ...issue(member, `fam-login-${s.logins}`) } };
    }
    if (route === "POST /v1/auth/refresh") {
      s.refreshes++;
      const r = s.refreshTokens.get(body.refresh_token);
      if (!r || s.revokedFamilies.has(r.family)) return err(401, "TOKEN_INVALID");
      if (r.used) {
        s.revokedFamilies.add(r.family); // reuse of a rotated refresh token revokes the family
        return err(401, "TOKEN_INVALID");
      }
      r.used = true;
      return { status: 200, data: issue(r.member, r.family) };
    }
    if (route === "POST /v1/events") {
      for (const e of body.events) s.events.set(e.id, e);
      s.batches.push(body);
      return { status: 200, data: { accepted: body.events.length, rejected: [], received_at: "" } };
    }
    if (url.pathname.startsWith("/v1/pages/")) {
      return {
        status: 200,
        data: {
          page: "home",
          modules: [{ id: "popup", kind: "first_order_popup" }],
          experiments: [{ experiment: "first-order-popup", variant: "bold" }],
        },
      };
    }
    const a = auth(req);
    if (url.pathname.startsWith("/v1/experiments/")) {
      s.exposures.push({ key: url.pathname.split("/")[3], variant: body.variant, who: a.member || req.headers["X-Device-Id"] });
      return { status: 200, data: { recorded: true } };
    }
    if (a.error) return a.error;
    if (route === "GET /v1/me") return { status: 200, data: { member_id: a.member } };
    if (url.pathname === "/v1/push/subscriptions" && req.method === "POST") {
      const key = req.headers["Idempotency-Key"];
      if (!key) return err(400, "VALIDATION_ERROR");
      const fresh = !s.pushKeys.has(key);
      s.pushKeys.add(key);
      const credits = {};
      for (const [template, answer] of Object.entries(body.results)) {
        const k = `${a.member}|${template}`;
        if (fresh && answer === "accept") s.pushCredits.set(k, (s.pushCredits.get(k) || 0) + 1);
        credits[template] = s.pushCredits.get(k) || 0;
      }
      return { status: 200, data: { credits } };
    }
    const join = url.pathname.match(/^\/v1\/vouchers\/(\w+)\/join$/);
    if (join && req.method === "POST") {
      if (body.secret !== "s3cret-join") return err(403, "VOUCHER_JOIN_INVALID");
      return { status: 200, data: { certificate_id: join[1], member_id: a.member, points_awarded: 10 } };
    }
    if (route === "POST /v1/checkins") {
      return { status: 200, data: { points: 5, idem: req.headers["Idempotency-Key"] } };
    }
    if (route === "POST /v1/orders") {
      const key = req.headers["Idempotency-Key"];
      if (s.idempotency.has(key)) return { status: 201, data: { order: s.orders.get(s.idempotency.get(key)), replayed: true } };
      const id = `O${s.orders.size + 1}`;
      const order = { order_id: id, status: "PENDING_PAYMENT", payment: { service_id: "1", order_no: `no-${id}`, order_info_token: "tok" } };
      s.orders.set(id, order);
      s.idempotency.set(key, id);
      return { status: 201, data: { order, replayed: false } };
    }
    const m = url.pathname.match(/^\/v1\/orders\/(\w+)(\/\w+)?$/);
    if (m) {
      const order = s.orders.get(m[1]);
      if (!order) return err(404, "ORDER_NOT_FOUND");
      if (req.method === "POST" && m[2] === "/cancel") order.status = "CANCELLED";
      return { status: 200, data: { order } };
    }
    const live = url.pathname.match(/^\/v1\/lives\/(\w+)\/reservations$/);
    if (live) {
      s.reservations.push({ live: live[1], template: body.template_id });
      return { status: 200, data: { created: true } };
    }
    return err(404, "NOT_FOUND");
  };
  return s;
}

export function fakeKs(server, { launch = null, pay = "ok", subscribe = "accept", store = new Map() } = {}) {
  const hide = [];
  const show = [];
  const ks = {
    store,
    paid: [],
    subscribeAsked: [],
    payBehaviour: pay,
    request(o) {
      setTimeout(() => {
        let res;
        try {
          res = server.handle({ url: o.url, method: o.method, headers: o.header, body: o.data });
        } catch (e) {
          o.fail({ errMsg: `request:fail ${e}` });
          return;
        }
        if (res === "network") o.fail({ errMsg: "request:fail timeout" });
        else o.success({ statusCode: res.status, data: JSON.stringify(res.data), header: res.headers || {} });
      }, 1);
    },
    getStorageSync: (k) => (store.has(k) ? store.get(k) : ""),
    setStorageSync: (k, v) => store.set(k, v),
    removeStorageSync: (k) => store.delete(k),
    login: (o) => setTimeout(() => o.success({ code: "c1" }), 1),
    pay(o) {
      ks.paid.push(o);
      setTimeout(() => {
        if (ks.payBehaviour === "ok") {
          const order = [...server.orders.values()].find((x) => x.payment.order_no === o.orderInfo.order_no);
          if (order) setTimeout(() => (order.status = "PAID"), 5); // the callback lands a little later
          o.success({});
        } else if (ks.payBehaviour === "cancel") o.fail({ errMsg: "pay:fail cancel" });
        else o.fail({ errMsg: "pay:fail" });
      }, 1);
    },
    requestSubscribeMessage(o) {
      ks.subscribeAsked.push(o.tmplIds);
      setTimeout(() => o.success(Object.fromEntries(o.tmplIds.map((id) => [id, subscribe]))), 1);
    },
    onAppHide: (cb) => hide.push(cb),
    onAppShow: (cb) => show.push(cb),
    getLaunchOptionsSync: () => launch,
    fireHide: () => hide.forEach((cb) => cb()),
    fireShow: () => show.forEach((cb) => cb()),
  };
  return ks;
}
