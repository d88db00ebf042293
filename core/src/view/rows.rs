//! The rows the list shows: the pages of this load as they came (adding a page never copies
//! the rows already there), the current interaction first, and rows that came live on top.

use crate::util::hash::Map;
use std::sync::Arc;

use crate::model::{Interaction, Page};

/// Where a listed row is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Pinned,
    /// Index in `live` (oldest first; live rows are only ever added).
    Live(usize),
    /// Chunk and index in it.
    Chunk(usize, usize),
}

/// The rows of the list's load, with what the header counts of them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowStore {
    /// Counts loads started from the first page; rendering keys include it so that rows of
    /// an earlier load are never mistaken for rows of this one.
    epoch: u64,
    chunks: Vec<Arc<[Interaction]>>,
    /// Index of each chunk's first row, for O(log pages) access by row index.
    starts: Vec<usize>,
    loaded: usize,
    total: Option<u64>,
    /// Every listed row's id, and where it is.
    ids: Map<String, Slot>,
    duplicates: usize,
    skipped: usize,
    /// Rows per `Kind::slug()`, for the filter chips.
    kind_counts: Vec<(&'static str, usize)>,
    /// The current interaction (`gcConversationId`): its row, once it arrives, is listed first
    /// (CONTRACT §5), whatever page it came on.
    pin: Option<String>,
    pinned: Option<Interaction>,
    /// Rows that arrived live (oldest first), listed above the loaded ones, newest first.
    live: Vec<Interaction>,
    /// Counts changes that move or change rows already listed (a live row on top, a row
    /// updated in place), so searches and the view look again.
    revision: u64,
    /// The newest live arrival, for the screen reader's "New interaction from …".
    arrival: Option<(u64, Interaction)>,
}

/// What a live event did to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    /// A new row, listed on top.
    Added,
    /// A row already listed, changed where it is.
    Updated,
    /// Nothing changed.
    Same,
}

impl RowStore {
    pub fn new() -> RowStore {
        RowStore::default()
    }

    /// Lists the row with this id first, once it arrives (`gcConversationId`).
    pub fn with_pin(self, id: Option<String>) -> RowStore {
        RowStore { pin: id.filter(|id| !id.is_empty()), ..self }
    }

    fn counted(&mut self, row: &Interaction) {
        let slug = row.kind.slug();
        match self.kind_counts.iter_mut().find(|(k, _)| *k == slug) {
            Some((_, n)) => *n += 1,
            None => self.kind_counts.push((slug, 1)),
        }
    }

    /// Rows in the chunks (neither pinned nor live).
    fn in_chunks(&self) -> usize {
        self.loaded - usize::from(self.pinned.is_some()) - self.live.len()
    }

    /// A conversation from a live event: a new one is listed on top (under the current
    /// interaction), a known one changes where it is. Nothing is loaded again.
    pub fn upsert(&mut self, row: Interaction) -> Upsert {
        let Some(slot) = self.ids.get(&row.id).copied() else {
            self.counted(&row);
            self.loaded += 1;
            self.revision += 1;
            if self.pin.as_deref() == Some(row.id.as_str()) {
                self.ids.insert(row.id.clone(), Slot::Pinned);
                self.pinned = Some(row);
            } else {
                self.ids.insert(row.id.clone(), Slot::Live(self.live.len()));
                self.arrival = Some((self.revision, row.clone()));
                self.live.push(row);
            }
            return Upsert::Added;
        };
        let row = match self.get(slot) {
            Some(known) => row.filled_from(known),
            None => row,
        };
        if self.get(slot) == Some(&row) {
            return Upsert::Same;
        }
        match slot {
            Slot::Pinned => self.pinned = Some(row),
            Slot::Live(i) => self.live[i] = row,
            Slot::Chunk(c, i) => {
                // That chunk (at most a page) is copied with the row changed.
                let mut copy = self.chunks[c].to_vec();
                copy[i] = row;
                self.chunks[c] = copy.into();
            }
        }
        self.revision += 1;
        Upsert::Updated
    }

    fn get(&self, slot: Slot) -> Option<&Interaction> {
        match slot {
            Slot::Pinned => self.pinned.as_ref(),
            Slot::Live(i) => self.live.get(i),
            Slot::Chunk(c, i) => self.chunks.get(c)?.get(i),
        }
    }

    /// Page 1 again after a gap in live updates: what was missed is listed on top (in its
    /// order), what changed changes in place; no row twice.
    pub fn merge_top(&mut self, page: Page) {
        for row in page.interactions.into_iter().rev() {
            self.upsert(row);
        }
        self.arrival = None;
    }

    /// Counts changes to rows already listed (see `upsert`).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The newest live arrival (and the revision it came with), for the announcement.
    pub fn arrival(&self) -> Option<&(u64, Interaction)> {
        self.arrival.as_ref()
    }

    /// The row with this id, wherever it is listed.
    pub fn find(&self, id: &str) -> Option<&Interaction> {
        self.get(*self.ids.get(id)?)
    }

