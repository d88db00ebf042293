//! Browser tests of the Genesys sign-in token source (`auth::signin`). `fetch` is a JS
//! stand-in that records the token request and answers as told; leaving for the login service
//! is a closure that records the URL instead of navigating. `sessionStorage`, `history`,
//! `crypto.getRandomValues` and `SubtleCrypto` are the browser's own.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crm_core::auth::signin::{Arrival, ExchangeError, SignInError, STORAGE_PREFIX};
use crm_core::auth::Token;
use crm_core::net::BaseUrl;
use crm_core::startup::SignIn;
use crm_core::WidgetError;
use crm_widget::auth::signin::{arrive_on_start, take_arrival, Leave, SignInTokenSource, SignInUi};
use crm_widget::ports::TokenSource;
use futures::future::{select, Either};
use gloo_timers::future::TimeoutFuture;
use support::{js, js_async, json_response, requests, serve_fetch};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn config() -> SignIn {
    SignIn {
        client_id: "client-1".into(),
        login_base: BaseUrl::parse("https://login.example.test").unwrap(),
        redirect_uri: "https://widget.example.test/crm/".into(),
        popup: false,
    }
}

/// A `leave` that records where it was sent.
fn recorder() -> (Rc<RefCell<Vec<String>>>, Leave) {
    let urls = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&urls);
    (urls, Rc::new(move |url: &str| sink.borrow_mut().push(url.to_owned())))
}

/// Makes `fetch` answer with `status` and `body`, recording each request.
fn serve_token(status: u16, body: &str) {
    serve_fetch(&json_response(status, body));
}

fn clear_storage() {
    js("sessionStorage.clear(); return null;");
}

/// A source that has just exchanged a code for a token answered with `token_json`, and the
/// record of where it leaves for.
async fn signed_in(token_json: &str, unauthorized_at_ms: Option<u64>) -> (Rc<RefCell<Vec<String>>>, SignInTokenSource) {
    clear_storage();
    serve_token(200, token_json);
    let (urls, leave) = recorder();
    let arrival = Arrival::Exchange { code: "c".into(), verifier: "v".repeat(64), unauthorized_at_ms };
    let source = SignInTokenSource::new(config(), Some(arrival), SignInUi::new(), leave);
    source.token().await.unwrap();
    (urls, source)
}

/// Whether `future` is still pending after `ms`.
async fn pending_after<F: std::future::Future>(future: F, ms: u32) -> bool {
    matches!(select(std::pin::pin!(future), TimeoutFuture::new(ms)).await, Either::Right(_))
}

fn param(url: &str, key: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    crm_core::util::text::query_pairs(query).into_iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

#[wasm_bindgen_test]
async fn a_fresh_start_saves_the_verifier_under_the_state_and_leaves() {
    clear_storage();
    let (urls, leave) = recorder();
    let source = SignInTokenSource::new(config(), None, SignInUi::new(), leave);
    // The frame leaves; the token future never resolves on this page.
    assert!(pending_after(source.token(), 300).await);
    let urls = urls.borrow().clone();
    assert_eq!(urls.len(), 1, "{urls:?}");
    let url = &urls[0];
    assert!(url.starts_with("https://login.example.test/oauth/authorize?"), "{url}");
    assert_eq!(param(url, "response_type").as_deref(), Some("code"));
    assert_eq!(param(url, "client_id").as_deref(), Some("client-1"));
    assert_eq!(param(url, "redirect_uri").as_deref(), Some("https://widget.example.test/crm/"));
    assert_eq!(param(url, "code_challenge_method").as_deref(), Some("S256"));
    let state = param(url, "state").unwrap();
    assert!(state.len() >= 22, "at least 128 bits: {state}");
    let challenge = param(url, "code_challenge").unwrap();
    // Exactly one entry, under the state, holding the verifier whose S256 is the challenge.
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(1.0));
    let saved = js(&format!("return sessionStorage.getItem('{STORAGE_PREFIX}{state}')")).as_string().unwrap();
    let verifier = saved.lines().nth(1).unwrap().to_owned();
    assert!(crm_core::auth::signin::is_verifier(&verifier), "{verifier}");
    let expected = js_async(&format!(
        "const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('{verifier}'));
         return btoa(String.fromCharCode(...new Uint8Array(d))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');"
    ))
    .await;
    assert_eq!(expected.as_string().as_deref(), Some(challenge.as_str()));
    // The verifier is in storage and the URL only carries the challenge.
    assert!(!url.contains(&verifier));
    // The frame's name says which trip it left for (its own, not another frame's).
    let name = js("return window.name").as_string().unwrap();
    assert!(name.ends_with(&format!("\u{1}crm-signin:{state}")), "{name:?}");
    js("window.name = ''; return null;");
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_code_is_exchanged_once_with_the_verifier_and_no_secret() {
    clear_storage();
    serve_token(200, r#"{"access_token":"token-1","token_type":"bearer","expires_in":3600}"#);
    let (urls, leave) = recorder();
    let arrival = Arrival::Exchange { code: "code/1".into(), verifier: "v".repeat(64), unauthorized_at_ms: None };
    let source = SignInTokenSource::new(config(), Some(arrival), SignInUi::new(), leave);
    assert_eq!(source.expires_at_ms(), None, "no token yet");
    assert_eq!(source.token().await, Ok(Token::new("token-1".into())));
    let now = js_sys::Date::now() as u64;
    let due = source.expires_at_ms().expect("the token's expiry, from expires_in");
    assert!(due > now && due < now + 3_600_000, "renewal due at {due}, now {now}");
    // Known and valid: no second request.
    assert_eq!(source.token().await, Ok(Token::new("token-1".into())));
    let r = requests();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].method, "POST");
    assert_eq!(r[0].url, "https://login.example.test/oauth/token");
    assert_eq!(r[0].content_type.as_deref(), Some("application/x-www-form-urlencoded"));
    assert_eq!(r[0].authorization, None, "a public client sends no credentials");
    assert_eq!(
        r[0].body.as_deref(),
        Some(
            format!(
                "grant_type=authorization_code&code=code%2F1&redirect_uri=https%3A%2F%2Fwidget.example.test%2Fcrm%2F&client_id=client-1&code_verifier={}",
                "v".repeat(64)
            )
            .as_str()
        )
    );
    assert!(urls.borrow().is_empty(), "no trip to the login service");
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(0.0), "the token is in memory only");
}

