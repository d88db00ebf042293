use crm_core::diagnostics::Diagnostics;
use leptos::prelude::*;
use serde::Serialize;

/// `?debug=1`: timings, statuses, retries, token renewals and ignored messages, with the whole
/// log as JSON to copy into a support ticket. It holds no token (see `crm_core::diagnostics`).
///
/// - `diagnostics`: the log the controller and the token source write.
#[component]
pub fn DiagnosticsPanel(diagnostics: RwSignal<Diagnostics>) -> impl IntoView {
    let json = RwSignal::new(None::<String>);
    // Each part redraws only when what it shows changed (live events change the log often).
    let totals = Memo::new(move |_| diagnostics.with(Diagnostics::totals));
    let rows = Memo::new(move |_| {
        diagnostics.with(|d| {
            d.requests
                .iter()
                .rev()
                .take(20)
                .map(|r| {
                    let status = r.status.map_or_else(|| "network".to_owned(), |s| s.to_string());
                    let wait = r.wait_ms.map(|w| format!(" → wait {w} ms")).unwrap_or_default();
                    format!("+{} ms  #{} {}  {} ms  {}{}", r.at_ms, r.attempt, status, r.duration_ms, r.path, wait)
                })
                .collect::<Vec<_>>()
        })
    });
    let handshakes = Memo::new(move |_| {
        diagnostics.with(|d| {
            d.handshakes
                .iter()
                .map(|h| format!("+{} ms  {}  {} ms  {}", h.at_ms, h.reason.name(), h.latency_ms, h.outcome))
                .collect::<Vec<_>>()
        })
    });
    let live = Memo::new(move |_| diagnostics.with(|d| d.live.clone()));
    // The start-up's steps (User Timing marks), read again whenever the log changes.
    let startup = Memo::new(move |_| diagnostics.with(|_| crate::platform::browser::startup_marks()));
    let notes = Memo::new(move |_| diagnostics.with(|d| d.notes.clone()));
    let copy = move |_| {
        let text = diagnostics.with_untracked(export_json);
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            // The frame may not be allowed the clipboard; the text below can be copied by hand.
            let _pending = clipboard.write_text(&text);
        }
        json.set(Some(text));
    };
    view! {
        <details class="crm-debug" open>
            <summary>"Diagnostics"</summary>
            <dl class="crm-debug__totals">
                {move || {
                    let t = totals.get();
                    [
                        ("requests", t.requests.to_string()),
                        ("ok", t.ok.to_string()),
                        ("429", t.throttled.to_string()),
                        ("401", t.unauthorized.to_string()),
                        ("5xx", t.server_errors.to_string()),
                        ("network", t.network_failures.to_string()),
                        ("retries", t.retries.to_string()),
                        ("waited ms", t.waited_ms.to_string()),
                        ("handshakes", t.handshakes.to_string()),
                        ("pushed tokens", t.pushed_tokens.to_string()),
                        ("ignored (origin)", t.ignored_foreign_messages.to_string()),
                        ("ignored (unmatched)", t.ignored_unmatched_messages.to_string()),
                        ("duplicate rows", t.duplicate_rows.to_string()),
                        ("skipped rows", t.skipped_rows.to_string()),
                    ]
                    .into_iter()
                    .map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> })
                    .collect_view()
                }}
            </dl>
            <h2 class="crm-debug__heading">"Start-up"</h2>
            {log_list("crm-debug__log", "startup", startup)}
            <h2 class="crm-debug__heading">"Token handshakes"</h2>
            {log_list("crm-debug__log", "handshakes", handshakes)}
            <h2 class="crm-debug__heading">"Live updates"</h2>
            <p class="crm-debug__live-events" data-diagnostics="live-events">{move || diagnostics.with(|d| format!("events received: {}, channels created: {}", d.live_events, d.channels))}</p>
            <p class="crm-debug__memory" data-diagnostics="memory">{move || diagnostics.with(|_| format!("wasm memory: {}", crate::platform::browser::wasm_memory_bytes()))}</p>
            {log_list("crm-debug__log crm-debug__live", "live", live)}
            <h2 class="crm-debug__heading">"Notes"</h2>
            {log_list("crm-debug__log crm-debug__notes", "notes", notes)}
            <h2 class="crm-debug__heading">"Last requests"</h2>
            {log_list("crm-debug__log", "requests", rows)}
            <button type="button" class="crm__button crm__button--secondary" data-action="copy-diagnostics" on:click=copy>
                "Copy as JSON"
            </button>
            {move || json.get().map(|text| view! {
                <textarea class="crm-debug__json" data-diagnostics="json" readonly aria-label="Diagnostics as JSON">{text}</textarea>
            })}
        </details>
    }
}

#[derive(Serialize)]
struct Export<'a> {
    totals: crm_core::diagnostics::Totals,
    #[serde(flatten)]
    log: &'a Diagnostics,
}

fn export_json(d: &Diagnostics) -> String {
    // JSON-compatible: maps (from `flatten`) become plain objects, not ES `Map`s.
    let value = Export { totals: d.totals(), log: d }.serialize(&serde_wasm_bindgen::Serializer::json_compatible());
    match value.map(|v| js_sys::JSON::stringify_with_replacer_and_space(&v, &wasm_bindgen::JsValue::NULL, &2.into())) {
        Ok(Ok(s)) => s.as_string().unwrap_or_default(),
        _ => "{\"error\": \"the diagnostics could not be exported\"}".to_owned(),
    }
}

/// One log as a list: one function (and one view shape) for the four logs.
fn log_list(class: &'static str, name: &'static str, lines: Memo<Vec<String>>) -> impl IntoView {
    view! { <ol class=class data-log=name>{move || lines.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ol> }
}
