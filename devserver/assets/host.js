// The simulated Genesys Cloud host: frames the widget as Genesys Cloud does (gcHostOrigin,
// gcTargetEnv, gcLangTag), speaks the Client App protocol (lifecycle hooks out, the widget's
// messages in: CONTRACT §8) and, in handshake mode, the token handshake (CONTRACT §3).
"use strict";
const cfg = window.DEV_HOST;
const frame = document.getElementById("widget");
const hostQuery = new URLSearchParams(location.search);
// ?frames=N: N frames of the widget side by side, as Genesys Cloud runs a standalone app and
// Interaction Widgets (CONTRACT §10): the first is the standalone one, the others are opened
// for the conversations in ?conversations=a,b,… (or none). Each can be closed or stopped.
const frameCount = Math.max(1, Math.min(12, Number(hostQuery.get("frames")) || 1));
const frames = [frame];
const $ = (id) => document.getElementById(id);
$("host-origin").textContent = cfg.host;
$("widget-origin").textContent = cfg.widget;
$("api-origin").textContent = cfg.api;
$("login-origin").textContent = cfg.login;

// What the e2e tests read: every handshake seen and every token sent.
// clientApp: every Client App message the widget sent. hook(name): sends a lifecycle hook.
window.devHost = { handshakes: [], sent: [], clientApp: [], pushToken, hook: sendHook, frames: frameCount, close: closeFrame, stop: (i) => sendHook("stop", i) };

// ?widget=/baseline/ frames another page of the widget's origin instead of the widget: a path
// (never another origin), e.g. the plain-JS baseline the benchmark runs side by side.
const widgetPath = /^\/(?!\/)[\w.\/-]*$/.test(hostQuery.get("widget") || "") ? hostQuery.get("widget") : "/";

function widgetUrl(index = 0) {
  // ?lang=de on the host page is the agent's Genesys Cloud language.
  const p = new URLSearchParams({ gcHostOrigin: cfg.host, gcTargetEnv: "dev", gcLangTag: hostQuery.get("lang") || cfg.lang || "en-us" });
  // ?debug=1 on the host page turns on the widget's diagnostics panel.
  if (hostQuery.get("debug") === "1") p.set("debug", "1");
  // ?theme=dark|light forces the widget's colour scheme.
  if (["dark", "light"].includes(hostQuery.get("theme"))) p.set("theme", hostQuery.get("theme"));
  // ?conversation=ID opens the widget as an Interaction Widget for that conversation.
  if (hostQuery.get("conversation") && index === 0) p.set("gcConversationId", hostQuery.get("conversation"));
  const conversations = (hostQuery.get("conversations") || "").split(",").filter(Boolean);
  if (index > 0 && conversations[index - 1]) p.set("gcConversationId", conversations[index - 1]);
  return cfg.widget + widgetPath + "?" + p.toString();
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

function send(message, target = frame) {
  target.contentWindow.postMessage(message, cfg.widget);
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
  for (const f of frames) send(tokenMessage(undefined, t), f);
  note("handshakes", "pushed a rotated token");
}

function sendHook(hook, index = 0) {
  const target = frames[index];
  if (!target || !target.contentWindow) return;
  target.contentWindow.postMessage({ purecloudEventType: "appLifecycleHook", hook, protocol: "purecloud-client-apps" }, cfg.widget);
  note("client-app", "→ lifecycle hook " + hook + (frames.length > 1 ? " (frame " + (index + 1) + ")" : ""));
}

// Closes frame `index` (as Genesys Cloud does when an interaction's widget goes away).
function closeFrame(index) {
  const target = frames[index];
  if (target && target.isConnected) {
    target.remove();
    note("client-app", "frame " + (index + 1) + " closed");
  }
}

function toast(m) {
  const div = document.createElement("div");
  div.className = "toast toast--" + (m.type || "info");
  div.setAttribute("role", m.type === "error" ? "alert" : "status");
  div.textContent = (m.title ? m.title + ": " : "") + (m.message || "");
  const close = () => div.remove();
  if (m.showCloseButton !== false) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = "×";
    b.setAttribute("aria-label", "Close");
    b.onclick = close;
    div.append(b);
  }
  // Sticky when timeout is 0 (error toasts); seconds otherwise, 7 by default as in the SDK.
  const timeout = m.timeout === undefined ? 7 : m.timeout;
  if (timeout > 0 && m.type !== "error") setTimeout(close, timeout * 1000);
  $("toasts").append(div);
}

