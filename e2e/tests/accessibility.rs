//! axe-core in every state and both themes: no serious or critical violation. Keyboard-only
//! flows reach Retry, Refresh, the search box, the filters and the list.

use std::time::Duration;

use crm_e2e::crm_devserver::{HostMode, Scenario};
use crm_e2e::{e2e, scenarios, Action, Focus, Harness, Key, State, LOAD};

/// Opens the widget in each theme (with `extra` query), waits for `state`, and runs axe.
async fn each_theme(h: &Harness, state: State, extra: &str) {
    for theme in ["light", "dark"] {
        h.open_in_state_with(state, &format!("?theme={theme}{extra}")).await;
        let found = h.axe_serious().await;
        assert!(found.is_empty(), "axe in state {state:?}, theme {theme}:\n{}", found.join("\n"));
    }
}

e2e!(ready_has_no_serious_violations, scenarios::contract(250), |h| {
    each_theme(h, State::Ready, "").await;
});

e2e!(empty_has_no_serious_violations, scenarios::contract(0), |h| {
    each_theme(h, State::Empty, "").await;
});

e2e!(error_has_no_serious_violations, Scenario { malformed_page: Some(2), ..Scenario::default() }, |h| {
    each_theme(h, State::Error, "").await;
});

e2e!(
    handshake_has_no_serious_violations,
    Scenario { host: HostMode::Silent, handshake_timeout_ms: 60_000, ..Scenario::default() },
    |h| {
        each_theme(h, State::Handshake, "").await;
    }
);

e2e!(loading_has_no_serious_violations, Scenario { latency_ms: 400, ..scenarios::contract(5000) }, |h| {
    each_theme(h, State::Loading, "&debug=1").await;
});

e2e!(
    keyboard_reaches_refresh_search_the_list_and_retry,
    Scenario { malformed_page: Some(2), ..Scenario::default() },
    |h| {
        let w = h.open_in_state(State::Error).await;
        // Tab through the widget from the top with real key presses, noting what takes focus.
        h.js("document.activeElement.blur(); return true;").await;
        let mut stops: Vec<Focus> = Vec::new();
        let is_row = |f: &Focus| matches!(f, Focus::Row(_));
        // Focus may start in the host page, whose own controls (a few dozen) come first.
        for _ in 0..90 {
            h.press_key(Key::Tab).await;
            stops.push(w.focused().await);
            if stops.len() > 2 && is_row(&stops[stops.len() - 2]) {
                break;
            }
        }
        let reached = |wanted: &dyn Fn(&Focus) -> bool| stops.iter().any(wanted);
        assert!(reached(&|f| *f == Focus::Action(Action::Refresh)), "Refresh is not reachable with Tab: {stops:?}");
        assert!(reached(&|f| *f == Focus::Action(Action::Retry)), "Retry is not reachable with Tab: {stops:?}");
        assert!(reached(&|f| *f == Focus::Search), "the search box is not reachable with Tab: {stops:?}");
        // In a sidebar the chips wait behind the Filters button (narrow.rs opens them by keyboard).
        let filters = |f: &Focus| *f == Focus::Chip || *f == Focus::Action(Action::Filters);
        assert!(reached(&filters), "neither a chip nor the Filters button is reachable with Tab: {stops:?}");
        assert!(reached(&is_row), "the list is not reachable with Tab: {stops:?}");
        // The list is one tab stop: Tab leaves it after one row, arrows move inside it.
        let first_row = stops.iter().position(is_row).unwrap();
        assert!(!stops.get(first_row + 1).is_some_and(is_row), "{stops:?}");
        h.press_key(Key::Backspace).await;
        // Enter on the focused Retry button works like a click.
        w.focus(Action::Retry).await;
        h.press_key(Key::Enter).await;
        w.wait_state(&[State::Loading, State::Error], LOAD).await;
    }
);

e2e!(dev_host_panel_switches_language_and_scenario, scenarios::contract(250), |h| {
    h.open_ready().await;
    // Choose German in the host's panel: the page reloads with the widget in German.
    h.enter_host_page().await;
    h.js(
        "const s = document.getElementById('lang'); s.value = 'de'; s.dispatchEvent(new Event('change')); return true;",
    )
    .await;
    h.wait_js("location.search.includes('lang=de')", LOAD).await;
    h.enter_widget_frame().await;
    let w = h.widget();
    w.wait_state(&[State::Ready], LOAD).await;
    assert_eq!(w.lang().await.as_deref(), Some("de"));
    // Choose the "empty" preset and apply: the widget reloads empty.
    h.enter_host_page().await;
    h.wait_js("document.querySelectorAll('#preset option').length > 1", LOAD).await;
    h.js("document.getElementById('preset').value = 'empty'; document.getElementById('total').value = '0'; document.getElementById('apply').click(); return true;").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    h.enter_widget_frame().await;
    w.wait_state(&[State::Empty], LOAD).await;
    // After the reload, the panel shows the preset that runs.
    h.enter_host_page().await;
    h.wait_js("document.getElementById('preset').value === 'empty'", LOAD).await;
});
