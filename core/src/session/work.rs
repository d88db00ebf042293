//! What runs next: the list's load, a resumed load, page 1 again after a gap in live updates,
//! names for rows that came live, a new time range; what may run beside what; who holds the
//! session's memory; and how a wait becomes a pause on screen. A sans-I/O state machine with
//! time passed in: the shell's executor asks [`Scheduler::next`] what to do for a piece of work,
//! does the I/O, reports back, and applies the [`Effect`]s it is given.
//!
//! The rules:
//! - At most one piece of work runs at a time. A load (or a resumed one) is what the list shows;
//!   side work (a backfill, names) is quiet and waits while a load runs. A new load (Refresh,
//!   Retry after a start-up error, a new range) cancels whatever runs, and nothing a cancelled
//!   piece of work hears afterwards reaches the list.
//! - Every source is built here, from the range shown at that moment: a backfill asks page 1 of
//!   the same interval as the load that filled the list (the range's start, up to now).
//! - The session's memory (the agent, the names asked and learned) is the scheduler's while no
//!   work holds it; a piece of work takes it when it starts and gives it back when it ends,
//!   however it ends.
//! - A load that fails is kept whole, so Retry resumes it where it stopped.

use crate::error::WidgetError;
use crate::model::{Interaction, Names, Range};
use crate::net::retry::{classify, Class, RetryPolicy};
use crate::net::{Body, Outcome};
use crate::source::loader::{Loader, Step, Ticket, WaitReason};
use crate::source::{AnySource, Delivery, SessionMemory, SourceSetup, Want};

/// A piece of work, for as long as it runs. Ids are never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkId(pub u64);

/// What a piece of work is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkKind {
    /// The list's load of the range shown, from the first page.
    Load,
    /// A failed load, picked up where it stopped (Retry).
    Resume,
    /// Page 1 of the range shown again, merged on top: events may have been missed.
    Backfill,
    /// Names of contacts and queues for rows that came from live events.
    Names,
}

impl WorkKind {
    /// Whether the list shows this work's progress (its pauses, its end, its failure).
    pub fn is_shown(self) -> bool {
        matches!(self, WorkKind::Load | WorkKind::Resume)
    }
}

/// The wall clock, passed in: now, and the browser's UTC offset now (minutes east).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub now_ms: u64,
    pub offset_min: i32,
}

/// Why the list's load is paused (while `data-state` stays `loading`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// The service said 429; the next try is at `until_ms` (Unix epoch ms).
    RateLimited { until_ms: u64 },
    /// A server or network failure; the next try is at `until_ms`.
    Retrying { until_ms: u64 },
    /// The browser is offline; the load continues when it is back online.
    Offline,
}

impl Pause {
    /// The pause a loader's wait shows: a rate limit, or a retry after a failure.
    pub fn from_wait(reason: WaitReason, until_ms: u64) -> Pause {
        match reason {
            WaitReason::RateLimited { .. } => Pause::RateLimited { until_ms },
            WaitReason::ServerError { .. } | WaitReason::Network => Pause::Retrying { until_ms },
        }
    }

    /// Whole seconds left until `until_ms`, rounded up (0 for `Offline`).
    pub fn seconds_left(&self, now_ms: u64) -> u64 {
        match self {
            Pause::RateLimited { until_ms } | Pause::Retrying { until_ms } => {
                until_ms.saturating_sub(now_ms).div_ceil(1000)
            }
            Pause::Offline => 0,
        }
    }

    /// A stable machine name (`data-pause`).
    pub fn slug(&self) -> &'static str {
        match self {
            Pause::RateLimited { .. } => "rate-limited",
            Pause::Retrying { .. } => "retrying",
            Pause::Offline => "offline",
        }
    }
}

/// What the shell does with what the scheduler decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Start-up (config, start-up checks, the token source's first token) is to run; report
    /// with [`Scheduler::booted`] or [`Scheduler::boot_failed`], with this number.
    Boot(u64),
    /// Start driving this work: ask [`Scheduler::next`] until it says [`Next::End`].
    Run(WorkId),
    /// This work was cancelled: abort its requests and waits.
    Cancel(WorkId),
    /// The list goes back to the handshake (start-up runs again).
    Rehandshake,
    /// A new load replaces the list: every row of earlier loads goes. With the range it shows.
    Restart {
        range: Option<Range>,
    },
    /// The list's load goes on (a Retry resumes it): `data-state` is `loading` again.
    Loading,
    /// Rows for the list, in order, below what it has.
    Rows(crate::model::Page),
    /// Page 1 again after a gap: what was missed goes on top, what changed changes in place.
    MergeTop(crate::model::Page),
    /// Names learned (the session keeps them).
    Names(Names),
    /// Something for the diagnostics panel.
    Note(String),
    Pause(Pause),
    Unpause,
    /// The list's load is complete.
    Finished,
    /// The list's load failed (rows already shown stay).
    Failed(WidgetError),
    /// The first rows are shown: live updates for this agent may start (once a session).
    StartLive {
        agent: String,
    },
    /// Live updates stop (a new start-up, or `stop`).
    StopLive,
    /// The API accepted the token (a 2xx): the token source may count it as working.
    TokenAccepted,
}

