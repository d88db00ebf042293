//! The controller: owns the core's [`Scheduler`] and carries out its [`Effect`]s: start-up
//! (config, start-up checks, the token source), the executor of each piece of work, the live
//! feed, and the view's state. What runs next, and what the list shows of it, is the
//! scheduler's decision; this only does what it is told, and tells it what happened.
//!
//! Dropping a piece of work's handle aborts its requests (an `AbortController`) and cancels its
//! waits; whatever it still hears afterwards is dropped by the scheduler, so its rows can
//! never come back.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crm_core::diagnostics::Diagnostics;
use crm_core::error::Fault;
use crm_core::model::Range;
use crm_core::net::Outcome;
use crm_core::session::{Effect, Next, Scheduler, WorkId};
use crm_core::source::SourceSetup;
use crm_core::startup::{resolve, QueryParams, Session};
use crm_core::WidgetError;
use futures::channel::oneshot;
use futures::FutureExt;
use leptos::prelude::{RwSignal, Set, Update, With, WithUntracked};
use leptos::task::spawn_local;
use web_sys::AbortController;

use super::executor::{self, Conductor};
use crate::fetch::config::load_config;
use crate::fetch::requests::{clock, Io};
use crate::live::feed::{LiveEvent, LiveFeed};
use crate::platform::browser::{jitter, page_url, unless_cancelled, Cancelled};
use crate::ports::{JsonText, TokenSource, Transport};
use crate::state::ListState;

/// Makes the token source for a session: the host handshake, or the Genesys sign-in.
pub type TokenSourceFactory = Box<dyn Fn(&Session) -> Rc<dyn TokenSource>>;

/// What a running piece of work (or start-up) owns; dropping it cancels it.
struct Running {
    abort: AbortController,
    _cancel: oneshot::Sender<()>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.abort.abort();
    }
}

fn arm() -> Option<(Running, web_sys::AbortSignal, Cancelled)> {
    let abort = AbortController::new().ok()?;
    let (cancel, cancelled) = oneshot::channel::<()>();
    let signal = abort.signal();
    Some((Running { abort, _cancel: cancel }, signal, cancelled.shared()))
}

pub struct Controller {
    me: Weak<Controller>,
    state: ListState,
    query: QueryParams,
    framed: bool,
    transport: Rc<dyn Transport>,
    make_tokens: TokenSourceFactory,
    diagnostics: Option<RwSignal<Diagnostics>>,
    scheduler: RefCell<Scheduler>,
    /// The session start-up resolved, and what its requests go out with.
    io: RefCell<Option<(Session, Rc<Io>)>>,
    boot: RefCell<Option<Running>>,
    work: RefCell<Option<(WorkId, Running)>>,
    /// Live updates (Genesys source), once the first page is shown; outlives loads.
    live: RefCell<Option<LiveFeed>>,
}

impl Controller {
    pub fn new(
        state: ListState,
        query: QueryParams,
        framed: bool,
        transport: Rc<dyn Transport>,
        make_tokens: TokenSourceFactory,
        diagnostics: Option<RwSignal<Diagnostics>>,
    ) -> Rc<Controller> {
        Rc::new_cyclic(|me| Controller {
            me: me.clone(),
            state,
            query,
            framed,
            transport,
            make_tokens,
            diagnostics,
            scheduler: RefCell::new(Scheduler::new()),
            io: RefCell::new(None),
            boot: RefCell::new(None),
            work: RefCell::new(None),
            live: RefCell::new(None),
        })
    }

    /// Starts from scratch: config, start-up checks, token, first page.
    pub fn start(&self) {
        let effects = self.scheduler.borrow_mut().start();
        self.apply(effects);
    }

    /// A new load from the first page (start-up first, when there is no session).
    pub fn refresh(&self) {
        let effects = self.scheduler.borrow_mut().refresh(clock());
        self.apply(effects);
    }

    /// After an error: the failed load resumes where it stopped, or start-up runs again.
    pub fn retry(&self) {
        let effects = self.scheduler.borrow_mut().retry();
        self.apply(effects);
    }

    /// The agent chose a time range: a new load of it.
    pub fn set_range(&self, range: Range) {
        let effects = self.scheduler.borrow_mut().set_range(range, clock());
        self.apply(effects);
    }

