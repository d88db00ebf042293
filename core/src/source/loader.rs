//! The paged load as a sans-I/O state machine.
//!
//! The shell asks the loader what to do ([`Step`]), does it (a batch of requests, a wait, a
//! token renewal) and reports back. The loader owns the rules every request meets, whatever
//! it is for: retries with backoff, `Retry-After`, one token renewal, bounded tries, and
//! dropping to one request at a time on the first 429. *What* to ask for, and what an answer
//! means, is a [`Source`]'s business (cursor paging in [`crate::source::cursor`], the Genesys source in
//! [`crate::source::genesys`]), so adding a source does not touch the loader. Time and jitter are
//! passed in, so every path is testable exactly.

use crate::host::handshake::HandshakeError;
use crate::model::{Names, Page};
use crate::net::retry::{classify, parse_retry_after, Class, RetryPolicy};
use crate::net::{Body, Outcome, Request};
use crate::source::error::LoadError;
use crate::util::json::ReadError;

/// Hard cap on pages in one load: a server that never stops paging cannot hang the widget.
pub const DEFAULT_MAX_PAGES: u32 = 2_000;

/// What an answer brings to the list.
#[derive(Debug, Clone, PartialEq)]
pub enum Delivery {
    /// Rows, in the order they are to be shown.
    Rows(Page),
    /// Rows newer than the bottom of what is shown, found on a later page (the service had
    /// more conversations by the time it answered it): on top, what is known changes in place.
    Late(Page),
    /// Names of contacts and queues, for rows already shown or still to come.
    Names(Names),
    /// Something for the diagnostics panel (fewer names because an enrichment failed).
    Note(String),
    /// A request's answer as it is (a request that is not a page: see `source::single`).
    Body(crate::util::json::Json),
}

/// Where requests come from and what their answers mean: cursor paging, page numbers with
/// enrichment, or any later source. The loader calls it; it never does I/O itself.
pub trait Source {
    /// Requests that may be in flight at once (1: strictly one after another).
    fn concurrency(&self) -> usize {
        1
    }
    /// Up to `room` requests to make now, each with a tag of the source's own. Asked again
    /// whenever a request ends; an error ends the load (a page cap, a refused link).
    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError>;
    /// The 2xx answer to the request `tag`, or why its body could not be had.
    fn answer<B: Body>(&mut self, tag: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError>;
    /// Request `tag` failed for good. `Ok`: the load goes on without it (what it brings is
    /// optional); `Err`: the load fails with this error. By default every request matters.
    fn gave_up(&mut self, _tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
        Err(error)
    }
    /// Nothing more to ask: once no request is in flight, the load is done.
    fn is_done(&self) -> bool;
}

/// One request of a [`Step::Fetch`]: its `id` is what [`Loader::outcome`] is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: u64,
    pub request: Request,
    /// 1 on the first try.
    pub attempt: u32,
}

/// What the shell should do next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Make these requests, at the same time, and report each one's outcome.
    Fetch(Vec<Ticket>),
    /// Wait, then call [`Loader::waited`].
    Wait { ms: u64, reason: WaitReason },
    /// Ask the token source for a fresh token, then call [`Loader::renewed`].
    RenewToken,
    /// Everything has arrived.
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

/// A request the loader has taken from the source and not finished with.
#[derive(Debug, Clone)]
struct Pending {
    id: u64,
    tag: u32,
    request: Request,
    /// Tries reported so far.
    attempts: u32,
    /// Whether it has already been repeated after a token renewal.
    renewed: bool,
    /// Refused with 401: waits for a fresh token.
    needs_token: bool,
    /// Refused with 401 although it went out with a fresh token (after its renewal).
    refused_again: bool,
    /// Which token it went out with (see `Loader::token`).
    sent_with: u32,
}

