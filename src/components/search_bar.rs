use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::Range;
use crm_core::view::filter::{Filter, KINDS};
use leptos::callback::UnsyncCallback;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Chip, RangeChips};
use crate::state::ListView;

/// The id of the filters' panel, which the Filters button controls, and the button's.
const FILTERS_ID: &str = "crm-filters";
const TOGGLE_ID: &str = "crm-filters-toggle";

/// The search box (name or address) and the filters: the time range, the type chips with
/// their counts, and "By time" / "By contact". Search and type act on every loaded row, and the
/// counts grow as pages arrive.
///
/// In a narrow frame (a sidebar, `style/widget.css`) the search box shares its line with a
/// Filters button (`aria-expanded`, `aria-controls`) that opens the filters below it, and says
/// how many are active (a type, a range other than the first, "By contact"); Escape closes them
/// and gives the focus back to the button. Wide frames show the chips and no button.
///
/// - `view`: the rows (for the counts; the search box and the type and view chips are hidden
///   while there are none, `style/widget.css`), the range shown and the kind of source.
/// - `filter`: written with what the agent asks for.
/// - `grouped`: the "By time" / "By contact" switch.
/// - `on_range`: called with the time range chosen.
/// - `locale`: the language of the labels.
#[component]
pub fn SearchBar(
    view: ListView,
    filter: RwSignal<Filter>,
    grouped: RwSignal<bool>,
    on_range: UnsyncCallback<Range>,
    locale: Locale,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| filter.set(Filter::new(&text.get(), kind.get())));
    let loaded = move || view.rows.with(|r| r.loaded());
    let open = RwSignal::new(false);
    // The range the session started with is no filter; another one is.
    let first_range =
        Memo::new(move |first: Option<&Option<Range>>| first.copied().flatten().or_else(|| view.range.get()));
    let active = move || {
        usize::from(kind.get().is_some())
            + usize::from(grouped.get())
            + usize::from(view.range.get() != first_range.get())
    };
    let escape = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            e.prevent_default();
            open.set(false);
            let button = document().get_element_by_id(TOGGLE_ID);
            if let Some(button) = button.as_ref().and_then(|b| b.dyn_ref::<web_sys::HtmlElement>()) {
                let _focus_is_a_nicety = button.focus();
            }
        }
    };
    view! {
        <div class="crm-search" on:keydown=escape>
            <div class="crm-search__line">
                <input
                    type="search"
                    class="crm-search__input"
                    aria-label=locale.text(Msg::SearchLabel, &[])
                    placeholder=locale.text(Msg::SearchPlaceholder, &[])
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
                <button
                    type="button"
                    class="crm-chip crm-search__toggle"
                    data-action="filters"
                    aria-controls=FILTERS_ID
                    aria-expanded=move || open.get().to_string()
                    id=TOGGLE_ID
                    on:click=move |_| open.set(!open.get_untracked())
                >
                    // What is seen ("Filters 2") is hidden from screen readers, which hear the
                    // whole sentence ("Filters, 2 active") as the button's name: an aria-label
                    // would differ from the visible text where the count is said in words.
                    <span aria-hidden="true">
                        {locale.text(Msg::Filters, &[])}
                        <span class="crm-chip__count" data-part="active">{move || match active() {
                            0 => String::new(),
                            n => locale.number(n as u64),
                        }}</span>
                    </span>
                    <span class="crm__sr-only">{move || match active() {
                        0 => locale.text(Msg::Filters, &[]),
                        n => locale.count(Msg::FiltersActive, n as u64),
                    }}</span>
                </button>
            </div>
            // Shown while the button is expanded (`style/widget.css`), or always in a wide frame.
            <div id=FILTERS_ID class="crm-filters">
                <RangeChips view=view on_range=on_range locale=locale />
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
                    {kind_chips(view, kind, locale)}
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
        </div>
    }
}

/// A chip for each type the list has rows of, with its count.
fn kind_chips(view: ListView, kind: RwSignal<Option<&'static str>>, locale: Locale) -> impl IntoView {
    KINDS
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
        .collect_view()
}
