use crm_core::model::Interaction;
use crm_core::view::filter::{Filter, FilteredRows};
use crm_core::view::group::{Grouping, Item, TreeKey};
use crm_core::view::rows::ListModel;
use crm_core::view::viewport::{move_active, reveal, rows_to_render, Geometry, Move};
use leptos::callback::UnsyncCallback;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{InteractionRow, Open};
use crate::shell::browser::mark_after_paint;
use crm_core::i18n::{Locale, Msg};

/// Row heights in CSS pixels; `style/widget.css` uses the same (`--crm-row-height`).
/// Compact in a sidebar (a frame at most [`COMPACT_MAX_WIDTH`] wide), comfortable on wider pages.
pub const COMPACT_ROW_PX: usize = 52;
pub const COMFORTABLE_ROW_PX: usize = 60;
/// Matches the `max-width: 480px` media query in `style/widget.css`.
pub const COMPACT_MAX_WIDTH: f64 = 480.0;

fn is_compact() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w <= COMPACT_MAX_WIDTH)
}

/// The rows, virtualised: the list is as tall as all its rows (so the scrollbar tells the
/// truth), but only the rows in or near the viewport are in the document, each placed at its
/// own offset. Short lists are rendered whole. Rows are keyed by the load's epoch and their id,
/// so a row that stays in view keeps its DOM node (and its focus) while others come and go.
///
/// Keyboard: the list holds one tab stop; arrows, Page Up/Down, Home and End move between rows.
///
/// "By contact" (`grouped`), the list is a tree: each contact is a line (an [`InteractionRow`]
/// showing its newest interaction and its count), followed, when it is open, by its
/// interactions. The arrow that points forward in the reading direction (→, or ← right
/// to left) opens a contact, then goes to its first interaction; the other one closes it, or
/// goes from an interaction back to its contact.
///
/// - `model`: the list whose rows to show.
/// - `filter`: the search and type filter; only matching rows are listed.
/// - `grouped`: "By contact" rather than "By time".
/// - `locale`: the language of the labels.
/// - `on_open`: what activating a row (or its contact) asks for; rows open only when the
///   model says they come from Genesys.
#[component]
pub fn InteractionList(
    model: RwSignal<ListModel>,
    filter: RwSignal<Filter>,
    #[prop(into)] grouped: Signal<bool>,
    locale: Locale,
    #[prop(optional)] on_open: Option<UnsyncCallback<Open>>,
) -> impl IntoView {
    let names_version = Memo::new(move |_| model.with(ListModel::names_version));
    let opens = Memo::new(move |_| model.with(ListModel::opens_in_genesys));
    let viewport = NodeRef::<Div>::new();
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport_height = RwSignal::new(0.0_f64);
    let active = RwSignal::new(None::<usize>);
    // The rows that match the filter, brought up to date as pages arrive (each row checked once).
    let filtered = StoredValue::new(FilteredRows::default());
    let shown = Memo::new(move |_| {
        model.with(|m| filter.with(|f| filtered.update_value(|v| v.update(m, f))));
        filtered.with_value(FilteredRows::len)
    });
    let filtering = Memo::new(move |_| filter.with(Filter::is_active));
    // By contact: the shown rows' groups, and how many lines they make (with a version that
    // changes when the groups do, so headers redraw when groups grow; opening changes the count).
    let grouping = StoredValue::new(Grouping::default());
    let toggled = RwSignal::new(0_u64);
    let lines = Memo::new(move |previous: Option<&(usize, u64)>| {
        let n = shown.get();
        let version = previous.map_or(0, |p| p.1);
        if !grouped.get() {
            return (n, version);
        }
        let _opened = toggled.get();
        let changed = model.with(|m| filtered.with_value(|f| grouping.try_update_value(|g| g.update(m, f))));
        (grouping.with_value(Grouping::len), version + u64::from(changed.unwrap_or(false)))
    });
    let count = move || lines.get().0;
    let on_toggle = Callback::new(move |group: usize| {
        grouping.update_value(|g| {
            g.toggle(group);
        });
        toggled.update(|t| *t += 1);
    });
    let epoch = Memo::new(move |_| model.with(ListModel::epoch));

    let compact = RwSignal::new(is_compact());
    let row_px = Memo::new(move |_| if compact.get() { COMPACT_ROW_PX } else { COMFORTABLE_ROW_PX });
    let measure = move || {
        compact.set(is_compact());
        if let Some(el) = viewport.get_untracked() {
            viewport_height.set(el.client_height() as f64);
            scroll_top.set(el.scroll_top() as f64);
        }
    };
    // Measure once mounted, whenever the layout above the list may have changed (an alert,
    // a notice), and when the frame is resized.
    Effect::new(move |_| {
        model.with(|m| m.phase.name());
        viewport.track();
        request_animation_frame(measure);
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // A new load, a new filter or another view starts at the top with nothing focused.
    Effect::new(move |previous: Option<(u64, Filter, bool)>| {
        let now = (epoch.get(), filter.get(), grouped.get());
        if previous.is_some_and(|p| p != now) {
            active.set(None);
            if let Some(el) = viewport.get_untracked() {
                el.set_scroll_top(0);
            }
        }
        now
    });

    let geometry = move || Geometry {
        row_height: row_px.get() as f64,
        scroll_top: scroll_top.get(),
        viewport_height: viewport_height.get(),
    };
    // Where each rendered row is now: a row keeps its node while it is in view, and moves
    // (index, offset) when rows arrive above it. With its place among its siblings (posinset,
    // setsize): in the list, or by contact among the contacts or within its contact.
    let positions = RwSignal::new(std::collections::HashMap::<String, (usize, usize, usize)>::new());
    let rows = move || {
        let g = geometry();
        let keep = active.get();
        let by_contact = grouped.get();
        let items = model.with(|m| {
            let n = count();
            filtered.with_value(|f| {
                grouping.with_value(|groups| {
                    rows_to_render(n, g, keep)
                        .into_iter()
                        .filter_map(|i| {
                            let (line, at, size) = if by_contact {
                                match groups.item(i)? {
                                    Item::Group(at) => {
                                        let group = &groups.groups()[at];
                                        let line = Line::Group(group.key.clone(), m.row(group.latest())?.clone());
                                        (line, at, groups.groups().len())
                                    }
                                    Item::Row { group, at, index } => {
                                        (Line::Row(m.row(index)?.clone()), at, groups.groups()[group].rows.len())
                                    }
                                }
                            } else {
                                (Line::Row(m.row(f.index(i)?)?.clone()), i, n)
                            };
                            Some(((m.epoch(), g.row_height as usize, by_contact), (i, at + 1, size), line))
                        })
                        .collect::<Vec<_>>()
                })
            })
        });
        let now: std::collections::HashMap<String, (usize, usize, usize)> =
            items.iter().map(|(_, place, l)| (l.key(), *place)).collect();
        if positions.with_untracked(|p| *p != now) {
            positions.set(now);
        }
        items
    };
    // Rows that arrive live go on top: the active row (and what is in view) stays where it is.
    let on_top = Memo::new(move |_| model.with(|m| (m.epoch(), m.live_rows())));
    Effect::new(move |previous: Option<(u64, usize)>| {
        let (epoch_now, live_now) = on_top.get();
        if let Some((epoch_then, live_then)) = previous {
            let added = live_now.saturating_sub(live_then);
            if epoch_then == epoch_now && added > 0 && !filtering.get_untracked() && !grouped.get_untracked() {
                let first = usize::from(model.with_untracked(ListModel::has_pinned));
                if let Some(a) = active.get_untracked().filter(|a| *a >= first) {
                    active.set(Some(a + added));
                }
                if let Some(el) = viewport.get_untracked().filter(|el| el.scroll_top() > 0) {
                    let top = el.scroll_top() + (added * row_px.get_untracked()) as i32;
                    el.set_scroll_top(top);
                    scroll_top.set(f64::from(top));
                }
            }
        }
        (epoch_now, live_now)
    });

    // Mark the first painted row of each load, for the benchmark.
    Effect::new(move |marked: Option<(u64, bool)>| {
        let (now, has_rows) = (epoch.get(), model.with(ListModel::loaded) > 0);
        let already = marked.is_some_and(|(e, m)| e == now && m);
        if has_rows && !already {
            mark_after_paint("crm:first-row");
        }
        (now, has_rows || already)
    });

    // By contact: open, close, or step between a contact and its interactions.
    let tree_key = move |key: TreeKey| -> Option<usize> {
        let at = active.get_untracked()?;
        let (next, open) = grouping.with_value(|g| match (g.item(at)?, key) {
            (Item::Group(group), TreeKey::Open) if g.is_expanded(group) => Some((at + 1, None)),
            (Item::Group(group), k) => Some((at, Some((group, k == TreeKey::Open)))),
            (Item::Row { group, .. }, TreeKey::Close) => Some((g.header(group)?, None)),
            (Item::Row { .. }, TreeKey::Open) => None,
        })?;
        if let Some((group, open)) = open {
            if grouping.try_update_value(|g| g.set_expanded(group, open)) == Some(true) {
                toggled.update(|t| *t += 1);
            }
        }
        Some(next)
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        let key = event.key();
        let g = geometry();
        let page = (g.viewport_height / g.row_height).floor() as usize;
        let next = match (TreeKey::from_key(&key, locale.rtl()), Move::from_key(&key)) {
            (Some(k), _) if grouped.get_untracked() => tree_key(k),
            (_, Some(m)) => move_active(active.get_untracked(), m, count(), page),
            _ => None,
        };
        let Some(next) = next else { return };
        event.prevent_default();
        active.set(Some(next));
        if let (Some(el), Some(top)) = (viewport.get_untracked(), reveal(next, g)) {
            el.set_scroll_top(top.round() as i32);
            scroll_top.set(top);
        }
        // Focus once the row is rendered.
        request_animation_frame(move || focus_row(viewport, next));
    };

    let filter_status = move || match shown.get() {
        0 => locale.text(Msg::NoMatches, &[]),
        n => locale.text(Msg::Shown, &[&locale.number(n as u64)]),
    };
    view! {
        <Show when=move || filtering.get()>
            <p class="crm__notice crm__notice--filter" role="status" data-filter-status="">{filter_status}</p>
        </Show>
        <div class="crm__viewport" data-list="" node_ref=viewport on:scroll=move |_| measure()>
            <ul
                class="crm__list"
                class:crm__list--compact=move || compact.get()
                role=move || grouped.get().then_some("tree")
                aria-label=locale.text(Msg::ListLabel, &[])
                style:height=move || format!("{}px", count() * row_px.get())
                on:keydown=on_keydown
            >
                // Keyed by load, density and id: a row keeps its node (and focus) while it stays
                // in view, also when rows arrive above it.
                <For each=rows key=|(load, _, line)| (*load, line.key()) let:item>
                    {
                        let place = {
                            let (key, first) = (item.2.key(), item.1);
                            Signal::derive(move || positions.with(|p| p.get(&key).copied().unwrap_or(first)))
                        };
                        let (row, group) = match item.2 {
                            Line::Row(row) => (row, None),
                            Line::Group(key, row) => (row, Some(Signal::derive(move || {
                                let _changed = lines.get();
                                grouping.with_value(|g| {
                                    let at = g.position(&key).unwrap_or(0);
                                    (at, g.groups().get(at).map_or(0, |g| g.rows.len()), g.is_expanded(at))
                                })
                            }))),
                        };
                        view! {
                            <InteractionRow
                                place=place
                                row=row
                                row_px=item.0 .1
                                active=active
                                model=model
                                names_version=names_version
                                on_open=on_open.filter(|_| opens.get_untracked())
                                nested=item.0 .2 && group.is_none()
                                group=group
                                on_toggle=on_toggle
                                locale=locale
                            />
                        }
                    }
                </For>
            </ul>
        </div>
    }
}

fn focus_row(viewport: NodeRef<Div>, index: usize) {
    let Some(el) = viewport.get_untracked() else { return };
    if let Ok(Some(row)) = el.query_selector(&format!("[data-index=\"{index}\"]")) {
        if let Some(row) = row.dyn_ref::<web_sys::HtmlElement>() {
            let _focus_is_best_effort = row.focus();
        }
    }
}

/// One line of the list: an interaction, or (by contact) a contact's header.
#[derive(Clone)]
enum Line {
    Row(Interaction),
    /// A group's key, and its newest row (which the header shows).
    Group(String, Interaction),
}

impl Line {
    /// What the line is keyed by: the row's id, or the group's key (`c:`, `a:`, `i:`…).
    fn key(&self) -> String {
        match self {
            Line::Row(row) => row.id.clone(),
            Line::Group(key, row) => format!("g{key} {}", row.id),
        }
    }
}
