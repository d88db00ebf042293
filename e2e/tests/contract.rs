//! End-to-end checks of CONTRACT.md: the release build in headless Chromium, framed by the
//! dev host on another origin, backed by the mock API.

use std::collections::HashMap;
use std::time::Duration;

use crm_e2e::crm_devserver::{data, strict_csp, Fault, HostMode, LogEntry, Paging, RetryAfter, Scenario};
use crm_e2e::{dist_dir, e2e, scenarios, wait_until, Action, Diagnostic, Harness, PauseKind, Setup, State, LOAD};

/// The usual list: 250 rows, three pages.
fn scenario() -> Scenario {
    scenarios::contract(250)
}

/// How many 200 responses each page got.
fn served_pages(log: &[LogEntry]) -> HashMap<usize, usize> {
    let mut served = HashMap::new();
    for e in log.iter().filter(|e| e.status == 200) {
        *served.entry(e.page.expect("page known")).or_default() += 1;
    }
    served
}

e2e!(normal_load_shows_every_row_with_minimal_requests, scenario(), |h| {
    let w = h.open_ready().await;
    assert_eq!(w.loaded().await, 250);
    assert_eq!(w.total().await, Some(250));
    assert_eq!(w.lang().await.as_deref(), Some("en"));
    // The list is virtualised: the first rows are rendered, the rest on scrolling.
    let ids = w.row_ids().await;
    assert_eq!(ids[0], "c-1");
    assert!(ids.len() < 250, "only rows near the viewport are in the document");
    // The refresh control is there in ready, and the contact's name or address shows.
    assert!(w.has_action(Action::Refresh).await);
    let first = w.row("c-1").await.expect("row c-1");
    assert!(!first.name.trim().is_empty());
    w.scroll_to_end().await;
    assert_eq!(w.row_ids().await.last().map(String::as_str), Some("c-250"));
    let log = h.api_log();
    assert_eq!(log.len(), 3, "ceil(250 / 100) requests: {log:?}");
    assert!(log.iter().all(|e| e.status == 200));
    assert!(log[0].query.contains("pageSize=100"));
});

e2e!(empty_list_is_the_empty_state, scenarios::contract(0), |h| {
    let w = h.open_in_state(State::Empty).await;
    assert_eq!(w.loaded().await, 0);
    assert_eq!(w.total().await, Some(0));
    assert!(w.rows().await.is_empty());
    assert!(w.has_action(Action::Refresh).await);
});

/// Page 2 is answered 429 once, with `Retry-After` as given.
fn throttled(retry_after: RetryAfter) -> Scenario {
    Scenario { throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(retry_after) }), ..scenario() }
}

/// The retry of page 2 came when `Retry-After` allowed, not later than it must.
async fn retry_waits_as_told(h: &Harness) {
    let w = h.open_ready().await;
    assert_eq!(w.loaded().await, 250);
    let log = h.api_log();
    let throttled = log.iter().find(|e| e.status == 429).expect("one 429");
    let not_before = throttled.retry_not_before_ms.expect("the mock recorded the Retry-After instant");
    let retry = log.iter().find(|e| e.seq > throttled.seq && e.page == Some(2)).expect("page 2 retried");
    assert!(retry.at_ms >= not_before, "retry came {} ms before Retry-After allowed", not_before - retry.at_ms);
    assert!(retry.at_ms - not_before < 1500, "retry came late: {} ms after", retry.at_ms - not_before);
    assert_eq!(served_pages(&log), HashMap::from([(1, 1), (2, 1), (3, 1)]));
}

e2e!(rate_limit_with_retry_after_seconds_is_respected, throttled(RetryAfter::Seconds(2)), |h| {
    retry_waits_as_told(h).await;
});

e2e!(rate_limit_with_retry_after_http_date_is_respected, throttled(RetryAfter::Date(2)), |h| {
    retry_waits_as_told(h).await;
});

