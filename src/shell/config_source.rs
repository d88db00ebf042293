//! Reads the deploy-time `config.json` beside `index.html`.

use crm_core::config::{Config, ConfigError, RawConfig};
use crm_core::json::{FromJson, Json};
use gloo_net::http::Request;
use web_sys::{AbortSignal, RequestCache};

use super::http::network_message;

/// Fetches and validates `config.json`. A missing file (404) means the defaults. So does an
/// HTML page served in its place by a single-page-app fallback: the defaults are the
/// strictest settings, so this never loosens anything. Any other failure is an error.
pub async fn load_config(signal: &AbortSignal) -> Result<Config, ConfigError> {
    let response = Request::get("config.json")
        .cache(RequestCache::NoCache)
        .abort_signal(Some(signal))
        .send()
        .await
        .map_err(|e| ConfigError::Unreadable(network_message(&e)))?;
    match response.status() {
        404 => return Ok(Config::default()),
        200 => {}
        status => return Err(ConfigError::Unreadable(format!("the server answered HTTP {status}"))),
    }
    let text = response.text().await.map_err(|e| ConfigError::Unreadable(network_message(&e)))?;
    if text.trim_start().starts_with('<') {
        return Ok(Config::default());
    }
    Config::from_raw(parse_json::<RawConfig>(&text).map_err(ConfigError::Malformed)?)
}

/// Parses JSON text with the browser's own `JSON.parse`.
fn js_parse(text: &str) -> Result<wasm_bindgen::JsValue, String> {
    js_sys::JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map_or_else(|| "it is not valid JSON".to_owned(), |e| String::from(e.message()))
    })
}

/// Parses JSON text with the browser's own `JSON.parse` and reads `T` from it
/// (`crm_core::json`: one generic reader for every body, hand-written fields).
pub fn parse_json<T: FromJson>(text: &str) -> Result<T, String> {
    read_js(js_parse(text)?)
}

/// Reads `T` from a JS value (a message's data).
pub fn read_js<T: FromJson>(value: wasm_bindgen::JsValue) -> Result<T, String> {
    T::from_json(&super::js_value::from_js::<Json>(value).map_err(|e| e.to_string())?)
}

/// Parses JSON text and maps it onto a serde type (a `Body`'s generic `read`).
pub fn parse_serde<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    super::js_value::from_js(js_parse(text)?).map_err(|e| e.to_string())
}

use wasm_bindgen::JsCast;
