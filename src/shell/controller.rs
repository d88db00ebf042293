//! Runs the widget: start-up, the handshake, and the paged load, driving `crm_core`'s
//! [`Loader`] with a [`TokenSource`] and a [`Transport`], and writing results into the
//! [`ListModel`] signal the components render.
//!
//! Every load has a generation number. Starting a new one (Refresh, Retry) bumps it, aborts
//! the in-flight request, and cancels pending waits; whatever an older load still hears
//! afterwards is dropped, so its rows can never come back.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crm_core::diagnostics::{path_of, Diagnostics, RequestRecord};
use crm_core::model::Interaction;
use crm_core::model::Range;
use crm_core::net::retry::RetryPolicy;
use crm_core::net::Outcome;
use crm_core::source::cursor::CursorSource;
use crm_core::source::genesys::{GenesysSource, Memory};
use crm_core::source::loader::{Delivery, Loader, Step, WaitReason};
use crm_core::source::AnySource;
use crm_core::startup::config::DataSource;
use crm_core::startup::{resolve, QueryParams, Session};
use crm_core::view::rows::{ListModel, Pause};
use crm_core::WidgetError;
use futures::channel::oneshot;
use futures::future::{join_all, select, Either};
use futures::FutureExt;
use leptos::prelude::{RwSignal, Update, WithUntracked};
use leptos::task::spawn_local;
use web_sys::{AbortController, AbortSignal};

use super::browser::{
    is_online, jitter, local_offset_min, now_ms, page_ms, page_url, sleep_unless_cancelled, unless_cancelled,
    wait_online, Cancelled,
};
use super::config_source::load_config;
use super::live::{Asks, LiveFeed};
use crate::sources::{TokenSource, Transport};

/// Makes the token source for a session: the host handshake, or the Genesys sign-in.
pub type TokenSourceFactory = Box<dyn Fn(&Session) -> Rc<dyn TokenSource>>;

type SharedLoader = Rc<RefCell<Loader<AnySource>>>;

/// Work beside the list's load: page 1 again after a gap in live updates, and names for rows
/// that came from live events.
#[derive(Default)]
struct SideWork {
    backfill: bool,
    names: Vec<Interaction>,
}

/// What a running load owns; dropping it cancels the load.
struct Running {
    abort: AbortController,
    _cancel: oneshot::Sender<()>,
    /// The load's loader (none during start-up), so that what it learned for the session
    /// can be taken back when it ends, however it ends.
    loader: Option<SharedLoader>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.abort.abort();
    }
}

pub struct Controller {
    model: RwSignal<ListModel>,
    query: QueryParams,
    framed: bool,
    transport: Rc<dyn Transport>,
    make_tokens: TokenSourceFactory,
    generation: Cell<u64>,
    session: RefCell<Option<(Session, Rc<dyn TokenSource>)>>,
    /// The loader of a failed load, kept so Retry can resume it.
    stopped: RefCell<Option<SharedLoader>>,
    /// What the Genesys source keeps for the session (the agent, names asked and learned),
    /// while no load holds it.
    memory: RefCell<Memory>,
    running: RefCell<Option<Running>>,
    /// Set with `?debug=1`.
    diagnostics: Option<RwSignal<Diagnostics>>,
    me: Weak<Controller>,
    /// Live updates (Genesys source), once the first page is shown; outlives loads.
    live: RefCell<Option<LiveFeed>>,
    /// A backfill after a gap in live updates (page 1 merged on top).
    side: RefCell<Option<Running>>,
    /// Side work waiting for its turn.
    waiting: RefCell<SideWork>,
    /// The time range the agent chose (Genesys source); `historyDays` until then.
    range: Cell<Option<Range>>,
}