e2e!(
    rate_limit_without_readable_retry_after_still_backs_off,
    Scenario {
        throttle: Some(Fault { page: 1, times: 2, status: None, retry_after: Some(RetryAfter::Seconds(1)) }),
        expose_retry_after: false,
        ..scenario()
    },
    |h| {
        h.open_ready().await;
        let log = h.api_log();
        let page1: Vec<_> = log.iter().filter(|e| e.page == Some(1)).collect();
        assert_eq!(page1.iter().map(|e| e.status).collect::<Vec<_>>(), [429, 429, 200]);
        // Backoff without the header: at least the lower half of 500 ms, then of 1000 ms.
        assert!(page1[1].at_ms - page1[0].at_ms >= 250);
        assert!(page1[2].at_ms - page1[1].at_ms >= 500);
    }
);

e2e!(
    expired_token_is_renewed_and_paging_resumes_without_refetching,
    Scenario { token_pages: Some(1), ..scenario() },
    |h| {
        let w = h.open_ready().await;
        assert_eq!(w.loaded().await, 250);
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
);

e2e!(
    server_errors_are_retried_then_succeed,
    Scenario { server_error: Some(Fault { page: 2, times: 2, status: Some(503), retry_after: None }), ..scenario() },
    |h| {
        let w = h.open_ready().await;
        let statuses: Vec<_> = h.api_log().iter().filter(|e| e.page == Some(2)).map(|e| e.status).collect();
        assert_eq!(statuses, [503, 503, 200]);
        assert_eq!(w.loaded().await, 250);
    }
);

e2e!(malformed_page_is_an_error_and_rows_stay, Scenario { malformed_page: Some(2), ..scenario() }, |h| {
    let w = h.open_in_state(State::Error).await;
    assert_eq!(w.loaded().await, 100);
    assert_eq!(w.row_ids().await.first().map(String::as_str), Some("c-1"), "rows of page 1 stay shown");
    w.scroll_to_end().await;
    assert_eq!(w.row_ids().await.last().map(String::as_str), Some("c-100"));
    let alert = w.alert().await.expect("an alert");
    assert!(alert.contains("cannot read"), "{alert}");
    assert!(w.has_action(Action::Retry).await);
    assert!(w.has_action(Action::Refresh).await);
});

e2e!(forbidden_names_the_permission_and_retry_resumes, Scenario { forbidden: true, ..scenario() }, |h| {
    let w = h.open_in_state(State::Error).await;
    let alert = w.alert().await.expect("an alert");
    assert!(alert.contains("interaction:read"), "{alert}");
    assert_eq!(h.api_log().len(), 1, "403 is not retried");
    // The admin grants the permission (the scenario reset also revokes old tokens).
    h.server.set_scenario(scenario());
    w.press(Action::Retry).await;
    w.wait_state(&[State::Ready], LOAD).await;
    assert_eq!(w.loaded().await, 250);
});

e2e!(
    handshake_timeout_says_what_to_check,
    Scenario { host: HostMode::Silent, handshake_timeout_ms: 1000, ..scenario() },
    |h| {
        h.open_in_host().await;
        let w = h.widget();
        assert_eq!(w.wait_state(&[State::Handshake, State::Error], LOAD).await, State::Handshake);
        w.wait_state(&[State::Error], LOAD).await;
        let alert = w.alert().await.expect("an alert");
        assert!(alert.contains("did not answer") && alert.contains("gcHostOrigin"), "{alert}");
        assert!(h.api_log().is_empty(), "no API request without a token");
        assert!(w.has_action(Action::Retry).await);
    }
);

e2e!(host_refusal_is_shown, Scenario { host: HostMode::Refuse, ..scenario() }, |h| {
    let w = h.open_in_state(State::Error).await;
    let alert = w.alert().await.expect("an alert");
    assert!(alert.contains("refuse tokens"), "{alert}");
});

e2e!(forged_tokens_from_other_frames_are_never_used, Scenario { forge: true, ..scenario() }, |h| {
    let w = h.open_ready().await;
    // Keep the forgers posting while a refresh makes more requests.
    w.press(Action::Refresh).await;
    w.wait_state(&[State::Ready], LOAD).await;
    let issued = h.server.issued_tokens();
    let log = h.api_log();
    assert!(!log.is_empty());
    for e in &log {
        let token = e.token.as_deref().expect("a bearer token");
        assert!(issued.iter().any(|t| t == token), "request with a token the mock never issued: {token}");
        assert!(!token.contains("forged"));
    }
});

e2e!(token_never_reaches_storage_cookies_or_the_url, scenario(), |h| {
    h.open_ready().await;
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
});

// Tokens expire after every page, so several are issued, renewed and refused (401s), with
// the diagnostics panel on.
e2e!(no_token_reaches_the_console, Scenario { token_pages: Some(1), total: 300, ..scenario() }, |h| {
    h.open_ready_with("?debug=1").await;
    // The capture works: a probe logged in the widget's frame comes back.
    h.js("console.log('crm-e2e-probe'); console.error('crm-e2e-probe-error'); return true;").await;
    let console = h.console().await;
    assert!(console.iter().any(|m| m.contains("crm-e2e-probe-error")), "{console:#?}");
    let tokens = h.server.issued_tokens();
    assert!(tokens.len() >= 3, "several tokens were issued: {}", tokens.len());
    for token in &tokens {
        assert!(!console.iter().any(|m| m.contains(token.as_str())), "a token reached the console: {console:#?}");
    }
});

e2e!(ten_thousand_rows_load_with_a_bounded_dom, scenarios::contract(10_000), |h| {
    h.open_in_host().await;
    let w = h.widget();
    w.wait_state(&[State::Ready], Duration::from_secs(60)).await;
    assert_eq!(w.loaded().await, 10_000);
    assert_eq!(h.api_log().len(), 100, "ceil(10000 / 100) requests");
    assert!(h.dom_size().await < 600, "DOM elements: {}", h.dom_size().await);
    w.scroll_to_end().await;
    assert_eq!(w.row_ids().await.last().map(String::as_str), Some("c-10000"));
    assert!(h.dom_size().await < 600);
});

e2e!(
    refresh_during_a_load_starts_over_and_old_rows_never_return,
    Scenario { latency_ms: 150, ..scenarios::contract(1000) },
    |h| {
        h.open_in_host().await;
        let w = h.widget();
        wait_until!("rows", LOAD, !w.rows().await.is_empty());
        assert_eq!(w.state().await, State::Loading);
        w.press(Action::Refresh).await;
        w.wait_state(&[State::Ready], Duration::from_secs(30)).await;
        assert_eq!(w.loaded().await, 1000);
        let ids = w.row_ids().await;
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "no row twice");
        assert_eq!(ids[0], "c-1");
        w.scroll_to_end().await;
        assert_eq!(w.row_ids().await.last().map(String::as_str), Some("c-1000"));
        let page1 = h.api_log().iter().filter(|e| e.page == Some(1)).count();
        assert_eq!(page1, 2, "the refresh started again from page 1");
    }
);

