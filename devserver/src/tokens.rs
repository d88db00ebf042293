//! Tokens: issuing and checking them, and the checks every API request meets first (a bearer
//! token that still works; for the Genesys APIs, the rate limit too).

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use crm_core::auth::token::base64url_encode;

use crate::clock::epoch_ms;
use crate::data::mix;
use crate::responses::error_body;
use crate::scenario::Scenario;
use crate::state::{Shared, TokenInfo, Tokens};

/// Requests a token may make to the Genesys APIs in a minute before it is answered 429.
pub(crate) const RATE_LIMIT_PER_MINUTE: u32 = 300;

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

    /// Every token issued so far, in order.
    pub(crate) fn issued(&self) -> Vec<String> {
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

    pub(crate) fn expire_all(&mut self) {
        for info in self.live.values_mut() {
            info.revoked = true;
        }
    }
}

/// A token for the current scenario.
pub(crate) fn issue(shared: &Shared) -> String {
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    shared.tokens.lock().expect("tokens lock").issue(&scenario)
}

/// Makes every token issued so far stop working (the next request with one is a 401).
pub(crate) fn expire_all(shared: &Shared) {
    shared.tokens.lock().expect("tokens lock").expire_all();
}

/// One more page served with `token` (the `token-expiry` fault counts them).
pub(crate) fn count_page(shared: &Shared, token: &str) {
    if let Some(info) = shared.tokens.lock().expect("tokens lock").live.get_mut(token) {
        info.pages += 1;
    }
}

/// The bearer token of a request, if it has one.
pub(crate) fn bearer(headers: &HeaderMap) -> Option<String> {
    headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::to_owned)
}

/// A bearer token that still works, or the 401 to answer (boxed: a response is large).
pub(crate) fn authenticate(shared: &Shared, headers: &HeaderMap) -> Result<String, Box<Response>> {
    let Some(token) = bearer(headers) else {
        return Err(Box::new(error_body(
            StatusCode::UNAUTHORIZED,
            "authentication.required",
            "No authentication bearer token specified in authorization header.",
        )));
    };
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    if let Err(why) = shared.tokens.lock().expect("tokens lock").check(&token, &scenario) {
        return Err(Box::new(error_body(StatusCode::UNAUTHORIZED, "bad.credentials", why)));
    }
    Ok(token)
}

/// The `inin-ratelimit-*` headers of an answer.
pub(crate) type Limits = [(&'static str, String); 3];

/// The checks every Genesys API request meets first: a live token, and the rate limit. `Ok`
/// carries the token and the rate-limit headers to send; `Err` the answer instead.
pub(crate) fn admit(shared: &Shared, headers: &HeaderMap) -> Result<(String, Limits), Box<Response>> {
    let token = authenticate(shared, headers)?;
    let now = epoch_ms();
    let minute = now / 60_000;
    let mut g = shared.genesys.lock().expect("genesys lock");
    let window = g.windows.entry(token.clone()).or_insert((minute, 0));
    if window.0 != minute {
        *window = (minute, 0);
    }
    window.1 += 1;
    let reset_s = 60 - (now / 1000) % 60;
    let limits = [
        ("inin-ratelimit-count", window.1.to_string()),
        ("inin-ratelimit-allowed", RATE_LIMIT_PER_MINUTE.to_string()),
        ("inin-ratelimit-reset", reset_s.to_string()),
    ];
    if window.1 > RATE_LIMIT_PER_MINUTE {
        let mut r = error_body(
            StatusCode::TOO_MANY_REQUESTS,
            "too.many.requests.retry.after",
            &format!("Rate limit exceeded the maximum. Retry the request in [{reset_s}] seconds"),
        );
        with_limits(&mut r, &limits, Some(reset_s));
        return Err(Box::new(r));
    }
    Ok((token, limits))
}

/// Adds the rate-limit headers (and a `Retry-After`, if given) to an answer.
pub(crate) fn with_limits(r: &mut Response, limits: &Limits, retry_after_s: Option<u64>) {
    for (k, v) in limits {
        if let Ok(v) = HeaderValue::from_str(v) {
            r.headers_mut().insert(*k, v);
        }
    }
    if let Some(s) = retry_after_s.and_then(|s| HeaderValue::from_str(&s.to_string()).ok()) {
        r.headers_mut().insert(header::RETRY_AFTER, s);
    }
}
