//! Runs the widget: start-up, the handshake, and the paged load, driving `crm_core`'s
//! [`Loader`] with a [`TokenSource`] and a [`Transport`], and writing results into the
//! [`ListModel`] signal the components render.
//!
//! Every load has a generation number. Starting a new one (Refresh, Retry) bumps it, aborts
//! the in-flight request, and cancels pending waits; whatever an older load still hears
//! afterwards is dropped, so its rows can never come back.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crm_core::diagnostics::{path_of, Diagnostics, RequestRecord};
use crm_core::list::{ListModel, Pause};
use crm_core::loader::{Loader, Outcome, Step, WaitReason};
use crm_core::retry::RetryPolicy;
use crm_core::startup::{resolve, QueryParams, Session};
use crm_core::WidgetError;
use futures::channel::oneshot;
use futures::future::{select, Either};
use futures::FutureExt;
use leptos::prelude::{RwSignal, Update, WithUntracked};
use leptos::task::spawn_local;
use web_sys::{AbortController, AbortSignal};

use super::browser::{
    is_online, jitter, now_ms, page_ms, page_url, sleep_unless_cancelled, unless_cancelled, wait_online, Cancelled,
};
use super::config_source::load_config;
use crate::sources::{TokenSource, Transport};

/// Makes the token source for a session: the host handshake, or the Genesys sign-in.
pub type TokenSourceFactory = Box<dyn Fn(&Session) -> Rc<dyn TokenSource>>;

/// What a running load owns; dropping it cancels the load.
struct Running {
    abort: AbortController,
    _cancel: oneshot::Sender<()>,
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
    stopped: RefCell<Option<Loader>>,
    running: RefCell<Option<Running>>,
    /// Set with `?debug=1`.
    diagnostics: Option<RwSignal<Diagnostics>>,
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
        Rc::new(Controller {
            model,
            query,
            framed,
            transport,
            make_tokens,
            generation: Cell::new(0),
            session: RefCell::new(None),
            stopped: RefCell::new(None),
            running: RefCell::new(None),
            diagnostics,
        })
    }

    /// Starts from scratch: config, start-up checks, handshake, first page.
    pub fn start(self: &Rc<Self>) {
        let generation = self.cancel();
        self.session.replace(None);
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
                self.model.update(ListModel::loading);
                self.spawn_load(generation, Some(loader));
            }
            _ => self.start(),
        }
    }

    /// Stops everything (unmount): aborts requests, cancels waits, drops the token source
    /// and with it the message listener.
    pub fn stop(&self) {
        self.cancel();
        self.session.replace(None);
    }

    /// Ends whatever runs and returns the new generation.
    fn cancel(&self) -> u64 {
        self.running.replace(None);
        self.stopped.replace(None);
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        generation
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
        self.running.replace(None);
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
        self.running.replace(Some(Running { abort, _cancel: cancel_tx }));
        Some((signal, cancel_rx.shared()))
    }

    fn spawn_load(self: &Rc<Self>, generation: u64, resume: Option<Loader>) {
        let Some((session, tokens)) = self.session.borrow().clone() else {
            return;
        };
        let Some((signal, cancelled)) = self.arm(generation) else {
            return;
        };
        let (loader, first) = match resume {
            Some(mut loader) => {
                let step = loader.resume();
                (loader, step)
            }
            None => {
                let mut loader = Loader::new(session.api_base.clone(), session.page_size, RetryPolicy::default());
                let step = loader.start();
                (loader, step)
            }
        };
        let this = Rc::clone(self);
        spawn_local(async move {
            this.drive(generation, loader, first, tokens, signal, cancelled).await;
        });
    }

    async fn drive(
        &self,
        generation: u64,
        mut loader: Loader,
        mut step: Step,
        tokens: Rc<dyn TokenSource>,
        signal: web_sys::AbortSignal,
        cancelled: Cancelled,
    ) {
        loop {
            step = match step {
                Step::Fetch { url } => {
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
                            step = loader.no_token(e.to_string());
                            continue;
                        }
                        // A sign-in that failed is the error itself; Retry signs in again.
                        Err(e) => return self.give_up(e),
                    };
                    let started = page_ms();
                    // The signal aborts the fetch; a transport that ignores it is dropped anyway.
                    let Some(outcome) = unless_cancelled(self.transport.get(&url, &token, &signal), &cancelled).await
                    else {
                        return;
                    };
                    if !self.is_current(generation) {
                        return;
                    }
                    let status = match &outcome {
                        Outcome::Response { status, .. } => Some(*status),
                        Outcome::Network { .. } => None,
                    };
                    self.note(|d| {
                        d.request(RequestRecord {
                            at_ms: started,
                            path: path_of(&url).to_owned(),
                            status,
                            duration_ms: page_ms() - started,
                            attempt: loader.attempts(),
                            wait_ms: None,
                        })
                    });
                    if matches!(outcome, Outcome::Network { .. }) && !is_online() {
                        // The connection went away mid-request: not the API's fault. The same
                        // request goes out again once the browser is back online.
                        step = Step::Fetch { url };
                        continue;
                    }
                    if matches!(outcome, Outcome::Response { status: 200..=299, .. }) {
                        tokens.accepted();
                    }
                    let (page, next) = loader.outcome(outcome, now_ms(), jitter());
                    if let Some(page) = page {
                        self.model.update(|m| m.add_page(page));
                        if self.diagnostics.is_some() {
                            let (duplicates, skipped) = self.model.with_untracked(|m| (m.duplicates(), m.skipped()));
                            self.note(|d| (d.duplicate_rows, d.skipped_rows) = (duplicates, skipped));
                        }
                    }
                    next
                }
                Step::Wait { ms, reason } => {
                    let until_ms = now_ms().saturating_add(ms);
                    let pause = match reason {
                        WaitReason::RateLimited { .. } => Pause::RateLimited { until_ms },
                        WaitReason::ServerError { .. } | WaitReason::Network => Pause::Retrying { until_ms },
                    };
                    self.model.update(|m| m.pause(pause));
                    self.note(|d| d.waited(ms));
                    if !sleep_unless_cancelled(ms, &cancelled).await || !self.is_current(generation) {
                        return;
                    }
                    self.model.update(ListModel::unpause);
                    loader.waited()
                }
                Step::RenewToken => {
                    let Some(renewed) = unless_cancelled(tokens.renew(), &cancelled).await else {
                        return;
                    };
                    if !self.is_current(generation) {
                        return;
                    }
                    match renewed {
                        Ok(_) => loader.renewed(),
                        Err(WidgetError::Handshake(e)) => loader.renewal_failed(e.to_string()),
                        Err(e) => return self.give_up(e),
                    }
                }
                Step::Done => {
                    self.model.update(ListModel::finish);
                    self.running.replace(None);
                    return;
                }
                Step::Failed(e) => {
                    self.model.update(|m| m.fail(e.into()));
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
    let on_loopback =
        |u: &str| crm_core::origin::Origin::of_url(u).is_some_and(|o| crm_core::origin::is_loopback(o.host()));
    if let Some(url) = url.filter(|u| on_loopback(u)) {
        if leptos::prelude::window().location().replace(url).is_ok() {
            futures::future::pending::<()>().await;
        }
    }
}