    /// The current interaction's row, once it is listed.
    pub fn current(&self) -> Option<&Interaction> {
        self.pinned.as_ref()
    }

    /// Every listed row other than the current one: live arrivals, then the loaded rows.
    pub fn others(&self) -> impl Iterator<Item = &Interaction> {
        self.live.iter().chain(self.chunks.iter().flat_map(|c| c.iter()))
    }

    /// Whether the current interaction's row is listed (first).
    pub fn has_pinned(&self) -> bool {
        self.pinned.is_some()
    }

    /// How many rows are listed above the loaded ones (live arrivals).
    pub fn live_rows(&self) -> usize {
        self.live.len()
    }

    /// Whether `row` is the current interaction.
    pub fn is_current(&self, row: &Interaction) -> bool {
        self.pin.as_deref() == Some(row.id.as_str())
    }

    /// A new load from the first page: every row of earlier loads goes, and what was counted
    /// of them; the pin stays (and the epoch moves on).
    pub fn restart(&mut self) {
        *self = RowStore { epoch: self.epoch + 1, pin: self.pin.take(), ..RowStore::new() };
    }

    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Adds a page's rows. A row whose id was already received is dropped and counted.
    pub fn add_page(&mut self, page: Page) {
        if page.total_count.is_some() {
            self.total = page.total_count;
        }
        self.skipped += page.skipped;
        let mut fresh = Vec::with_capacity(page.interactions.len());
        let chunk = self.chunks.len();
        for row in page.interactions {
            if self.ids.contains_key(&row.id) {
                self.duplicates += 1;
                continue;
            }
            self.counted(&row);
            if self.pin.as_deref() == Some(row.id.as_str()) {
                self.ids.insert(row.id.clone(), Slot::Pinned);
                self.pinned = Some(row);
                self.loaded += 1;
                continue;
            }
            self.ids.insert(row.id.clone(), Slot::Chunk(chunk, fresh.len()));
            fresh.push(row);
        }
        if !fresh.is_empty() {
            // Chunk starts count the rows in chunks only; the pinned and live rows go first.
            self.starts.push(self.in_chunks());
            self.loaded += fresh.len();
            self.chunks.push(fresh.into());
        }
    }

    /// How many interactions have been received (after dropping duplicates).
    pub fn loaded(&self) -> usize {
        self.loaded
    }

    /// The `totalCount` the API announced last, if any.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// How many loaded rows have this `Kind::slug()`.
    pub fn kind_count(&self, slug: &str) -> usize {
        self.kind_counts.iter().find(|(k, _)| *k == slug).map_or(0, |(_, n)| *n)
    }

    pub fn duplicates(&self) -> usize {
        self.duplicates
    }

    pub fn skipped(&self) -> usize {
        self.skipped
    }

    /// The rows, as the chunks they arrived in. Cloning this is one pointer per page.
    pub fn chunks(&self) -> &[Arc<[Interaction]>] {
        &self.chunks
    }

