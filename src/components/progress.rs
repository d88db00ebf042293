use crm_core::i18n::Locale;
use crm_core::view::Phase;
use leptos::prelude::*;

use crate::state::ListView;

/// "Loaded 300 of 1,234" while pages arrive, the count once done. A polite live region.
///
/// - `view`: the list whose progress to show.
/// - `locale`: the language and number format.
#[component]
pub fn Progress(view: ListView, locale: Locale) -> impl IntoView {
    let text = move || {
        view.load.with(|l| match l.phase {
            Phase::Handshake => String::new(),
            _ => view.rows.with(|r| locale.progress(r.loaded(), r.total(), l.is_loading())),
        })
    };
    view! { <p class="crm__progress" role="status" aria-live="polite" data-progress="">{text}</p> }
}