    /// Stops everything (lifecycle `stop`, unmount): requests, waits, timers, the socket, and
    /// the token source with its listeners.
    pub fn stop(&self) {
        let effects = self.scheduler.borrow_mut().stop();
        self.apply(effects);
        self.boot.replace(None);
        self.io.replace(None);
    }

    /// Lifecycle `focus`: live updates catch up if they were down.
    pub fn focus(&self) {
        if let Some(live) = self.live.borrow().as_ref() {
            live.focus();
        }
    }

    /// The agent's Reconnect, after live updates gave up.
    pub fn reconnect_live(&self) {
        if let Some(live) = self.live.borrow().as_ref() {
            live.reconnect();
        }
    }

    fn note(&self, f: impl FnOnce(&mut Diagnostics)) {
        if let Some(d) = self.diagnostics {
            d.update(f);
        }
    }

    /// Start-up `n`: config, start-up checks, the token source and its first token.
    fn boot(&self, n: u64) {
        let Some(this) = self.me.upgrade() else { return };
        self.io.replace(None);
        let Some((running, signal, cancelled)) = arm() else {
            let error = WidgetError::Internal(Fault::NoAbortController);
            return self.apply(self.scheduler.borrow_mut().boot_failed(n, error));
        };
        self.boot.replace(Some(running));
        spawn_local(async move {
            // Stop, Refresh or Retry during start-up drop it at once: the config request is
            // aborted, and a handshake in progress is let go with its timer.
            let Some(result) = unless_cancelled(this.resolve(&signal).boxed_local(), &cancelled).await else { return };
            this.boot.replace(None);
            let effects = match result {
                Ok(setup) => this.scheduler.borrow_mut().booted(n, setup, clock()),
                Err(e) => this.scheduler.borrow_mut().boot_failed(n, e),
            };
            this.apply(effects);
        });
    }

    async fn resolve(&self, signal: &web_sys::AbortSignal) -> Result<SourceSetup, WidgetError> {
        let config = load_config(signal).await?;
        #[cfg(debug_assertions)]
        if !self.framed {
            dev_host_redirect(config.dev_host_url.as_deref()).await;
        }
        let session = resolve(&config, &self.query, self.framed, &page_url())?;
        let tokens = (self.make_tokens)(&session);
        let io = Rc::new(Io { transport: Rc::clone(&self.transport), tokens, diagnostics: self.diagnostics });
        self.io.replace(Some((session.clone(), Rc::clone(&io))));
        self.state.source.set(Some(session.data_source));
        io.tokens.token().await?;
        Ok(SourceSetup::of(&session))
    }

    /// Starts driving work `id`.
    fn run(&self, id: WorkId) {
        let (Some(this), Some(io)) = (self.me.upgrade(), self.io.borrow().as_ref().map(|(_, io)| Rc::clone(io))) else {
            return;
        };
        let Some((running, signal, cancelled)) = arm() else { return };
        self.work.replace(Some((id, running)));
        spawn_local(executor::run(this, io, id, signal, cancelled));
    }

    /// Live updates for `agent`, once a session's first rows are shown.
    fn start_live(&self, agent: &str) {
        let Some((session, io)) = self.io.borrow().clone() else { return };
        if self.live.borrow().is_some() {
            return;
        }
        let weak = self.me.clone();
        let on = Rc::new(move |event: LiveEvent| {
            if let Some(c) = weak.upgrade() {
                c.live_event(event);
            }
        });
        let feed = LiveFeed::start(agent, None, session.api_base.clone(), io, on);
        self.live.replace(Some(feed));
    }

    fn live_event(&self, event: LiveEvent) {
        match event {
            LiveEvent::Status(status) => {
                if self.state.live.with_untracked(|s| *s != status) {
                    self.state.live.set(status);
                }
            }
            LiveEvent::Gap => {
                let effects = self.scheduler.borrow_mut().backfill(clock());
                self.apply(effects);
            }
            LiveEvent::Channel(_) => {}
            LiveEvent::Row(row) => {
                let row = *row;
                let effects = self
                    .state
                    .names
                    .with_untracked(|n| self.scheduler.borrow_mut().names_for(&row, n.names(), clock()));
                self.apply(effects);
                self.state.rows.update(|r| {
                    r.upsert(row);
                });
            }
        }
    }
}