impl Controller {
    pub fn new(
        model: RwSignal<ListModel>,
        query: QueryParams,
        framed: bool,
        transport: Rc<dyn Transport>,
        make_tokens: TokenSourceFactory,
        diagnostics: Option<RwSignal<Diagnostics>>,
    ) -> Rc<Controller> {
        Rc::new_cyclic(|me| Controller {
            me: me.clone(),
            live: RefCell::new(None),
            side: RefCell::new(None),
            waiting: RefCell::new(SideWork::default()),
            range: Cell::new(None),
            model,
            query,
            framed,
            transport,
            make_tokens,
            generation: Cell::new(0),
            session: RefCell::new(None),
            stopped: RefCell::new(None),
            memory: RefCell::new(Memory::default()),
            running: RefCell::new(None),
            diagnostics,
        })
    }

    /// Starts from scratch: config, start-up checks, handshake, first page.
    pub fn start(self: &Rc<Self>) {
        let generation = self.cancel();
        self.session.replace(None);
        self.live.replace(None);
        self.model.update(ListModel::rehandshake);
        let Some((signal, cancelled)) = self.arm(generation) else {
            return;
        };
        let this = Rc::clone(self);
        spawn_local(async move {
            // Stop, Refresh or Retry during start-up drop the boot at once: the config request
            // is aborted, and a handshake in progress is let go with its timer.
            match select(this.boot(&signal).boxed_local(), cancelled).await {
                Either::Left((Ok(()), _)) if this.is_current(generation) => {
                    this.model.update(ListModel::loading);
                    this.spawn_load(generation, None);
                }
                Either::Left((Err(e), _)) => this.fail(generation, e),
                _ => {}
            }
        });
    }

    /// A new load from the first page, with the session already established.
    pub fn refresh(self: &Rc<Self>) {
        if self.session.borrow().is_none() {
            return self.start();
        }
        let generation = self.cancel();
        self.model.update(ListModel::restart);
        self.spawn_load(generation, None);
    }

    /// After an error: resume a failed load where it stopped, or start over when the failure
    /// came before the load (config, start-up, handshake).
    pub fn retry(self: &Rc<Self>) {
        let resumable = self.model.with_untracked(|m| m.error().is_some_and(WidgetError::is_resumable));
        let stopped = self.stopped.borrow_mut().take();
        match stopped {
            Some(loader) if resumable && self.session.borrow().is_some() => {
                let generation = self.cancel();
                loader.borrow_mut().resume();
                self.model.update(ListModel::loading);
                self.spawn_load(generation, Some(loader));
            }
            _ => self.start(),
        }
    }

    /// Stops everything (unmount): aborts requests, cancels waits, drops the token source
    /// and with it the message listener.
    pub fn stop(&self) {
        // Sockets, timers and listeners of live updates go too.
        self.live.replace(None);
        self.cancel();
        self.session.replace(None);
    }

    /// Ends whatever runs and returns the new generation.
    fn cancel(&self) -> u64 {
        self.end_running();
        self.waiting.take();
        if let Some(loader) = self.side.take().and_then(|r| r.loader.clone()) {
            self.reclaim(&loader);
        }
        if let Some(loader) = self.stopped.take() {
            self.reclaim(&loader);
        }
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        generation
    }

    /// Ends the running piece of work and takes back what its loader learned.
    fn end_running(&self) {
        if let Some(loader) = self.running.take().and_then(|r| r.loader.clone()) {
            self.reclaim(&loader);
        }
    }

    /// Takes the session's memory back from a loader that is done with it.
    fn reclaim(&self, loader: &SharedLoader) {
        if let AnySource::Genesys(source) = loader.borrow_mut().source_mut() {
            self.memory.replace(source.take_memory());
        }
    }

    fn new_source(&self, session: &Session) -> AnySource {
        match session.data_source {
            DataSource::Interactions => {
                AnySource::Interactions(CursorSource::new(session.api_base.clone(), session.page_size))
            }
            DataSource::Genesys => {
                let range = self.range.get().unwrap_or(Range::Days(session.history_days));
                self.model.update(|m| m.range = Some(range));
                let now = now_ms();
                let start = range.start_ms(now, local_offset_min(now));
                AnySource::Genesys(GenesysSource::since(
                    session.api_base.clone(),
                    session.page_size,
                    start,
                    now,
                    self.memory.take(),
                ))
            }
        }
    }

