//! Serves a built `dist/` with a dev `config.json` that trusts the dev host and points at the
//! mock API.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::json;
use tower_http::services::ServeDir;

use crate::scenario::AuthMode;
use crate::Shared;

pub(crate) fn router(shared: Arc<Shared>, dist: PathBuf, headers: Vec<(String, String)>) -> Router {
    let headers: Arc<Vec<(HeaderName, HeaderValue)>> = Arc::new(
        headers
            .into_iter()
            .filter_map(|(k, v)| Some((HeaderName::try_from(k).ok()?, HeaderValue::try_from(v).ok()?)))
            .collect(),
    );
    Router::new()
        .route("/config.json", get(config))
        .fallback_service(ServeDir::new(dist))
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            let headers = Arc::clone(&headers);
            async move {
                let mut response = next.run(request).await;
                response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                for (k, v) in headers.iter() {
                    response.headers_mut().insert(k.clone(), v.clone());
                }
                response
            }
        }))
        .with_state(shared)
}

/// The dev `config.json`: the scenario's override, or one that trusts the dev host.
pub(crate) fn dev_config(shared: &Shared) -> String {
    let origins = shared.origins.lock().expect("origins lock").clone();
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    if let Some(text) = scenario.config_json {
        return text;
    }
    let mut config = json!({
        "trustedHostOrigins": [origins.host],
        "apiBase": origins.api,
        "handshakeTimeoutMs": scenario.handshake_timeout_ms,
        // A debug build opened on its own (`trunk serve`) goes to the dev host, which frames it.
        "devHostUrl": format!("{}/", origins.host),
    });
    if scenario.auth != AuthMode::Handshake {
        config["oauthClientId"] = json!(crate::login::CLIENT_ID);
        config["loginBase"] = json!(origins.login);
        config["oauthPopup"] = json!(scenario.auth == AuthMode::Popup);
    }
    // Both the mock's APIs are on the API origin: CONTRACT §4's, and the Genesys ones (§7).
    config["dataSource"] = json!(scenario.data_source.name());
    if let Some(size) = scenario.page_size {
        config["pageSize"] = json!(size);
    }
    config.to_string()
}

async fn config(State(shared): State<Arc<Shared>>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], dev_config(&shared)).into_response()
}
