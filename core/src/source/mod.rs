//! L3: the paged load. The loader owns the rules every request meets; a source says what to ask
//! and what the answers mean: CONTRACT §4's cursor paging, or the Genesys source of §7.

pub mod any;
pub mod cursor;
pub mod error;
pub mod genesys;
pub mod loader;
pub mod single;

pub use any::{AnySource, SessionMemory, SourceSetup, Want};
pub use error::{LoadError, PageError};
pub use loader::{Delivery, Loader, Source, Step, Ticket, WaitReason};