/// One load of one list. Create one per load; `Refresh` makes a new one.
#[derive(Debug, Clone)]
pub struct Loader<S> {
    source: S,
    policy: RetryPolicy,
    /// Requests in flight at once: the source's concurrency until the first 429, then 1.
    limit: usize,
    pending: Vec<Pending>,
    next_id: u64,
    /// The wait the last outcomes asked for (the longest of them).
    wait: Option<(u64, WaitReason)>,
    failed: Option<LoadError>,
    /// Counts the fresh tokens this load has had; `token_worked` says whether the current one
    /// has had a 2xx. A request refused again after its renewal fails the load only when the
    /// fresh token never worked: one that worked and then stopped (it expired while requests
    /// ran side by side) is renewed again, at most `MAX_RENEWALS` times a load.
    token: u32,
    token_worked: bool,
}

/// Fresh tokens one load may ask for.
pub const MAX_RENEWALS: u32 = 50;

impl<S: Source> Loader<S> {
    pub fn new(source: S, policy: RetryPolicy) -> Loader<S> {
        let limit = source.concurrency().max(1);
        Loader {
            source,
            policy,
            limit,
            pending: Vec::new(),
            next_id: 0,
            wait: None,
            failed: None,
            token: 0,
            token_worked: false,
        }
    }

    pub fn source(&self) -> &S {
        &self.source
    }

    pub fn source_mut(&mut self) -> &mut S {
        &mut self.source
    }

    pub fn into_source(self) -> S {
        self.source
    }

    /// How many requests may be in flight now.
    pub fn concurrency(&self) -> usize {
        self.limit
    }

    pub fn is_finished(&self) -> bool {
        self.failed.is_some() || (self.pending.is_empty() && self.source.is_done())
    }

    /// What to do next. Idempotent while nothing is reported: the same requests are asked
    /// for again (a fetch that was dropped while offline goes out again as it was).
    pub fn step(&mut self) -> Step {
        if let Some(e) = &self.failed {
            return Step::Failed(e.clone());
        }
        if self.pending.iter().any(|p| p.needs_token) {
            // Judged once the whole batch is in: a fresh token that worked for any request of
            // it stopped working (it expired meanwhile), one that worked for none is refused.
            let again = self.pending.iter().any(|p| p.refused_again);
            if again && (!self.token_worked || self.token >= MAX_RENEWALS) {
                return self.fail(LoadError::Unauthorized);
            }
            return Step::RenewToken;
        }
        if let Some((ms, reason)) = self.wait {
            return Step::Wait { ms, reason };
        }
        let room = self.limit.saturating_sub(self.pending.len());
        if room > 0 {
            match self.source.requests(room) {
                Ok(new) => {
                    for (tag, request) in new.into_iter().take(room) {
                        self.next_id += 1;
                        let p = Pending {
                            id: self.next_id,
                            tag,
                            request,
                            attempts: 0,
                            renewed: false,
                            needs_token: false,
                            refused_again: false,
                            sent_with: 0,
                        };
                        self.pending.push(p);
                    }
                }
                Err(e) => return self.fail(e),
            }
        }
        if self.pending.is_empty() {
            if self.source.is_done() {
                return Step::Done;
            }
            // A source with nothing to ask that is not done would hang the load.
            return self.fail(LoadError::Stalled);
        }
        let token = self.token;
        Step::Fetch(
            self.pending
                .iter_mut()
                .take(self.limit)
                .map(|p| {
                    p.sent_with = token;
                    Ticket { id: p.id, request: p.request.clone(), attempt: p.attempts + 1 }
                })
                .collect(),
        )
    }

    fn fail(&mut self, e: LoadError) -> Step {
        self.failed = Some(e.clone());
        Step::Failed(e)
    }

    /// Picks up a failed load where it stopped: the requests that were not finished go out
    /// again with a fresh budget of tries, and what has arrived is not asked for again.
    pub fn resume(&mut self) -> Step {
        if self.failed.take().is_some() {
            self.wait = None;
            for p in &mut self.pending {
                (p.attempts, p.renewed, p.needs_token, p.refused_again) = (0, false, false, false);
            }
        }
        self.step()
    }

