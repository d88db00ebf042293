use crm_core::model::{Direction, Interaction};
use crm_core::util::time::iso_utc;
use crm_core::view::lines::{GroupInfo, Place};
use leptos::callback::UnsyncCallback;
use leptos::ev;
use leptos::prelude::*;

use super::format::started;
use crate::state::ListView;
use crm_core::i18n::{Locale, Localized, Msg};

/// What activating a row asks Genesys Cloud to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Open {
    /// The conversation (`showMyInteractionDetails`).
    Interaction(String),
    /// The external contact's profile (`showExternalContactProfile`).
    Contact(String),
}

/// One interaction as a contact card: who (name, else address), how (type, direction), where
/// (queue) and when. All API text is inserted as text nodes, never as HTML.
///
/// With `on_open` (the Genesys source), the row opens its conversation in Genesys Cloud: a
/// click anywhere on it, Enter on the focused row, or its time, which is a button. A contact
/// with an external contact is a button that opens the profile. Both buttons are in the tab
/// order while their row is the active one.
///
/// - `row`: the interaction to show.
/// - `place`: its 0-based line in the whole list, kept current (a row that arrives above
///   moves it down without rebuilding it, so it keeps its focus), and its place among its
///   siblings for `aria-posinset` and `aria-setsize`: in the list, or ("By contact") a contact
///   among the contacts or an interaction within its contact.
/// - `row_px`: the row height; its offset in the virtualised list is `index × row_px`.
/// - `active`: the list's active row; this row is the tab stop when it is the active one (or,
///   with none active, when it is the first).
/// - `view`: the rows (a row changed by a live event redraws in place) and the names of
///   contacts and queues learned after the row arrived (the row fills in where it is).
/// - `on_open`: what to do when the row or its contact is activated, if rows open anything.
/// - `nested`: listed under its contact ("By contact"): a `treeitem` at level 2, indented.
/// - `group`: this row stands for its contact's group ("By contact"): its newest interaction,
///   with the group's size in place of the queue. It is a `treeitem` at level 1 with
///   `aria-expanded`; activating it calls `on_toggle` with the group's index.
/// - `locale`: the language of the labels.
#[component]
pub fn InteractionRow(
    row: Interaction,
    #[prop(into)] place: Signal<Place>,
    row_px: usize,
    active: RwSignal<Option<usize>>,
    view: ListView,
    on_open: Option<UnsyncCallback<Open>>,
    #[prop(optional)] nested: bool,
    #[prop(default = None)] group: Option<Signal<GroupInfo>>,
    #[prop(optional)] on_toggle: Option<Callback<usize>>,
    locale: Locale,
) -> impl IntoView {
    // A group's header opens nothing itself: its contact and time are plain text.
    let on_open = on_open.filter(|_| group.is_none());
    let tree = nested || group.is_some();
    let index = move || place.get().index;
    let tabindex = move || if active.get().unwrap_or(0) == index() { "0" } else { "-1" };
    let current = view.rows.with_untracked(|r| r.is_current(&row));
    let id = row.id.clone();
    // The row as it is now: a live update changes it where it is (its node, and its focus, stay).
    let data = {
        let id = id.clone();
        let revision = Memo::new(move |_| view.rows.with(|r| r.revision()));
        Memo::new(move |_| {
            let _changed = revision.get();
            view.rows.with_untracked(|r| r.find(&id).cloned()).unwrap_or_else(|| row.clone())
        })
    };
    let open_row = {
        let id = id.clone();
        move || {
            if let (Some(g), Some(toggle)) = (group, on_toggle) {
                toggle.run(g.get_untracked().at);
            } else if let Some(open) = on_open {
                open.run(Open::Interaction(id.clone()));
            }
        }
    };
    let on_click = {
        let open_row = open_row.clone();
        move |_: ev::MouseEvent| open_row()
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        // Enter on the row itself; the buttons inside answer Enter as buttons do.
        if e.key() == "Enter" && e.target() == e.current_target() {
            e.prevent_default();
            open_row();
        }
    };
    view! {
        <li
            class="crm-row"
            class:crm-row--rich=move || data.with(is_rich)
            class:crm-row--opens=on_open.is_some() || group.is_some()
            class:crm-row--current=current
            class:crm-row--nested=nested
            role=tree.then_some("treeitem")
            aria-expanded=move || group.map(|g| g.get().open.to_string())
            aria-current=current.then_some("true")
            data-interaction-id=id
            data-kind=move || data.with(|r| r.kind.slug())
            data-direction=move || data.with(|r| r.direction.as_ref().and_then(Direction::slug))
            data-in-progress=move || data.with(|r| r.in_progress.then_some("true"))
            data-index=index
            aria-posinset=move || place.get().posinset
            aria-setsize=move || place.get().setsize
            tabindex=tabindex
            style:top=move || format!("{}px", index() * row_px)
            on:focus=move |_| active.set(Some(place.get_untracked().index))
            on:click=on_click
            on:keydown=on_keydown
        >
            {move || row_content(data.get(), tabindex, view, on_open, group, locale)}
        </li>
    }
    // `aria-level` (a tree's level) is not among the view macro's attributes.
    .attr("aria-level", tree.then_some(if nested { "2" } else { "1" }))
}

