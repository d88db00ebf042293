//! Reads the deploy-time `config.json` beside `index.html`.

use crm_core::startup::config::{Config, ConfigError, RawConfig};
use gloo_net::http::Request;

use wasm_bindgen::JsCast;

use crate::platform::js_value::parse_json;
use web_sys::{AbortSignal, RequestCache};

/// What the page's early script prefetched under `window[name]` (a promise of `{status, text}`,
/// or of `null` when it failed), taken once: `(status, text)`, or `None` when there is none
/// (the widget then fetches it itself).
pub async fn prefetched(name: &str) -> Option<(u16, Option<String>)> {
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &name.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _taken = js_sys::Reflect::delete_property(&window, &name.into());
    // Settled already (it usually is by the time the wasm runs): its answer, without a turn
    // of the event loop's microtasks, in which the mount's effects would run first.
    let settled = js_sys::Reflect::get(&promise, &"v".into()).ok().filter(|v| !v.is_undefined());
    let answer = match settled {
        Some(answer) => answer,
        None => wasm_bindgen_futures::JsFuture::from(promise).await.ok()?,
    };
    let field = |key: &str| js_sys::Reflect::get(&answer, &key.into()).ok();
    let status = field("status")?.as_f64()? as u16;
    Some((status, field("text").and_then(|t| t.as_string())))
}

/// Waits until what the page's early script prefetched under `window[name]` has settled, if
/// it has not yet (without taking it). The widget mounts once `config.json` is in: the
/// handshake needs it, and a mount before it would have the browser lay out and paint the
/// whole widget while the config's answer waits its turn on the same thread.
pub async fn prefetch_settled(name: &str) {
    let Some(promise) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    if js_sys::Reflect::get(&promise, &"v".into()).is_ok_and(|v| v.is_undefined()) {
        let _settles_without_rejecting = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Fetches and validates `config.json`. A missing file (404) means the defaults. So does an
/// HTML page served in its place by a single-page-app fallback: the defaults are the
/// strictest settings, so this never loosens anything. Any other failure is an error.
pub async fn load_config(signal: &AbortSignal) -> Result<Config, ConfigError> {
    // The page's prefetch (scripts/trunk-post-build) started it while the wasm was loading.
    let (status, text) = match prefetched("crmConfig").await {
        Some(answer) => answer,
        None => {
            let response = Request::get("config.json")
                .cache(RequestCache::NoCache)
                .abort_signal(Some(signal))
                .send()
                .await
                .map_err(|_| ConfigError::Unreadable { status: None })?;
            let status = response.status();
            let text = if status == 200 { response.text().await.ok() } else { None };
            (status, text)
        }
    };
    match status {
        404 => return Ok(Config::default()),
        200 => {}
        status => return Err(ConfigError::Unreadable { status: Some(status) }),
    }
    let text = text.ok_or(ConfigError::Unreadable { status: None })?;
    if text.trim_start().starts_with('<') {
        return Ok(Config::default());
    }
    Config::from_raw(parse_json::<RawConfig>(&text).map_err(ConfigError::Malformed)?)
}
