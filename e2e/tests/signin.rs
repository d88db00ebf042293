//! End-to-end checks of the Genesys sign-in (CONTRACT §6) and the Client App host protocol
//! (CONTRACT §8): the release build in headless Chromium, framed by the dev host, signing in
//! against the mock login service (Authorization Code with PKCE) on its own origin.

use std::time::Duration;

use crm_e2e::crm_devserver::{AuthMode, LoginFaults, Scenario};
use crm_e2e::{run, Harness, Setup};
use futures::FutureExt;
use serde_json::Value;

const LOAD: Duration = Duration::from_secs(25);

fn sign_in(auth: AuthMode) -> Scenario {
    Scenario { total: 250, auth, ..Scenario::default() }
}

fn faults(login: LoginFaults) -> Scenario {
    Scenario { login, ..sign_in(AuthMode::SignIn) }
}

/// What the widget's frame has in its URL, storage and cookies.
async fn leftovers(h: &Harness) -> Value {
    h.js("return { search: location.search, session: sessionStorage.length, local: localStorage.length, cookie: document.cookie, history: history.length };")
        .await
}

/// The `action`s of the Client App messages the host received.
async fn actions(h: &Harness) -> Vec<String> {
    h.client_app_messages().await.iter().filter_map(|m| m["action"].as_str().map(str::to_owned)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signs_in_with_pkce_and_leaves_nothing_behind() {
    // Under the README's full Content-Security-Policy, login origin included.
    let setup = Setup {
        scenario: sign_in(AuthMode::SignIn),
        widget_headers: vec![(
            "Content-Security-Policy".into(),
            crm_e2e::crm_devserver::strict_csp("{api}", "{login}", "{host}"),
        )],
        ..Setup::default()
    };
    run(setup, |h| {
        async move {
            h.open_in_host_with("?lang=de&debug=1").await;
            h.press_on_login_page("allow").await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            // The original query is back (the agent's language with it); code and state are gone.
            let left = leftovers(h).await;
            let search = left["search"].as_str().unwrap();
            assert!(search.contains("gcHostOrigin=") && search.contains("gcLangTag=de"), "{left}");
            assert!(!search.contains("code=") && !search.contains("state="), "{left}");
            assert_eq!(h.hook("lang").await.as_deref(), Some("de"));
            assert_eq!(left["session"], 0, "nothing stays in sessionStorage: {left}");
            assert_eq!(left["local"], 0, "{left}");
            assert_eq!(left["cookie"], "", "{left}");
            // One authorize, one exchange, and the token it gave is the one the API saw.
            let authorize = h.login_log("/oauth/authorize");
            assert!(authorize[0].query.contains("code_challenge_method=S256"), "{authorize:?}");
            assert!(authorize[0].query.contains("client_id=crm-dev-client"), "{authorize:?}");
            let token = h.login_log("/oauth/token");
            assert_eq!(token.len(), 1, "{token:?}");
            assert_eq!(token[0].status, 200);
            let issued = h.server.issued_tokens();
            assert_eq!(issued.len(), 1);
            assert!(h.api_log().iter().all(|e| e.token.as_deref() == Some(issued[0].as_str())));
            // The token is in no console line and not in the diagnostics export.
            let console = h.console().await.join("\n");
            assert!(!console.contains(&issued[0]), "the token reached the console");
            let panel = h.js("return document.body.textContent").await;
            assert!(!panel.as_str().unwrap().contains(&issued[0]));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_denied_sign_in_is_an_error_and_retry_signs_in_again() {
    run(faults(LoginFaults { deny: true, ..LoginFaults::default() }), |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.unwrap();
            assert!(alert.contains("The agent denied the sign-in"), "{alert}");
            assert!(h.login_log("/oauth/token").is_empty(), "no token request after a refusal");
            // No loop: it waits for Retry.
            tokio::time::sleep(Duration::from_secs(2)).await;
            assert_eq!(h.login_log("/oauth/authorize").len(), 2, "{:?}", h.login_log("/oauth/authorize"));
            assert_eq!(leftovers(h).await["session"], 0);
            h.click("retry").await;
            // Signed in at the login service already: it answers at once, with the refusal again.
            h.wait_logged("/oauth/authorize", 3, LOAD).await;
            tokio::time::sleep(Duration::from_millis(500)).await;
            h.wait_state(&["error"], LOAD).await;
            tokio::time::sleep(Duration::from_secs(1)).await;
            assert_eq!(h.login_log("/oauth/authorize").len(), 3);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deny_button_is_shown_as_the_error() {
    run(sign_in(AuthMode::SignIn), |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("deny").await;
            h.wait_state(&["error"], LOAD).await;
            assert!(h.alert_text().await.unwrap().contains("denied"));
            assert!(h.js("return !!document.querySelector('button[data-action=retry]')").await.as_bool().unwrap());
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_state_this_tab_did_not_save_is_refused_without_a_token_request() {
    run(faults(LoginFaults { wrong_state: true, ..LoginFaults::default() }), |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.unwrap();
            assert!(alert.contains("does not belong to a sign-in this tab started"), "{alert}");
            assert!(h.login_log("/oauth/token").is_empty(), "a foreign state must not be exchanged");
            let left = leftovers(h).await;
            assert!(!left["search"].as_str().unwrap().contains("code="), "{left}");
            assert!(left["search"].as_str().unwrap().contains("gcHostOrigin="), "the original query is back: {left}");
            assert_eq!(left["session"], 0);
            assert!(h.api_log().is_empty());
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_exchange_waits_for_retry() {
    run(faults(LoginFaults { fail_exchange: true, ..LoginFaults::default() }), |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.unwrap();
            assert!(alert.contains("HTTP 500"), "{alert}");
            tokio::time::sleep(Duration::from_secs(2)).await;
            // One trip, one exchange: no loop.
            assert_eq!(h.login_log("/oauth/authorize").len(), 2, "the page, then the decision");
            assert_eq!(h.login_log("/oauth/token").len(), 1);
            assert_eq!(leftovers(h).await["session"], 0, "the verifier is gone after the exchange");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_refused_at_once_waits_for_retry() {
    // Every token the mock issues stops working before its first page: a 401 right away.
    run(Scenario { token_pages: Some(0), ..sign_in(AuthMode::SignIn) }, |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.unwrap();
            assert!(alert.contains("refused the new sign-in at once"), "{alert}");
            tokio::time::sleep(Duration::from_secs(2)).await;
            assert_eq!(h.login_log("/oauth/token").len(), 1, "no second sign-in by itself");
            assert_eq!(h.api_log().len(), 1);
            // Retry signs in again (silently now) and meets the same refusal: still no loop.
            h.click("retry").await;
            h.wait_logged("/oauth/token", 2, LOAD).await;
            h.wait_state(&["error"], LOAD).await;
            tokio::time::sleep(Duration::from_secs(2)).await;
            assert_eq!(h.login_log("/oauth/token").len(), 2);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn before_the_token_expires_it_signs_in_again_and_reloads() {
    // 12 s tokens: the widget signs in again 3 s before the end.
    run(Scenario { token_ttl_s: 12, ..sign_in(AuthMode::SignIn) }, |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_state(&["ready"], LOAD).await;
            h.wait_logged("/oauth/token", 2, Duration::from_secs(30)).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            let issued = h.server.issued_tokens();
            assert_eq!(issued.len(), 2);
            // No request went out with the old token once it was known to be expiring, and the
            // list was loaded again with the new one.
            let log = h.api_log();
            assert!(log.iter().all(|e| e.status == 200), "{log:#?}");
            assert!(log.iter().filter(|e| e.token.as_deref() == Some(issued[1].as_str())).count() >= 3);
            assert_eq!(leftovers(h).await["session"], 0);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bootstrap_is_answered_and_stop_ends_all_work() {
    // 40 pages at 300 ms each: plenty of load left when `stop` comes.
    run(Scenario { total: 4000, latency_ms: 300, ..sign_in(AuthMode::SignIn) }, |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_state(&["loading"], LOAD).await;
            h.wait_js("Number(document.getElementById('crm-widget').dataset.loaded) >= 200", LOAD).await;
            // The host sent bootstrap when the frame loaded; it was answered, with the envelope.
            let messages = h.client_app_messages().await;
            let boot = messages.iter().find(|m| m["action"] == "bootstrapped").expect("bootstrapped");
            assert_eq!(boot["protocol"], "purecloud-client-apps");
            assert_eq!(boot["protocolAgentName"], "crm-widget");
            assert!(boot["protocolAgentVersion"].as_str().is_some_and(|v| !v.is_empty()));
            h.in_host("window.devHost.hook('stop'); return true;").await;
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            let stopped_at = loop {
                let m = h.client_app_messages().await;
                if let Some(s) = m.iter().find(|m| m["action"] == "stopped") {
                    break s["receivedAtMs"].as_u64().unwrap();
                }
                assert!(std::time::Instant::now() < deadline, "no stopped: {m:?}");
                tokio::time::sleep(Duration::from_millis(100)).await;
            };
            tokio::time::sleep(Duration::from_secs(2)).await;
            // No request left the widget after it said `stopped` (entries are logged when the
            // answer is ready, 300 ms after arrival).
            let late: Vec<_> = h.api_log().into_iter().filter(|e| e.at_ms.saturating_sub(300) > stopped_at).collect();
            assert!(late.is_empty(), "requests after stopped: {late:#?}");
            assert!(h.api_log().len() < 40);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lifecycle_hooks_from_other_frames_are_ignored() {
    // Forgers on a foreign origin and on the host's own origin (not the parent) post
    // `bootstrap` and `stop` for 6 s; the host itself sends no bootstrap.
    run(Scenario { forge: true, latency_ms: 200, total: 2000, ..sign_in(AuthMode::SignIn) }, |h| {
        async move {
            h.open_in_host_with("?bootstrap=0").await;
            h.press_on_login_page("allow").await;
            // Forged `stop`s did not stop the load, and forged `bootstrap`s got no answer.
            assert_eq!(h.wait_state(&["ready"], Duration::from_secs(40)).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("2000"));
            assert!(actions(h).await.is_empty(), "{:?}", h.client_app_messages().await);
            // The real host is still heard.
            h.in_host("window.devHost.hook('bootstrap'); return true;").await;
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            while actions(h).await != ["bootstrapped"] {
                assert!(std::time::Instant::now() < deadline, "{:?}", h.client_app_messages().await);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lifecycle_hooks_work_with_the_handshake_too() {
    run(Scenario { total: 250, ..Scenario::default() }, |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            while !actions(h).await.contains(&"bootstrapped".to_owned()) {
                assert!(std::time::Instant::now() < deadline);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        .boxed()
    })
    .await;
}

/// Switches to the popup window, presses "Sign in" there, and comes back to the widget.
async fn sign_in_in_popup(h: &Harness) {
    let main = h.client.window().await.expect("the main window");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let popup = loop {
        let windows = h.client.windows().await.expect("windows");
        if let Some(w) = windows.into_iter().find(|w| *w != main) {
            break w;
        }
        assert!(std::time::Instant::now() < deadline, "no popup opened");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    h.client.switch_to_window(popup).await.expect("switch to the popup");
    h.press_on_login_page("allow").await;
    // The popup posts its answer to the widget and closes itself.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while h.client.windows().await.expect("windows").len() > 1 {
        assert!(std::time::Instant::now() < deadline, "the popup did not close");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    h.client.switch_to_window(main).await.expect("back to the main window");
    h.enter_widget_frame().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn popup_sign_in_keeps_the_frame_where_it_is() {
    run(sign_in(AuthMode::Popup), |h| {
        async move {
            h.open_in_host().await;
            h.wait_js("document.querySelector('.crm__signin [role=status]') && document.querySelector('button[data-action=sign-in]')", LOAD).await;
            assert_eq!(h.hook("data-state").await.as_deref(), Some("handshake"));
            assert!(h.login_log("/oauth/authorize").is_empty(), "the frame never leaves by itself");
            // A real click (WebDriver), so the browser lets the popup open.
            let button = h.client.find(fantoccini::Locator::Css("button[data-action=sign-in]")).await.unwrap();
            button.click().await.unwrap();
            sign_in_in_popup(h).await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            assert!(h.js("return !document.querySelector('button[data-action=sign-in]')").await.as_bool().unwrap());
            assert_eq!(h.login_log("/oauth/token").len(), 1);
            let left = leftovers(h).await;
            assert_eq!(left["session"], 0, "{left}");
            assert!(!left["search"].as_str().unwrap().contains("code="));
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_popup_says_what_to_allow() {
    run(sign_in(AuthMode::Popup), |h| {
        async move {
            // Framed without allow-popups: window.open gives nothing.
            h.open_in_host_with("?popups=0").await;
            let button = h
                .client
                .wait()
                .at_most(LOAD)
                .for_element(fantoccini::Locator::Css("button[data-action=sign-in]"))
                .await
                .unwrap();
            button.click().await.unwrap();
            h.wait_js("document.querySelector('.crm__signin [role=alert]')", LOAD).await;
            let alert = h.alert_text().await.unwrap();
            let widget = &h.server.origins().widget;
            assert!(alert.contains("Allow pop-ups for") && alert.contains(widget.as_str()), "{alert}");
            // The button is still there to try again.
            assert!(h.js("return !!document.querySelector('button[data-action=sign-in]')").await.as_bool().unwrap());
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_401_mid_load_signs_in_again_and_loads_the_list_again() {
    // 20 pages at 200 ms: the tokens are revoked while the list is loading.
    run(Scenario { total: 2000, latency_ms: 200, ..sign_in(AuthMode::SignIn) }, |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_js("Number(document.getElementById('crm-widget').dataset.loaded) >= 300", LOAD).await;
            h.server.expire_tokens();
            // The 401 sends the frame to sign in again (silently: the session lives) and back.
            h.wait_logged("/oauth/token", 2, LOAD).await;
            tokio::time::sleep(Duration::from_millis(500)).await;
            assert_eq!(h.wait_state(&["ready"], Duration::from_secs(40)).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("2000"));
            let issued = h.server.issued_tokens();
            assert_eq!(issued.len(), 2);
            let log = h.api_log();
            assert_eq!(log.iter().filter(|e| e.status == 401).count(), 1, "{log:#?}");
            assert!(
                log.iter().filter(|e| e.status == 200 && e.token.as_deref() == Some(issued[1].as_str())).count() >= 20
            );
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_that_keeps_refusing_new_tokens_is_not_a_loop() {
    // Every token stops after one page: a 401 sends the frame out once; when the next token is
    // refused as soon, the widget stops and waits for Retry instead of reloading forever.
    run(Scenario { token_pages: Some(1), ..sign_in(AuthMode::SignIn) }, |h| {
        async move {
            h.open_in_host().await;
            h.press_on_login_page("allow").await;
            h.wait_logged("/oauth/token", 2, LOAD).await;
            tokio::time::sleep(Duration::from_millis(500)).await;
            h.wait_state(&["error"], LOAD).await;
            let alert = h.alert_text().await.unwrap();
            assert!(alert.contains("refused the new sign-in at once"), "{alert}");
            tokio::time::sleep(Duration::from_secs(2)).await;
            assert_eq!(h.login_log("/oauth/token").len(), 2, "one trip for the 401, then Retry decides");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reloading_while_the_popup_prompt_is_up_brings_the_prompt_back() {
    run(sign_in(AuthMode::Popup), |h| {
        async move {
            h.open_in_host().await;
            h.wait_js("document.querySelector('button[data-action=sign-in]')", LOAD).await;
            // The host page (and with it the frame) is loaded again before the agent clicks.
            h.open_in_host().await;
            h.wait_js("document.querySelector('button[data-action=sign-in]')", LOAD).await;
            assert_eq!(h.hook("data-state").await.as_deref(), Some("handshake"), "{:?}", h.alert_text().await);
            assert_eq!(leftovers(h).await["session"], 1, "only the new prompt's entry");
        }
        .boxed()
    })
    .await;
}