    /// Row `index` (0-based): the current interaction first, then the rest in arrival order.
    pub fn row(&self, index: usize) -> Option<&Interaction> {
        let index = match &self.pinned {
            Some(pinned) if index == 0 => return Some(pinned),
            Some(_) => index - 1,
            None => index,
        };
        let index = match index.checked_sub(self.live.len()) {
            Some(i) => i,
            None => return self.live.get(self.live.len() - 1 - index),
        };
        let chunk = self.starts.partition_point(|s| *s <= index).checked_sub(1)?;
        self.chunks[chunk].get(index - self.starts[chunk])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn row(id: &str) -> Interaction {
        Interaction::new(id.into(), Kind::Call)
    }

    fn page(ids: &[&str], total: Option<u64>) -> Page {
        Page { interactions: ids.iter().map(|i| row(i)).collect(), total_count: total, skipped: 0 }
    }

    #[test]
    fn an_update_that_says_less_keeps_what_the_row_had() {
        use crate::model::Direction;
        let mut m = RowStore::new();
        let mut loaded = Interaction::new("c".into(), Kind::Chat);
        loaded.direction = Some(Direction::Inbound);
        loaded.name = Some("Ana".into());
        loaded.in_progress = true;
        m.add_page(Page { interactions: vec![loaded], total_count: None, skipped: 0 });
        // A chat event: no direction (chat items have none), and the chat has ended.
        let event = Interaction { name: Some("Ana B".into()), ..Interaction::new("c".into(), Kind::Chat) };
        assert_eq!(m.upsert(event), Upsert::Updated);
        let row = m.find("c").unwrap();
        assert_eq!(row.direction, Some(Direction::Inbound), "kept");
        assert_eq!(row.name.as_deref(), Some("Ana B"), "what it says, it changes");
        assert!(!row.in_progress, "and it ended");
    }

    #[test]
    fn pages_are_counted_as_they_come() {
        let mut m = RowStore::new();
        m.add_page(page(&["a", "b"], Some(3)));
        assert_eq!((m.loaded(), m.total()), (2, Some(3)));
        m.add_page(page(&["c"], None));
        assert_eq!((m.loaded(), m.total()), (3, Some(3)));
        assert_eq!(m.chunks().len(), 2);
        assert_eq!((m.kind_count("call"), m.kind_count("chat")), (3, 0));
        assert_eq!(m.find("b").map(|r| r.id.as_str()), Some("b"));
        assert!(m.find("x").is_none());
    }

    #[test]
    fn row_access_across_many_chunks() {
        let mut m = RowStore::new();
        for p in 0..50 {
            let ids: Vec<String> = (0..7).map(|i| format!("{}", p * 7 + i)).collect();
            let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            m.add_page(page(&refs, None));
            m.add_page(page(&[], None));
        }
        for i in [0, 6, 7, 100, 349] {
            assert_eq!(m.row(i).unwrap().id, i.to_string());
        }
        assert!(m.row(350).is_none());
    }

    #[test]
    fn the_current_interaction_is_listed_first_whatever_page_it_came_on() {
        let mut m = RowStore::new().with_pin(Some("x".into()));
        m.add_page(page(&["a", "b"], None));
        assert_eq!(m.row(0).unwrap().id, "a");
        m.add_page(page(&["c", "x", "d"], None));
        let ids: Vec<_> = (0..m.loaded()).map(|i| m.row(i).unwrap().id.clone()).collect();
        assert_eq!(ids, ["x", "a", "b", "c", "d"]);
        assert!(m.is_current(m.row(0).unwrap()));
        assert!(!m.is_current(m.row(1).unwrap()));
        assert!(m.row(5).is_none());
        m.add_page(page(&["x", "e"], None));
        assert_eq!((m.loaded(), m.duplicates()), (6, 1), "shown once");
        assert_eq!(m.row(5).unwrap().id, "e");
        m.restart();
        m.add_page(page(&["x"], None));
        assert!(m.is_current(m.row(0).unwrap()), "the pin stays for the next load");
    }

    #[test]
    fn live_rows_go_on_top_and_known_ones_change_in_place() {
        let mut m = RowStore::new().with_pin(Some("p".into()));
        m.add_page(page(&["a", "p", "b"], None));
        let ids = |m: &RowStore| (0..m.loaded()).map(|i| m.row(i).unwrap().id.clone()).collect::<Vec<_>>();
        assert_eq!(m.upsert(row("n1")), Upsert::Added);
        assert_eq!(m.upsert(row("n2")), Upsert::Added);
        assert_eq!(ids(&m), ["p", "n2", "n1", "a", "b"], "newest first, under the current one");
        assert_eq!(m.arrival().map(|(_, r)| r.id.as_str()), Some("n2"));
        let mut ended = row("b");
        ended.in_progress = true;
        assert_eq!(m.upsert(ended.clone()), Upsert::Updated);
        assert_eq!(m.upsert(ended), Upsert::Same);
        assert!(m.row(4).unwrap().in_progress, "changed where it is");
        let mut n1 = row("n1");
        n1.name = Some("Ada".into());
        assert_eq!(m.upsert(n1), Upsert::Updated);
        assert_eq!(m.row(2).unwrap().name.as_deref(), Some("Ada"));
        assert_eq!(m.loaded(), 5);
        // Page 1 again after a gap: the missed ones on top in order, no row twice.
        m.merge_top(page(&["m1", "m2", "n2", "a"], None));
        assert_eq!(ids(&m), ["p", "m1", "m2", "n2", "n1", "a", "b"]);
        assert_eq!(m.kind_count("call"), 7);
        // A new page after live rows still lands below them.
        m.add_page(page(&["z"], None));
        assert_eq!(ids(&m).last().map(String::as_str), Some("z"));
    }

    #[test]
    fn duplicates_are_dropped_and_counted() {
        let mut m = RowStore::new();
        m.add_page(page(&["a", "b"], None));
        m.add_page(page(&["b", "c", "a"], None));
        assert_eq!(m.loaded(), 3);
        assert_eq!(m.duplicates(), 2);
        let ids: Vec<_> = m.chunks().iter().flat_map(|c| c.iter().map(|r| r.id.clone())).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        let by_index: Vec<_> = (0..4).map(|i| m.row(i).map(|r| r.id.clone())).collect();
        assert_eq!(by_index, [Some("a".into()), Some("b".into()), Some("c".into()), None]);
    }

    #[test]
    fn restart_drops_the_rows_and_keeps_the_pin() {
        let mut m = RowStore::new();
        m.add_page(page(&["a"], Some(5)));
        assert_eq!(m.loaded(), 1);
        let epoch = m.epoch();
        m.restart();
        assert_eq!((m.loaded(), m.total(), m.chunks().len()), (0, None, 0));
        assert_eq!(m.epoch(), epoch + 1);
        m.add_page(page(&["a"], None));
        assert_eq!(m.loaded(), 1, "ids from the old load do not count as duplicates");
    }
}
