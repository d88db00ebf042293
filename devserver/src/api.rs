//! The mock interactions API (CONTRACT §4), its token issuer, and its control endpoints.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::data::{hostile_interaction, interaction, mix};
use crate::scenario::{Paging, RetryAfter, Scenario};
use crate::{epoch_ms, LogEntry, Shared};
use crm_core::auth::token::base64url_encode;

#[derive(Debug)]
struct TokenInfo {
    expires_at_ms: u64,
    pages: u32,
    revoked: bool,
}

/// Tokens the mock has issued.
#[derive(Debug, Default)]
pub struct Tokens {
    next: u64,
    live: HashMap<String, TokenInfo>,
    order: Vec<String>,
}

impl Tokens {
    pub(crate) fn issue(&mut self, scenario: &Scenario) -> String {
        self.next += 1;
        let expires_at_ms = epoch_ms() + scenario.token_ttl_s * 1000;
        let token = if scenario.jwt_tokens {
            let header = base64url_encode(br#"{"alg":"none","typ":"JWT"}"#);
            let claims = base64url_encode(
                format!(r#"{{"sub":"dev-agent","n":{},"exp":{}}}"#, self.next, expires_at_ms / 1000).as_bytes(),
            );
            format!("{header}.{claims}.mock-signature-{}", self.next)
        } else {
            format!("mock-token-{}-{:08x}", self.next, mix(self.next) as u32)
        };
        self.live.insert(token.clone(), TokenInfo { expires_at_ms, pages: 0, revoked: false });
        self.order.push(token.clone());
        token
    }

    pub fn issued(&self) -> Vec<String> {
        self.order.clone()
    }

    /// Why a token is refused, if it is.
    pub(crate) fn check(&self, token: &str, scenario: &Scenario) -> Result<(), &'static str> {
        let info = self.live.get(token).ok_or("unknown token")?;
        if info.revoked || epoch_ms() >= info.expires_at_ms {
            return Err("token expired");
        }
        if scenario.token_pages.is_some_and(|limit| info.pages >= limit) {
            return Err("token expired");
        }
        Ok(())
    }

    fn expire_all(&mut self) {
        for info in self.live.values_mut() {
            info.revoked = true;
        }
    }
}

/// How often each page's fault has fired.
#[derive(Debug, Default)]
pub struct FaultCounters {
    throttled: u32,
    errored: u32,
}

pub(crate) fn reset(shared: &Shared, scenario: Scenario) {
    *shared.scenario.lock().expect("scenario lock") = scenario;
    *shared.faults.lock().expect("faults lock") = FaultCounters::default();
    shared.log.lock().expect("log lock").clear();
    shared.tokens.lock().expect("tokens lock").expire_all();
    *shared.genesys.lock().expect("genesys lock") = crate::genesys::GenesysState::default();
    {
        let mut live = shared.live.lock().expect("live lock");
        // Open sockets hear that the world changed: they close.
        drop(live.pushes.send(crate::notifications::Push::Drop));
        live.silent = false;
        live.refuse_upgrades = false;
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/api/v2/interactions", get(interactions))
        .route("/_mock/token", post(issue_token))
        .route("/_mock/expire", post(expire_tokens))
        .route("/_mock/scenario", get(get_scenario).post(set_scenario))
        .route("/_mock/presets", get(presets))
        .route("/_mock/log", get(log))
        .route("/_mock/evil.html", get(evil_page))
        // The Genesys APIs (CONTRACT §7) on the same origin, as on api.<domain>.
        .merge(crate::genesys::router())
        .merge(crate::notifications::router())
        // For `trunk serve`, which proxies its /config.json here.
        .route(
            "/_mock/widget-config.json",
            get(|State(shared): State<Arc<Shared>>| async move {
                ([(header::CONTENT_TYPE, "application/json")], crate::widget::dev_config(&shared)).into_response()
            }),
        )
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), cors))
        .with_state(shared)
}

/// CORS for the widget's and the host's origins, preflights included.
async fn cors(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
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

fn error_body(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "message": message, "code": code, "status": status.as_u16() }))).into_response()
}

fn cursor_for(offset: usize) -> String {
    format!("cur_{offset:x}_{:04x}", mix(offset as u64) & 0xffff)
}

fn offset_of(cursor: &str) -> Option<usize> {
    let rest = cursor.strip_prefix("cur_")?;
    let (hex, check) = rest.split_once('_')?;
    let offset = usize::from_str_radix(hex, 16).ok()?;
    (cursor_for(offset) == format!("cur_{hex}_{check}")).then_some(offset)
}