/// What the executor does next for a piece of work.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Make these requests at once (with a valid token) and report each with
    /// [`Scheduler::outcome`].
    Fetch(Vec<Ticket>),
    /// Wait this long, then call [`Scheduler::waited`].
    Wait(u64),
    /// Renew the token, then call [`Scheduler::renewed`].
    RenewToken,
    /// The work is over (done, failed or cancelled): stop driving it.
    End,
}

#[derive(Debug, Clone)]
struct Job {
    id: WorkId,
    kind: WorkKind,
    loader: Loader<AnySource>,
}

/// The session's orchestration. One per widget instance.
#[derive(Debug, Clone, Default)]
pub struct Scheduler {
    /// `None` until start-up has resolved a session (and after `stop`).
    setup: Option<SourceSetup>,
    boot: u64,
    /// The range the list shows (sources with times), as the agent chose it last.
    range: Option<Range>,
    /// The session's memory while no work holds it.
    memory: SessionMemory,
    next_id: u64,
    running: Option<Job>,
    /// The list's load that failed, for Retry to resume.
    failed: Option<Job>,
    /// Side work waiting for its turn.
    backfill_wanted: bool,
    names_wanted: Vec<Interaction>,
    live_started: bool,
}

impl Scheduler {
    pub fn new() -> Scheduler {
        Scheduler::default()
    }

    /// The range the list shows now.
    pub fn range(&self) -> Option<Range> {
        self.range
    }

    /// The piece of work running now, and what it is for.
    pub fn running(&self) -> Option<(WorkId, WorkKind)> {
        self.running.as_ref().map(|j| (j.id, j.kind))
    }

    /// Whether a session has been resolved (start-up is done).
    pub fn is_booted(&self) -> bool {
        self.setup.is_some()
    }

    /// Starts from scratch: config, start-up checks, token, then the first load. Everything
    /// running is cancelled; the session's memory and the chosen range stay.
    pub fn start(&mut self) -> Vec<Effect> {
        let mut effects = self.cancel_all();
        self.setup = None;
        self.live_started = false;
        self.boot += 1;
        effects.extend([Effect::StopLive, Effect::Rehandshake, Effect::Boot(self.boot)]);
        effects
    }

    /// Start-up `boot` resolved a session: the first load of the range shown.
    pub fn booted(&mut self, boot: u64, setup: SourceSetup, clock: Clock) -> Vec<Effect> {
        if boot != self.boot || self.setup.is_some() {
            return Vec::new();
        }
        if !setup.data_source.has_ranges() {
            self.range = None;
        } else if self.range.is_none() {
            self.range = setup.first_range();
        }
        self.setup = Some(setup);
        self.load(clock)
    }

    /// Start-up `boot` resolved a session whose list another frame of it loads (CONTRACT §10):
    /// nothing loads until this frame leads a range ([`Scheduler::take_over`]).
    pub fn booted_quietly(&mut self, boot: u64, setup: SourceSetup) -> bool {
        if boot != self.boot || self.setup.is_some() {
            return false;
        }
        self.setup = Some(setup);
        true
    }

    /// This frame leads `range` now. It shows the list another frame loaded when `complete`:
    /// page 1 again, merged on top (what changed meanwhile). Otherwise the range loads from the
    /// start. Whatever ran is cancelled.
    pub fn take_over(&mut self, range: Option<Range>, complete: bool, clock: Clock) -> Vec<Effect> {
        let Some(setup) = &self.setup else { return Vec::new() };
        self.range = range.filter(|_| setup.data_source.has_ranges()).or_else(|| setup.first_range());
        if !complete {
            return self.load(clock);
        }
        let mut effects = self.cancel_all();
        // The list is shown: its first page (and with it live updates) came before.
        self.live_started = true;
        effects.extend(self.backfill(clock));
        effects
    }

