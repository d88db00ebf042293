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

use crm_core::i18n::Locale;
use crm_core::startup::QueryParams;

/// How long the widget waits for the agent's language before it shows English.
pub const TEXTS_WAIT_MS: u32 = 3_000;

/// Installs the panic hook, deals with a return from the Genesys login service, starts
/// listening for lifecycle hooks, and mounts the app on `<body>`: at once when the agent's language
/// is compiled in (English always is), else once its catalog has been fetched, or has failed,
/// or [`TEXTS_WAIT_MS`] have passed. The catalog is content-hashed and cached, so only an
/// agent's first load pays for that one small request.
pub fn start() {
    shell::panic::install();
    // In the sign-in popup, back from the login service: hand the answer to the widget's frame.
    if shell::signin::relay_popup_answer() {
        return;
    }
    // Back from the login service in the frame: the original query returns to the URL (the
    // agent's language with it) before anything reads it.
    shell::signin::arrive_on_start();
    shell::lifecycle::listen();
    let locale = Locale::from_tag(QueryParams::parse(&shell::browser::location_search()).gc_lang_tag.as_deref());
    if locale.has_catalog() {
        return mount();
    }
    wasm_bindgen_futures::spawn_local(async move {
        shell::catalog_source::load_catalog_within(locale, TEXTS_WAIT_MS).await;
        mount();
    });
}

fn mount() {
    leptos::mount::mount_to_body(app::App);
}