impl Conductor for Controller {
    fn next(&self, id: WorkId) -> (Next, Vec<Effect>) {
        self.scheduler.borrow_mut().next(id, clock())
    }

    fn outcome(&self, id: WorkId, ticket: u64, outcome: Outcome<JsonText>) -> Vec<Effect> {
        self.scheduler.borrow_mut().outcome(id, ticket, outcome, clock(), jitter())
    }

    fn waited(&self, id: WorkId) -> Vec<Effect> {
        self.scheduler.borrow_mut().waited(id)
    }

    fn offline(&self, id: WorkId) -> Vec<Effect> {
        self.scheduler.borrow().offline(id)
    }

    fn online(&self, id: WorkId) -> Vec<Effect> {
        self.scheduler.borrow().online(id)
    }

    fn renewed(&self, id: WorkId, result: Result<(), WidgetError>) -> Vec<Effect> {
        self.scheduler.borrow_mut().renewed(id, result, clock())
    }

    fn ended(&self, id: WorkId) {
        if self.work.borrow().as_ref().is_some_and(|(w, _)| *w == id) {
            // It is over: its requests have all been answered, so aborting them does nothing.
            self.work.replace(None);
        }
    }

    fn apply(&self, effects: Vec<Effect>) {
        let s = self.state;
        for effect in effects {
            match effect {
                Effect::Boot(n) => self.boot(n),
                Effect::Run(id) => self.run(id),
                Effect::Cancel(id) => {
                    if self.work.borrow().as_ref().is_some_and(|(w, _)| *w == id) {
                        self.work.replace(None);
                    }
                }
                Effect::Rehandshake => {
                    s.rows.update(|r| r.restart());
                    s.load.update(|l| l.handshake());
                }
                Effect::Restart { range } => {
                    s.rows.update(|r| r.restart());
                    s.load.update(|l| l.loading());
                    if s.range.with_untracked(|r| *r != range) {
                        s.range.set(range);
                    }
                }
                Effect::Loading => s.load.update(|l| l.loading()),
                Effect::Rows(page) => {
                    s.rows.update(|r| r.add_page(page));
                    if self.diagnostics.is_some() {
                        let (duplicates, skipped) = s.rows.with_untracked(|r| (r.duplicates(), r.skipped()));
                        self.note(|d| (d.duplicate_rows, d.skipped_rows) = (duplicates, skipped));
                    }
                }
                Effect::MergeTop(page) => s.rows.update(|r| r.merge_top(page)),
                Effect::Names(names) => s.names.update(|n| n.learn(names)),
                Effect::Note(text) => self.note(|d| d.note(text)),
                Effect::Pause(pause) => s.load.update(|l| l.pause = Some(pause)),
                Effect::Unpause => s.load.update(|l| l.pause = None),
                Effect::Finished => {
                    let loaded = s.rows.with_untracked(|r| r.loaded());
                    s.load.update(|l| l.finish(loaded));
                }
                Effect::Failed(error) => s.load.update(|l| l.fail(error)),
                Effect::StartLive { agent } => self.start_live(&agent),
                Effect::StopLive => {
                    self.live.replace(None);
                    if s.live.with(|l| *l != crm_core::live::Status::Off) {
                        s.live.set(crm_core::live::Status::Off);
                    }
                }
                Effect::TokenAccepted => {
                    if let Some((_, io)) = self.io.borrow().as_ref() {
                        io.tokens.accepted();
                    }
                }
            }
        }
    }
}

/// Development only (`trunk serve`): a debug build opened on its own goes to the dev host,
/// which frames it with mock data, when the dev `config.json` names one on loopback.
#[cfg(debug_assertions)]
async fn dev_host_redirect(url: Option<&str>) {
    let on_loopback = |u: &str| {
        crm_core::net::origin::Origin::of_url(u).is_some_and(|o| crm_core::net::origin::is_loopback(o.host()))
    };
    if let Some(url) = url.filter(|u| on_loopback(u)) {
        if leptos::prelude::window().location().replace(url).is_ok() {
            futures::future::pending::<()>().await;
        }
    }
}
