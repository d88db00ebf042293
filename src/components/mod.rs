//! One component per file. Components render a [`crm_core::list::ListModel`] and call back
//! on user actions; they make no decisions of their own.

mod diagnostics_panel;
mod error_banner;
mod icon;
mod interaction_list;
mod interaction_row;
mod pause_notice;
mod progress;
mod search_bar;
mod sign_in_prompt;
mod widget;

pub use diagnostics_panel::DiagnosticsPanel;
pub use error_banner::ErrorBanner;
pub use icon::KindIcon;
pub use interaction_list::InteractionList;
pub use interaction_row::InteractionRow;
pub use pause_notice::PauseNotice;
pub use progress::Progress;
pub use search_bar::SearchBar;
pub use sign_in_prompt::SignInPrompt;
pub use widget::Widget;
