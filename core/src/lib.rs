//! The widget's functional core.
//!
//! Every decision the widget makes lives here, as plain data and pure functions: which origins
//! are trusted, what a host message means, whether and when to retry, which URL comes next,
//! and what the list shows. Nothing in this crate touches a browser, a clock, a random number
//! generator or the network: time and jitter are arguments, and I/O happens in the shell
//! (`crm-widget`'s `shell` module). That keeps all of it testable with plain `cargo test`.
//!
//! Architecture invariant: this crate depends on `serde` and `thiserror` only. It must never
//! import leptos, web-sys, js-sys, gloo or wasm-bindgen.

mod calendar;
pub mod client_app;
pub mod config;
pub mod diagnostics;
pub mod error;
pub mod filter;
pub mod genesys;
pub mod group;
pub mod handshake;
pub mod i18n;
pub mod json;
pub mod list;
pub mod live;
pub mod loader;
pub mod origin;
pub mod page;
pub mod regions;
pub mod retry;
pub mod signin;
pub mod source;
pub mod startup;
pub mod text;
pub mod token;
pub mod viewport;
pub mod when;

pub use error::WidgetError;
