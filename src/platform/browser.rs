//! Thin helpers over the browser: clock, randomness, frames, cancellable sleep.

use futures::channel::oneshot;
use futures::future::{select, Either, Shared};
use gloo_timers::future::TimeoutFuture;

/// Wall-clock milliseconds since the Unix epoch (for `Retry-After` dates and token expiry).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Milliseconds since the page started (`performance.now()`), for durations.
pub fn page_ms() -> u64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0, |p| p.now() as u64)
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

/// The widget's own URL without query or fragment (`location.origin + location.pathname`):
/// the default OAuth redirect URI.
pub fn page_url() -> String {
    let location = leptos::prelude::window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// Whether the browser thinks it is online (`navigator.onLine`).
pub fn is_online() -> bool {
    leptos::prelude::window().navigator().on_line()
}

/// Waits until the browser is back online, or until cancelled. Returns `true` when online.
/// The `online` listener is removed either way.
pub async fn wait_online(cancelled: &Cancelled) -> bool {
    let (tx, rx) = oneshot::channel::<()>();
    let tx = std::cell::RefCell::new(Some(tx));
    let listener = leptos::prelude::window_event_listener(leptos::ev::online, move |_| {
        if let Some(tx) = tx.borrow_mut().take() {
            // The waiter may be gone (cancelled); then nobody needs the news.
            let _nobody_waits = tx.send(());
        }
    });
    // It may have come back between the caller's check and the listener.
    let online = is_online() || unless_cancelled(rx, cancelled).await.is_some_and(|sent| sent.is_ok());
    listener.remove();
    online
}

/// A signal that fires when its sender is dropped: the owner of a load drops it to cancel.
pub type Cancelled = Shared<oneshot::Receiver<()>>;

/// Awaits `future`, or gives up (dropping it) when cancelled first.
pub async fn unless_cancelled<T>(future: impl std::future::Future<Output = T>, cancelled: &Cancelled) -> Option<T> {
    match select(std::pin::pin!(future), cancelled.clone()).await {
        Either::Left((value, _)) => Some(value),
        Either::Right(_) => None,
    }
}

/// Sleeps `ms`, or until cancelled. Returns `true` when the full time passed. The timer is
/// cleared when the sleep is dropped (`TimeoutFuture` clears it on drop).
pub async fn sleep_unless_cancelled(ms: u64, cancelled: &Cancelled) -> bool {
    let ms = ms.min(u32::MAX as u64) as u32;
    unless_cancelled(TimeoutFuture::new(ms), cancelled).await.is_some()
}

/// Minutes east of UTC at `ms`, in the browser's time zone.
pub fn local_offset_min(ms: u64) -> i32 {
    -(js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset() as i32)
}

/// The size of the wasm linear memory, in bytes.
pub fn wasm_memory_bytes() -> u32 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length())
        .unwrap_or(0)
}

thread_local! {
    static MARKED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records a User Timing mark (`performance.mark`) now, the first time only: the start-up's
/// steps (`crm:start`, `crm:mounted`, `crm:config`, `crm:token-asked`, `crm:first-request`,
/// `crm:first-answer`), which the diagnostics panel (`?debug=1`) and the benchmark read.
pub fn mark_once(name: &'static str) {
    let first = MARKED.with(|m| {
        let mut m = m.borrow_mut();
        let first = !m.contains(&name);
        if first {
            m.push(name);
        }
        first
    });
    if let (true, Some(performance)) = (first, web_sys::window().and_then(|w| w.performance())) {
        // Marks are diagnostics: a browser without User Timing simply has none.
        let _marked = performance.mark(name);
    }
}

/// Runs `f` once the next frame has been drawn: a task queued from that frame's animation-frame
/// callback runs after the frame's style, layout and paint.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(f, std::time::Duration::ZERO));
}

/// Records a User Timing mark (`performance.mark`) in the next animation frame's callback: the
/// DOM changes are in, and that frame's style, layout and paint follow it (the plain-JS
/// baseline marks at the same point; the benchmark also times when that frame is drawn). The
/// benchmark and the browser's profiler read them: `crm:first-row` and `crm:ready`. The mark's detail carries the size of the wasm
/// linear memory, in bytes.
pub fn mark_next_frame(name: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return };
        let memory_bytes = wasm_memory_bytes();
        // `performance.mark(name, { detail })`, called through JS: web-sys has it only
        // behind its unstable-API flag.
        let options = js_sys::Object::new();
        let mark = js_sys::Reflect::set(&options, &"detail".into(), &memory_bytes.into())
            .and_then(|_| js_sys::Reflect::get(&performance, &"mark".into()))
            .and_then(|f| f.dyn_into::<js_sys::Function>())
            .and_then(|f| f.call2(&performance, &name.into(), &options));
        // Marks are diagnostics: a browser without User Timing simply has none.
        drop(mark);
    });
}

use wasm_bindgen::JsCast;
