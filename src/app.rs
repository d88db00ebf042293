//! Wires the shell to the view: the model signal, the controller, the token source for the
//! session (the host handshake or the Genesys sign-in), the lifecycle hooks, and the callbacks.

use std::rc::Rc;

use crm_core::diagnostics::Diagnostics;
use crm_core::host::client_app::{AppMessage, Hook};
use crm_core::i18n::Locale;
use crm_core::startup::QueryParams;
use crm_core::view::rows::ListModel;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use crate::components::{DiagnosticsPanel, Open, Widget};
use crate::shell::browser::{is_framed, location_search};
use crate::shell::controller::Controller;
use crate::shell::host_token::HostTokenSource;
use crate::shell::http::FetchTransport;
use crate::shell::lifecycle;
use crate::shell::signin::{leave_by_location, take_arrival, SignInTokenSource, SignInUi};
use crate::sources::TokenSource;

#[component]
pub fn App() -> impl IntoView {
    let query = QueryParams::parse(&location_search());
    let model = RwSignal::new(ListModel::new().with_pin(query.gc_conversation_id.clone()));
    let diagnostics = query.debug.then(|| RwSignal::new(Diagnostics::default()));
    // English when the agent's language could not be fetched (see `crate::start`).
    let locale = Locale::from_tag(query.gc_lang_tag.as_deref()).effective();
    // The document follows the widget's language and, when forced, its colour scheme.
    let root = document().document_element();
    if let Some(root) = &root {
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
        model,
        query,
        is_framed(),
        Rc::new(FetchTransport),
        Box::new({
            let ui = Rc::clone(&sign_in_ui);
            move |session| {
                // The host is known and trusted now: its lifecycle hooks count from here.
                lifecycle::trust(&session.host_origin);
                let source: Rc<dyn TokenSource> = match &session.sign_in {
                    Some(sign_in) => {
                        let source = SignInTokenSource::new(
                            sign_in.clone(),
                            take_arrival(),
                            Rc::clone(&ui),
                            leave_by_location(),
                        );
                        Rc::new(match diagnostics {
                            Some(d) => source.with_diagnostics(d),
                            None => source,
                        })
                    }
                    None => {
                        let source = HostTokenSource::new(session.host_origin.clone(), session.handshake_timeout_ms);
                        Rc::new(match diagnostics {
                            Some(d) => source.with_diagnostics(d),
                            None => source,
                        })
                    }
                };
                source
            }
        }),
        diagnostics,
    );
    {
        // A popup sign-in ahead of expiry brings a new token: the list loads again with it.
        let c = Rc::downgrade(&controller);
        sign_in_ui.on_renewed(move || {
            if let Some(c) = c.upgrade() {
                c.refresh();
            }
        });
    }
    // While the widget is not in view (blur), new interactions count on its tab's badge
    // (`setAttentionCount`); focus clears it.
    let away = Rc::new(std::cell::Cell::new(false));
    let unseen = Rc::new(std::cell::Cell::new(0u32));
    {
        let (away, unseen) = (Rc::clone(&away), Rc::clone(&unseen));
        let arrival = Memo::new(move |_| model.with(|m| m.arrival.as_ref().map(|(seq, _)| *seq)));
        Effect::new(move |seen: Option<Option<u64>>| {
            let now = arrival.get();
            if seen.is_some_and(|s| s != now) && now.is_some() && away.get() {
                unseen.set(unseen.get() + 1);
                lifecycle::send(&AppMessage::SetAttentionCount { count: unseen.get() });
            }
            now
        });
    }
    {
        let c = Rc::downgrade(&controller);
        let (away, unseen) = (Rc::clone(&away), Rc::clone(&unseen));
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
                away.set(false);
                if unseen.replace(0) > 0 {
                    lifecycle::send(&AppMessage::SetAttentionCount { count: 0 });
                }
                if let Some(c) = c.upgrade() {
                    c.focus();
                }
            }
            Hook::Blur => away.set(true),
        });
    }
    controller.start();
    let stored = StoredValue::new_local(Rc::clone(&controller));
    on_cleanup(move || stored.with_value(|c| c.stop()));
    let retry = {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |()| c.retry())
    };
    let reconnect = {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |()| c.reconnect_live())
    };
    let range = {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |r: crm_core::model::Range| c.set_range(r))
    };
    let refresh = UnsyncCallback::new(move |()| controller.refresh());
    // Genesys Cloud opens what a row names (CONTRACT §8).
    let open = UnsyncCallback::new(|open: Open| {
        lifecycle::send(&match open {
            Open::Interaction(conversation_id) => AppMessage::ShowInteraction { conversation_id },
            Open::Contact(contact_id) => AppMessage::ShowContact { contact_id },
        })
    });
    view! {
        <Widget model=model on_retry=retry on_refresh=refresh locale=locale sign_in=sign_in_ui on_open=open on_reconnect=reconnect on_range=range />
        {diagnostics.map(|d| view! { <DiagnosticsPanel diagnostics=d /> })}
    }
}