e2e!(genesys_style_next_uri_is_followed, Scenario { paging: Paging::NextUri, ..scenario() }, |h| {
    let w = h.open_ready().await;
    assert_eq!(w.loaded().await, 250);
    assert_eq!(h.api_log().len(), 3);
});

e2e!(next_uri_on_another_origin_is_refused, Scenario { paging: Paging::ForeignNextUri, ..scenario() }, |h| {
    let w = h.open_in_state(State::Error).await;
    assert_eq!(w.loaded().await, 100);
    let alert = w.alert().await.expect("an alert");
    assert!(alert.contains("another site"), "{alert}");
    assert_eq!(h.api_log().len(), 1);
});

e2e!(hostile_names_stay_text, Scenario { hostile_names: true, ..scenarios::contract(30) }, |h| {
    let w = h.open_ready().await;
    let r = h
        .js("const root = document.getElementById('crm-widget');
             return { pwned: window.__pwned === 1, img: root.querySelectorAll('img').length,
                      script: root.querySelectorAll('script').length, injected: !!document.getElementById('injected') };")
        .await;
    assert_eq!(r["pwned"], false);
    assert_eq!(r["img"], 0);
    assert_eq!(r["script"], 0);
    assert_eq!(r["injected"], false);
    assert_eq!(w.row("c-1").await.expect("row c-1").name, data::HOSTILE_NAMES[0]);
});

e2e!(opened_directly_it_explains_how_to_embed, scenario(), |h| {
    h.open_top_level("").await;
    let w = h.widget();
    w.wait_state(&[State::Error], LOAD).await;
    let alert = w.alert().await.expect("an alert");
    assert!(alert.contains("opened on its own") && alert.contains("{{gcHostOrigin}}"), "{alert}");
});

e2e!(
    untrusted_host_origin_is_refused,
    Scenario {
        config_json: Some(
            r#"{"trustedHostOrigins":["https://apps.mypurecloud.com"],"apiBase":"https://api.mypurecloud.com"}"#.into()
        ),
        ..scenario()
    },
    |h| {
        let w = h.open_in_state(State::Error).await;
        let alert = w.alert().await.expect("an alert");
        assert!(alert.contains("not trusted") && alert.contains("trustedHostOrigins"), "{alert}");
        assert!(h.api_log().is_empty());
        assert!(h.server.issued_tokens().is_empty(), "an untrusted host is never even asked for a token");
    }
);

e2e!(
    malformed_config_is_a_clear_error,
    Scenario { config_json: Some("{\"pageSize\": 100,".into()), ..scenario() },
    |h| {
        let w = h.open_in_state(State::Error).await;
        let alert = w.alert().await.expect("an alert");
        assert!(alert.contains("config.json is malformed"), "{alert}");
        assert!(h.api_log().is_empty());
    }
);

e2e!(a_slow_config_shows_the_handshake_state_meanwhile, Scenario { config_delay_ms: 3_000, ..scenario() }, |h| {
    // The app starts at most 100 ms after its wasm, config.json or not, and builds the widget
    // at most 100 ms later: the agent sees the start-up state, not a blank frame, meanwhile.
    h.open_in_host().await;
    let opened = std::time::Instant::now();
    let w = h.widget();
    wait_until!("the start-up state", Duration::from_secs(10), w.try_state().await.is_some());
    assert!(opened.elapsed() < Duration::from_millis(2_500), "shown only after config.json came");
    assert_eq!(w.state().await, State::Handshake);
    assert!(h.api_log().is_empty(), "nothing is asked before the config is read");
    w.wait_state(&[State::Ready], LOAD).await;
    assert_eq!(w.loaded().await, 250);
});

e2e!(pushed_token_replaces_the_current_one, Scenario { latency_ms: 0, ..scenario() }, |h| {
    let w = h.open_ready().await;
    h.in_host("await window.devHost.pushToken(); return true;").await;
    let pushed = h.server.issued_tokens().pop().expect("the pushed token");
    w.press(Action::Refresh).await;
    w.wait_state(&[State::Ready], LOAD).await;
    let log = h.api_log();
    let after: Vec<_> = log.iter().skip(3).collect();
    assert_eq!(after.len(), 3);
    assert!(after.iter().all(|e| e.token.as_deref() == Some(pushed.as_str())), "{after:#?}");
});

/// The token is renewed while the list loads, before any request could meet a 401.
async fn renews_before_expiry(h: &Harness) {
    h.open_in_host().await;
    h.widget().wait_state(&[State::Ready], Duration::from_secs(60)).await;
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

e2e!(
    token_is_renewed_before_the_expiry_the_host_announces,
    Scenario { token_ttl_s: 3, latency_ms: 250, ..scenarios::contract(2000) },
    |h| {
        renews_before_expiry(h).await;
    }
);

e2e!(
    token_is_renewed_before_its_jwt_exp_when_nothing_is_announced,
    Scenario { token_ttl_s: 3, latency_ms: 250, jwt_tokens: true, announce_expiry: false, ..scenarios::contract(2000) },
    |h| {
        renews_before_expiry(h).await;
    }
);

e2e!(hostile_data_never_breaks_the_list, Scenario { hostile_data: true, ..scenarios::contract(300) }, |h| {
    let w = h.open_ready().await;
    // 300 rows, less 5 duplicates on page 2, less the object ids (every 11th, not 7th).
    let objects = (1..=300).filter(|n| n % 11 == 0 && n % 7 != 0).count();
    let expected = 300 - 5 - objects;
    assert_eq!(w.loaded().await, expected);
    assert_eq!(w.total().await, None, "an absurd total is not shown");
    assert_eq!(h.api_log().len(), 3);
    // A numeric id is shown as text; a 10,000-character name keeps its row one row high.
    assert!(w.row_ids().await.contains(&"7".to_string()));
    assert_eq!(w.row("c-13").await.expect("row c-13").height, 52.0);
});

e2e!(
    rate_limit_wait_shows_a_countdown,
    Scenario {
        throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(3)) }),
        ..scenario()
    },
    |h| {
        h.open_in_host().await;
        let w = h.widget();
        for (n, countdown) in ["Retrying in 3 s", "Retrying in 1 s"].into_iter().enumerate() {
            wait_until!(countdown, LOAD, w.pause().await.is_some_and(|p| p.text.contains(countdown)));
            if n == 0 {
                assert_eq!(w.state().await, State::Loading);
            }
        }
        w.wait_state(&[State::Ready], LOAD).await;
        assert_eq!(w.pause().await, None, "the notice goes");
    }
);