    /// Puts what answers brought into the list; with `merge`, page 1 goes on top (a backfill).
    /// Returns whether rows (a page) arrived.
    fn deliver(&self, deliveries: Vec<Delivery>, merge: bool) -> bool {
        let mut paged = false;
        for delivery in deliveries {
            match delivery {
                Delivery::Rows(page) if merge => {
                    paged = true;
                    self.model.update(|m| m.merge_top(page));
                }
                Delivery::Rows(page) => {
                    paged = true;
                    self.model.update(|m| m.add_page(page));
                    if self.diagnostics.is_some() {
                        let (duplicates, skipped) = self.model.with_untracked(|m| (m.duplicates(), m.skipped()));
                        self.note(|d| (d.duplicate_rows, d.skipped_rows) = (duplicates, skipped));
                    }
                }
                Delivery::Names(names) => self.model.update(|m| m.add_names(names)),
                Delivery::Note(text) => self.note(|d| d.note(text)),
            }
        }
        paged
    }

    /// Once the first page of the Genesys source is shown: live updates for the agent.
    fn start_live(&self, loader: &SharedLoader) {
        if self.live.borrow().is_some() {
            return;
        }
        let me = match loader.borrow().source() {
            AnySource::Genesys(source) => source.me().map(str::to_owned),
            AnySource::Interactions(_) => None,
        };
        let (Some(me), Some((session, tokens))) = (me, self.session.borrow().clone()) else { return };
        let weak = self.me.clone();
        let feed = LiveFeed::start(
            &me,
            session.api_base.clone(),
            Rc::clone(&self.transport),
            tokens,
            self.model,
            self.diagnostics,
            Asks {
                backfill: Box::new({
                    let weak = weak.clone();
                    move || {
                        if let Some(c) = weak.upgrade() {
                            c.backfill();
                        }
                    }
                }),
                names: Box::new(move |row: &Interaction| {
                    if let Some(c) = weak.upgrade() {
                        c.names_for_live(row);
                    }
                }),
            },
        );
        self.live.replace(Some(feed));
    }

