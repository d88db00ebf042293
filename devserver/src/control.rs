//! The mock's control endpoints (`/_mock/…`), for the dev host's panel and the tests: tokens,
//! the scenario and its presets, the request log, the counts (`/_mock/counts`), a forger page,
//! the dev config (for `trunk serve`), and live updates (`/_mock/live/{action}`: a new call, the
//! end of one, or a [`LiveFault`] by name).

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::conversations::{arrive, end_newest, notification, push_event};
use crate::dev_config::dev_config;
use crate::faults::LiveFault;
use crate::reset::reset;
use crate::responses::error_body;
use crate::scenario::Scenario;
use crate::state::Shared;
use crate::tokens;

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/_mock/token", post(issue_token))
        .route("/_mock/expire", post(expire_tokens))
        .route("/_mock/scenario", get(get_scenario).post(set_scenario))
        .route("/_mock/presets", get(presets))
        .route("/_mock/log", get(log))
        .route("/_mock/counts", get(counts))
        .route("/_mock/evil.html", get(evil_page))
        // For `trunk serve`, which proxies its /config.json here.
        .route("/_mock/widget-config.json", get(widget_config))
        .route("/_mock/live/{action}", post(live))
}

async fn issue_token(State(shared): State<Arc<Shared>>) -> Response {
    let token = tokens::issue(&shared);
    let ttl_s = shared.scenario.lock().expect("scenario lock").token_ttl_s;
    Json(json!({ "token": token, "expiresIn": ttl_s })).into_response()
}

async fn expire_tokens(State(shared): State<Arc<Shared>>) -> Response {
    tokens::expire_all(&shared);
    StatusCode::NO_CONTENT.into_response()
}

async fn get_scenario(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.scenario.lock().expect("scenario lock").clone()).into_response()
}

/// Body: a scenario object, or `{"preset": "name"}` (only that key: a scenario object that
/// came from a preset names it too, and its other fields are what was asked).
async fn set_scenario(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error_body(StatusCode::BAD_REQUEST, "bad.request", &format!("not JSON: {e}")),
    };
    let preset = value.as_object().filter(|o| o.len() == 1).and_then(|o| o.get("preset")).and_then(Value::as_str);
    let scenario = match preset {
        Some(name) => match Scenario::preset(name) {
            Some(s) => s,
            None => return error_body(StatusCode::BAD_REQUEST, "bad.request", &format!("no preset named {name}")),
        },
        None => match serde_json::from_value::<Scenario>(value) {
            Ok(s) => s,
            Err(e) => return error_body(StatusCode::BAD_REQUEST, "bad.request", &format!("not a scenario: {e}")),
        },
    };
    reset(&shared, scenario.clone());
    Json(scenario).into_response()
}

async fn presets() -> Response {
    Json(Scenario::PRESETS).into_response()
}

async fn log(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.log.lock().expect("log lock").clone()).into_response()
}

/// `{"authorizes", "exchanges", "usersMe", "analytics", "channels", "socketsOpen",
/// "socketsConnected"}` since the last reset (`state::Counts`), for the dev host's counts panel.
async fn counts(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.counts()).into_response()
}

/// A page on a foreign origin that tries to hand the widget a token.
async fn evil_page() -> Response {
    let html = include_str!("../assets/forger.html").replace("__FORGED__", "forged-token-from-foreign-origin");
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], Body::from(html)).into_response()
}

async fn widget_config(State(shared): State<Arc<Shared>>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], dev_config(&shared)).into_response()
}

/// Live updates: `new-call`, `end` (the body may name the conversation: `{"id": …}`), or a
/// [`LiveFault`] by name.
async fn live(State(shared): State<Arc<Shared>>, Path(action): Path<String>, body: Bytes) -> Response {
    let event = match action.as_str() {
        "new-call" => Some(notification(&arrive(&shared), false)),
        "end" => {
            let arg: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            match end_newest(&shared, arg["id"].as_str()) {
                Some(event) => Some(event),
                None => return StatusCode::NOT_FOUND.into_response(),
            }
        }
        fault => match fault.parse::<LiveFault>() {
            Ok(fault) => {
                fault.apply(&shared);
                None
            }
            Err(_) => return StatusCode::NOT_FOUND.into_response(),
        },
    };
    match event {
        Some(event) => {
            push_event(&shared, event.clone());
            Json(event).into_response()
        }
        None => StatusCode::NO_CONTENT.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use crate::state::Counts;

    #[test]
    fn the_dev_hosts_count_cells_are_the_counts_keys() {
        let html = include_str!("../assets/host.html");
        let cells: BTreeSet<&str> =
            html.split("data-count=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        let json = serde_json::to_value(Counts::default()).expect("counts serialize");
        let keys: BTreeSet<&str> = json.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(cells, keys);
    }
}
