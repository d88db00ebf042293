// The diagnostics panel (?debug=1), outside the wasm: loaded only when asked for (the page's
// early script adds it), it shows the widget's JSON export (`window.crmDiagnostics()`, as it is
// at that moment; no token is ever in it) each time a `crm-diagnostics` event says it changed.
(() => {
  const d = document;
  const el = (tag, attrs, text) => {
    const e = d.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const list = (cls, name) => el("ol", { class: cls, "data-log": name });
  const fill = (ol, lines) => ol.replaceChildren(...lines.map((l) => el("li", {}, l)));
  const read = () => (typeof window.crmDiagnostics === "function" ? window.crmDiagnostics() : "");
  let panel, totals, startup, handshakes, events, memory, live, notes, requests, json;
  const build = () => {
    panel = el("details", { class: "crm-debug", open: "" });
    panel.append(el("summary", {}, "Diagnostics"));
    totals = el("dl", { class: "crm-debug__totals" });
    startup = list("crm-debug__log", "startup");
    handshakes = list("crm-debug__log", "handshakes");
    events = el("p", { class: "crm-debug__live-events", "data-diagnostics": "live-events" });
    memory = el("p", { class: "crm-debug__memory", "data-diagnostics": "memory" });
    live = list("crm-debug__log crm-debug__live", "live");
    notes = list("crm-debug__log crm-debug__notes", "notes");
    requests = list("crm-debug__log", "requests");
    const h2 = (t) => el("h2", { class: "crm-debug__heading" }, t);
    const copy = el("button", { type: "button", class: "crm__button crm__button--secondary", "data-action": "copy-diagnostics" }, "Copy as JSON");
    copy.addEventListener("click", () => {
      const text = JSON.stringify(JSON.parse(read() || "{}"), null, 2);
      // The frame may not be allowed the clipboard; the text below can be copied by hand.
      navigator.clipboard?.writeText(text).catch(() => {});
      if (!json) {
        json = el("textarea", { class: "crm-debug__json", "data-diagnostics": "json", readonly: "", "aria-label": "Diagnostics as JSON" });
        panel.append(json);
      }
      json.value = text;
    });
    panel.append(totals, h2("Start-up"), startup, h2("Token handshakes"), handshakes, h2("Live updates"), events, memory, live,
      h2("Notes"), notes, h2("Last requests"), requests, copy);
    d.body.append(panel);
  };
  const show = () => {
    if (!d.body) return;
    if (!panel) build();
    let s;
    try { s = JSON.parse(read() || "null"); } catch { return; }
    if (!s) return;
    const t = s.totals, l = s.log;
    totals.replaceChildren(...[
      ["requests", t.requests], ["ok", t.ok], ["429", t.throttled], ["401", t.unauthorized], ["5xx", t.serverErrors],
      ["network", t.networkFailures], ["retries", t.retries], ["waited ms", t.waitedMs], ["handshakes", t.handshakes],
      ["pushed tokens", t.pushedTokens], ["ignored (origin)", t.ignoredForeignMessages],
      ["ignored (unmatched)", t.ignoredUnmatchedMessages], ["duplicate rows", t.duplicateRows], ["skipped rows", t.skippedRows],
    ].map(([k, v]) => { const div = el("div"); div.append(el("dt", {}, k), el("dd", {}, String(v))); return div; }));
    fill(startup, performance.getEntriesByType("mark").filter((m) => m.name.startsWith("crm:")).map((m) => `${Math.trunc(m.startTime)} ms  ${m.name}`));
    fill(handshakes, l.handshakes.map((h) => `+${h.atMs} ms  ${h.reason}  ${h.latencyMs} ms  ${h.outcome}`));
    events.textContent = `events received: ${l.liveEvents}, channels created: ${l.channels}`;
    memory.textContent = `wasm memory: ${s.memory}`;
    fill(live, l.live);
    fill(notes, l.notes);
    fill(requests, l.requests.slice(-20).reverse().map((r) =>
      `+${r.atMs} ms  #${r.attempt} ${r.status ?? "network"}  ${r.durationMs} ms  ${r.path}${r.waitMs != null ? ` → wait ${r.waitMs} ms` : ""}`));
  };
  addEventListener("crm-diagnostics", show);
  addEventListener("DOMContentLoaded", show);
})();
