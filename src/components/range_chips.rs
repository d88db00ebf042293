use crm_core::i18n::{Locale, Msg};
use crm_core::model::Range;
use crm_core::view::rows::ListModel;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use super::Chip;

/// The time range chips: "Today", "7 days", "30 days" (Genesys source only; contract rows have
/// no times). The one of this load is pressed; another starts a new load of its interval.
///
/// - `model`: the list, whose `range` is the load's.
/// - `on_range`: called with the chosen range.
/// - `locale`: the language of the labels.
#[component]
pub fn RangeChips(model: RwSignal<ListModel>, on_range: UnsyncCallback<Range>, locale: Locale) -> impl IntoView {
    let current = Memo::new(move |_| model.with(|m| m.range.filter(|_| m.opens_in_genesys())));
    let label = move |r: Range| match r {
        Range::Today => locale.text(Msg::RangeToday, &[]),
        Range::Days(n) => locale.count(Msg::RangeDays, u64::from(n)),
    };
    let slug = |r: Range| match r {
        Range::Today => "today".to_owned(),
        Range::Days(n) => n.to_string(),
    };
    view! {
        <Show when=move || current.get().is_some()>
            <div class="crm-range" role="group" aria-label=locale.text(Msg::RangeLabel, &[])>
                {Range::CHIPS
                    .into_iter()
                    .map(|r| {
                        view! {
                            <Chip
                                data=("data-range", slug(r))
                                pressed=Signal::derive(move || current.get() == Some(r))
                                on_click=Callback::new(move |()| on_range.run(r))
                                label=label(r)
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </Show>
    }
}