async fn interactions(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    request_uri: axum::http::Uri,
) -> Response {
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    if scenario.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(scenario.latency_ms)).await;
    }
    let at_ms = epoch_ms();
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned);
    let page_size = q.get("pageSize").and_then(|s| s.parse::<usize>().ok()).filter(|n| (1..=500).contains(n));
    let cursor = q.get("nextPage").or_else(|| q.get("cursor"));
    let offset = match cursor {
        None => Some(0),
        Some(c) => offset_of(c),
    };
    let page = match (page_size, offset) {
        (Some(size), Some(offset)) => Some(offset / size + 1),
        _ => None,
    };
    let mut retry_not_before_ms = None;
    let response = 'respond: {
        let (Some(size), Some(offset)) = (page_size, offset) else {
            break 'respond error_body(
                StatusCode::BAD_REQUEST,
                "bad.request",
                "pageSize must be 1..500 and the cursor must be one this API issued",
            );
        };
        let page = offset / size + 1;
        let Some(token) = token.as_deref() else {
            break 'respond error_body(StatusCode::UNAUTHORIZED, "authentication.required", "No bearer token");
        };
        if let Err(why) = shared.tokens.lock().expect("tokens lock").check(token, &scenario) {
            break 'respond error_body(StatusCode::UNAUTHORIZED, "bad.credentials", why);
        }
        if scenario.forbidden {
            break 'respond error_body(
                StatusCode::FORBIDDEN,
                "missing.any.permissions",
                "Missing permission interaction:read",
            );
        }
        if let Some((r, not_before)) = page_fault(&shared, &scenario, page, at_ms) {
            retry_not_before_ms = not_before;
            break 'respond r;
        }
        if scenario.malformed_page == Some(page) {
            break 'respond malformed();
        }
        count_page(&shared, token);
        let end = (offset + size).min(scenario.total);
        let make = if scenario.hostile_names { hostile_interaction } else { interaction };
        let mut entities: Vec<Value> = (offset.min(end)..end).map(make).collect();
        let mut body = json!({ "entities": [], "pageSize": size, "totalCount": scenario.total });
        if scenario.hostile_data {
            crate::data::torture(&mut entities, &mut body, page);
        }
        body["entities"] = Value::Array(entities);
        if end < scenario.total {
            let next = cursor_for(end);
            match scenario.paging {
                Paging::NextPage => body["nextPage"] = json!(next),
                Paging::NextUri => {
                    body["nextUri"] = json!(format!("/api/v2/interactions?pageSize={size}&cursor={next}"))
                }
                Paging::ForeignNextUri => {
                    body["nextUri"] = json!(format!("https://evil.example/api/v2/interactions?cursor={next}"))
                }
            }
        }
        Json(body).into_response()
    };
    shared.log.lock().expect("log lock").push(LogEntry {
        seq: 0,
        at_ms,
        method: "GET".into(),
        path: request_uri.path().to_owned(),
        query: request_uri.query().unwrap_or("").to_owned(),
        page,
        token,
        status: response.status().as_u16(),
        retry_not_before_ms,
        asked: None,
    });
    let mut log = shared.log.lock().expect("log lock");
    let n = log.len() as u64;
    if let Some(last) = log.last_mut() {
        last.seq = n;
    }
    response
}

/// The scenario's faults for 1-based `page`: a 429 (with the time before which a repeat is too
/// early) or a 5xx, each as often as the scenario says. Shared by the interactions API and
/// the Genesys analytics query.
pub(crate) fn page_fault(
    shared: &Shared,
    scenario: &Scenario,
    page: usize,
    at_ms: u64,
) -> Option<(Response, Option<u64>)> {
    let mut faults = shared.faults.lock().expect("faults lock");
    if let Some(f) = scenario.throttle.as_ref().filter(|f| f.page == page && faults.throttled < f.times) {
        faults.throttled += 1;
        let mut r = error_body(
            StatusCode::TOO_MANY_REQUESTS,
            "too.many.requests",
            "Rate limit exceeded the maximum [300] requests within [60] seconds",
        );
        let mut not_before = None;
        let value = match f.retry_after.unwrap_or(RetryAfter::Seconds(1)) {
            RetryAfter::Seconds(s) => {
                not_before = Some(at_ms + s * 1000);
                Some(s.to_string())
            }
            RetryAfter::Date(s) => {
                let when_s = at_ms.div_ceil(1000) + s;
                not_before = Some(when_s * 1000);
                Some(httpdate::fmt_http_date(std::time::UNIX_EPOCH + Duration::from_secs(when_s)))
            }
            RetryAfter::Absent => None,
        };
        if let Some(v) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Some((r, not_before));
    }
    if let Some(f) = scenario.server_error.as_ref().filter(|f| f.page == page && faults.errored < f.times) {
        faults.errored += 1;
        let status = StatusCode::from_u16(f.status.unwrap_or(503)).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        return Some((error_body(status, "service.unavailable", "The mock is failing on purpose"), None));
    }
    None
}

/// A 200 whose body is not JSON (the `malformed` fault).
pub(crate) fn malformed() -> Response {
    (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], "{\"entities\": [{\"id\": \"c-broken\", <html>")
        .into_response()
}

/// One more page served with `token` (the `token-expiry` fault counts them).
pub(crate) fn count_page(shared: &Shared, token: &str) {
    if let Some(info) = shared.tokens.lock().expect("tokens lock").live.get_mut(token) {
        info.pages += 1;
    }
}

async fn issue_token(State(shared): State<Arc<Shared>>) -> Response {
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    let token = shared.tokens.lock().expect("tokens lock").issue(&scenario);
    Json(json!({ "token": token, "expiresIn": scenario.token_ttl_s })).into_response()
}

pub(crate) fn expire_all(shared: &Shared) {
    shared.tokens.lock().expect("tokens lock").expire_all();
}

async fn expire_tokens(State(shared): State<Arc<Shared>>) -> Response {
    expire_all(&shared);
    StatusCode::NO_CONTENT.into_response()
}

async fn get_scenario(State(shared): State<Arc<Shared>>) -> Response {
    Json(shared.scenario.lock().expect("scenario lock").clone()).into_response()
}

/// Body: a scenario object, or `{"preset": "name"}`.
async fn set_scenario(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error_body(StatusCode::BAD_REQUEST, "bad.request", &format!("not JSON: {e}")),
    };
    let scenario = match value.get("preset").and_then(Value::as_str) {
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

/// A page on a foreign origin that tries to hand the widget a token.
async fn evil_page() -> Response {
    let html = include_str!("../assets/forger.html").replace("__FORGED__", "forged-token-from-foreign-origin");
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], Body::from(html)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_forgeries() {
        for offset in [0, 1, 100, 9_999] {
            assert_eq!(offset_of(&cursor_for(offset)), Some(offset));
        }
        assert_eq!(offset_of("cur_64_0000"), None);
        assert_eq!(offset_of("garbage"), None);
    }
}
