//! End-to-end checks of the Genesys sign-in (CONTRACT §6) and the Client App host protocol
//! (CONTRACT §8): the release build in headless Chromium, framed by the dev host, signing in
//! against the mock login service (Authorization Code with PKCE) on its own origin.

use std::time::Duration;

use crm_e2e::crm_devserver::{strict_csp, AuthMode, LoginFaults, Scenario};
use crm_e2e::paths::{AUTHORIZE, TOKEN};
use crm_e2e::{e2e, scenarios, wait_until, Action, Harness, LoginChoice, Setup, State, LOAD};
use serde_json::Value;

fn sign_in(auth: AuthMode) -> Scenario {
    Scenario { auth, ..scenarios::contract(250) }
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

/// Opens the dev host and signs in on the login page the frame goes to.
async fn open_and_sign_in(h: &Harness) {
    h.open_in_host().await;
    h.press_on_login_page(LoginChoice::Allow).await;
}

// Under the README's full Content-Security-Policy, login origin included.
e2e!(
    signs_in_with_pkce_and_leaves_nothing_behind,
    Setup {
        scenario: sign_in(AuthMode::SignIn),
        widget_headers: vec![("Content-Security-Policy".into(), strict_csp("{api}", "{login}", "{host}"))],
        ..Setup::default()
    },
    |h| {
        h.open_in_host_with("?lang=de&debug=1").await;
        h.press_on_login_page(LoginChoice::Allow).await;
        let w = h.widget();
        assert_eq!(w.wait_state(&[State::Ready], LOAD).await, State::Ready);
        assert_eq!(w.loaded().await, 250);
        // The original query is back (the agent's language with it); code and state are gone.
        let left = leftovers(h).await;
        let search = left["search"].as_str().unwrap();
        assert!(search.contains("gcHostOrigin=") && search.contains("gcLangTag=de"), "{left}");
        assert!(!search.contains("code=") && !search.contains("state="), "{left}");
        assert_eq!(w.lang().await.as_deref(), Some("de"));
        assert_eq!(left["session"], 0, "nothing stays in sessionStorage: {left}");
        assert_eq!(left["local"], 0, "{left}");
        assert_eq!(left["cookie"], "", "{left}");
        // One authorize, one exchange, and the token it gave is the one the API saw.
        let authorize = h.requests(AUTHORIZE);
        assert!(authorize[0].query.contains("code_challenge_method=S256"), "{authorize:?}");
        assert!(authorize[0].query.contains("client_id=crm-dev-client"), "{authorize:?}");
        let token = h.requests(TOKEN);
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
);

e2e!(
    a_denied_sign_in_is_an_error_and_retry_signs_in_again,
    faults(LoginFaults { deny: true, ..LoginFaults::default() }),
    |h| {
        open_and_sign_in(h).await;
        let w = h.widget();
        w.wait_state(&[State::Error], LOAD).await;
        let alert = w.alert().await.unwrap();
        assert!(alert.contains("The agent denied the sign-in"), "{alert}");
        assert!(h.requests(TOKEN).is_empty(), "no token request after a refusal");
        // No loop: it waits for Retry.
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert_eq!(h.requests(AUTHORIZE).len(), 2, "{:?}", h.requests(AUTHORIZE));
        assert_eq!(leftovers(h).await["session"], 0);
        w.press(Action::Retry).await;
        // Signed in at the login service already: it answers at once, with the refusal again.
        h.wait_logged(AUTHORIZE, 3, LOAD).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        w.wait_state(&[State::Error], LOAD).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(h.requests(AUTHORIZE).len(), 3);
    }
);

e2e!(the_deny_button_is_shown_as_the_error, sign_in(AuthMode::SignIn), |h| {
    h.open_in_host().await;
    h.press_on_login_page(LoginChoice::Deny).await;
    let w = h.widget();
    w.wait_state(&[State::Error], LOAD).await;
    assert!(w.alert().await.unwrap().contains("denied"));
    assert!(w.has_action(Action::Retry).await);
});

e2e!(
    a_state_this_tab_did_not_save_is_refused_without_a_token_request,
    faults(LoginFaults { wrong_state: true, ..LoginFaults::default() }),
    |h| {
        open_and_sign_in(h).await;
        let w = h.widget();
        w.wait_state(&[State::Error], LOAD).await;
        let alert = w.alert().await.unwrap();
        assert!(alert.contains("does not belong to a sign-in this tab started"), "{alert}");
        assert!(h.requests(TOKEN).is_empty(), "a foreign state must not be exchanged");
        let left = leftovers(h).await;
        assert!(!left["search"].as_str().unwrap().contains("code="), "{left}");
        assert!(left["search"].as_str().unwrap().contains("gcHostOrigin="), "the original query is back: {left}");
        assert_eq!(left["session"], 0);
        assert!(h.api_log().is_empty());
    }
);

e2e!(a_failed_exchange_waits_for_retry, faults(LoginFaults { fail_exchange: true, ..LoginFaults::default() }), |h| {
    open_and_sign_in(h).await;
    let w = h.widget();
    w.wait_state(&[State::Error], LOAD).await;
    let alert = w.alert().await.unwrap();
    assert!(alert.contains("HTTP 500"), "{alert}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    // One trip, one exchange: no loop.
    assert_eq!(h.requests(AUTHORIZE).len(), 2, "the page, then the decision");
    assert_eq!(h.requests(TOKEN).len(), 1);
    assert_eq!(leftovers(h).await["session"], 0, "the verifier is gone after the exchange");
});

// Every token the mock issues stops working before its first page: a 401 right away.
e2e!(a_token_refused_at_once_waits_for_retry, Scenario { token_pages: Some(0), ..sign_in(AuthMode::SignIn) }, |h| {
    open_and_sign_in(h).await;
    let w = h.widget();
    w.wait_state(&[State::Error], LOAD).await;
    let alert = w.alert().await.unwrap();
    assert!(alert.contains("refused the new sign-in at once"), "{alert}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(h.requests(TOKEN).len(), 1, "no second sign-in by itself");
    assert_eq!(h.api_log().len(), 1);
    // Retry signs in again (silently now) and meets the same refusal: still no loop.
    w.press(Action::Retry).await;
    h.wait_logged(TOKEN, 2, LOAD).await;
    w.wait_state(&[State::Error], LOAD).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(h.requests(TOKEN).len(), 2);
});

// 12 s tokens: the widget signs in again 3 s before the end.
e2e!(
    before_the_token_expires_it_signs_in_again_and_reloads,
    Scenario { token_ttl_s: 12, ..sign_in(AuthMode::SignIn) },
    |h| {
        open_and_sign_in(h).await;
        let w = h.widget();
        w.wait_state(&[State::Ready], LOAD).await;
        h.wait_logged(TOKEN, 2, Duration::from_secs(30)).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        w.wait_state(&[State::Ready], LOAD).await;
        assert_eq!(w.loaded().await, 250);
        let issued = h.server.issued_tokens();
        assert_eq!(issued.len(), 2);
        // No request went out with the old token once it was known to be expiring, and the list
        // was loaded again with the new one.
        let log = h.api_log();
        assert!(log.iter().all(|e| e.status == 200), "{log:#?}");
        assert!(log.iter().filter(|e| e.token.as_deref() == Some(issued[1].as_str())).count() >= 3);
        assert_eq!(leftovers(h).await["session"], 0);
    }
);

// 40 pages at 300 ms each: plenty of load left when `stop` comes.
e2e!(
    bootstrap_is_answered_and_stop_ends_all_work,
    Scenario { total: 4000, latency_ms: 300, ..sign_in(AuthMode::SignIn) },
    |h| {
        open_and_sign_in(h).await;
        let w = h.widget();
        w.wait_state(&[State::Loading], LOAD).await;
        wait_until!("200 rows", LOAD, w.loaded().await >= 200);
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
);

// Forgers on a foreign origin and on the host's own origin (not the parent) post `bootstrap`
// and `stop` for 6 s; the host itself sends no bootstrap.
e2e!(
    lifecycle_hooks_from_other_frames_are_ignored,
    Scenario { forge: true, latency_ms: 200, total: 2000, ..sign_in(AuthMode::SignIn) },
    |h| {
        h.open_in_host_with("?bootstrap=0").await;
        h.press_on_login_page(LoginChoice::Allow).await;
        let w = h.widget();
        // Forged `stop`s did not stop the load, and forged `bootstrap`s got no answer.
        assert_eq!(w.wait_state(&[State::Ready], Duration::from_secs(40)).await, State::Ready);
        assert_eq!(w.loaded().await, 2000);
        assert!(actions(h).await.is_empty(), "{:?}", h.client_app_messages().await);
        // The real host is still heard.
        h.in_host("window.devHost.hook('bootstrap'); return true;").await;
        wait_until!(
            format!("only bootstrapped: {:?}", h.client_app_messages().await),
            Duration::from_secs(5),
            actions(h).await == ["bootstrapped"]
        );
    }
);

e2e!(lifecycle_hooks_work_with_the_handshake_too, scenarios::contract(250), |h| {
    h.open_ready().await;
    wait_until!("bootstrapped", Duration::from_secs(5), actions(h).await.contains(&"bootstrapped".to_owned()));
});

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
    h.press_on_login_page(LoginChoice::Allow).await;
    // The popup posts its answer to the widget and closes itself.
    wait_until!("the popup closed", Duration::from_secs(10), h.client.windows().await.expect("windows").len() <= 1);
    h.client.switch_to_window(main).await.expect("back to the main window");
    h.enter_widget_frame().await;
}

e2e!(popup_sign_in_keeps_the_frame_where_it_is, sign_in(AuthMode::Popup), |h| {
    h.open_in_host().await;
    let w = h.widget();
    wait_until!(
        "the sign-in prompt",
        LOAD,
        w.notice(Action::SignIn).await.is_some_and(|n| n.role == "status") && w.has_action(Action::SignIn).await
    );
    assert_eq!(w.state().await, State::Handshake);
    assert!(h.requests(AUTHORIZE).is_empty(), "the frame never leaves by itself");
    // A real click (WebDriver), so the browser lets the popup open.
    w.click(Action::SignIn).await;
    sign_in_in_popup(h).await;
    assert_eq!(w.wait_state(&[State::Ready], LOAD).await, State::Ready);
    assert_eq!(w.loaded().await, 250);
    assert!(!w.has_action(Action::SignIn).await);
    assert_eq!(h.requests(TOKEN).len(), 1);
    let left = leftovers(h).await;
    assert_eq!(left["session"], 0, "{left}");
    assert!(!left["search"].as_str().unwrap().contains("code="));
});

e2e!(a_blocked_popup_says_what_to_allow, sign_in(AuthMode::Popup), |h| {
    // Framed without allow-popups: window.open gives nothing.
    h.open_in_host_with("?popups=0").await;
    let w = h.widget();
    wait_until!("the sign-in button", LOAD, w.has_action(Action::SignIn).await);
    w.click(Action::SignIn).await;
    wait_until!("the blocked popup's alert", LOAD, w.notice(Action::SignIn).await.is_some_and(|n| n.role == "alert"));
    let alert = w.alert().await.unwrap();
    let widget = &h.server.origins().widget;
    assert!(alert.contains("Allow pop-ups for") && alert.contains(widget.as_str()), "{alert}");
    // The button is still there to try again.
    assert!(w.has_action(Action::SignIn).await);
});

// 20 pages at 200 ms: the tokens are revoked while the list is loading.
e2e!(
    a_401_mid_load_signs_in_again_and_loads_the_list_again,
    Scenario { total: 2000, latency_ms: 200, ..sign_in(AuthMode::SignIn) },
    |h| {
        open_and_sign_in(h).await;
        let w = h.widget();
        wait_until!("300 rows", LOAD, w.try_state().await.is_some() && w.loaded().await >= 300);
        h.server.expire_tokens();
        // The 401 sends the frame to sign in again (silently: the session lives) and back.
        h.wait_logged(TOKEN, 2, LOAD).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(w.wait_state(&[State::Ready], Duration::from_secs(40)).await, State::Ready);
        assert_eq!(w.loaded().await, 2000);
        let issued = h.server.issued_tokens();
        assert_eq!(issued.len(), 2);
        let log = h.api_log();
        assert_eq!(log.iter().filter(|e| e.status == 401).count(), 1, "{log:#?}");
        assert!(log.iter().filter(|e| e.status == 200 && e.token.as_deref() == Some(issued[1].as_str())).count() >= 20);
    }
);

// Every token stops after one page: a 401 sends the frame out once; when the next token is
// refused as soon, the widget stops and waits for Retry instead of reloading forever.
e2e!(
    a_service_that_keeps_refusing_new_tokens_is_not_a_loop,
    Scenario { token_pages: Some(1), ..sign_in(AuthMode::SignIn) },
    |h| {
        open_and_sign_in(h).await;
        h.wait_logged(TOKEN, 2, LOAD).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let w = h.widget();
        w.wait_state(&[State::Error], LOAD).await;
        let alert = w.alert().await.unwrap();
        assert!(alert.contains("refused the new sign-in at once"), "{alert}");
        tokio::time::sleep(Duration::from_secs(2)).await;
        assert_eq!(h.requests(TOKEN).len(), 2, "one trip for the 401, then Retry decides");
    }
);

e2e!(reloading_while_the_popup_prompt_is_up_brings_the_prompt_back, sign_in(AuthMode::Popup), |h| {
    h.open_in_host().await;
    let w = h.widget();
    wait_until!("the sign-in button", LOAD, w.has_action(Action::SignIn).await);
    // The host page (and with it the frame) is loaded again before the agent clicks.
    h.open_in_host().await;
    wait_until!("the sign-in button again", LOAD, w.has_action(Action::SignIn).await);
    assert_eq!(w.state().await, State::Handshake, "{:?}", w.alert().await);
    // The frame never leaves for a popup: its verifier lives in memory, nothing is stored.
    assert_eq!(leftovers(h).await["session"], 0, "nothing kept for a prompt");
});
