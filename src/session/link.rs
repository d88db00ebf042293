//! The I/O between the frames of one session (CONTRACT §10): a `BroadcastChannel` named after
//! the session's key carries the messages, and Web Locks (`navigator.locks`) decide who holds
//! what. Messages are read whole and only from the widget's own origin; nothing else is
//! trusted. [`Link::open`] is `None` where the browser has either missing: the frame works
//! alone.

use std::cell::RefCell;
use std::rc::Rc;

use crm_core::session::{wire, Lock, Message};
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortController, BroadcastChannel, MessageEvent};

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks` (web-sys has it only behind its unstable APIs).
    type LockManager;
    #[wasm_bindgen(method)]
    fn request(this: &LockManager, name: &str, options: &JsValue, callback: &Function) -> Promise;
}

/// A lock held (its release), or asked for (its abort).
enum Hold {
    Held(Function),
    Waiting(AbortController),
}

struct Inner {
    key: String,
    origin: String,
    locks: LockManager,
    /// The locks held or waited for, by name (two at most: a list).
    holds: RefCell<Vec<(String, Hold)>>,
    on_lock: Box<dyn Fn(Lock, bool)>,
}

/// The session's channel and locks, for one frame. Dropping it closes the channel and lets
/// every lock go.
pub struct Link {
    inner: Rc<Inner>,
    channel: BroadcastChannel,
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl Link {
    /// Joins session `key`: `on_message(from, message)` for each message of another frame of
    /// it, `on_lock(lock, granted)` when a lock is granted, or found busy (then waited for).
    pub fn open(
        key: &str,
        on_message: impl Fn(String, Message) + 'static,
        on_lock: impl Fn(Lock, bool) + 'static,
    ) -> Option<Link> {
        let window = web_sys::window()?;
        let locks = Reflect::get(&window.navigator(), &JsValue::from_str("locks")).ok()?;
        if locks.is_undefined() || locks.is_null() {
            return None;
        }
        let channel = BroadcastChannel::new(key).ok()?;
        let origin = window.location().origin().ok()?;
        let own = origin.clone();
        let session = key.to_owned();
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some((from, message)) = receive(&event, &own, &session) {
                on_message(from, message);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        let inner = Rc::new(Inner {
            key: key.to_owned(),
            origin,
            locks: locks.unchecked_into(),
            holds: RefCell::new(Vec::new()),
            on_lock: Box::new(on_lock),
        });
        Some(Link { inner, channel, _listener: listener })
    }

    /// The widget's own origin (the messages' only trusted sender).
    pub fn origin(&self) -> &str {
        &self.inner.origin
    }

    /// Tells every other frame of the session.
    pub fn send(&self, from: &str, message: &Message) {
        // A channel that is closing takes nothing more; the frame is going anyway.
        let _sent = self.channel.post_message(&JsValue::from_str(&wire::write(&self.inner.key, from, message)));
    }

    /// Asks for `lock`: granted at once if free, else reported busy and waited for.
    pub fn lock(&self, lock: Lock) {
        let name = lock.name(&self.inner.key);
        if self.inner.holds.borrow().iter().any(|(n, _)| *n == name) {
            return;
        }
        let options = Object::new();
        let _set = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
        let weak = Rc::downgrade(&self.inner);
        let at_once = Closure::once_into_js(move |granted: JsValue| -> JsValue {
            let Some(inner) = weak.upgrade() else { return JsValue::UNDEFINED };
            if granted.is_null() {
                (inner.on_lock)(lock, false);
                wait(&inner, lock);
                return JsValue::UNDEFINED;
            }
            hold(&inner, lock)
        });
        catch(self.inner.locks.request(&name, &options, at_once.unchecked_ref()));
    }

    /// Lets `lock` go, or stops waiting for it.
    pub fn unlock(&self, lock: Lock) {
        let gone = take(&mut self.inner.holds.borrow_mut(), &lock.name(&self.inner.key));
        release(gone);
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
        let holds: Vec<(String, Hold)> = self.inner.holds.borrow_mut().drain(..).collect();
        for (_, hold) in holds {
            release(Some(hold));
        }
    }
}

/// What a message event says, if it is from the widget's own origin (a `BroadcastChannel`
/// only joins same-origin documents; it is checked anyway), of session `key`, and reads whole.
pub fn receive(event: &MessageEvent, own_origin: &str, key: &str) -> Option<(String, Message)> {
    if event.origin() != own_origin {
        return None;
    }
    let text = event.data().as_string()?;
    let (session, from, message) = wire::read(&text).ok()?;
    (session == key).then_some((from, message))
}

fn release(hold: Option<Hold>) {
    match hold {
        Some(Hold::Held(release)) => {
            let _released = release.call0(&JsValue::UNDEFINED);
        }
        Some(Hold::Waiting(abort)) => abort.abort(),
        None => {}
    }
}

/// Waits in line for `lock`; aborted by [`Link::unlock`].
fn wait(inner: &Rc<Inner>, lock: Lock) {
    let Ok(abort) = AbortController::new() else { return };
    let name = lock.name(&inner.key);
    let options = Object::new();
    let _set = Reflect::set(&options, &"signal".into(), &abort.signal());
    put(&inner.holds, name.clone(), Hold::Waiting(abort));
    let weak = Rc::downgrade(inner);
    let granted = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        match weak.upgrade() {
            Some(inner) => hold(&inner, lock),
            None => JsValue::UNDEFINED,
        }
    });
    catch(inner.locks.request(&name, &options, granted.unchecked_ref()));
}

/// Holds `lock` until it is let go: the promise the lock's callback returns settles then.
fn hold(inner: &Rc<Inner>, lock: Lock) -> JsValue {
    let mut release = None;
    let promise = Promise::new(&mut |resolve, _reject| release = Some(resolve));
    let Some(release) = release else { return JsValue::UNDEFINED };
    put(&inner.holds, lock.name(&inner.key), Hold::Held(release));
    (inner.on_lock)(lock, true);
    promise.into()
}

/// A request aborted while waiting rejects: that is expected, not an error to report.
fn catch(promise: Promise) {
    wasm_bindgen_futures::spawn_local(async move {
        let _settled = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// The hold of the lock `name`, taken out of `holds`.
fn take(holds: &mut Vec<(String, Hold)>, name: &str) -> Option<Hold> {
    let at = holds.iter().position(|(n, _)| n == name)?;
    Some(holds.swap_remove(at).1)
}

/// Records `hold` for the lock `name`, in place of the one before (which is dropped).
fn put(holds: &RefCell<Vec<(String, Hold)>>, name: String, hold: Hold) {
    let before = {
        let mut holds = holds.borrow_mut();
        let before = take(&mut holds, &name);
        holds.push((name, hold));
        before
    };
    drop(before);
}
