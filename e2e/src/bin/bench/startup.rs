//! `bench --startup [--warm] [--cross-site] [--against DIST] [--runs N]`: the widget and the plain-JS baseline
//! side by side (issue #20); with `--warm`, each run's second load in its browser (files from
//! the HTTP cache); with `--cross-site`, the dev host on another site than the frame
//! (`localhost` against `127.0.0.1`), so that each runs in its own renderer process, as inside
//! Genesys Cloud. The frame is then out of the page's process, where the DevTools probes below
//! do not reach: its `bench:…` steps are left blank.
//!
//! The release `dist/` and the baseline (`e2e/baseline/`, served at `/baseline/` on the same
//! origin and framed by the same dev host with `?widget=/baseline/`) load 1,000 and 10,000
//! interactions (CONTRACT §4, handshake mode, 20 ms mock latency), alternately (widget,
//! baseline, widget, …), each in a fresh headless Chromium. Every time is read in the frame, from
//! its own navigation start (`performance.timeOrigin`): the User Timing marks both record at the
//! same moments, and the Resource Timing of the widget's files. Prints the medians and the ratios
//! (widget / baseline), then where the widget's first 400 ms go (over the runs of both sizes: the
//! start is the same up to the first row), with one more run in German (`gcLangTag=de-DE`,
//! whose catalog is fetched).
//!
//! `--against DIST`: a second build of the widget (another `dist/`, e.g. a copy kept before a
//! change) runs in every round beside the first, the two in turn first, and a table compares
//! them round by round (see [`paired`]): a change of a few ms can be read from it, where two
//! sets an hour apart differ by the machine's drift. Run it with a copy of the same `dist/` to
//! see how far apart two equal builds come out.
//!
//! Each frame's `WebAssembly` functions are wrapped before its scripts run (a DevTools
//! `Page.addScriptToEvaluateOnNewDocument`) to mark when the compile was asked for and when it
//! was done (`bench:wasm-…`): this says whether the wasm compiles while it streams. The same
//! script marks when the host's token answer reaches the frame (`bench:token-received`), and
//! when the animation frame that took `crm:first-row` has been drawn
//! (`bench:crm:first-row-painted`): both pages take that mark in a `requestAnimationFrame`
//! callback, before that frame's style, layout and paint.
//! `BENCH_DUMP=1` prints each run's navigation, first resources and marks on stderr;
//! `CRM_TRACE_DIR=DIR` writes each run's Chrome trace there (`crm_e2e::Harness`).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crm_e2e::crm_devserver::Scenario;
use crm_e2e::{baseline_dir, dist_dir, Harness, Setup, State};
use serde_json::{json, Value};

use crate::{bundle_sizes, compressed, median, LATENCY_MS};

const TOTALS: [usize; 2] = [1_000, 10_000];

/// Marks when each of `WebAssembly`'s compile and instantiate functions is called and settles,
/// when the host's first token answer reaches the frame (before the page's own listeners), and
/// when the first row's frame has been drawn.
const PROBES: &str = r#"(() => {
  addEventListener("message", (e) => {
    const m = e.data;
    if (m && m.type === "appfoundry.token" && !performance.getEntriesByName("bench:token-received").length) {
      performance.mark("bench:token-received");
    }
  });
  // The first row's mark is taken in an animation frame's callback, before that frame's style,
  // layout and paint: a task queued from there runs once they are done.
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, ...rest) {
    const m = mark(name, ...rest);
    if (name === "crm:first-row" && !performance.getEntriesByName("bench:crm:first-row-painted").length) {
      setTimeout(() => mark("bench:crm:first-row-painted"), 0);
    }
    return m;
  };
  const W = self.WebAssembly;
  if (!W) return;
  for (const k of ["instantiateStreaming", "compileStreaming", "instantiate", "compile"]) {
    const f = W[k];
    if (typeof f !== "function") continue;
    W[k] = function (...a) {
      performance.mark("bench:wasm-" + k);
      const p = f.apply(this, a);
      p.then(() => performance.mark("bench:wasm-" + k + "-done"), () => performance.mark("bench:wasm-" + k + "-failed"));
      return p;
    };
  } })();"#;

