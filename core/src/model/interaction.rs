//! The row every layer shares: one interaction, its media type and its direction.

use crate::i18n::{Locale, Localized, Msg};

/// The media type of an interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Call,
    Callback,
    Chat,
    Email,
    Message,
    Other(String),
}

impl Kind {
    pub fn parse(s: &str) -> Kind {
        match s.to_ascii_lowercase().as_str() {
            "call" | "voice" => Kind::Call,
            "callback" => Kind::Callback,
            "chat" => Kind::Chat,
            "email" => Kind::Email,
            "message" | "sms" => Kind::Message,
            _ => Kind::Other(s.to_owned()),
        }
    }

    /// A stable machine name, used for CSS classes and icons.
    pub fn slug(&self) -> &'static str {
        match self {
            Kind::Call => "call",
            Kind::Callback => "callback",
            Kind::Chat => "chat",
            Kind::Email => "email",
            Kind::Message => "message",
            Kind::Other(_) => "other",
        }
    }
}

impl Localized for Kind {
    fn localize(&self, locale: Locale) -> String {
        let msg = match self {
            Kind::Call => Msg::KindCall,
            Kind::Callback => Msg::KindCallback,
            Kind::Chat => Msg::KindChat,
            Kind::Email => Msg::KindEmail,
            Kind::Message => Msg::KindMessage,
            // A type the widget does not know is shown as the API wrote it.
            Kind::Other(s) if !s.is_empty() => return s.clone(),
            Kind::Other(_) => Msg::KindOther,
        };
        locale.text(msg, &[])
    }
}

/// One interaction, ready to show. The interactions API (CONTRACT §4) fills the first five
/// fields; the Genesys source (CONTRACT §7) fills the others too. What a source does not give
/// is absent, and absent fields are simply not shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Interaction {
    pub id: String,
    pub kind: Kind,
    pub name: Option<String>,
    pub address: Option<String>,
    /// The queue's name when the API gives one, else its id.
    pub queue: Option<String>,
    /// The queue to name from [`crate::model::Names`] (Genesys).
    pub queue_id: Option<String>,
    /// The external contact, whose name (from [`crate::model::Names`]) comes first (Genesys).
    pub contact_id: Option<String>,
    pub direction: Option<Direction>,
    pub started_ms: Option<u64>,
    /// Still going on (no end yet).
    pub in_progress: bool,
    /// How the agent wrapped it up (Genesys): the wrap-up code, named from
    /// [`crate::model::Names`] (never shown as an id), and the agent's note (free text).
    pub wrap_up: Option<String>,
    pub note: Option<String>,
}

impl Interaction {
    /// A row with only an id and a media type.
    pub fn new(id: String, kind: Kind) -> Interaction {
        Interaction {
            id,
            kind,
            name: None,
            address: None,
            queue: None,
            queue_id: None,
            contact_id: None,
            direction: None,
            started_ms: None,
            in_progress: false,
            wrap_up: None,
            note: None,
        }
    }

    /// This row as an update of `known`: what the update does not say stays as it was (a
    /// conversation event says less than the analytics row: chat items have no direction).
    pub fn filled_from(self, known: &Interaction) -> Interaction {
        let keep = |new: Option<String>, old: &Option<String>| new.or_else(|| old.clone());
        Interaction {
            name: keep(self.name, &known.name),
            address: keep(self.address, &known.address),
            queue: keep(self.queue, &known.queue),
            queue_id: keep(self.queue_id, &known.queue_id),
            contact_id: keep(self.contact_id, &known.contact_id),
            direction: self.direction.or_else(|| known.direction.clone()),
            started_ms: self.started_ms.or(known.started_ms),
            wrap_up: keep(self.wrap_up, &known.wrap_up),
            note: keep(self.note, &known.note),
            ..self
        }
    }

    /// What to call the contact: the name, else the address.
    pub fn display_name(&self) -> Option<&str> {
        self.name.as_deref().or(self.address.as_deref())
    }
}

/// Which way a conversation went, as an open string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Direction {
    Inbound,
    Outbound,
    Other(String),
}

impl Direction {
    pub fn parse(s: &str) -> Direction {
        match s {
            "inbound" => Direction::Inbound,
            "outbound" => Direction::Outbound,
            other => Direction::Other(other.to_owned()),
        }
    }
}

impl Direction {
    /// A stable machine name (`data-direction`), for the two directions a row shows.
    pub fn slug(&self) -> Option<&'static str> {
        match self {
            Direction::Inbound => Some("inbound"),
            Direction::Outbound => Some("outbound"),
            Direction::Other(_) => None,
        }
    }
}
