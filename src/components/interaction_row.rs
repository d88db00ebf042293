use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::{Direction, Interaction, Names};
use crm_core::util::time::iso_utc;
use crm_core::view::lines::{GroupInfo, Place};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::dom::{child, element, focused_within, set};
use super::format::started;

/// What activating a row asks Genesys Cloud to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Open {
    /// The conversation (`showMyInteractionDetails`).
    Interaction(String),
    /// The external contact's profile (`showExternalContactProfile`).
    Contact(String),
}

/// What a line is drawn from; when any of it changes, the line's content is drawn again.
///
/// - `row`: the interaction to show (as the store holds it now: a live update redraws it in
///   place, in the same node).
/// - `names`: the contact's name, the queue's and the wrap-up code's, as far as they are known
///   (learned after the row arrived, they fill in where it is).
/// - `group`: the line stands for its contact's group ("By contact"): its newest interaction,
///   with the group's size in place of the queue; a `treeitem` at level 1 with `aria-expanded`.
/// - `nested`: listed under its contact ("By contact"): a `treeitem` at level 2, indented.
/// - `current`: the conversation the frame was opened for (`aria-current`).
/// - `opens`: the rows open their conversation in Genesys Cloud (a click anywhere on the row,
///   Enter on it, or its time, which is a button; a contact with an external contact is a button
///   that opens the profile). A group's header opens nothing itself.
#[derive(Debug, Clone, PartialEq)]
pub struct RowInput {
    pub row: Interaction,
    pub names: (Option<String>, Option<String>, Option<String>),
    pub group: Option<GroupInfo>,
    pub nested: bool,
    pub current: bool,
    pub opens: bool,
}

impl RowInput {
    /// The names `known` gives `row`: its contact's, its queue's, its wrap-up code's.
    pub fn names_of(row: &Interaction, known: &Names) -> (Option<String>, Option<String>, Option<String>) {
        let own = |s: Option<&str>| s.map(str::to_owned);
        (own(known.display_name(row)), own(known.queue(row)), own(known.wrap_up(row)))
    }

    /// What activating the row itself (a click, or Enter on it) does: open the conversation, or
    /// (a contact's header) open or close the group.
    pub fn activate(&self) -> Option<Activate> {
        match self.group {
            Some(g) => Some(Activate::Toggle(g.at)),
            None => self.opens.then(|| Activate::Open(Open::Interaction(self.row.id.clone()))),
        }
    }

    /// What the row's button named by `action` (its `data-action`) opens.
    pub fn action(&self, action: &str) -> Option<Open> {
        if !self.opens || self.group.is_some() {
            return None;
        }
        match action {
            "open-contact" => self.row.contact_id.clone().map(Open::Contact),
            "open-interaction" => Some(Open::Interaction(self.row.id.clone())),
            _ => None,
        }
    }
}

/// What activating a row does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Activate {
    Open(Open),
    /// Open or close the group at this index.
    Toggle(usize),
}

/// One line of the list, drawn by hand (one `<li>` and its content), not by a view: the list
/// keeps a node per line in view and draws only what changed. All API text is inserted as text
/// nodes, never as HTML. Events are the list's (one listener each, on the `<ul>`).
pub struct RowNode {
    pub li: HtmlElement,
    pub input: Option<RowInput>,
    pub place: Place,
    tab: Option<bool>,
    row_px: usize,
}

impl RowNode {
    pub fn new() -> RowNode {
        RowNode {
            li: element("li", "", &[], None).unchecked_into(),
            input: None,
            place: Place::default(),
            tab: None,
            row_px: 0,
        }
    }

    /// Brings the node up to date: its content when `input` changed, its place (offset, index,
    /// position among its siblings), and whether it is the list's tab stop (its buttons with it).
    /// When the content was drawn again while one of its buttons had the focus, returns the new
    /// button to give it back to: the caller focuses it once it holds nothing (a focus event runs
    /// the list's listeners at once).
    pub fn draw(
        &mut self,
        input: RowInput,
        place: Place,
        tab: bool,
        row_px: usize,
        locale: Locale,
    ) -> Option<HtmlElement> {
        let li = &self.li;
        let mut refocus = None;
        if self.input.as_ref() != Some(&input) {
            // Keep the focus on the same button when the content is drawn again.
            let focused = focused_within(li, "data-action");
            attributes(li, &input);
            li.set_text_content(None);
            content(li, &input, locale);
            self.input = Some(input);
            self.tab = None;
            if let Some(action) = focused {
                refocus = li
                    .query_selector(&format!("[data-action=\"{action}\"]"))
                    .ok()
                    .flatten()
                    .map(JsCast::unchecked_into);
            }
        }
        if self.place != place || self.row_px != row_px {
            set(li, "data-index", Some(&place.index.to_string()));
            set(li, "aria-posinset", Some(&place.posinset.to_string()));
            set(li, "aria-setsize", Some(&place.setsize.to_string()));
            let _style_is_best_effort = li.style().set_property("top", &format!("{}px", place.index * row_px));
            self.place = place;
            self.row_px = row_px;
        }
        if self.tab != Some(tab) {
            let index = if tab { "0" } else { "-1" };
            set(li, "tabindex", Some(index));
            if let Ok(buttons) = li.query_selector_all("button") {
                for i in 0..buttons.length() {
                    if let Some(b) = buttons.item(i).and_then(|b| b.dyn_into::<Element>().ok()) {
                        set(&b, "tabindex", Some(index));
                    }
                }
            }
            self.tab = Some(tab);
        }
        refocus
    }
}

