//! The data sources this build has, as one [`Source`] the shell drives: CONTRACT §4's
//! interactions API, or the Genesys data source of CONTRACT §7. A new source is a new
//! variant here and a new module; the loader does not change.

use crate::net::{Body, Request};
use crate::source::cursor::CursorSource;
use crate::source::error::LoadError;
use crate::source::genesys::GenesysSource;
use crate::source::loader::{Delivery, Source};

#[derive(Debug, Clone)]
// One per load: the size difference does not matter.
#[allow(clippy::large_enum_variant)]
pub enum AnySource {
    Interactions(CursorSource),
    Genesys(GenesysSource),
}

impl Source for AnySource {
    fn concurrency(&self) -> usize {
        match self {
            AnySource::Interactions(s) => s.concurrency(),
            AnySource::Genesys(s) => s.concurrency(),
        }
    }

    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        match self {
            AnySource::Interactions(s) => s.requests(room),
            AnySource::Genesys(s) => s.requests(room),
        }
    }

    fn answer<B: Body>(&mut self, tag: u32, body: Result<B, String>) -> Result<Vec<Delivery>, LoadError> {
        match self {
            AnySource::Interactions(s) => s.answer(tag, body),
            AnySource::Genesys(s) => s.answer(tag, body),
        }
    }

    fn gave_up(&mut self, tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
        match self {
            AnySource::Interactions(s) => s.gave_up(tag, error),
            AnySource::Genesys(s) => s.gave_up(tag, error),
        }
    }

    fn is_done(&self) -> bool {
        match self {
            AnySource::Interactions(s) => s.is_done(),
            AnySource::Genesys(s) => s.is_done(),
        }
    }
}
