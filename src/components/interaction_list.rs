use crm_core::i18n::{Locale, Msg};
use crm_core::startup::DataSource;
use crm_core::view::filter::{Filter, FilteredRows};
use crm_core::view::group::{Grouping, TreeKey};
use crm_core::view::lines::{group_info, lines, tree_move, Place, TreeMove};
use crm_core::view::viewport::{move_active, overscan, reveal, rows_to_render, Geometry, Move};
use leptos::callback::UnsyncCallback;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlUListElement};

use super::dom::{bind, bind_text, child, element, follow, on, show_when};
use super::interaction_row::{Activate, RowInput, RowNode};
use super::Open;
use crate::platform::browser::{after_next_frame, mark_next_frame};
use crate::platform::reactive::{effect, memo, Read, Slot};
use crate::state::ListView;

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
/// Which lines there are, and where, is the core's (`crm_core::view::lines`).
///
/// Keyboard: the list holds one tab stop; arrows, Page Up/Down, Home and End move between rows.
/// "By contact" (`grouped`), the list is a tree: → (← right to left) opens a contact, then goes
/// to its first interaction; the other arrow closes it, or goes back from an interaction.
///
/// Drawn by hand (`super::dom`): the filter's status (while a filter is on) and the viewport
/// with its list, appended to `parent`.
///
/// - `view`: the rows, the names (a search matches names learned later) and the kind of source.
/// - `filter`: the search and type filter; only matching rows are listed.
/// - `grouped`: "By contact" rather than "By time".
/// - `locale`: the language of the labels.
/// - `on_open`: what activating a row (or its contact) asks for; rows open only with a source
///   whose rows open in Genesys Cloud.
pub fn interaction_list(
    parent: &Element,
    view: ListView,
    filter: Slot<Filter>,
    grouped: Read<bool>,
    locale: Locale,
    on_open: UnsyncCallback<Open>,
) {
    let opens = memo(move |_| view.source_has(DataSource::opens_in_genesys));
    let scroll_top = Slot::new(0.0_f64);
    let viewport_height = Slot::new(0.0_f64);
    let active = Slot::new(None::<usize>);
    // The rows that match the filter, brought up to date as pages arrive (each row checked once).
    let filtered = Slot::new(FilteredRows::default());
    let shown = memo(move |_| {
        view.rows.with(|r| view.names.with(|n| filter.with(|f| filtered.update_untracked(|v| v.update(r, n, f)))));
        filtered.with_untracked(FilteredRows::len)
    });
    let filtering = memo(move |_| filter.with(Filter::is_active));
    show_when(
        parent,
        move || filtering.get(),
        move || {
            let p = element(
                "p",
                "crm__notice crm__notice--filter",
                &[("role", "status"), ("data-filter-status", "")],
                None,
            );
            bind_text(&p, move || match shown.get() {
                0 => locale.text(Msg::NoMatches, &[]),
                n => locale.text(Msg::Shown, &[&locale.number(n as u64)]),
            });
            p
        },
    );
    let viewport_el = child(parent, "div", "crm__viewport", &[("data-list", "")], None);
    let list = child(&viewport_el, "ul", "crm__list", &[("aria-label", &locale.text(Msg::ListLabel, &[]))], None);
    let viewport = Slot::new(viewport_el.clone());
    // By contact: the shown rows' groups, and how many lines they make (with a version that
    // changes when the groups do, so headers redraw when groups grow; opening changes the count).
    let grouping = Slot::new(Grouping::default());
    let toggled = Slot::new(0_u64);
    let count_and_version = memo(move |previous: Option<&(usize, u64)>| {
        let n = shown.get();
        let version = previous.map_or(0, |p| p.1);
        if !grouped.get() {
            return (n, version);
        }
        let _opened = toggled.get();
        let changed =
            view.rows.with(|r| filtered.with_untracked(|f| grouping.try_update_untracked(|g| g.update(r, f))));
        (grouping.with_untracked(Grouping::len), version + u64::from(changed.unwrap_or(false)))
    });
    let count = move || count_and_version.get().0;
    let on_toggle = move |group: usize| {
        grouping.update_untracked(|g| {
            g.toggle(group);
        });
        toggled.update(|t| *t += 1);
    };
    let epoch = memo(move |_| view.rows.with(|r| r.epoch()));

    let compact = Slot::new(is_compact());
    let row_px = memo(move |_| if compact.get() { COMPACT_ROW_PX } else { COMFORTABLE_ROW_PX });
    let measure = move || {
        compact.set(is_compact());
        if let Some(el) = viewport.try_get_untracked() {
            viewport_height.set(el.client_height() as f64);
            scroll_top.set(el.scroll_top() as f64);
        }
    };
    // Measure once mounted, whenever the layout above the list may have changed (an alert,
    // a notice), and when the frame is resized.
    effect(move |_| {
        view.load.with(|l| l.phase.name());
        request_animation_frame(measure);
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // A new load, a new filter or another view starts at the top with nothing focused.
    effect(move |previous: Option<(u64, Filter, bool)>| {
        let now = (epoch.get(), filter.get(), grouped.get());
        if previous.is_some_and(|p| p != now) {
            active.set(None);
            if let Some(el) = viewport.try_get_untracked() {
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
    // The lines in or near the viewport, drawn by hand: a node per line, kept by the load, the
    // density and the line's key, so a row that stays in view keeps its node (and its focus),
    // also when rows arrive above it; only what changed is drawn again.
    let ul = list.clone().unchecked_into::<HtmlUListElement>();
    let drawn = Slot::new(Drawn::default());
    // Whether the first rows' frame has been drawn: until then only the rows in view are.
    let first_rows_drawn = Slot::new(false);
    effect(move |_| {
        let g = geometry();
        let n = count();
        let at = active.get();
        let which = rows_to_render(n, g, at, overscan(first_rows_drawn.get(), g));
        let by_contact = grouped.get();
        let opens = opens.get();
        let generation = (epoch.get(), row_px.get());
        let refocus = view.rows.with(|r| {
            view.names.with(|known| {
                filtered.with_untracked(|f| {
                    grouping.with_untracked(|groups| {
                        let lines = lines(r, f, groups, by_contact, n, &which);
                        let inputs = lines.iter().map(|line| RowInput {
                            names: RowInput::names_of(&line.row, known.names()),
                            group: line.group_key().map(|key| group_info(groups, key)),
                            nested: line.is_nested(),
                            current: r.is_current(&line.row),
                            opens,
                            row: line.row.clone(),
                        });
                        let keyed = lines.iter().map(|l| (l.key(), l.place)).zip(inputs).collect::<Vec<_>>();
                        drawn
                            .try_update_untracked(|d| d.draw(&ul, generation, keyed, at.unwrap_or(0), locale))
                            .flatten()
                    })
                })
            })
        });
        // Given back once nothing is held: the focus event runs the list's listeners at once.
        if let Some(button) = refocus {
            let _focus_is_best_effort = button.focus();
        }
    });
    // The rows' events, one listener each for every row, in the capture phase (so an event a
    // script sends to a row need not bubble): a click on a row or on one of its buttons, Enter
    // on a row, and a row taking the focus.
    let act = move |target: Option<web_sys::EventTarget>, on_row_only: bool| -> bool {
        let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
        let Some(li) = target.closest("li[data-index]").ok().flatten() else { return false };
        if on_row_only && !target.is_same_node(Some(&li)) {
            return false;
        }
        let action = target.closest("button[data-action]").ok().flatten().and_then(|b| b.get_attribute("data-action"));
        let what = drawn
            .try_with_untracked(|d| {
                let input = d.input_of(&li)?;
                match action {
                    Some(action) => input.action(&action).map(Activate::Open),
                    None => input.activate(),
                }
            })
            .flatten();
        match what {
            Some(Activate::Open(open)) => {
                on_open.run(open);
                true
            }
            Some(Activate::Toggle(group)) => {
                on_toggle(group);
                true
            }
            None => false,
        }
    };
    // A row taking the focus becomes the active one; a button in it does not. (`try_`: never a
    // panic, should a focus ever come while the rows are being drawn.)
    on(&list, "focus", true, move |event| {
        let li = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let li = li.filter(|el| el.matches("li[data-index]").unwrap_or(false));
        if let Some(index) = li.and_then(|li| drawn.try_with_untracked(|d| d.place_of(&li)).flatten()) {
            active.set(Some(index));
        }
    });

    // Rows that arrive live go on top: the active row (and what is in view) stays where it is.
    let on_top = memo(move |_| view.rows.with(|r| (r.epoch(), r.live_rows())));
    effect(move |previous: Option<(u64, usize)>| {
        let (epoch_now, live_now) = on_top.get();
        if let Some((epoch_then, live_then)) = previous {
            let added = live_now.saturating_sub(live_then);
            if epoch_then == epoch_now && added > 0 && !filtering.get_untracked() && !grouped.get_untracked() {
                let first = usize::from(view.rows.with_untracked(|r| r.has_pinned()));
                if let Some(a) = active.get_untracked().filter(|a| *a >= first) {
                    active.set(Some(a + added));
                }
                if let Some(el) = viewport.try_get_untracked().filter(|el| el.scroll_top() > 0) {
                    let top = el.scroll_top() + (added * row_px.get_untracked()) as i32;
                    el.set_scroll_top(top);
                    scroll_top.set(f64::from(top));
                }
            }
        }
        (epoch_now, live_now)
    });

    // Mark the first painted row of each load, for the benchmark.
    effect(move |marked: Option<(u64, bool)>| {
        let (now, has_rows) = (epoch.get(), view.rows.with(|r| r.loaded()) > 0);
        let already = marked.is_some_and(|(e, m)| e == now && m);
        if has_rows && !already {
            mark_next_frame("crm:first-row");
            if !first_rows_drawn.get_untracked() {
                after_next_frame(move || first_rows_drawn.set(true));
            }
        }
        (now, has_rows || already)
    });

    on(&list, "keydown", true, move |event| {
        let key = event.unchecked_ref::<web_sys::KeyboardEvent>().key();
        // Enter on a row itself; the buttons inside answer Enter as buttons do.
        if key == "Enter" {
            if act(event.target(), true) {
                event.prevent_default();
            }
            return;
        }
        let g = geometry();
        let page = (g.viewport_height / g.row_height).floor() as usize;
        let next = match (TreeKey::from_key(&key, locale.rtl()), Move::from_key(&key)) {
            (Some(k), _) if grouped.get_untracked() => {
                let at = active.get_untracked();
                match at.map(|at| grouping.with_untracked(|groups| tree_move(groups, at, k))) {
                    Some(TreeMove::Focus(line)) => Some(line),
                    Some(TreeMove::Expand { group, open }) => {
                        if grouping.try_update_untracked(|g| g.set_expanded(group, open)) == Some(true) {
                            toggled.update(|t| *t += 1);
                        }
                        at
                    }
                    Some(TreeMove::Stay) | None => None,
                }
            }
            (_, Some(m)) => move_active(active.get_untracked(), m, count(), page),
            _ => None,
        };
        let Some(next) = next else { return };
        event.prevent_default();
        active.set(Some(next));
        if let (Some(el), Some(top)) = (viewport.try_get_untracked(), reveal(next, g)) {
            el.set_scroll_top(top.round() as i32);
            scroll_top.set(top);
        }
        // Focus once the row is rendered.
        request_animation_frame(move || focus_row(viewport, next));
    });

    on(&list, "click", true, move |e| {
        act(e.target(), false);
    });
    on(&viewport_el, "scroll", false, move |_| measure());
    bind(&list, "class", move || {
        Some(if compact.get() { "crm__list crm__list--compact" } else { "crm__list" }.to_owned())
    });
    bind(&list, "role", move || grouped.get().then(|| "tree".to_owned()));
    let style = list.unchecked_ref::<HtmlElement>().style();
    follow(move |_| {
        let _set = style.set_property("height", &format!("{}px", count() * row_px.get()));
    });
}

fn focus_row(viewport: Slot<Element>, index: usize) {
    let Some(el) = viewport.try_get_untracked() else { return };
    if let Ok(Some(row)) = el.query_selector(&format!("[data-index=\"{index}\"]")) {
        if let Some(row) = row.dyn_ref::<web_sys::HtmlElement>() {
            let _focus_is_best_effort = row.focus();
        }
    }
}

/// The lines drawn now, by key, and what they were drawn for (the load and the row height: a
/// new load or density draws every line anew).
#[derive(Default)]
struct Drawn {
    generation: (u64, usize),
    /// By key; a few dozen at most (the lines in and near the viewport), so a list.
    nodes: Vec<(String, RowNode)>,
}

impl Drawn {
    /// Brings `ul` to `lines` (key, place, input), in their order: lines that left are removed,
    /// new ones created, the rest updated where they are (no node moves unless the order changed).
    /// Returns the button to give the focus back to, if a focused row was drawn again.
    fn draw(
        &mut self,
        ul: &web_sys::HtmlUListElement,
        generation: (u64, usize),
        lines: Vec<((String, Place), RowInput)>,
        active: usize,
        locale: Locale,
    ) -> Option<web_sys::HtmlElement> {
        if self.generation != generation {
            for (_, node) in &self.nodes {
                node.li.remove();
            }
            self.nodes.clear();
            self.generation = generation;
        }
        self.nodes.retain(|(key, node)| {
            let keep = lines.iter().any(|((k, _), _)| k == key);
            if !keep {
                node.li.remove();
            }
            keep
        });
        let mut next = ul.first_child();
        let mut refocus = None;
        for ((key, place), input) in lines {
            let at = match self.nodes.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    self.nodes.push((key, RowNode::default()));
                    self.nodes.len() - 1
                }
            };
            let node = &mut self.nodes[at].1;
            refocus = node.draw(input, place, place.index == active, generation.1, locale).or(refocus);
            let li: &web_sys::Node = node.li.as_ref();
            if next.as_ref().is_some_and(|n| n.is_same_node(Some(li))) {
                next = li.next_sibling();
            } else {
                let _inserted = ul.insert_before(li, next.as_ref());
            }
        }
        refocus
    }

    fn node_of(&self, li: &web_sys::Element) -> Option<&RowNode> {
        self.nodes.iter().map(|(_, n)| n).find(|n| n.li.is_same_node(Some(li)))
    }

    /// What the row `li` was drawn from.
    fn input_of(&self, li: &web_sys::Element) -> Option<&RowInput> {
        self.node_of(li)?.input.as_ref()
    }

    /// The line index of the row `li` (none for another element).
    fn place_of(&self, li: &web_sys::Element) -> Option<usize> {
        self.node_of(li).map(|n| n.place.index)
    }
}
