//! Thin helpers over the browser: clock, randomness, frames, cancellable sleep.

use futures::channel::oneshot;
use futures::future::{select, Either, Shared};
use gloo_timers::future::TimeoutFuture;

/// Wall-clock milliseconds since the Unix epoch (for `Retry-After` dates and token expiry).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A random number in `[0, 1)` for backoff jitter.
pub fn jitter() -> f64 {
    js_sys::Math::random()
}

/// Whether this page runs inside a parent frame.
pub fn is_framed() -> bool {
    let window = leptos::prelude::window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        // A cross-origin parent that cannot be reached is still a parent.
        Err(_) => true,
        Ok(None) => false,
    }
}

/// The page's query string.
pub fn location_search() -> String {
    leptos::prelude::window().location().search().unwrap_or_default()
}

/// A signal that fires when its sender is dropped: the owner of a load drops it to cancel.
pub type Cancelled = Shared<oneshot::Receiver<()>>;

/// Sleeps `ms`, or until cancelled. Returns `true` when the full time passed. The timer is
/// cleared when the sleep is dropped (`TimeoutFuture` clears it on drop).
pub async fn sleep_unless_cancelled(ms: u64, cancelled: &Cancelled) -> bool {
    let ms = ms.min(u32::MAX as u64) as u32;
    matches!(select(TimeoutFuture::new(ms), cancelled.clone()).await, Either::Left(_))
}