fn is_rich(row: &Interaction) -> bool {
    row.started_ms.is_some() || row.direction.is_some()
}

/// What a row holds: icon, name (or the contact's button), a tag (in progress, or how it ended:
/// the wrap-up code's name), time, type, direction, address and queue; a group's header has the
/// group's size where the queue goes.
fn row_content(
    row: Interaction,
    tabindex: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    view: ListView,
    on_open: Option<UnsyncCallback<Open>>,
    group: Option<Signal<GroupInfo>>,
    locale: Locale,
) -> AnyView {
    let in_progress = row.in_progress;
    let (name, queue, tag) = {
        let row = row.clone();
        let looked_up = move || {
            view.names.with(|n| {
                let names = n.names();
                (
                    names.display_name(&row).map(str::to_owned),
                    names.queue(&row).map(str::to_owned),
                    names.wrap_up(&row).map(str::to_owned),
                )
            })
        };
        let all = Memo::new(move |_| looked_up());
        (
            move || all.with(|(n, _, _)| n.clone()).unwrap_or_else(|| locale.text(Msg::UnknownContact, &[])),
            move || match group {
                Some(g) => Some(locale.count(Msg::Count, g.get().size as u64)),
                None => all.with(|(_, q, _)| q.clone()).map(|q| locale.text(Msg::Queue, &[&q])),
            },
            // How it ended, as a tag at the top end: in progress, else the wrap-up code's name
            // once it is known (a code is never shown by its id).
            move || {
                if in_progress {
                    locale.text(Msg::InProgress, &[])
                } else {
                    all.with(|(_, _, w)| w.clone()).unwrap_or_default()
                }
            },
        )
    };
    // The address gets its own line when the name is not already the address.
    let address = if row.name.is_some() || row.contact_id.is_some() { row.address.clone() } else { None };
    let kind = row.kind.localize(locale);
    let id = row.id.clone();
    let open_row = move || {
        if let Some(open) = on_open {
            open.run(Open::Interaction(id.clone()));
        }
    };
    let contact = match (&row.contact_id, on_open) {
        (Some(contact_id), Some(open)) => {
            let contact_id = contact_id.clone();
            let label = move || locale.text(Msg::OpenContact, &[&name()]);
            view! {
                <button
                    type="button"
                    class="crm-row__name crm-row__contact"
                    data-part="name"
                    data-action="open-contact"
                    tabindex=tabindex
                    aria-label=label
                    on:click=move |e| {
                        e.stop_propagation();
                        open.run(Open::Contact(contact_id.clone()));
                    }
                >
                    <bdi>{name}</bdi>
                </button>
            }
            .into_any()
        }
        _ => view! { <span class="crm-row__name" data-part="name"><bdi>{name}</bdi></span> }.into_any(),
    };
    let when = row.started_ms.map(|ms| {
        let text = started(ms, locale);
        let datetime = iso_utc(ms);
        match on_open {
            Some(_) => {
                let label = {
                    let text = text.clone();
                    move || locale.text(Msg::OpenDetails, &[&format!("{}, {text}", name())])
                };
                let open_row = open_row.clone();
                view! {
                    <button
                        type="button"
                        class="crm-row__when"
                        data-action="open-interaction"
                        tabindex=tabindex
                        aria-label=label
                        on:click=move |e| {
                            e.stop_propagation();
                            open_row();
                        }
                    >
                        <time datetime=datetime>{text}</time>
                    </button>
                }
                .into_any()
            }
            None => view! { <span class="crm-row__when"><time datetime=datetime>{text}</time></span> }.into_any(),
        }
    });
    let direction = row.direction.as_ref().and_then(|d| match d {
        Direction::Inbound => Some(locale.text(Msg::DirectionInbound, &[])),
        Direction::Outbound => Some(locale.text(Msg::DirectionOutbound, &[])),
        Direction::Other(_) => None,
    });
    let rich = is_rich(&row);
    view! {
            // The type's icon and the direction's arrow are drawn by the style sheet, from the
            // row's `data-kind` and `data-direction` (one element for both instead of four).
            <span class="crm-row__icon" data-part="icon" aria-hidden="true"></span>
            {contact}
            {if rich {
                view! {
                    <span class="crm-row__top-end">
                        // Empty (and hidden) when there is nothing to say.
                        <bdi class="crm-row__tag" data-part=if in_progress { "in-progress" } else { "wrap-up" }>{tag}</bdi>
                        {when}
                    </span>
                    <span class="crm-row__detail">
                        <span class="crm-row__kind">{kind}</span>
                        {direction.map(|text| view! {
                            <span class="crm-row__direction" data-part="direction">{text}</span>
                        })}
                        {address.map(|a| view! { <bdi class="crm-row__address" data-part="address">{a}</bdi> })}
                    </span>
                }
                .into_any()
            } else {
                view! {
                    <span class="crm-row__kind">{kind}</span>
                    {address.map(|a| view! { <bdi class="crm-row__address" data-part="address">{a}</bdi> })}
                }
                .into_any()
            }}
            <span class="crm-row__queue" data-part="queue">{queue}</span>
    }
    .into_any()
}
