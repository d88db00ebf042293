use crm_core::i18n::{Locale, Msg};
use crm_core::live::Status;
use crm_core::startup::DataSource;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use crate::state::ListView;

/// How live updates are doing, in words (not only colour), for the header; with a Reconnect
/// button once they gave up. Also the polite "New interaction from …" for screen readers.
/// Shown with sources that have live updates only.
///
/// - `view`: the live status, and the rows' newest arrival.
/// - `on_reconnect`: called by the Reconnect button.
/// - `locale`: the language of the labels.
#[component]
pub fn LiveStatus(view: ListView, on_reconnect: UnsyncCallback<()>, locale: Locale) -> impl IntoView {
    let status = view.live;
    let shown = Memo::new(move |_| view.source_has(DataSource::has_live_updates));
    let gave_up = Memo::new(move |_| status.get() == Status::GaveUp);
    let text = move || match status.get() {
        Status::Live => locale.text(Msg::LiveOn, &[]),
        Status::Connecting => locale.text(Msg::LiveConnecting, &[]),
        Status::Reconnecting { attempt } => locale.text(Msg::LiveReconnecting, &[&attempt.to_string()]),
        Status::Offline => locale.text(Msg::LiveOffline, &[]),
        Status::GaveUp => locale.text(Msg::LiveGaveUp, &[]),
        Status::Off => locale.text(Msg::LiveOff, &[]),
    };
    let arrival = move || {
        view.rows.with(|r| {
            r.arrival().map(|(_, row)| {
                let name = view
                    .names
                    .with(|n| n.names().display_name(row).map(str::to_owned))
                    .unwrap_or_else(|| locale.text(Msg::UnknownContact, &[]));
                locale.text(Msg::NewInteraction, &[&name])
            })
        })
    };
    view! {
        {move || shown.get().then(|| view! {
            <p class="crm-live" data-live=move || status.get().slug() role="status">
                <span class="crm-live__dot" aria-hidden="true"></span>
                <span class="crm-live__text">{text}</span>
                {move || gave_up.get().then(|| view! {
                    <button type="button" class="crm__button crm__button--secondary" data-action="reconnect" on:click=move |_| on_reconnect.run(())>
                        {locale.text(Msg::LiveReconnect, &[])}
                    </button>
                })}
            </p>
            <p class="crm__sr-only" aria-live="polite" data-announce="arrival">{arrival}</p>
        })}
    }
}
