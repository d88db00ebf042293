//! Fetches the agent's language when this build has only English compiled in (see
//! `crm_core::i18n`). The build lists the catalogs, content-hashed, in a `<meta
//! name="crm-catalogs">` tag of index.html, which is never cached, so a catalog always
//! matches the widget that asks for it.

use crm_core::i18n::{catalog_path, Locale, Localized};
use futures::future::{select, Either};
use futures::FutureExt;
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, AbortSignal};

use crate::fetch::http::network_message;
use crate::platform::js_value::parse_json;

/// Fetches and installs `locale`'s catalog, waiting `ms` at most (then the request is
/// aborted). On any failure the widget speaks English, and the reason goes to the console
/// for whoever deployed it.
pub async fn load_catalog_within(locale: Locale, ms: u32) {
    let Ok(abort) = AbortController::new() else {
        return;
    };
    let signal = abort.signal();
    let fetched = fetch_and_install(locale, &signal).boxed_local();
    let result = match select(fetched, TimeoutFuture::new(ms)).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => {
            abort.abort();
            Err(format!("no answer within {ms} ms"))
        }
    };
    if let Err(why) = result {
        let lang = locale.lang();
        web_sys::console::warn_1(
            &format!("crm-widget: showing English, the {lang} texts are unavailable: {why}").into(),
        );
    }
}

async fn fetch_and_install(locale: Locale, signal: &AbortSignal) -> Result<(), String> {
    if let Some(text) = prefetched(locale).await {
        return install(locale, "the prefetched catalog", &text);
    }
    let manifest = leptos::prelude::document()
        .query_selector("meta[name=crm-catalogs]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let path = catalog_path(&manifest, locale.lang()).ok_or("index.html lists no catalog for it")?;
    let response = Request::get(path).abort_signal(Some(signal)).send().await.map_err(|e| network_message(&e))?;
    if response.status() != 200 {
        return Err(format!("{path} answered HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| network_message(&e))?;
    install(locale, path, &text)
}

fn install(locale: Locale, path: &str, text: &str) -> Result<(), String> {
    let templates = parse_json::<Vec<String>>(text).map_err(|e| format!("{path}: {}", e.localize(Locale::En)))?;
    locale.install(templates).map_err(|e| format!("{path}: {e}"))
}

/// The catalog the page's early script prefetched (`window.crmCatalog = {lang, text}`), if it
/// is `locale`'s and arrived whole; taken once.
async fn prefetched(locale: Locale) -> Option<String> {
    let window = web_sys::window()?;
    let entry = js_sys::Reflect::get(&window, &"crmCatalog".into()).ok()?;
    let lang = js_sys::Reflect::get(&entry, &"lang".into()).ok()?.as_string()?;
    let _taken = js_sys::Reflect::delete_property(&window, &"crmCatalog".into());
    if !lang.eq_ignore_ascii_case(locale.lang()) {
        return None;
    }
    let promise = js_sys::Reflect::get(&entry, &"text".into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    match super::prefetch::answer(promise).await {
        Some((200, Some(text))) => Some(text),
        _ => None,
    }
}
