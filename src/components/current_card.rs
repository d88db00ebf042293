use crm_core::i18n::{Locale, Msg};
use crm_core::view::rows::ListModel;
use leptos::prelude::*;

/// The current interaction (`gcConversationId`), as a card above the list: its contact's name,
/// the address, and how many earlier interactions with the same contact the list has.
///
/// - `model`: the list, whose current row this shows once it is listed.
/// - `locale`: the language of the labels.
#[component]
pub fn CurrentCard(model: RwSignal<ListModel>, locale: Locale) -> impl IntoView {
    let card = Memo::new(move |_| {
        model.with(|m| {
            let row = m.current()?;
            let name = m.names().display_name(row).map_or_else(|| locale.text(Msg::UnknownContact, &[]), str::to_owned);
            let address = row.address.clone().filter(|a| *a != name);
            let n = m.with_same_contact(row) as u64;
            let earlier = locale.count(Msg::Earlier, n);
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
