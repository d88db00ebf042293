//! L1: the values every layer shares. Nothing here knows a protocol, a source or a view.

mod contact;
mod interaction;
mod names;
mod page;
mod range;

pub use contact::{contact_key, normalise_address, readable_address, same_contact};
pub use interaction::{Direction, Interaction, Kind};
pub use names::{NameKind, Names};
pub use page::{believable_total, Page, MAX_BELIEVABLE_TOTAL};
pub use range::Range;
