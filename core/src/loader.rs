//! The paged load as a sans-I/O state machine.
//!
//! The shell asks the loader what to do ([`Step`]), does it (a fetch, a wait, a token
//! renewal) and reports back. All retry, renewal, cursor and termination decisions are made
//! here, with the current time and the jitter passed in, so every path is testable exactly.

use std::collections::HashSet;

use crate::config::ApiBase;
use crate::page::{first_page_url, next_url, Page, PageError, RawPage};
use crate::retry::{classify, parse_retry_after, Class, RetryPolicy};

/// Hard cap on pages in one load: a server that never stops paging cannot hang the widget.
pub const DEFAULT_MAX_PAGES: u32 = 2_000;

/// What the shell should do next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// GET this URL with the current bearer token.
    Fetch { url: String },
    /// Wait, then call [`Loader::waited`].
    Wait { ms: u64, reason: WaitReason },
    /// Ask the token source for a fresh token, then call [`Loader::renewed`].
    RenewToken,
    /// The last page has arrived.
    Done,
    /// The load has failed; the rows received so far stay valid.
    Failed(LoadError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitReason {
    /// 429; `told` says whether the wait came from `Retry-After`.
    RateLimited {
        told: bool,
    },
    /// 5xx or 408.
    ServerError {
        status: u16,
    },
    Network,
}

/// What came of a fetch.
#[derive(Debug)]
pub enum Outcome {
    /// An HTTP response. `body` is read only for 2xx responses: the decoded JSON, or why it
    /// could not be decoded.
    Response { status: u16, retry_after: Option<String>, body: Option<Result<RawPage, String>> },
    /// No response at all (offline, DNS, CORS, connection reset).
    Network { message: String },
}

/// Why a load failed. Each message says what happened and what the person can do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("The interactions service is rate-limiting requests and asked to wait {seconds} s, longer than the widget waits. Try again in a few minutes.")]
    RateLimitTooLong { seconds: u64 },
    #[error("The interactions service kept rate-limiting requests ({attempts} tries). Try again in a minute.")]
    RateLimited { attempts: u32 },
    #[error("Your sign-in was not accepted, even with a fresh token. Reload Genesys Cloud and try again.")]
    Unauthorized,
    #[error("A fresh sign-in token could not be had: {0}")]
    Renewal(String),
    #[error("You do not have permission to see interactions. Ask an admin to grant the interaction:read permission.")]
    Forbidden,
    #[error("The interactions service is failing (HTTP {status}, {attempts} tries). Try again shortly.")]
    Server { status: u16, attempts: u32 },
    #[error(
        "The interactions service could not be reached ({attempts} tries): {message}. Check the network connection."
    )]
    Network { message: String, attempts: u32 },
    #[error("The interactions service answered HTTP {status}, which the widget does not expect. An admin should check apiBase in config.json.")]
    Unexpected { status: u16 },
    #[error("The interactions service sent data the widget cannot read: {0}.")]
    BadPage(PageError),
    #[error("The list was stopped after {0} pages, the most one load may take.")]
    TooManyPages(u32),
}

/// Where the loader is.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    /// A request is (about to be) in flight.
    Fetching,
    /// Waiting before repeating the current request, as the last `Step::Wait` said.
    Waiting {
        ms: u64,
        reason: WaitReason,
    },
    /// Waiting for a fresh token before repeating the current request.
    Renewing,
    Finished,
    Failed(LoadError),
}

/// The paged load of one list. Create one per load; `Refresh` makes a new one.
#[derive(Debug, Clone)]
pub struct Loader {
    api_base: ApiBase,
    page_size: u32,
    policy: RetryPolicy,
    max_pages: u32,
    /// The request being made; repeated as it is on 429, 5xx, network failure and 401.
    current: String,
    /// Tries of `current` so far.
    attempts: u32,
    /// Whether `current` has already been repeated after a token renewal.
    renewed: bool,
    /// Every URL requested by this load, to stop on a repeated cursor.
    seen: HashSet<String>,
    pages: u32,
    phase: Phase,
}

