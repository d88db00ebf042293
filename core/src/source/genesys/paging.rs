//! Page-number paging (CONTRACT §7.2).

use crate::source::loader::DEFAULT_MAX_PAGES;

/// Where page-number paging stands (CONTRACT §7.2): pages `1, 2, …` until
/// `pageNumber × pageSize ≥ totalHits` or a page brings fewer than `pageSize` conversations.
/// `totalHits` drifts while conversations arrive; the last one heard counts. However it drifts,
/// a load ends after [`DEFAULT_MAX_PAGES`] pages (as a cursor load does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageNumbers {
    page_size: u32,
    max_pages: u32,
    /// The highest page received so far (0: none).
    received: u32,
    total_hits: Option<u64>,
    done: bool,
}

impl PageNumbers {
    pub fn new(page_size: u32) -> PageNumbers {
        PageNumbers {
            page_size: page_size.max(1),
            max_pages: DEFAULT_MAX_PAGES,
            received: 0,
            total_hits: None,
            done: false,
        }
    }

    /// The same with another page cap.
    pub fn with_max_pages(self, max_pages: u32) -> PageNumbers {
        PageNumbers { max_pages: max_pages.max(1), ..self }
    }

    /// Whether the load stopped at the page cap rather than at its end.
    pub fn capped(&self) -> bool {
        self.done
            && self.received >= self.max_pages
            && self.total_hits.is_some_and(|t| u64::from(self.received) * u64::from(self.page_size) < t)
    }

    /// A page came: its number, how many conversations it held, and the `totalHits` it said.
    pub fn received(&mut self, page_number: u32, count: usize, total_hits: Option<u64>) {
        self.received = self.received.max(page_number);
        if total_hits.is_some() {
            self.total_hits = total_hits;
        }
        let short = count < self.page_size as usize;
        let past_total = self.total_hits.is_some_and(|t| u64::from(page_number) * u64::from(self.page_size) >= t);
        if short || past_total || self.total_hits == Some(0) || self.received >= self.max_pages {
            self.done = true;
        }
    }

    /// The next page to ask for, one at a time; `None` when the load is complete.
    pub fn next(&self) -> Option<u32> {
        (!self.done).then_some(self.received + 1)
    }

    /// Once page 1 has said `totalHits`: every page still to ask for, which need not wait for
    /// each other (fetched a few at a time, shown in order).
    pub fn remaining(&self) -> Option<std::ops::RangeInclusive<u32>> {
        let total = self.total_hits?;
        if self.done {
            return None;
        }
        let last = u32::try_from(total.div_ceil(u64::from(self.page_size))).ok()?.min(self.max_pages);
        (last > self.received).then(|| self.received + 1..=last)
    }

    pub fn total_hits(&self) -> Option<u64> {
        self.total_hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_stops_at_total_hits_or_a_short_page() {
        let mut p = PageNumbers::new(100);
        assert_eq!(p.next(), Some(1));
        assert_eq!(p.remaining(), None, "nothing is known before page 1");
        p.received(1, 100, Some(250));
        assert_eq!(p.next(), Some(2));
        assert_eq!(p.remaining(), Some(2..=3));
        p.received(2, 100, Some(250));
        p.received(3, 50, Some(250));
        assert_eq!(p.next(), None);
        // A short page ends it even when totalHits says more.
        let mut p = PageNumbers::new(100);
        p.received(1, 40, Some(900));
        assert_eq!(p.next(), None);
        // Exactly a multiple: page × size ≥ totalHits.
        let mut p = PageNumbers::new(100);
        p.received(1, 100, Some(200));
        p.received(2, 100, Some(200));
        assert_eq!(p.next(), None);
        // Nothing at all.
        let mut p = PageNumbers::new(100);
        p.received(1, 0, Some(0));
        assert_eq!(p.next(), None);
        assert_eq!(p.total_hits(), Some(0));
        // However far totalHits runs ahead, the cap ends the load, and says so.
        let mut p = PageNumbers::new(10).with_max_pages(3);
        for n in 1..=3 {
            assert_eq!(p.next(), Some(n));
            p.received(n, 10, Some(1_000 * u64::from(n)));
        }
        assert_eq!(p.next(), None);
        assert!(p.capped());
        assert_eq!(p.remaining(), None);
    }
}
