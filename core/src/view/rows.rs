//! What the list shows: the state machine behind `data-state`, and the rows received.

use std::collections::HashSet;
use std::sync::Arc;

use crate::error::WidgetError;
use crate::model::{Interaction, Names, Page};

/// The widget's visible state (CONTRACT §5 `data-state`).
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Starting up: reading config, asking the host for a token.
    Handshake,
    /// Pages are still coming (rows may already be shown).
    Loading,
    /// All pages are in and there is at least one row.
    Ready,
    /// All pages are in and there are no rows.
    Empty,
    /// Something went wrong; rows already received stay shown.
    Failed(WidgetError),
}

impl Phase {
    pub fn name(&self) -> &'static str {
        match self {
            Phase::Handshake => "handshake",
            Phase::Loading => "loading",
            Phase::Ready => "ready",
            Phase::Empty => "empty",
            Phase::Failed(_) => "error",
        }
    }
}

/// Why a load is paused (while `data-state` stays `loading`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// The service said 429; the next try is at `until_ms` (Unix epoch ms).
    RateLimited { until_ms: u64 },
    /// A server or network failure; the next try is at `until_ms`.
    Retrying { until_ms: u64 },
    /// The browser is offline; the load continues when it is back online.
    Offline,
}

impl Pause {
    /// Whole seconds left until `until_ms`, rounded up (0 for `Offline`).
    pub fn seconds_left(&self, now_ms: u64) -> u64 {
        match self {
            Pause::RateLimited { until_ms } | Pause::Retrying { until_ms } => {
                until_ms.saturating_sub(now_ms).div_ceil(1000)
            }
            Pause::Offline => 0,
        }
    }
}

