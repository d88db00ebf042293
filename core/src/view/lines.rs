//! The list's lines, as the view renders them: which row each line shows, its place among its
//! siblings (for `aria-posinset` and `aria-setsize`), and, by contact, the contact's header and
//! the interactions under it; and how the arrow keys move through the tree. The component only
//! draws what this says.

use crate::model::Interaction;
use crate::view::filter::FilteredRows;
use crate::view::group::{Grouping, Item, TreeKey};
use crate::view::rows::RowStore;

/// Where a line is: its index in the whole list (its offset is `index × row height`), and its
/// place among its siblings (1-based), which a screen reader says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    pub index: usize,
    pub posinset: usize,
    pub setsize: usize,
}

/// A contact's header, by contact: which group, how many interactions, and whether it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GroupInfo {
    pub at: usize,
    pub size: usize,
    pub open: bool,
}

/// What a line stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum LineKind {
    /// An interaction ("By time"), or one listed under its contact ("By contact": `nested`).
    Row { nested: bool },
    /// A contact: its key (`contact_key`), shown by its newest interaction.
    Group { key: String },
}

/// One line to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub kind: LineKind,
    pub place: Place,
    /// The interaction the line shows (a contact's newest, for a header).
    pub row: Interaction,
}

impl Line {
    /// What the line's node is keyed by: a row's id; a header's key and its newest row (so a
    /// header redraws when another interaction becomes the contact's newest).
    pub fn key(&self) -> String {
        match &self.kind {
            LineKind::Row { .. } => self.row.id.clone(),
            LineKind::Group { key } => format!("g{key} {}", self.row.id),
        }
    }

    /// The group of a header.
    pub fn group_key(&self) -> Option<&str> {
        match &self.kind {
            LineKind::Group { key } => Some(key),
            LineKind::Row { .. } => None,
        }
    }

    /// Whether it is an interaction under its contact.
    pub fn is_nested(&self) -> bool {
        self.kind == LineKind::Row { nested: true }
    }
}

/// The lines at `indices` (of the `count` the list has): rows of `shown` by time, or the flat
/// tree of `groups` by contact. Indices past the end are left out.
pub fn lines(
    rows: &RowStore,
    shown: &FilteredRows,
    groups: &Grouping,
    by_contact: bool,
    count: usize,
    indices: &[usize],
) -> Vec<Line> {
    indices
        .iter()
        .filter_map(|&i| {
            if !by_contact {
                let row = rows.row(shown.index(i)?)?.clone();
                let place = Place { index: i, posinset: i + 1, setsize: count };
                return Some(Line { kind: LineKind::Row { nested: false }, place, row });
            }
            match groups.item(i)? {
                Item::Group(at) => {
                    let group = &groups.groups()[at];
                    let place = Place { index: i, posinset: at + 1, setsize: groups.groups().len() };
                    let row = rows.row(group.latest())?.clone();
                    Some(Line { kind: LineKind::Group { key: group.key.clone() }, place, row })
                }
                Item::Row { group, at, index } => {
                    let place = Place { index: i, posinset: at + 1, setsize: groups.groups()[group].rows.len() };
                    Some(Line { kind: LineKind::Row { nested: true }, place, row: rows.row(index)?.clone() })
                }
            }
        })
        .collect()
}

/// The header of the group with this key, as it is now.
pub fn group_info(groups: &Grouping, key: &str) -> GroupInfo {
    let at = groups.position(key).unwrap_or(0);
    GroupInfo { at, size: groups.groups().get(at).map_or(0, |g| g.rows.len()), open: groups.is_expanded(at) }
}

/// What an arrow key does by contact, from line `at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeMove {
    /// Focus this line.
    Focus(usize),
    /// Open or close this group; the focus stays.
    Expand { group: usize, open: bool },
    /// Nothing to do.
    Stay,
}

/// The forward key opens a contact, then goes to its first interaction; the other closes it,
/// or goes from an interaction back to its contact.
pub fn tree_move(groups: &Grouping, at: usize, key: TreeKey) -> TreeMove {
    match (groups.item(at), key) {
        (Some(Item::Group(group)), TreeKey::Open) if groups.is_expanded(group) => TreeMove::Focus(at + 1),
        (Some(Item::Group(group)), k) => TreeMove::Expand { group, open: k == TreeKey::Open },
        (Some(Item::Row { group, .. }), TreeKey::Close) => groups.header(group).map_or(TreeMove::Stay, TreeMove::Focus),
        _ => TreeMove::Stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Interaction, Kind, Page};
    use crate::view::filter::Filter;
    use crate::view::names::NameBook;

    fn row(id: &str, contact: &str) -> Interaction {
        Interaction { contact_id: Some(contact.into()), ..Interaction::new(id.into(), Kind::Call) }
    }

    fn world() -> (RowStore, FilteredRows, Grouping) {
        let mut rows = RowStore::new();
        let page = vec![row("1", "a"), row("2", "b"), row("3", "a")];
        rows.add_page(Page { interactions: page, total_count: None, skipped: 0 });
        let mut shown = FilteredRows::default();
        shown.update(&rows, &NameBook::default(), &Filter::default());
        let mut groups = Grouping::default();
        groups.update(&rows, &shown);
        (rows, shown, groups)
    }

    #[test]
    fn by_time_every_line_is_a_row_in_the_list() {
        let (rows, shown, groups) = world();
        let l = lines(&rows, &shown, &groups, false, 3, &[0, 2, 7]);
        assert_eq!(l.len(), 2, "past the end is left out");
        assert_eq!((l[1].row.id.as_str(), l[1].place), ("3", Place { index: 2, posinset: 3, setsize: 3 }));
        assert_eq!(l[0].key(), "1");
        assert!(!l[0].is_nested());
    }

    #[test]
    fn by_contact_headers_count_contacts_and_rows_count_within_their_contact() {
        let (rows, shown, mut groups) = world();
        groups.toggle(0);
        let l = lines(&rows, &shown, &groups, true, groups.len(), &[0, 1, 2, 3]);
        assert_eq!(l[0].kind, LineKind::Group { key: "c:a".into() });
        assert_eq!((l[0].row.id.as_str(), l[0].place.posinset, l[0].place.setsize), ("1", 1, 2), "the newest");
        assert_eq!(l[0].key(), "gc:a 1");
        assert!(l[2].is_nested());
        assert_eq!((l[2].row.id.as_str(), l[2].place), ("3", Place { index: 2, posinset: 2, setsize: 2 }));
        assert_eq!((l[3].group_key(), l[3].place.posinset), (Some("c:b"), 2));
        assert_eq!(group_info(&groups, "c:a"), GroupInfo { at: 0, size: 2, open: true });
        assert_eq!(group_info(&groups, "c:b"), GroupInfo { at: 1, size: 1, open: false });
    }

    #[test]
    fn arrows_open_enter_and_leave_contacts() {
        let (_, _, mut groups) = world();
        assert_eq!(tree_move(&groups, 0, TreeKey::Open), TreeMove::Expand { group: 0, open: true });
        groups.toggle(0);
        assert_eq!(tree_move(&groups, 0, TreeKey::Open), TreeMove::Focus(1), "open: to its first interaction");
        assert_eq!(tree_move(&groups, 2, TreeKey::Close), TreeMove::Focus(0), "back to its contact");
        assert_eq!(tree_move(&groups, 2, TreeKey::Open), TreeMove::Stay);
        assert_eq!(tree_move(&groups, 0, TreeKey::Close), TreeMove::Expand { group: 0, open: false });
        assert_eq!(tree_move(&groups, 99, TreeKey::Open), TreeMove::Stay);
    }
}
