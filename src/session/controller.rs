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

use crate::platform::reactive::Slot;
use crm_core::auth::Token;
use crm_core::diagnostics::Diagnostics;
use crm_core::error::Fault;
use crm_core::live::Channel;
use crm_core::model::Range;
use crm_core::net::Outcome;
use crm_core::session::{session_key, Act, Change, Effect, Next, Peer, Role, Scheduler, SharedToken, WorkId};
use crm_core::source::SourceSetup;
use crm_core::startup::{resolve, QueryParams, Session};
use crm_core::WidgetError;
use futures::channel::oneshot;
use futures::FutureExt;
use gloo_timers::callback::Interval;
use leptos::task::spawn_local;
use web_sys::AbortController;

use super::executor::{self, Conductor};
use super::link::Link;
use super::shared::SharedTokens;
use crate::auth::signin::SignInTokenSource;
use crate::fetch::config::load_config;
use crate::fetch::requests::{clock, Io};
use crate::live::feed::{LiveEvent, LiveFeed};
use crate::platform::browser::{jitter, mark_once, now_ms, page_url, unless_cancelled, Cancelled};
use crate::ports::{JsonText, TokenSource, Transport};
use crate::state::ListState;

/// The token source for a session: the host's (handshake), or the Genesys sign-in, which the
/// frames of one agent share (CONTRACT §10).
pub enum Tokens {
    Host(Rc<dyn TokenSource>),
    SignIn(Rc<SignInTokenSource>),
}

/// Makes the token source for a session.
pub type TokenSourceFactory = Box<dyn Fn(&Session) -> Tokens>;

/// How often a shared session's waits are checked (a round, a token, a snapshot).
const TICK_MS: u32 = 1_000;

/// This frame's part in a session shared with other frames (CONTRACT §10): the core's
/// [`Peer`] decides, the [`Link`] carries messages and locks, the session's token is
/// [`SharedTokens`].
struct Shared {
    peer: RefCell<Peer>,
    link: Link,
    tokens: Rc<SharedTokens>,
    setup: SourceSetup,
    boot: u64,
    _tick: Interval,
}

/// What start-up resolved.
enum Booted {
    /// A session of its own: the first load goes.
    Alone(SourceSetup),
    /// A session shared with other frames: join it (with the token this frame just got, when
    /// it came back from the login service).
    Shared(Rc<Shared>, Option<Token>),
}

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
    diagnostics: Option<Slot<Diagnostics>>,
    scheduler: RefCell<Scheduler>,
    /// The session start-up resolved, and what its requests go out with.
    io: RefCell<Option<(Session, Rc<Io>)>>,
    boot: RefCell<Option<Running>>,
    work: RefCell<Option<(WorkId, Running)>>,
    /// Live updates (Genesys source), once the first page is shown; outlives loads.
    live: RefCell<Option<LiveFeed>>,
    /// The session shared with this agent's other frames, when there is one.
    shared: RefCell<Option<Rc<Shared>>>,
    /// This frame's own sign-in failed: Retry signs in again.
    sign_in_failed: std::cell::Cell<bool>,
}

