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
            // Tab through the widget from the top with real key presses, noting what takes focus.
            h.js("document.activeElement.blur(); return true;").await;
            let mut stops: Vec<String> = Vec::new();
            // Focus may start in the host page, whose own controls (a few dozen) come first.
            for _ in 0..90 {
                h.client.active_element().await.unwrap().send_keys("\u{E004}").await.unwrap();
                let name = h
                    .js("const e = document.activeElement; return e === document.body ? 'body' : (e.getAttribute('data-action') || e.className.split(' ')[0]);")
                    .await;
                stops.push(name.as_str().unwrap_or("").to_owned());
                if stops.len() > 2 && stops[stops.len() - 2] == "crm-row" {
                    break;
                }
            }
            for wanted in ["refresh", "retry", "crm-search__input", "crm-chip", "crm-row"] {
                assert!(stops.iter().any(|s| s == wanted), "{wanted} is not reachable with Tab: {stops:?}");
            }
            // The list is one tab stop: Tab leaves it after one row, arrows move inside it.
            let first_row = stops.iter().position(|s| s == "crm-row").unwrap();
            assert_ne!(stops.get(first_row + 1).map(String::as_str), Some("crm-row"), "{stops:?}");
            h.client.active_element().await.unwrap().send_keys("\u{E003}").await.ok();
            // Enter on the focused Retry button works like a click.
            h.js("document.querySelector('button[data-action=retry]').focus(); return true;").await;
            h.client.active_element().await.unwrap().send_keys("\u{E007}").await.unwrap();
            h.wait_state(&["loading", "error"], LOAD).await;
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_host_panel_switches_language_and_scenario() {
    run(Scenario { total: 250, ..Scenario::default() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            // Choose German in the host's panel: the page reloads with the widget in German.
            h.client.enter_parent_frame().await.unwrap();
            h.js("const s = document.getElementById('lang'); s.value = 'de'; s.dispatchEvent(new Event('change')); return true;").await;
            h.wait_js("location.search.includes('lang=de')", LOAD).await;
            h.client.find(fantoccini::Locator::Id("widget")).await.unwrap().enter_frame().await.unwrap();
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("lang").await.as_deref(), Some("de"));
            // Choose the "empty" preset and apply: the widget reloads empty.
            h.client.enter_parent_frame().await.unwrap();
            h.wait_js("document.querySelectorAll('#preset option').length > 1", LOAD).await;
            h.js("document.getElementById('preset').value = 'empty'; document.getElementById('total').value = '0'; document.getElementById('apply').click(); return true;").await;
            tokio::time::sleep(Duration::from_millis(800)).await;
            h.client.find(fantoccini::Locator::Id("widget")).await.unwrap().enter_frame().await.unwrap();
            h.wait_state(&["empty"], LOAD).await;
            // After the reload, the panel shows the preset that runs.
            h.client.enter_parent_frame().await.unwrap();
            h.wait_js("document.getElementById('preset').value === 'empty'", LOAD).await;
        }
        .boxed()
    })
    .await;
}
