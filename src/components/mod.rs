//! One part per file, all drawn by hand (`dom`): smaller and faster than Leptos's views, which
//! the widget no longer uses (Leptos gives it its signals, memos and effects). Components render
//! [`crate::state::ListView`]'s read-only signals and call back on user actions; what they show
//! is decided in `crm_core` (the lines, the texts, the pause, the keys). They import nothing
//! from the I/O modules, only `crate::platform`'s browser primitives (the clock, User Timing
//! marks).

mod current_card;
mod dom;
mod format;
mod interaction_list;
mod interaction_row;
mod notices;
mod search_bar;
mod widget;

use current_card::current_card;
pub use format::warm as warm_formats;
use interaction_list::interaction_list;
pub use interaction_row::Open;
use notices::{action_notice, live_status, pause_notice, progress};
use search_bar::search_bar;
pub use widget::{widget, Actions};
