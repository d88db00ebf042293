//! The mock Genesys login service (CONTRACT §6; GENESYS-API.md §1.1): `/oauth/authorize` and
//! `/oauth/token` for Authorization Code with PKCE, checking what the real one checks.
//!
//! - `GET /oauth/authorize` checks `response_type`, the client id and its exactly registered
//!   redirect URI (an unknown one gets an error page, never a redirect), the S256 challenge, and
//!   shows a sign-in page for a fake agent with "Sign in" and "Deny". Once signed in, a cookie
//!   makes later authorizations silent, as a live Genesys session does.
//! - `POST /oauth/token` takes a form body, no secret, and checks the one-time code (unused,
//!   unexpired, issued to this client and redirect URI) and `SHA-256(code_verifier)` against
//!   the challenge. It answers `{access_token, token_type, expires_in}` with CORS for the
//!   widget's origin, or an OAuth error (`{error, error_description}`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Json, Router};
use crm_core::auth::token::base64url_encode;
use crm_core::net::paths;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::clock::epoch_ms;
use crate::data::{mix, CLIENT_ID};
use crate::responses::log;
use crate::state::{Code, LogEntry, Shared};
use crate::tokens;

/// How long a code stays usable.
const CODE_TTL_MS: u64 = 60_000;
const SESSION_COOKIE: &str = "crm_dev_login";

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(paths::AUTHORIZE, get(authorize).post(decide))
        .route(paths::TOKEN, axum::routing::post(token).options(preflight))
        .with_state(shared)
}

/// The redirect URIs registered on the mock's OAuth client: the widget's own URL.
fn registered_redirects(shared: &Shared) -> Vec<String> {
    let widget = shared.origins.lock().expect("origins lock").widget.clone();
    vec![format!("{widget}/"), format!("{widget}/index.html")]
}

/// A page saying what is wrong, for requests that must not be redirected anywhere.
fn error_page(status: StatusCode, what: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Sign-in error</title>\
         <body><h1>Genesys Cloud (mock login)</h1><p id=\"login-error\">{}</p></body></html>",
        escape(what)
    );
    (status, Html(html)).into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Adds `pairs` to `uri`'s query.
fn with_query(uri: &str, pairs: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        query.append_pair(k, v);
    }
    let sep = if uri.contains('?') { '&' } else { '?' };
    format!("{uri}{sep}{}", query.finish())
}

