//! L4: the orchestration: which work runs, what it may run beside, who holds the session's
//! memory, and how a wait becomes a pause on screen.

pub mod work;

pub use work::{Clock, Effect, Next, Pause, Scheduler, WorkId, WorkKind};
