//! One component per file. The list's rows, the search bar and the customer's card are drawn
//! by hand (`dom`), which is smaller and faster than a view per part. Components render
//! [`crate::state::ListView`]'s read-only signals and call back on user actions; what they show
//! is decided in `crm_core` (the lines, the texts, the pause, the keys). They import nothing
//! from the I/O modules, only `crate::platform`'s browser primitives (the clock, User Timing
//! marks).

mod action_notice;
mod current_card;
mod dom;
mod format;
mod interaction_list;
mod interaction_row;
mod live_status;
mod pause_notice;
mod progress;
mod search_bar;
mod widget;

pub use action_notice::ActionNotice;
pub use current_card::CurrentCard;
pub use interaction_list::InteractionList;
pub use interaction_row::Open;
pub use live_status::LiveStatus;
pub use pause_notice::PauseNotice;
pub use progress::Progress;
pub use search_bar::SearchBar;
pub use widget::Widget;
