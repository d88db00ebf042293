//! The Genesys Cloud host protocol (CONTRACT §8): lifecycle hooks in, Client App messages out.
//!
//! Genesys may send `bootstrap` before the wasm runs, so a tiny classic script in `<head>`
//! (written by `scripts/trunk-post-build`) keeps every `purecloudEventType` message from
//! `window.parent` in `window.crmEarlyHooks` until [`listen`] takes them over. A hook is acted
//! on only once the trusted host origin is known ([`trust`]) and only if it came from exactly
//! that origin; until then it waits.

use std::cell::RefCell;
use std::rc::Rc;

use crm_core::host::client_app::{AppMessage, Field, Hook, RawHostEvent};
use crm_core::host::handshake::accepts;
use crm_core::net::origin::Origin;
use leptos::prelude::{window, window_event_listener, WindowListenerHandle};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageEvent;

use crate::platform::js_value::read_js;

/// The widget's version, sent as `protocolAgentVersion`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Default)]
struct Lifecycle {
    host: Option<Origin>,
    /// Hooks from the parent frame, with their origin, not yet acted on.
    waiting: Vec<(String, Hook)>,
    handler: Option<Rc<dyn Fn(Hook)>>,
    listener: Option<WindowListenerHandle>,
}

thread_local! {
    static LIFECYCLE: RefCell<Lifecycle> = RefCell::new(Lifecycle::default());
}

fn from_parent(event: &MessageEvent) -> bool {
    match (event.source(), window().parent()) {
        (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
        _ => false,
    }
}

/// Starts listening (once), taking over what the early script kept.
pub fn listen() {
    let early = js_sys::Reflect::get(&window(), &"crmEarlyHooks".into()).unwrap_or(JsValue::UNDEFINED);
    if let Ok(stop) = js_sys::Reflect::get(&early, &"stop".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        // The early script stops listening; from here on the widget's own listener hears all.
        let _stopped = stop.call0(&early);
    }
    let kept: Vec<(String, Hook)> = js_sys::Array::from(&early)
        .iter()
        .filter_map(|entry| {
            let origin = js_sys::Reflect::get(&entry, &"origin".into()).ok()?.as_string()?;
            let data = js_sys::Reflect::get(&entry, &"data".into()).ok()?;
            Some((origin, read_js::<RawHostEvent>(data).ok()?.hook()?))
        })
        .collect();
    let listener = window_event_listener(leptos::ev::message, |event: MessageEvent| {
        if !from_parent(&event) {
            return;
        }
        if let Some(hook) = read_js::<RawHostEvent>(event.data()).ok().and_then(|raw| raw.hook()) {
            heard(event.origin(), hook);
        }
    });
    LIFECYCLE.with(|l| {
        let mut l = l.borrow_mut();
        l.waiting.extend(kept);
        l.listener = Some(listener);
    });
    run_waiting();
}

/// The host origin is known and trusted: hooks from it are acted on from now on.
pub fn trust(host: &Origin) {
    LIFECYCLE.with(|l| l.borrow_mut().host = Some(host.clone()));
    run_waiting();
}

/// What to do with each hook (the app sets it once it has a controller).
pub fn on_hook(handler: impl Fn(Hook) + 'static) {
    LIFECYCLE.with(|l| l.borrow_mut().handler = Some(Rc::new(handler)));
    run_waiting();
}

fn heard(origin: String, hook: Hook) {
    LIFECYCLE.with(|l| l.borrow_mut().waiting.push((origin, hook)));
    run_waiting();
}

/// Acts on the hooks that can be: those from the trusted origin, once there is a handler.
/// Hooks from any other origin are dropped once the trusted one is known.
fn run_waiting() {
    let (handler, ready) = LIFECYCLE.with(|l| {
        let mut l = l.borrow_mut();
        let (Some(host), Some(handler)) = (l.host.clone(), l.handler.clone()) else {
            return (None, Vec::new());
        };
        let ready: Vec<Hook> =
            l.waiting.drain(..).filter(|(origin, _)| accepts(origin, true, &host)).map(|(_, hook)| hook).collect();
        (Some(handler), ready)
    });
    if let Some(handler) = handler {
        for hook in ready {
            handler(hook);
        }
    }
}

/// Posts a Client App message to the parent frame, to exactly the trusted host origin. Before
/// the host is known nothing is sent: there is nobody it may go to.
pub fn send(message: &AppMessage) {
    let Some(host) = LIFECYCLE.with(|l| l.borrow().host.clone()) else { return };
    let Ok(Some(parent)) = window().parent() else { return };
    let object = js_sys::Object::new();
    for (key, value) in message.fields(VERSION) {
        let value = match value {
            Field::Text(t) => wasm_bindgen::JsValue::from_str(t),
            Field::Number(n) => wasm_bindgen::JsValue::from(n),
        };
        // Setting a property on a plain new object cannot fail.
        let _set = js_sys::Reflect::set(&object, &key.into(), &value);
    }
    // A host that went away cannot be told; there is nothing else to do about it.
    let _sent = parent.post_message(&object, host.as_str());
}