e2e!(offline_pauses_the_load_and_online_resumes_it, Scenario { latency_ms: 150, ..scenarios::contract(1000) }, |h| {
    h.open_in_host().await;
    let w = h.widget();
    wait_until!("rows", LOAD, !w.rows().await.is_empty());
    h.go_offline().await;
    wait_until!(
        "the offline notice",
        LOAD,
        w.pause().await.is_some_and(|p| p.kind == Some(PauseKind::Offline) && p.text.contains("offline"))
    );
    let before = h.api_log().len();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let during = h.api_log().len();
    assert!(during <= before + 1, "no requests while offline (one may have been in flight): {before} → {during}");
    assert_eq!(w.state().await, State::Loading);
    h.go_online().await;
    w.wait_state(&[State::Ready], Duration::from_secs(30)).await;
    assert_eq!(w.loaded().await, 1000);
    assert_eq!(served_pages(&h.api_log()).values().copied().max(), Some(1));
});

e2e!(
    works_under_a_strict_content_security_policy,
    {
        let csp = strict_csp("{api}", "{login}", "{host}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains(" 'unsafe-eval'"));
        Setup {
            scenario: scenario(),
            widget_headers: vec![("Content-Security-Policy".into(), csp)],
            ..Setup::default()
        }
    },
    |h| {
        let w = h.open_ready().await;
        assert_eq!(w.loaded().await, 250);
        // The stylesheet applied (style-src 'self') and so did the rows' positions (CSSOM).
        let r = h
            .js("const row = document.querySelector('li[data-index=\"1\"]');
                 return { position: getComputedStyle(row).position, top: row.style.top,
                          inlineScripts: document.querySelectorAll('script:not([src])').length };")
            .await;
        assert_eq!(r["position"], "absolute");
        assert_eq!(r["top"], "52px", "compact rows in a 480 px frame");
        assert_eq!(r["inlineScripts"], 0);
    }
);

e2e!(
    debug_panel_reports_requests_and_renewals_without_the_token,
    Scenario {
        throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(1)) }),
        token_pages: Some(2),
        forge: true,
        ..scenario()
    },
    |h| {
        let w = h.open_ready_with("?debug=1").await;
        w.press(Action::CopyDiagnostics).await;
        let text = w.diagnostic(Diagnostic::Json).await.expect("the diagnostics as JSON");
        let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        let log = h.api_log();
        assert_eq!(json["totals"]["requests"].as_u64(), Some(log.len() as u64), "{json}");
        assert_eq!(json["totals"]["throttled"], 1);
        assert_eq!(json["totals"]["unauthorized"], 1);
        assert!(json["totals"]["waitedMs"].as_u64().unwrap() >= 1000);
        assert!(json["totals"]["ignoredForeignMessages"].as_u64().unwrap() > 0, "the forgers were counted");
        let reasons: Vec<_> = json["log"]["handshakes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["reason"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(reasons, ["initial", "unauthorized"]);
        for token in h.server.issued_tokens() {
            assert!(!text.contains(&token), "a token leaked into the diagnostics");
            let page_text = h.js("return document.documentElement.outerHTML").await;
            assert!(!page_text.as_str().unwrap().contains(&token));
        }
    }
);

