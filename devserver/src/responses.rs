//! What every answer of the mock API shares: the error body, CORS, the latency the scenario
//! asks for, and the request log.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::clock::epoch_ms;
use crate::data::mix;
use crate::state::{LogEntry, Shared};

/// An error as Genesys sends it (`ErrorBody`); the interactions API answers the same shape.
pub(crate) fn error_body(status: StatusCode, code: &str, message: &str) -> Response {
    let context = format!("{:016x}", mix(epoch_ms()));
    (
        status,
        Json(json!({ "message": message, "code": code, "status": status.as_u16(), "contextId": context, "details": [], "errors": [] })),
    )
        .into_response()
}

/// Appends a request to the log and numbers it; returns its number.
pub(crate) fn log(shared: &Shared, entry: LogEntry) -> u64 {
    let mut log = shared.log.lock().expect("log lock");
    let seq = log.len() as u64 + 1;
    log.push(LogEntry { seq, ..entry });
    seq
}

/// Waits as long as the scenario's `latency_ms` says.
pub(crate) async fn latency(shared: &Shared) {
    let ms = shared.scenario.lock().expect("scenario lock").latency_ms;
    if ms > 0 {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
}

/// CORS for the widget's and the host's origins, preflights included (a middleware).
pub(crate) async fn cors(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let origin = request.headers().get(header::ORIGIN).and_then(|o| o.to_str().ok()).map(str::to_owned);
    let allowed = {
        let origins = shared.origins.lock().expect("origins lock");
        origin.filter(|o| *o == origins.widget || *o == origins.host)
    };
    let expose = shared.scenario.lock().expect("scenario lock").expose_retry_after;
    let mut response = if request.method() == Method::OPTIONS {
        StatusCode::NO_CONTENT.into_response()
    } else {
        next.run(request).await
    };
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("Origin"));
    if let Some(origin) = allowed.and_then(|o| HeaderValue::from_str(&o).ok()) {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("authorization, accept, content-type"));
        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST, PUT, OPTIONS"));
        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
        if expose {
            h.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static(
                    "Retry-After, inin-ratelimit-count, inin-ratelimit-allowed, inin-ratelimit-reset",
                ),
            );
        }
    }
    response
}