    /// Reports what came of request `id` of the last `Fetch`, and returns what it brings.
    /// `now_ms` is the wall clock (for `Retry-After` dates) and `jitter` a random number in
    /// `[0, 1]`. Call [`Loader::step`] once every request of the batch is reported.
    pub fn outcome<B: Body>(&mut self, id: u64, outcome: Outcome<B>, now_ms: u64, jitter: f64) -> Vec<Delivery> {
        let Some(at) = self.pending.iter().position(|p| p.id == id && !p.needs_token) else {
            // A late answer to a request this loader no longer waits for.
            return Vec::new();
        };
        self.pending[at].attempts += 1;
        let (status, retry_after, body) = match outcome {
            Outcome::Network { message } => {
                return self.retry_or(at, WaitReason::Network, None, jitter, |attempts| LoadError::Network {
                    message,
                    attempts,
                })
            }
            Outcome::Response { status, retry_after, body } => (status, retry_after, body),
        };
        match classify(status) {
            Class::Success => {
                if self.pending[at].sent_with == self.token {
                    self.token_worked = true;
                }
                let body = body.unwrap_or(Err(ReadError::UNRECEIVED));
                let tag = self.pending[at].tag;
                match self.source.answer(tag, body) {
                    Ok(deliveries) => {
                        self.pending.remove(at);
                        deliveries
                    }
                    Err(e) => {
                        // Kept: Retry asks for it again.
                        self.failed = Some(e);
                        Vec::new()
                    }
                }
            }
            Class::Throttled => {
                self.limit = 1;
                let told = retry_after.as_deref().and_then(|v| parse_retry_after(v, now_ms));
                if let Some(ms) = told.filter(|ms| *ms > self.policy.max_retry_after_ms) {
                    return self.give_up(at, LoadError::RateLimitTooLong { seconds: ms.div_ceil(1000) });
                }
                self.retry_or(at, WaitReason::RateLimited { told: told.is_some() }, told, jitter, |attempts| {
                    LoadError::RateLimited { attempts }
                })
            }
            Class::Unauthorized if self.pending[at].sent_with < self.token => {
                // It went out with a token that has been replaced since: again, with the new one.
                Vec::new()
            }
            Class::Unauthorized => {
                let p = &mut self.pending[at];
                (p.needs_token, p.refused_again) = (true, p.renewed);
                Vec::new()
            }
            Class::Forbidden => self.give_up(at, LoadError::Forbidden),
            Class::Transient => self.retry_or(at, WaitReason::ServerError { status }, None, jitter, |attempts| {
                LoadError::Server { status, attempts }
            }),
            Class::Permanent => self.give_up(at, LoadError::Unexpected { status }),
        }
    }

    /// The request at `at` has failed for good: the source decides whether the load goes on.
    fn give_up(&mut self, at: usize, error: LoadError) -> Vec<Delivery> {
        let p = self.pending.remove(at);
        match self.source.gave_up(p.tag, error) {
            Ok(deliveries) => deliveries,
            Err(e) => {
                // Kept: Retry asks for it again.
                self.pending.insert(at, p);
                self.failed = Some(e);
                Vec::new()
            }
        }
    }

    fn retry_or(
        &mut self,
        at: usize,
        reason: WaitReason,
        told_ms: Option<u64>,
        jitter: f64,
        give_up: impl FnOnce(u32) -> LoadError,
    ) -> Vec<Delivery> {
        let attempts = self.pending[at].attempts;
        if attempts >= self.policy.max_attempts {
            return self.give_up(at, give_up(attempts));
        }
        let ms = told_ms.unwrap_or_else(|| self.policy.backoff_ms(attempts, jitter));
        if self.wait.is_none_or(|(longest, _)| ms >= longest) {
            self.wait = Some((ms, reason));
        }
        Vec::new()
    }

    /// The wait asked for by [`Step::Wait`] is over.
    pub fn waited(&mut self) -> Step {
        self.wait = None;
        self.step()
    }

