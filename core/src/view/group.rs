//! "By contact": the shown rows grouped by who they were with, kept up to date incrementally
//! as pages arrive (each row is looked at once), and rebuilt when rows move (a live row on
//! top, a new load, a new filter).
//!
//! A contact is its external contact id, else its address, normalised (case, `tel:`, spaces
//! and punctuation in phone numbers), else the row stands alone. Groups are listed in the
//! order of their newest row, so the list stays newest first; a group's rows keep the list's
//! order. What the list shows is flat: a group's header, then, when it is expanded, its rows.

use crate::util::hash::Map;

use crate::model::contact_key;
use crate::view::filter::FilteredRows;
use crate::view::rows::RowStore;

/// One contact's rows (model indices, in list order: the first is the newest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub key: String,
    pub rows: Vec<usize>,
}

impl Group {
    /// The model index of its newest row.
    pub fn latest(&self) -> usize {
        self.rows[0]
    }
}

/// What one line of the grouped list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A contact's header: the group's index.
    Group(usize),
    /// One of an expanded group's rows: the group's index, the row's place in it, and its
    /// model index.
    Row { group: usize, at: usize, index: usize },
}

/// The shown rows, grouped, and which groups are expanded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grouping {
    epoch: u64,
    revision: u64,
    /// How many of the shown rows are grouped so far.
    scanned: usize,
    /// The filtered rows' generation these groups were built from.
    generation: u64,
    by_key: Map<String, usize>,
    groups: Vec<Group>,
    /// Expanded groups, by key (kept across rebuilds, so an open group stays open; a few at
    /// most, so a list).
    expanded: Vec<String>,
    /// Where each group's header is in the flat list.
    starts: Vec<usize>,
    len: usize,
}

impl Grouping {
    /// Brings the groups up to date with the rows `shown` (the filter's result over `model`).
    /// Returns whether anything changed.
    pub fn update(&mut self, model: &RowStore, shown: &FilteredRows) -> bool {
        let same_rows = model.epoch() == self.epoch
            && model.revision() == self.revision
            && shown.generation() == self.generation
            && shown.len() >= self.scanned;
        if !same_rows {
            let expanded = std::mem::take(&mut self.expanded);
            *self = Grouping {
                epoch: model.epoch(),
                revision: model.revision(),
                generation: shown.generation(),
                expanded,
                ..Grouping::default()
            };
        }
        if shown.len() == self.scanned && same_rows {
            return false;
        }
        for i in self.scanned..shown.len() {
            let Some((index, row)) = shown.index(i).and_then(|at| Some((at, model.row(at)?))) else { continue };
            let key = contact_key(row);
            match self.by_key.get(&key) {
                Some(g) => self.groups[*g].rows.push(index),
                None => {
                    self.by_key.insert(key.clone(), self.groups.len());
                    self.groups.push(Group { key, rows: vec![index] });
                }
            }
        }
        self.scanned = shown.len();
        self.lay_out();
        true
    }

    /// Opens or closes a group. Returns whether it is open now.
    pub fn toggle(&mut self, group: usize) -> bool {
        let Some(key) = self.groups.get(group).map(|g| g.key.clone()) else { return false };
        let open = !self.expanded.contains(&key);
        if open {
            self.expanded.push(key);
        } else {
            self.expanded.retain(|k| *k != key);
        }
        self.lay_out();
        open
    }

    /// Opens (`true`) or closes a group; returns whether that changed anything.
    pub fn set_expanded(&mut self, group: usize, open: bool) -> bool {
        self.is_expanded(group) != open && {
            self.toggle(group);
            true
        }
    }

    pub fn is_expanded(&self, group: usize) -> bool {
        self.groups.get(group).is_some_and(|g| self.expanded.contains(&g.key))
    }

    /// The group with this key, if any.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// How many lines the flat list has: every header, and the rows of expanded groups.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The `i`-th line of the flat list.
    pub fn item(&self, i: usize) -> Option<Item> {
        if i >= self.len {
            return None;
        }
        let group = self.starts.partition_point(|s| *s <= i) - 1;
        let at = i - self.starts[group];
        if at == 0 {
            return Some(Item::Group(group));
        }
        let index = self.groups[group].rows[at - 1];
        Some(Item::Row { group, at: at - 1, index })
    }

    /// Where group `group`'s header is in the flat list.
    pub fn header(&self, group: usize) -> Option<usize> {
        self.starts.get(group).copied()
    }

    fn lay_out(&mut self) {
        self.starts.clear();
        let mut at = 0;
        for group in &self.groups {
            self.starts.push(at);
            at += 1 + if self.expanded.contains(&group.key) { group.rows.len() } else { 0 };
        }
        self.len = at;
    }
}

/// Which way a key moves in the grouped list: Right opens a group (and Left closes it, or goes
/// from a row to its group), mirrored when the page is right to left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TreeKey {
    Open,
    Close,
}

