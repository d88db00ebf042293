//! The end-to-end harness: a dev server (mock API, dev host, the release `dist/`) on
//! ephemeral ports, and a fresh headless Chromium driven through chromedriver.
//!
//! Each test gets its own servers, browser and profile, so tests run in parallel safely. A
//! test is one [`e2e!`] with a scenario (see [`scenarios`]) and a body that gets a
//! [`Harness`]; it opens the widget with [`Harness::open_ready`] (or
//! [`Harness::open_in_state`]) and reads it through the page object, [`Widget`], which knows
//! the widget's test hooks (roles, ids, `aria-*`, `data-*`) and never its styling classes:
//!
//! ```ignore
//! e2e!(empty_list_is_the_empty_state, scenarios::contract(0), |h| {
//!     let w = h.open_in_state(State::Empty).await;
//!     assert_eq!(w.loaded().await, 0);
//!     assert!(w.rows().await.is_empty() && w.has_action(Action::Refresh).await);
//! });
//! ```

use std::time::Duration;

mod harness;
pub mod scenarios;
mod widget;

pub use crm_devserver;
pub use crm_devserver::paths;
pub use harness::{baseline_dir, dist_dir, run, Harness, LoginChoice, Setup};
pub use widget::{
    Action, Card, Chip, Diagnostic, Earlier, FiltersButton, Focus, Fold, Key, LiveStatus, Log, Notice, Pause,
    PauseKind, Range, RowView, State, View, Widget,
};

#[doc(hidden)]
pub use futures::FutureExt as __FutureExt;

/// How long a test waits for a load (or anything else that takes a load's time).
pub const LOAD: Duration = Duration::from_secs(30);

/// One end-to-end test: `e2e!(name, scenario_or_setup, |h| { … });`. The body gets `h:
/// &Harness`, with its own servers and browser, which are closed afterwards even when it
/// panics. Attributes (doc comments) may come before the name.
#[macro_export]
macro_rules! e2e {
    ($(#[$attr:meta])* $name:ident, $setup:expr, |$h:ident| $body:block) => {
        $(#[$attr])*
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            $crate::run($setup, |$h| {
                use $crate::__FutureExt as _;
                async move $body.boxed()
            })
            .await
        }
    };
}

/// Waits until `condition` (an expression, which may `.await`) is true, trying every 40 ms;
/// panics saying `what` when `within` has passed: `wait_until!("rows", LOAD, !w.rows().await.is_empty())`.
#[macro_export]
macro_rules! wait_until {
    ($what:expr, $within:expr, $condition:expr) => {{
        let within: ::std::time::Duration = $within;
        let deadline = ::std::time::Instant::now() + within;
        while !$condition {
            assert!(::std::time::Instant::now() < deadline, "never true within {within:?}: {}", $what);
            ::tokio::time::sleep(::std::time::Duration::from_millis(40)).await;
        }
    }};
}
