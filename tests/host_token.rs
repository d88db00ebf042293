//! Browser tests of the host token source. In the test page the window is its own parent,
//! so a message it posts to itself comes from "the parent" on its own origin.
#![cfg(target_arch = "wasm32")]

use crm_core::host::handshake::HandshakeError;
use crm_core::net::origin::Origin;
use crm_core::WidgetError;
use crm_widget::auth::host_token::HostTokenSource;
use crm_widget::ports::TokenSource;
use support::{own_origin, sleep};
use wasm_bindgen_test::*;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn post(json: &str) {
    let value = js_sys::JSON::parse(json).unwrap();
    let window = leptos::prelude::window();
    window.post_message(&value, &window.location().origin().unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn answer_with_matching_request_id_gives_the_token() {
    let source = HostTokenSource::new(own_origin(), 2000);
    assert_eq!(source.expires_at_ms(), None, "no token, no expiry");
    let answer = async {
        sleep(50).await;
        // A wrong id is ignored; then the right one is taken.
        post(r#"{"type":"appfoundry.token","requestId":"r-99","jwt":"wrong"}"#);
        post(r#"{"type":"appfoundry.token","requestId":"r-1","jwt":"opaque-token","expiresIn":3600}"#);
    };
    let (token, ()) = futures::join!(source.token(), answer);
    assert_eq!(token.unwrap().expose(), "opaque-token");
    assert_eq!(source.stats().handshakes, 1);
    assert!(source.stats().ignored_unmatched >= 1);
    // Renewal is due before the hour the host announced is over.
    let now = js_sys::Date::now() as u64;
    let due = source.expires_at_ms().expect("the expiry of an answer with expiresIn");
    assert!(due > now && due < now + 3_600_000, "due at {due}, now {now}");
    // The current token is reused without another handshake.
    assert_eq!(source.token().await.unwrap().expose(), "opaque-token");
    assert_eq!(source.stats().handshakes, 1);
}

#[wasm_bindgen_test]
async fn pushed_token_replaces_the_current_one() {
    let source = HostTokenSource::new(own_origin(), 2000);
    let answer = async {
        sleep(30).await;
        post(r#"{"type":"appfoundry.token","requestId":"r-1","jwt":"first"}"#);
    };
    let (first, ()) = futures::join!(source.token(), answer);
    assert_eq!(first.unwrap().expose(), "first");
    assert_eq!(source.expires_at_ms(), None, "an opaque token without expiresIn: expiry unknown");
    post(r#"{"type":"appfoundry.token","jwt":"rotated","expiresIn":3600}"#);
    sleep(30).await;
    assert_eq!(source.token().await.unwrap().expose(), "rotated");
    assert!(source.expires_at_ms().is_some(), "the pushed token's expiry");
    assert_eq!(source.stats().pushed, 1);
}

#[wasm_bindgen_test]
async fn concurrent_renewals_share_one_handshake() {
    let source = HostTokenSource::new(own_origin(), 2000);
    let answer = async {
        sleep(30).await;
        post(r#"{"type":"appfoundry.token","requestId":"r-1","jwt":"fresh"}"#);
    };
    let (a, b, ()) = futures::join!(source.renew(), source.renew(), answer);
    assert_eq!(a.unwrap().expose(), "fresh");
    assert_eq!(b.unwrap().expose(), "fresh");
    assert_eq!(source.stats().handshakes, 1);
}

#[wasm_bindgen_test]
async fn no_answer_times_out_and_error_answers_are_refusals() {
    let source = HostTokenSource::new(own_origin(), 150);
    match source.token().await {
        Err(WidgetError::Handshake(HandshakeError::Timeout { ms: 150, .. })) => {}
        other => panic!("expected a timeout, got {other:?}"),
    }
    let answer = async {
        sleep(30).await;
        post(r#"{"type":"appfoundry.error","requestId":"r-2","message":"no session"}"#);
    };
    let (refused, ()) = futures::join!(source.token(), answer);
    assert_eq!(refused, Err(WidgetError::Handshake(HandshakeError::Refused("no session".into()))));
}

#[wasm_bindgen_test]
async fn messages_from_another_origin_are_ignored() {
    // The source trusts a different origin than the one this page posts from.
    let source = HostTokenSource::new(Origin::parse("https://apps.mypurecloud.com").unwrap(), 200);
    let forge = async {
        sleep(20).await;
        post(r#"{"type":"appfoundry.token","requestId":"r-1","jwt":"forged"}"#);
    };
    let (result, ()) = futures::join!(source.token(), forge);
    assert!(matches!(result, Err(WidgetError::Handshake(HandshakeError::Timeout { .. }))), "{result:?}");
    assert!(source.stats().ignored_foreign >= 1);
}
