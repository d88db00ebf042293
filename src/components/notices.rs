//! The header's progress and live status, and the notices: small parts of the widget's root,
//! drawn by hand (`super::dom`).

use std::time::Duration;

use crm_core::i18n::{Locale, Msg};
use crm_core::live::Status;
use crm_core::session::Pause;
use crm_core::startup::DataSource;
use crm_core::view::Phase;
use leptos::prelude::*;
use web_sys::Element;

use super::dom::{bind, bind_text, child, element, follow, show_when};
use crate::platform::browser::now_ms;
use crate::platform::reactive::{memo, Slot};
use crate::state::ListView;

/// "Loaded 300 of 1,234" while pages arrive, the count once done. A polite live region.
pub fn progress(parent: &Element, view: ListView, locale: Locale) {
    let p = child(
        parent,
        "p",
        "crm__progress",
        &[("role", "status"), ("aria-live", "polite"), ("data-progress", "")],
        None,
    );
    bind_text(&p, move || {
        view.load.with(|l| match l.phase {
            Phase::Handshake => String::new(),
            _ => view.rows.with(|r| locale.progress(r.loaded(), r.total(), l.is_loading())),
        })
    });
}

/// How live updates are doing, in words (not only colour), for the header; with a Reconnect
/// button (`data-action="reconnect"`) once they gave up. Also the polite "New interaction from
/// …" for screen readers. Shown with sources that have live updates only.
pub fn live_status(parent: &Element, view: ListView, locale: Locale) {
    let status = view.live;
    let shown = move || view.source_has(DataSource::has_live_updates);
    show_when(parent, shown, move || {
        let p = element("p", "crm-live", &[("role", "status")], None);
        bind(&p, "data-live", move || Some(status.get().slug().to_owned()));
        child(&p, "span", "crm-live__dot", &[("aria-hidden", "true")], None);
        let text = child(&p, "span", "crm-live__text", &[], None);
        bind_text(&text, move || match status.get() {
            Status::Live => locale.text(Msg::LiveOn, &[]),
            Status::Connecting => locale.text(Msg::LiveConnecting, &[]),
            Status::Reconnecting { attempt } => locale.text(Msg::LiveReconnecting, &[&attempt.to_string()]),
            Status::Offline => locale.text(Msg::LiveOffline, &[]),
            Status::GaveUp => locale.text(Msg::LiveGaveUp, &[]),
            Status::Off => locale.text(Msg::LiveOff, &[]),
        });
        show_when(
            &p,
            move || status.get() == Status::GaveUp,
            move || {
                element(
                    "button",
                    "crm__button crm__button--secondary",
                    &[("type", "button"), ("data-action", "reconnect")],
                    Some(&locale.text(Msg::LiveReconnect, &[])),
                )
            },
        );
        p
    });
    show_when(parent, shown, move || {
        let p = element("p", "crm__sr-only", &[("aria-live", "polite"), ("data-announce", "arrival")], None);
        bind_text(&p, move || {
            view.rows.with(|r| {
                r.arrival()
                    .map(|(_, row)| {
                        let name = view
                            .names
                            .with(|n| n.names().display_name(row).map(str::to_owned))
                            .unwrap_or_else(|| locale.text(Msg::UnknownContact, &[]));
                        locale.text(Msg::NewInteraction, &[&name])
                    })
                    .unwrap_or_default()
            })
        });
        p
    });
}

/// A message with one button: the error state's alert with Retry, or the popup sign-in's
/// prompt with "Sign in".
///
/// - `class`: the block's class (`crm__error`, `crm__signin`).
/// - `action`: the button's `data-action` (`retry`, `sign-in`), heard by the root.
/// - `label`: the button's text, in the widget's language.
/// - `message`: the text, already phrased for the person reading it, and its role: `alert` for
///   errors, `status` for a prompt. Each time it is told, it is a new node (announced again).
pub fn action_notice(
    class: &str,
    action: &str,
    label: String,
    message: impl Fn() -> Option<(String, &'static str)> + Copy + 'static,
) -> Element {
    let div = element("div", class, &[("data-notice", action)], None);
    let button = child(&div, "button", "crm__button", &[("type", "button"), ("data-action", action)], Some(&label));
    // The message is a new node each time it is told (an error that changes, a prompt set again,
    // "popup blocked" after another click), so it is announced again; the button keeps its node
    // and its focus.
    let (parent, before) = (div.clone(), button.clone());
    follow(move |was: Option<Option<Element>>| {
        if let Some(Some(p)) = was {
            p.remove();
        }
        let (text, role) = message()?;
        let p = element("p", "crm__notice-text", &[("role", role)], Some(&text));
        let _placed = parent.insert_before(&p, Some(&before));
        Some(p)
    });
    div
}

/// Says why the load is waiting (rate limit, retry backoff, offline), with a countdown. Build
/// it only while the load is paused: it ticks a timer while its owner lives.
pub fn pause_notice(view: ListView, locale: Locale) -> Element {
    let now = Slot::new(now_ms());
    let tick = set_interval_with_handle(move || now.set(now_ms()), Duration::from_millis(250)).ok();
    on_cleanup(move || {
        if let Some(tick) = tick {
            tick.clear();
        }
    });
    let pause = memo(move |_| view.load.with(|l| l.pause));
    let p = element("p", "crm__notice crm__notice--pause", &[("role", "status")], None);
    bind(&p, "data-pause", move || pause.get().map(|p| p.slug().to_owned()));
    bind_text(&p, move || {
        pause
            .get()
            .map(|p| {
                let seconds = p.seconds_left(now.get()).to_string();
                match p {
                    Pause::RateLimited { .. } => locale.text(Msg::PauseRateLimited, &[&seconds]),
                    Pause::Retrying { .. } => locale.text(Msg::PauseRetrying, &[&seconds]),
                    Pause::Offline => locale.text(Msg::PauseOffline, &[]),
                }
            })
            .unwrap_or_default()
    });
    p
}
