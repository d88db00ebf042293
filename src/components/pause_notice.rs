use std::time::Duration;

use crm_core::list::ListModel;
use leptos::prelude::*;

use crate::i18n;
use crate::shell::browser::now_ms;

/// Says why the load is waiting (rate limit, retry backoff, offline), with a countdown.
/// Mount it only while the load is paused: it ticks a timer while it exists.
///
/// - `model`: the list whose pause to show.
#[component]
pub fn PauseNotice(model: RwSignal<ListModel>) -> impl IntoView {
    let now = RwSignal::new(now_ms());
    let tick = set_interval_with_handle(move || now.set(now_ms()), Duration::from_millis(250)).ok();
    on_cleanup(move || {
        if let Some(tick) = tick {
            tick.clear();
        }
    });
    let text = move || model.with(|m| m.pause.map(|p| i18n::pause_text(p, p.seconds_left(now.get()))));
    view! { <p class="crm__notice crm__notice--pause" role="status">{text}</p> }
}
