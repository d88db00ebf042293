//! L5: what the list shows: the load's state, the rows, the names, search, grouping,
//! virtualisation and how times read. Each is its own value, so each can be its own signal.

pub mod card;
pub mod filter;
pub mod group;
pub mod lines;
pub mod load_state;
pub mod names;
pub mod rows;
pub mod viewport;
pub mod when;

pub use load_state::{build_due, LoadState, Phase, BUILD_WAIT_MS};
pub use names::NameBook;
pub use rows::{RowStore, Upsert};
