//! End-to-end checks of CONTRACT.md: the release build in headless Chromium, framed by the
//! dev host on another origin, backed by the mock API.

use std::collections::HashMap;
use std::time::Duration;

use crm_e2e::crm_devserver::{Fault, HostMode, Paging, RetryAfter, Scenario};
use crm_e2e::run;
use futures::FutureExt;

const LOAD: Duration = Duration::from_secs(20);

fn scenario() -> Scenario {
    Scenario { total: 250, ..Scenario::default() }
}

/// How many 200 responses each page got.
fn served_pages(log: &[crm_e2e::crm_devserver::LogEntry]) -> HashMap<usize, usize> {
    let mut served = HashMap::new();
    for e in log.iter().filter(|e| e.status == 200) {
        *served.entry(e.page.expect("page known")).or_default() += 1;
    }
    served
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn normal_load_shows_every_row_with_minimal_requests() {
    run(scenario(), |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            assert_eq!(h.hook("data-total").await.as_deref(), Some("250"));
            assert_eq!(h.hook("lang").await.as_deref(), Some("en"));
            // The list is virtualised: the first rows are rendered, the rest on scrolling.
            let ids = h.row_ids().await;
            assert_eq!(ids[0], "c-1");
            assert!(ids.len() < 250, "only rows near the viewport are in the document");
            // The refresh control is there in ready, and the contact's name or address shows.
            assert!(h.js("return !!document.querySelector('button[data-action=refresh]')").await.as_bool().unwrap());
            let text =
                h.js("return document.querySelector('[data-interaction-id=\"c-1\"] .crm-row__name').textContent").await;
            assert!(!text.as_str().unwrap().trim().is_empty());
            h.scroll_list_to_end().await;
            assert_eq!(h.row_ids().await.last().map(String::as_str), Some("c-250"));
            let log = h.api_log();
            assert_eq!(log.len(), 3, "ceil(250 / 100) requests: {log:?}");
            assert!(log.iter().all(|e| e.status == 200));
            assert!(log[0].query.contains("pageSize=100"));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_list_is_the_empty_state() {
    run(Scenario { total: 0, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["empty"], LOAD).await, "empty");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("0"));
            assert_eq!(h.hook("data-total").await.as_deref(), Some("0"));
            assert!(h.row_ids().await.is_empty());
            assert!(h.js("return !!document.querySelector('button[data-action=refresh]')").await.as_bool().unwrap());
        }
        .boxed()
    })
    .await;
}