impl Default for RowNode {
    fn default() -> RowNode {
        RowNode::new()
    }
}

fn is_rich(row: &Interaction) -> bool {
    row.started_ms.is_some() || row.direction.is_some()
}

/// The `<li>`'s own attributes: its classes, its role in a tree, and the hooks of CONTRACT §5.
fn attributes(li: &Element, input: &RowInput) {
    let row = &input.row;
    let tree = input.nested || input.group.is_some();
    let mut class = String::from("crm-row");
    for (on, name) in [
        (is_rich(row), " crm-row--rich"),
        (input.opens || input.group.is_some(), " crm-row--opens"),
        (input.current, " crm-row--current"),
        (input.nested, " crm-row--nested"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    li.set_class_name(&class);
    set(li, "role", tree.then_some("treeitem"));
    set(li, "aria-level", tree.then_some(if input.nested { "2" } else { "1" }));
    set(li, "aria-expanded", input.group.map(|g| if g.open { "true" } else { "false" }));
    set(li, "aria-current", input.current.then_some("true"));
    set(li, "data-interaction-id", Some(&row.id));
    set(li, "data-kind", Some(row.kind.slug()));
    set(li, "data-direction", row.direction.as_ref().and_then(Direction::slug));
    set(li, "data-in-progress", row.in_progress.then_some("true"));
}

/// What a row holds: icon, name (or the contact's button), a tag (in progress, or how it ended:
/// the wrap-up code's name), time, type, direction, address and queue; a group's header has the
/// group's size where the queue goes.
fn content(li: &Element, input: &RowInput, locale: Locale) {
    let row = &input.row;
    let (name, queue, wrap_up) = &input.names;
    let name = name.clone().unwrap_or_else(|| locale.text(Msg::UnknownContact, &[]));
    // A group's header opens nothing itself: its contact and time are plain text.
    let opens = input.opens && input.group.is_none();
    // The type's icon and the direction's arrow are drawn by the style sheet, from the row's
    // `data-kind` and `data-direction` (one element for both).
    child(li, "span", "crm-row__icon", &[("data-part", "icon"), ("aria-hidden", "true")], None);
    let holder = match (&row.contact_id, opens) {
        (Some(_), true) => {
            let label = locale.text(Msg::OpenContact, &[&name]);
            child(
                li,
                "button",
                "crm-row__name crm-row__contact",
                &[("type", "button"), ("data-part", "name"), ("data-action", "open-contact"), ("aria-label", &label)],
                None,
            )
        }
        _ => child(li, "span", "crm-row__name", &[("data-part", "name")], None),
    };
    child(&holder, "bdi", "", &[], Some(&name));
    // The address gets its own line when the name is not already the address.
    let address = if row.name.is_some() || row.contact_id.is_some() { row.address.as_deref() } else { None };
    let kind = row.kind.localize(locale);
    let detail = if is_rich(row) {
        let top = child(li, "span", "crm-row__top-end", &[], None);
        // How it ended: in progress, else the wrap-up code's name once it is known (a code is
        // never shown by its id). Empty (and hidden) when there is nothing to say.
        let (part, tag) = match row.in_progress {
            true => ("in-progress", locale.text(Msg::InProgress, &[])),
            false => ("wrap-up", wrap_up.clone().unwrap_or_default()),
        };
        child(&top, "bdi", "crm-row__tag", &[("data-part", part)], Some(&tag));
        if let Some(ms) = row.started_ms {
            let text = started(ms, locale);
            let when = match opens {
                true => {
                    let label = locale.text(Msg::OpenDetails, &[&format!("{name}, {text}")]);
                    child(
                        &top,
                        "button",
                        "crm-row__when",
                        &[("type", "button"), ("data-action", "open-interaction"), ("aria-label", &label)],
                        None,
                    )
                }
                false => child(&top, "span", "crm-row__when", &[], None),
            };
            child(&when, "time", "", &[("datetime", &iso_utc(ms))], Some(&text));
        }
        child(li, "span", "crm-row__detail", &[], None)
    } else {
        li.clone()
    };
    child(&detail, "span", "crm-row__kind", &[], Some(&kind));
    let direction = match row.direction {
        Some(Direction::Inbound) => Some(Msg::DirectionInbound),
        Some(Direction::Outbound) => Some(Msg::DirectionOutbound),
        _ => None,
    };
    if let Some(direction) = direction {
        child(&detail, "span", "crm-row__direction", &[("data-part", "direction")], Some(&locale.text(direction, &[])));
    }
    if let Some(a) = address {
        child(&detail, "bdi", "crm-row__address", &[("data-part", "address")], Some(a));
    }
    let queue = match input.group {
        Some(g) => Some(locale.count(Msg::Count, g.size as u64)),
        None => queue.as_ref().map(|q| locale.text(Msg::Queue, &[q])),
    };
    child(li, "span", "crm-row__queue", &[("data-part", "queue")], queue.as_deref());
}