/// What a run reads in its frame: each mark's first `startTime`, the frame's paints, the navigation's and each
/// file's Resource Timing (`<key>:count`, `:start`, `:requestStart`, `:responseEnd`, `:bytes`)
/// and the initiators of each file's entries (`link` is a preload, `fetch` a `fetch()`); over
/// every page of interactions, `pages:network`, `pages:between` and `pages:lastEnd`.
const COLLECT: &str = r#"
const f = {}, t = {};
for (const m of performance.getEntriesByType('mark')) if (!(m.name in f)) f[m.name] = m.startTime;
for (const p of performance.getEntriesByType('paint')) f['paint:' + p.name] = p.startTime;
const nav = performance.getEntriesByType('navigation')[0] || {};
f['nav:responseEnd'] = nav.responseEnd;
f['nav:domInteractive'] = nav.domInteractive;
f['nav:domContentLoaded'] = nav.domContentLoadedEventStart;
const res = performance.getEntriesByType('resource');
f['first:start'] = res.length ? Math.min(...res.map(r => r.startTime)) : null;
const file = (key, test) => {
  const rs = res.filter(r => test(new URL(r.name).pathname));
  f[key + ':count'] = rs.length;
  t[key] = rs.map(r => r.initiatorType).join(' + ');
  if (!rs.length) return rs;
  f[key + ':start'] = rs[0].startTime;
  f[key + ':requestStart'] = rs[0].requestStart;
  f[key + ':responseEnd'] = rs[0].responseEnd;
  f[key + ':bytes'] = rs[0].encodedBodySize;
  f[key + ':transfer'] = rs[0].transferSize;
  return rs;
};
file('wasm', p => p.endsWith('_bg.wasm'));
file('early', p => /\/start-[^/]*\.js$/.test(p));
file('glue', p => /\/crm-widget-[^/]*\.js$/.test(p));
file('loader', p => /\/loader-[^/]*\.js$/.test(p));
file('css', p => p.endsWith('.css'));
file('config', p => p.endsWith('/config.json'));
file('catalog', p => p.includes('/i18n/'));
file('script', p => p.endsWith('/baseline.js'));
// Every page: the time on the network, and the main thread's part between one page's answer
// and the next page's request (reading it, deciding, asking again).
const pages = file('page', p => p.endsWith('/api/v2/interactions'));
f['pages:network'] = pages.reduce((s, r) => s + r.responseEnd - r.startTime, 0);
f['pages:between'] = pages.slice(1).reduce((s, r, i) => s + r.startTime - pages[i].responseEnd, 0);
f['pages:lastEnd'] = pages.length ? pages[pages.length - 1].responseEnd : null;
return { figures: f, initiators: t };
"#;

/// The page a run frames.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Page {
    Widget,
    Baseline,
}

/// One run's figures by name (absent ones are NaN) and each file's initiators.
#[derive(Debug, Default)]
struct Run {
    figures: BTreeMap<String, f64>,
    initiators: BTreeMap<String, String>,
    /// The console's lines about preloads (e.g. one that was not used).
    preload_notes: Vec<String>,
}

impl Run {
    fn get(&self, key: &str) -> f64 {
        self.figures.get(key).copied().unwrap_or(f64::NAN)
    }

    /// The first row's frame: from its mark to that frame drawn (style, layout and paint).
    fn first_row_frame(&self) -> f64 {
        self.get("bench:crm:first-row-painted") - self.get("crm:first-row")
    }
}

