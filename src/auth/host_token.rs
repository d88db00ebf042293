//! The host-frame token source (CONTRACT §3): asks `window.parent` for a token over
//! `postMessage` and accepts answers and pushed rotations from exactly the trusted host.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::platform::reactive::Slot;
use crm_core::auth::token::{jwt_exp_s, renew_at_ms};
use crm_core::auth::{Grant, Token};
use crm_core::diagnostics::{Diagnostics, HandshakeRecord, RenewalReason};
use crm_core::host::handshake::{
    accepts, ChannelError, HandshakeError, HandshakeRequest, HostMessage, RawHostMessage, RequestIds,
};
use crm_core::net::origin::Origin;
use crm_core::WidgetError;
use futures::channel::oneshot;
use futures::future::{select, Either, LocalBoxFuture, Shared};
use futures::FutureExt;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::{window, window_event_listener, WindowListenerHandle};
use wasm_bindgen::JsValue;
use web_sys::MessageEvent;

use crate::platform::browser::{now_ms, page_ms};
use crate::ports::{LocalFuture, TokenSource};

type Answer = Result<Grant, HandshakeError>;
type Renewal = Shared<LocalBoxFuture<'static, Result<Token, HandshakeError>>>;

/// Counters for diagnostics. Never holds a token.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HostStats {
    pub handshakes: u32,
    pub pushed: u32,
    /// Messages dropped because of their origin or source.
    pub ignored_foreign: u32,
    /// Messages from the host that were not understood or answered nothing pending.
    pub ignored_unmatched: u32,
}

struct State {
    current: Option<(Token, Option<u64>)>,
    /// The handshakes waiting for their answer, by request id (a few at most: a list).
    pending: Vec<(String, oneshot::Sender<Answer>)>,
    ids: RequestIds,
    in_flight: Option<Renewal>,
    stats: HostStats,
}

struct Inner {
    host: Origin,
    timeout_ms: u32,
    state: RefCell<State>,
    diagnostics: Cell<Option<Slot<Diagnostics>>>,
}

/// Owns the `message` listener; dropping it removes the listener and fails pending requests.
pub struct HostTokenSource {
    inner: Rc<Inner>,
    listener: Option<WindowListenerHandle>,
}

impl HostTokenSource {
    pub fn new(host: Origin, timeout_ms: u32) -> HostTokenSource {
        let inner = Rc::new(Inner {
            host,
            timeout_ms,
            state: RefCell::new(State {
                current: None,
                pending: Vec::new(),
                ids: RequestIds::default(),
                in_flight: None,
                stats: HostStats::default(),
            }),
            diagnostics: Cell::new(None),
        });
        let weak = Rc::downgrade(&inner);
        let listener = window_event_listener(leptos::ev::message, move |event: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                inner.on_message(&event);
            }
        });
        HostTokenSource { inner, listener: Some(listener) }
    }

    /// Records handshakes, pushes and ignored messages into `diagnostics` (`?debug=1`).
    pub fn with_diagnostics(self, diagnostics: Slot<Diagnostics>) -> Self {
        self.inner.diagnostics.set(Some(diagnostics));
        self
    }

    pub fn stats(&self) -> HostStats {
        self.inner.state.borrow().stats
    }
}

impl Drop for HostTokenSource {
    fn drop(&mut self) {
        if let Some(listener) = self.listener.take() {
            listener.remove();
        }
        // Pending senders are dropped with the state; their receivers see `Canceled`. A
        // handshake in flight holds the state itself (`in_flight` → `Inner`): let it go, or
        // the cycle would keep it, and its timeout timer, alive.
        let in_flight = {
            let mut state = self.inner.state.borrow_mut();
            state.pending.clear();
            state.in_flight.take()
        };
        drop(in_flight);
    }
}

