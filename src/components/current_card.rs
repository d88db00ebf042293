use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::Range;
use crm_core::startup::DataSource;
use crm_core::view::card::{earlier_in, EARLIER_SHOWN};
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use super::format::started;
use super::Open;
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
/// are text, never HTML.
///
/// - `view`: the rows (the current one, once listed), the names and the range shown.
/// - `on_open`: what activating an earlier interaction asks Genesys Cloud to open.
/// - `locale`: the language of the labels.
#[component]
pub fn CurrentCard(view: ListView, locale: Locale, on_open: Option<UnsyncCallback<Open>>) -> impl IntoView {
    let card = Memo::new(move |_| {
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
    move || {
        card.get().map(|(name, address, summary, items)| {
            view! {
                <section class="crm-current" data-card="current" aria-label=locale.text(Msg::CurrentInteraction, &[])>
                    <p class="crm-current__who">
                        <bdi class="crm-current__name" data-part="name">{name}</bdi>
                        // A space, not a margin: an isolate's inline start is its own
                        // direction's, not the line's.
                        " "
                        {address.map(|a| view! { <bdi class="crm-current__address" data-part="address">{a}</bdi> })}
                    </p>
                    <p class="crm-current__earlier" data-part="earlier">{summary}</p>
                    <ul class="crm-current__history">
                        {items
                            .into_iter()
                            .map(|e| {
                                let id = e.id.clone();
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="crm-earlier"
                                            data-earlier=e.id
                                            on:click=move |_| {
                                                if let Some(open) = on_open {
                                                    open.run(Open::Interaction(id.clone()));
                                                }
                                            }
                                        >
                                            {e.what}
                                            // The separators stay outside the isolates, so they
                                            // keep the line's direction around a note in
                                            // another script.
                                            {(!e.wrap_up.is_empty()).then_some(" · ")}
                                            <bdi class="crm-earlier__wrap-up" data-part="wrap-up">{e.wrap_up}</bdi>
                                            {(!e.note.is_empty()).then_some(" — ")}
                                            <bdi data-part="note">{e.note}</bdi>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