impl Loader {
    pub fn new(api_base: ApiBase, page_size: u32, policy: RetryPolicy) -> Loader {
        let current = first_page_url(&api_base, page_size);
        Loader {
            api_base,
            page_size,
            policy,
            max_pages: DEFAULT_MAX_PAGES,
            seen: HashSet::from([current.clone()]),
            current,
            attempts: 0,
            renewed: false,
            pages: 0,
            phase: Phase::Fetching,
        }
    }

    pub fn with_max_pages(mut self, max_pages: u32) -> Loader {
        self.max_pages = max_pages;
        self
    }

    /// The first step.
    pub fn start(&mut self) -> Step {
        self.fetch()
    }

    /// Tries of the current request so far (1 during its first try).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// Pages received so far.
    pub fn pages(&self) -> u32 {
        self.pages
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.phase, Phase::Finished | Phase::Failed(_))
    }

    /// Picks up a failed load where it stopped: the failed request is made again with a fresh
    /// budget of tries, and pages already received are not fetched again.
    pub fn resume(&mut self) -> Step {
        match self.phase {
            Phase::Failed(_) => {
                self.attempts = 0;
                self.renewed = false;
                self.fetch()
            }
            _ => self.step(),
        }
    }

    /// The step the loader is at, without changing anything.
    pub fn step(&self) -> Step {
        match &self.phase {
            Phase::Fetching => Step::Fetch { url: self.current.clone() },
            Phase::Waiting { ms, reason } => Step::Wait { ms: *ms, reason: *reason },
            Phase::Renewing => Step::RenewToken,
            Phase::Finished => Step::Done,
            Phase::Failed(e) => Step::Failed(e.clone()),
        }
    }

    fn fetch(&mut self) -> Step {
        self.phase = Phase::Fetching;
        self.attempts += 1;
        Step::Fetch { url: self.current.clone() }
    }

    fn fail(&mut self, e: LoadError) -> Step {
        self.phase = Phase::Failed(e.clone());
        Step::Failed(e)
    }

    /// Reports what came of the last `Fetch`. Returns the page to show, if one arrived, and
    /// the next step. `now_ms` is the wall clock (for `Retry-After` dates) and `jitter` a
    /// random number in `[0, 1]`.
    pub fn outcome(&mut self, outcome: Outcome, now_ms: u64, jitter: f64) -> (Option<Page>, Step) {
        if self.phase != Phase::Fetching {
            // A late answer to a request this loader no longer waits for.
            return (None, self.step());
        }
        let (status, retry_after, body) = match outcome {
            Outcome::Network { message } => {
                return (
                    None,
                    self.retry_or(WaitReason::Network, None, jitter, |attempts| LoadError::Network {
                        message,
                        attempts,
                    }),
                )
            }
            Outcome::Response { status, retry_after, body } => (status, retry_after, body),
        };
        match classify(status) {
            Class::Success => {
                let page = match body {
                    Some(Ok(raw)) => raw.into_page(),
                    Some(Err(why)) => Err(PageError::NotAPage(why)),
                    None => Err(PageError::NotAPage("the response had no body".into())),
                };
                match page {
                    Ok(page) => {
                        let step = self.advance(&page);
                        (Some(page), step)
                    }
                    Err(e) => (None, self.fail(LoadError::BadPage(e))),
                }
            }
            Class::Throttled => {
                let told = retry_after.as_deref().and_then(|v| parse_retry_after(v, now_ms));
                if let Some(ms) = told.filter(|ms| *ms > self.policy.max_retry_after_ms) {
                    return (None, self.fail(LoadError::RateLimitTooLong { seconds: ms.div_ceil(1000) }));
                }
                (
                    None,
                    self.retry_or(WaitReason::RateLimited { told: told.is_some() }, told, jitter, |attempts| {
                        LoadError::RateLimited { attempts }
                    }),
                )
            }
            Class::Unauthorized if self.renewed => (None, self.fail(LoadError::Unauthorized)),
            Class::Unauthorized => {
                self.phase = Phase::Renewing;
                (None, Step::RenewToken)
            }
            Class::Forbidden => (None, self.fail(LoadError::Forbidden)),
            Class::Transient => (
                None,
                self.retry_or(WaitReason::ServerError { status }, None, jitter, |attempts| LoadError::Server {
                    status,
                    attempts,
                }),
            ),
            Class::Permanent => (None, self.fail(LoadError::Unexpected { status })),
        }
    }

    fn retry_or(
        &mut self,
        reason: WaitReason,
        told_ms: Option<u64>,
        jitter: f64,
        give_up: impl FnOnce(u32) -> LoadError,
    ) -> Step {
        if self.attempts >= self.policy.max_attempts {
            return self.fail(give_up(self.attempts));
        }
        let ms = told_ms.unwrap_or_else(|| self.policy.backoff_ms(self.attempts, jitter));
        self.phase = Phase::Waiting { ms, reason };
        self.step()
    }

    fn advance(&mut self, page: &Page) -> Step {
        self.pages += 1;
        self.attempts = 0;
        self.renewed = false;
        let Some(cursor) = &page.next else {
            self.phase = Phase::Finished;
            return Step::Done;
        };
        let url = match next_url(&self.api_base, self.page_size, cursor) {
            Ok(url) => url,
            Err(e) => return self.fail(LoadError::BadPage(e)),
        };
        if !self.seen.insert(url.clone()) {
            // The server pointed back at a page already read: the list is complete.
            self.phase = Phase::Finished;
            return Step::Done;
        }
        if self.pages >= self.max_pages {
            return self.fail(LoadError::TooManyPages(self.pages));
        }
        self.current = url;
        self.fetch()
    }

    /// The wait asked for by [`Step::Wait`] is over.
    pub fn waited(&mut self) -> Step {
        match self.phase {
            Phase::Waiting { .. } => self.fetch(),
            _ => self.step(),
        }
    }

    /// A fresh token is in place: the same request is made again, once.
    pub fn renewed(&mut self) -> Step {
        match self.phase {
            Phase::Renewing => {
                self.renewed = true;
                self.phase = Phase::Fetching;
                Step::Fetch { url: self.current.clone() }
            }
            _ => self.step(),
        }
    }

    /// No valid token could be had for the request about to go out.
    pub fn no_token(&mut self, why: String) -> Step {
        match self.phase {
            Phase::Fetching | Phase::Renewing => self.fail(LoadError::Renewal(why)),
            _ => self.step(),
        }
    }

    /// No fresh token could be had.
    pub fn renewal_failed(&mut self, why: String) -> Step {
        match self.phase {
            Phase::Renewing => self.fail(LoadError::Renewal(why)),
            _ => self.step(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loader() -> Loader {
        Loader::new(ApiBase::parse("https://api.example.com").unwrap(), 2, RetryPolicy::default())
    }

    fn ok(json: &str) -> Outcome {
        Outcome::Response { status: 200, retry_after: None, body: Some(Ok(serde_json::from_str(json).unwrap())) }
    }

    fn status(s: u16) -> Outcome {
        Outcome::Response { status: s, retry_after: None, body: None }
    }

    fn throttled(retry_after: &str) -> Outcome {
        Outcome::Response { status: 429, retry_after: Some(retry_after.into()), body: None }
    }

    const P1: &str = r#"{"entities":[{"id":"a"},{"id":"b"}],"totalCount":3,"nextPage":"c2"}"#;
    const P2: &str = r#"{"entities":[{"id":"c"}],"totalCount":3}"#;
    const URL1: &str = "https://api.example.com/api/v2/interactions?pageSize=2";
    const URL2: &str = "https://api.example.com/api/v2/interactions?pageSize=2&nextPage=c2";

    #[test]
    fn happy_path_follows_the_cursor() {
        let mut l = loader();
        assert_eq!(l.start(), Step::Fetch { url: URL1.into() });
        let (page, step) = l.outcome(ok(P1), 0, 0.5);
        assert_eq!(page.unwrap().interactions.len(), 2);
        assert_eq!(step, Step::Fetch { url: URL2.into() });
        let (page, step) = l.outcome(ok(P2), 0, 0.5);
        assert_eq!(page.unwrap().interactions.len(), 1);
        assert_eq!(step, Step::Done);
        assert_eq!(l.pages(), 2);
        assert!(l.is_finished());
    }

    #[test]
    fn retry_after_seconds_is_honoured() {
        let mut l = loader();
        l.start();
        assert_eq!(
            l.outcome(throttled("2"), 0, 0.5).1,
            Step::Wait { ms: 2000, reason: WaitReason::RateLimited { told: true } }
        );
        assert_eq!(l.waited(), Step::Fetch { url: URL1.into() });
    }

    #[test]
    fn retry_after_date_is_honoured_against_now() {
        let mut l = loader();
        l.start();
        let now = 784_111_777_000; // Sun, 06 Nov 1994 08:49:37 GMT
        let step = l.outcome(throttled("Sun, 06 Nov 1994 08:49:40 GMT"), now, 0.5).1;
        assert_eq!(step, Step::Wait { ms: 3000, reason: WaitReason::RateLimited { told: true } });
    }

    #[test]
    fn unreadable_retry_after_falls_back_to_jittered_backoff() {
        let mut l = loader();
        l.start();
        let step = l.outcome(status(429), 0, 1.0).1;
        assert_eq!(step, Step::Wait { ms: 500, reason: WaitReason::RateLimited { told: false } });
        l.waited();
        assert_eq!(
            l.outcome(throttled("garbage"), 0, 0.0).1,
            Step::Wait { ms: 500, reason: WaitReason::RateLimited { told: false } }
        );
    }

    #[test]
    fn too_long_retry_after_fails_at_once() {
        let mut l = loader();
        l.start();
        assert_eq!(l.outcome(throttled("181"), 0, 0.5).1, Step::Failed(LoadError::RateLimitTooLong { seconds: 181 }));
        let mut l = loader();
        l.start();
        assert!(matches!(l.outcome(throttled("180"), 0, 0.5).1, Step::Wait { ms: 180_000, .. }));
    }

    #[test]
    fn retries_are_bounded() {
        let mut l = loader();
        l.start();
        let max = RetryPolicy::default().max_attempts;
        for _ in 1..max {
            assert!(matches!(
                l.outcome(status(503), 0, 0.5).1,
                Step::Wait { reason: WaitReason::ServerError { status: 503 }, .. }
            ));
            assert!(matches!(l.waited(), Step::Fetch { .. }));
        }
        assert_eq!(l.outcome(status(503), 0, 0.5).1, Step::Failed(LoadError::Server { status: 503, attempts: max }));
    }

    #[test]
    fn network_failures_retry_then_fail() {
        let mut l = loader();
        l.start();
        let net = || Outcome::Network { message: "offline".into() };
        assert!(matches!(l.outcome(net(), 0, 0.5).1, Step::Wait { reason: WaitReason::Network, .. }));
        for _ in 2..RetryPolicy::default().max_attempts {
            l.waited();
            l.outcome(net(), 0, 0.5);
        }
        l.waited();
        assert!(matches!(l.outcome(net(), 0, 0.5).1, Step::Failed(LoadError::Network { .. })));
    }

    #[test]
    fn success_resets_the_try_budget() {
        let mut l = loader();
        l.start();
        for _ in 1..RetryPolicy::default().max_attempts {
            l.outcome(status(500), 0, 0.5);
            l.waited();
        }
        assert!(matches!(l.outcome(ok(P1), 0, 0.5).1, Step::Fetch { .. }));
        assert!(matches!(l.outcome(status(500), 0, 0.5).1, Step::Wait { .. }));
    }

    #[test]
    fn unauthorized_renews_once_and_repeats_the_same_request() {
        let mut l = loader();
        l.start();
        l.outcome(ok(P1), 0, 0.5);
        assert_eq!(l.outcome(status(401), 0, 0.5).1, Step::RenewToken);
        assert_eq!(l.renewed(), Step::Fetch { url: URL2.into() });
        assert_eq!(l.outcome(status(401), 0, 0.5).1, Step::Failed(LoadError::Unauthorized));
    }

    #[test]
    fn unauthorized_again_after_a_good_page_renews_again() {
        let mut l = loader();
        l.start();
        assert_eq!(l.outcome(status(401), 0, 0.5).1, Step::RenewToken);
        l.renewed();
        l.outcome(ok(P1), 0, 0.5);
        assert_eq!(l.outcome(status(401), 0, 0.5).1, Step::RenewToken);
    }

    #[test]
    fn renewal_failure_fails_the_load() {
        let mut l = loader();
        l.start();
        l.outcome(status(401), 0, 0.5);
        assert_eq!(l.renewal_failed("host said no".into()), Step::Failed(LoadError::Renewal("host said no".into())));
    }

    #[test]
    fn forbidden_and_unexpected_fail_without_retry() {
        let mut l = loader();
        l.start();
        assert_eq!(l.outcome(status(403), 0, 0.5).1, Step::Failed(LoadError::Forbidden));
        assert!(LoadError::Forbidden.to_string().contains("interaction:read"));
        let mut l = loader();
        l.start();
        assert_eq!(l.outcome(status(404), 0, 0.5).1, Step::Failed(LoadError::Unexpected { status: 404 }));
    }

    #[test]
    fn malformed_body_fails_and_resume_repeats_only_the_failed_page() {
        let mut l = loader();
        l.start();
        l.outcome(ok(P1), 0, 0.5);
        let bad =
            Outcome::Response { status: 200, retry_after: None, body: Some(Err("expected value at line 1".into())) };
        assert!(matches!(l.outcome(bad, 0, 0.5).1, Step::Failed(LoadError::BadPage(PageError::NotAPage(_)))));
        assert_eq!(l.resume(), Step::Fetch { url: URL2.into() });
        assert_eq!(l.outcome(ok(P2), 0, 0.5).1, Step::Done);
    }

    #[test]
    fn repeated_cursor_ends_the_load() {
        let mut l = loader();
        l.start();
        let looping = r#"{"entities":[{"id":"a"}],"nextPage":"c2"}"#;
        assert!(matches!(l.outcome(ok(looping), 0, 0.5).1, Step::Fetch { .. }));
        assert_eq!(l.outcome(ok(looping), 0, 0.5).1, Step::Done);
    }

    #[test]
    fn page_cap_stops_an_endless_api() {
        let mut l = loader().with_max_pages(3);
        l.start();
        for n in 0..2 {
            let body = format!(r#"{{"entities":[],"nextPage":"c{n}"}}"#);
            assert!(matches!(l.outcome(ok(&body), 0, 0.5).1, Step::Fetch { .. }));
        }
        assert_eq!(
            l.outcome(ok(r#"{"entities":[],"nextPage":"c9"}"#), 0, 0.5).1,
            Step::Failed(LoadError::TooManyPages(3))
        );
    }

    #[test]
    fn foreign_next_uri_is_refused() {
        let mut l = loader();
        l.start();
        let step = l.outcome(ok(r#"{"entities":[{"id":"a"}],"nextUri":"https://evil.example/steal"}"#), 0, 0.5).1;
        assert!(matches!(step, Step::Failed(LoadError::BadPage(PageError::ForeignNextUri(_)))));
    }

    #[test]
    fn late_outcomes_are_ignored() {
        let mut l = loader();
        l.start();
        let wait = l.outcome(status(503), 0, 0.5).1;
        assert!(matches!(wait, Step::Wait { reason: WaitReason::ServerError { status: 503 }, .. }), "{wait:?}");
        // The loader is waiting; a stray outcome changes nothing and reports the same wait.
        assert_eq!(l.outcome(ok(P1), 0, 0.5), (None, wait.clone()));
        assert_eq!(l.step(), wait);
        assert_eq!(l.pages(), 0);
        assert!(matches!(l.waited(), Step::Fetch { .. }));
    }
}
