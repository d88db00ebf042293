//! The dev host: a page on its own origin that frames the widget as Genesys Cloud would.

use std::sync::Arc;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::json;

use crate::scenario::HostMode;
use crate::state::Shared;

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/host.js", get(|| async { asset("text/javascript", include_str!("../assets/host.js")) }))
        .route("/host.css", get(|| async { asset("text/css", include_str!("../assets/host.css")) }))
        .route("/sibling.html", get(sibling))
        .with_state(shared)
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-store")], body).into_response()
}

async fn page(State(shared): State<Arc<Shared>>) -> Response {
    let origins = shared.origins.lock().expect("origins lock").clone();
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    let mode = match scenario.host {
        HostMode::Answer => "answer",
        HostMode::Silent => "silent",
        HostMode::Refuse => "refuse",
    };
    let config = json!({
        "widget": origins.widget, "host": origins.host, "api": origins.api, "login": origins.login,
        "mode": mode, "forge": scenario.forge, "lang": "en-us", "announceExpiry": scenario.announce_expiry,
        "auth": scenario.auth, "loginFaults": scenario.login, "tokenTtlS": scenario.token_ttl_s,
    });
    // `</` cannot appear in the JSON of origins and a mode, but escape it anyway.
    let html = include_str!("../assets/host.html").replace("__DEV_HOST__", &config.to_string().replace("</", "<\\/"));
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], html).into_response()
}

/// A frame on the host's own origin that is not the widget's parent: it must not be trusted.
async fn sibling() -> Response {
    let html = include_str!("../assets/forger.html").replace("__FORGED__", "forged-token-from-sibling-frame");
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}
