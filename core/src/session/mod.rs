//! L4: the orchestration: which work runs, what it may run beside, who holds the session's
//! memory, and how a wait becomes a pause on screen ([`work`]); and how the frames of one
//! agent share a session ([`peer`], [`wire`]).

mod fields;
pub mod peer;
pub mod wire;
mod wire_error;
pub mod work;

pub use fields::Unreadable;
pub use peer::{session_key, Act, Lock, Peer, Role};
pub use wire::{Change, Message, SharedToken};
pub use work::{Clock, Effect, Next, Pause, Scheduler, WorkId, WorkKind};
