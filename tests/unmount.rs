//! Unmounting (the controller's `stop`, the token source's drop) leaves no window listener, no
//! timer and no request behind. The page's `addEventListener`, `removeEventListener`,
//! `setTimeout` and `clearTimeout` are wrapped to count what is live.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crm_core::auth::Token;
use crm_core::net::{Outcome, Request};
use crm_core::startup::QueryParams;
use crm_core::view::Phase;
use crm_core::WidgetError;
use crm_widget::auth::host_token::HostTokenSource;
use crm_widget::ports::{JsonText, LocalFuture, TokenSource, Transport};
use crm_widget::session::Controller;
use crm_widget::state::ListState;
use support::{own_origin, sleep, until};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::AbortSignal;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
const live = { listeners: new Map(), timers: new Set() };
export function track() {
  if (window.__crmTracked) return;
  window.__crmTracked = true;
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  window.addEventListener = (type, f, o) => {
    if (!live.listeners.has(type)) live.listeners.set(type, new Set());
    live.listeners.get(type).add(f);
    return add(type, f, o);
  };
  window.removeEventListener = (type, f, o) => {
    live.listeners.get(type)?.delete(f);
    return remove(type, f, o);
  };
  const set = globalThis.setTimeout;
  const clear = globalThis.clearTimeout;
  globalThis.setTimeout = (f, ms, ...rest) => {
    const id = set((...a) => { live.timers.delete(id); f(...a); }, ms, ...rest);
    live.timers.add(id);
    return id;
  };
  globalThis.clearTimeout = (id) => { live.timers.delete(id); return clear(id); };
}
export function listeners(type) { return live.listeners.get(type)?.size ?? 0; }
export function timers() { return live.timers.size; }
export function setOnline(on) {
  Object.defineProperty(navigator, "onLine", { get: () => on, configurable: true });
}
"#)]
extern "C" {
    fn track();
    fn listeners(kind: &str) -> u32;
    fn timers() -> u32;
    #[wasm_bindgen(js_name = setOnline)]
    fn set_online(on: bool);
}

/// A token source that answers at once, or never; it notes when it is dropped.
struct FakeTokens {
    answer: bool,
    dropped: Rc<Cell<bool>>,
}

impl TokenSource for FakeTokens {
    fn token(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        if self.answer {
            Box::pin(async { Ok(Token::new("t".into())) })
        } else {
            Box::pin(futures::future::pending())
        }
    }
    fn renew(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        self.token()
    }
    fn expires_at_ms(&self) -> Option<u64> {
        None
    }
}

impl Drop for FakeTokens {
    fn drop(&mut self) {
        self.dropped.set(true);
    }
}

/// Answers every request with `status`, or never answers; keeps each request's abort signal.
struct FakeTransport {
    status: Option<u16>,
    calls: Cell<u32>,
    signals: RefCell<Vec<AbortSignal>>,
}

impl Transport for FakeTransport {
    fn send<'a>(
        &'a self,
        _request: &'a Request,
        _token: &'a Token,
        signal: &'a AbortSignal,
    ) -> LocalFuture<'a, Outcome<JsonText>> {
        self.calls.set(self.calls.get() + 1);
        self.signals.borrow_mut().push(signal.clone());
        match self.status {
            Some(status) => Box::pin(async move { Outcome::Response { status, retry_after: None, body: None } }),
            None => Box::pin(futures::future::pending()),
        }
    }
}

struct Rig {
    controller: Rc<Controller>,
    state: ListState,
    transport: Rc<FakeTransport>,
    tokens_made: Rc<Cell<u32>>,
    tokens_dropped: Rc<Cell<bool>>,
}

