use crm_core::i18n::{Locale, Msg};
use crm_core::live::Status;
use crm_core::view::rows::ListModel;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

/// How live updates are doing, in words (not only colour), for the header; with a Reconnect
/// button once they gave up. Also the polite "New interaction from …" for screen readers.
/// Shown with the Genesys source only.
///
/// - `model`: the list, whose `live_status` and `arrival` this shows.
/// - `on_reconnect`: called by the Reconnect button.
/// - `locale`: the language of the labels.
#[component]
pub fn LiveStatus(model: RwSignal<ListModel>, on_reconnect: UnsyncCallback<()>, locale: Locale) -> impl IntoView {
    let status = Memo::new(move |_| model.with(|m| m.live_status));
    let shown = Memo::new(move |_| model.with(ListModel::opens_in_genesys));
    let text = move || match status.get() {
        Status::Live => locale.text(Msg::LiveOn, &[]),
        Status::Connecting => locale.text(Msg::LiveConnecting, &[]),
        Status::Reconnecting { attempt } => locale.text(Msg::LiveReconnecting, &[&attempt.to_string()]),
        Status::Offline => locale.text(Msg::LiveOffline, &[]),
        Status::GaveUp => locale.text(Msg::LiveGaveUp, &[]),
        Status::Off => locale.text(Msg::LiveOff, &[]),
    };
    let state = move || match status.get() {
        Status::Live => "live",
        Status::Connecting | Status::Reconnecting { .. } => "reconnecting",
        Status::Offline | Status::Off => "off",
        Status::GaveUp => "gave-up",
    };
    let arrival = move || {
        model.with(|m| {
            m.arrival.as_ref().map(|(_, row)| {
                let name =
                    m.names().display_name(row).map_or_else(|| locale.text(Msg::UnknownContact, &[]), str::to_owned);
                locale.text(Msg::NewInteraction, &[&name])
            })
        })
    };
    view! {
        <Show when=move || shown.get()>
            <p class="crm-live" data-live=state role="status">
                <span class="crm-live__dot" aria-hidden="true"></span>
                <span class="crm-live__text">{text}</span>
                <Show when=move || status.get() == Status::GaveUp>
                    <button type="button" class="crm__button crm__button--secondary" data-action="reconnect" on:click=move |_| on_reconnect.run(())>
                        {locale.text(Msg::LiveReconnect, &[])}
                    </button>
                </Show>
            </p>
            <p class="crm__sr-only" aria-live="polite" data-announce="arrival">{arrival}</p>
        </Show>
    }
}
