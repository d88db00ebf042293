//! The data sources this build has, as one [`Source`] the loader drives, and the one place where
//! a source is built for a piece of work: CONTRACT §4's interactions API, or the Genesys data
//! source of CONTRACT §7. A new source is a new variant here and a new module; neither the
//! loader, the orchestration (`crate::session`) nor the view changes.

use crate::model::{Interaction, Range};
use crate::net::{BaseUrl, Body, Request};
use crate::source::cursor::CursorSource;
use crate::source::error::LoadError;
use crate::source::genesys::{EnrichmentSource, GenesysSource, Memory, Mode};
use crate::source::loader::{Delivery, Source};
use crate::source::single::Single;
use crate::startup::{DataSource, Session};
use crate::util::json::ReadError;

/// What every load of a session is built from.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSetup {
    pub data_source: DataSource,
    pub api_base: BaseUrl,
    pub page_size: u32,
    /// The time range a session starts with (Genesys: `historyDays`).
    pub history_days: u32,
}

impl SourceSetup {
    pub fn of(session: &Session) -> SourceSetup {
        SourceSetup {
            data_source: session.data_source,
            api_base: session.api_base.clone(),
            page_size: session.page_size,
            history_days: session.history_days,
        }
    }

    /// The time range a session starts with, where rows have times.
    pub fn first_range(&self) -> Option<Range> {
        self.data_source.has_ranges().then_some(Range::Days(self.history_days))
    }
}

/// What a piece of work wants of the source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Want<'a> {
    /// Every page of the interval `start_ms..now_ms` (the range shown).
    All { start_ms: u64, now_ms: u64 },
    /// Only page 1 of the interval, to merge on top after a gap in live updates.
    FirstPage { start_ms: u64, now_ms: u64 },
    /// Only the names (contacts, queues) of these rows, where the session has not asked yet.
    Names(&'a [Interaction]),
}

/// What a source keeps for the whole session, between its loads: the agent (`users/me` is
/// asked once) and the names asked and learned (each id once). Opaque to the orchestration.
#[derive(Debug, Clone, Default)]
pub struct SessionMemory {
    genesys: Memory,
}

impl SessionMemory {
    /// The agent, known already (another frame of the session asked `users/me` for this
    /// token): the Genesys source does not ask again.
    pub fn know_agent(&mut self, agent: &str) {
        self.genesys.me = Some(agent.to_owned());
    }
}

#[derive(Debug, Clone)]
// One per load: the size difference does not matter.
#[allow(clippy::large_enum_variant)]
pub enum AnySource {
    Interactions(CursorSource),
    Genesys(GenesysSource),
    /// Only the names of rows that came live (Genesys).
    Names(EnrichmentSource),
    /// One request that is not a page (live updates' channel and subscription).
    Single(Single),
}

impl AnySource {
    /// The source for `want`, with the session's memory; the memory back when this source
    /// has no such work (the interactions API has no first-page merge and no names; names
    /// that were all asked already need no request).
    // The memory goes back by value: it is moved once per piece of work, not copied.
    #[allow(clippy::result_large_err)]
    pub fn new(setup: &SourceSetup, want: Want<'_>, memory: SessionMemory) -> Result<AnySource, SessionMemory> {
        let base = setup.api_base.clone();
        Ok(match (setup.data_source, want) {
            (DataSource::Interactions, Want::All { .. }) => {
                AnySource::Interactions(CursorSource::new(base, setup.page_size))
            }
            (DataSource::Interactions, _) => return Err(memory),
            (DataSource::Genesys, Want::All { start_ms, now_ms }) => AnySource::Genesys(GenesysSource::since(
                base,
                setup.page_size,
                start_ms,
                now_ms,
                Mode::Full,
                memory.genesys,
            )),
            (DataSource::Genesys, Want::FirstPage { start_ms, now_ms }) => AnySource::Genesys(GenesysSource::since(
                base,
                setup.page_size,
                start_ms,
                now_ms,
                Mode::FirstPage,
                memory.genesys,
            )),
            (DataSource::Genesys, Want::Names(rows)) => {
                let mut source = EnrichmentSource::new(base, rows, memory.genesys);
                if source.is_done() {
                    return Err(SessionMemory { genesys: source.take_memory() });
                }
                AnySource::Names(source)
            }
        })
    }

    /// Takes back what this source learned for the session (it must not be used afterwards,
    /// except to be given its memory again: see [`AnySource::give_memory`]).
    pub fn take_memory(&mut self) -> SessionMemory {
        match self {
            AnySource::Genesys(s) => SessionMemory { genesys: s.take_memory() },
            AnySource::Names(s) => SessionMemory { genesys: s.take_memory() },
            AnySource::Interactions(_) | AnySource::Single(_) => SessionMemory::default(),
        }
    }

    /// Gives a source that was stopped (a failed load, resumed) the session's memory back.
    pub fn give_memory(&mut self, memory: SessionMemory) {
        if let AnySource::Genesys(s) = self {
            s.give_memory(memory.genesys);
        }
    }

    /// The agent whose conversations these are, once known (live updates follow them).
    pub fn agent(&self) -> Option<&str> {
        match self {
            AnySource::Genesys(s) => s.me(),
            AnySource::Interactions(_) | AnySource::Names(_) | AnySource::Single(_) => None,
        }
    }
}

impl Source for AnySource {
    fn concurrency(&self) -> usize {
        match self {
            AnySource::Interactions(s) => s.concurrency(),
            AnySource::Genesys(s) => s.concurrency(),
            AnySource::Names(s) => s.concurrency(),
            AnySource::Single(s) => s.concurrency(),
        }
    }

    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        match self {
            AnySource::Interactions(s) => s.requests(room),
            AnySource::Genesys(s) => s.requests(room),
            AnySource::Names(s) => s.requests(room),
            AnySource::Single(s) => s.requests(room),
        }
    }

    fn answer<B: Body>(&mut self, tag: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
        match self {
            AnySource::Interactions(s) => s.answer(tag, body),
            AnySource::Genesys(s) => s.answer(tag, body),
            AnySource::Names(s) => s.answer(tag, body),
            AnySource::Single(s) => s.answer(tag, body),
        }
    }

    fn gave_up(&mut self, tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
        match self {
            AnySource::Interactions(s) => s.gave_up(tag, error),
            AnySource::Genesys(s) => s.gave_up(tag, error),
            AnySource::Names(s) => s.gave_up(tag, error),
            AnySource::Single(s) => s.gave_up(tag, error),
        }
    }

    fn is_done(&self) -> bool {
        match self {
            AnySource::Interactions(s) => s.is_done(),
            AnySource::Genesys(s) => s.is_done(),
            AnySource::Names(s) => s.is_done(),
            AnySource::Single(s) => s.is_done(),
        }
    }
}
