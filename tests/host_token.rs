//! Browser tests of the host token source. In the test page the window is its own parent,
//! so a message it posts to itself comes from "the parent" on its own origin.
#![cfg(target_arch = "wasm32")]

use crm_core::host::handshake::HandshakeError;
use crm_core::net::origin::Origin;
use crm_core::WidgetError;
use crm_widget::shell::host_token::HostTokenSource;
use crm_widget::sources::TokenSource;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn own_origin() -> Origin {
    Origin::parse(&leptos::prelude::window().location().origin().unwrap()).unwrap()
}

fn post(json: &str) {
    let value = js_sys::JSON::parse(json).unwrap();
    let window = leptos::prelude::window();
    window.post_message(&value, &window.location().origin().unwrap()).unwrap();
}

async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

#[wasm_bindgen_test]
async fn answer_with_matching_request_id_gives_the_token() {
    let source = HostTokenSource::new(own_origin(), 2000);
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
    post(r#"{"type":"appfoundry.token","jwt":"rotated","expiresIn":3600}"#);
    sleep(30).await;
    assert_eq!(source.token().await.unwrap().expose(), "rotated");
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
