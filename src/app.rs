//! Wires the parts together: the view's state, the controller, the token source for the
//! session (the host handshake or the Genesys sign-in), the lifecycle hooks, and the callbacks.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use crm_core::auth::signin::Prompt;
use crm_core::diagnostics::Diagnostics;
use crm_core::host::client_app::{AppMessage, Attention, Hook};
use crm_core::i18n::Locale;
use crm_core::model::Range;
use crm_core::startup::{DataSource, QueryParams, Session};
use crm_core::view::{build_due, BUILD_WAIT_MS};
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use crate::auth::host_token::HostTokenSource;
use crate::auth::signin::{leave_by_location, take_arrival, SignInTokenSource, SignInUi};
use crate::components::{warm_formats, widget, Actions, Open};
use crate::fetch::http::FetchTransport;
use crate::host::lifecycle;
use crate::platform::browser::{is_framed, location_search, mark_once, page_ms};
use crate::platform::reactive::{effect, memo, Slot};
use crate::session::{Controller, Tokens};
use crate::state::ListState;

/// The token source for a session: the Genesys sign-in when it is configured, else the host's.
fn token_source(session: &Session, ui: &Rc<SignInUi>, diagnostics: Option<Slot<Diagnostics>>) -> Tokens {
    // The host is known and trusted now: its lifecycle hooks count from here.
    lifecycle::trust(&session.host_origin);
    match &session.sign_in {
        Some(sign_in) => {
            let source = SignInTokenSource::new(sign_in.clone(), take_arrival(), Rc::clone(ui), leave_by_location());
            Tokens::SignIn(Rc::new(match diagnostics {
                Some(d) => source.with_diagnostics(d),
                None => source,
            }))
        }
        None => {
            let source = HostTokenSource::new(session.host_origin.clone(), session.handshake_timeout_ms);
            Tokens::Host(Rc::new(match diagnostics {
                Some(d) => source.with_diagnostics(d),
                None => source,
            }))
        }
    }
}

