//! The CRM widget: a Leptos CSR app that runs in an iframe inside Genesys Cloud.
//!
//! - [`crm_core`] (a separate crate) makes every decision, as pure functions.
//! - [`shell`] does the browser I/O: `config.json`, `postMessage`, `fetch`, timers.
//! - [`sources`] names the two replaceable parts: where tokens come from and how requests go out.
//! - [`components`] renders the list model; they hold no logic beyond formatting.

pub mod app;
pub mod components;
pub mod shell;
pub mod sources;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    shell::panic::install();
    leptos::mount::mount_to_body(app::App);
}
