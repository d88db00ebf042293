//! `bench --frames [--runs N]`: many frames, one agent (CONTRACT §10, issue #19's benchmark).
//!
//! The dev host's many-frames mode (`?frames=N`: a standalone frame and Interaction Widgets for
//! conversations of the list) with 1, 4 and 10 frames, the Genesys sign-in with the agent
//! signed in at the mock login service already (authorize answers at once), 1,000
//! conversations and 20 ms of mock latency, in a fresh headless Chromium per run. Prints the
//! median of each figure: the requests by kind, sign-ins, channels and sockets (the mock's log
//! and counts), and each frame's first row, ready time and memory (its own User Timing marks).
//! Then one frame opened after the first is ready: how soon it shows rows after its wasm
//! arrives, and what it asks for.
//!
//! Every frame is kept in view (the window is sized to hold them all): the marks are recorded
//! after a paint, and Chromium runs no animation frames in a cross-origin frame out of view.
//! `BENCH_LOG=1` prints each run's mock log on stderr (the tokens numbered, never shown).

use std::time::{Duration, Instant};

use crm_e2e::crm_devserver::{AuthMode, Counts, LogEntry, LoginFaults, Scenario};
use crm_e2e::paths::{BULK_CONTACTS, CHANNELS, DETAILS_QUERY, QUEUES, USERS_ME};
use crm_e2e::{scenarios, Harness, LiveStatus, Setup, State, LOAD};
use serde_json::{json, Value};

use crate::{median, API_V2, LATENCY_MS};

/// Conversations in the mock's list.
const TOTAL: usize = 1_000;
/// The frame counts measured.
const FRAMES: [usize; 3] = [1, 4, 10];
/// Browser window: wide enough for the host's panel and a frame, tall enough for every frame
/// (each is 640 px high, under a bar).
const WINDOW_WIDTH: u32 = 800;
const HOST_TOP_PX: u32 = 300;
const FRAME_PX: u32 = 700;

/// The Genesys sign-in, with the agent signed in to Genesys Cloud already (as inside Genesys
/// Cloud: authorize answers at once), the Genesys APIs and live updates.
fn signed_in() -> Scenario {
    Scenario {
        latency_ms: LATENCY_MS,
        auth: AuthMode::SignIn,
        login: LoginFaults { signed_in: true, ..LoginFaults::default() },
        ..scenarios::genesys(TOTAL)
    }
}

/// What the mock was asked (its log and counts), by kind.
#[derive(Debug, Clone, Copy, Default)]
struct Asked {
    users_me: f64,
    analytics: f64,
    contacts: f64,
    queues: f64,
    /// `POST` channels (requests; [`Asked::channels_made`] is what the mock created).
    channel_requests: f64,
    subscriptions: f64,
    /// Every `/api/v2/` request.
    api: f64,
    authorizes: f64,
    exchanges: f64,
    channels_made: f64,
    sockets_connected: f64,
    sockets_open: f64,
}

impl Asked {
    /// `log` is what was asked in the span measured; `counts` are the mock's counts at its end
    /// and `before` at its start (sockets open: at the end).
    fn of(log: &[LogEntry], before: Counts, counts: Counts) -> Asked {
        let n = |f: &dyn Fn(&LogEntry) -> bool| log.iter().filter(|e| f(e)).count() as f64;
        let d = |a: u64, b: u64| a.saturating_sub(b) as f64;
        Asked {
            users_me: n(&|e| e.path == USERS_ME),
            analytics: n(&|e| e.path == DETAILS_QUERY),
            contacts: n(&|e| e.path == BULK_CONTACTS),
            queues: n(&|e| e.path == QUEUES),
            channel_requests: n(&|e| e.method == "POST" && e.path == CHANNELS),
            subscriptions: n(&|e| e.path.starts_with(CHANNELS) && e.path.ends_with("/subscriptions")),
            api: n(&|e| e.path.starts_with(API_V2)),
            authorizes: d(counts.authorizes, before.authorizes),
            exchanges: d(counts.exchanges, before.exchanges),
            channels_made: d(counts.channels, before.channels),
            sockets_connected: d(counts.sockets_connected, before.sockets_connected),
            sockets_open: counts.sockets_open as f64,
        }
    }
}

/// One frame's figures, from its own `performance` timeline.
#[derive(Debug, Clone, Copy, Default)]
struct FrameFigures {
    /// Its (last) navigation's start, on the host page's clock.
    nav_ms: f64,
    /// `crm:first-row` and `crm:ready`, from its own navigation start.
    first_row_ms: f64,
    ready_ms: f64,
    /// The `_bg.wasm` response's end, from its own navigation start.
    wasm_loaded_ms: f64,
    /// Requests to the API origin in its Resource Timing.
    own_api: f64,
    /// 1 when its navigation is the return from the login service (`?code=`).
    went_to_sign_in: f64,
    /// The `crm:ready` mark's detail: its wasm linear memory.
    wasm_kb: f64,
}