// What Genesys Cloud would do with each Client App action.
function clientApp(m, index = 0) {
  window.devHost.clientApp.push(Object.assign({ receivedAtMs: Date.now(), frame: index }, m));
  switch (m.action) {
    case "showToast": toast(m); note("client-app", "toast (" + m.type + "): " + m.title); break;
    case "showMyInteractionDetails": note("client-app", "open interaction " + m.conversationId); break;
    case "showInteractionDetails": note("client-app", "open interaction (supervisor view) " + m.conversationId); break;
    case "showExternalContactProfile": note("client-app", "open external contact " + m.contactId); break;
    case "setAttentionCount": note("client-app", "attention count " + m.count); break;
    default: note("client-app", "← " + m.action);
  }
}

window.addEventListener("message", async (event) => {
  // The host checks its side too: only the widget's frame, only the widget's origin.
  const index = frames.findIndex((f) => f.contentWindow && event.source === f.contentWindow);
  if (event.origin !== cfg.widget || index < 0) return;
  const from = frames[index];
  const m = event.data;
  if (m && m.protocol === "purecloud-client-apps" && typeof m.action === "string") return clientApp(m, index);
  if (!m || m.type !== "appfoundry.handshake") return;
  window.devHost.handshakes.push(m.requestId);
  note("handshakes", "handshake " + m.requestId + " (" + cfg.mode + ")");
  if (cfg.mode === "silent") return;
  if (cfg.mode === "refuse") {
    send({ type: "appfoundry.error", requestId: m.requestId, message: "The dev host is set to refuse tokens." }, from);
    return;
  }
  // With forgers around, answer late so that forged answers arrive first.
  if (cfg.forge) await new Promise((r) => setTimeout(r, 700));
  const t = await issueToken();
  send(tokenMessage(m.requestId, t), from);
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
  $("source").value = scenario.dataSource;
  $("total").value = scenario.total;
  $("latency").value = scenario.latencyMs;
  $("config-delay").value = scenario.configDelayMs;
}

$("preset").addEventListener("change", () => {
  if ($("preset").value.startsWith("genesys")) $("source").value = "genesys";
});
$("apply").addEventListener("click", async () => {
  const preset = await fetch(cfg.api + "/_mock/scenario", {
    method: "POST",
    body: JSON.stringify({ preset: $("preset").value }),
  }).then((r) => r.json());
  // The genesys-… presets are about the Genesys APIs; any other runs on the chosen source.
  if (!$("preset").value.startsWith("genesys")) preset.dataSource = $("source").value;
  preset.total = Number($("total").value);
  preset.latencyMs = Number($("latency").value);
  preset.configDelayMs = Number($("config-delay").value);
  // A preset keeps the chosen sign-in mode, unless it is about the handshake itself.
  if (preset.host === "answer" && !preset.forge && preset.auth === "handshake") preset.auth = $("auth").value;
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
// Sign-in mode and the login service's faults are part of the scenario.
$("auth").value = cfg.auth;
$("login-deny").checked = cfg.loginFaults.deny;
$("login-wrong-state").checked = cfg.loginFaults.wrongState;
$("login-fail-exchange").checked = cfg.loginFaults.failExchange;
$("login-slow").value = cfg.loginFaults.slowMs;
$("login-short").checked = cfg.tokenTtlS <= 20;
$("apply-login").addEventListener("click", async () => {
  const scenario = await fetch(cfg.api + "/_mock/scenario").then((r) => r.json());
  scenario.auth = $("auth").value;
  scenario.login = {
    deny: $("login-deny").checked,
    wrongState: $("login-wrong-state").checked,
    failExchange: $("login-fail-exchange").checked,
    slowMs: Number($("login-slow").value) || 0,
  };
  scenario.tokenTtlS = $("login-short").checked ? 20 : 3600;
  await fetch(cfg.api + "/_mock/scenario", { method: "POST", body: JSON.stringify(scenario) });
  location.reload();
});
// ?bootstrap=0: no automatic bootstrap hook (as when the integration has hooks turned off).
if (new URLSearchParams(location.search).get("bootstrap") === "0") $("auto-bootstrap").checked = false;
for (const b of document.querySelectorAll("[data-hook]")) b.addEventListener("click", () => sendHook(b.dataset.hook));
$("push").addEventListener("click", pushToken);
for (const b of document.querySelectorAll("[data-live]")) {
  b.addEventListener("click", async () => {
    const r = await fetch(cfg.api + "/_mock/live/" + b.dataset.live, { method: "POST", body: "{}" });
    note("client-app", "live: " + b.dataset.live + " → " + r.status);
  });
}
$("expire").addEventListener("click", () => fetch(cfg.api + "/_mock/expire", { method: "POST" }));
$("narrow").addEventListener("change", (e) => frame.classList.toggle("wide", !e.target.checked));

// The mock's counts since its last reset (GET /_mock/counts): authorizes, token exchanges,
// users/me, analytics queries, channels created, sockets open now and connected so far, the
// things CONTRACT §10 keeps to one per agent session. Each cell's data-count names its key;
// window.devHost.counts is the last answer. One request at a time, every 500 ms.
async function showCounts() {
  const counts = await fetch(cfg.api + "/_mock/counts").then((r) => (r.ok ? r.json() : null)).catch(() => null);
  if (counts) {
    window.devHost.counts = counts;
    for (const cell of document.querySelectorAll("[data-count]")) {
      const value = counts[cell.dataset.count];
      cell.textContent = value === undefined ? "–" : String(value);
    }
  }
  setTimeout(showCounts, 500);
}
showCounts();

let seen = 0;
setInterval(async () => {
  const log = await fetch(cfg.api + "/_mock/log").then((r) => r.json()).catch(() => []);
  for (const e of log.slice(seen)) {
    note("requests", e.page ? `${e.method} page ${e.page} → ${e.status}` : `${e.method} ${e.path} → ${e.status}`);
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

// ?width=320 (a sidebar) or ?width=wide, for screenshots and quick looks; ?height=530 too.
const width = new URLSearchParams(location.search).get("width");
if (width === "wide") {
  frame.classList.add("wide");
  $("narrow").checked = false;
} else if (width && /^[0-9]{3,4}$/.test(width)) {
  frame.style.width = width + "px";
}
// ?height=530: the frame's height (the README's sidebar pictures and the narrow-panel tests).
const height = new URLSearchParams(location.search).get("height");
if (height && /^[0-9]{3,4}$/.test(height)) {
  frame.style.height = height + "px";
}
// ?popups=0 frames the widget without allow-popups, as a strict admin might (popup sign-in
// then says how to allow them).
if (new URLSearchParams(location.search).get("popups") === "0") {
  frame.setAttribute("sandbox", frame.getAttribute("sandbox").replace("allow-popups ", ""));
}
// The other frames: copies of the first, each with its own controls.
for (let i = 1; i < frameCount; i++) {
  const f = frame.cloneNode(false);
  f.id = "widget-" + (i + 1);
  f.name = f.id;
  f.title = "CRM widget " + (i + 1);
  frames[frames.length - 1].after(f);
  frames.push(f);
}
frames.forEach((f, i) => {
  f.addEventListener("load", () => { if ($("auto-bootstrap").checked) sendHook("bootstrap", i); });
  if (frameCount > 1) {
    const bar = document.createElement("div");
    bar.className = "frame-bar";
    bar.textContent = "Frame " + (i + 1) + " ";
    for (const [label, act] of [["stop", () => sendHook("stop", i)], ["close", () => { closeFrame(i); bar.remove(); }]]) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.onclick = act;
      bar.append(b);
    }
    f.before(bar);
  }
  f.src = widgetUrl(i);
});
loadControls();
