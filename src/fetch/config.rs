//! Reads the deploy-time `config.json` beside `index.html`.

use crm_core::startup::config::{Config, ConfigError, RawConfig};
use gloo_net::http::Request;

use wasm_bindgen::JsCast;

use crate::platform::js_value::parse_json;
use web_sys::{AbortSignal, RequestCache};

/// What the page's prefetch script fetched under `window[name]` (a promise of `{status, text}`,
/// or of `null` when it failed), taken once: `(status, text)`, or `None` when there is none
/// (the widget then fetches it itself).
pub async fn prefetched(name: &str) -> Option<(u16, Option<String>)> {
    let window = web_sys::window()?;
    let promise = js_sys::Reflect::get(&window, &name.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _taken = js_sys::Reflect::delete_property(&window, &name.into());
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let field = |key: &str| js_sys::Reflect::get(&answer, &key.into()).ok();
    let status = field("status")?.as_f64()? as u16;
    Some((status, field("text").and_then(|t| t.as_string())))
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