impl FrameFigures {
    fn first_row_tab_ms(&self) -> f64 {
        self.nav_ms + self.first_row_ms
    }

    fn ready_tab_ms(&self) -> f64 {
        self.nav_ms + self.ready_ms
    }
}

/// One run of `n` frames.
struct Run {
    asked: Asked,
    frames: Vec<FrameFigures>,
    /// `usedJSHeapSize` read in the host page.
    host_heap_kb: f64,
    /// The rows shown first in frame 1 (for the Interaction Widgets of later runs).
    first_ids: Vec<String>,
}

/// The window height that keeps `n` frames of the dev host in view.
fn window_height(n: usize) -> u32 {
    HOST_TOP_PX + FRAME_PX * n as u32
}

async fn start(n: usize) -> Harness {
    let h = Harness::start(Setup::from(signed_in())).await;
    h.client.set_window_size(WINDOW_WIDTH, window_height(n)).await.expect("the window can be resized");
    h
}

/// The host page's query for `n` frames: the standalone one, then Interaction Widgets for
/// `pins` (in turn).
fn frames_query(n: usize, pins: &[String]) -> String {
    let conversations: Vec<&str> =
        (0..n.saturating_sub(1)).filter_map(|i| pins.get(i % pins.len().max(1)).map(String::as_str)).collect();
    format!("?frames={n}&conversations={}", conversations.join(","))
}

/// Waits until frame `i` is ready (an error fails the run, with its alert), has recorded its
/// `crm:ready` mark and says live updates are on.
async fn frame_ready(h: &Harness, i: usize) {
    h.enter_frame(i).await;
    let w = h.widget();
    let state = w.wait_state(&[State::Ready, State::Error], LOAD).await;
    assert_eq!(state, State::Ready, "frame {}: {:?}; {:?}", i + 1, w.alert().await, h.server.counts());
    h.wait_js("performance.getEntriesByName('crm:ready').length > 0", LOAD).await;
    w.wait_live(LiveStatus::Live, LOAD).await;
}

