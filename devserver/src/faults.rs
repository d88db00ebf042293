//! The scenario's faults: by page (429, 5xx, a malformed body) for the interactions API and the
//! analytics query alike, and the live updates' faults ([`LiveFault`]), which the dev host's
//! panel, the HTTP control endpoint and `DevServer::live_fault` all set the same way.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::responses::error_body;
use crate::scenario::{RetryAfter, Scenario};
use crate::state::{Push, Shared};
use crate::tokens;

/// The scenario's faults for 1-based `page`: a 429 (with the time before which a repeat is too
/// early) or a 5xx, each as often as the scenario says.
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

/// A fault of the live updates (the Notifications mock). Its names (`FromStr`, `Display`) are
/// the dev host's buttons and the control endpoint's `/_mock/live/{name}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveFault {
    /// `drop`: every socket closes at once.
    Drop,
    /// `closing`: `v2.system.socket_closing`, then the socket closes.
    Closing,
    /// `silent`: no heartbeats and no events from now on.
    Silent,
    /// `loud`: heartbeats and events again.
    Loud,
    /// `expire-channels`: every channel expires (and its socket closes).
    ExpireChannels,
    /// `expire-token`: every token stops working, and the sockets close.
    ExpireToken,
    /// `refuse`: socket upgrades are answered 403.
    Refuse,
    /// `accept`: socket upgrades work again.
    Accept,
    /// `reject-topics`: subscriptions answer every topic `Rejected`.
    RejectTopics,
    /// `permit-topics`: subscriptions answer `Permitted` again.
    PermitTopics,
}

impl LiveFault {
    pub const ALL: [LiveFault; 10] = [
        LiveFault::Drop,
        LiveFault::Closing,
        LiveFault::Silent,
        LiveFault::Loud,
        LiveFault::ExpireChannels,
        LiveFault::ExpireToken,
        LiveFault::Refuse,
        LiveFault::Accept,
        LiveFault::RejectTopics,
        LiveFault::PermitTopics,
    ];

    pub fn name(self) -> &'static str {
        match self {
            LiveFault::Drop => "drop",
            LiveFault::Closing => "closing",
            LiveFault::Silent => "silent",
            LiveFault::Loud => "loud",
            LiveFault::ExpireChannels => "expire-channels",
            LiveFault::ExpireToken => "expire-token",
            LiveFault::Refuse => "refuse",
            LiveFault::Accept => "accept",
            LiveFault::RejectTopics => "reject-topics",
            LiveFault::PermitTopics => "permit-topics",
        }
    }

    /// Sets the fault.
    pub(crate) fn apply(self, shared: &Shared) {
        if self == LiveFault::ExpireToken {
            tokens::expire_all(shared);
        }
        let mut live = shared.live.lock().expect("live lock");
        match self {
            LiveFault::Drop | LiveFault::ExpireToken => live.push(Push::Drop),
            LiveFault::Closing => live.push(Push::Closing),
            LiveFault::Silent => live.silent = true,
            LiveFault::Loud => live.silent = false,
            LiveFault::ExpireChannels => {
                live.expire_channels();
                live.push(Push::Drop);
            }
            LiveFault::Refuse => live.refuse_upgrades = true,
            LiveFault::Accept => live.refuse_upgrades = false,
            LiveFault::RejectTopics => live.reject_topics = true,
            LiveFault::PermitTopics => live.reject_topics = false,
        }
    }
}

impl fmt::Display for LiveFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a live fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLiveFault(pub String);

impl fmt::Display for UnknownLiveFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no live fault named {:?}", self.0)
    }
}

impl std::error::Error for UnknownLiveFault {}

impl FromStr for LiveFault {
    type Err = UnknownLiveFault;

    fn from_str(s: &str) -> Result<LiveFault, UnknownLiveFault> {
        LiveFault::ALL.into_iter().find(|f| f.name() == s).ok_or_else(|| UnknownLiveFault(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_fault_names_round_trip() {
        for f in LiveFault::ALL {
            assert_eq!(f.name().parse::<LiveFault>(), Ok(f));
            assert_eq!(f.to_string(), f.name());
        }
        assert!("new-call".parse::<LiveFault>().is_err(), "an event, not a fault");
        assert_eq!("nope".parse::<LiveFault>(), Err(UnknownLiveFault("nope".into())));
    }

    #[test]
    fn the_dev_hosts_fault_buttons_are_live_faults() {
        let html = include_str!("../assets/host.html");
        let names: Vec<&str> = html.split("data-live=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        assert!(names.len() > 2, "{names:?}");
        for name in names.into_iter().filter(|n| !matches!(*n, "new-call" | "end")) {
            assert!(name.parse::<LiveFault>().is_ok(), "the panel's {name} button names no live fault");
        }
    }
}