/// One load, in a fresh headless Chromium; with `warm`, the second load in that browser (the
/// first one, left out, fills the HTTP cache: the dev server lets hashed files be kept, as the
/// README tells admins to), as an agent's every load after the first of a version.
/// `dist`: another build of the widget than [`dist_dir`] (`--against`).
async fn one_run(
    page: Page,
    total: usize,
    lang: Option<&str>,
    warm: bool,
    cross_site: bool,
    dist: Option<&Path>,
) -> Run {
    let scenario = Scenario { total, latency_ms: LATENCY_MS, ..Scenario::default() };
    let h = Harness::start(Setup { cross_site, dist: dist.map(Path::to_path_buf), ..Setup::from(scenario) }).await;
    h.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": PROBES })).await;
    let mut query = Vec::new();
    if page == Page::Baseline {
        query.push("widget=/baseline/".to_owned());
    }
    if let Some(lang) = lang {
        query.push(format!("lang={lang}"));
    }
    let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
    if warm {
        h.open_in_host_with(&query).await;
        h.widget().wait_state(&[State::Ready], Duration::from_secs(120)).await;
        // A second's rest, as between two interactions: the browser writes its caches meanwhile.
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    h.open_in_host_with(&query).await;
    let state = h.widget().wait_state(&[State::Ready, State::Error], Duration::from_secs(120)).await;
    assert_eq!(
        state,
        State::Ready,
        "{page:?} with {total} interactions ended in {state:?}: {:?}",
        h.widget().alert().await
    );
    h.wait_js("performance.getEntriesByName('crm:ready').length > 0", Duration::from_secs(10)).await;
    let v = h.js(COLLECT).await;
    if std::env::var_os("BENCH_DUMP").is_some() {
        let dump = h
            .js("const n = performance.getEntriesByType('navigation')[0];
                 const line = e => [e.entryType, e.initiatorType || '', new URL(e.name, location.href).pathname.slice(-40),
                   e.startTime, e.requestStart, e.responseStart, e.responseEnd, e.duration].map(x => typeof x === 'number' ? x.toFixed(1) : x).join('  ');
                 return [line(n), ...performance.getEntriesByType('resource').slice(0, 12).map(line),
                   ...performance.getEntriesByType('mark').map(m => m.name + '  ' + m.startTime.toFixed(1))].join(String.fromCharCode(10));")
            .await;
        eprintln!("--- {page:?}, {total}, {lang:?}\n{}", dump.as_str().unwrap_or_default());
    }
    let preload_notes = h.console().await.into_iter().filter(|l| l.to_lowercase().contains("preload")).collect();
    h.close().await;
    let number = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let pairs = |v: &Value| v.as_object().cloned().unwrap_or_default().into_iter();
    Run {
        figures: pairs(&v["figures"]).map(|(k, v)| (k, number(&v))).collect(),
        initiators: pairs(&v["initiators"]).map(|(k, v)| (k, text(&v))).collect(),
        preload_notes,
    }
}

/// The median of a figure over runs, leaving out runs without it.
fn med(runs: &[Run], f: impl Fn(&Run) -> f64) -> f64 {
    let v: Vec<f64> = runs.iter().map(f).filter(|x| !x.is_nan()).collect();
    if v.is_empty() {
        f64::NAN
    } else {
        median(v)
    }
}

fn ms(v: f64) -> String {
    if v.is_nan() {
        "–".to_owned()
    } else {
        format!("{v:.0}")
    }
}

fn ratio(a: f64, b: f64) -> String {
    if a.is_nan() || b.is_nan() || b == 0.0 {
        "–".to_owned()
    } else {
        format!("{:.2}×", a / b)
    }
}

/// The baseline's files, brotli -q 11 each, added up.
fn baseline_brotli(dir: &Path) -> u64 {
    ["index.html", "baseline.js", "baseline.css"]
        .iter()
        .map(|f| compressed(&dir.join(f), "brotli", &["-c", "-q", "11"]))
        .sum()
}

/// Everything the widget's frame loads but the language catalogs: index.html, every script,
/// the style sheet and the wasm, brotli -q 11 each, added up.
fn widget_page_brotli(dist: &Path) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir(dist).expect("dist/ is readable") {
        let path = entry.expect("a dist entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if [".html", ".js", ".css", ".wasm"].iter().any(|e| name.ends_with(e)) {
            total += compressed(&path, "brotli", &["-c", "-q", "11"]);
        }
    }
    total
}

/// The side-by-side figures: (label, figure of a run).
type Figure = (&'static str, fn(&Run) -> f64);

const SIDE_BY_SIDE: [Figure; 11] = [
    ("first handshake sent (`crm:token-asked`)", |r| r.get("crm:token-asked")),
    ("first API request (`crm:first-request`)", |r| r.get("crm:first-request")),
    ("first API answer (`crm:first-answer`)", |r| r.get("crm:first-answer")),
    ("first API answer → first row", |r| r.get("crm:first-row") - r.get("crm:first-answer")),
    ("first row (`crm:first-row`)", |r| r.get("crm:first-row")),
    ("first row, its frame drawn (`bench:crm:first-row-painted`)", |r| r.get("bench:crm:first-row-painted")),
    ("first row → its frame drawn (that frame's style, layout and paint)", Run::first_row_frame),
    ("ready (`crm:ready`)", |r| r.get("crm:ready")),
    ("pages: on the network, summed (Resource Timing: request → response end)", |r| r.get("pages:network")),
    ("pages: a page's response end → the next page's request, summed", |r| r.get("pages:between")),
    ("last page's response end → ready", |r| r.get("crm:ready") - r.get("pages:lastEnd")),
];

/// `against`: a second build of the widget, run in every round beside the first (see [`paired`]).
pub async fn run(runs: usize, warm: bool, cross_site: bool, against: Option<&Path>) {
    let dist = dist_dir();
    let (_, _, widget_br) = bundle_sizes(&dist);
    let page_br = widget_page_brotli(&dist);
    let baseline_br = baseline_brotli(&baseline_dir());
    let start = if warm {
        "Warm start (each run the second load in its browser, files from the HTTP cache)"
    } else {
        "Start-up"
    };
    println!("{start}, side by side: the widget and the plain-JS baseline (e2e/baseline/), alternately, a fresh");
    println!("headless Chromium each run, mock latency {LATENCY_MS} ms; ms from the frame's navigation start, median of {runs} runs");
    if cross_site {
        println!(
            "The dev host on another site than the frame (localhost, 127.0.0.1): each in its own renderer process"
        );
    }
    println!();
    let mut widget: BTreeMap<usize, Vec<Run>> = BTreeMap::new();
    let mut baseline: BTreeMap<usize, Vec<Run>> = BTreeMap::new();
    let mut other: BTreeMap<usize, Vec<Run>> = BTreeMap::new();
    // The sizes interleaved too (widget, baseline, at 1,000, then at 10,000, then again), so a
    // drift of the machine over the minutes of a set falls on both columns alike. With
    // `against`, its build runs in each round too, before the widget's in every other round.
    for round in 0..runs {
        for total in TOTALS {
            let one = |dist| one_run(Page::Widget, total, None, warm, cross_site, dist);
            match against {
                Some(b) if round % 2 == 1 => {
                    other.entry(total).or_default().push(one(Some(b)).await);
                    widget.entry(total).or_default().push(one(None).await);
                }
                Some(b) => {
                    widget.entry(total).or_default().push(one(None).await);
                    other.entry(total).or_default().push(one(Some(b)).await);
                }
                None => widget.entry(total).or_default().push(one(None).await),
            }
            baseline.entry(total).or_default().push(one_run(Page::Baseline, total, None, warm, cross_site, None).await);
        }
    }
    table_head(&["widget, {}", "baseline, {}", "ratio"]);
    for (label, f) in SIDE_BY_SIDE {
        print!("| {label} |");
        for total in TOTALS {
            let (w, b) = (med(&widget[&total], f), med(&baseline[&total], f));
            print!(" {} | {} | {} |", ms(w), ms(b), ratio(w, b));
        }
        println!();
    }
    print!("| bundle, brotli (B): wasm + JS glue; the baseline's html + js + css |");
    for _ in TOTALS {
        print!(" {widget_br} | {baseline_br} | {} |", ratio(widget_br as f64, baseline_br as f64));
    }
    println!();
    print!("| everything the frame loads, brotli (B): html, scripts, css, wasm |");
    for _ in TOTALS {
        print!(" {page_br} | {baseline_br} | {} |", ratio(page_br as f64, baseline_br as f64));
    }
    println!();

    if let Some(b) = against {
        paired(&dist, &widget, b, &other, &baseline);
    }

    let german = one_run(Page::Widget, TOTALS[0], Some("de-DE"), warm, cross_site, None).await;
    // Up to the first row, a run of 1,000 and one of 10,000 do the same (the same first page):
    // the start is measured over all of them.
    let all = |runs: BTreeMap<usize, Vec<Run>>| runs.into_values().flatten().collect::<Vec<Run>>();
    where_the_time_goes(&all(widget), &german, &all(baseline));
}

/// A table's head: `figure`, then the columns for each size (`{}` is the size).
fn table_head(columns: &[&str]) {
    print!("| figure |");
    for total in TOTALS {
        for c in columns {
            print!(" {} |", c.replace("{}", &total.to_string()));
        }
    }
    println!("\n|:--|{}", "---:|".repeat(columns.len() * TOTALS.len()));
}

/// Two builds of the widget, run in the same rounds (`--against B`; A is [`dist_dir`]): each
/// figure's medians, and the median of the rounds' differences (B − A, each round's two runs a
/// minute apart at most), with how many rounds B was the earlier. The machine's speed moves by
/// tens of percent within an hour; a difference within a round is far less exposed to that than
/// two sets an hour apart.
fn paired(
    a: &Path,
    widget: &BTreeMap<usize, Vec<Run>>,
    b: &Path,
    other: &BTreeMap<usize, Vec<Run>>,
    baseline: &BTreeMap<usize, Vec<Run>>,
) {
    let (_, _, a_br) = bundle_sizes(a);
    let (_, _, b_br) = bundle_sizes(b);
    println!("\nA: {} ({a_br} B brotli), B: {} ({b_br} B brotli), in the same rounds", a.display(), b.display());
    table_head(&["A, {}", "B, {}", "B ÷ baseline", "B − A, median of rounds", "rounds B earlier"]);
    for (label, f) in SIDE_BY_SIDE {
        print!("| {label} |");
        for total in TOTALS {
            let (ra, rb) = (&widget[&total], &other[&total]);
            let diffs: Vec<f64> = ra.iter().zip(rb).map(|(x, y)| f(y) - f(x)).filter(|d| !d.is_nan()).collect();
            let (rounds, earlier) = (diffs.len(), diffs.iter().filter(|d| **d < 0.0).count());
            let diff = if diffs.is_empty() { f64::NAN } else { median(diffs) };
            let (ma, mb) = (med(ra, f), med(rb, f));
            print!(
                " {} | {} | {} | {}{} | {earlier} of {} |",
                ms(ma),
                ms(mb),
                ratio(mb, med(&baseline[&total], f)),
                if diff > 0.0 { "+" } else { "" },
                ms(diff),
                rounds
            );
        }
        println!();
    }
}

/// The widget's start, step by step: the medians of its English runs (of 1,000 and of 10,000),
/// the German run (1,000), and the baseline's medians where it has the same step.
fn where_the_time_goes(english: &[Run], german: &Run, baseline: &[Run]) {
    let rows: &[Figure] = &[
        ("frame document: response end", |r| r.get("nav:responseEnd")),
        ("first file asked for (early script; baseline.js)", |r| r.get("first:start")),
        ("early script (hooks, trap handler, prefetch): response end", |r| r.get("early:responseEnd")),
        ("style sheet: response end", |r| r.get("css:responseEnd")),
        ("baseline.js: response end", |r| r.get("script:responseEnd")),
        ("frame document: DOM interactive", |r| r.get("nav:domInteractive")),
        ("frame document: DOMContentLoaded (module scripts have run)", |r| r.get("nav:domContentLoaded")),
        ("config.json: request start (the widget's: the prefetch)", |r| r.get("config:requestStart")),
        ("config.json: response end", |r| r.get("config:responseEnd")),
        ("config.json: downloads", |r| r.get("config:count")),
        ("catalog: request start (the prefetch)", |r| r.get("catalog:requestStart")),
        ("catalog: response end", |r| r.get("catalog:responseEnd")),
        ("loader script: response end", |r| r.get("loader:responseEnd")),
        ("JS glue (modulepreload): response end", |r| r.get("glue:responseEnd")),
        ("wasm (preload): request start", |r| r.get("wasm:requestStart")),
        ("wasm: response end", |r| r.get("wasm:responseEnd")),
        ("wasm: downloads (`_bg.wasm` resource entries)", |r| r.get("wasm:count")),
        ("wasm: bytes over the network (0: from the HTTP cache)", |r| r.get("wasm:transfer")),
        ("wasm: `instantiateStreaming` called", |r| r.get("bench:wasm-instantiateStreaming")),
        ("  wasm response end → `instantiateStreaming` called", |r| {
            r.get("bench:wasm-instantiateStreaming") - r.get("wasm:responseEnd")
        }),
        ("wasm: `instantiateStreaming` done", |r| r.get("bench:wasm-instantiateStreaming-done")),
        ("wasm: `instantiate` (the non-streaming fallback) called", |r| r.get("bench:wasm-instantiate")),
        ("`crm:start` (wasm started)", |r| r.get("crm:start")),
        ("  compile and instantiate: `crm:start` − wasm response end", |r| {
            r.get("crm:start") - r.get("wasm:responseEnd")
        }),
        ("`crm:config` (config.json read)", |r| r.get("crm:config")),
        ("  start → config", |r| r.get("crm:config") - r.get("crm:start")),
        ("`crm:token-asked` (handshake sent)", |r| r.get("crm:token-asked")),
        ("  config → handshake", |r| r.get("crm:token-asked") - r.get("crm:config")),
        ("the frame's first paint (Paint Timing `first-paint`)", |r| r.get("paint:first-paint")),
        ("  handshake → first paint", |r| r.get("paint:first-paint") - r.get("crm:token-asked")),
        ("token answer received (`bench:token-received`)", |r| r.get("bench:token-received")),
        ("  handshake → token received (the host's round trip)", |r| {
            r.get("bench:token-received") - r.get("crm:token-asked")
        }),
        ("`crm:first-request`", |r| r.get("crm:first-request")),
        ("  token received → first request", |r| r.get("crm:first-request") - r.get("bench:token-received")),
        ("`crm:mounted` (the widget built: once the first request is out)", |r| r.get("crm:mounted")),
        ("  first request → mounted", |r| r.get("crm:mounted") - r.get("crm:first-request")),
        ("`crm:first-answer`", |r| r.get("crm:first-answer")),
        ("  first request → first answer", |r| r.get("crm:first-answer") - r.get("crm:first-request")),
        ("  first page: response end (Resource Timing: the network's side)", |r| r.get("page:responseEnd")),
        ("  first page: response end → first answer (the main thread's delay)", |r| {
            r.get("crm:first-answer") - r.get("page:responseEnd")
        }),
        ("`crm:first-row`", |r| r.get("crm:first-row")),
        ("  first answer → first row", |r| r.get("crm:first-row") - r.get("crm:first-answer")),
        ("the first row's frame drawn (`bench:crm:first-row-painted`)", |r| r.get("bench:crm:first-row-painted")),
        ("  first row → its frame drawn (its style, layout and paint)", Run::first_row_frame),
    ];
    println!("\nWhere the widget's first 400 ms go (ms from the frame's navigation start; the runs above, of 1,000 and 10,000):\n");
    println!(
        "| step | widget, en-us, median of {} | widget, de-DE, 1 run | baseline, median of {} |",
        english.len(),
        baseline.len()
    );
    println!("|:--|---:|---:|---:|");
    for (label, f) in rows {
        println!("| {label} | {} | {} | {} |", ms(med(english, f)), ms(f(german)), ms(med(baseline, f)));
    }
    let initiators = |r: &Run, key: &str| r.initiators.get(key).cloned().unwrap_or_default();
    let mut seen: Vec<String> = english.iter().chain(std::iter::once(german)).map(|r| initiators(r, "wasm")).collect();
    seen.sort();
    seen.dedup();
    println!("\n`_bg.wasm` entries by initiator (link = the preload, fetch = the glue's own fetch): {seen:?}");
    println!(
        "config.json entries by initiator, en-us: {:?}; de-DE catalog: {:?}",
        initiators(&english[0], "config"),
        initiators(german, "catalog")
    );
    let mut notes: Vec<String> = english
        .iter()
        .chain(std::iter::once(german))
        .flat_map(|r| &r.preload_notes)
        // Drop the page's URL and the line number.
        .map(|l| {
            l.split_once(' ')
                .map_or(l.as_str(), |(_, rest)| rest)
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
                .to_owned()
        })
        .collect();
    notes.sort();
    notes.dedup();
    if notes.is_empty() {
        println!("the console said nothing about preloads");
    } else {
        println!("the console about preloads: {notes:?}");
    }
}
