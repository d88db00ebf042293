//! Browser tests of fetching a language at run time (`fetch::catalog`). `fetch` and
//! `console.warn` are replaced by JS stand-ins, so each case controls what the server answers
//! and reads what the widget tells the console.
#![cfg(target_arch = "wasm32")]

use crm_core::i18n::{Locale, Msg};
use crm_widget::fetch::catalog::load_catalog_within;
use support::{js, requests, serve_fetch};
use wasm_bindgen_test::*;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// Lists the German catalog in the page, as the build does, and makes `fetch` answer with
/// `answer` (a JS expression for a Promise of a Response), recording each URL asked for.
/// `console.warn` is recorded too.
fn serve(answer: &str) {
    js(r#"
        document.querySelectorAll('meta[name=crm-catalogs]').forEach(m => m.remove());
        const meta = document.createElement('meta');
        meta.name = 'crm-catalogs';
        meta.content = 'de=./i18n/de-0123456789abcdef.json';
        document.head.appendChild(meta);
        window.__warnings = [];
        console.warn = (...args) => window.__warnings.push(args.join(' '));
        return null;
        "#);
    serve_fetch(answer);
}

fn warnings() -> Vec<String> {
    let list = js("return window.__warnings.slice()");
    js_sys::Array::from(&list).iter().filter_map(|w| w.as_string()).collect()
}

fn fetched() -> Vec<String> {
    requests().into_iter().map(|r| r.url).collect()
}

#[wasm_bindgen_test]
async fn a_catalog_that_never_comes_is_given_up_after_the_wait() {
    serve("new Promise(() => {})");
    let started = js_sys::Date::now();
    load_catalog_within(Locale::De, 100).await;
    let waited = js_sys::Date::now() - started;
    assert!((100.0..2_000.0).contains(&waited), "waited {waited} ms");
    assert!(fetched()[0].ends_with("/i18n/de-0123456789abcdef.json"), "{:?}", fetched());
    let said = warnings();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("showing English, the de texts are unavailable: no answer within 100 ms"), "{said:?}");
}

#[wasm_bindgen_test]
async fn a_catalog_that_does_not_fit_this_build_is_refused() {
    serve(r#"Promise.resolve(new Response('["Interaktionen", "Interaktionen"]', { status: 200 }))"#);
    load_catalog_within(Locale::De, 2_000).await;
    let said = warnings();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("the catalog has 2 messages; this build needs"), "{said:?}");

    serve(r#"Promise.resolve(new Response('{"not": "a list"}', { status: 200 }))"#);
    load_catalog_within(Locale::De, 2_000).await;
    let said = warnings();
    assert!(said.len() == 1 && said[0].contains("de-0123456789abcdef.json: "), "{said:?}");

    serve(r#"Promise.resolve(new Response('gone', { status: 404 }))"#);
    load_catalog_within(Locale::De, 2_000).await;
    assert!(warnings()[0].contains("answered HTTP 404"), "{:?}", warnings());
}

#[wasm_bindgen_test]
async fn a_language_the_build_does_not_list_is_not_fetched() {
    serve("Promise.reject(new Error('must not be fetched'))");
    load_catalog_within(Locale::Ja, 2_000).await;
    assert!(fetched().is_empty(), "{:?}", fetched());
    assert!(warnings()[0].contains("index.html lists no catalog for it"), "{:?}", warnings());
}

#[wasm_bindgen_test]
async fn a_matching_catalog_is_installed_without_a_word() {
    let german: Vec<&str> = Msg::ALL.map(Locale::De.bundled().unwrap()).to_vec();
    let body = js_sys::JSON::stringify(&serde_wasm_bindgen::to_value(&german).unwrap()).unwrap();
    let body = String::from(body).replace('\\', "\\\\").replace('\'', "\\'");
    serve(&format!("Promise.resolve(new Response('{body}', {{ status: 200 }}))"));
    load_catalog_within(Locale::De, 2_000).await;
    assert_eq!(fetched().len(), 1);
    assert_eq!(warnings(), Vec::<String>::new());
}
