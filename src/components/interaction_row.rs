use crm_core::page::Interaction;
use leptos::prelude::*;

use super::KindIcon;
use crate::i18n;

/// One interaction as a contact card: who, how (type), and where (queue). All API text is
/// inserted as text nodes, never as HTML.
///
/// - `row`: the interaction to show.
#[component]
pub fn InteractionRow(row: Interaction) -> impl IntoView {
    let name = row.display_name().unwrap_or(i18n::UNKNOWN_CONTACT).to_owned();
    // The address is shown under the name when the name is not already the address.
    let address = row.name.as_ref().and(row.address.clone());
    let kind = i18n::kind_label(&row.kind);
    let queue = row.queue.as_deref().map(i18n::queue_label);
    view! {
        <li class="crm-row" data-interaction-id=row.id.clone() data-kind=row.kind.slug()>
            <KindIcon kind=row.kind.clone() />
            <div class="crm-row__main">
                <span class="crm-row__name">{name}</span>
                {address.map(|a| view! { <span class="crm-row__address">{a}</span> })}
            </div>
            <div class="crm-row__meta">
                <span class="crm-row__kind">{kind}</span>
                {queue.map(|q| view! { <span class="crm-row__queue">{q}</span> })}
            </div>
        </li>
    }
}