/// The widget, wired, under the current reactive owner (its cleanup stops the controller): the
/// controller starts at once, and the widget is built on `<body>` when `build_due` says (once
/// the first request is out, or a prompt must show, or after `BUILD_WAIT_MS`).
pub fn app() {
    let started = page_ms();
    let query = QueryParams::parse(&location_search());
    let state = ListState::new(query.gc_conversation_id.clone());
    let diagnostics = query.debug.then(|| Slot::new(Diagnostics::default()));
    // English when the agent's language could not be fetched (see `crate::start`).
    let locale = Locale::from_tag(query.gc_lang_tag.as_deref()).effective();
    // The document follows the widget's language and, when forced, its colour scheme.
    if let Some(root) = document().document_element() {
        let _best_effort = root.set_attribute("lang", locale.lang());
        if locale.rtl() {
            let _best_effort = root.set_attribute("dir", "rtl");
        }
        if let Some(theme) = query.theme {
            let _best_effort = root.set_attribute("data-theme", theme.name());
        }
    }
    let sign_in_ui = SignInUi::new();
    let controller = Controller::new(
        state,
        query,
        is_framed(),
        Rc::new(FetchTransport),
        Box::new({
            let ui = Rc::clone(&sign_in_ui);
            move |session| token_source(session, &ui, diagnostics)
        }),
        diagnostics,
    );
    {
        // A popup sign-in ahead of expiry brings a new token: the list loads again with it.
        let c = Rc::downgrade(&controller);
        sign_in_ui.on_renewed(move || {
            if let Some(c) = c.upgrade() {
                c.token_renewed();
            }
        });
    }
    // While the widget is not in view (blur), new interactions count on its tab's badge.
    let attention = Rc::new(Cell::new(Attention::default()));
    {
        let attention = Rc::clone(&attention);
        let arrival = memo(move |_| state.rows.with(|r| r.arrival().map(|(seq, _)| *seq)));
        effect(move |seen: Option<Option<u64>>| {
            let now = arrival.get();
            if seen.is_some_and(|s| s != now) && now.is_some() {
                let mut a = attention.get();
                if let Some(message) = a.arrived() {
                    lifecycle::send(&message);
                }
                attention.set(a);
            }
            now
        });
    }
    {
        let c = Rc::downgrade(&controller);
        lifecycle::on_hook(move |hook| match hook {
            Hook::Bootstrap => lifecycle::send(&AppMessage::Bootstrapped),
            Hook::Stop => {
                // Every request, wait and timer ends first; then the host hears it.
                if let Some(c) = c.upgrade() {
                    c.stop();
                }
                lifecycle::send(&AppMessage::Stopped);
            }
            // Back in view: live updates catch up if they were down. Blur keeps the socket.
            Hook::Focus => {
                let mut a = attention.get();
                if let Some(message) = a.focus() {
                    lifecycle::send(&message);
                }
                attention.set(a);
                if let Some(c) = c.upgrade() {
                    c.focus();
                }
            }
            Hook::Blur => {
                let mut a = attention.get();
                a.blur();
                attention.set(a);
            }
        });
    }
    controller.start();
    let stored = Slot::new(Rc::clone(&controller));
    on_cleanup(move || stored.with_untracked(|c| c.stop()));
    let callback = |f: fn(&Controller)| {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |()| f(&c))
    };
    let (retry, refresh, reconnect) =
        (callback(Controller::retry), callback(Controller::refresh), callback(Controller::reconnect_live));
    let range = {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |r: Range| c.set_range(r))
    };
    let prompt = sign_in_ui.prompt.read_only();
    let on_sign_in = UnsyncCallback::new(move |()| sign_in_ui.click());
    // Genesys Cloud opens what a row names (CONTRACT §8).
    let open = UnsyncCallback::new(|open: Open| {
        lifecycle::send(&match open {
            Open::Interaction(conversation_id) => AppMessage::ShowInteraction { conversation_id },
            Open::Contact(contact_id) => AppMessage::ShowContact { contact_id },
        })
    });
    // The panel itself is outside the wasm (debug/diagnostics.js), loaded only with ?debug=1.
    if let Some(d) = diagnostics {
        crate::platform::diagnostics::publish(d);
    }
    let actions = Actions { retry, refresh, sign_in: on_sign_in, open, reconnect, range };
    let source = state.source;
    let mut build = Some(move || widget(state.view(), locale, prompt, actions));
    // Built a task after it is due: the first request's `fetch` has been called by then, so
    // the building and the first layout overlap its round trip. The deadline is the timer's:
    // once it has fired, the clock (which a browser may coarsen) cannot hold the build back.
    let owner = Owner::current().unwrap_or_default().downgrade();
    let waited = Slot::new(false);
    set_timeout(move || waited.set(true), Duration::from_millis(BUILD_WAIT_MS));
    effect(move |_: Option<()>| {
        let prompting = prompt.with(Prompt::shows);
        let waited_ms = if waited.get() { BUILD_WAIT_MS } else { page_ms().saturating_sub(started) };
        let due = state.load.with(|l| build_due(&l.phase, prompting, waited_ms));
        let Some(build) = build.take_if(|_| due) else { return };
        let owner = owner.clone();
        set_timeout(
            move || {
                // Not when the app has gone, nor over the error state a crash put in its place.
                let Some(owner) = owner.upgrade() else { return };
                let Some(body) = document().body().filter(|_| document().get_element_by_id("crm-widget").is_none())
                else {
                    return;
                };
                let _mounted = body.append_child(&owner.with(build));
                mark_once("crm:mounted");
                // Where rows have start times, their formatter is made while the first request
                // is still out, so that ICU's start (about 20 ms cold) is not paid in the first rows.
                if source.with_untracked(|s| s.is_some_and(DataSource::has_ranges)) {
                    set_timeout(move || warm_formats(locale), Duration::ZERO);
                }
            },
            Duration::ZERO,
        );
    });
}
