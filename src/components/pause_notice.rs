use std::time::Duration;

use crm_core::i18n::{Locale, Msg};
use crm_core::session::Pause;
use leptos::prelude::*;

use crate::platform::browser::now_ms;
use crate::state::ListView;

/// Says why the load is waiting (rate limit, retry backoff, offline), with a countdown.
/// Mount it only while the load is paused: it ticks a timer while it exists.
///
/// - `view`: the list whose pause to show.
/// - `locale`: the language to say it in.
#[component]
pub fn PauseNotice(view: ListView, locale: Locale) -> impl IntoView {
    let now = RwSignal::new(now_ms());
    let tick = set_interval_with_handle(move || now.set(now_ms()), Duration::from_millis(250)).ok();
    on_cleanup(move || {
        if let Some(tick) = tick {
            tick.clear();
        }
    });
    let pause = Memo::new(move |_| view.load.with(|l| l.pause));
    let text = move || {
        pause.get().map(|p| {
            let seconds = p.seconds_left(now.get()).to_string();
            match p {
                Pause::RateLimited { .. } => locale.text(Msg::PauseRateLimited, &[&seconds]),
                Pause::Retrying { .. } => locale.text(Msg::PauseRetrying, &[&seconds]),
                Pause::Offline => locale.text(Msg::PauseOffline, &[]),
            }
        })
    };
    view! {
        <p class="crm__notice crm__notice--pause" role="status" data-pause=move || pause.get().map(|p| p.slug())>
            {text}
        </p>
    }
}
