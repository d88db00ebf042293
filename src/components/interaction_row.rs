use crm_core::page::Interaction;
use leptos::prelude::*;

use super::KindIcon;
use crm_core::i18n::{Locale, Msg};

/// One interaction as a contact card: who (name, else address), how (type) and where (queue).
/// All API text is inserted as text nodes, never as HTML.
///
/// - `row`: the interaction to show.
/// - `index`: its 0-based position in the whole list.
/// - `top_px`: its offset in the virtualised list, in CSS pixels.
/// - `setsize`: how many rows the list has (for `aria-setsize`).
/// - `active`: the list's active row; this row is the tab stop when it is the active one (or,
///   with none active, when it is the first).
/// - `locale`: the language of the labels.
#[component]
pub fn InteractionRow(
    row: Interaction,
    index: usize,
    top_px: usize,
    setsize: Memo<usize>,
    active: RwSignal<Option<usize>>,
    locale: Locale,
) -> impl IntoView {
    let name = row.display_name().map_or_else(|| locale.text(Msg::UnknownContact, &[]), str::to_owned);
    // The address gets its own line when the name is not already the address.
    let address = row.name.as_ref().and(row.address.clone());
    let kind = locale.kind(&row.kind);
    let queue = row.queue.as_deref().map(|q| locale.text(Msg::Queue, &[q]));
    let tabindex = move || if active.get().unwrap_or(0) == index { "0" } else { "-1" };
    view! {
        <li
            class="crm-row"
            data-interaction-id=row.id.clone()
            data-kind=row.kind.slug()
            data-index=index
            aria-posinset=index + 1
            aria-setsize=move || setsize.get()
            tabindex=tabindex
            style:top=format!("{top_px}px")
            on:focus=move |_| active.set(Some(index))
        >
            <KindIcon kind=row.kind.clone() />
            <span class="crm-row__name">{name}</span>
            <span class="crm-row__kind">{kind}</span>
            {address.map(|a| view! { <span class="crm-row__address">{a}</span> })}
            {queue.map(|q| view! { <span class="crm-row__queue">{q}</span> })}
        </li>
    }
}
