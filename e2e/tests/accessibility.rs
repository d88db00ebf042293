//! axe-core in every state and both themes: no serious or critical violation. Keyboard-only
//! flows reach Retry, Refresh, the search box and the list.

use std::time::Duration;

use crm_e2e::crm_devserver::{HostMode, Scenario};
use crm_e2e::{run, Harness};
use futures::FutureExt;

const LOAD: Duration = Duration::from_secs(20);

async fn check(h: &Harness, state: &str, theme: &str) {
    let found = h.axe_serious().await;
    assert!(found.is_empty(), "axe in state {state}, theme {theme}:\n{}", found.join("\n"));
}

async fn each_theme(scenario: Scenario, state: &'static str, extra: &'static str) {
    run(scenario, move |h| {
        async move {
            for theme in ["light", "dark"] {
                h.open_in_host_with(&format!("?theme={theme}{extra}")).await;
                h.wait_state(&[state], LOAD).await;
                check(h, state, theme).await;
            }
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_has_no_serious_violations() {
    each_theme(Scenario { total: 250, ..Scenario::default() }, "ready", "").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_has_no_serious_violations() {
    each_theme(Scenario { total: 0, ..Scenario::default() }, "empty", "").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_has_no_serious_violations() {
    each_theme(Scenario { malformed_page: Some(2), ..Scenario::default() }, "error", "").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn handshake_and_loading_have_no_serious_violations() {
    each_theme(
        Scenario { host: HostMode::Silent, handshake_timeout_ms: 60_000, ..Scenario::default() },
        "handshake",
        "",
    )
    .await;
    each_theme(Scenario { total: 5000, latency_ms: 400, ..Scenario::default() }, "loading", "&debug=1").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyboard_reaches_refresh_search_the_list_and_retry() {
    run(Scenario { malformed_page: Some(2), ..Scenario::default() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            // Tab through the widget from the top, noting what takes focus.
            let stops = h
                .js("document.activeElement.blur(); const seen = [];
                     const focusables = () => Array.from(document.querySelectorAll('button, input, [tabindex]'))
                       .filter(e => e.tabIndex >= 0 && !e.disabled && e.offsetParent !== null);
                     for (const e of focusables()) { e.focus(); seen.push(e.getAttribute('data-action') || e.className.split(' ')[0]); }
                     return seen;")
                .await;
            let stops: Vec<String> = serde_json::from_value(stops).unwrap();
            for wanted in ["refresh", "retry", "crm-search__input", "crm-row"] {
                assert!(stops.iter().any(|s| s == wanted), "{wanted} is not reachable by keyboard: {stops:?}");
            }
            assert_eq!(stops.iter().filter(|s| *s == "crm-row").count(), 1, "the list is one tab stop");
            // Enter on the focused Retry button works like a click.
            h.js("document.querySelector('button[data-action=retry]').focus(); return true;").await;
            h.client.active_element().await.unwrap().send_keys("\u{E007}").await.unwrap();
            h.wait_state(&["loading", "error"], LOAD).await;
        }
        .boxed()
    })
    .await;
}