async fn throttled_retry_waits_as_told(retry_after: RetryAfter) {
    let throttle = Fault { page: 2, times: 1, status: None, retry_after: Some(retry_after) };
    run(Scenario { throttle: Some(throttle), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            let log = h.api_log();
            let throttled = log.iter().find(|e| e.status == 429).expect("one 429");
            let not_before = throttled.retry_not_before_ms.expect("the mock recorded the Retry-After instant");
            let retry = log.iter().find(|e| e.seq > throttled.seq && e.page == Some(2)).expect("page 2 retried");
            assert!(retry.at_ms >= not_before, "retry came {} ms before Retry-After allowed", not_before - retry.at_ms);
            assert!(retry.at_ms - not_before < 1500, "retry came late: {} ms after", retry.at_ms - not_before);
            assert_eq!(served_pages(&log), HashMap::from([(1, 1), (2, 1), (3, 1)]));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_with_retry_after_seconds_is_respected() {
    throttled_retry_waits_as_told(RetryAfter::Seconds(2)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_with_retry_after_http_date_is_respected() {
    throttled_retry_waits_as_told(RetryAfter::Date(2)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_without_readable_retry_after_still_backs_off() {
    let throttle = Fault { page: 1, times: 2, status: None, retry_after: Some(RetryAfter::Seconds(1)) };
    run(Scenario { throttle: Some(throttle), expose_retry_after: false, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            let log = h.api_log();
            let page1: Vec<_> = log.iter().filter(|e| e.page == Some(1)).collect();
            assert_eq!(page1.iter().map(|e| e.status).collect::<Vec<_>>(), [429, 429, 200]);
            // Backoff without the header: at least the lower half of 500 ms, then of 1000 ms.
            assert!(page1[1].at_ms - page1[0].at_ms >= 250);
            assert!(page1[2].at_ms - page1[1].at_ms >= 500);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_token_is_renewed_and_paging_resumes_without_refetching() {
    run(Scenario { token_pages: Some(1), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            let log = h.api_log();
            assert_eq!(served_pages(&log), HashMap::from([(1, 1), (2, 1), (3, 1)]), "{log:#?}");
            // Each 401 is followed by the very same request with a new token.
            for (i, e) in log.iter().enumerate().filter(|(_, e)| e.status == 401) {
                let next = &log[i + 1];
                assert_eq!(next.query, e.query);
                assert_ne!(next.token, e.token);
                assert_eq!(next.status, 200);
            }
            assert_eq!(log.iter().filter(|e| e.status == 401).count(), 2);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_are_retried_then_succeed() {
    let fault = Fault { page: 2, times: 2, status: Some(503), retry_after: None };
    run(Scenario { server_error: Some(fault), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            let statuses: Vec<_> = h.api_log().iter().filter(|e| e.page == Some(2)).map(|e| e.status).collect();
            assert_eq!(statuses, [503, 503, 200]);
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_page_is_an_error_and_rows_stay() {
    run(Scenario { malformed_page: Some(2), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("100"));
            assert_eq!(h.row_ids().await.first().map(String::as_str), Some("c-1"), "rows of page 1 stay shown");
            h.scroll_list_to_end().await;
            assert_eq!(h.row_ids().await.last().map(String::as_str), Some("c-100"));
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("cannot read"), "{alert}");
            assert!(h.js("return !!document.querySelector('button[data-action=retry]')").await.as_bool().unwrap());
            assert!(h.js("return !!document.querySelector('button[data-action=refresh]')").await.as_bool().unwrap());
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forbidden_names_the_permission_and_retry_resumes() {
    run(Scenario { forbidden: true, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("interaction:read"), "{alert}");
            assert_eq!(h.api_log().len(), 1, "403 is not retried");
            // The admin grants the permission (the scenario reset also revokes old tokens).
            h.server.set_scenario(scenario());
            h.click("retry").await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn handshake_timeout_says_what_to_check() {
    run(Scenario { host: HostMode::Silent, handshake_timeout_ms: 1000, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["handshake", "error"], LOAD).await, "handshake");
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("did not answer") && alert.contains("gcHostOrigin"), "{alert}");
            assert!(h.api_log().is_empty(), "no API request without a token");
            assert!(h.js("return !!document.querySelector('button[data-action=retry]')").await.as_bool().unwrap());
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_refusal_is_shown() {
    run(Scenario { host: HostMode::Refuse, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("refuse tokens"), "{alert}");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_tokens_from_other_frames_are_never_used() {
    run(Scenario { forge: true, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            // Keep the forgers posting while a refresh makes more requests.
            h.click("refresh").await;
            h.wait_state(&["ready"], LOAD).await;
            let issued = h.server.issued_tokens();
            let log = h.api_log();
            assert!(!log.is_empty());
            for e in &log {
                let token = e.token.as_deref().expect("a bearer token");
                assert!(issued.iter().any(|t| t == token), "request with a token the mock never issued: {token}");
                assert!(!token.contains("forged"));
            }
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_never_reaches_storage_cookies_or_the_url() {
    run(scenario(), |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            let token = h.server.issued_tokens().pop().expect("a token was issued");
            let found = h
                .js(&format!(
                    "const t = {token:?};
                     const all = [];
                     for (const s of [localStorage, sessionStorage]) for (let i = 0; i < s.length; i++) all.push(s.key(i), s.getItem(s.key(i)));
                     const dbs = indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [];
                     return {{ stored: all.length, dbs: dbs.length, cookie: document.cookie, url: location.href.includes(t),
                              leaked: all.some(v => (v || '').includes(t)) || document.cookie.includes(t) }};"
                ))
                .await;
            assert_eq!(found["stored"], 0, "{found}");
            assert_eq!(found["dbs"], 0, "{found}");
            assert_eq!(found["cookie"], "", "{found}");
            assert_eq!(found["url"], false, "{found}");
            assert_eq!(found["leaked"], false, "{found}");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_token_reaches_the_console() {
    // Tokens expire after every page, so several are issued, renewed and refused (401s), with
    // the diagnostics panel on.
    run(Scenario { token_pages: Some(1), total: 300, ..scenario() }, |h| {
        async move {
            h.open_in_host_with("?debug=1").await;
            h.wait_state(&["ready"], LOAD).await;
            // The capture works: a probe logged in the widget's frame comes back.
            h.js("console.log('crm-e2e-probe'); console.error('crm-e2e-probe-error'); return true;").await;
            let console = h.console().await;
            assert!(console.iter().any(|m| m.contains("crm-e2e-probe-error")), "{console:#?}");
            let tokens = h.server.issued_tokens();
            assert!(tokens.len() >= 3, "several tokens were issued: {}", tokens.len());
            for token in &tokens {
                assert!(
                    !console.iter().any(|m| m.contains(token.as_str())),
                    "a token reached the console: {console:#?}"
                );
            }
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_rows_load_with_a_bounded_dom() {
    run(Scenario { total: 10_000, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], Duration::from_secs(60)).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("10000"));
            assert_eq!(h.api_log().len(), 100, "ceil(10000 / 100) requests");
            assert!(h.dom_size().await < 600, "DOM elements: {}", h.dom_size().await);
            h.scroll_list_to_end().await;
            assert_eq!(h.row_ids().await.last().map(String::as_str), Some("c-10000"));
            assert!(h.dom_size().await < 600);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refresh_during_a_load_starts_over_and_old_rows_never_return() {
    run(Scenario { total: 1000, latency_ms: 150, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_js("document.querySelectorAll('[data-interaction-id]').length > 0", LOAD).await;
            assert_eq!(h.hook("data-state").await.as_deref(), Some("loading"));
            h.click("refresh").await;
            h.wait_state(&["ready"], Duration::from_secs(30)).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("1000"));
            let ids = h.row_ids().await;
            let unique: std::collections::HashSet<_> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "no row twice");
            assert_eq!(ids[0], "c-1");
            h.scroll_list_to_end().await;
            assert_eq!(h.row_ids().await.last().map(String::as_str), Some("c-1000"));
            let page1 = h.api_log().iter().filter(|e| e.page == Some(1)).count();
            assert_eq!(page1, 2, "the refresh started again from page 1");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn genesys_style_next_uri_is_followed() {
    run(Scenario { paging: Paging::NextUri, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            assert_eq!(h.api_log().len(), 3);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn next_uri_on_another_origin_is_refused() {
    run(Scenario { paging: Paging::ForeignNextUri, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("100"));
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("another site"), "{alert}");
            assert_eq!(h.api_log().len(), 1);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_names_stay_text() {
    run(Scenario { hostile_names: true, total: 30, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            let r = h
                .js("const list = document.querySelector('#crm-widget');
                     return { pwned: window.__pwned === 1, img: list.querySelectorAll('img').length,
                              script: list.querySelectorAll('script').length, injected: !!document.getElementById('injected'),
                              text: document.querySelector('[data-interaction-id=\"c-1\"] .crm-row__name').textContent };")
                .await;
            assert_eq!(r["pwned"], false);
            assert_eq!(r["img"], 0);
            assert_eq!(r["script"], 0);
            assert_eq!(r["injected"], false);
            assert_eq!(r["text"], crm_e2e::crm_devserver::data::HOSTILE_NAMES[0]);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opened_directly_it_explains_how_to_embed() {
    run(scenario(), |h| {
        async move {
            h.open_top_level("").await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("opened on its own") && alert.contains("{{gcHostOrigin}}"), "{alert}");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_host_origin_is_refused() {
    let config = r#"{"trustedHostOrigins":["https://apps.mypurecloud.com"],"apiBase":"https://api.mypurecloud.com"}"#;
    run(Scenario { config_json: Some(config.into()), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("not trusted") && alert.contains("trustedHostOrigins"), "{alert}");
            assert!(h.api_log().is_empty());
            assert!(h.server.issued_tokens().is_empty(), "an untrusted host is never even asked for a token");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_config_is_a_clear_error() {
    run(Scenario { config_json: Some("{\"pageSize\": 100,".into()), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("config.json is malformed"), "{alert}");
            assert!(h.api_log().is_empty());
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushed_token_replaces_the_current_one() {
    run(Scenario { total: 250, latency_ms: 0, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            h.client.enter_parent_frame().await.expect("back to the host");
            h.js("await window.devHost.pushToken(); return true;").await;
            let pushed = h.server.issued_tokens().pop().expect("the pushed token");
            h.client.find(fantoccini::Locator::Id("widget")).await.unwrap().enter_frame().await.unwrap();
            h.click("refresh").await;
            h.wait_state(&["ready"], LOAD).await;
            let log = h.api_log();
            let after: Vec<_> = log.iter().skip(3).collect();
            assert_eq!(after.len(), 3);
            assert!(after.iter().all(|e| e.token.as_deref() == Some(pushed.as_str())), "{after:#?}");
        }
        .boxed()
    })
    .await;
}

async fn renews_before_expiry(scenario: Scenario) {
    run(scenario, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], Duration::from_secs(60)).await;
            let log = h.api_log();
            assert!(
                log.iter().all(|e| e.status == 200),
                "no request went out with an expired token: {:?}",
                log.iter().filter(|e| e.status != 200).collect::<Vec<_>>()
            );
            let tokens: std::collections::HashSet<_> = log.iter().filter_map(|e| e.token.clone()).collect();
            assert!(tokens.len() >= 2, "the token was renewed during the load");
            assert_eq!(served_pages(&log).values().copied().max(), Some(1), "no page fetched twice");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_is_renewed_before_the_expiry_the_host_announces() {
    renews_before_expiry(Scenario { token_ttl_s: 3, latency_ms: 250, total: 2000, ..scenario() }).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_is_renewed_before_its_jwt_exp_when_nothing_is_announced() {
    renews_before_expiry(Scenario {
        token_ttl_s: 3,
        latency_ms: 250,
        total: 2000,
        jwt_tokens: true,
        announce_expiry: false,
        ..scenario()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_data_never_breaks_the_list() {
    run(Scenario { hostile_data: true, total: 300, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            // 300 rows, less 5 duplicates on page 2, less the object ids (every 11th, not 7th).
            let objects = (1..=300).filter(|n| n % 11 == 0 && n % 7 != 0).count();
            let expected = 300 - 5 - objects;
            assert_eq!(h.hook("data-loaded").await, Some(expected.to_string()));
            assert_eq!(h.hook("data-total").await, None, "an absurd total is not shown");
            assert_eq!(h.api_log().len(), 3);
            // A numeric id is shown as text; a 10,000-character name keeps its row one row high.
            assert!(h.row_ids().await.contains(&"7".to_string()));
            let height = h
                .js("return document.querySelector('[data-interaction-id=\"c-13\"]').getBoundingClientRect().height")
                .await;
            assert_eq!(height.as_f64(), Some(52.0));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_wait_shows_a_countdown() {
    let throttle = Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(3)) };
    run(Scenario { throttle: Some(throttle), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_js(
                "(document.querySelector('.crm__notice--pause') || {}).textContent?.includes('Retrying in 3 s')",
                LOAD,
            )
            .await;
            assert_eq!(h.hook("data-state").await.as_deref(), Some("loading"));
            h.wait_js(
                "(document.querySelector('.crm__notice--pause') || {}).textContent?.includes('Retrying in 1 s')",
                LOAD,
            )
            .await;
            h.wait_state(&["ready"], LOAD).await;
            assert!(
                h.js("return !document.querySelector('.crm__notice--pause')").await.as_bool().unwrap(),
                "the notice goes"
            );
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_pauses_the_load_and_online_resumes_it() {
    run(Scenario { total: 1000, latency_ms: 150, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_js("document.querySelectorAll('[data-interaction-id]').length > 0", LOAD).await;
            h.js("window.__offline = true;
                  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get() { return !window.__offline; } });
                  window.dispatchEvent(new Event('offline')); return true;")
                .await;
            h.wait_js("(document.querySelector('.crm__notice--pause') || {}).textContent?.includes('offline')", LOAD).await;
            let before = h.api_log().len();
            tokio::time::sleep(Duration::from_millis(1500)).await;
            let during = h.api_log().len();
            assert!(during <= before + 1, "no requests while offline (one may have been in flight): {before} → {during}");
            assert_eq!(h.hook("data-state").await.as_deref(), Some("loading"));
            h.js("window.__offline = false; window.dispatchEvent(new Event('online')); return true;").await;
            h.wait_state(&["ready"], Duration::from_secs(30)).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("1000"));
            assert_eq!(served_pages(&h.api_log()).values().copied().max(), Some(1));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn works_under_a_strict_content_security_policy() {
    let csp = crm_e2e::crm_devserver::strict_csp("{api}", "{login}", "{host}");
    assert!(!csp.contains("unsafe-inline") && !csp.contains(" 'unsafe-eval'"));
    let setup = crm_e2e::Setup {
        scenario: scenario(),
        widget_headers: vec![("Content-Security-Policy".into(), csp)],
        ..crm_e2e::Setup::default()
    };
    run(setup, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            // The stylesheet applied (style-src 'self') and so did the rows' positions (CSSOM).
            let r = h
                .js("const row = document.querySelector('[data-index=\"1\"]');
                     return { position: getComputedStyle(row).position, top: row.style.top,
                              inlineScripts: document.querySelectorAll('script:not([src])').length };")
                .await;
            assert_eq!(r["position"], "absolute");
            assert_eq!(r["top"], "52px", "compact rows in a 480 px frame");
            assert_eq!(r["inlineScripts"], 0);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn debug_panel_reports_requests_and_renewals_without_the_token() {
    let throttle = Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(1)) };
    run(Scenario { throttle: Some(throttle), token_pages: Some(2), forge: true, ..scenario() }, |h| {
        async move {
            h.open_in_host_with("?debug=1").await;
            h.wait_state(&["ready"], LOAD).await;
            h.click("copy-diagnostics").await;
            let text = h.js("return document.querySelector('.crm-debug__json').value").await;
            let json: serde_json::Value = serde_json::from_str(text.as_str().unwrap()).expect("valid JSON");
            let log = h.api_log();
            assert_eq!(json["totals"]["requests"].as_u64(), Some(log.len() as u64), "{json}");
            assert_eq!(json["totals"]["throttled"], 1);
            assert_eq!(json["totals"]["unauthorized"], 1);
            assert!(json["totals"]["waitedMs"].as_u64().unwrap() >= 1000);
            assert!(json["totals"]["ignoredForeignMessages"].as_u64().unwrap() > 0, "the forgers were counted");
            let reasons: Vec<_> = json["handshakes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["reason"].as_str().unwrap().to_owned())
                .collect();
            assert_eq!(reasons, ["initial", "unauthorized"]);
            for token in h.server.issued_tokens() {
                assert!(!text.as_str().unwrap().contains(&token), "a token leaked into the diagnostics");
                let page_text = h.js("return document.documentElement.outerHTML").await;
                assert!(!page_text.as_str().unwrap().contains(&token));
            }
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_beyond_the_cap_is_an_error_not_a_hang() {
    let throttle = Fault { page: 1, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(600)) };
    run(Scenario { throttle: Some(throttle), ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["error"], Duration::from_secs(10)).await;
            let alert = h.alert_text().await.expect("an alert");
            assert!(alert.contains("600 s"), "{alert}");
            // Retry works once the service relents (the fault fired its one time).
            h.click("retry").await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn speaks_the_agents_language_from_gc_lang_tag() {
    run(Scenario { total: 1500, ..scenario() }, |h| {
        async move {
            h.open_in_host_with("?lang=de-DE").await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("lang").await.as_deref(), Some("de"));
            let progress = h.js("return document.querySelector('.crm__progress').textContent").await;
            assert_eq!(progress, "1.500 Interaktionen");
            assert_eq!(
                h.js("return document.querySelector('button[data-action=refresh]').textContent").await,
                "Aktualisieren"
            );
        }
        .boxed()
    })
    .await;
}

/// A copy of the release build whose German catalog is missing and French one is stale.
fn dist_with_broken_catalogs() -> std::path::PathBuf {
    let copy = std::env::temp_dir().join(format!("crm-e2e-dist-{}", std::process::id()));
    let _fresh = std::fs::remove_dir_all(&copy);
    let source = crm_e2e::dist_dir();
    for dir in ["", "i18n"] {
        std::fs::create_dir_all(copy.join(dir)).unwrap();
        for entry in std::fs::read_dir(source.join(dir)).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && !name.starts_with("de-") {
                std::fs::copy(entry.path(), copy.join(dir).join(&name)).unwrap();
            }
            if name.starts_with("fr-") {
                // A catalog that does not fit this build: two messages where it needs them all.
                std::fs::write(copy.join(dir).join(&name), r#"["Interactions", "Interactions"]"#).unwrap();
            }
        }
    }
    copy
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn speaks_english_when_the_agents_language_cannot_be_fetched() {
    let dist = dist_with_broken_catalogs();
    let setup = crm_e2e::Setup {
        scenario: Scenario { total: 1500, ..scenario() },
        dist: Some(dist.clone()),
        ..Default::default()
    };
    run(setup, |h| {
        async move {
            for (query, lang, why) in [("?lang=de", "de", "HTTP 404"), ("?lang=fr", "fr", "the catalog has 2 messages")]
            {
                h.open_in_host_with(query).await;
                h.wait_state(&["ready"], LOAD).await;
                assert_eq!(h.hook("lang").await.as_deref(), Some("en"), "{query}");
                let progress = h.js("return document.querySelector('.crm__progress').textContent").await;
                assert_eq!(progress, "1,500 interactions", "{query}");
                let console = h.console().await;
                let warning = format!("showing English, the {lang} texts are unavailable");
                assert!(
                    console.iter().any(|m| m.contains(&warning) && m.contains(why)),
                    "{query}: no warning naming {why:?} in {console:?}"
                );
            }
        }
        .boxed()
    })
    .await;
    let _cleaned = std::fs::remove_dir_all(dist);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn theme_override_forces_dark_or_light() {
    run(scenario(), |h| {
        async move {
            let background = "return getComputedStyle(document.body).backgroundColor";
            h.open_in_host_with("?theme=dark").await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.js(background).await, "rgb(27, 32, 41)");
            h.open_in_host_with("?theme=light").await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.js(background).await, "rgb(255, 255, 255)");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_keeps_up_while_pages_arrive() {
    let total = 3000;
    run(Scenario { total, latency_ms: 60, ..scenario() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_js("!!document.querySelector('.crm-search__input')", LOAD).await;
            assert_eq!(h.hook("data-state").await.as_deref(), Some("loading"), "searching while pages still arrive");
            h.js("const i = document.querySelector('.crm-search__input'); i.value = 'ADA'; i.dispatchEvent(new Event('input')); return true;")
                .await;
            h.wait_state(&["ready"], Duration::from_secs(60)).await;
            let expected = (0..total)
                .map(crm_e2e::crm_devserver::data::interaction)
                .filter(|r| {
                    ["name", "address"].iter().any(|k| r["to"][k].as_str().is_some_and(|s| s.to_lowercase().contains("ada")))
                })
                .count();
            assert!(expected > 0);
            let status = h.js("return document.querySelector('.crm__notice--filter').textContent").await;
            assert_eq!(status.as_str(), Some(format!("{expected} shown").as_str()));
            assert_eq!(h.hook("data-loaded").await, Some(total.to_string()));
        }
        .boxed()
    })
    .await;
}
