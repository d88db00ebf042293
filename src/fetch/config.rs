//! Reads the deploy-time `config.json` beside `index.html`.

use crm_core::startup::config::{Config, ConfigError, RawConfig};
use gloo_net::http::Request;

use crate::platform::js_value::parse_json;
use web_sys::{AbortSignal, RequestCache};

/// Fetches and validates `config.json`. A missing file (404) means the defaults. So does an
/// HTML page served in its place by a single-page-app fallback: the defaults are the
/// strictest settings, so this never loosens anything. Any other failure is an error.
pub async fn load_config(signal: &AbortSignal) -> Result<Config, ConfigError> {
    // The page's prefetch (scripts/trunk-post-build) started it while the wasm was loading.
    let prefetched = match super::prefetch::take("crmConfig") {
        Some(promise) => super::prefetch::answer(promise).await,
        None => None,
    };
    let (status, text) = match prefetched {
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
