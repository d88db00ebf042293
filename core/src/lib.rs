//! The widget's functional core.
//!
//! Every decision the widget makes lives here, as plain data and pure functions: which origins
//! are trusted, what a host message means, whether and when to retry, which request comes next,
//! what runs next and what the list shows. Nothing in this crate touches a browser, a clock, a
//! random number generator or the network: time and jitter are arguments, and I/O happens in
//! the shell (`crm-widget`). That keeps all of it testable with plain `cargo test`.
//!
//! The folders are layers. A folder imports only from the layers below it (a test,
//! `tests/layers.rs`, fails on any import that points up):
//!
//! ```text
//! L5  view                                 what the list shows
//! L4  session  error  diagnostics          what runs next; every error; the debug log
//! L3  source  live                         the paged load and its sources; the live connection
//! L2  host  auth  startup                  the host frame; tokens and sign-in; config → session
//! L1  model  net                           shared values; HTTP, origins, retries, paths
//! L0  util  i18n                           JSON, text, time; languages and messages
//! ```
//!
//! Architecture invariant: this crate depends on `serde` and `thiserror` only. It must never
//! import leptos, web-sys, js-sys, gloo or wasm-bindgen.

pub mod auth;
pub mod diagnostics;
pub mod error;
pub mod host;
pub mod i18n;
pub mod live;
pub mod model;
pub mod net;
pub mod session;
pub mod source;
pub mod startup;
pub mod util;
pub mod view;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use error::WidgetError;