e2e!(
    retry_after_beyond_the_cap_is_an_error_not_a_hang,
    Scenario {
        throttle: Some(Fault { page: 1, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(600)) }),
        ..scenario()
    },
    |h| {
        h.open_in_host().await;
        let w = h.widget();
        w.wait_state(&[State::Error], Duration::from_secs(10)).await;
        let alert = w.alert().await.expect("an alert");
        assert!(alert.contains("600 s"), "{alert}");
        // Retry works once the service relents (the fault fired its one time).
        w.press(Action::Retry).await;
        w.wait_state(&[State::Ready], LOAD).await;
        assert_eq!(w.loaded().await, 250);
    }
);

e2e!(speaks_the_agents_language_from_gc_lang_tag, scenarios::contract(1500), |h| {
    let w = h.open_ready_with("?lang=de-DE").await;
    assert_eq!(w.lang().await.as_deref(), Some("de"));
    assert_eq!(w.progress().await.as_deref(), Some("1.500 Interaktionen"));
    assert_eq!(w.action_text(Action::Refresh).await.as_deref(), Some("Aktualisieren"));
});

/// Where [`dist_with_broken_catalogs`] puts its copy.
fn broken_dist() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("crm-e2e-dist-{}", std::process::id()))
}

/// A copy of the release build whose German catalog is missing and French one is stale.
fn dist_with_broken_catalogs() -> std::path::PathBuf {
    let copy = broken_dist();
    let _fresh = std::fs::remove_dir_all(&copy);
    let source = dist_dir();
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

e2e!(
    speaks_english_when_the_agents_language_cannot_be_fetched,
    Setup { scenario: scenarios::contract(1500), dist: Some(dist_with_broken_catalogs()), ..Setup::default() },
    |h| {
        for (query, lang, why) in [("?lang=de", "de", "HTTP 404"), ("?lang=fr", "fr", "the catalog has 2 messages")] {
            let w = h.open_ready_with(query).await;
            assert_eq!(w.lang().await.as_deref(), Some("en"), "{query}");
            assert_eq!(w.progress().await.as_deref(), Some("1,500 interactions"), "{query}");
            let console = h.console().await;
            let warning = format!("showing English, the {lang} texts are unavailable");
            assert!(
                console.iter().any(|m| m.contains(&warning) && m.contains(why)),
                "{query}: no warning naming {why:?} in {console:?}"
            );
        }
        let _cleaned = std::fs::remove_dir_all(broken_dist());
    }
);

e2e!(theme_override_forces_dark_or_light, scenario(), |h| {
    let background = "return getComputedStyle(document.body).backgroundColor";
    h.open_ready_with("?theme=dark").await;
    assert_eq!(h.js(background).await, "rgb(27, 32, 41)");
    h.open_ready_with("?theme=light").await;
    assert_eq!(h.js(background).await, "rgb(255, 255, 255)");
});

e2e!(search_keeps_up_while_pages_arrive, Scenario { latency_ms: 60, ..scenarios::contract(3000) }, |h| {
    let total = 3000;
    h.open_in_host().await;
    let w = h.widget();
    wait_until!("the search box", LOAD, w.has_search().await);
    assert_eq!(w.state().await, State::Loading, "searching while pages still arrive");
    w.search("ADA").await;
    w.wait_state(&[State::Ready], Duration::from_secs(60)).await;
    let expected = (0..total)
        .map(data::interaction)
        .filter(|r| {
            ["name", "address"].iter().any(|k| r["to"][k].as_str().is_some_and(|s| s.to_lowercase().contains("ada")))
        })
        .count();
    assert!(expected > 0);
    assert_eq!(w.filter_status().await, Some(format!("{expected} shown")));
    assert_eq!(w.loaded().await, total);
});

e2e!(
    /// The shipped wasm turns a panic into a trap (`-Cpanic=immediate-abort`), which no panic hook
    /// sees: the page's early script shows the error state, never a blank frame. A trap's
    /// RuntimeError reaching the page (from an event handler, or a task's promise) stands in
    /// for one here.
    a_trap_in_the_wasm_ends_in_the_error_state,
    scenario(),
    |h| {
        let w = h.open_ready().await;
        // (WebDriver's own scripts count as foreign: their uncaught errors reach `onerror`
        // without the error object, so the event is dispatched as the browser would.)
        h.js("dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })); return true;")
            .await;
        assert_eq!(w.wait_state(&[State::Error], LOAD).await, State::Error);
        let alert = w.alert().await.unwrap_or_default();
        assert!(alert.contains("internal error"), "{alert}");
        assert!(w.has_action(Action::Retry).await);
        // A rejected promise with a trap does the same, once.
        h.js("const e = new Event('unhandledrejection'); e.reason = new WebAssembly.RuntimeError('unreachable'); \
              dispatchEvent(e); return true;")
            .await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(h.js("return document.querySelectorAll('[role=alert]').length").await, 1);
        // Retry reloads the page: the widget starts again.
        w.press(Action::Retry).await;
        assert_eq!(w.wait_state(&[State::Ready], LOAD).await, State::Ready);
    }
);

e2e!(
    /// A wasm that never arrives (the static host answers 404, as for an `index.html` kept from
    /// an earlier deploy) ends in the error state with Retry, never a blank frame; once the file
    /// is there again, Retry starts the widget.
    a_wasm_that_cannot_be_loaded_ends_in_the_error_state,
    Scenario { missing_file: Some("_bg.wasm".into()), ..scenario() },
    |h| {
        cannot_load_then_retry(h).await;
    }
);

e2e!(
    /// The same when the loader script itself is missing (its module script's error event).
    a_missing_loader_script_ends_in_the_error_state,
    Scenario { missing_file: Some("loader-".into()), ..scenario() },
    |h| {
        cannot_load_then_retry(h).await;
    }
);

/// The "could not be loaded" error state, with Retry, and nothing asked of the API; with the
/// file back, Retry starts the widget.
async fn cannot_load_then_retry(h: &Harness) {
    let w = h.open_in_state(State::Error).await;
    let alert = w.alert().await.unwrap_or_default();
    assert!(alert.contains("could not be loaded") && alert.contains("admin"), "{alert}");
    assert!(w.has_action(Action::Retry).await);
    assert!(h.api_log().is_empty(), "nothing was asked of the API");
    h.server.set_scenario(scenario());
    w.press(Action::Retry).await;
    assert_eq!(w.wait_state(&[State::Ready], LOAD).await, State::Ready);
    assert_eq!(w.loaded().await, 250);
}
