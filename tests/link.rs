//! Browser tests of the messaging between frames of one session (`session::link`, CONTRACT
//! §10): real `BroadcastChannel`s and Web Locks in Chromium. A message from another origin, of
//! another session or that does not read is ignored; the locks go to one frame at a time and
//! pass on when it lets go; without Web Locks a frame works alone.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crm_core::model::Range;
use crm_core::session::{wire, Lock, Message};
use crm_widget::session::link::{receive, Link};
use support::{js, until};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::MessageEvent;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "crm-session:test-client|https://login.example|https://api.example";

fn origin() -> String {
    leptos::prelude::window().location().origin().unwrap()
}

fn event(data: &str, origin: &str) -> MessageEvent {
    let script = format!("return new MessageEvent('message', {{ data: {data:?}, origin: {origin:?} }});");
    js(&script).unchecked_into()
}

#[wasm_bindgen_test]
fn a_message_from_another_origin_or_session_or_that_does_not_read_is_ignored() {
    let hello = wire::write(KEY, "frame-a", &Message::Hello { range: Some(Range::Today) });
    let own = origin();
    assert_eq!(
        receive(&event(&hello, &own), &own, KEY),
        Some(("frame-a".to_owned(), Message::Hello { range: Some(Range::Today) }))
    );
    assert_eq!(receive(&event(&hello, "https://evil.example"), &own, KEY), None, "a foreign origin");
    let other = wire::write("crm-session:other|https://login.example|https://api.example", "frame-a", &Message::Gap);
    assert_eq!(receive(&event(&other, &own), &own, KEY), None, "another session");
    assert_eq!(receive(&event("{\"m\":\"token\"}", &own), &own, KEY), None, "not a message");
}

type Heard = Rc<RefCell<Vec<String>>>;

/// A link that records what it hears and which locks it gets (`+name`) or finds busy (`-name`).
fn link(heard: &Heard) -> Link {
    let (messages, locks) = (Rc::clone(heard), Rc::clone(heard));
    Link::open(
        KEY,
        move |from, message| messages.borrow_mut().push(format!("{from}: {message:?}")),
        move |lock, granted| locks.borrow_mut().push(format!("{}{lock:?}", if granted { '+' } else { '-' })),
    )
    .expect("this browser has BroadcastChannel and Web Locks")
}

#[wasm_bindgen_test]
async fn frames_hear_each_other_and_a_lock_goes_to_one_at_a_time_then_passes_on() {
    let (a_heard, b_heard): (Heard, Heard) = Default::default();
    let a = link(&a_heard);
    let b = link(&b_heard);
    a.lock(Lock::Session);
    until("a holds the session", || a_heard.borrow().contains(&"+Session".to_owned())).await;
    b.lock(Lock::Session);
    until("b finds it busy", || b_heard.borrow().contains(&"-Session".to_owned())).await;
    // Messages go to the other frame, not back to the sender.
    a.send("frame-a", &Message::Refresh);
    until("b hears a", || b_heard.borrow().iter().any(|h| h == "frame-a: Refresh")).await;
    assert!(!a_heard.borrow().iter().any(|h| h.contains("Refresh")));
    // a lets go: b, waiting, gets it.
    a.unlock(Lock::Session);
    until("b holds the session", || b_heard.borrow().contains(&"+Session".to_owned())).await;
    // A frame that goes (dropped) lets go of everything: a gets it back.
    a.lock(Lock::Session);
    until("a waits", || a_heard.borrow().iter().filter(|h| *h == "-Session").count() == 1).await;
    drop(b);
    until("a holds it again", || a_heard.borrow().iter().filter(|h| *h == "+Session").count() == 2).await;
    a.unlock(Lock::Session);
}

#[wasm_bindgen_test]
fn without_web_locks_a_frame_works_alone() {
    js("window.__locks = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks'); \
        Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true }); return null;");
    let link = Link::open(KEY, |_, _| {}, |_, _| {});
    js("Object.defineProperty(Navigator.prototype, 'locks', window.__locks); return null;");
    assert!(link.is_none(), "no shared session: the controller takes the frame's own way");
    assert!(Link::open(KEY, |_, _| {}, |_, _| {}).is_some(), "and with them back, it shares");
}
