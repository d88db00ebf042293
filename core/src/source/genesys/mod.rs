//! The Genesys data source (CONTRACT §7; GENESYS-API.md §2–5) as a [`Source`]: `users/me` once
//! per session, the analytics details query by page number, the row for each conversation, and
//! the names of contacts and queues in batches. Its parts:
//!
//! - [`query`]: the details query's body;
//! - [`paging`]: page-number paging;
//! - [`analytics`]: what the query answers, and the row of a conversation;
//! - [`enrichment`]: names in batches, each id once per session (and the session's [`Memory`]);
//! - [`event`]: the row of a live conversation event.

pub mod analytics;
pub mod enrichment;
pub mod event;
pub mod paging;
pub mod query;

use crate::model::{believable_total, Interaction, Page};
use crate::net::{paths, BaseUrl, Body, Request};
use crate::source::error::{LoadError, PageError};
use crate::source::loader::{Delivery, Source, DEFAULT_MAX_PAGES};
use crate::util::json::ReadError;
use crate::util::text::non_empty;
use crate::util::time::iso_utc;

use analytics::{conversation_row, RawDetailsPage, RawUserMe};
pub use enrichment::{Batches, EnrichmentSource, Memory, MAX_BATCH};
use paging::PageNumbers;
use query::DetailsQuery;

const TAG_ME: u32 = 0;
/// Requests in flight at once once `totalHits` is known (CONTRACT §7, issue: 2 to 4). With
/// batching, a load of N conversations is about `N / 100 × 1.6` requests: well under the
/// ~300 a minute a token may make for any list an agent has.
pub const CONCURRENCY: usize = 3;

/// How much of the interval a load wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every page, until the last (or the page cap, which is then an error).
    Full,
    /// Page 1 only, to merge on top after a gap in live updates.
    FirstPage,
}

/// A page that arrived before the pages above it: held until they have.
#[derive(Debug, Clone)]
struct Held {
    rows: Vec<Interaction>,
    count: usize,
    total: Option<u64>,
    skipped: usize,
}

/// CONTRACT §7 as a [`Source`]: `users/me` once, then the details query by page number
/// (page 1 alone, then the rest [`CONCURRENCY`] at a time, shown in order), and the
/// enrichment batches as their ids gather. A failed enrichment only means fewer names.
#[derive(Debug, Clone)]
pub struct GenesysSource {
    api_base: BaseUrl,
    page_size: u32,
    interval: String,
    mode: Mode,
    memory: Memory,
    query: Option<DetailsQuery>,
    pages: PageNumbers,
    me_asked: bool,
    /// The highest page asked for, and the highest shown (all below it are shown too).
    asked: u32,
    delivered: u32,
    // Small lists (a few pages, a few batches): plain vectors, which cost the bundle least.
    held: Vec<(u32, Held)>,
    batches: Batches,
    /// The last enrichment batch (what had not filled a batch) has been planned.
    planned_all: bool,
    /// The `totalHits` of the last page shown, and pages to ask again (see `read_page`).
    last_total: Option<u64>,
    reask: Vec<u32>,
    reasked: u32,
    /// When the oldest conversation shown so far started: a later page's rows that are newer
    /// go on top, not below it.
    oldest_shown_ms: Option<u64>,
}

impl GenesysSource {
    /// A load of the conversations between `start_ms` and `now_ms` (the range shown). The
    /// interval is fixed now, the same for each of its pages (CONTRACT §7.2).
    pub fn since(
        api_base: BaseUrl,
        page_size: u32,
        start_ms: u64,
        now_ms: u64,
        mode: Mode,
        memory: Memory,
    ) -> GenesysSource {
        let interval = format!("{}/{}", iso_utc(start_ms.min(now_ms)), iso_utc(now_ms));
        let query = memory.me.as_deref().map(|me| DetailsQuery::new(me, interval.clone(), page_size));
        let pages = match mode {
            Mode::Full => PageNumbers::new(page_size),
            Mode::FirstPage => PageNumbers::new(page_size).with_max_pages(1),
        };
        GenesysSource {
            api_base,
            page_size,
            interval,
            mode,
            memory,
            query,
            pages,
            me_asked: false,
            asked: 0,
            delivered: 0,
            held: Vec::new(),
            batches: Batches::default(),
            planned_all: false,
            last_total: None,
            oldest_shown_ms: None,
            reask: Vec::new(),
            reasked: 0,
        }
    }

    /// The agent, once `users/me` has answered (or the session knew it).
    pub fn me(&self) -> Option<&str> {
        self.memory.me.as_deref()
    }

    pub fn with_max_pages(mut self, max_pages: u32) -> GenesysSource {
        self.pages = self.pages.with_max_pages(max_pages);
        self
    }

    /// Takes back what this load learned for the session (it must not be used afterwards,
    /// except to be given it back: a failed load, resumed). Ids whose answers never came are
    /// forgotten there, so later work asks again.
    pub fn take_memory(&mut self) -> Memory {
        self.batches.release(&mut self.memory.enrichment);
        std::mem::take(&mut self.memory)
    }

    /// A stopped load (failed, resumed) gets the session's memory back. The names it had
    /// asked for or planned are asked again, unless other work asked them meanwhile.
    pub fn give_memory(&mut self, memory: Memory) {
        self.memory = memory;
        self.batches.reclaim(&mut self.memory.enrichment);
    }

    fn details(&self, n: u32) -> Option<Request> {
        let query = self.query.as_ref()?;
        Some(Request::post(format!("{}{}", self.api_base.as_str(), paths::DETAILS_QUERY), query.page(n).to_json()))
    }

