//! The names learned this session (contacts, queues, wrap-up codes), beside the rows: a name that arrives
//! late fills in a row already shown without moving it.

use crate::model::Names;

/// Every name learned, and how often new ones came (a search then looks again).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameBook {
    names: Names,
    version: u64,
}

impl NameBook {
    /// Learns these names; kept for the session, across loads.
    pub fn learn(&mut self, learned: Names) {
        if learned.is_empty() {
            return;
        }
        self.names.contacts.extend(learned.contacts);
        self.names.queues.extend(learned.queues);
        self.names.wrap_ups.extend(learned.wrap_ups);
        self.version += 1;
    }

    pub fn names(&self) -> &Names {
        &self.names
    }

    /// Changes whenever names are learned.
    pub fn version(&self) -> u64 {
        self.version
    }
}