    /// A fresh token is in place: the refused requests are made again, once each.
    pub fn renewed(&mut self) -> Step {
        self.token += 1;
        self.token_worked = false;
        for p in self.pending.iter_mut().filter(|p| p.needs_token) {
            (p.needs_token, p.renewed, p.refused_again) = (false, true, false);
        }
        self.step()
    }

    /// No valid token could be had (for the next request, or to replace a refused one).
    pub fn renewal_failed(&mut self, why: HandshakeError) -> Step {
        if self.failed.is_none() {
            self.failed = Some(LoadError::Renewal(why));
        }
        self.step()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{BaseUrl, Method};
    use crate::source::cursor::CursorSource;
    use crate::source::error::PageError;

    /// A body as JSON text, read with serde_json.
    pub(crate) struct Json(pub String);

    impl Body for Json {
        fn json(self) -> Result<crate::util::json::Json, crate::util::json::ReadError> {
            serde_json::from_str(&self.0).map_err(|_| ReadError::NOT_JSON)
        }
    }

    fn loader() -> Loader<CursorSource> {
        Loader::new(CursorSource::new(BaseUrl::parse("https://api.example.com").unwrap(), 2), RetryPolicy::default())
    }

    fn ok(json: &str) -> Outcome<Json> {
        Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(json.into()))) }
    }

    fn status(s: u16) -> Outcome<Json> {
        Outcome::Response { status: s, retry_after: None, body: None }
    }

    fn throttled(retry_after: &str) -> Outcome<Json> {
        Outcome::Response { status: 429, retry_after: Some(retry_after.into()), body: None }
    }

    fn fetch(step: &Step) -> String {
        match step {
            Step::Fetch(tickets) if tickets.len() == 1 => tickets[0].request.url.clone(),
            other => panic!("not one fetch: {other:?}"),
        }
    }

    /// Reports `out` for the one request in flight, at `now` with `jitter`: the ids of the
    /// rows it brought, and the next step.
    fn answer_at(l: &mut Loader<CursorSource>, out: Outcome<Json>, now: u64, jitter: f64) -> (Option<usize>, Step) {
        let Step::Fetch(tickets) = l.step() else { panic!("not fetching: {:?}", l.step()) };
        let rows = l.outcome(tickets[0].id, out, now, jitter).into_iter().find_map(|d| match d {
            Delivery::Rows(p) => Some(p.interactions.len()),
            _ => None,
        });
        (rows, l.step())
    }

    fn answer(l: &mut Loader<CursorSource>, out: Outcome<Json>) -> (Option<usize>, Step) {
        answer_at(l, out, 0, 0.5)
    }

    const P1: &str = r#"{"entities":[{"id":"a"},{"id":"b"}],"totalCount":3,"nextPage":"c2"}"#;
    const P2: &str = r#"{"entities":[{"id":"c"}],"totalCount":3}"#;
    const URL1: &str = "https://api.example.com/api/v2/interactions?pageSize=2";
    const URL2: &str = "https://api.example.com/api/v2/interactions?pageSize=2&nextPage=c2";

    #[test]
    fn happy_path_follows_the_cursor() {
        let mut l = loader();
        assert_eq!(fetch(&l.step()), URL1);
        let (rows, step) = answer(&mut l, ok(P1));
        assert_eq!(rows, Some(2));
        assert_eq!(fetch(&step), URL2);
        let (rows, step) = answer(&mut l, ok(P2));
        assert_eq!(rows, Some(1));
        assert_eq!(step, Step::Done);
        assert_eq!(l.source().pages(), 2);
        assert!(l.is_finished());
    }

    #[test]
    fn retry_after_seconds_is_honoured() {
        let mut l = loader();
        assert_eq!(
            answer(&mut l, throttled("2")).1,
            Step::Wait { ms: 2000, reason: WaitReason::RateLimited { told: true } }
        );
        assert_eq!(fetch(&l.waited()), URL1);
    }

    #[test]
    fn retry_after_date_is_honoured_against_now() {
        let mut l = loader();
        let now = 784_111_777_000; // Sun, 06 Nov 1994 08:49:37 GMT
        let step = answer_at(&mut l, throttled("Sun, 06 Nov 1994 08:49:40 GMT"), now, 0.5).1;
        assert_eq!(step, Step::Wait { ms: 3000, reason: WaitReason::RateLimited { told: true } });
    }

    #[test]
    fn unreadable_retry_after_falls_back_to_jittered_backoff() {
        let mut l = loader();
        let step = answer_at(&mut l, status(429), 0, 1.0).1;
        assert_eq!(step, Step::Wait { ms: 500, reason: WaitReason::RateLimited { told: false } });
        l.waited();
        assert_eq!(
            answer_at(&mut l, throttled("garbage"), 0, 0.0).1,
            Step::Wait { ms: 500, reason: WaitReason::RateLimited { told: false } }
        );
    }

    #[test]
    fn too_long_retry_after_fails_at_once() {
        let mut l = loader();
        assert_eq!(answer(&mut l, throttled("181")).1, Step::Failed(LoadError::RateLimitTooLong { seconds: 181 }));
        let mut l = loader();
        assert!(matches!(answer(&mut l, throttled("180")).1, Step::Wait { ms: 180_000, .. }));
    }

    #[test]
    fn retries_are_bounded() {
        let mut l = loader();
        let max = RetryPolicy::default().max_attempts;
        for attempt in 1..max {
            assert!(matches!(
                answer(&mut l, status(503)).1,
                Step::Wait { reason: WaitReason::ServerError { status: 503 }, .. }
            ));
            match l.waited() {
                Step::Fetch(t) => assert_eq!(t[0].attempt, attempt + 1),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(answer(&mut l, status(503)).1, Step::Failed(LoadError::Server { status: 503, attempts: max }));
    }

    #[test]
    fn network_failures_retry_then_fail() {
        let mut l = loader();
        let net = || Outcome::Network { message: "offline".into() };
        assert!(matches!(answer(&mut l, net()).1, Step::Wait { reason: WaitReason::Network, .. }));
        for _ in 2..RetryPolicy::default().max_attempts {
            l.waited();
            answer(&mut l, net());
        }
        l.waited();
        assert!(matches!(answer(&mut l, net()).1, Step::Failed(LoadError::Network { .. })));
    }

    #[test]
    fn success_resets_the_try_budget() {
        let mut l = loader();
        for _ in 1..RetryPolicy::default().max_attempts {
            answer(&mut l, status(500));
            l.waited();
        }
        assert!(matches!(answer(&mut l, ok(P1)).1, Step::Fetch(_)));
        assert!(matches!(answer(&mut l, status(500)).1, Step::Wait { .. }));
    }

    #[test]
    fn unauthorized_renews_once_and_repeats_the_same_request() {
        let mut l = loader();
        answer(&mut l, ok(P1));
        assert_eq!(answer(&mut l, status(401)).1, Step::RenewToken);
        assert_eq!(fetch(&l.renewed()), URL2);
        assert_eq!(answer(&mut l, status(401)).1, Step::Failed(LoadError::Unauthorized));
    }

    #[test]
    fn unauthorized_again_after_a_good_page_renews_again() {
        let mut l = loader();
        assert_eq!(answer(&mut l, status(401)).1, Step::RenewToken);
        l.renewed();
        answer(&mut l, ok(P1));
        assert_eq!(answer(&mut l, status(401)).1, Step::RenewToken);
    }

    #[test]
    fn renewal_failure_fails_the_load() {
        let mut l = loader();
        answer(&mut l, status(401));
        let no = HandshakeError::Refused("host said no".into());
        assert_eq!(l.renewal_failed(no.clone()), Step::Failed(LoadError::Renewal(no)));
    }

    #[test]
    fn forbidden_and_unexpected_fail_without_retry() {
        let mut l = loader();
        assert_eq!(answer(&mut l, status(403)).1, Step::Failed(LoadError::Forbidden));
        assert!(LoadError::Forbidden.to_string().contains("interaction:read"));
        let mut l = loader();
        assert_eq!(answer(&mut l, status(404)).1, Step::Failed(LoadError::Unexpected { status: 404 }));
    }

    #[test]
    fn malformed_body_fails_and_resume_repeats_only_the_failed_page() {
        let mut l = loader();
        answer(&mut l, ok(P1));
        let bad = Outcome::Response { status: 200, retry_after: None, body: Some(Err(ReadError::NOT_JSON)) };
        assert!(matches!(answer(&mut l, bad).1, Step::Failed(LoadError::BadPage(PageError::NotAPage(_)))));
        assert_eq!(fetch(&l.resume()), URL2);
        assert_eq!(answer(&mut l, ok(P2)).1, Step::Done);
    }

    #[test]
    fn repeated_cursor_ends_the_load() {
        let mut l = loader();
        let looping = r#"{"entities":[{"id":"a"}],"nextPage":"c2"}"#;
        assert!(matches!(answer(&mut l, ok(looping)).1, Step::Fetch(_)));
        assert_eq!(answer(&mut l, ok(looping)).1, Step::Done);
    }

    #[test]
    fn page_cap_stops_an_endless_api() {
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let mut l = Loader::new(CursorSource::new(base, 2).with_max_pages(3), RetryPolicy::default());
        for n in 0..2 {
            let body = format!(r#"{{"entities":[],"nextPage":"c{n}"}}"#);
            assert!(matches!(answer(&mut l, ok(&body)).1, Step::Fetch(_)));
        }
        assert_eq!(
            answer(&mut l, ok(r#"{"entities":[],"nextPage":"c9"}"#)).1,
            Step::Failed(LoadError::TooManyPages(3))
        );
    }

    #[test]
    fn foreign_next_uri_is_refused() {
        let mut l = loader();
        let (rows, step) = answer(&mut l, ok(r#"{"entities":[{"id":"a"}],"nextUri":"https://evil.example/steal"}"#));
        assert_eq!(rows, Some(1), "the page itself is shown");
        assert!(matches!(step, Step::Failed(LoadError::BadPage(PageError::ForeignNextUri(_)))));
    }

    #[test]
    fn late_outcomes_are_ignored() {
        let mut l = loader();
        let Step::Fetch(t) = l.step() else { panic!() };
        let wait = answer(&mut l, status(503)).1;
        assert!(matches!(wait, Step::Wait { reason: WaitReason::ServerError { status: 503 }, .. }), "{wait:?}");
        // An outcome for a request id the loader never issued changes nothing.
        assert!(l.outcome(t[0].id + 99, ok(P1), 0, 0.5).is_empty());
        assert_eq!(l.step(), wait);
        assert_eq!(l.source().pages(), 0);
        assert!(matches!(l.waited(), Step::Fetch(_)));
    }

    /// A source of `n` independent requests, `width` at a time, that counts what it is told.
    struct Fan {
        n: u32,
        width: usize,
        asked: u32,
        answered: Vec<u32>,
        optional: bool,
    }

    impl Source for Fan {
        fn concurrency(&self) -> usize {
            self.width
        }
        fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
            let mut out = Vec::new();
            while out.len() < room && self.asked < self.n {
                self.asked += 1;
                out.push((self.asked, Request::post("https://api.example.com/q".into(), format!("{}", self.asked))));
            }
            Ok(out)
        }
        fn answer<B: Body>(&mut self, tag: u32, _body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
            self.answered.push(tag);
            Ok(Vec::new())
        }
        fn gave_up(&mut self, tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
            if self.optional {
                self.answered.push(tag);
                Ok(vec![Delivery::Note(error.to_string())])
            } else {
                Err(error)
            }
        }
        fn is_done(&self) -> bool {
            self.asked == self.n
        }
    }

    fn fan(n: u32, width: usize) -> Loader<Fan> {
        Loader::new(Fan { n, width, asked: 0, answered: Vec::new(), optional: false }, RetryPolicy::default())
    }

    fn tickets(step: Step) -> Vec<Ticket> {
        match step {
            Step::Fetch(t) => t,
            other => panic!("not fetching: {other:?}"),
        }
    }

    #[test]
    fn requests_go_out_several_at_a_time_with_method_and_body() {
        let mut l = fan(5, 3);
        let batch = tickets(l.step());
        assert_eq!(batch.len(), 3);
        assert!(batch.iter().all(|t| t.request.method == Method::Post && t.request.body.is_some()));
        for t in &batch {
            l.outcome(t.id, ok("{}"), 0, 0.5);
        }
        assert_eq!(tickets(l.step()).len(), 2);
    }

    #[test]
    fn the_first_429_drops_to_one_request_at_a_time_for_the_rest() {
        let mut l = fan(8, 3);
        let batch = tickets(l.step());
        l.outcome(batch[0].id, ok("{}"), 0, 0.5);
        l.outcome(batch[1].id, throttled("1"), 0, 0.5);
        l.outcome(batch[2].id, ok("{}"), 0, 0.5);
        assert_eq!(l.concurrency(), 1);
        assert_eq!(l.step(), Step::Wait { ms: 1000, reason: WaitReason::RateLimited { told: true } });
        let again = tickets(l.waited());
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].request, batch[1].request, "the throttled request is repeated as it was");
        assert_eq!(again[0].attempt, 2);
        for _ in 0..6 {
            let t = tickets(l.step());
            assert_eq!(t.len(), 1);
            l.outcome(t[0].id, ok("{}"), 0, 0.5);
        }
        assert_eq!(l.step(), Step::Done);
        assert_eq!(l.source().answered.len(), 8);
    }

    /// Two requests refused (401), and the two again with a fresh token.
    fn refused_then_renewed() -> (Loader<Fan>, Vec<Ticket>) {
        let mut l = fan(2, 2);
        let batch = tickets(l.step());
        for t in &batch {
            l.outcome(t.id, status(401), 0, 0.5);
        }
        assert_eq!(l.step(), Step::RenewToken);
        let again = tickets(l.renewed());
        (l, again)
    }

    #[test]
    fn renewal_repeats_every_refused_request_once() {
        let (mut l, again) = refused_then_renewed();
        assert_eq!(again.len(), 2);
        l.outcome(again[0].id, ok("{}"), 0, 0.5);
        l.outcome(again[1].id, status(401), 0, 0.5);
        // The fresh token worked (for the first), then was refused: it expired meanwhile.
        assert_eq!(l.step(), Step::RenewToken, "a token that worked and stopped is renewed again");
        let last = tickets(l.renewed());
        l.outcome(last[0].id, status(401), 0, 0.5);
        assert_eq!(l.step(), Step::Failed(LoadError::Unauthorized), "a fresh token refused at once fails");
    }

    #[test]
    fn an_optional_request_that_fails_does_not_fail_the_load() {
        let mut l =
            Loader::new(Fan { n: 2, width: 2, asked: 0, answered: Vec::new(), optional: true }, RetryPolicy::default());
        let batch = tickets(l.step());
        let note = l.outcome(batch[0].id, status(403), 0, 0.5);
        assert!(matches!(&note[..], [Delivery::Note(_)]));
        l.outcome(batch[1].id, ok("{}"), 0, 0.5);
        assert_eq!(l.step(), Step::Done);
    }

    #[test]
    fn a_fetch_never_reported_goes_out_again_as_it_was() {
        // The shell drops outcomes heard while offline; the same tickets come back.
        let mut l = fan(3, 2);
        let first = tickets(l.step());
        assert_eq!(tickets(l.step()), first);
    }

    #[test]
    fn a_fresh_token_is_judged_on_its_whole_batch_whatever_order_the_answers_come_in() {
        // Two refused requests are repeated with a fresh token; the service lets one through
        // and refuses the other (it expired meanwhile), and the refusal is reported first.
        let (mut l, again) = refused_then_renewed();
        l.outcome(again[1].id, status(401), 0, 0.5);
        l.outcome(again[0].id, ok("{}"), 0, 0.5);
        assert_eq!(l.step(), Step::RenewToken, "the fresh token worked for one: renewed again, not failed");
    }
}
