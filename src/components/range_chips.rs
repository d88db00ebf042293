use crm_core::i18n::{Locale, Msg};
use crm_core::model::Range;
use crm_core::startup::DataSource;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use super::Chip;
use crate::state::ListView;

/// The time range chips: "Today", "7 days", "30 days" (sources whose rows have times only).
/// The one of this load is pressed; another starts a new load of its interval.
///
/// - `view`: the range of this load, and the kind of source.
/// - `on_range`: called with the chosen range.
/// - `locale`: the language of the labels.
#[component]
pub fn RangeChips(view: ListView, on_range: UnsyncCallback<Range>, locale: Locale) -> impl IntoView {
    let current = Memo::new(move |_| view.range.get().filter(|_| view.source_has(DataSource::has_ranges)));
    let shown = Memo::new(move |_| current.get().is_some());
    let label = move |r: Range| match r {
        Range::Today => locale.text(Msg::RangeToday, &[]),
        Range::Days(n) => locale.count(Msg::RangeDays, u64::from(n)),
    };
    view! {
        {move || shown.get().then(|| view! {
            <div class="crm-range" role="group" aria-label=locale.text(Msg::RangeLabel, &[])>
                {Range::CHIPS
                    .into_iter()
                    .map(|r| {
                        view! {
                            <Chip
                                data=("data-range", r.slug())
                                pressed=Signal::derive(move || current.get() == Some(r))
                                on_click=Callback::new(move |()| on_range.run(r))
                                label=label(r)
                            />
                        }
                    })
                    .collect_view()}
            </div>
        })}
    }
}