#[wasm_bindgen_test]
async fn a_failed_exchange_is_an_error_and_no_new_trip() {
    clear_storage();
    serve_token(400, r#"{"error":"invalid_grant","error_description":"The authorization code has expired"}"#);
    let (urls, leave) = recorder();
    let arrival = Arrival::Exchange { code: "c".into(), verifier: "v".repeat(64), unauthorized_at_ms: None };
    let source = SignInTokenSource::new(config(), Some(arrival), SignInUi::new(), leave);
    match source.token().await {
        Err(WidgetError::SignIn(SignInError::Exchange(ExchangeError::Refused { status: 400, why }))) => {
            assert_eq!(why, "The authorization code has expired")
        }
        other => panic!("expected an exchange error, got {other:?}"),
    }
    assert!(urls.borrow().is_empty());
}

#[wasm_bindgen_test]
async fn a_refusal_from_the_return_is_the_error() {
    let (urls, leave) = recorder();
    let arrival = Arrival::Failed(SignInError::Denied("The agent denied the sign-in".into()));
    let source = SignInTokenSource::new(config(), Some(arrival), SignInUi::new(), leave);
    assert_eq!(source.token().await, Err(SignInError::Denied("The agent denied the sign-in".into()).into()));
    assert!(urls.borrow().is_empty());
}

#[wasm_bindgen_test]
async fn a_token_refused_before_it_ever_worked_is_not_a_reason_to_leave() {
    let (urls, source) = signed_in(r#"{"access_token":"token-1","expires_in":3600}"#, None).await;
    assert_eq!(source.renew().await, Err(SignInError::RefusedAtOnce.into()));
    assert!(urls.borrow().is_empty(), "no loop");
    // Once the API has accepted it, a later 401 means it stopped working: sign in again.
    source.accepted();
    assert!(pending_after(source.renew(), 300).await);
    assert_eq!(urls.borrow().len(), 1);
    clear_storage();
}

#[wasm_bindgen_test]
async fn shortly_before_expiry_it_signs_in_again_by_itself() {
    // One second of life: renewal is due after 750 ms.
    let (urls, source) = signed_in(r#"{"access_token":"token-1","expires_in":1}"#, None).await;
    assert!(urls.borrow().is_empty());
    TimeoutFuture::new(1000).await;
    // The timer left for the login service, before anyone asked for a token.
    assert_eq!(urls.borrow().len(), 1, "{:?}", urls.borrow());
    // A request now is not sent with the expiring token: it waits for the new sign-in.
    assert!(pending_after(source.token(), 200).await);
    assert_eq!(urls.borrow().len(), 1, "one trip, shared");
    drop(source);
    clear_storage();
}

#[wasm_bindgen_test]
async fn dropping_the_source_stops_its_renewal_timer() {
    let (urls, source) = signed_in(r#"{"access_token":"token-1","expires_in":1}"#, None).await;
    drop(source);
    TimeoutFuture::new(1000).await;
    assert!(urls.borrow().is_empty(), "a stopped widget never leaves by itself");
}

/// Sets the page's query (keeping its path) and runs the page-start step.
fn start_with(search: &str) {
    js(&format!("history.replaceState(null, '', location.pathname + '{search}'); return null;"));
    arrive_on_start();
}

#[wasm_bindgen_test]
fn the_return_restores_the_original_query_and_takes_the_entry() {
    let original = js("return location.pathname + location.search").as_string().unwrap();
    clear_storage();
    let verifier = "a".repeat(64);
    js(&format!("sessionStorage.setItem('{STORAGE_PREFIX}s-1', 'v1\\n{verifier}\\n?gcHostOrigin=https%3A%2F%2Fh.example&gcLangTag=de'); return null;"));
    start_with("?code=c-9&state=s-1");
    assert_eq!(
        js("return location.search").as_string().as_deref(),
        Some("?gcHostOrigin=https%3A%2F%2Fh.example&gcLangTag=de")
    );
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(0.0));
    assert_eq!(take_arrival(), Some(Arrival::Exchange { code: "c-9".into(), verifier, unauthorized_at_ms: None }));
    assert_eq!(take_arrival(), None, "used once");
    js(&format!("history.replaceState(null, '', '{original}'); return null;"));
}

#[wasm_bindgen_test]
fn a_return_for_another_state_is_refused_and_leaves_other_frames_entries_alone() {
    let original = js("return location.pathname + location.search").as_string().unwrap();
    clear_storage();
    // Same-origin frames of one tab share sessionStorage: "theirs" is another frame's entry,
    // maybe in the middle of its own sign-in.
    js(&format!(
        "sessionStorage.setItem('{STORAGE_PREFIX}theirs', 'v1\\n{}\\n?gcHostOrigin=x'); return null;",
        "b".repeat(64)
    ));
    start_with("?code=stolen&state=unknown");
    assert_eq!(take_arrival(), Some(Arrival::Failed(SignInError::UnknownState)));
    assert_eq!(js("return location.search").as_string().as_deref(), Some(""), "code and state are gone");
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(1.0), "another frame's entry stays");
    // A fresh frame does not take another frame's entry for its own unanswered trip.
    start_with("?gcHostOrigin=y");
    assert_eq!(take_arrival(), None);
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(1.0));
    // This frame came back with nothing from a sign-in it left for (its name says which): an
    // error, not another trip; its own entry goes, and the frame gets its name back.
    js(&format!(
        "sessionStorage.setItem('{STORAGE_PREFIX}mine', 'v1\\n{}\\n?gcHostOrigin=y'); window.name = 'frame-1\\u0001crm-signin:mine'; return null;",
        "b".repeat(64)
    ));
    start_with("?gcHostOrigin=y");
    assert_eq!(take_arrival(), Some(Arrival::Failed(SignInError::NoAnswer)));
    assert_eq!(js("return window.name").as_string().as_deref(), Some("frame-1"));
    assert_eq!(js("return sessionStorage.getItem('crm-signin:mine')"), JsValue::NULL);
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(1.0), "only its own entry");
    // Nothing under way, nothing returned: nothing to do.
    start_with("?gcHostOrigin=y");
    assert_eq!(take_arrival(), None);
    js(&format!("history.replaceState(null, '', '{original}'); window.name = ''; return null;"));
}

