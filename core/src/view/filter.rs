//! Search and type filter over every loaded row (not only the rendered ones), kept up to date
//! incrementally as pages arrive: each row is looked at once per filter.

use crate::model::{Interaction, Kind, Names};
use crate::util::text::{contains_folded, fold};
use crate::view::names::NameBook;
use crate::view::rows::RowStore;

/// The kinds the filter chips offer, in display order.
pub const KINDS: [Kind; 5] = [Kind::Call, Kind::Email, Kind::Chat, Kind::Message, Kind::Callback];

/// What the agent asked for: text in the name or address, and optionally one type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Case-folded (`text::fold`), trimmed search text; empty matches everything.
    query: String,
    /// A `Kind::slug()`, or `None` for all types.
    kind: Option<&'static str>,
}

impl Filter {
    pub fn new(query: &str, kind: Option<&'static str>) -> Filter {
        Filter { query: fold(query.trim()), kind }
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn kind(&self) -> Option<&'static str> {
        self.kind
    }

    pub fn is_active(&self) -> bool {
        !self.query.is_empty() || self.kind.is_some()
    }

    /// Whether `row` matches: its type, and the text in its name (the contact's, when
    /// `names` knows it), address or queue.
    pub fn matches(&self, row: &Interaction, names: &Names) -> bool {
        if self.kind.is_some_and(|k| k != row.kind.slug()) {
            return false;
        }
        if self.query.is_empty() {
            return true;
        }
        let hit = |s: Option<&str>| s.is_some_and(|s| contains_folded(s, &self.query));
        hit(names.display_name(row)) || hit(row.name.as_deref()) || hit(row.address.as_deref()) || hit(names.queue(row))
    }
}

/// The indices of the rows that match a filter, extended as rows arrive.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilteredRows {
    filter: Filter,
    epoch: u64,
    names_version: u64,
    revision: u64,
    scanned: usize,
    matched: Vec<usize>,
    /// Counts the times the rows were looked at again from the start.
    generation: u64,
}

impl FilteredRows {
    /// Brings the matches up to date with `model`'s rows under `filter`. Only rows not seen yet
    /// are checked, unless the filter or the load changed, when it starts over.
    pub fn update(&mut self, model: &RowStore, names: &NameBook, filter: &Filter) {
        // Names that arrive late can make earlier rows match: a search looks again then.
        let renamed = self.filter.is_active() && !self.filter.query.is_empty() && names.version() != self.names_version;
        // Live rows go on top and rows change in place: then it looks at every row again.
        let moved = self.filter.is_active() && model.revision() != self.revision;
        if *filter != self.filter || model.epoch() != self.epoch || model.loaded() < self.scanned || renamed || moved {
            *self = FilteredRows {
                filter: filter.clone(),
                epoch: model.epoch(),
                names_version: names.version(),
                revision: model.revision(),
                generation: self.generation + 1,
                ..FilteredRows::default()
            };
        }
        if !self.filter.is_active() {
            self.scanned = model.loaded();
            return;
        }
        for i in self.scanned..model.loaded() {
            if model.row(i).is_some_and(|r| self.filter.matches(r, names.names())) {
                self.matched.push(i);
            }
        }
        self.scanned = model.loaded();
    }

    /// Changes whenever the rows shown are looked at again from the start (a new filter, load
    /// or order), so what is built on them knows to start over too.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// How many rows to show.
    pub fn len(&self) -> usize {
        if self.filter.is_active() {
            self.matched.len()
        } else {
            self.scanned
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The model index of the `i`-th row shown.
    pub fn index(&self, i: usize) -> Option<usize> {
        if self.filter.is_active() {
            self.matched.get(i).copied()
        } else {
            (i < self.scanned).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Page;

    fn row(id: &str, kind: Kind, name: Option<&str>, address: Option<&str>) -> Interaction {
        Interaction {
            name: name.map(Into::into),
            address: address.map(Into::into),
            ..Interaction::new(id.into(), kind)
        }
    }

    fn matches(f: &Filter, row: &Interaction) -> bool {
        f.matches(row, &Names::default())
    }

    fn model(rows: Vec<Interaction>) -> RowStore {
        let mut m = RowStore::new();
        m.add_page(Page { interactions: rows, total_count: None, skipped: 0 });
        m
    }

    #[test]
    fn matches_name_or_address_case_insensitively_and_by_kind() {
        let ada = row("1", Kind::Call, Some("Ada Lovelace"), Some("+15550001"));
        let anna = row("2", Kind::Email, Some("Анна Иванова"), Some("anna@example.com"));
        assert!(matches(&Filter::new("  LOVE ", None), &ada));
        assert!(matches(&Filter::new("5550", None), &ada));
        assert!(matches(&Filter::new("анна", None), &anna), "non-Latin case folding");
        let jurgen = row("3", Kind::Chat, Some("JÜRGEN MÜLLER"), None);
        assert!(matches(&Filter::new("müller", None), &jurgen), "Latin-1 case folding");
        assert!(matches(&Filter::new("Jürgen", None), &jurgen));
        assert!(!matches(&Filter::new("zzz", None), &ada));
        assert!(matches(&Filter::new("", Some("email")), &anna));
        assert!(!matches(&Filter::new("", Some("email")), &ada));
        assert!(!matches(&Filter::new("ada", Some("email")), &ada));
        assert!(!Filter::default().is_active());
    }

    #[test]
    fn matches_the_contact_name_learned_later_and_the_queue() {
        let row = Interaction {
            contact_id: Some("ec-1".into()),
            queue_id: Some("q-1".into()),
            address: Some("+15550001".into()),
            ..Interaction::new("1".into(), Kind::Call)
        };
        let m = model(vec![row.clone()]);
        let mut book = NameBook::default();
        let mut f = FilteredRows::default();
        let grace = Filter::new("grace", None);
        f.update(&m, &book, &grace);
        assert_eq!(f.len(), 0);
        let mut names = Names::default();
        names.contacts.insert("ec-1".into(), "Grace Hopper".into());
        names.queues.insert("q-1".into(), "Billing".into());
        book.learn(names);
        f.update(&m, &book, &grace);
        assert_eq!(f.len(), 1, "a name that arrives later makes the row match");
        assert!(Filter::new("bill", None).matches(&row, book.names()));
        assert!(!Filter::new("bill", None).matches(&row, &Names::default()));
    }

    #[test]
    fn keeps_up_with_arriving_pages_and_resets_on_change() {
        let mut m = model(vec![row("1", Kind::Call, Some("Ada"), None), row("2", Kind::Chat, Some("Bob"), None)]);
        let mut f = FilteredRows::default();
        f.update(&m, &NameBook::default(), &Filter::default());
        assert_eq!((f.len(), f.index(1), f.index(2)), (2, Some(1), None));
        let ada = Filter::new("ada", None);
        f.update(&m, &NameBook::default(), &ada);
        assert_eq!((f.len(), f.index(0)), (1, Some(0)));
        m.add_page(Page {
            interactions: vec![row("3", Kind::Call, Some("Adam"), None)],
            total_count: None,
            skipped: 0,
        });
        f.update(&m, &NameBook::default(), &ada);
        assert_eq!((f.len(), f.index(1)), (2, Some(2)));
        f.update(&m, &NameBook::default(), &Filter::new("", Some("chat")));
        assert_eq!((f.len(), f.index(0)), (1, Some(1)));
        m.restart();
        f.update(&m, &NameBook::default(), &Filter::new("", Some("chat")));
        assert!(f.is_empty(), "a new load starts over");
    }
}