    /// The agent is known already (see [`SessionMemory::know_agent`]); before any work runs.
    pub fn know_agent(&mut self, agent: &str) {
        self.memory.know_agent(agent);
    }

    /// Start-up `boot` failed: the error state; Retry starts over.
    pub fn boot_failed(&mut self, boot: u64, error: WidgetError) -> Vec<Effect> {
        if boot != self.boot || self.setup.is_some() {
            return Vec::new();
        }
        vec![Effect::Failed(error)]
    }

    /// Refresh: a new load from the first page (start-up first, when there is no session).
    pub fn refresh(&mut self, clock: Clock) -> Vec<Effect> {
        if self.setup.is_none() {
            return self.start();
        }
        self.load(clock)
    }

    /// Retry, after an error: the failed load resumes where it stopped, with its rows; after a
    /// start-up error (or when there is nothing to resume), start-up runs again.
    pub fn retry(&mut self) -> Vec<Effect> {
        let Some(mut job) = self.failed.take().filter(|_| self.setup.is_some()) else {
            return self.start();
        };
        let mut effects = self.cancel_running();
        self.backfill_wanted = false;
        job.loader.source_mut().give_memory(std::mem::take(&mut self.memory));
        job.loader.resume();
        job.id = self.fresh_id();
        job.kind = WorkKind::Resume;
        effects.extend([Effect::Loading, Effect::Run(job.id)]);
        self.running = Some(job);
        effects
    }

    /// The agent chose a time range: a new load of it (nothing, when it is the one shown).
    pub fn set_range(&mut self, range: Range, clock: Clock) -> Vec<Effect> {
        if self.range == Some(range) {
            return Vec::new();
        }
        self.range = Some(range);
        match self.setup {
            Some(_) => self.load(clock),
            None => Vec::new(),
        }
    }

    /// Live updates had a gap: page 1 of the range shown again, merged on top. Not needed
    /// while the list's load runs (it brings everything anyway).
    pub fn backfill(&mut self, clock: Clock) -> Vec<Effect> {
        if self.running.as_ref().is_some_and(|j| j.kind.is_shown()) {
            return Vec::new();
        }
        self.backfill_wanted = true;
        self.pump(clock)
    }

    /// A row came from a live event: the names of its contact, queue and wrap-up code, if the session has
    /// not learned them (`known`), through the same enrichment (batches, each id once).
    pub fn names_for(&mut self, row: &Interaction, known: &Names, clock: Clock) -> Vec<Effect> {
        let unknown = row.contact_id.as_ref().is_some_and(|c| !known.contacts.contains_key(c))
            || row.queue_id.as_ref().is_some_and(|q| !known.queues.contains_key(q))
            || row.wrap_up.as_ref().is_some_and(|w| !known.wrap_ups.contains_key(w));
        if !unknown {
            return Vec::new();
        }
        self.names_wanted.push(row.clone());
        self.pump(clock)
    }

    /// Lifecycle `stop` or unmount: everything ends; a later Refresh starts over.
    pub fn stop(&mut self) -> Vec<Effect> {
        let mut effects = self.cancel_all();
        self.setup = None;
        self.live_started = false;
        self.boot += 1;
        effects.push(Effect::StopLive);
        effects
    }

    /// What to do next for `id`, and what the list shows meanwhile.
    pub fn next(&mut self, id: WorkId, clock: Clock) -> (Next, Vec<Effect>) {
        let Some(job) = self.running.as_mut().filter(|j| j.id == id) else {
            return (Next::End, Vec::new());
        };
        match job.loader.step() {
            Step::Fetch(tickets) => (Next::Fetch(tickets), Vec::new()),
            Step::Wait { ms, reason } => {
                let shown = job.kind.is_shown();
                let pause = Pause::from_wait(reason, clock.now_ms.saturating_add(ms));
                (Next::Wait(ms), if shown { vec![Effect::Pause(pause)] } else { Vec::new() })
            }
            Step::RenewToken => (Next::RenewToken, Vec::new()),
            Step::Done => {
                let mut job = self.running.take().expect("the job just matched");
                self.memory = job.loader.source_mut().take_memory();
                let mut effects = if job.kind.is_shown() { vec![Effect::Finished] } else { Vec::new() };
                effects.extend(self.pump(clock));
                (Next::End, effects)
            }
            Step::Failed(error) => {
                let mut job = self.running.take().expect("the job just matched");
                self.memory = job.loader.source_mut().take_memory();
                let mut effects = Vec::new();
                if job.kind.is_shown() {
                    effects.push(Effect::Failed(error.into()));
                    // Kept whole for Retry; it gets the memory back then.
                    self.failed = Some(job);
                }
                effects.extend(self.pump(clock));
                (Next::End, effects)
            }
        }
    }

