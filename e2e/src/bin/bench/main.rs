//! `cargo run -p crm-e2e --release --bin bench [-- --runs N] [--startup [--warm] [--cross-site] [--against DIST] | --frames | --live-only]`
//!
//! Serves the release `dist/` and the mock API (20 ms latency per request) on separate
//! origins, loads 1,000 and 10,000 interactions in a fresh headless Chromium per run, and
//! prints the median of each figure. A benchmark that prints figures, not a timed test.
//! `--frames`: many frames of one agent instead (see `frames.rs`; 3 runs unless `--runs`).
//! `--startup`: only the widget and the plain-JS baseline side by side, and where the widget's
//! first 400 ms go (see `startup.rs`); the default run prints these tables too.

mod frames;
mod startup;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crm_e2e::crm_devserver::{DataSourceMode, Fault, RetryAfter, Scenario};
use crm_e2e::paths::{BULK_CONTACTS, DETAILS_QUERY, QUEUES};
use crm_e2e::{dist_dir, Diagnostic, Harness, LiveStatus, Setup, State};
use serde_json::Value;

const LATENCY_MS: u64 = 20;
/// What every Genesys API path starts with (see `crm_e2e::paths`).
const API_V2: &str = "/api/v2/";

#[derive(Debug, Clone, Copy, Default)]
struct Sample {
    first_row_ms: f64,
    ready_ms: f64,
    requests: f64,
    dom_elements: f64,
    js_heap_kb: f64,
    /// The same after a full garbage collection (what the page keeps).
    js_heap_gc_kb: f64,
    wasm_memory_kb: f64,
    /// Genesys source: requests by kind.
    analytics: f64,
    contacts: f64,
    queues: f64,
}

/// How a run reads its rows.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    /// CONTRACT §4's cursor pages.
    Interactions,
    /// The Genesys APIs, pages 2…N three at a time.
    GenesysConcurrent,
    /// The same, one request at a time: a 429 on page 1 (`Retry-After: 0`) makes the widget
    /// drop to one at a time for the rest of the load, as it does on any first 429.
    GenesysSequential,
}

async fn one_run(total: usize, source: Source) -> Sample {
    let mut scenario = Scenario { total, latency_ms: LATENCY_MS, ..Scenario::default() };
    if source != Source::Interactions {
        scenario.data_source = DataSourceMode::Genesys;
    }
    if source == Source::GenesysSequential {
        scenario.throttle = Some(Fault { page: 1, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(0)) });
    }
    let h = Harness::start(Setup::from(scenario)).await;
    h.open_in_host().await;
    h.widget().wait_state(&[State::Ready], Duration::from_secs(120)).await;
    h.wait_js("performance.getEntriesByName('crm:ready').length > 0", Duration::from_secs(10)).await;
    let m: Value = h
        .js("const first = performance.getEntriesByName('crm:first-row')[0];
             const ready = performance.getEntriesByName('crm:ready')[0];
             return { first: first.startTime, ready: ready.startTime, wasm: ready.detail,
                      dom: document.getElementsByTagName('*').length,
                      heap: performance.memory ? performance.memory.usedJSHeapSize : 0 };")
        .await;
    let kept_kb = heap_after_gc_kb(&h).await;
    let sample = Sample {
        first_row_ms: m["first"].as_f64().unwrap_or(f64::NAN),
        ready_ms: m["ready"].as_f64().unwrap_or(f64::NAN),
        requests: match source {
            Source::Interactions => h.api_log().len() as f64,
            _ => h.server.log().iter().filter(|e| e.path.starts_with(API_V2)).count() as f64,
        },
        analytics: kind(&h, DETAILS_QUERY),
        contacts: kind(&h, BULK_CONTACTS),
        queues: kind(&h, QUEUES),
        dom_elements: m["dom"].as_f64().unwrap_or(f64::NAN),
        js_heap_kb: m["heap"].as_f64().unwrap_or(f64::NAN) / 1024.0,
        js_heap_gc_kb: kept_kb,
        wasm_memory_kb: m["wasm"].as_f64().unwrap_or(f64::NAN) / 1024.0,
    };
    h.close().await;
    sample
}

async fn samples(runs: usize, total: usize, source: Source) -> Vec<Sample> {
    let mut all = Vec::new();
    for _ in 0..runs {
        all.push(one_run(total, source).await);
    }
    all
}

