use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::Range;
use crm_core::startup::DataSource;
use crm_core::view::card::{earlier_in, EARLIER_SHOWN};
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::{child, closest, element, focused_within, on, show_when};
use super::format::started;
use super::Open;
use crate::platform::reactive::{effect, memo};
use crate::state::ListView;

/// One earlier interaction as the card lists it.
#[derive(Debug, Clone, PartialEq)]
struct Earlier {
    id: String,
    /// When, the type and the queue: "Yesterday · Call · Billing".
    what: String,
    /// The wrap-up code's name, once known (never its id), and the agent's note; empty when
    /// there is none.
    wrap_up: String,
    note: String,
}

/// The current interaction (`gcConversationId`), as a card above the list: its contact's name
/// and address, how many earlier interactions the list has with the same contact (or that there
/// are none in the range shown), and with the Genesys source the newest three of them: when,
/// the type, the queue, and how each ended (the wrap-up code's name and the agent's note,
/// clipped to two lines, whole on focus or hover). Each opens in Genesys Cloud. Notes and names
/// are text, never HTML. Drawn by hand (`super::dom`).
///
/// - `parent`: where it shows (its place among the children is kept).
/// - `view`: the rows (the current one, once listed), the names and the range shown.
/// - `on_open`: what activating an earlier interaction asks Genesys Cloud to open.
/// - `locale`: the language of the labels.
pub fn current_card(parent: &Element, view: ListView, locale: Locale, on_open: UnsyncCallback<Open>) {
    let card = memo(move |_| {
        let opens = view.source_has(DataSource::opens_in_genesys);
        view.rows.with(|rows| {
            let row = rows.current()?;
            view.names.with(|book| {
                let names = book.names();
                let name =
                    names.display_name(row).map(str::to_owned).unwrap_or_else(|| locale.text(Msg::UnknownContact, &[]));
                let address = row.address.clone().filter(|a| *a != name);
                // The history is listed only where it opens in Genesys Cloud.
                let earlier = earlier_in(rows, row, if opens { EARLIER_SHOWN } else { 0 });
                let summary = match (earlier.count, view.range.get()) {
                    (0, Some(Range::Today)) => locale.text(Msg::NoEarlierToday, &[]),
                    (0, Some(Range::Days(days))) => locale.count(Msg::NoEarlierDays, u64::from(days)),
                    (n, _) => locale.count(Msg::Earlier, n as u64),
                };
                let items: Vec<Earlier> = earlier
                    .newest
                    .into_iter()
                    .map(|r| {
                        let mut what = r.started_ms.map(|ms| started(ms, locale) + " · ").unwrap_or_default();
                        what.push_str(&r.kind.localize(locale));
                        if let Some(queue) = names.queue(r) {
                            // Isolated, so a queue in another script keeps its place in the line.
                            what.push_str(" · \u{2068}");
                            what.push_str(queue);
                            what.push('\u{2069}');
                        }
                        Earlier {
                            id: r.id.clone(),
                            what,
                            wrap_up: names.wrap_up(r).unwrap_or_default().to_owned(),
                            note: r.note.clone().unwrap_or_default(),
                        }
                    })
                    .collect();
                Some((name, address, summary, items))
            })
        })
    });
    // The card shows while the current row is listed; its content is drawn again whenever it
    // changes, and a focused button keeps the focus.
    show_when(
        parent,
        move || card.with(Option::is_some),
        move || {
            let section = element(
                "section",
                "crm-current",
                &[("data-card", "current"), ("aria-label", &locale.text(Msg::CurrentInteraction, &[]))],
                None,
            );
            let el = section.clone();
            effect(move |_| {
                card.with(|c| {
                    if let Some((name, address, summary, items)) = c {
                        draw(&el, name, address.as_deref(), summary, items);
                    }
                })
            });
            on(&section, "click", true, move |e| {
                let id = closest(&e, "[data-earlier]").and_then(|b| b.get_attribute("data-earlier"));
                if let Some(id) = id {
                    on_open.run(Open::Interaction(id));
                }
            });
            section
        },
    );
}

/// The card's content: who, how many earlier, and the newest earlier ones as buttons.
fn draw(section: &Element, name: &str, address: Option<&str>, summary: &str, items: &[Earlier]) {
    let focused = focused_within(section, "data-earlier");
    section.set_text_content(None);
    let who = child(section, "p", "crm-current__who", &[], None);
    child(&who, "bdi", "crm-current__name", &[("data-part", "name")], Some(name));
    // A space, not a margin: an isolate's inline start is its own direction's, not the line's.
    let _space = who.append_with_str_1(" ");
    if let Some(a) = address {
        child(&who, "bdi", "crm-current__address", &[("data-part", "address")], Some(a));
    }
    child(section, "p", "crm-current__earlier", &[("data-part", "earlier")], Some(summary));
    let history = child(section, "ul", "crm-current__history", &[], None);
    for e in items {
        let li = child(&history, "li", "", &[], None);
        let button = child(&li, "button", "crm-earlier", &[("type", "button"), ("data-earlier", &e.id)], Some(&e.what));
        // The separators stay outside the isolates, so they keep the line's direction around a
        // note in another script.
        if !e.wrap_up.is_empty() {
            let _separator = button.append_with_str_1(" · ");
        }
        child(&button, "bdi", "crm-earlier__wrap-up", &[("data-part", "wrap-up")], Some(&e.wrap_up));
        if !e.note.is_empty() {
            let _separator = button.append_with_str_1(" — ");
        }
        child(&button, "bdi", "", &[("data-part", "note")], Some(&e.note));
        if focused.as_deref() == Some(e.id.as_str()) {
            let _focus_is_best_effort = button.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}