#[wasm_bindgen_test]
async fn a_second_401_soon_after_a_401_trip_waits_for_retry() {
    clear_storage();
    serve_token(200, r#"{"access_token":"token-2","expires_in":3600}"#);
    let (urls, leave) = recorder();
    // This page came back from a trip made for a 401 a moment ago.
    let now = js_sys::Date::now() as u64;
    let arrival =
        Arrival::Exchange { code: "c".into(), verifier: "v".repeat(64), unauthorized_at_ms: Some(now - 5_000) };
    let source = SignInTokenSource::new(config(), Some(arrival), SignInUi::new(), leave);
    source.token().await.unwrap();
    source.accepted();
    // The service refuses the new token too, after one page: no second trip, Retry decides.
    assert_eq!(source.renew().await, Err(SignInError::RefusedAtOnce.into()));
    assert!(urls.borrow().is_empty());
}

#[wasm_bindgen_test]
async fn a_401_trip_is_remembered_in_the_saved_entry() {
    let (urls, source) = signed_in(r#"{"access_token":"token-1","expires_in":3600}"#, None).await;
    source.accepted();
    assert!(pending_after(source.renew(), 300).await);
    assert_eq!(urls.borrow().len(), 1);
    let saved = js("return sessionStorage.getItem(sessionStorage.key(0))").as_string().unwrap();
    let at: u64 = saved.lines().nth(3).unwrap().parse().unwrap();
    assert!(at > 0 && at <= js_sys::Date::now() as u64);
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_popup_sign_in_keeps_its_verifier_in_memory_and_nothing_in_storage() {
    clear_storage();
    let name = js("return window.name").as_string().unwrap();
    let (urls, leave) = recorder();
    let ui = SignInUi::new();
    let source = SignInTokenSource::new(SignIn { popup: true, ..config() }, None, Rc::clone(&ui), leave);
    // The prompt shows and waits for the click: the frame never leaves.
    assert!(pending_after(source.token(), 300).await);
    assert!(urls.borrow().is_empty(), "the frame stays");
    assert_eq!(ui.prompt.get_untracked(), crm_core::auth::signin::Prompt::SignIn, "the button shows");
    // A reload now leaves nothing behind, and the frame's name carries no trip.
    assert_eq!(js("return sessionStorage.length").as_f64(), Some(0.0));
    assert_eq!(js("return window.name").as_string().unwrap(), name);
}
