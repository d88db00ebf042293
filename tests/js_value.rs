//! Reading `JSON.parse` / `postMessage` values into the core's raw types.
#![cfg(target_arch = "wasm32")]

use crm_core::host::handshake::{HostMessage, RawHostMessage};
use crm_core::i18n::{Locale, Localized};
use crm_core::model::Kind;
use crm_core::source::cursor::RawPage;
use crm_core::startup::config::RawConfig;
use crm_core::util::json::{JsonKind, Problem, ReadError};
use crm_widget::platform::js_value::{parse_json, read_js};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_page_with_every_kind_of_id_and_unknown_keys() {
    let raw: RawPage = parse_json(
        r#"{"entities":[
            {"id":"a","type":"call","to":{"name":"Ada","address":"+1555"},"routing":{"queueName":"Sales"},"extra":[1,{"x":null}]},
            {"id":42,"type":"email"},
            {"id":{"nested":true}},
            {"id":null},
            {"type":"chat"}
          ],
          "totalCount":5,"nextPage":"c2","pageSize":100}"#,
    )
    .unwrap();
    let (page, _) = raw.into_page().unwrap();
    let ids: Vec<_> = page.interactions.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["a", "42"]);
    assert_eq!(page.skipped, 3);
    assert_eq!(page.total_count, Some(5));
    assert_eq!(page.interactions[0].kind, Kind::Call);
    assert_eq!(page.interactions[0].name.as_deref(), Some("Ada"));
    assert_eq!(page.interactions[0].queue.as_deref(), Some("Sales"));
}

#[wasm_bindgen_test]
fn wrong_types_are_errors_that_name_the_kinds_not_the_values() {
    use JsonKind::*;
    let wrong = |field, expected, found| ReadError { problem: Problem::WrongType { expected, found }, field };
    let e = parse_json::<RawPage>(r#"{"entities":"nope"}"#).unwrap_err();
    assert_eq!(e, wrong("entities", List, String));
    assert_eq!(e.localize(Locale::En), "$..entities: \"…\" where […] was expected");
    let e = parse_json::<RawConfig>(r#"{"apiBase":1.5}"#).unwrap_err();
    assert_eq!(e, wrong("apiBase", String, Number));
    let e = parse_json::<RawConfig>(r#"{"pageSize":"100"}"#).unwrap_err();
    assert_eq!(e, wrong("pageSize", Number, String));
    let e = parse_json::<RawConfig>(r#"{"trustedHostOrigins":[true]}"#).unwrap_err();
    assert_eq!(e, wrong("trustedHostOrigins", String, Bool));
    let e = parse_json::<RawPage>(r#"{"entities":[],"nextPage":["c2"]}"#).unwrap_err();
    assert_eq!(e, wrong("nextPage", String, List));
    let e = parse_json::<RawHostMessage>(r#"{"jwt":{"t":1}}"#).unwrap_err();
    assert_eq!(e, wrong("jwt", String, Object));
    assert_eq!(parse_json::<RawPage>("[1,2]").unwrap_err(), wrong("", Object, List));
    // Not JSON at all: the browser's own JSON.parse message is not kept (it is in the
    // browser's language, not the agent's).
    assert_eq!(parse_json::<RawPage>("{not json").unwrap_err(), ReadError::NOT_JSON);
}

#[wasm_bindgen_test]
fn numbers_nulls_and_missing_keys() {
    let c: RawConfig = parse_json(r#"{"pageSize":250,"handshakeTimeoutMs":-1,"apiBase":null}"#).unwrap();
    assert_eq!((c.page_size, c.handshake_timeout_ms, c.api_base), (Some(250.0), Some(-1.0), None));
    let c: RawConfig = parse_json(r#"{"pageSize":0.5}"#).unwrap();
    assert_eq!(c.page_size, Some(0.5));
    let c: RawConfig = parse_json("{}").unwrap();
    assert!(c.trusted_host_origins.is_none());
}

#[wasm_bindgen_test]
fn a_posted_object_becomes_a_host_message() {
    let data =
        js_sys::JSON::parse(r#"{"type":"appfoundry.token","requestId":"r-1","jwt":"t","expiresIn":60}"#).unwrap();
    let message = read_js::<RawHostMessage>(data).unwrap().parse().unwrap();
    assert!(matches!(message, HostMessage::Token { request_id: Some(ref id), .. } if id == "r-1"), "{message:?}");
    // A string, a number or undefined is not a message object.
    for v in [wasm_bindgen::JsValue::from_str("hi"), 7.into(), wasm_bindgen::JsValue::UNDEFINED] {
        assert!(read_js::<RawHostMessage>(v).is_err());
    }
}