    /// The agent chose a time range: a new load of that interval.
    pub fn set_range(self: &Rc<Self>, range: Range) {
        if self.range.replace(Some(range)) != Some(range) || self.model.with_untracked(|m| m.range) != Some(range) {
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

    /// After a gap in live updates: page 1 again, merged on top, while the list stays usable.
    /// Not needed while a load runs (it brings everything anyway).
    fn backfill(&self) {
        if self.running.borrow().is_none() {
            self.waiting.borrow_mut().backfill = true;
            self.run_side();
        }
    }

    /// A row from a live event: names of its contact and queue, if this session has not
    /// learned them, through the same enrichment (batches, each id once).
    fn names_for_live(&self, row: &Interaction) {
        let unknown = self.model.with_untracked(|m| {
            let names = m.names();
            row.contact_id.as_ref().is_some_and(|c| !names.contacts.contains_key(c))
                || row.queue_id.as_ref().is_some_and(|q| !names.queues.contains_key(q))
        });
        if unknown {
            self.waiting.borrow_mut().names.push(row.clone());
            self.run_side();
        }
    }

    /// Runs the side work that waits (a backfill, names for live rows), one piece at a time and
    /// never beside a load: each takes the session's memory while it runs.
    fn run_side(&self) {
        let Some(this) = self.me.upgrade() else { return };
        if self.running.borrow().is_some() || self.side.borrow().is_some() {
            return;
        }
        let Some((session, tokens)) = self.session.borrow().clone() else { return };
        let work = std::mem::take(&mut *self.waiting.borrow_mut());
        let memory = self.memory.take();
        let source = if work.backfill {
            GenesysSource::new(session.api_base.clone(), session.page_size, session.history_days, now_ms(), memory)
                .first_page_only()
        } else if !work.names.is_empty() {
            GenesysSource::names_for(session.api_base.clone(), &work.names, memory)
        } else {
            self.memory.replace(memory);
            return;
        };
        if work.backfill && !work.names.is_empty() {
            // The names wait for the next turn.
            self.waiting.borrow_mut().names = work.names;
        }
        let Ok(abort) = AbortController::new() else { return };
        let (cancel_tx, cancel_rx) = oneshot::channel::<()>();
        let signal = abort.signal();
        let loader = Rc::new(RefCell::new(Loader::new(AnySource::Genesys(source), RetryPolicy::default())));
        self.side.replace(Some(Running { abort, _cancel: cancel_tx, loader: Some(Rc::clone(&loader)) }));
        let generation = self.generation.get();
        spawn_local(async move {
            this.drive(generation, Rc::clone(&loader), tokens, signal, cancel_rx.shared(), true).await;
            if let Some(running) = this.side.take() {
                if let Some(loader) = &running.loader {
                    this.reclaim(loader);
                }
            }
            if this.is_current(generation) {
                this.run_side();
            }
        });
    }

    fn note(&self, f: impl FnOnce(&mut Diagnostics)) {
        if let Some(d) = self.diagnostics {
            d.update(f);
        }
    }

    fn is_current(&self, generation: u64) -> bool {
        self.generation.get() == generation
    }

    /// Ends the running load with `error`, which is not the loader's to resume (a failed
    /// sign-in): Retry starts over.
    fn give_up(&self, error: WidgetError) {
        self.model.update(|m| m.fail(error));
        self.end_running();
    }

    fn fail(&self, generation: u64, error: WidgetError) {
        if self.is_current(generation) {
            self.model.update(|m| m.fail(error));
        }
    }

    /// Config, start-up checks, the token source and its first token.
    async fn boot(&self, signal: &AbortSignal) -> Result<(), WidgetError> {
        let config = load_config(signal).await?;
        #[cfg(debug_assertions)]
        if !self.framed {
            dev_host_redirect(config.dev_host_url.as_deref()).await;
        }
        let session = resolve(&config, &self.query, self.framed, &page_url())?;
        let tokens = (self.make_tokens)(&session);
        self.session.replace(Some((session, Rc::clone(&tokens))));
        tokens.token().await?;
        Ok(())
    }

    /// Makes what the next piece of work runs under: an abort signal for its requests and a
    /// cancellation for its waits, both fired by [`Controller::cancel`].
    fn arm(&self, generation: u64) -> Option<(AbortSignal, Cancelled)> {
        let abort = match AbortController::new() {
            Ok(a) => a,
            Err(_) => {
                self.fail(generation, WidgetError::Internal("AbortController is not available".into()));
                return None;
            }
        };
        let (cancel_tx, cancel_rx) = oneshot::channel::<()>();
        let signal = abort.signal();
        self.running.replace(Some(Running { abort, _cancel: cancel_tx, loader: None }));
        Some((signal, cancel_rx.shared()))
    }

    fn spawn_load(self: &Rc<Self>, generation: u64, resume: Option<SharedLoader>) {
        let Some((session, tokens)) = self.session.borrow().clone() else {
            return;
        };
        let Some((signal, cancelled)) = self.arm(generation) else {
            return;
        };
        let loader = resume.unwrap_or_else(|| {
            let opens = session.data_source == DataSource::Genesys;
            self.model.update(|m| m.set_opens_in_genesys(opens));
            Rc::new(RefCell::new(Loader::new(self.new_source(&session), RetryPolicy::default())))
        });
        if let Some(running) = self.running.borrow_mut().as_mut() {
            running.loader = Some(Rc::clone(&loader));
        }
        let this = Rc::clone(self);
        spawn_local(async move {
            this.drive(generation, loader, tokens, signal, cancelled, false).await;
        });
    }

    async fn drive(
        &self,
        generation: u64,
        loader: SharedLoader,
        tokens: Rc<dyn TokenSource>,
        signal: web_sys::AbortSignal,
        cancelled: Cancelled,
        merge: bool,
    ) {
        let mut step = loader.borrow_mut().step();
        loop {
            step = match step {
                Step::Fetch(tickets) => {
                    if !is_online() {
                        // Offline: pause without spending tries, go on when the network is back.
                        self.model.update(|m| m.pause(Pause::Offline));
                        if !wait_online(&cancelled).await || !self.is_current(generation) {
                            return;
                        }
                        self.model.update(ListModel::unpause);
                    }
                    let Some(token) = unless_cancelled(tokens.token(), &cancelled).await else {
                        return;
                    };
                    if !self.is_current(generation) {
                        return;
                    }
                    let token = match token {
                        Ok(token) => token,
                        Err(WidgetError::Handshake(e)) => {
                            step = loader.borrow_mut().renewal_failed(e.to_string());
                            continue;
                        }
                        // A sign-in that failed is the error itself; Retry signs in again.
                        Err(e) => {
                            // A backfill only fails quietly; the list stays as it is.
                            if !merge {
                                self.give_up(e);
                            }
                            return;
                        }
                    };
                    // The batch goes out at once; each answer is timed on its own. The signal
                    // aborts them all; a transport that ignores it is dropped anyway.
                    let sends = tickets.iter().map(|t| {
                        let send = self.transport.send(&t.request, &token, &signal);
                        async move {
                            let started = page_ms();
                            let outcome = send.await;
                            (outcome, started, page_ms())
                        }
                    });
                    let Some(outcomes) = unless_cancelled(join_all(sends), &cancelled).await else {
                        return;
                    };
                    if !self.is_current(generation) {
                        return;
                    }
                    for (ticket, (outcome, started, ended)) in tickets.iter().zip(outcomes) {
                        let status = match &outcome {
                            Outcome::Response { status, .. } => Some(*status),
                            Outcome::Network { .. } => None,
                        };
                        self.note(|d| {
                            d.request(RequestRecord {
                                at_ms: started,
                                path: path_of(&ticket.request.url).to_owned(),
                                status,
                                duration_ms: ended - started,
                                attempt: ticket.attempt,
                                wait_ms: None,
                            })
                        });
                        if status.is_none() && !is_online() {
                            // The connection went away mid-request: not the API's fault. The
                            // loader is not told; the request goes out again once online.
                            continue;
                        }
                        if status.is_some_and(|s| (200..300).contains(&s)) {
                            tokens.accepted();
                        }
                        let deliveries = loader.borrow_mut().outcome(ticket.id, outcome, now_ms(), jitter());
                        if self.deliver(deliveries, merge) && !merge {
                            self.start_live(&loader);
                        }
                    }
                    loader.borrow_mut().step()
                }
                Step::Wait { ms, reason } => {
                    let until_ms = now_ms().saturating_add(ms);
                    let pause = match reason {
                        WaitReason::RateLimited { .. } => Pause::RateLimited { until_ms },
                        WaitReason::ServerError { .. } | WaitReason::Network => Pause::Retrying { until_ms },
                    };
                    if !merge {
                        self.model.update(|m| m.pause(pause));
                    }
                    self.note(|d| d.waited(ms));
                    if !sleep_unless_cancelled(ms, &cancelled).await || !self.is_current(generation) {
                        return;
                    }
                    if !merge {
                        self.model.update(ListModel::unpause);
                    }
                    loader.borrow_mut().waited()
                }
                Step::RenewToken => {
                    let Some(renewed) = unless_cancelled(tokens.renew(), &cancelled).await else {
                        return;
                    };
                    if !self.is_current(generation) {
                        return;
                    }
                    match renewed {
                        Ok(_) => loader.borrow_mut().renewed(),
                        Err(WidgetError::Handshake(e)) => loader.borrow_mut().renewal_failed(e.to_string()),
                        Err(e) => {
                            // A backfill only fails quietly; the list stays as it is.
                            if !merge {
                                self.give_up(e);
                            }
                            return;
                        }
                    }
                }
                Step::Done | Step::Failed(_) if merge => return,
                Step::Done => {
                    self.model.update(ListModel::finish);
                    self.end_running();
                    // Names for live rows that came during the load.
                    self.run_side();
                    return;
                }
                Step::Failed(e) => {
                    self.model.update(|m| m.fail(e.into()));
                    // Kept whole (with what it learned) for Retry to resume.
                    self.running.replace(None);
                    self.stopped.replace(Some(loader));
                    return;
                }
            };
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
