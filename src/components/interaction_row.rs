use crm_core::page::Interaction;
use leptos::prelude::*;

use super::KindIcon;
use crate::i18n;

/// One interaction as a contact card: who (name, else address), how (type) and where (queue).
/// All API text is inserted as text nodes, never as HTML.
///
/// - `row`: the interaction to show.
/// - `index`: its 0-based position in the whole list.
/// - `top_px`: its offset in the virtualised list, in CSS pixels.
/// - `setsize`: how many rows the list has (for `aria-setsize`).
/// - `active`: the list's active row; this row is the tab stop when it is the active one (or,
///   with none active, when it is the first).
#[component]
pub fn InteractionRow(
    row: Interaction,
    index: usize,
    top_px: usize,
    setsize: Memo<usize>,
    active: RwSignal<Option<usize>>,
) -> impl IntoView {
    let name = row.display_name().unwrap_or(i18n::UNKNOWN_CONTACT).to_owned();
    // The address gets its own line when the name is not already the address.
    let address = row.name.as_ref().and(row.address.clone());
    let kind = i18n::kind_label(&row.kind);
    let queue = row.queue.as_deref().map(i18n::queue_label);
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
