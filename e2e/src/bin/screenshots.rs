//! `cargo run -p crm-e2e --release --bin screenshots [-- OUT_DIR [NAME…]]`
//!
//! Pictures of the release widget in every state, light and dark, in a 360 px sidebar and on
//! a wide page, taken in headless Chromium inside the dev host. Writes PNGs to `docs/screenshots`.
//! With names, only those shots are taken.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crm_e2e::crm_devserver::{AuthMode, DataSourceMode, Fault, HostMode, RetryAfter, Scenario};
use crm_e2e::{Harness, Setup, State};

const WAIT: Duration = Duration::from_secs(30);

struct Shot {
    name: &'static str,
    state: State,
    /// What else must be on screen before the picture (a JS expression).
    shows: &'static str,
    scenario: fn() -> Scenario,
    /// More of the host page's query (`&lang=ar`), and JS to run once the state is reached
    /// (switching to "By contact" and opening a contact).
    query: &'static str,
    act: &'static str,
    /// Opened as an Interaction Widget for a conversation whose contact has a history (the
    /// card), in the 360 × 530 sidebar only.
    card: bool,
}

/// The Genesys source (the data issue's rows), as most agents will see it.
fn genesys() -> Scenario {
    Scenario { total: 240, data_source: DataSourceMode::Genesys, ..Scenario::default() }
}

const NAMED: &str = "document.querySelectorAll('li[data-interaction-id] [data-part=name] bdi').length > 3";
const OPEN: &str = "document.querySelector('[aria-level=\"2\"]')";
/// "By contact", with the first contact that has more than one interaction opened (tried in
/// turn: a contact with one closes again).
const GROUP: &str = "document.querySelector('[data-view=contact]').click();
  const tick = () => new Promise(r => setTimeout(r, 150));
  await tick();
  for (let i = 0; i < 8; i++) {
    const header = document.querySelector('[aria-expanded=false]:not([data-tried])');
    if (!header) break;
    header.click(); await tick();
    if (document.querySelectorAll('[aria-level=\"2\"]').length > 1) break;
    header.click(); await tick();
    header.setAttribute('data-tried', '1');
  }";

const ROWS: &str = "document.querySelectorAll('[data-interaction-id]').length > 0";

const SHOTS: &[Shot] = &[
    Shot {
        card: false,
        query: "",
        act: "",
        name: "handshake",
        state: State::Handshake,
        shows: "true",
        scenario: || Scenario { host: HostMode::Silent, handshake_timeout_ms: 60_000, ..Scenario::default() },
    },
    Shot {
        card: false,
        query: "",
        act: "",
        name: "loading",
        state: State::Loading,
        shows: ROWS,
        scenario: || Scenario { total: 5000, latency_ms: 1500, ..Scenario::default() },
    },
    Shot {
        card: false,
        query: "",
        act: "",
        name: "rate-limited",
        state: State::Loading,
        shows: "document.querySelector('p[data-pause]')",
        scenario: || Scenario {
            throttle: Some(Fault { page: 2, times: 10, status: None, retry_after: Some(RetryAfter::Seconds(90)) }),
            ..Scenario::default()
        },
    },
    Shot {
        card: false,
        query: "",
        act: "",
        name: "ready",
        state: State::Ready,
        shows: ROWS,
        scenario: || Scenario { total: 1234, ..Scenario::default() },
    },
    Shot {
        card: false,
        query: "",
        act: "",
        name: "empty",
        state: State::Empty,
        shows: "true",
        scenario: || Scenario { total: 0, ..Scenario::default() },
    },
    Shot {
        card: false,
        query: "",
        act: "",
        name: "sign-in-popup",
        state: State::Handshake,
        shows: "document.querySelector('button[data-action=sign-in]')",
        scenario: || Scenario { auth: AuthMode::Popup, ..Scenario::default() },
    },
    Shot {
        card: false,
        query: "",
        act: "",
        name: "error",
        state: State::Error,
        shows: "true",
        scenario: || Scenario { malformed_page: Some(2), ..Scenario::default() },
    },
    Shot { card: false, query: "", act: "", name: "genesys", state: State::Ready, shows: NAMED, scenario: genesys },
    Shot { card: false, query: "", act: GROUP, name: "grouped", state: State::Ready, shows: OPEN, scenario: genesys },
    Shot {
        card: false,
        query: "&lang=ar",
        act: "",
        name: "arabic",
        state: State::Ready,
        shows: NAMED,
        scenario: genesys,
    },
    Shot {
        card: false,
        query: "&lang=ar",
        act: GROUP,
        name: "arabic-grouped",
        state: State::Ready,
        shows: OPEN,
        scenario: genesys,
    },
    Shot {
        card: false,
        query: "&lang=he",
        act: "",
        name: "hebrew",
        state: State::Ready,
        shows: NAMED,
        scenario: genesys,
    },
    Shot {
        card: false,
        query: "&lang=ja",
        act: "",
        name: "japanese",
        state: State::Ready,
        shows: NAMED,
        scenario: genesys,
    },
    // The narrow panel (360 × 530): the compact header, its filters open, and the card.
    Shot { card: false, query: "", act: "", name: "narrow", state: State::Ready, shows: NAMED, scenario: genesys },
    Shot {
        card: false,
        query: "",
        act: FILTERS,
        name: "narrow-filters",
        state: State::Ready,
        shows: OPENED,
        scenario: genesys,
    },
    Shot { card: true, query: "", act: "", name: "card", state: State::Ready, shows: HISTORY, scenario: genesys },
    Shot {
        card: true,
        query: "&lang=ar",
        act: "",
        name: "card-arabic",
        state: State::Ready,
        shows: HISTORY,
        scenario: genesys,
    },
];

