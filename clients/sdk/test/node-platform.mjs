// A Platform for Node (integration tests): fetch for requests, a Map for storage.
export function nodePlatform({ store = new Map(), launch = null } = {}) {
  return {
    name: "node",
    store,
    async request(req) {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), req.timeoutMs);
      try {
        const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: ctrl.signal });
        const text = await res.text();
        let data = text;
        try {
          data = JSON.parse(text);
        } catch {}
        const headers = {};
        res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
        return { status: res.status, headers, data };
      } finally {
        clearTimeout(timer);
      }
    },
    storage: {
      get: (k) => (store.has(k) ? store.get(k) : null),
      set: (k, v) => store.set(k, v),
      remove: (k) => store.delete(k),
    },
    login: async () => {
      throw new Error("wrap with localDevPlatform");
    },
    pay: async () => "fail",
    subscribe: async (ids) => Object.fromEntries(ids.map((id) => [id, "accept"])),
    onAppHide() {},
    onAppShow() {},
    launchOptions: () => launch,
  };
}
