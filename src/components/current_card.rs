use crm_core::i18n::{Locale, Msg};
use leptos::prelude::*;

use crate::state::ListView;

/// The current interaction (`gcConversationId`), as a card above the list: its contact's name,
/// the address, and how many earlier interactions with the same contact the list has.
///
/// - `view`: the rows (the current one, once listed) and the names.
/// - `locale`: the language of the labels.
#[component]
pub fn CurrentCard(view: ListView, locale: Locale) -> impl IntoView {
    let card = Memo::new(move |_| {
        view.rows.with(|rows| {
            let row = rows.current()?;
            let name = view
                .names
                .with(|n| n.names().display_name(row).map(str::to_owned))
                .unwrap_or_else(|| locale.text(Msg::UnknownContact, &[]));
            let address = row.address.clone().filter(|a| *a != name);
            let earlier = locale.count(Msg::Earlier, rows.with_same_contact(row) as u64);
            Some((name, address, earlier))
        })
    });
    move || {
        card.get().map(|(name, address, earlier)| {
            view! {
                <section class="crm-current" data-card="current" aria-label=locale.text(Msg::CurrentInteraction, &[])>
                    <p class="crm-current__label">{locale.text(Msg::CurrentInteraction, &[])}</p>
                    <p class="crm-current__name" data-part="name"><bdi>{name}</bdi></p>
                    {address.map(|a| view! { <p class="crm-current__address" data-part="address"><bdi>{a}</bdi></p> })}
                    <p class="crm-current__earlier" data-part="earlier">{earlier}</p>
                </section>
            }
        })
    }
}