/// The Filters button pressed, in a narrow frame.
const FILTERS: &str = "document.querySelector('button[data-action=filters]').click();";
const OPENED: &str = "document.querySelector('button[data-action=filters][aria-expanded=true]') && document.querySelector('[data-part=wrap-up]')";
/// The card with its history, and the rows' wrap-up names.
const HISTORY: &str = "document.querySelectorAll('button[data-earlier] [data-part=wrap-up]').length > 1 && document.querySelector('li [data-part=wrap-up]')";

async fn take(h: &Harness, out: &Path, file: &str, query: &str, shot: &Shot, window: (u32, u32)) {
    h.client.set_window_size(window.0, window.1).await.expect("window size");
    h.open_in_host_with(query).await;
    h.widget().wait_state(&[shot.state], WAIT).await;
    if !shot.act.is_empty() {
        h.js(&format!("{}\nreturn true;", shot.act)).await;
    }
    h.wait_js(shot.shows, WAIT).await;
    // Let fonts and the last frame settle.
    tokio::time::sleep(Duration::from_millis(400)).await;
    h.client.enter_parent_frame().await.expect("back to the host page");
    let frame = h.client.find(fantoccini::Locator::Id("widget")).await.expect("the widget frame");
    let png = frame.screenshot().await.expect("a screenshot");
    let path = out.join(file);
    std::fs::write(&path, png).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    println!("{}", path.display());
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let out = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("docs/screenshots"));
    std::fs::create_dir_all(&out).expect("the output folder");
    let only: Vec<String> = std::env::args().skip(2).collect();
    // The card's conversation: the newest whose three earlier ones all have a named wrap-up
    // code and a note (the mock's data is the same every run).
    let pinned = crm_devserver::with_history(240)
        .into_iter()
        .find(|(_, e)| e.iter().all(|(code, note)| code.is_some() && note.is_some_and(|n| !n.starts_with('<'))))
        .map(|(id, _)| id)
        .expect("a conversation with a history");
    for shot in SHOTS.iter().filter(|s| only.is_empty() || only.iter().any(|n| n == s.name)) {
        let h = Harness::start(Setup::from((shot.scenario)())).await;
        for theme in ["light", "dark"] {
            if shot.card || shot.name.starts_with("narrow") {
                let pin = if shot.card { format!("&conversation={pinned}") } else { String::new() };
                let file = format!("{}-{theme}-sidebar.png", shot.name);
                let query = format!("?theme={theme}&width=360&height=530{pin}{}", shot.query);
                take(&h, &out, &file, &query, shot, (1000, 760)).await;
                continue;
            }
            let file = format!("{}-{theme}-sidebar.png", shot.name);
            take(&h, &out, &file, &format!("?theme={theme}&width=360{}", shot.query), shot, (1000, 760)).await;
            let file = format!("{}-{theme}-wide.png", shot.name);
            take(&h, &out, &file, &format!("?theme={theme}&width=wide{}", shot.query), shot, (1400, 760)).await;
        }
        h.close().await;
    }
}