    /// What came of request `ticket` of `id`'s last fetch, and what it brings to the list.
    pub fn outcome<B: Body>(
        &mut self,
        id: WorkId,
        ticket: u64,
        outcome: Outcome<B>,
        clock: Clock,
        jitter: f64,
    ) -> Vec<Effect> {
        let Some(job) = self.running.as_mut().filter(|j| j.id == id) else {
            return Vec::new();
        };
        let accepted = matches!(outcome, Outcome::Response { status, .. } if classify(status) == Class::Success);
        let deliveries = job.loader.outcome(ticket, outcome, clock.now_ms, jitter);
        let (kind, agent) = (job.kind, job.loader.source().agent().map(str::to_owned));
        let mut effects: Vec<Effect> = accepted.then_some(Effect::TokenAccepted).into_iter().collect();
        for delivery in deliveries {
            match delivery {
                Delivery::Rows(page) | Delivery::Late(page) if kind == WorkKind::Backfill => {
                    effects.push(Effect::MergeTop(page))
                }
                Delivery::Late(page) => effects.push(Effect::MergeTop(page)),
                Delivery::Rows(page) => {
                    effects.push(Effect::Rows(page));
                    if let Some(agent) = agent.clone().filter(|_| !self.live_started) {
                        self.live_started = true;
                        effects.push(Effect::StartLive { agent });
                    }
                }
                Delivery::Names(names) => effects.push(Effect::Names(names)),
                Delivery::Note(note) => effects.push(Effect::Note(note)),
                // Only a single request delivers a body; the list's work never is one.
                Delivery::Body(_) => {}
            }
        }
        effects
    }

    /// The wait [`Next::Wait`] asked for is over.
    pub fn waited(&mut self, id: WorkId) -> Vec<Effect> {
        let Some(job) = self.running.as_mut().filter(|j| j.id == id) else {
            return Vec::new();
        };
        job.loader.waited();
        if job.kind.is_shown() {
            vec![Effect::Unpause]
        } else {
            Vec::new()
        }
    }

    /// The browser is offline while `id` wants to fetch: it waits for the network, without
    /// spending a try.
    pub fn offline(&self, id: WorkId) -> Vec<Effect> {
        match self.running.as_ref().filter(|j| j.id == id) {
            Some(job) if job.kind.is_shown() => vec![Effect::Pause(Pause::Offline)],
            _ => Vec::new(),
        }
    }

    /// Back online: `id` goes on.
    pub fn online(&self, id: WorkId) -> Vec<Effect> {
        match self.running.as_ref().filter(|j| j.id == id) {
            Some(job) if job.kind.is_shown() => vec![Effect::Unpause],
            _ => Vec::new(),
        }
    }

    /// A fresh token is in place, or none could be had. A host that could not hand one over is
    /// the load's error (Retry resumes); a failed sign-in is the error itself: the list's work
    /// gives up with it (Retry signs in again), side work ends quietly.
    pub fn renewed(&mut self, id: WorkId, result: Result<(), WidgetError>, clock: Clock) -> Vec<Effect> {
        let Some(job) = self.running.as_mut().filter(|j| j.id == id) else {
            return Vec::new();
        };
        match result {
            Ok(()) => {
                job.loader.renewed();
                Vec::new()
            }
            Err(WidgetError::Handshake(e)) => {
                job.loader.renewal_failed(e);
                Vec::new()
            }
            Err(e) => {
                let mut job = self.running.take().expect("the job just matched");
                self.memory = job.loader.source_mut().take_memory();
                let mut effects = if job.kind.is_shown() { vec![Effect::Failed(e)] } else { Vec::new() };
                effects.extend(self.pump(clock));
                effects
            }
        }
    }

    /// A load of the range shown, from the first page: whatever runs is cancelled.
    fn load(&mut self, clock: Clock) -> Vec<Effect> {
        let mut effects = self.cancel_all();
        let Some(setup) = &self.setup else { return effects };
        effects.push(Effect::Restart { range: self.range });
        let want = self.want_all(clock);
        match AnySource::new(setup, want, std::mem::take(&mut self.memory)) {
            Ok(source) => {
                let id = self.fresh_id();
                let loader = Loader::new(source, RetryPolicy::default());
                self.running = Some(Job { id, kind: WorkKind::Load, loader });
                effects.push(Effect::Run(id));
            }
            Err(memory) => self.memory = memory,
        }
        effects
    }

