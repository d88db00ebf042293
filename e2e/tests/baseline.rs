//! The plain-JS baseline (`e2e/baseline/`, issue #20's "limit"), which the benchmark runs side
//! by side with the widget, is only a fair limit if it does the same work: framed by the dev
//! host (`?widget=/baseline/`), the token handshake of CONTRACT §3, every page of §4 with the
//! token, and the same test hooks (§5) and User Timing marks as the widget.

use std::collections::HashMap;
use std::time::Duration;

use crm_e2e::crm_devserver::{Fault, HostMode, Paging, RetryAfter, Scenario};
use crm_e2e::{e2e, scenarios, Harness, Setup, State, LOAD};
use serde_json::Value;

const BASELINE: &str = "?widget=/baseline/";

/// Opens the baseline in the dev host and waits until it is ready.
async fn open_baseline(h: &Harness) {
    h.open_in_host_with(BASELINE).await;
    h.widget().wait_state(&[State::Ready], LOAD).await;
    h.wait_js("performance.getEntriesByName('crm:ready').length > 0", Duration::from_secs(10)).await;
}

/// The marks' times, by name (the first of each).
async fn marks(h: &Harness) -> HashMap<String, f64> {
    let v = h.js("return performance.getEntriesByType('mark').map(m => [m.name, m.startTime]);").await;
    let mut marks = HashMap::new();
    for pair in v.as_array().expect("a list") {
        let name = pair[0].as_str().expect("a name").to_owned();
        marks.entry(name).or_insert(pair[1].as_f64().expect("a time"));
    }
    marks
}

e2e!(the_baseline_loads_every_page_through_the_handshake_and_marks_the_widgets_steps, scenarios::contract(250), |h| {
    open_baseline(h).await;
    let w = h.widget();
    assert_eq!(w.loaded().await, 250);
    assert_eq!(w.total().await, Some(250));
    // Every row is in the document (the page object's row reader knows the widget's own hooks).
    let rows = h
        .js("return [...document.querySelectorAll('[data-interaction-id]')].map(r => [r.dataset.interactionId, r.textContent]);")
        .await;
    let rows = rows.as_array().expect("a list");
    assert_eq!((rows.len(), &rows[0][0], &rows[249][0]), (250, &Value::from("c-1"), &Value::from("c-250")));
    let kinds = ["call", "email", "chat", "message", "callback"];
    assert!(rows[0][1].as_str().is_some_and(|t| kinds.iter().any(|k| t.contains(k))), "{:?}", rows[0]);
    // One handshake, answered by the host with a token the mock issued; every page with it.
    let handshakes = h.in_host("return window.devHost.handshakes;").await;
    assert_eq!(handshakes, serde_json::json!(["r-1"]));
    let log = h.api_log();
    assert_eq!(log.len(), 3, "ceil(250 / 100) requests: {log:?}");
    let issued = h.server.issued_tokens();
    for e in &log {
        assert_eq!(e.status, 200);
        assert!(e.query.starts_with("pageSize=100"), "{}", e.query);
        assert_eq!(e.token.as_deref(), issued.first().map(String::as_str));
    }
    let m = marks(h).await;
    let at = |name: &str| *m.get(name).unwrap_or_else(|| panic!("no {name} mark: {m:?}"));
    let order =
        ["crm:config", "crm:token-asked", "crm:first-request", "crm:first-answer", "crm:first-row", "crm:ready"];
    for pair in order.windows(2) {
        assert!(at(pair[0]) <= at(pair[1]), "{} after {}: {m:?}", pair[0], pair[1]);
    }
    assert_eq!(h.js("return performance.getEntriesByName('crm:first-row').length;").await, Value::from(1));
});

e2e!(
    the_baseline_follows_next_uri_waits_out_a_429_and_renews_a_token_once_per_401,
    Scenario {
        paging: Paging::NextUri,
        throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(1)) }),
        token_pages: Some(1),
        ..scenarios::contract(250)
    },
    |h| {
        open_baseline(h).await;
        assert_eq!(h.widget().loaded().await, 250);
        let log = h.api_log();
        let served: Vec<_> = log.iter().filter(|e| e.status == 200).map(|e| e.page).collect();
        assert_eq!(served, [Some(1), Some(2), Some(3)], "{log:#?}");
        let throttled = log.iter().find(|e| e.status == 429).expect("one 429");
        let not_before = throttled.retry_not_before_ms.expect("the Retry-After instant");
        let retry = log.iter().find(|e| e.seq > throttled.seq && e.page == Some(2)).expect("page 2 again");
        assert!(retry.at_ms >= not_before, "{} ms early", not_before - retry.at_ms);
        // Each token serves one page here: a 401, a new handshake, the same page again.
        assert_eq!(log.iter().filter(|e| e.status == 401).count(), 2, "{log:#?}");
        let handshakes = h.in_host("return window.devHost.handshakes;").await;
        assert_eq!(handshakes, serde_json::json!(["r-1", "r-2", "r-3"]));
    }
);

e2e!(
    a_refused_handshake_is_the_baseline_error_state,
    Scenario { host: HostMode::Refuse, ..scenarios::contract(10) },
    |h| {
        h.open_in_host_with(BASELINE).await;
        let w = h.widget();
        w.wait_state(&[State::Error], LOAD).await;
        assert!(w.alert().await.is_some_and(|a| a.contains("refused")), "{:?}", w.alert().await);
        assert!(h.api_log().is_empty(), "no request without a token");
    }
);

e2e!(the_dev_host_frames_only_a_path_of_the_widgets_origin, scenarios::contract(0), |h| {
    h.open_in_host_with("?widget=//evil.example/").await;
    let src = h.in_host("return document.getElementById('widget').src;").await;
    let widget = &h.server.origins().widget;
    assert!(src.as_str().is_some_and(|s| s.starts_with(&format!("{widget}/?gcHostOrigin="))), "{src}");
});

// `bench --startup --cross-site`: the dev host on `localhost`, the frame on `127.0.0.1` (two
// sites, so two renderer processes, as Genesys Cloud and the widget are). Both pages load and
// mark their steps there too; the host trusts and answers the frame across the sites.
e2e!(
    the_widget_and_the_baseline_load_with_the_host_on_another_site,
    Setup { cross_site: true, ..Setup::from(scenarios::contract(250)) },
    |h| {
        for query in ["", BASELINE] {
            h.open_in_host_with(query).await;
            h.widget().wait_state(&[State::Ready], LOAD).await;
            h.wait_js("performance.getEntriesByName('crm:ready').length > 0", Duration::from_secs(10)).await;
            assert_eq!(h.widget().loaded().await, 250, "{query}");
            let origins = h.js("return [location.ancestorOrigins[0], location.origin];").await;
            let host = origins[0].as_str().unwrap_or_default();
            let frame = origins[1].as_str().unwrap_or_default();
            assert!(host.starts_with("http://localhost:") && frame.starts_with("http://127.0.0.1:"), "{origins}");
            let m = marks(h).await;
            assert!(m.contains_key("crm:token-asked") && m.contains_key("crm:first-row"), "{query}: {m:?}");
        }
    }
);
