// The simulated Genesys Cloud host: frames the widget and speaks its handshake (CONTRACT §3).
"use strict";
const cfg = window.DEV_HOST;
const frame = document.getElementById("widget");
const $ = (id) => document.getElementById(id);
$("host-origin").textContent = cfg.host;
$("widget-origin").textContent = cfg.widget;
$("api-origin").textContent = cfg.api;

// What the e2e tests read: every handshake seen and every token sent.
window.devHost = { handshakes: [], sent: [], pushToken };

function widgetUrl() {
  const hostQuery = new URLSearchParams(location.search);
  // ?lang=de on the host page is the agent's Genesys Cloud language.
  const p = new URLSearchParams({ gcHostOrigin: cfg.host, gcTargetEnv: "dev", gcLangTag: hostQuery.get("lang") || cfg.lang || "en-us" });
  // ?debug=1 on the host page turns on the widget's diagnostics panel.
  if (hostQuery.get("debug") === "1") p.set("debug", "1");
  // ?theme=dark|light forces the widget's colour scheme.
  if (["dark", "light"].includes(hostQuery.get("theme"))) p.set("theme", hostQuery.get("theme"));
  return cfg.widget + "/?" + p.toString();
}

function note(list, text) {
  const li = document.createElement("li");
  li.textContent = new Date().toISOString().slice(11, 23) + "  " + text;
  $(list).prepend(li);
}

async function issueToken() {
  const r = await fetch(cfg.api + "/_mock/token", { method: "POST" });
  return r.json();
}

function send(message) {
  frame.contentWindow.postMessage(message, cfg.widget);
  window.devHost.sent.push(message.type + (message.requestId ? " " + message.requestId : " (push)"));
}

function tokenMessage(requestId, t) {
  const m = { type: "appfoundry.token", jwt: t.token };
  if (requestId !== undefined) m.requestId = requestId;
  if (cfg.announceExpiry) m.expiresIn = t.expiresIn;
  return m;
}

async function pushToken() {
  const t = await issueToken();
  send(tokenMessage(undefined, t));
  note("handshakes", "pushed a rotated token");
}

window.addEventListener("message", async (event) => {
  // The host checks its side too: only the widget's frame, only the widget's origin.
  if (event.origin !== cfg.widget || event.source !== frame.contentWindow) return;
  const m = event.data;
  if (!m || m.type !== "appfoundry.handshake") return;
  window.devHost.handshakes.push(m.requestId);
  note("handshakes", "handshake " + m.requestId + " (" + cfg.mode + ")");
  if (cfg.mode === "silent") return;
  if (cfg.mode === "refuse") {
    send({ type: "appfoundry.error", requestId: m.requestId, message: "The dev host is set to refuse tokens." });
    return;
  }
  // With forgers around, answer late so that forged answers arrive first.
  if (cfg.forge) await new Promise((r) => setTimeout(r, 700));
  const t = await issueToken();
  send(tokenMessage(m.requestId, t));
});

async function loadControls() {
  const [presets, scenario] = await Promise.all([
    fetch(cfg.api + "/_mock/presets").then((r) => r.json()),
    fetch(cfg.api + "/_mock/scenario").then((r) => r.json()),
  ]);
  for (const name of presets) {
    const o = document.createElement("option");
    o.value = o.textContent = name;
    $("preset").append(o);
  }
  // Show what runs now: its preset, or "custom" when it was posted field by field.
  if (!presets.includes(scenario.preset)) {
    const o = document.createElement("option");
    o.value = "";
    o.textContent = "custom";
    o.disabled = true;
    $("preset").append(o);
  }
  $("preset").value = presets.includes(scenario.preset) ? scenario.preset : "";
  $("total").value = scenario.total;
  $("latency").value = scenario.latencyMs;
}

$("apply").addEventListener("click", async () => {
  const preset = await fetch(cfg.api + "/_mock/scenario", {
    method: "POST",
    body: JSON.stringify({ preset: $("preset").value }),
  }).then((r) => r.json());
  preset.total = Number($("total").value);
  preset.latencyMs = Number($("latency").value);
  await fetch(cfg.api + "/_mock/scenario", { method: "POST", body: JSON.stringify(preset) });
  location.reload();
});
// Language, theme and diagnostics are the widget's URL parameters: change them and reload.
for (const [id, param] of [["lang", "lang"], ["theme", "theme"]]) {
  $(id).value = new URLSearchParams(location.search).get(param) || $(id).value;
  $(id).addEventListener("change", () => reloadWith(param, $(id).value));
}
$("debug").checked = new URLSearchParams(location.search).get("debug") === "1";
$("debug").addEventListener("change", () => reloadWith("debug", $("debug").checked ? "1" : ""));
function reloadWith(param, value) {
  const q = new URLSearchParams(location.search);
  if (value) q.set(param, value); else q.delete(param);
  location.search = q.toString();
}
$("push").addEventListener("click", pushToken);
$("expire").addEventListener("click", () => fetch(cfg.api + "/_mock/expire", { method: "POST" }));
$("narrow").addEventListener("change", (e) => frame.classList.toggle("wide", !e.target.checked));

let seen = 0;
setInterval(async () => {
  const log = await fetch(cfg.api + "/_mock/log").then((r) => r.json()).catch(() => []);
  for (const e of log.slice(seen)) {
    note("requests", `${e.method} page ${e.page ?? "?"} → ${e.status}`);
  }
  seen = log.length;
}, 1000);

if (cfg.forge) {
  // A foreign origin, and a sibling on the host's own origin that is not the parent.
  for (const src of [cfg.api + "/_mock/evil.html", cfg.host + "/sibling.html"]) {
    const f = document.createElement("iframe");
    f.src = src;
    f.title = "forger";
    f.hidden = true;
    $("forgers").append(f);
  }
}

// ?width=320 (a sidebar) or ?width=wide, for screenshots and quick looks.
const width = new URLSearchParams(location.search).get("width");
if (width === "wide") {
  frame.classList.add("wide");
  $("narrow").checked = false;
} else if (width && /^[0-9]{3,4}$/.test(width)) {
  frame.style.width = width + "px";
}
frame.src = widgetUrl();
loadControls();
