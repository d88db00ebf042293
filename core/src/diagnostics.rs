//! What `?debug=1` shows and copies for a support ticket: timings, statuses, retries, token
//! renewals and ignored messages. Built so that it cannot hold a secret: it has no field for a
//! token, and request paths are recorded without their origin (never with headers).

use serde::Serialize;

use crate::i18n::{Locale, Localized};
use crate::net::retry::{classify, Class};

/// Why a token was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RenewalReason {
    /// The first token of the session.
    Initial,
    /// The current one was about to expire.
    Expiring,
    /// The API refused the current one (401).
    Unauthorized,
}

impl RenewalReason {
    /// How it reads in the diagnostics panel (the same word as in its JSON export).
    pub fn name(self) -> &'static str {
        match self {
            RenewalReason::Initial => "initial",
            RenewalReason::Expiring => "expiring",
            RenewalReason::Unauthorized => "unauthorized",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HandshakeRecord {
    pub reason: RenewalReason,
    /// Milliseconds since the page started.
    pub at_ms: u64,
    pub latency_ms: u64,
    /// `"ok"`, or why not.
    pub outcome: String,
}

impl HandshakeRecord {
    /// A token asked for `reason` at `at_ms` (page time), answered at `now_ms`: `"ok"`, or the
    /// error in the catalog's English (never `Display`: the widget links no error's text twice).
    pub fn of<T, E: Localized>(
        reason: RenewalReason,
        at_ms: u64,
        now_ms: u64,
        result: &Result<T, E>,
    ) -> HandshakeRecord {
        let outcome = match result {
            Ok(_) => "ok".to_owned(),
            Err(e) => e.localize(Locale::En),
        };
        HandshakeRecord { reason, at_ms, latency_ms: now_ms.saturating_sub(at_ms), outcome }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestRecord {
    pub at_ms: u64,
    /// Path and query only.
    pub path: String,
    /// `None` when no response came (network failure, offline, aborted).
    pub status: Option<u16>,
    pub duration_ms: u64,
    /// 1 for the first try of this request.
    pub attempt: u32,
    /// The wait that followed, if the request is retried.
    pub wait_ms: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub requests: usize,
    pub ok: usize,
    pub throttled: usize,
    pub unauthorized: usize,
    pub server_errors: usize,
    pub network_failures: usize,
    pub retries: usize,
    pub waited_ms: u64,
    pub handshakes: usize,
    pub pushed_tokens: u32,
    pub ignored_foreign_messages: u32,
    pub ignored_unmatched_messages: u32,
    pub duplicate_rows: usize,
    pub skipped_rows: usize,
}

/// The diagnostics log. Bounded: the oldest request records are dropped past [`Self::MAX`].
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostics {
    pub handshakes: Vec<HandshakeRecord>,
    pub requests: Vec<RequestRecord>,
    pub dropped_requests: usize,
    pub pushed_tokens: u32,
    pub ignored_foreign_messages: u32,
    pub ignored_unmatched_messages: u32,
    pub duplicate_rows: usize,
    pub skipped_rows: usize,
    /// What went wrong without failing the list (an enrichment that failed: fewer names).
    pub notes: Vec<String>,
    /// Live updates: connects, closes with their codes, reconnects (the newest last).
    pub live: Vec<String>,
    pub live_events: u64,
    /// Notifications channels created in this session (CONTRACT §9.4: as few as it can).
    pub channels: u32,
}

impl Diagnostics {
    pub const MAX: usize = 500;
    pub const MAX_NOTES: usize = 50;

    /// A line of the live-updates log; the oldest go past [`Self::MAX_NOTES`].
    pub fn live(&mut self, line: String) {
        if self.live.len() >= Self::MAX_NOTES {
            self.live.remove(0);
        }
        self.live.push(line);
    }

    pub fn note(&mut self, note: String) {
        if self.notes.len() < Self::MAX_NOTES {
            self.notes.push(note);
        }
    }

    pub fn request(&mut self, record: RequestRecord) {
        if self.requests.len() >= Self::MAX {
            self.requests.remove(0);
            self.dropped_requests += 1;
        }
        self.requests.push(record);
    }

    /// Notes the wait that follows the last request.
    pub fn waited(&mut self, ms: u64) {
        if let Some(last) = self.requests.last_mut() {
            last.wait_ms = Some(ms);
        }
    }

    pub fn totals(&self) -> Totals {
        let count = |f: fn(&RequestRecord) -> bool| self.requests.iter().filter(|r| f(r)).count();
        Totals {
            requests: self.requests.len() + self.dropped_requests,
            ok: count(|r| r.status.is_some_and(|s| classify(s) == Class::Success)),
            throttled: count(|r| r.status == Some(429)),
            unauthorized: count(|r| r.status == Some(401)),
            server_errors: count(|r| r.status.is_some_and(|s| s >= 500)),
            network_failures: count(|r| r.status.is_none()),
            retries: count(|r| r.attempt > 1),
            waited_ms: self.requests.iter().filter_map(|r| r.wait_ms).sum(),
            handshakes: self.handshakes.len(),
            pushed_tokens: self.pushed_tokens,
            ignored_foreign_messages: self.ignored_foreign_messages,
            ignored_unmatched_messages: self.ignored_unmatched_messages,
            duplicate_rows: self.duplicate_rows,
            skipped_rows: self.skipped_rows,
        }
    }
}

/// A request URL without its origin: what the diagnostics keep.
pub fn path_of(url: &str) -> &str {
    match crate::util::text::find(url, "://") {
        Some(i) => url[i + 3..].find('/').map_or("/", |p| &url[i + 3 + p..]),
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(status: Option<u16>, attempt: u32) -> RequestRecord {
        RequestRecord { at_ms: 0, path: "/api/v2/interactions".into(), status, duration_ms: 5, attempt, wait_ms: None }
    }

    #[test]
    fn totals_add_up() {
        let mut d = Diagnostics::default();
        d.request(req(Some(200), 1));
        d.request(req(Some(429), 1));
        d.waited(2000);
        d.request(req(Some(200), 2));
        d.request(req(None, 1));
        d.request(req(Some(503), 1));
        d.request(req(Some(401), 1));
        let t = d.totals();
        assert_eq!(
            (t.requests, t.ok, t.throttled, t.network_failures, t.server_errors, t.unauthorized),
            (6, 2, 1, 1, 1, 1)
        );
        assert_eq!((t.retries, t.waited_ms), (1, 2000));
    }

    #[test]
    fn the_log_is_bounded() {
        let mut d = Diagnostics::default();
        for _ in 0..Diagnostics::MAX + 10 {
            d.request(req(Some(200), 1));
        }
        assert_eq!(d.requests.len(), Diagnostics::MAX);
        assert_eq!(d.totals().requests, Diagnostics::MAX + 10);
    }

    #[test]
    fn paths_drop_the_origin() {
        assert_eq!(
            path_of("https://api.example.com/api/v2/interactions?pageSize=100"),
            "/api/v2/interactions?pageSize=100"
        );
        assert_eq!(path_of("https://api.example.com"), "/");
        assert_eq!(path_of("/x"), "/x");
    }
}
