//! What the view shows, split by job: the rows, the load's state, the names, the live status,
//! the time range and the kind of source. Each is its own signal: a component re-renders only
//! when what it reads changes. The session writes them ([`ListState`]); components get the
//! read-only half ([`ListView`]).

use crm_core::live::Status;
use crm_core::model::Range;
use crm_core::startup::DataSource;
use crm_core::view::{LoadState, NameBook, RowStore};

use crate::platform::reactive::{Read, Slot};

/// The view's state, writable: held by the session, which applies what the core decides.
#[derive(Clone, Copy)]
pub struct ListState {
    pub rows: Slot<RowStore>,
    pub load: Slot<LoadState>,
    pub names: Slot<NameBook>,
    pub live: Slot<Status>,
    pub range: Slot<Option<Range>>,
    /// The kind of source, once start-up resolved it.
    pub source: Slot<Option<DataSource>>,
}

impl ListState {
    /// Nothing yet; the row of `pin` (`gcConversationId`) is listed first once it comes.
    pub fn new(pin: Option<String>) -> ListState {
        ListState {
            rows: Slot::new(RowStore::new().with_pin(pin)),
            load: Slot::new(LoadState::default()),
            names: Slot::new(NameBook::default()),
            live: Slot::new(Status::Off),
            range: Slot::new(None),
            source: Slot::new(None),
        }
    }

    /// The read-only half, for the components.
    pub fn view(&self) -> ListView {
        ListView {
            rows: self.rows.read_only(),
            load: self.load.read_only(),
            names: self.names.read_only(),
            live: self.live.read_only(),
            range: self.range.read_only(),
            source: self.source.read_only(),
        }
    }
}

/// The view's state, read-only: what every component is given.
#[derive(Clone, Copy)]
pub struct ListView {
    pub rows: Read<RowStore>,
    pub load: Read<LoadState>,
    pub names: Read<NameBook>,
    pub live: Read<Status>,
    pub range: Read<Option<Range>>,
    pub source: Read<Option<DataSource>>,
}

impl ListView {
    /// Whether the rows come from a source with this capability (false until it is known).
    pub fn source_has(&self, capability: fn(DataSource) -> bool) -> bool {
        self.source.with(|s| s.is_some_and(capability))
    }
}
