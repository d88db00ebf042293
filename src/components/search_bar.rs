use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::Range;
use crm_core::startup::DataSource;
use crm_core::view::filter::{Filter, KINDS};
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::{child, closest, element, on, set, text};
use crate::platform::reactive::{effect, memo, Slot};
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
/// Drawn by hand (`super::dom`), once, then brought up to date by one effect; its clicks and
/// Escape are its root's own listeners, in the capture phase, and the search box has its own
/// (so an event a script sends to a chip or the box need not bubble). A chip keeps its node
/// (and its focus) while it shows, and only what changed is written (a screen reader hears no
/// label rewritten with the same words).
///
/// - `view`: the rows (for the counts; the search box and the type and view chips are hidden
///   while there are none, `style/widget.css`), the range shown and the kind of source.
/// - `filter`: written with what the agent asks for.
/// - `grouped`: the "By time" / "By contact" switch.
/// - `on_range`: called with the time range chosen.
/// - `locale`: the language of the labels.
pub fn search_bar(
    view: ListView,
    filter: Slot<Filter>,
    grouped: Slot<bool>,
    on_range: UnsyncCallback<Range>,
    locale: Locale,
) -> Element {
    let text = Slot::new(String::new());
    let kind = Slot::new(None::<&'static str>);
    effect(move |_| filter.set(Filter::new(&text.get(), kind.get())));
    let open = Slot::new(false);
    // The range of this load (sources with time ranges only), and the one the session started
    // with, which is no filter; another one is.
    let range = memo(move |_| view.range.get().filter(|_| view.source_has(DataSource::has_ranges)));
    let first_range = memo(move |first: Option<&Option<Range>>| first.copied().flatten().or_else(|| view.range.get()));
    let active = move || {
        usize::from(kind.get().is_some())
            + usize::from(grouped.get())
            + usize::from(view.range.get() != first_range.get())
    };
    let root = element("div", "crm-search", &[], None);
    let parts = Slot::new(Parts::build(&root, text, locale));
    effect(move |_| {
        let now = Now {
            open: open.get(),
            active: active(),
            range: range.get(),
            kind: kind.get(),
            grouped: grouped.get(),
            counts: view.rows.with(|r| (r.loaded(), KINDS.map(|k| r.kind_count(k.slug())))),
        };
        parts.update_untracked(|p| p.update(&now, locale));
    });
    on(&root, "click", true, move |e| {
        let Some(button) = closest(&e, "button") else { return };
        let data = |name: &str| button.get_attribute(name);
        if data("data-action").as_deref() == Some("filters") {
            open.set(!open.get_untracked());
        } else if let Some(slug) = data("data-kind") {
            let slug = KINDS.iter().map(|k| k.slug()).find(|k| *k == slug);
            kind.update(|k| *k = if slug.is_none() || *k == slug { None } else { slug });
        } else if let Some(by) = data("data-view") {
            grouped.set(by == "contact");
        } else if let Some(slug) = data("data-range") {
            if let Some(r) = Range::CHIPS.into_iter().find(|r| r.slug() == slug) {
                on_range.run(r);
            }
        }
    });
    on(&root, "keydown", true, move |e| {
        if e.unchecked_ref::<web_sys::KeyboardEvent>().key() == "Escape" && open.get_untracked() {
            e.prevent_default();
            open.set(false);
            let button = document().get_element_by_id(TOGGLE_ID);
            if let Some(button) = button.as_ref().and_then(|b| b.dyn_ref::<web_sys::HtmlElement>()) {
                let _focus_is_a_nicety = button.focus();
            }
        }
    });
    root
}

/// What the search bar shows now.
struct Now {
    open: bool,
    active: usize,
    range: Option<Range>,
    kind: Option<&'static str>,
    grouped: bool,
    /// The rows loaded, and of each type of [`KINDS`].
    counts: (usize, [usize; KINDS.len()]),
}

/// The search bar's nodes that change.
struct Parts {
    toggle: Element,
    /// The Filters button's visible count, and its name for screen readers.
    active: Element,
    name: Element,
    filters: Element,
    /// The time range chips' group, while the source has ranges.
    ranges: Option<(Element, Vec<(Range, Element)>)>,
    types: Element,
    all: (Element, Element),
    /// Each type's chip and its count, while the list has rows of it.
    kinds: Vec<Option<(Element, Element)>>,
    views: [Element; 2],
}

/// A chip (`aria-pressed`) in `parent`, named by its data attribute, with its label.
fn chip(parent: &Element, data: (&str, &str), label: &str) -> Element {
    child(parent, "button", "crm-chip", &[("type", "button"), data], Some(label))
}

/// A group of chips with its name.
fn group(parent: &Element, class: &str, label: String) -> Element {
    child(parent, "div", class, &[("role", "group"), ("aria-label", &label)], None)
}

impl Parts {
    fn build(root: &Element, text: Slot<String>, locale: Locale) -> Parts {
        let line = child(root, "div", "crm-search__line", &[], None);
        let search = locale.text(Msg::SearchLabel, &[]);
        let placeholder = locale.text(Msg::SearchPlaceholder, &[]);
        let input = &[("type", "search"), ("aria-label", search.as_str()), ("placeholder", placeholder.as_str())];
        let input = child(&line, "input", "crm-search__input", input, None);
        on(&input, "input", false, move |e| text.set(event_target_value(&e)));
        let toggle = child(
            &line,
            "button",
            "crm-chip crm-search__toggle",
            &[("type", "button"), ("data-action", "filters"), ("aria-controls", FILTERS_ID), ("id", TOGGLE_ID)],
            None,
        );
        // What is seen ("Filters 2") is hidden from screen readers, which hear the whole
        // sentence ("Filters, 2 active") as the button's name: an aria-label would differ from
        // the visible text where the count is said in words.
        let seen = child(&toggle, "span", "", &[("aria-hidden", "true")], Some(&locale.text(Msg::Filters, &[])));
        let active = child(&seen, "span", "crm-chip__count", &[("data-part", "active")], None);
        let name = child(&toggle, "span", "crm__sr-only", &[], None);
        // Shown while the button is expanded (`style/widget.css`), or always in a wide frame.
        let filters = child(root, "div", "crm-filters", &[("id", FILTERS_ID)], None);
        let types = group(&filters, "crm-search__chips", locale.text(Msg::FilterLabel, &[]));
        let all = chip(&types, ("data-kind", "all"), &locale.text(Msg::FilterAll, &[]));
        let all_count = child(&all, "span", "crm-chip__count", &[], None);
        let views = group(&filters, "crm-search__chips", locale.text(Msg::ViewLabel, &[]));
        let views = [("time", Msg::ViewByTime), ("contact", Msg::ViewByContact)]
            .map(|(slug, msg)| chip(&views, ("data-view", slug), &locale.text(msg, &[])));
        Parts {
            toggle,
            active,
            name,
            filters,
            ranges: None,
            types,
            all: (all, all_count),
            kinds: KINDS.iter().map(|_| None).collect(),
            views,
        }
    }

    fn update(&mut self, now: &Now, locale: Locale) {
        let pressed = |el: &Element, on: bool| set(el, "aria-pressed", Some(if on { "true" } else { "false" }));
        set(&self.toggle, "aria-expanded", Some(if now.open { "true" } else { "false" }));
        let (seen, name) = match now.active {
            0 => (String::new(), locale.text(Msg::Filters, &[])),
            n => (locale.number(n as u64), locale.count(Msg::FiltersActive, n as u64)),
        };
        text(&self.active, &seen);
        text(&self.name, &name);
        // The range chips show while the load has a range (sources with time ranges only).
        match (now.range, &self.ranges) {
            (Some(_), None) => {
                let label = locale.text(Msg::RangeLabel, &[]);
                let range = element("div", "crm-range", &[("role", "group"), ("aria-label", &label)], None);
                let chips = Range::CHIPS
                    .into_iter()
                    .map(|r| {
                        let label = match r {
                            Range::Today => locale.text(Msg::RangeToday, &[]),
                            Range::Days(n) => locale.count(Msg::RangeDays, u64::from(n)),
                        };
                        (r, chip(&range, ("data-range", &r.slug()), &label))
                    })
                    .collect();
                let _first = self.filters.insert_before(&range, self.filters.first_child().as_ref());
                self.ranges = Some((range, chips));
            }
            (None, Some((range, _))) => {
                range.remove();
                self.ranges = None;
            }
            _ => {}
        }
        if let Some((_, chips)) = &self.ranges {
            for (r, el) in chips {
                pressed(el, now.range == Some(*r));
            }
        }
        let (loaded, counts) = &now.counts;
        pressed(&self.all.0, now.kind.is_none());
        text(&self.all.1, &locale.number(*loaded as u64));
        // A chip for each type the list has rows of, with its count, in the order of `KINDS`;
        // built when the type first has rows, so a focused chip keeps its node.
        let mut after: Option<web_sys::Node> = None;
        for (i, k) in KINDS.iter().enumerate().rev() {
            let count = counts[i];
            match (&self.kinds[i], count > 0) {
                (None, true) => {
                    let label = k.localize(locale);
                    let el =
                        element("button", "crm-chip", &[("type", "button"), ("data-kind", k.slug())], Some(&label));
                    let count = child(&el, "span", "crm-chip__count", &[], None);
                    let _placed = self.types.insert_before(&el, after.as_ref());
                    self.kinds[i] = Some((el, count));
                }
                (Some((el, _)), false) => {
                    el.remove();
                    self.kinds[i] = None;
                }
                _ => {}
            }
            if let Some((el, count_el)) = &self.kinds[i] {
                pressed(el, now.kind == Some(k.slug()));
                text(count_el, &locale.number(count as u64));
                after = Some(el.clone().into());
            }
        }
        pressed(&self.views[0], !now.grouped);
        pressed(&self.views[1], now.grouped);
    }
}