/// Waits until the mock has been asked nothing new for a second (names, a late socket).
async fn settle(h: &Harness) {
    let mut last = (h.server.log().len(), h.server.counts());
    let mut quiet_since = Instant::now();
    let deadline = Instant::now() + LOAD;
    while quiet_since.elapsed() < Duration::from_secs(1) {
        assert!(Instant::now() < deadline, "the mock never went quiet: {last:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
        let now = (h.server.log().len(), h.server.counts());
        if now != last {
            (last, quiet_since) = (now, Instant::now());
        }
    }
}

/// The host page's `performance.timeOrigin`, and what `usedJSHeapSize` says there (KB).
async fn host_clock(h: &Harness) -> (f64, f64) {
    h.enter_host_page().await;
    let v =
        h.js("return [performance.timeOrigin, performance.memory ? performance.memory.usedJSHeapSize : null];").await;
    (number(&v[0]), number(&v[1]) / 1024.0)
}

/// Frame `i`'s figures; `host_origin` is the host page's `performance.timeOrigin`.
async fn frame_figures(h: &Harness, i: usize, host_origin: f64) -> FrameFigures {
    h.enter_frame(i).await;
    let script = format!(
        "const first = performance.getEntriesByName('crm:first-row')[0];
         const ready = performance.getEntriesByName('crm:ready')[0];
         const resources = performance.getEntriesByType('resource');
         const wasm = resources.find(e => new URL(e.name).pathname.endsWith('_bg.wasm'));
         const nav = performance.getEntriesByType('navigation')[0];
         const back = nav ? new URL(nav.name).searchParams.has('code') : false;
         return {{ origin: performance.timeOrigin, first: first ? first.startTime : null,
                   ready: ready ? ready.startTime : null, wasmMemory: ready ? ready.detail : null,
                   wasm: wasm ? wasm.responseEnd : null, back,
                   api: resources.filter(e => new URL(e.name).origin === {}).length }};",
        json!(h.server.origins().api)
    );
    let v = h.js(&script).await;
    FrameFigures {
        nav_ms: number(&v["origin"]) - host_origin,
        first_row_ms: number(&v["first"]),
        ready_ms: number(&v["ready"]),
        wasm_loaded_ms: number(&v["wasm"]),
        own_api: number(&v["api"]),
        went_to_sign_in: if v["back"] == json!(true) { 1.0 } else { 0.0 },
        wasm_kb: number(&v["wasmMemory"]) / 1024.0,
    }
}

/// `BENCH_LOG=1`: the mock's log of a run on stderr, the tokens numbered in order of use.
fn print_log(n: usize, log: &[LogEntry]) {
    let t0 = log.first().map_or(0, |e| e.at_ms);
    let mut tokens: Vec<&str> = Vec::new();
    for e in log {
        let token = e.token.as_deref().map(|t| match tokens.iter().position(|s| *s == t) {
            Some(i) => i + 1,
            None => {
                tokens.push(t);
                tokens.len()
            }
        });
        let token = token.map(|i| format!(" token {i}")).unwrap_or_default();
        eprintln!("{n} frames +{} ms {} {} {}{token}", e.at_ms - t0, e.method, e.path, e.status);
    }
}

fn number(v: &Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

/// Says so when a frame of the host page is not in its viewport (its marks would wait for it).
async fn check_in_view(h: &Harness, n: usize) {
    h.enter_host_page().await;
    let out = h
        .js("return [...document.querySelectorAll('iframe[id^=widget]')]
                 .filter(f => f.getBoundingClientRect().bottom > innerHeight).map(f => f.id);")
        .await;
    if out.as_array().is_some_and(|a| !a.is_empty()) {
        eprintln!("warning: with {n} frames, frames {out} are not wholly in the window");
    }
}

async fn one_run(n: usize, pins: &[String]) -> Run {
    let h = start(n).await;
    let before = h.server.counts();
    h.open_frames(&frames_query(n, pins)).await;
    for i in 0..n {
        frame_ready(&h, i).await;
    }
    settle(&h).await;
    check_in_view(&h, n).await;
    let asked = Asked::of(&h.server.log(), before, h.server.counts());
    if std::env::var_os("BENCH_LOG").is_some() {
        print_log(n, &h.server.log());
    }
    let (host_origin, host_heap_kb) = host_clock(&h).await;
    let mut frames = Vec::new();
    for i in 0..n {
        frames.push(frame_figures(&h, i, host_origin).await);
    }
    h.enter_frame(0).await;
    let first_ids = h.widget().row_ids().await;
    h.close().await;
    Run { asked, frames, host_heap_kb, first_ids }
}

/// One frame opened after the first is ready and live.
struct Later {
    /// The later frame's figures.
    frame: FrameFigures,
    /// What the mock was asked from the moment it was added until it was ready and the mock
    /// quiet, by any frame.
    asked: Asked,
    /// Every request the mock logged meanwhile (API, login and sockets).
    logged: f64,
}

async fn later_run(pins: &[String]) -> Later {
    let h = start(2).await;
    h.open_frames("?frames=1").await;
    frame_ready(&h, 0).await;
    settle(&h).await;
    let (seen, before) = (h.server.log().len(), h.server.counts());
    // An Interaction Widget for the first row, added as the dev host adds its frames.
    let i = h.add_frame(pins.first().map(String::as_str)).await;
    frame_ready(&h, i).await;
    settle(&h).await;
    check_in_view(&h, 2).await;
    let log = h.server.log();
    let since = &log[seen.min(log.len())..];
    let asked = Asked::of(since, before, h.server.counts());
    let (host_origin, _) = host_clock(&h).await;
    let frame = frame_figures(&h, i, host_origin).await;
    h.close().await;
    Later { frame, asked, logged: since.len() as f64 }
}

fn med<T>(items: &[T], f: impl Fn(&T) -> f64) -> f64 {
    median(items.iter().map(f).collect())
}

/// `1234.4` as `1,234`.
fn thousands(v: f64) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let digits = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if v.round() < 0.0 {
        out.insert(0, '−');
    }
    out
}

pub async fn run(runs: usize) {
    println!("Many frames, one agent (CONTRACT §10): {} conversations, Genesys sign-in with the agent signed in at the login service, mock latency {LATENCY_MS} ms; median of {runs} runs, fresh Chromium each run\n", thousands(TOTAL as f64));
    let mut all: Vec<(usize, Vec<Run>)> = Vec::new();
    let mut pins: Vec<String> = Vec::new();
    for n in FRAMES {
        let mut done = Vec::new();
        for _ in 0..runs {
            let run = one_run(n, &pins).await;
            if pins.is_empty() {
                pins = run.first_ids.clone();
            }
            done.push(run);
        }
        all.push((n, done));
    }
    let one_api = all.first().map(|(_, r)| med(r, |r| r.asked.api)).unwrap_or(f64::NAN);

    println!("| frames | users/me | analytics | contacts | queues | channels (POST) | subscriptions | API requests | × 1 frame | authorizes | exchanges | channels made | sockets connected | sockets open |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (n, r) in &all {
        let m = |f: fn(&Asked) -> f64| thousands(med(r, |r| f(&r.asked)));
        println!(
            "| {n} | {} | {} | {} | {} | {} | {} | {} | {:.2} | {} | {} | {} | {} | {} |",
            m(|a| a.users_me),
            m(|a| a.analytics),
            m(|a| a.contacts),
            m(|a| a.queues),
            m(|a| a.channel_requests),
            m(|a| a.subscriptions),
            m(|a| a.api),
            med(r, |r| r.asked.api) / one_api,
            m(|a| a.authorizes),
            m(|a| a.exchanges),
            m(|a| a.channels_made),
            m(|a| a.sockets_connected),
            m(|a| a.sockets_open),
        );
    }

    for (n, r) in &all {
        println!(
            "\n{n} frame{} (frame 1 is the standalone app, the others Interaction Widgets):\n",
            if *n == 1 { "" } else { "s" }
        );
        println!("| frame | navigation start (ms) | first row (ms) | ready (ms) | first row, tab (ms) | ready, tab (ms) | its API requests | went to sign in | wasm memory (KB) |");
        println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for i in 0..*n {
            let f = |g: fn(&FrameFigures) -> f64| med(r, |r| g(&r.frames[i]));
            let signed = r.iter().filter(|r| r.frames[i].went_to_sign_in > 0.0).count();
            println!(
                "| {} | {} | {} | {} | {} | {} | {} | {signed} of {} | {} |",
                i + 1,
                thousands(f(|x| x.nav_ms)),
                thousands(f(|x| x.first_row_ms)),
                thousands(f(|x| x.ready_ms)),
                thousands(f(FrameFigures::first_row_tab_ms)),
                thousands(f(FrameFigures::ready_tab_ms)),
                thousands(f(|x| x.own_api)),
                r.len(),
                thousands(f(|x| x.wasm_kb)),
            );
        }
        println!("\nEach run: which frames went to sign in, and which asked the API (the session's load and live connection):\n");
        for (k, run) in r.iter().enumerate() {
            let which = |f: &dyn Fn(&FrameFigures) -> bool| -> Vec<String> {
                run.frames.iter().enumerate().filter(|(_, x)| f(x)).map(|(i, _)| (i + 1).to_string()).collect()
            };
            let askers: Vec<String> = run
                .frames
                .iter()
                .enumerate()
                .filter(|(_, x)| x.own_api > 0.0)
                .map(|(i, x)| {
                    format!("{} ({} requests, wasm memory {} KB)", i + 1, thousands(x.own_api), thousands(x.wasm_kb))
                })
                .collect();
            println!(
                "{}. went to sign in: frame {} (authorizes {}, exchanges {}); asked the API: frame {}",
                k + 1,
                which(&|x| x.went_to_sign_in > 0.0).join(" and "),
                thousands(run.asked.authorizes),
                thousands(run.asked.exchanges),
                askers.join(", "),
            );
        }
        println!(
            "\nJS heap: {} KB (usedJSHeapSize read in the host page: one heap for the tab's renderer process, the host page and every frame, being same-site)",
            thousands(med(r, |r| r.host_heap_kb)),
        );
    }

    let mut later = Vec::new();
    for _ in 0..runs {
        later.push(later_run(&pins).await);
    }
    println!("\nA frame opened after the first one is ready and live (an Interaction Widget added as the dev host adds its frames):\n");
    println!("| wasm loaded → first row (ms) | wasm loaded → ready (ms) | navigation → wasm loaded (ms) | navigation → first row (ms) | its API requests | mock requests meanwhile | API requests meanwhile | authorizes | exchanges | channels made | sockets connected | wasm memory (KB) |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let f = |g: fn(&FrameFigures) -> f64| thousands(med(&later, |l| g(&l.frame)));
    let a = |g: fn(&Asked) -> f64| thousands(med(&later, |l| g(&l.asked)));
    println!(
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        f(|x| x.first_row_ms - x.wasm_loaded_ms),
        f(|x| x.ready_ms - x.wasm_loaded_ms),
        f(|x| x.wasm_loaded_ms),
        f(|x| x.first_row_ms),
        f(|x| x.own_api),
        thousands(med(&later, |l| l.logged)),
        a(|x| x.api),
        a(|x| x.authorizes),
        a(|x| x.exchanges),
        a(|x| x.channels_made),
        a(|x| x.sockets_connected),
        f(|x| x.wasm_kb),
    );
    let each: Vec<String> = later.iter().map(|l| thousands(l.frame.first_row_ms - l.frame.wasm_loaded_ms)).collect();
    println!("\nEach run, wasm loaded → first row: {} ms", each.join(", "));
    let ten_api = all.last().map(|(_, r)| med(r, |r| r.asked.api)).unwrap_or(f64::NAN);
    let later_first = med(&later, |l| l.frame.first_row_ms - l.frame.wasm_loaded_ms);
    println!("\nTargets (issue #19): 10 frames make {:.2}× the API requests of one (≤ 1.1×); a later frame shows rows {} ms after its wasm loaded (≤ 100 ms) with {} requests of its own (none)",
        ten_api / one_api, thousands(later_first), thousands(med(&later, |l| l.frame.own_api)));
}
