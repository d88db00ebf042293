use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::view::filter::{Filter, KINDS};
use leptos::prelude::*;

use super::Chip;
use crate::state::ListView;

/// The search box (name or address) and the type chips with their counts. Both act on every
/// loaded row, and the counts grow as pages arrive.
///
/// - `view`: the rows, for the counts.
/// - `filter`: written with what the agent asks for.
/// - `grouped`: the "By time" / "By contact" switch.
/// - `locale`: the language of the labels.
#[component]
pub fn SearchBar(view: ListView, filter: RwSignal<Filter>, grouped: RwSignal<bool>, locale: Locale) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| filter.set(Filter::new(&text.get(), kind.get())));
    let loaded = move || view.rows.with(|r| r.loaded());
    let chips = KINDS
        .iter()
        .map(|k| {
            let slug = k.slug();
            let label = k.localize(locale);
            let count = move || view.rows.with(|r| r.kind_count(slug));
            // Built once when the type first has rows, so a focused chip keeps its node.
            let has = Memo::new(move |_| count() > 0);
            move || {
                has.get().then(|| {
                    let label = label.clone();
                    view! {
                        <button
                            type="button"
                            class="crm-chip"
                            data-kind=slug
                            aria-pressed=move || (kind.get() == Some(slug)).to_string()
                            on:click=move |_| kind.update(|k| *k = if *k == Some(slug) { None } else { Some(slug) })
                        >
                            {label}
                            <span class="crm-chip__count">{move || locale.number(count() as u64)}</span>
                        </button>
                    }
                })
            }
        })
        .collect_view();
    view! {
        <div class="crm-search">
            <input
                type="search"
                class="crm-search__input"
                aria-label=locale.text(Msg::SearchLabel, &[])
                placeholder=locale.text(Msg::SearchPlaceholder, &[])
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
            <div class="crm-search__chips" role="group" aria-label=locale.text(Msg::FilterLabel, &[])>
                <button
                    type="button"
                    class="crm-chip"
                    data-kind="all"
                    aria-pressed=move || kind.get().is_none().to_string()
                    on:click=move |_| kind.set(None)
                >
                    {locale.text(Msg::FilterAll, &[])}
                    <span class="crm-chip__count">{move || locale.number(loaded() as u64)}</span>
                </button>
                {chips}
            </div>
            <div class="crm-search__chips" role="group" aria-label=locale.text(Msg::ViewLabel, &[])>
                {[(false, "time", Msg::ViewByTime), (true, "contact", Msg::ViewByContact)]
                    .map(|(by_contact, slug, msg)| view! {
                        <Chip
                            data=("data-view", slug.to_owned())
                            pressed=Signal::derive(move || grouped.get() == by_contact)
                            on_click=Callback::new(move |()| grouped.set(by_contact))
                            label=locale.text(msg, &[])
                        />
                    })
                    .collect_view()}
            </div>
        </div>
    }
}
