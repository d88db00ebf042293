// The plain-JS baseline (the "limit" of issue #20): the widget's work in handshake mode with the
// interactions API (CONTRACT §2-§5) and almost no code. It marks the widget's User Timing names
// at the same moments, so the benchmark can put the two side by side.
"use strict";
(() => {
  // First thing, in <head>: config.json is asked for before the page is even parsed.
  const config = fetch("config.json", { cache: "no-cache" });
  const parsed = new Promise((r) => (document.readyState === "loading" ? addEventListener("DOMContentLoaded", r) : r()));
  const q = new URLSearchParams(location.search);
  const host = q.get("gcHostOrigin") || "";
  let root, list;
  const mark = (name, detail) => performance.mark(name, { detail });
  const once = (name) => performance.getEntriesByName(name).length || mark(name);
  const set = (k, v) => root.setAttribute("data-" + k, v);
  const when = new Intl.DateTimeFormat("en", { dateStyle: "short", timeStyle: "short" });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let token = null, asked = 0, answer = null;

  function fail(message) {
    root = document.getElementById("crm-widget");
    set("state", "error");
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = message;
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.action = "retry";
    b.textContent = "Retry";
    b.onclick = () => location.reload();
    root.append(p, b);
  }

  // CONTRACT §3: only window.parent on the trusted origin; an answer must match a pending request.
  addEventListener("message", (e) => {
    const m = e.data;
    if (e.origin !== host || e.source !== window.parent || !m || typeof m !== "object") return;
    if (m.type === "appfoundry.token" && typeof m.jwt === "string" && m.jwt) {
      if (m.requestId === undefined) token = m.jwt; // a rotated token, pushed
      else if (answer && m.requestId === "r-" + asked) answer.ok(m.jwt);
    } else if (m.type === "appfoundry.error" && answer && m.requestId === "r-" + asked) {
      answer.no(new Error("The host refused a token: " + m.message));
    }
  });

  function handshake(timeoutMs) {
    return new Promise((ok, no) => {
      const timer = setTimeout(() => no(new Error("No token from the host: is the widget running inside it?")), timeoutMs);
      answer = { ok: (t) => { clearTimeout(timer); answer = null; ok(t); }, no: (e) => { clearTimeout(timer); answer = null; no(e); } };
      asked++;
      window.parent.postMessage({ type: "appfoundry.handshake", requestId: "r-" + asked, protocol: 1 }, host);
      once("crm:token-asked");
    });
  }

  // One page: 429 waits as Retry-After says (or 1, 2, 4 s), 5xx retries, a 401 asks for a new token once.
  async function page(url, timeoutMs) {
    for (let tries = 0, renewed = false; ; tries++) {
      once("crm:first-request");
      const r = await fetch(url, { headers: { Authorization: "Bearer " + token, Accept: "application/json" } });
      const text = r.ok ? await r.text() : "";
      once("crm:first-answer"); // as the widget: once the body is in
      if (r.ok) return JSON.parse(text);
      if (r.status === 401 && !renewed) { renewed = true; token = await handshake(timeoutMs); continue; }
      if ((r.status === 429 || r.status >= 500) && tries < 4) {
        const after = r.headers.get("Retry-After");
        const ms = after === null ? 1000 * 2 ** tries : /^\d+$/.test(after) ? after * 1000 : Date.parse(after) - Date.now();
        await sleep(Math.max(0, ms || 0));
        continue;
      }
      throw new Error(r.status === 403 ? "Missing permission interaction:read" : "The API answered " + r.status);
    }
  }

  function rows(entities) {
    const f = document.createDocumentFragment();
    for (const e of entities) {
      const li = document.createElement("li");
      li.dataset.interactionId = e.id;
      const name = document.createElement("b");
      name.textContent = (e.to && (e.to.name || e.to.address)) || "—";
      const kind = document.createElement("i");
      kind.textContent = e.type || "";
      const time = document.createElement("time");
      const t = Date.parse(e.startTime);
      if (t) time.textContent = when.format(t);
      li.append(name, kind, time);
      f.append(li);
    }
    list.append(f);
  }

  async function main() {
    const r = await config;
    const cfg = r.status === 404 ? {} : await r.json();
    mark("crm:config");
    await parsed;
    root = document.getElementById("crm-widget");
    list = document.getElementById("list");
    if (cfg.oauthClientId || cfg.dataSource === "genesys") return fail("The baseline does the host handshake and the interactions API only");
    const trusted = cfg.trustedHostOrigins || [];
    if (!trusted.includes(host)) return fail("This page is not framed by a trusted host: " + host);
    const timeoutMs = cfg.handshakeTimeoutMs || 5000;
    const api = new URL(cfg.apiBase || host.replace("//apps.", "//api."));
    const first = api.origin + api.pathname.replace(/\/$/, "") + "/api/v2/interactions?pageSize=" + (cfg.pageSize || 100);
    token = await handshake(timeoutMs);
    set("state", "loading");
    let loaded = 0, shown = false, body = await page(first, timeoutMs);
    for (;;) {
      if (!body || !Array.isArray(body.entities)) throw new Error("The API's answer is not a page of interactions");
      // CONTRACT §4: nextPage, else a nextUri on the API's origin. The next page is asked for
      // before this one is drawn.
      let next = null;
      if (body.nextPage) next = first + "&nextPage=" + encodeURIComponent(body.nextPage);
      else if (body.nextUri) {
        const u = new URL(body.nextUri, api.origin);
        if (u.origin !== api.origin) throw new Error("Refused a next page on another origin: " + u.origin);
        next = u.href;
      }
      const pending = next && page(next, timeoutMs);
      if (pending) pending.catch(() => {});
      rows(body.entities);
      loaded += body.entities.length;
      set("loaded", loaded);
      if (Number.isFinite(body.totalCount)) set("total", body.totalCount);
      if (loaded && !shown) requestAnimationFrame(() => mark("crm:first-row"));
      shown = loaded > 0;
      if (!pending) break;
      body = await pending;
    }
    set("state", loaded ? "ready" : "empty");
    requestAnimationFrame(() => mark("crm:ready", performance.memory ? performance.memory.usedJSHeapSize : 0));
  }
  main().catch((e) => parsed.then(() => fail(String(e.message || e))));
})();