    fn next_page(&self) -> Option<u32> {
        self.query.as_ref()?;
        self.pages.next()?;
        if self.asked == 0 {
            return Some(1);
        }
        let candidate = self.asked + 1;
        if self.pages.remaining().is_some_and(|r| candidate <= *r.end()) {
            return Some(candidate);
        }
        // Beyond what `totalHits` promised (it grew): one at a time, after the rest.
        (self.delivered == self.asked).then_some(candidate)
    }

    fn plan_rest(&mut self) {
        if !self.planned_all && self.query.is_some() && self.pages.next().is_none() && self.delivered >= self.asked {
            self.planned_all = true;
            self.batches.add(self.memory.enrichment.plan(&self.api_base, [], true));
        }
    }

    fn read_page<B: Body>(&mut self, number: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
        let raw: RawDetailsPage = body.and_then(B::read).map_err(|e| LoadError::BadPage(PageError::NotAPage(e)))?;
        let me = self.memory.me.clone().unwrap_or_default();
        let conversations = raw.conversations.unwrap_or_default();
        let count = conversations.len();
        let rows: Vec<Interaction> = conversations.into_iter().filter_map(|c| conversation_row(c, &me)).collect();
        let total = believable_total(raw.total_hits);
        let skipped = count - rows.len();
        self.held.retain(|(n, _)| *n != number);
        self.held.push((number, Held { rows, count, total, skipped }));
        let mut out = Vec::new();
        while let Some(at) = self.held.iter().position(|(n, _)| *n == self.delivered + 1) {
            let (_, held) = self.held.swap_remove(at);
            // Conversations that arrive while the load runs push the others down a page
            // (newest first). A page answered *before* the page above it saw fewer of them
            // (a smaller `totalHits`): conversations could fall between the two. It is asked
            // again, after the page above, so nothing is lost (repeats are dropped by id).
            let stale = matches!((self.last_total, held.total), (Some(above), Some(t)) if t < above);
            if stale && self.reasked < DEFAULT_MAX_PAGES {
                self.reasked += 1;
                self.reask.push(self.delivered + 1);
                break;
            }
            self.last_total = held.total.or(self.last_total);
            self.delivered += 1;
            self.pages.received(self.delivered, held.count, held.total);
            self.batches.add(self.memory.enrichment.plan(&self.api_base, &held.rows, false));
            // So many conversations may arrive between two pages that a page holds some newer
            // than the bottom of the list (newest first): those go on top, the rest below.
            let (late, rows): (Vec<Interaction>, Vec<Interaction>) = match self.oldest_shown_ms {
                Some(oldest) => held.rows.into_iter().partition(|r| r.started_ms.is_some_and(|s| s > oldest)),
                None => (Vec::new(), held.rows),
            };
            if let Some(last) = rows.iter().rev().find_map(|r| r.started_ms) {
                self.oldest_shown_ms = Some(self.oldest_shown_ms.map_or(last, |o| o.min(last)));
            }
            if !late.is_empty() {
                out.push(Delivery::Late(Page { interactions: late, total_count: None, skipped: 0 }));
            }
            out.push(Delivery::Rows(Page {
                interactions: rows,
                total_count: self.pages.total_hits(),
                skipped: held.skipped,
            }));
        }
        self.plan_rest();
        Ok(out)
    }
}

impl Source for GenesysSource {
    fn concurrency(&self) -> usize {
        CONCURRENCY
    }

    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        let mut out = Vec::new();
        if self.query.is_none() {
            if !self.me_asked {
                self.me_asked = true;
                out.push((TAG_ME, Request::get(format!("{}{}", self.api_base.as_str(), paths::USERS_ME))));
            }
            return Ok(out);
        }
        if self.pages.capped() && self.mode == Mode::Full {
            return Err(LoadError::TooManyPages(self.delivered));
        }
        out.extend(self.batches.requests(room, &self.api_base));
        while out.len() < room {
            let Some(n) = self.reask.pop() else { break };
            out.extend(self.details(n).map(|r| (n, r)));
        }
        while out.len() < room {
            let Some(n) = self.next_page() else { break };
            self.asked = n;
            out.extend(self.details(n).map(|r| (n, r)));
        }
        Ok(out)
    }

    fn answer<B: Body>(&mut self, tag: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
        if tag == TAG_ME {
            let raw: RawUserMe = body.and_then(B::read).map_err(|e| LoadError::BadPage(PageError::NotAPage(e)))?;
            let me = non_empty(raw.id.as_deref())
                .ok_or_else(|| LoadError::BadPage(PageError::NotAPage(ReadError::missing("id"))))?;
            self.query = Some(DetailsQuery::new(&me, self.interval.clone(), self.page_size));
            self.memory.me = Some(me);
            return Ok(Vec::new());
        }
        if !Batches::owns(tag) {
            return self.read_page(tag, body);
        }
        Ok(self.batches.answer(tag, body, &self.memory.enrichment))
    }

    fn gave_up(&mut self, tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
        if tag == TAG_ME {
            return Err(error);
        }
        if !Batches::owns(tag) {
            return Err(match error {
                LoadError::Forbidden => LoadError::AnalyticsForbidden,
                e => e,
            });
        }
        Ok(self.batches.gave_up(tag, &error))
    }

    fn is_done(&self) -> bool {
        self.query.is_some()
            && self.pages.next().is_none()
            && self.delivered >= self.asked
            && self.reask.is_empty()
            && self.planned_all
            && self.batches.is_empty()
    }
}