fn is_challenge(s: &str) -> bool {
    s.len() == 43 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What an authorize request asks for, checked. `Err` is the response to give instead (boxed:
/// a response is large).
struct Authorization {
    redirect_uri: String,
    challenge: String,
    state: Option<String>,
}

fn check_authorize(shared: &Shared, q: &HashMap<String, String>) -> Result<Authorization, Box<Response>> {
    let client_id = q.get("client_id").map(String::as_str).unwrap_or("");
    if client_id != CLIENT_ID {
        return Err(Box::new(error_page(StatusCode::BAD_REQUEST, &format!("Unknown OAuth client \"{client_id}\"."))));
    }
    let redirect_uri = q.get("redirect_uri").cloned().unwrap_or_default();
    if !registered_redirects(shared).contains(&redirect_uri) {
        return Err(Box::new(error_page(
            StatusCode::BAD_REQUEST,
            &format!("The redirect URI \"{redirect_uri}\" is not registered on this OAuth client."),
        )));
    }
    let state = q.get("state").cloned();
    let refuse = |error: &str, description: &str| {
        let mut pairs = vec![("error", error), ("error_description", description)];
        if let Some(s) = &state {
            pairs.push(("state", s));
        }
        Err(Box::new(Redirect::to(&with_query(&redirect_uri, &pairs)).into_response()))
    };
    if q.get("response_type").map(String::as_str) != Some("code") {
        return refuse("unsupported_response_type", "Only response_type=code is supported");
    }
    if q.get("code_challenge_method").map(String::as_str) != Some("S256") {
        return refuse("invalid_request", "code_challenge_method must be S256");
    }
    let challenge = q.get("code_challenge").cloned().unwrap_or_default();
    if !is_challenge(&challenge) {
        return refuse("invalid_request", "code_challenge must be 43 characters of base64url");
    }
    Ok(Authorization { redirect_uri, challenge, state })
}

fn signed_in(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|c| c.trim() == format!("{SESSION_COOKIE}=dev-agent"))
}

/// Sends the browser back with a fresh code (or a refusal, when the scenario says so).
fn answer(shared: &Shared, a: &Authorization, allow: bool) -> Response {
    let faults = shared.scenario.lock().expect("scenario lock").login.clone();
    let state = match (&a.state, faults.wrong_state) {
        (Some(s), true) => Some(format!("x{s}")),
        (None, true) => Some("forged-state".to_owned()),
        (s, false) => s.clone(),
    };
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if allow && !faults.deny {
        let code = {
            let mut login = shared.login.lock().expect("login lock");
            login.next += 1;
            let code = format!("code-{}-{:016x}", login.next, mix(login.next ^ epoch_ms()));
            login.codes.insert(
                code.clone(),
                Code {
                    client_id: CLIENT_ID.into(),
                    redirect_uri: a.redirect_uri.clone(),
                    challenge: a.challenge.clone(),
                    issued_ms: epoch_ms(),
                    used: false,
                },
            );
            code
        };
        pairs.push(("code", code));
    } else {
        pairs.push(("error", "access_denied".into()));
        pairs.push(("error_description", "The agent denied the sign-in".into()));
    }
    if let Some(s) = state {
        pairs.push(("state", s));
    }
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Redirect::to(&with_query(&a.redirect_uri, &borrowed)).into_response()
}

async fn authorize(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    uri: axum::http::Uri,
) -> Response {
    let slow_ms = shared.scenario.lock().expect("scenario lock").login.slow_ms;
    if slow_ms > 0 {
        tokio::time::sleep(Duration::from_millis(slow_ms)).await;
    }
    let session = shared.scenario.lock().expect("scenario lock").login.signed_in;
    let response = match check_authorize(&shared, &q) {
        Err(r) => *r,
        Ok(a) if session || signed_in(&headers) => answer(&shared, &a, true),
        Ok(a) => sign_in_page(&a),
    };
    let query = uri.query().unwrap_or("").to_owned();
    log(&shared, LogEntry { query, ..LogEntry::new("GET", paths::AUTHORIZE, response.status().as_u16()) });
    response
}

fn sign_in_page(a: &Authorization) -> Response {
    let hidden =
        |name: &str, value: &str| format!("<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(value));
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in to Genesys Cloud (mock)</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>\
         body{{font:15px system-ui,sans-serif;margin:0;padding:24px;background:#f6f7f9;color:#2e3133}}\
         main{{max-width:340px;margin:0 auto;background:#fff;border-radius:8px;padding:20px;box-shadow:0 1px 3px #0003}}\
         button{{font:inherit;padding:8px 16px;border-radius:4px;border:1px solid #2a60c8;margin-right:8px;cursor:pointer}}\
         #allow{{background:#2a60c8;color:#fff}}#deny{{background:#fff;color:#2a60c8}}</style></head><body><main>\
         <h1 style=\"font-size:18px\">Genesys Cloud (mock login)</h1>\
         <p>Sign in to <strong>CRM widget (dev)</strong> as <strong>Dev Agent</strong> (agent@example.com)?</p>\
         <form method=\"post\" action=\"{}\">{}{}{}{}{}\
         <button id=\"allow\" name=\"decision\" value=\"allow\" type=\"submit\">Sign in</button>\
         <button id=\"deny\" name=\"decision\" value=\"deny\" type=\"submit\">Deny</button></form></main></body></html>",
        paths::AUTHORIZE,
        hidden("client_id", CLIENT_ID),
        hidden("redirect_uri", &a.redirect_uri),
        hidden("code_challenge", &a.challenge),
        hidden("code_challenge_method", "S256"),
        a.state.as_deref().map(|s| hidden("state", s)).unwrap_or_default(),
    );
    Html(html).into_response()
}

/// The sign-in page's form: "Sign in" starts the session (a cookie) and returns a code.
async fn decide(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let mut q: HashMap<String, String> = form_urlencoded::parse(&body).into_owned().collect();
    q.insert("response_type".into(), "code".into());
    let response = match check_authorize(&shared, &q) {
        Err(r) => *r,
        Ok(a) => {
            let allow = q.get("decision").map(String::as_str) == Some("allow");
            let mut r = answer(&shared, &a, allow);
            if allow {
                let cookie = format!("{SESSION_COOKIE}=dev-agent; Path=/; HttpOnly; SameSite=Lax");
                if let Ok(v) = HeaderValue::from_str(&cookie) {
                    r.headers_mut().insert(header::SET_COOKIE, v);
                }
            }
            r
        }
    };
    log(&shared, LogEntry::new("POST", paths::AUTHORIZE, response.status().as_u16()));
    response
}

/// CORS for the widget's origin only: the token request is made by the page itself.
fn cors(shared: &Shared, headers: &HeaderMap, response: &mut Response) {
    let widget = shared.origins.lock().expect("origins lock").widget.clone();
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("Origin"));
    let origin = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok());
    if origin == Some(widget.as_str()) {
        if let Ok(v) = HeaderValue::from_str(&widget) {
            h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
            h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("POST, OPTIONS"));
            h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type, accept"));
        }
    }
}

async fn preflight(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    cors(&shared, &headers, &mut r);
    r
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (status, Json(json!({ "error": error, "error_description": description }))).into_response()
}

async fn token(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let headers = request.headers().clone();
    let method = request.method().clone();
    let body = axum::body::to_bytes(request.into_body(), 64 * 1024).await.unwrap_or_default();
    let mut response = exchange(&shared, &headers, &method, &body);
    cors(&shared, &headers, &mut response);
    log(&shared, LogEntry::new("POST", paths::TOKEN, response.status().as_u16()));
    response
}

fn exchange(shared: &Shared, headers: &HeaderMap, method: &Method, body: &[u8]) -> Response {
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    if *method != Method::POST {
        return oauth_error(StatusCode::METHOD_NOT_ALLOWED, "invalid_request", "POST only");
    }
    let form_body = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next() == Some("application/x-www-form-urlencoded"));
    if !form_body {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The body must be application/x-www-form-urlencoded",
        );
    }
    if headers.contains_key(header::AUTHORIZATION) {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "A public PKCE client sends no credentials");
    }
    let form: HashMap<String, String> = form_urlencoded::parse(body).into_owned().collect();
    let field = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    if field("grant_type") != "authorization_code" {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "grant_type must be authorization_code");
    }
    if field("client_id") != CLIENT_ID {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "Unknown client");
    }
    if scenario.login.fail_exchange {
        return oauth_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "The mock login service is failing on purpose",
        );
    }
    let verifier = field("code_verifier");
    let verifier_ok = (43..=128).contains(&verifier.len())
        && verifier.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    if !verifier_ok {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "code_verifier is malformed");
    }
    let mut login = shared.login.lock().expect("login lock");
    let Some(code) = login.codes.get_mut(field("code")) else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "Unknown authorization code");
    };
    if code.used {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "The authorization code was already used");
    }
    code.used = true;
    if epoch_ms() > code.issued_ms + CODE_TTL_MS {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", "The authorization code has expired");
    }
    if code.client_id != field("client_id") || code.redirect_uri != field("redirect_uri") {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "redirect_uri or client_id does not match the code",
        );
    }
    if base64url_encode(&Sha256::digest(verifier.as_bytes())) != code.challenge {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "code_verifier does not match the code_challenge",
        );
    }
    drop(login);
    let token = tokens::issue(shared);
    Json(json!({ "access_token": token, "token_type": "bearer", "expires_in": scenario.token_ttl_s })).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_are_43_base64url_characters() {
        assert!(is_challenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        assert!(!is_challenge("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM="));
        assert!(!is_challenge("short"));
        // RFC 7636 appendix B, computed the way the token endpoint checks it.
        let digest = Sha256::digest(b"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert_eq!(base64url_encode(&digest), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn queries_are_appended_encoded() {
        assert_eq!(with_query("http://w/", &[("code", "a b"), ("state", "s&t")]), "http://w/?code=a+b&state=s%26t");
        assert_eq!(with_query("http://w/?x=1", &[("error", "e")]), "http://w/?x=1&error=e");
    }
}