fn kind(h: &Harness, path: &str) -> f64 {
    h.requests(path).len() as f64
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn compressed(path: &Path, tool: &str, args: &[&str]) -> u64 {
    Command::new(tool)
        .args(args)
        .arg(path)
        .output()
        .map(|o| o.stdout.len() as u64)
        .unwrap_or_else(|e| panic!("{tool} is needed for the size figures (scripts/setup installs it): {e}"))
}

fn bundle_sizes(dist: &Path) -> (u64, u64, u64) {
    let mut totals = (0, 0, 0);
    for entry in std::fs::read_dir(dist).expect("dist/ is readable") {
        let path = entry.expect("a dist entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with("_bg.wasm") || (name.ends_with(".js") && name.starts_with("crm-widget")) {
            totals.0 += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            totals.1 += compressed(&path, "gzip", &["-9c"]);
            totals.2 += compressed(&path, "brotli", &["-c", "-q", "11"]);
        }
    }
    totals
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut runs = None;
    let (mut frames, mut live_only, mut startup_only, mut warm) = (false, false, false, false);
    let mut cross_site = false;
    let mut against = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = Some(args.next().and_then(|n| n.parse().ok()).expect("--runs needs a number")),
            "--frames" => frames = true,
            "--live-only" => live_only = true,
            "--startup" => startup_only = true,
            "--warm" => warm = true,
            "--cross-site" => cross_site = true,
            "--against" => {
                let dir = std::path::PathBuf::from(args.next().expect("--against needs a built dist/ folder"));
                assert!(dir.join("index.html").exists(), "--against {}: no built widget there", dir.display());
                against = Some(dir);
            }
            other => panic!(
                "unknown argument {other}; usage: bench [--runs N] [--startup [--warm] [--cross-site] [--against DIST] | --frames | --live-only]"
            ),
        }
    }
    if live_only {
        return live_memory().await;
    }
    let dist = dist_dir();
    let (raw, gz, br) = bundle_sizes(&dist);
    println!("bundle (wasm + JS glue): {raw} B raw, {gz} B gzip -9, {br} B brotli -q 11");
    if frames {
        return frames::run(runs.unwrap_or(3)).await;
    }
    let runs = runs.unwrap_or(5);
    if startup_only || warm || cross_site || against.is_some() {
        return startup::run(runs, warm, cross_site, against.as_deref()).await;
    }
    println!("mock API latency {LATENCY_MS} ms per request; median of {runs} runs, fresh Chromium each run\n");
    println!("| interactions | first row (ms) | ready (ms) | API requests | DOM elements | JS heap (KB) | JS heap after GC (KB) | wasm memory (KB) |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for total in [1_000, 10_000] {
        let samples = samples(runs, total, Source::Interactions).await;
        let med = |f: fn(&Sample) -> f64| median(samples.iter().map(f).collect());
        println!(
            "| {total} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |",
            med(|s| s.first_row_ms),
            med(|s| s.ready_ms),
            med(|s| s.requests),
            med(|s| s.dom_elements),
            med(|s| s.js_heap_kb),
            med(|s| s.js_heap_gc_kb),
            med(|s| s.wasm_memory_kb),
        );
    }
    println!();
    startup::run(runs, false, false, None).await;

    println!("\nGenesys data source (users/me, analytics by page number, contacts and queues in batches of 100):\n");
    println!("| conversations | pages 2…N | first row (ms) | ready (ms) | requests | analytics | contacts | queues | DOM elements | JS heap (KB) | JS heap after GC (KB) | wasm memory (KB) |");
    println!("|---:|:--|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for total in [1_000, 10_000] {
        for (source, label) in
            [(Source::GenesysSequential, "one at a time"), (Source::GenesysConcurrent, "3 at a time")]
        {
            let samples = samples(runs, total, source).await;
            let med = |f: fn(&Sample) -> f64| median(samples.iter().map(f).collect());
            println!(
                "| {total} | {label} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |",
                med(|s| s.first_row_ms),
                med(|s| s.ready_ms),
                med(|s| s.requests),
                med(|s| s.analytics),
                med(|s| s.contacts),
                med(|s| s.queues),
                med(|s| s.dom_elements),
                med(|s| s.js_heap_kb),
                med(|s| s.js_heap_gc_kb),
                med(|s| s.wasm_memory_kb),
            );
        }
    }
    println!("\n(one at a time: the run's page 1 is answered 429 with Retry-After: 0 once, so its analytics count includes that repeat)");
    live_memory().await;
}

/// The page's JS heap (KB) after two full garbage collections (`--js-flags=--expose-gc`): what
/// it keeps.
async fn heap_after_gc_kb(h: &Harness) -> f64 {
    let heap: Value = h
        .js("if (window.gc) { gc(); gc(); } await new Promise(r => setTimeout(r, 200));
             return performance.memory ? performance.memory.usedJSHeapSize : 0;")
        .await;
    heap.as_f64().unwrap_or(f64::NAN) / 1024.0
}

/// Live updates must not grow memory: heap and wasm memory before and after 1,000 frames
/// (heartbeats and updates of one conversation), each after a full garbage collection.
async fn live_memory() {
    let scenario =
        Scenario { total: 1_000, latency_ms: LATENCY_MS, data_source: DataSourceMode::Genesys, ..Scenario::default() };
    let h = Harness::start(Setup::from(scenario)).await;
    h.open_in_host_with("?debug=1").await;
    let w = h.widget();
    w.wait_state(&[State::Ready], Duration::from_secs(120)).await;
    w.wait_live(LiveStatus::Live, Duration::from_secs(30)).await;
    let measure = || async {
        let heap_kb = heap_after_gc_kb(&h).await;
        let events = w.diagnostic_number(Diagnostic::LiveEvents).await.unwrap_or(0.0);
        let wasm = w.diagnostic_number(Diagnostic::Memory).await.unwrap_or(0.0);
        (heap_kb, events, wasm)
    };
    println!("\nLive updates: frames (half heartbeats, half updates of one conversation) on a 1,000-row list, each figure after a full GC:\n");
    println!("| frames so far | events received | JS heap (KB) | wasm memory (KB) |");
    println!("|---:|---:|---:|---:|");
    for round in 0..4 {
        if round > 0 {
            for _ in 0..5 {
                h.server.live_burst(200);
                tokio::time::sleep(Duration::from_millis(400)).await;
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
        let (heap, events, wasm) = measure().await;
        println!("| {} | {events:.0} | {heap:.0} | {:.0} |", round * 1000, wasm / 1024.0);
    }
    h.close().await;
}