fn rig(answer: bool, status: Option<u16>) -> Rig {
    // Mounting starts Leptos' executor; these tests run the controller without a view.
    let _already_started = any_spawner::Executor::init_wasm_bindgen();
    let state = ListState::new(None);
    let transport = Rc::new(FakeTransport { status, calls: Cell::new(0), signals: RefCell::new(Vec::new()) });
    let tokens_made = Rc::new(Cell::new(0));
    let tokens_dropped = Rc::new(Cell::new(false));
    let (made, dropped) = (Rc::clone(&tokens_made), Rc::clone(&tokens_dropped));
    let controller = Controller::new(
        state,
        QueryParams::parse("?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.com"),
        true,
        Rc::clone(&transport) as Rc<dyn Transport>,
        Box::new(move |_session| {
            made.set(made.get() + 1);
            crm_widget::session::Tokens::Host(Rc::new(FakeTokens { answer, dropped: Rc::clone(&dropped) }))
        }),
        None,
    );
    Rig { controller, state, transport, tokens_made, tokens_dropped }
}

#[wasm_bindgen_test]
async fn a_dropped_token_source_removes_its_listener_and_its_handshake_timer() {
    track();
    let (listeners_before, timers_before) = (listeners("message"), timers());
    let source = HostTokenSource::new(own_origin(), 60_000);
    assert_eq!(listeners("message"), listeners_before + 1);
    // A handshake in flight, with nobody answering: its timeout timer is live.
    let mut asking = source.token();
    assert!(futures::poll!(&mut asking).is_pending());
    assert_eq!(timers(), timers_before + 1);
    drop(asking);
    drop(source);
    assert_eq!(listeners("message"), listeners_before, "the message listener is removed");
    assert_eq!(timers(), timers_before, "the handshake's timer is cleared");
}

#[wasm_bindgen_test]
async fn stop_while_waiting_to_retry_clears_the_timer_and_sends_nothing_more() {
    track();
    let timers_before = timers();
    let r = rig(true, Some(503));
    r.controller.start();
    until("the first request", || r.transport.calls.get() == 1).await;
    until("the retry wait", || r.state.load.with_untracked(|l| l.pause.is_some())).await;
    assert_eq!(timers(), timers_before + 1, "the backoff timer");
    r.controller.stop();
    sleep(0).await;
    assert_eq!(timers(), timers_before, "stop clears the backoff timer");
    assert!(r.tokens_dropped.get(), "the token source is let go");
    // Longer than the first backoff (250-500 ms): no retry goes out.
    sleep(1200).await;
    assert_eq!(r.transport.calls.get(), 1);
}

#[wasm_bindgen_test]
async fn stop_aborts_the_request_in_flight() {
    track();
    let r = rig(true, None);
    r.controller.start();
    until("the first request", || r.transport.calls.get() == 1).await;
    let signal = r.transport.signals.borrow()[0].clone();
    assert!(!signal.aborted());
    r.controller.stop();
    assert!(signal.aborted(), "the fetch is aborted");
    sleep(0).await;
    assert!(r.tokens_dropped.get());
}

#[wasm_bindgen_test]
async fn stop_during_the_handshake_lets_the_token_source_go() {
    track();
    let r = rig(false, Some(200));
    r.controller.start();
    // The token source is made once the config is read; its first token never comes.
    until("the token source", || r.tokens_made.get() == 1).await;
    sleep(50).await;
    assert!(r.state.load.with_untracked(|l| l.phase == Phase::Handshake));
    assert!(!r.tokens_dropped.get(), "the handshake is still waiting");
    r.controller.stop();
    sleep(0).await;
    assert!(r.tokens_dropped.get(), "nothing holds the token source after stop");
    assert_eq!(r.transport.calls.get(), 0);
}

#[wasm_bindgen_test]
async fn stop_while_offline_removes_the_online_listener() {
    track();
    let online_before = listeners("online");
    set_online(false);
    let r = rig(true, Some(200));
    r.controller.start();
    until("the offline pause", || r.state.load.with_untracked(|l| l.pause.is_some())).await;
    assert_eq!(listeners("online"), online_before + 1);
    r.controller.stop();
    sleep(0).await;
    set_online(true);
    assert_eq!(listeners("online"), online_before, "the online listener is removed");
    assert_eq!(r.transport.calls.get(), 0);
}
