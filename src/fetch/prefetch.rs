//! What the page's early script prefetched (`scripts/trunk-post-build`): a promise under a
//! `window` name, of `{status, text}` or of `null` when the fetch failed. A settled promise
//! also holds its answer as `.v`, so it is read without waiting a turn of the event loop's
//! microtasks (in which the mount's effects would run first).

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The promise under `window[name]`, left there.
fn promise(name: &str) -> Option<Promise> {
    let window = web_sys::window()?;
    Reflect::get(&window, &name.into()).ok()?.dyn_into::<Promise>().ok()
}

/// Its answer, if it has settled.
fn settled(promise: &Promise) -> Option<JsValue> {
    Reflect::get(promise, &"v".into()).ok().filter(|v| !v.is_undefined())
}

/// The promise under `window[name]`, taken (no one reads it twice).
pub fn take(name: &str) -> Option<Promise> {
    let promise = promise(name)?;
    let _taken = web_sys::window().map(|w| Reflect::delete_property(&w, &name.into()));
    Some(promise)
}

/// A prefetch's answer: `(status, text)`, or `None` when it failed (the widget then fetches
/// it itself).
pub async fn answer(promise: Promise) -> Option<(u16, Option<String>)> {
    let answer = match settled(&promise) {
        Some(answer) => answer,
        None => wasm_bindgen_futures::JsFuture::from(promise).await.ok()?,
    };
    let field = |key: &str| Reflect::get(&answer, &key.into()).ok();
    let status = field("status")?.as_f64()? as u16;
    Some((status, field("text").and_then(|t| t.as_string())))
}

/// Waits until the prefetch under `window[name]` has settled, if it has not yet (without
/// taking it). The widget mounts once `config.json` is in: the handshake needs it, and a
/// mount before it would have the browser lay out and paint the whole widget while the
/// config's answer waits its turn on the same thread.
pub async fn settles(name: &str) {
    if let Some(promise) = promise(name).filter(|p| settled(p).is_none()) {
        let _settles_without_rejecting = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}