/// The list: its phase and the rows received, kept as the pages they came in so that adding
/// a page never copies the rows already there.
#[derive(Debug, Clone, PartialEq)]
pub struct ListModel {
    pub phase: Phase,
    /// Set while a load waits (rate limit, backoff, offline).
    pub pause: Option<Pause>,
    /// Counts loads started from the first page; rendering keys include it so that rows of
    /// an earlier load are never mistaken for rows of this one.
    epoch: u64,
    chunks: Vec<Arc<[Interaction]>>,
    /// Index of each chunk's first row, for O(log pages) access by row index.
    starts: Vec<usize>,
    loaded: usize,
    total: Option<u64>,
    ids: HashSet<String>,
    duplicates: usize,
    skipped: usize,
    /// Rows per `Kind::slug()`, for the filter chips.
    kind_counts: Vec<(&'static str, usize)>,
    /// Learned once per session: kept when a new load starts.
    names: Arc<Names>,
    /// Counts the times names were learned, so a search can look again.
    names_version: u64,
    /// Whether rows open in Genesys Cloud (the Genesys source): activating one is
    /// `showMyInteractionDetails`.
    opens_in_genesys: bool,
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
    pub arrival: Option<(u64, Interaction)>,
    /// How live updates are doing, for the header.
    pub live_status: crate::live::Status,
    /// The time range of this load (Genesys source), for the chips.
    pub range: Option<crate::model::Range>,
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

impl Default for ListModel {
    fn default() -> Self {
        ListModel::new()
    }
}

impl ListModel {
    pub fn new() -> ListModel {
        ListModel {
            phase: Phase::Handshake,
            pause: None,
            epoch: 0,
            chunks: Vec::new(),
            starts: Vec::new(),
            loaded: 0,
            total: None,
            ids: HashSet::new(),
            duplicates: 0,
            skipped: 0,
            kind_counts: Vec::new(),
            names: Arc::default(),
            names_version: 0,
            opens_in_genesys: false,
            pin: None,
            pinned: None,
            live: Vec::new(),
            revision: 0,
            arrival: None,
            live_status: crate::live::Status::Off,
            range: None,
        }
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
        if self.ids.insert(row.id.clone()) {
            self.counted(&row);
            self.loaded += 1;
            self.revision += 1;
            if self.pin.as_deref() == Some(row.id.as_str()) {
                self.pinned = Some(row);
            } else {
                self.arrival = Some((self.revision, row.clone()));
                self.live.push(row);
            }
            return Upsert::Added;
        }
        let slot = if self.pinned.as_ref().is_some_and(|p| p.id == row.id) {
            self.pinned.as_mut()
        } else if let Some(at) = self.live.iter().position(|r| r.id == row.id) {
            self.live.get_mut(at)
        } else {
            // In a chunk: that chunk (at most a page) is copied with the row changed.
            let found = self
                .chunks
                .iter()
                .enumerate()
                .find_map(|(c, chunk)| chunk.iter().position(|r| r.id == row.id).map(|i| (c, i)));
            let Some((c, i)) = found else { return Upsert::Same };
            if self.chunks[c][i] == row {
                return Upsert::Same;
            }
            let mut copy = self.chunks[c].to_vec();
            copy[i] = row;
            self.chunks[c] = copy.into();
            self.revision += 1;
            return Upsert::Updated;
        };
        match slot {
            Some(old) if *old != row => {
                *old = row;
                self.revision += 1;
                Upsert::Updated
            }
            _ => Upsert::Same,
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

    /// The row with this id, wherever it is listed.
    pub fn find(&self, id: &str) -> Option<&Interaction> {
        self.pinned.iter().chain(self.live.iter()).chain(self.chunks.iter().flat_map(|c| c.iter())).find(|r| r.id == id)
    }

    /// The current interaction's row, once it is listed.
    pub fn current(&self) -> Option<&Interaction> {
        self.pinned.as_ref()
    }

    /// How many other listed interactions are with the same contact as `row`: the same
    /// external contact, else the same address (as [`crate::view::group::contact_key`] has it).
    pub fn with_same_contact(&self, row: &Interaction) -> usize {
        let same = |other: &Interaction| other.id != row.id && crate::model::same_contact(row, other);
        self.live.iter().chain(self.chunks.iter().flat_map(|c| c.iter())).filter(|r| same(r)).count()
    }

    /// Whether the current interaction's row is listed (first).
    pub fn has_pinned(&self) -> bool {
        self.pinned.is_some()
    }

    /// How many rows are listed above the loaded ones (live arrivals).
    pub fn live_rows(&self) -> usize {
        self.live.len()
    }

    /// Lists the row with this id first, once it arrives (`gcConversationId`).
    pub fn with_pin(self, id: Option<String>) -> ListModel {
        ListModel { pin: id.filter(|id| !id.is_empty()), ..self }
    }

    /// Whether `row` is the current interaction.
    pub fn is_current(&self, row: &Interaction) -> bool {
        self.pin.as_deref() == Some(row.id.as_str())
    }

    /// A new load from the first page: every row of earlier loads is dropped.
    pub fn restart(&mut self) {
        *self = ListModel {
            phase: Phase::Loading,
            epoch: self.epoch + 1,
            names: Arc::clone(&self.names),
            names_version: self.names_version,
            opens_in_genesys: self.opens_in_genesys,
            pin: self.pin.take(),
            live_status: self.live_status,
            range: self.range,
            ..ListModel::new()
        };
    }

    /// Says which source the rows come from: whether a row opens in Genesys Cloud.
    pub fn set_opens_in_genesys(&mut self, opens: bool) {
        self.opens_in_genesys = opens;
    }

    pub fn opens_in_genesys(&self) -> bool {
        self.opens_in_genesys
    }

    /// Learns names of contacts and queues (rows already shown fill in).
    pub fn add_names(&mut self, learned: Names) {
        if learned.is_empty() {
            return;
        }
        let names = Arc::make_mut(&mut self.names);
        names.contacts.extend(learned.contacts);
        names.queues.extend(learned.queues);
        self.names_version += 1;
    }

    pub fn names(&self) -> &Arc<Names> {
        &self.names
    }

    pub fn names_version(&self) -> u64 {
        self.names_version
    }

    /// Back to the handshake (a retry after a start-up failure).
    pub fn rehandshake(&mut self) {
        *self = ListModel {
            epoch: self.epoch + 1,
            names: Arc::clone(&self.names),
            names_version: self.names_version,
            pin: self.pin.take(),
            ..ListModel::new()
        };
    }

    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// The token is in and the first request is going out.
    pub fn loading(&mut self) {
        self.phase = Phase::Loading;
    }

    /// Adds a page's rows. A row whose id was already received is dropped and counted.
    pub fn add_page(&mut self, page: Page) {
        if page.total_count.is_some() {
            self.total = page.total_count;
        }
        self.skipped += page.skipped;
        let mut fresh = Vec::with_capacity(page.interactions.len());
        for row in page.interactions {
            if self.ids.insert(row.id.clone()) {
                self.counted(&row);
                if self.pin.as_deref() == Some(row.id.as_str()) {
                    self.pinned = Some(row);
                    self.loaded += 1;
                    continue;
                }
                fresh.push(row);
            } else {
                self.duplicates += 1;
            }
        }
        if !fresh.is_empty() {
            // Chunk starts count the rows in chunks only; the pinned and live rows go first.
            self.starts.push(self.in_chunks());
            self.loaded += fresh.len();
            self.chunks.push(fresh.into());
        }
    }

    /// The load waits; shown while the phase stays `Loading`.
    pub fn pause(&mut self, pause: Pause) {
        self.pause = Some(pause);
    }

    /// The load goes on.
    pub fn unpause(&mut self) {
        self.pause = None;
    }

    /// The last page is in.
    pub fn finish(&mut self) {
        self.pause = None;
        self.phase = if self.loaded == 0 { Phase::Empty } else { Phase::Ready };
    }

    pub fn fail(&mut self, error: WidgetError) {
        self.pause = None;
        self.phase = Phase::Failed(error);
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

    pub fn error(&self) -> Option<&WidgetError> {
        match &self.phase {
            Phase::Failed(e) => Some(e),
            _ => None,
        }
    }

    /// Whether pages are still expected.
    pub fn is_loading(&self) -> bool {
        self.phase == Phase::Loading
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::source::LoadError;

    fn row(id: &str) -> Interaction {
        Interaction::new(id.into(), Kind::Call)
    }

    fn page(ids: &[&str], total: Option<u64>) -> Page {
        Page { interactions: ids.iter().map(|i| row(i)).collect(), total_count: total, skipped: 0 }
    }

    #[test]
    fn phases_follow_the_load() {
        let mut m = ListModel::new();
        assert_eq!(m.phase.name(), "handshake");
        m.loading();
        assert_eq!(m.phase.name(), "loading");
        m.add_page(page(&["a", "b"], Some(3)));
        assert_eq!((m.phase.name(), m.loaded(), m.total()), ("loading", 2, Some(3)));
        m.add_page(page(&["c"], None));
        m.finish();
        assert_eq!((m.phase.name(), m.loaded(), m.total()), ("ready", 3, Some(3)));
        assert_eq!(m.chunks().len(), 2);
        assert_eq!((m.kind_count("call"), m.kind_count("chat")), (3, 0));
    }

    #[test]
    fn row_access_across_many_chunks() {
        let mut m = ListModel::new();
        m.loading();
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
    fn pauses_count_down_and_end_with_the_load() {
        let p = Pause::RateLimited { until_ms: 10_500 };
        assert_eq!(p.seconds_left(8_000), 3);
        assert_eq!(p.seconds_left(10_500), 0);
        assert_eq!(p.seconds_left(99_000), 0);
        assert_eq!(Pause::Offline.seconds_left(0), 0);
        let mut m = ListModel::new();
        m.loading();
        m.pause(p);
        assert_eq!(m.phase.name(), "loading");
        m.unpause();
        assert_eq!(m.pause, None);
        m.pause(Pause::Offline);
        m.fail(WidgetError::Load(LoadError::Forbidden));
        assert_eq!(m.pause, None, "an error ends the pause");
    }

    #[test]
    fn the_current_interaction_is_listed_first_whatever_page_it_came_on() {
        let mut m = ListModel::new().with_pin(Some("x".into()));
        m.loading();
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
        let mut m = ListModel::new().with_pin(Some("p".into()));
        m.loading();
        m.add_page(page(&["a", "p", "b"], None));
        m.finish();
        let ids = |m: &ListModel| (0..m.loaded()).map(|i| m.row(i).unwrap().id.clone()).collect::<Vec<_>>();
        assert_eq!(m.upsert(row("n1")), Upsert::Added);
        assert_eq!(m.upsert(row("n2")), Upsert::Added);
        assert_eq!(ids(&m), ["p", "n2", "n1", "a", "b"], "newest first, under the current one");
        assert_eq!(m.arrival.as_ref().map(|(_, r)| r.id.as_str()), Some("n2"));
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
    fn earlier_interactions_with_the_same_contact_are_counted() {
        let with = |id: &str, contact: Option<&str>, address: &str| Interaction {
            contact_id: contact.map(Into::into),
            address: Some(address.into()),
            ..Interaction::new(id.into(), Kind::Call)
        };
        let mut m = ListModel::new().with_pin(Some("now".into()));
        m.loading();
        m.add_page(Page {
            interactions: vec![
                with("a", Some("ec-1"), "+1"),
                with("now", Some("ec-1"), "+1"),
                with("b", Some("ec-2"), "+1"),
                with("c", Some("ec-1"), "+9"),
                with("d", None, "+1"),
            ],
            total_count: None,
            skipped: 0,
        });
        let current = m.current().unwrap().clone();
        assert_eq!(m.with_same_contact(&current), 2, "by external contact");
        assert_eq!(m.with_same_contact(&with("x", None, "+1")), 1, "else by address, among rows without a contact");
    }

    #[test]
    fn no_rows_is_empty() {
        let mut m = ListModel::new();
        m.loading();
        m.add_page(page(&[], Some(0)));
        m.finish();
        assert_eq!(m.phase, Phase::Empty);
    }

    #[test]
    fn duplicates_are_dropped_and_counted() {
        let mut m = ListModel::new();
        m.loading();
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
    fn failure_keeps_rows_and_restart_drops_them() {
        let mut m = ListModel::new();
        m.loading();
        m.add_page(page(&["a"], Some(5)));
        m.fail(WidgetError::Load(LoadError::Forbidden));
        assert_eq!(m.phase.name(), "error");
        assert_eq!(m.loaded(), 1);
        assert!(m.error().is_some());
        let epoch = m.epoch();
        m.restart();
        assert_eq!((m.phase.name(), m.loaded(), m.total(), m.chunks().len()), ("loading", 0, None, 0));
        assert_eq!(m.epoch(), epoch + 1);
        m.add_page(page(&["a"], None));
        assert_eq!(m.loaded(), 1, "ids from the old load do not count as duplicates");
    }
}
