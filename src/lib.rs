//! The CRM widget: a Leptos CSR app that runs in an iframe inside Genesys Cloud.
//!
//! - [`crm_core`] (a separate crate) makes every decision, as pure functions and state
//!   machines: what to ask, what answers mean, what runs next, what the list shows.
//! - [`ports`] names the replaceable parts: where tokens come from and how requests go out.
//! - [`platform`] wraps browser primitives; [`fetch`], [`auth`], [`host`] and [`live`] do the
//!   I/O of requests, tokens, the host frame and live updates; [`session`] carries out what the
//!   core's scheduler decides and writes the [`state`] the view reads.
//! - [`components`] render [`state::ListView`]'s read-only signals and call back; they hold no
//!   decisions and import nothing from the I/O modules.

pub mod app;
pub mod auth;
pub mod components;
pub mod fetch;
pub mod host;
pub mod live;
pub mod platform;
pub mod ports;
pub mod session;
pub mod state;

use crm_core::i18n::Locale;
use crm_core::startup::QueryParams;

/// How long the mount waits for the prefetched `config.json` at most.
pub const CONFIG_WAIT_MS: u32 = 100;

/// How long the widget waits for the agent's language before it shows English.
pub const TEXTS_WAIT_MS: u32 = 3_000;

/// Installs the panic hook, deals with a return from the Genesys login service, starts
/// listening for lifecycle hooks, and starts the app (which builds the widget on `<body>` when
/// `crm_core::view::build_due` says: once the first request is out) once the prefetched
/// `config.json` is in (see [`fetch::prefetch::settles`]) or [`CONFIG_WAIT_MS`] have
/// passed: then at once when the agent's language is compiled in (English always is), else once
/// its catalog has been fetched, or has failed, or [`TEXTS_WAIT_MS`] have passed. The catalog is
/// content-hashed and cached, so only an agent's first load pays for that one small request.
pub fn start() {
    platform::browser::mark_once("crm:start");
    platform::panic::install();
    // In the sign-in popup, back from the login service: hand the answer to the widget's frame.
    if auth::signin::relay_popup_answer() {
        return;
    }
    // Back from the login service in the frame: the original query returns to the URL (the
    // agent's language with it) before anything reads it.
    auth::signin::arrive_on_start();
    host::lifecycle::listen();
    let locale = Locale::from_tag(QueryParams::parse(&platform::browser::location_search()).gc_lang_tag.as_deref());
    wasm_bindgen_futures::spawn_local(async move {
        // Never long: a slow config.json is shown as the handshake state, as before. The
        // agent's catalog is fetched meanwhile.
        let settles = std::pin::pin!(fetch::prefetch::settles("crmConfig"));
        let config = futures::future::select(settles, gloo_timers::future::TimeoutFuture::new(CONFIG_WAIT_MS));
        let texts = async {
            if !locale.has_catalog() {
                fetch::catalog::load_catalog_within(locale, TEXTS_WAIT_MS).await;
            }
        };
        futures::future::join(config, texts).await;
        mount();
    });
}

/// Starts the app under a reactive owner that lives as long as the page; it builds the widget
/// on `<body>` when due (see [`app::app`]).
fn mount() {
    // Leptos's effects run on wasm-bindgen-futures' microtasks (an error: already started).
    let _started = any_spawner::Executor::init_wasm_bindgen();
    let owner = leptos::prelude::Owner::new();
    owner.with(app::app);
    std::mem::forget(owner);
}
