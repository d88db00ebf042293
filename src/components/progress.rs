use crm_core::view::rows::ListModel;
use leptos::prelude::*;

use crm_core::i18n::Locale;

/// "Loaded 300 of 1,234" while pages arrive, the count once done. A polite live region.
///
/// - `model`: the list whose progress to show.
/// - `locale`: the language and number format.
#[component]
pub fn Progress(model: RwSignal<ListModel>, locale: Locale) -> impl IntoView {
    let text = move || {
        model.with(|m| match m.phase.name() {
            "handshake" => String::new(),
            _ => locale.progress(m.loaded(), m.total(), m.is_loading()),
        })
    };
    view! { <p class="crm__progress" role="status" aria-live="polite" data-progress="">{text}</p> }
}
