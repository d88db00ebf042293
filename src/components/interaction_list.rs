use crm_core::list::ListModel;
use leptos::prelude::*;

use super::InteractionRow;
use crate::i18n;

/// The rows, rendered chunk by chunk as pages arrive. A chunk is keyed by the load's epoch and
/// its position, so a new page adds DOM for its own rows only, and rows of an earlier load are
/// never reused.
///
/// - `model`: the list whose rows to show.
#[component]
pub fn InteractionList(model: RwSignal<ListModel>) -> impl IntoView {
    let chunks = move || {
        model.with(|m| {
            let epoch = m.epoch();
            m.chunks().iter().cloned().enumerate().map(move |(i, c)| ((epoch, i), c)).collect::<Vec<_>>()
        })
    };
    view! {
        <ul class="crm__list" aria-label=i18n::LIST_LABEL>
            <For each=chunks key=|(key, _)| *key let:chunk>
                {chunk.1.iter().map(|row| view! { <InteractionRow row=row.clone() /> }).collect_view()}
            </For>
        </ul>
    }
}