impl TreeKey {
    pub fn from_key(key: &str, rtl: bool) -> Option<TreeKey> {
        match (key, rtl) {
            ("ArrowRight", false) | ("ArrowLeft", true) => Some(TreeKey::Open),
            ("ArrowLeft", false) | ("ArrowRight", true) => Some(TreeKey::Close),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{same_contact, Interaction, Kind, Page};
    use crate::view::filter::Filter;

    fn row(id: &str, contact: Option<&str>, address: Option<&str>) -> Interaction {
        Interaction {
            contact_id: contact.map(str::to_owned),
            address: address.map(str::to_owned),
            ..Interaction::new(id.into(), Kind::Call)
        }
    }

    fn page(rows: Vec<Interaction>) -> Page {
        Page { interactions: rows, total_count: None, skipped: 0 }
    }

    #[test]
    fn keys_and_addresses() {
        assert_eq!(contact_key(&row("1", Some("ec-1"), Some("+1 555"))), "c:ec-1");
        assert_eq!(contact_key(&row("1", None, Some("tel:+1 (555) 010-0100"))), "a:+15550100100");
        assert_eq!(contact_key(&row("2", None, Some("+15550100100"))), "a:+15550100100");
        assert_eq!(contact_key(&row("3", None, Some(" Ann@Example.com "))), "a:ann@example.com");
        assert_eq!(contact_key(&row("4", None, None)), "i:4");
        assert_eq!(contact_key(&row("5", Some(""), Some(""))), "i:5");
        // `same_contact` says what comparing the keys says.
        let rows = [
            row("1", Some("ec-1"), Some("+1 555")),
            row("2", Some("ec-1"), None),
            row("3", None, Some("tel:+1 (555) 010-0100")),
            row("4", None, Some("+15550100100")),
            row("5", None, Some(" ANN@example.com")),
            row("6", None, Some("ann@Example.com ")),
            row("7", None, None),
            row("8", Some(""), Some(" ")),
        ];
        for a in &rows {
            for b in &rows {
                assert_eq!(same_contact(a, b), contact_key(a) == contact_key(b), "{} {}", a.id, b.id);
            }
        }
    }

    #[test]
    fn groups_grow_as_pages_arrive_and_expand_in_place() {
        let mut m = RowStore::new();
        m.add_page(page(vec![row("1", Some("a"), None), row("2", None, Some("+1 555")), row("3", Some("a"), None)]));
        let mut shown = FilteredRows::default();
        shown.update(&m, &crate::view::names::NameBook::default(), &Filter::default());
        let mut g = Grouping::default();
        assert!(g.update(&m, &shown));
        assert!(!g.update(&m, &shown), "nothing new");
        assert_eq!(g.groups().iter().map(|g| g.rows.clone()).collect::<Vec<_>>(), vec![vec![0, 2], vec![1]]);
        assert_eq!(g.len(), 2);
        assert!(g.toggle(0));
        assert_eq!(g.len(), 4);
        assert_eq!(
            (0..5).map(|i| g.item(i)).collect::<Vec<_>>(),
            vec![
                Some(Item::Group(0)),
                Some(Item::Row { group: 0, at: 0, index: 0 }),
                Some(Item::Row { group: 0, at: 1, index: 2 }),
                Some(Item::Group(1)),
                None
            ]
        );
        m.add_page(page(vec![row("4", None, Some("tel:+1-555")), row("5", Some("a"), None)]));
        shown.update(&m, &crate::view::names::NameBook::default(), &Filter::default());
        assert!(g.update(&m, &shown));
        assert_eq!(g.groups()[0].rows, vec![0, 2, 4], "the open group grows");
        assert_eq!(g.groups()[1].rows, vec![1, 3], "the same number, written another way");
        assert_eq!(g.header(1), Some(4));
        assert!(g.set_expanded(0, false));
        assert!(!g.set_expanded(0, false));
        assert_eq!(g.len(), 2);
    }

    #[test]
    fn a_filter_or_a_new_load_regroups_and_open_groups_stay_open() {
        let mut m = RowStore::new();
        m.add_page(page(vec![
            row("1", Some("a"), Some("ann")),
            row("2", Some("b"), Some("bob")),
            row("3", Some("a"), Some("ann")),
        ]));
        let mut shown = FilteredRows::default();
        shown.update(&m, &crate::view::names::NameBook::default(), &Filter::default());
        let mut g = Grouping::default();
        g.update(&m, &shown);
        g.toggle(0);
        shown.update(&m, &crate::view::names::NameBook::default(), &Filter::new("bob", None));
        g.update(&m, &shown);
        assert_eq!(g.groups().len(), 1);
        assert_eq!(g.groups()[0].rows, vec![1]);
        shown.update(&m, &crate::view::names::NameBook::default(), &Filter::default());
        g.update(&m, &shown);
        assert!(g.is_expanded(0), "ann's group is open again");
        assert_eq!(g.len(), 4);
    }

    #[test]
    fn keys_follow_the_visual_order() {
        assert_eq!(TreeKey::from_key("ArrowRight", false), Some(TreeKey::Open));
        assert_eq!(TreeKey::from_key("ArrowLeft", false), Some(TreeKey::Close));
        assert_eq!(TreeKey::from_key("ArrowLeft", true), Some(TreeKey::Open));
        assert_eq!(TreeKey::from_key("ArrowRight", true), Some(TreeKey::Close));
        assert_eq!(TreeKey::from_key("ArrowDown", true), None);
    }
}
