//! Names learned beside the rows.

use crate::util::hash::Map;

use crate::model::Interaction;

/// Names of external contacts, queues and wrap-up codes, learned while the rows are shown (the Genesys
/// source's enrichment). Rows keep their ids; their names are looked up here, so a name that
/// arrives late fills in a row already shown without moving it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub contacts: Map<String, String>,
    pub queues: Map<String, String>,
    pub wrap_ups: Map<String, String>,
}

/// The kinds of id a row may carry whose names are looked up: an external contact, a queue, a
/// wrap-up code. `kind as usize` indexes what is kept per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Contact,
    Queue,
    WrapUp,
}

impl Names {
    /// The names of one kind.
    pub fn of(&mut self, kind: NameKind) -> &mut Map<String, String> {
        match kind {
            NameKind::Contact => &mut self.contacts,
            NameKind::Queue => &mut self.queues,
            NameKind::WrapUp => &mut self.wrap_ups,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.contacts.is_empty() && self.queues.is_empty() && self.wrap_ups.is_empty()
    }

    /// What to call the contact: the external contact's name when it is known, else the
    /// name the source gave, else the address.
    pub fn display_name<'a>(&'a self, row: &'a Interaction) -> Option<&'a str> {
        row.contact_id.as_deref().and_then(|id| self.contacts.get(id)).map(String::as_str).or(row.display_name())
    }

    /// The queue's name: from the enrichment, else what the source gave.
    pub fn queue<'a>(&'a self, row: &'a Interaction) -> Option<&'a str> {
        row.queue_id.as_deref().and_then(|id| self.queues.get(id)).map(String::as_str).or(row.queue.as_deref())
    }

    /// The wrap-up code's name, when it is known: a code is never shown by its id.
    pub fn wrap_up<'a>(&'a self, row: &Interaction) -> Option<&'a str> {
        row.wrap_up.as_deref().and_then(|id| self.wrap_ups.get(id)).map(String::as_str)
    }
}