    /// The range shown as an interval ending now (sources without times ignore it).
    fn interval(&self, clock: Clock) -> (u64, u64) {
        let start = self.range.map_or(0, |r| r.start_ms(clock.now_ms, clock.offset_min));
        (start.min(clock.now_ms), clock.now_ms)
    }

    fn want_all(&self, clock: Clock) -> Want<'static> {
        let (start_ms, now_ms) = self.interval(clock);
        Want::All { start_ms, now_ms }
    }

    /// Starts the side work that waits, one piece at a time, when nothing runs.
    fn pump(&mut self, clock: Clock) -> Vec<Effect> {
        if self.running.is_some() {
            return Vec::new();
        }
        let Some(setup) = self.setup.clone() else {
            self.backfill_wanted = false;
            self.names_wanted.clear();
            return Vec::new();
        };
        loop {
            let (kind, source) = if std::mem::take(&mut self.backfill_wanted) {
                let (start_ms, now_ms) = self.interval(clock);
                let memory = std::mem::take(&mut self.memory);
                (WorkKind::Backfill, AnySource::new(&setup, Want::FirstPage { start_ms, now_ms }, memory))
            } else if !self.names_wanted.is_empty() {
                let rows = std::mem::take(&mut self.names_wanted);
                let memory = std::mem::take(&mut self.memory);
                (WorkKind::Names, AnySource::new(&setup, Want::Names(&rows), memory))
            } else {
                return Vec::new();
            };
            match source {
                Ok(source) => {
                    let id = self.fresh_id();
                    self.running = Some(Job { id, kind, loader: Loader::new(source, RetryPolicy::default()) });
                    return vec![Effect::Run(id)];
                }
                Err(memory) => self.memory = memory,
            }
        }
    }

    fn fresh_id(&mut self) -> WorkId {
        self.next_id += 1;
        WorkId(self.next_id)
    }

    /// Ends the running work (its memory comes back) and says so.
    fn cancel_running(&mut self) -> Vec<Effect> {
        match self.running.take() {
            Some(mut job) => {
                self.memory = job.loader.source_mut().take_memory();
                vec![Effect::Cancel(job.id)]
            }
            None => Vec::new(),
        }
    }

    /// Ends every piece of work, running, failed or waiting.
    fn cancel_all(&mut self) -> Vec<Effect> {
        let effects = self.cancel_running();
        self.failed = None;
        self.backfill_wanted = false;
        self.names_wanted.clear();
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::BaseUrl;
    use crate::startup::DataSource;
    use crate::testing::{status, Asked, FakeGenesys};
    use crate::util::time::{local_midnight_ms, parse_iso_ms, DAY_MS};

    const NOW: u64 = 1_796_000_000_000; // 2026-11-29T23:33:20Z
    const CLOCK: Clock = Clock { now_ms: NOW, offset_min: 60 };

    fn setup(data_source: DataSource) -> SourceSetup {
        SourceSetup {
            data_source,
            api_base: BaseUrl::parse("https://api.example.com").unwrap(),
            page_size: 10,
            history_days: 7,
        }
    }

    /// A scheduler booted on the Genesys source, and the id of its first load.
    fn booted() -> (Scheduler, WorkId) {
        let mut s = Scheduler::new();
        let effects = s.start();
        assert_eq!(effects, [Effect::StopLive, Effect::Rehandshake, Effect::Boot(1)]);
        let effects = s.booted(1, setup(DataSource::Genesys), CLOCK);
        assert_eq!(effects, [Effect::Restart { range: Some(Range::Days(7)) }, Effect::Run(WorkId(1))]);
        (s, WorkId(1))
    }

    /// Drives `id` against `service` until it ends; every effect on the way.
    fn drive(s: &mut Scheduler, id: WorkId, service: &mut FakeGenesys) -> Vec<Effect> {
        let mut all = Vec::new();
        for _ in 0..1000 {
            let (next, effects) = s.next(id, CLOCK);
            all.extend(effects);
            match next {
                Next::Fetch(tickets) => {
                    for t in tickets {
                        all.extend(s.outcome(id, t.id, service.answer(&t.request), CLOCK, 0.5));
                    }
                }
                Next::Wait(_) => all.extend(s.waited(id)),
                Next::RenewToken => all.extend(s.renewed(id, Ok(()), CLOCK)),
                Next::End => return all,
            }
        }
        panic!("{id:?} did not end");
    }

    fn rows(effects: &[Effect]) -> usize {
        effects.iter().map(|e| if let Effect::Rows(p) = e { p.interactions.len() } else { 0 }).sum()
    }

    fn runs(effects: &[Effect]) -> Vec<WorkId> {
        effects.iter().filter_map(|e| if let Effect::Run(id) = e { Some(*id) } else { None }).collect()
    }

    #[test]
    fn a_load_runs_to_its_end_and_starts_live_updates_once() {
        let (mut s, id) = booted();
        let mut service = FakeGenesys::new(NOW, 25, 3_600_000);
        let effects = drive(&mut s, id, &mut service);
        assert_eq!(rows(&effects), 25);
        assert_eq!(effects.iter().filter(|e| matches!(e, Effect::StartLive { agent } if agent == "me")).count(), 1);
        assert_eq!(effects.last(), Some(&Effect::Finished));
        assert_eq!(service.asked[0], Asked::Me);
        assert!(
            matches!(service.asked[1], Asked::Details { start_ms, end_ms: NOW, page: 1 } if start_ms == NOW - 7 * DAY_MS)
        );
        let mut names = Names::default();
        for e in &effects {
            if let Effect::Names(n) = e {
                names.contacts.extend(n.contacts.clone());
                names.queues.extend(n.queues.clone());
            }
        }
        assert_eq!((names.contacts.len(), names.queues.len()), (5, 3), "each contact and queue named");
        assert_eq!(s.running(), None);
    }

    #[test]
    fn a_frame_of_a_shared_session_loads_nothing_until_it_leads_and_asks_no_users_me_it_was_told() {
        let mut s = Scheduler::new();
        s.start();
        assert!(s.booted_quietly(1, setup(DataSource::Genesys)));
        assert!(!s.booted_quietly(1, setup(DataSource::Genesys)), "once");
        assert_eq!(s.running(), None, "a mirror loads nothing");
        s.know_agent("me");
        // It leads Today now, and the list it mirrored was complete: page 1 again on top.
        let mut service = FakeGenesys::new(NOW, 30, 3_600_000);
        let effects = s.take_over(Some(Range::Today), true, CLOCK);
        assert!(!effects.iter().any(|e| matches!(e, Effect::Restart { .. })), "the rows stay");
        let merged = drive(&mut s, runs(&effects)[0], &mut service);
        assert!(merged.iter().any(|e| matches!(e, Effect::MergeTop(_))));
        assert!(!merged.iter().any(|e| matches!(e, Effect::StartLive { .. })), "live updates were on already");
        assert!(matches!(service.asked[0], Asked::Details { page: 1, .. }), "{:?}", service.asked);
        assert!(!service.asked.contains(&Asked::Me), "no users/me: {:?}", service.asked);
        // A list that was still loading: the range loads again from the start.
        let effects = s.take_over(Some(Range::Days(7)), false, CLOCK);
        assert_eq!(
            effects.iter().find(|e| matches!(e, Effect::Restart { .. })),
            Some(&Effect::Restart { range: Some(Range::Days(7)) })
        );
        service.asked.clear();
        let loaded = drive(&mut s, runs(&effects)[0], &mut service);
        assert_eq!(loaded.last(), Some(&Effect::Finished));
        assert!(!service.asked.contains(&Asked::Me));
    }

    #[test]
    fn a_backfill_asks_page_1_of_the_range_shown() {
        let (mut s, id) = booted();
        let mut service = FakeGenesys::new(NOW, 60, 3_600_000);
        drive(&mut s, id, &mut service);
        // The agent chooses Today: a new load, since local midnight (UTC+1 here).
        let effects = s.set_range(Range::Today, CLOCK);
        let midnight = local_midnight_ms(NOW, 60);
        assert_eq!(effects[0], Effect::Restart { range: Some(Range::Today) });
        let today = runs(&effects)[0];
        let loaded = drive(&mut s, today, &mut service);
        assert_eq!(rows(&loaded) as u64, (NOW - midnight) / 3_600_000);
        // A gap in live updates: page 1 again, of today, merged on top. No users/me again.
        service.asked.clear();
        let effects = s.backfill(CLOCK);
        let backfill = runs(&effects)[0];
        assert_eq!(s.running(), Some((backfill, WorkKind::Backfill)));
        let merged = drive(&mut s, backfill, &mut service);
        assert_eq!(service.asked, [Asked::Details { start_ms: midnight, end_ms: NOW, page: 1 }]);
        assert!(merged.iter().any(|e| matches!(e, Effect::MergeTop(_))));
        assert!(!merged.iter().any(|e| matches!(e, Effect::Rows(_) | Effect::Finished | Effect::Pause(_))));
        assert_eq!(parse_iso_ms("2026-11-29T23:00:00Z"), Some(midnight), "local midnight in UTC+1");
    }

    #[test]
    fn no_backfill_beside_the_lists_load_and_side_work_waits_its_turn() {
        let (mut s, id) = booted();
        assert_eq!(s.backfill(CLOCK), [], "the load brings everything anyway");
        let row = Interaction { contact_id: Some("ec-new".into()), ..crate::testing::row("live-1") };
        assert_eq!(s.names_for(&row, &Names::default(), CLOCK), [], "side work waits while the load runs");
        let mut service = FakeGenesys::new(NOW, 3, 3_600_000);
        let effects = drive(&mut s, id, &mut service);
        let names = runs(&effects);
        assert_eq!(names.len(), 1, "the names for the live row run once the load is done");
        assert_eq!(s.running(), Some((names[0], WorkKind::Names)));
        service.asked.clear();
        let effects = drive(&mut s, names[0], &mut service);
        assert_eq!(service.asked, [Asked::Contacts(vec!["ec-new".into()])]);
        assert!(effects.iter().any(|e| matches!(e, Effect::Names(n) if n.contacts.contains_key("ec-new"))));
        // Names the session knows already need nothing.
        let mut known = Names::default();
        known.contacts.insert("ec-new".into(), "N".into());
        assert_eq!(s.names_for(&row, &known, CLOCK), []);
    }

    #[test]
    fn refresh_cancels_and_nothing_of_the_cancelled_load_comes_back() {
        let (mut s, first) = booted();
        let mut service = FakeGenesys::new(NOW, 25, 3_600_000);
        let (Next::Fetch(tickets), _) = s.next(first, CLOCK) else { panic!("not fetching") };
        let effects = s.refresh(CLOCK);
        let second = runs(&effects)[0];
        assert_eq!(
            effects,
            [Effect::Cancel(first), Effect::Restart { range: Some(Range::Days(7)) }, Effect::Run(second)]
        );
        // The first load's answer arrives late: dropped.
        assert_eq!(s.outcome(first, tickets[0].id, service.answer(&tickets[0].request), CLOCK, 0.5), []);
        assert_eq!(s.next(first, CLOCK), (Next::End, Vec::new()));
        assert_eq!(rows(&drive(&mut s, second, &mut service)), 25);
    }

    #[test]
    fn waits_show_as_pauses_only_for_the_lists_load() {
        let (mut s, id) = booted();
        let (Next::Fetch(t), _) = s.next(id, CLOCK) else { panic!() };
        s.outcome(id, t[0].id, crate::testing::throttled("3"), CLOCK, 0.5);
        let (next, effects) = s.next(id, CLOCK);
        assert_eq!(next, Next::Wait(3000));
        assert_eq!(effects, [Effect::Pause(Pause::RateLimited { until_ms: NOW + 3000 })]);
        assert_eq!(s.waited(id), [Effect::Unpause]);
        assert_eq!(s.offline(id), [Effect::Pause(Pause::Offline)]);
        assert_eq!(s.online(id), [Effect::Unpause]);
        // A backfill's waits are quiet.
        let mut service = FakeGenesys::new(NOW, 3, 3_600_000);
        drive(&mut s, id, &mut service);
        let backfill = runs(&s.backfill(CLOCK))[0];
        let (Next::Fetch(t), _) = s.next(backfill, CLOCK) else { panic!() };
        s.outcome(backfill, t[0].id, status(503), CLOCK, 0.5);
        let (next, effects) = s.next(backfill, CLOCK);
        assert!(matches!(next, Next::Wait(_)));
        assert_eq!(effects, []);
        assert_eq!(s.offline(backfill), []);
    }

    #[test]
    fn a_failed_load_resumes_on_retry_without_asking_again_for_what_came() {
        let (mut s, id) = booted();
        let mut service = FakeGenesys::new(NOW, 25, 3_600_000);
        // users/me and page 1 come; page 2 is forbidden.
        let mut failed = Vec::new();
        loop {
            let (next, effects) = s.next(id, CLOCK);
            failed.extend(effects);
            match next {
                Next::Fetch(tickets) => {
                    for t in tickets {
                        let page_2 = t.request.body.as_deref().is_some_and(|b| b.contains("\"pageNumber\":2"));
                        let out = if page_2 { status(403) } else { service.answer(&t.request) };
                        failed.extend(s.outcome(id, t.id, out, CLOCK, 0.5));
                    }
                }
                Next::End => break,
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            failed.last(),
            Some(Effect::Failed(WidgetError::Load(crate::source::LoadError::AnalyticsForbidden)))
        ));
        service.asked.clear();
        let effects = s.retry();
        assert_eq!(effects[0], Effect::Loading);
        let resumed = runs(&effects)[0];
        assert_eq!(s.running(), Some((resumed, WorkKind::Resume)));
        let rest = drive(&mut s, resumed, &mut service);
        assert_eq!(rows(&failed) + rows(&rest), 25);
        assert!(!service.asked.contains(&Asked::Me), "users/me is not asked again");
        assert!(!service.asked.iter().any(|a| matches!(a, Asked::Details { page: 1, .. })), "nor page 1");
        assert_eq!(rest.last(), Some(&Effect::Finished));
    }

    #[test]
    fn a_failed_sign_in_gives_up_and_retry_starts_over() {
        let (mut s, id) = booted();
        let (Next::Fetch(t), _) = s.next(id, CLOCK) else { panic!() };
        s.outcome(id, t[0].id, status(401), CLOCK, 0.5);
        assert_eq!(s.next(id, CLOCK).0, Next::RenewToken);
        let e = WidgetError::SignIn(crate::auth::signin::SignInError::NoAnswer);
        assert_eq!(s.renewed(id, Err(e.clone()), CLOCK), [Effect::Failed(e)]);
        assert_eq!(s.running(), None);
        let effects = s.retry();
        assert!(effects.contains(&Effect::Rehandshake), "no load to resume: start-up again");
        // A host that would not hand over a token is the load's error: Retry resumes.
        let (mut s, id) = booted();
        let (Next::Fetch(t), _) = s.next(id, CLOCK) else { panic!() };
        s.outcome(id, t[0].id, status(401), CLOCK, 0.5);
        let refused = crate::host::handshake::HandshakeError::Refused("no".into());
        assert_eq!(s.renewed(id, Err(WidgetError::Handshake(refused.clone())), CLOCK), []);
        let (next, effects) = s.next(id, CLOCK);
        assert_eq!(next, Next::End);
        assert_eq!(effects, [Effect::Failed(WidgetError::Load(crate::source::LoadError::Renewal(refused)))]);
        assert!(s.retry().contains(&Effect::Loading));
    }

    #[test]
    fn the_interactions_source_has_no_ranges_no_backfill_and_no_names() {
        let mut s = Scheduler::new();
        s.start();
        let effects = s.booted(1, setup(DataSource::Interactions), CLOCK);
        assert_eq!(effects[0], Effect::Restart { range: None });
        assert_eq!(s.range(), None);
        let id = runs(&effects)[0];
        let (Next::Fetch(t), _) = s.next(id, CLOCK) else { panic!() };
        let page = crate::testing::ok(r#"{"entities":[{"id":"a","routing":{"queueId":"q"}}]}"#);
        let effects = s.outcome(id, t[0].id, page, CLOCK, 0.5);
        assert_eq!(rows(&effects), 1);
        assert!(!effects.iter().any(|e| matches!(e, Effect::StartLive { .. })));
        assert_eq!(s.next(id, CLOCK).1, [Effect::Finished]);
        assert_eq!(s.backfill(CLOCK), []);
        let row = Interaction { queue_id: Some("q-1".into()), ..crate::testing::row("x") };
        assert_eq!(s.names_for(&row, &Names::default(), CLOCK), []);
    }

    #[test]
    fn stale_boots_and_stop_are_ignored_or_end_everything() {
        let mut s = Scheduler::new();
        s.start();
        s.start();
        assert_eq!(s.booted(1, setup(DataSource::Genesys), CLOCK), [], "an older start-up");
        assert_eq!(s.boot_failed(1, WidgetError::Internal(crate::error::Fault::NoAbortController)), []);
        assert_eq!(runs(&s.booted(2, setup(DataSource::Genesys), CLOCK)), [WorkId(1)]);
        assert_eq!(s.stop(), [Effect::Cancel(WorkId(1)), Effect::StopLive]);
        assert!(!s.is_booted());
        assert!(s.refresh(CLOCK).contains(&Effect::Rehandshake), "after stop, Refresh starts over");
    }
}
