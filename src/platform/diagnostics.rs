//! With `?debug=1`: the diagnostics, for the panel outside the wasm (`debug/diagnostics.js`,
//! which the page loads only then): `window.crmDiagnostics()` gives the JSON export as it is at
//! that moment (it never holds a token), and a `crm-diagnostics` event says it changed, at most
//! every quarter second.

use std::cell::Cell;
use std::rc::Rc;

use crm_core::diagnostics::Diagnostics;
use gloo_timers::future::TimeoutFuture;

use super::reactive::{effect, Slot};
use serde::Serialize;

/// `{totals, memory, log}`. The log is a field of its own, not flattened into the export:
/// serde's `flatten` buffers every field through its own map serializer (740 B brotli more).
#[derive(Serialize)]
struct Export<'a> {
    totals: crm_core::diagnostics::Totals,
    /// The wasm linear memory, in bytes.
    memory: f64,
    log: &'a Diagnostics,
}

/// The diagnostics as JSON text (what "Copy as JSON" gives).
pub fn export_json(d: &Diagnostics) -> String {
    let export = Export { totals: d.totals(), memory: crate::platform::browser::wasm_memory_bytes() as f64, log: d };
    // JSON-compatible: any map becomes a plain object, not an ES `Map`.
    let value = export.serialize(&serde_wasm_bindgen::Serializer::json_compatible());
    match value.map(|v| js_sys::JSON::stringify(&v)) {
        Ok(Ok(s)) => s.as_string().unwrap_or_default(),
        _ => "{\"error\": \"the diagnostics could not be exported\"}".to_owned(),
    }
}

/// Offers `diagnostics` to the panel, and tells it of changes (at most every 250 ms).
pub fn publish(diagnostics: Slot<Diagnostics>) {
    let Some(window) = web_sys::window() else { return };
    let export = wasm_bindgen::closure::Closure::<dyn Fn() -> wasm_bindgen::JsValue>::new(move || {
        diagnostics.try_with_untracked(export_json).unwrap_or_default().into()
    });
    let _set = js_sys::Reflect::set(&window, &"crmDiagnostics".into(), export.as_ref());
    // The page's only diagnostics export, for as long as the page lives.
    export.forget();
    let scheduled = Rc::new(Cell::new(false));
    effect(move |_| {
        diagnostics.track();
        // One event at a time: the panel reads the latest then.
        if scheduled.replace(true) {
            return;
        }
        let scheduled = Rc::clone(&scheduled);
        leptos::task::spawn_local(async move {
            TimeoutFuture::new(250).await;
            scheduled.set(false);
            if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("crm-diagnostics")) {
                let _sent = window.dispatch_event(&event);
            }
        });
    });
}