impl Controller {
    pub fn new(
        state: ListState,
        query: QueryParams,
        framed: bool,
        transport: Rc<dyn Transport>,
        make_tokens: TokenSourceFactory,
        diagnostics: Option<Slot<Diagnostics>>,
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
            shared: RefCell::new(None),
            sign_in_failed: std::cell::Cell::new(false),
        })
    }

    /// Starts from scratch: config, start-up checks, token, first page.
    pub fn start(&self) {
        let effects = self.scheduler.borrow_mut().start();
        self.apply(effects);
    }

    /// A new load from the first page (start-up first, when there is no session); in a shared
    /// session, once for every frame.
    pub fn refresh(&self) {
        if self.peer_do(Peer::refresh) {
            return;
        }
        let effects = self.scheduler.borrow_mut().refresh(clock());
        self.apply(effects);
    }

    /// After an error: the failed load resumes where it stopped, or start-up runs again; in a
    /// shared session, the range's lead does it (or this frame signs in again, when its own
    /// sign-in failed).
    pub fn retry(&self) {
        if self.sign_in_failed.replace(false) {
            if let Some(shared) = self.shared.borrow().clone() {
                shared.tokens.clear();
            }
            self.peer_do(|p| p.sign_in_again(now_ms()));
        }
        if self.peer_do(Peer::retry) {
            return;
        }
        let effects = self.scheduler.borrow_mut().retry();
        self.apply(effects);
    }

    /// The agent chose a time range: a new load of it (in a shared session, this frame joins
    /// the frames that show it).
    pub fn set_range(&self, range: Range) {
        if self.peer_do(|p| p.set_range(Some(range), now_ms())) {
            return;
        }
        let effects = self.scheduler.borrow_mut().set_range(range, clock());
        self.apply(effects);
    }

    /// Stops everything (lifecycle `stop`, unmount): requests, waits, timers, the socket, and
    /// the token source with its listeners.
    pub fn stop(&self) {
        // Its locks pass to the next frame of the session.
        self.peer_do(Peer::leave);
        self.shared.replace(None);
        let effects = self.scheduler.borrow_mut().stop();
        self.apply(effects);
        self.boot.replace(None);
        self.io.replace(None);
    }

    /// A popup sign-in ahead of expiry brought a new token: a frame on its own loads its list
    /// again with it; a shared session's frames simply use it.
    pub fn token_renewed(&self) {
        if self.shared.borrow().is_none() {
            self.refresh();
        }
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
            let Some(result) = unless_cancelled(this.resolve(n, &signal).boxed_local(), &cancelled).await else {
                return;
            };
            this.boot.replace(None);
            let effects = match result {
                Ok(Booted::Alone(setup)) => this.scheduler.borrow_mut().booted(n, setup, clock()),
                Ok(Booted::Shared(shared, token)) => {
                    this.join(shared, n, token);
                    return;
                }
                Err(e) => this.scheduler.borrow_mut().boot_failed(n, e),
            };
            this.apply(effects);
        });
    }

    async fn resolve(&self, n: u64, signal: &web_sys::AbortSignal) -> Result<Booted, WidgetError> {
        let config = load_config(signal).await?;
        mark_once("crm:config");
        #[cfg(debug_assertions)]
        if !self.framed {
            dev_host_redirect(config.dev_host_url.as_deref()).await;
        }
        let session = resolve(&config, &self.query, self.framed, &page_url())?;
        let setup = SourceSetup::of(&session);
        self.state.source.set(Some(session.data_source));
        let tokens: Rc<dyn TokenSource> = match (self.make_tokens)(&session) {
            Tokens::SignIn(real) => match self.share(&session, &setup, n, &real) {
                Some(shared) => {
                    let tokens: Rc<dyn TokenSource> = Rc::clone(&shared.tokens) as Rc<dyn TokenSource>;
                    self.keep_io(&session, tokens);
                    // Back from the login service: this frame finishes the session's sign-in round.
                    let token = if real.has_arrival() { Some(real.token().await?) } else { None };
                    return Ok(Booted::Shared(shared, token));
                }
                None => real,
            },
            Tokens::Host(tokens) => tokens,
        };
        let io = self.keep_io(&session, tokens);
        io.tokens.token().await?;
        Ok(Booted::Alone(setup))
    }

    fn keep_io(&self, session: &Session, tokens: Rc<dyn TokenSource>) -> Rc<Io> {
        let io = Rc::new(Io { transport: Rc::clone(&self.transport), tokens, diagnostics: self.diagnostics });
        self.io.replace(Some((session.clone(), Rc::clone(&io))));
        io
    }

    /// The session shared with this agent's other frames of the same origin, OAuth client,
    /// login base and API base; `None` where the browser cannot share (the frame works alone).
    fn share(
        &self,
        session: &Session,
        setup: &SourceSetup,
        boot: u64,
        real: &Rc<SignInTokenSource>,
    ) -> Option<Rc<Shared>> {
        let sign_in = session.sign_in.as_ref()?;
        let key = session_key(&sign_in.client_id, sign_in.login_base.as_str(), session.api_base.as_str());
        let on_message = {
            let me = self.me.clone();
            move |from: String, message| {
                if let Some(c) = me.upgrade() {
                    c.peer_do(|p| p.heard(&from, message, now_ms()));
                }
            }
        };
        let on_lock = {
            let me = self.me.clone();
            move |lock, granted: bool| {
                if let Some(c) = me.upgrade() {
                    c.peer_do(|p| if granted { p.granted(lock, now_ms()) } else { p.busy(lock, now_ms()) });
                }
            }
        };
        let link = Link::open(&key, on_message, on_lock)?;
        let refused = {
            let me = self.me.clone();
            move |token: &str| {
                if let Some(c) = me.upgrade() {
                    c.peer_do(|p| p.refused(token, now_ms()));
                }
            }
        };
        let tick = {
            let me = self.me.clone();
            Interval::new(TICK_MS, move || {
                if let Some(c) = me.upgrade() {
                    c.peer_do(|p| p.tick(now_ms()));
                }
            })
        };
        let id =
            format!("{:08x}{:08x}", (jitter() * f64::from(u32::MAX)) as u32, (jitter() * f64::from(u32::MAX)) as u32);
        Some(Rc::new(Shared {
            peer: RefCell::new(Peer::new(id)),
            link,
            tokens: Rc::new(SharedTokens::new(Rc::clone(real), refused)),
            setup: setup.clone(),
            boot,
            _tick: tick,
        }))
    }

    /// Joins the shared session: this frame's sign-in tells the session of each token it gets
    /// and of leaving for the login service; then the peer asks for the locks.
    fn join(&self, shared: Rc<Shared>, boot: u64, token: Option<Token>) {
        let real = Rc::clone(&shared.tokens.real);
        real.set_renews(false);
        let me = self.me.clone();
        real.on_token(move |token, renew_at| {
            if let Some(c) = me.upgrade() {
                let token = SharedToken { n: 0, token: token.expose().to_owned(), expires_ms: renew_at };
                c.peer_do(|p| p.obtained(token, now_ms()));
            }
        });
        let me = self.me.clone();
        real.on_leaving(move || {
            if let Some(c) = me.upgrade() {
                c.peer_do(|p| p.leaving_for_sign_in(now_ms()));
            }
        });
        let range = self.scheduler.borrow().range().or_else(|| shared.setup.first_range());
        let token = token.map(|t| SharedToken { n: 0, token: t.expose().to_owned(), expires_ms: real.expires_at_ms() });
        let _ = boot;
        self.shared.replace(Some(shared));
        self.peer_do(|p| p.join(range, token, now_ms()));
    }

    /// Runs `f` on this frame's peer and carries out what it says; `false` when there is no
    /// shared session.
    fn peer_do(&self, f: impl FnOnce(&mut Peer) -> Vec<Act>) -> bool {
        // One body for every caller: only the call differs.
        let mut f = Some(f);
        self.peer_do_dyn(&mut |peer| f.take().map(|f| f(peer)).unwrap_or_default())
    }

    fn peer_do_dyn(&self, f: &mut dyn FnMut(&mut Peer) -> Vec<Act>) -> bool {
        let Some(shared) = self.shared.borrow().clone() else { return false };
        let acts = {
            let mut peer = shared.peer.borrow_mut();
            if peer.role() == Role::Gone {
                return false;
            }
            f(&mut peer)
        };
        // Only the session's holder renews ahead of expiry.
        shared.tokens.real.set_renews(shared.peer.borrow().role() == Role::Holder);
        self.act(&shared, acts);
        true
    }

    /// Carries out what the peer decided.
    fn act(&self, shared: &Rc<Shared>, acts: Vec<Act>) {
        let id = shared.peer.borrow().id().to_owned();
        for act in acts {
            match act {
                Act::Send(message) => shared.link.send(&id, &message),
                Act::Lock(lock) => shared.link.lock(lock),
                Act::Unlock(lock) => shared.link.unlock(lock),
                Act::Show(changes) => {
                    for change in changes {
                        self.show(change);
                    }
                }
                Act::LiveStatus(status) => self.live_status(status),
                Act::Token(token) => {
                    // The sign-in's decision: a token the session holds, used at once.
                    mark_once("crm:token-asked");
                    if shared.peer.borrow().role() == Role::Holder {
                        shared.tokens.real.adopt(Token::new(token.token.clone()), token.expires_ms);
                    }
                    shared.tokens.set(token);
                }
                Act::SignIn | Act::Renew => {
                    let renew = act == Act::Renew;
                    mark_once("crm:token-asked");
                    // A frame of this tab that left for the login service before this one
                    // listened: its round is under way, and its token will come.
                    if let Some(until) = crate::auth::signin::round_in_tab().filter(|_| !renew) {
                        self.peer_do(|p| p.round_under_way(until));
                        continue;
                    }
                    let (Some(this), real) = (self.me.upgrade(), Rc::clone(&shared.tokens.real)) else { continue };
                    spawn_local(async move {
                        let result = if renew { real.renew().await } else { real.sign_in().await };
                        // A token reaches the session through `on_token`; a failure is this frame's error.
                        if let Err(error) = result {
                            this.sign_in_failed.set(true);
                            this.peer_do(Peer::sign_in_failed);
                            let Some(shared) = this.shared.borrow().clone() else { return };
                            // The load waiting for the token fails with it (Retry resumes it);
                            // a frame that shows another's list shows the error itself.
                            shared.tokens.fail(&error);
                            if !shared.peer.borrow().leads() {
                                this.show(Change::Failed(error));
                            }
                        }
                    });
                }
                Act::LoadFresh | Act::TakeOver { .. } => {
                    let complete = matches!(act, Act::TakeOver { complete: true });
                    let range = shared.peer.borrow().range();
                    let effects = {
                        let mut scheduler = self.scheduler.borrow_mut();
                        if !scheduler.is_booted() {
                            scheduler.booted_quietly(shared.boot, shared.setup.clone());
                            if let Some(agent) = shared.peer.borrow().agent() {
                                scheduler.know_agent(agent);
                            }
                        }
                        scheduler.take_over(range, complete, clock())
                    };
                    self.apply(effects);
                }
                Act::Backfill => {
                    let effects = self.scheduler.borrow_mut().backfill(clock());
                    self.apply(effects);
                }
                Act::Refresh => {
                    let effects = self.scheduler.borrow_mut().refresh(clock());
                    self.apply(effects);
                }
                Act::Retry => {
                    let effects = self.scheduler.borrow_mut().retry();
                    self.apply(effects);
                }
                Act::NamesFor(row) => {
                    let effects = self
                        .state
                        .names
                        .with_untracked(|n| self.scheduler.borrow_mut().names_for(&row, n.names(), clock()));
                    self.apply(effects);
                }
                Act::StartLive { agent, channel } => self.start_live(&agent, channel),
                Act::StopLive => self.stop_live(),
            }
        }
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

    /// Live updates for `agent`, once a session's first rows are shown (on `channel`, when
    /// another frame of the session used one).
    fn start_live(&self, agent: &str, channel: Option<Channel>) {
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
        let feed = LiveFeed::start(agent, channel, session.api_base.clone(), io, on);
        self.live.replace(Some(feed));
    }

    fn stop_live(&self) {
        self.live.replace(None);
        self.live_status(crm_core::live::Status::Off);
    }

    fn live_status(&self, status: crm_core::live::Status) {
        if self.state.live.with_untracked(|s| *s != status) {
            self.state.live.set(status);
        }
    }

    fn live_event(&self, event: LiveEvent) {
        // In a shared session every frame hears of it (its range's lead shows it).
        let shared = match event {
            LiveEvent::Status(status) => self.peer_do(|p| p.live_status(status)),
            LiveEvent::Gap => self.peer_do(Peer::live_gap),
            LiveEvent::Channel(ref channel) => self.peer_do(|p| p.live_channel(channel.clone())),
            LiveEvent::Row(ref row) => self.peer_do(|p| p.live_row((**row).clone())),
        };
        if shared {
            return;
        }
        match event {
            LiveEvent::Status(status) => self.live_status(status),
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
                self.show(Change::Live(Box::new(row)));
            }
        }
    }

    /// Shows one change of the list (this frame's own load's, or its lead's).
    fn show(&self, change: Change) {
        let s = self.state;
        match change {
            Change::Rehandshake => {
                s.rows.update(|r| r.restart());
                s.load.update(|l| l.handshake());
            }
            Change::Restart { range } => {
                s.rows.update(|r| r.restart());
                s.load.update(|l| l.loading());
                if s.range.with_untracked(|r| *r != range) {
                    s.range.set(range);
                }
            }
            Change::Loading => s.load.update(|l| l.loading()),
            Change::Rows(page) => {
                s.rows.update(|r| r.add_page(page));
                if self.diagnostics.is_some() {
                    let (duplicates, skipped) = s.rows.with_untracked(|r| (r.duplicates(), r.skipped()));
                    self.note(|d| (d.duplicate_rows, d.skipped_rows) = (duplicates, skipped));
                }
            }
            Change::MergeTop(page) => s.rows.update(|r| r.merge_top(page)),
            Change::Names(names) => s.names.update(|n| n.learn(names)),
            Change::Pause(pause) => s.load.update(|l| l.pause = Some(pause)),
            Change::Unpause => s.load.update(|l| l.pause = None),
            Change::Finished => {
                let loaded = s.rows.with_untracked(|r| r.loaded());
                s.load.update(|l| l.finish(loaded));
            }
            Change::Failed(error) => s.load.update(|l| l.fail(error)),
            Change::Live(row) => s.rows.update(|r| {
                r.upsert(*row);
            }),
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
        // The list's changes, in order: shown here and, in a shared session, sent to the frames
        // that show the same range.
        let mut changes = Vec::new();
        for effect in effects {
            match effect {
                Effect::Boot(n) => self.boot(n),
                Effect::Run(id) => self.run(id),
                Effect::Cancel(id) => {
                    if self.work.borrow().as_ref().is_some_and(|(w, _)| *w == id) {
                        self.work.replace(None);
                    }
                }
                Effect::Rehandshake => changes.push(Change::Rehandshake),
                Effect::Restart { range } => changes.push(Change::Restart { range }),
                Effect::Loading => changes.push(Change::Loading),
                Effect::Rows(page) => changes.push(Change::Rows(page)),
                Effect::MergeTop(page) => changes.push(Change::MergeTop(page)),
                Effect::Names(names) => changes.push(Change::Names(names)),
                Effect::Pause(pause) => changes.push(Change::Pause(pause)),
                Effect::Unpause => changes.push(Change::Unpause),
                Effect::Finished => changes.push(Change::Finished),
                Effect::Failed(error) => changes.push(Change::Failed(error)),
                Effect::Note(text) => self.note(|d| d.note(text)),
                Effect::StartLive { agent } => {
                    if !self.peer_do(|p| p.agent_known(&agent)) {
                        self.start_live(&agent, None);
                    }
                }
                Effect::StopLive => self.stop_live(),
                Effect::TokenAccepted => {
                    if let Some((_, io)) = self.io.borrow().as_ref() {
                        io.tokens.accepted();
                    }
                }
            }
        }
        if changes.is_empty() {
            return;
        }
        let mut pending = Some(changes);
        if !self.peer_do(|p| p.changed(pending.take().unwrap_or_default())) {
            for change in pending.into_iter().flatten() {
                self.show(change);
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