impl Inner {
    fn on_message(&self, event: &MessageEvent) {
        let from_parent = match (event.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        let mut state = self.state.borrow_mut();
        // Origin and source are checked before the payload is even looked at.
        if !accepts(&event.origin(), from_parent, &self.host) {
            state.stats.ignored_foreign += 1;
            self.note(|d| d.ignored_foreign_messages += 1);
            return;
        }
        let message = crate::platform::js_value::read_js::<RawHostMessage>(event.data())
            .map_err(|_| ())
            .and_then(|raw| raw.parse().map_err(|_| ()));
        match message {
            Ok(HostMessage::Token { request_id: None, grant }) => {
                state.stats.pushed += 1;
                self.note(|d| d.pushed_tokens += 1);
                state.current = Some(with_expiry(grant));
            }
            Ok(HostMessage::Token { request_id: Some(id), grant }) => match take(&mut state.pending, &id) {
                Some(tx) => {
                    state.current = Some(with_expiry(grant.clone()));
                    // The receiver may have timed out already; then the answer is simply late.
                    let _late = tx.send(Ok(grant));
                }
                None => {
                    state.stats.ignored_unmatched += 1;
                    self.note(|d| d.ignored_unmatched_messages += 1);
                }
            },
            Ok(HostMessage::Error { request_id: Some(id), message }) => match take(&mut state.pending, &id) {
                Some(tx) => {
                    let _late = tx.send(Err(HandshakeError::Refused(message)));
                }
                None => {
                    state.stats.ignored_unmatched += 1;
                    self.note(|d| d.ignored_unmatched_messages += 1);
                }
            },
            Ok(HostMessage::Error { request_id: None, .. }) | Err(()) => {
                state.stats.ignored_unmatched += 1;
                self.note(|d| d.ignored_unmatched_messages += 1);
            }
        }
    }

    fn note(&self, f: impl FnOnce(&mut Diagnostics)) {
        if let Some(d) = self.diagnostics.get() {
            d.update(f);
        }
    }

    /// One handshake, recorded in the diagnostics.
    async fn handshake(self: Rc<Self>, reason: RenewalReason) -> Result<Token, HandshakeError> {
        let started = page_ms();
        let result = Rc::clone(&self).ask_host().await;
        self.note(|d| d.handshakes.push(HandshakeRecord::of(reason, started, page_ms(), &result)));
        result
    }

    /// Posts the request to the parent, waits for the answer or the timeout.
    async fn ask_host(self: Rc<Self>) -> Result<Token, HandshakeError> {
        let (id, rx) = {
            let mut state = self.state.borrow_mut();
            state.stats.handshakes += 1;
            let id = state.ids.next_id();
            let (tx, rx) = oneshot::channel();
            state.pending.push((id.clone(), tx));
            (id, rx)
        };
        let HandshakeRequest { kind, request_id, protocol } = HandshakeRequest::new(id.clone());
        let request = js_sys::Object::new();
        for (key, value) in [("type", kind.into()), ("requestId", request_id.into()), ("protocol", protocol.into())] {
            // Setting a property on a plain new object cannot fail.
            let _set = js_sys::Reflect::set(&request, &JsValue::from_str(key), &value);
        }
        let parent = window().parent().ok().flatten().ok_or(HandshakeError::Channel(ChannelError::NoParent))?;
        parent
            .post_message(&request, self.host.as_str())
            .map_err(|_| HandshakeError::Channel(ChannelError::NotSent))?;
        crate::platform::browser::mark_once("crm:token-asked");
        let answer = match select(rx, TimeoutFuture::new(self.timeout_ms)).await {
            Either::Left((Ok(answer), _)) => answer,
            Either::Left((Err(_canceled), _)) => Err(HandshakeError::Channel(ChannelError::Closed)),
            Either::Right(_) => {
                take(&mut self.state.borrow_mut().pending, &id);
                Err(HandshakeError::Timeout { ms: self.timeout_ms, origin: self.host.clone() })
            }
        };
        answer.map(|grant| grant.token)
    }

    fn renew(self: &Rc<Self>, reason: RenewalReason) -> Renewal {
        let mut state = self.state.borrow_mut();
        if let Some(in_flight) = &state.in_flight {
            return in_flight.clone();
        }
        let inner = Rc::clone(self);
        let renewal = async move {
            let result = Rc::clone(&inner).handshake(reason).await;
            inner.state.borrow_mut().in_flight = None;
            result
        }
        .boxed_local()
        .shared();
        state.in_flight = Some(renewal.clone());
        renewal
    }
}

/// The token and when to renew it: before the earliest of the host's `expiresIn` and the
/// JWT's `exp` (when the token is a JWT at all).
fn with_expiry(grant: Grant) -> (Token, Option<u64>) {
    let renew_at = renew_at_ms(now_ms(), grant.expires_in_s, jwt_exp_s(grant.token.expose()));
    (grant.token, renew_at)
}

impl TokenSource for HostTokenSource {
    fn token(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        let current = self.inner.state.borrow().current.clone();
        let renewal = match current {
            None => self.inner.renew(RenewalReason::Initial),
            Some((_, Some(renew_at))) if now_ms() >= renew_at => self.inner.renew(RenewalReason::Expiring),
            Some((token, _)) => return Box::pin(async move { Ok(token) }),
        };
        Box::pin(renewal.map(|r| r.map_err(WidgetError::from)))
    }

    fn renew(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        Box::pin(self.inner.renew(RenewalReason::Unauthorized).map(|r| r.map_err(WidgetError::from)))
    }

    fn expires_at_ms(&self) -> Option<u64> {
        self.inner.state.borrow().current.as_ref().and_then(|(_, renew_at)| *renew_at)
    }
}

/// The sender waiting for request `id`, taken out of `pending`.
fn take(pending: &mut Vec<(String, oneshot::Sender<Answer>)>, id: &str) -> Option<oneshot::Sender<Answer>> {
    let at = pending.iter().position(|(p, _)| p == id)?;
    Some(pending.swap_remove(at).1)
}
