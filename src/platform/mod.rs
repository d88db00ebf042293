//! Browser primitives with no decisions: the clock and randomness, frames and the URL, sleeps
//! that can be cancelled, User Timing marks, reading JS values into JSON trees, the panic hook,
//! and one copy of Leptos's effect and memo machinery (`reactive`).

pub mod browser;
pub mod diagnostics;
pub mod js_value;
pub mod panic;
pub mod reactive;
