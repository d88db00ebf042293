//! Wires the shell to the view: the model signal, the controller, and the two callbacks.

use std::rc::Rc;

use crm_core::diagnostics::Diagnostics;
use crm_core::i18n::Locale;
use crm_core::list::ListModel;
use crm_core::startup::QueryParams;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use crate::components::{DiagnosticsPanel, Widget};
use crate::shell::browser::{is_framed, location_search};
use crate::shell::controller::Controller;
use crate::shell::host_token::HostTokenSource;
use crate::shell::http::FetchTransport;
use crate::sources::TokenSource;

#[component]
pub fn App() -> impl IntoView {
    let model = RwSignal::new(ListModel::new());
    let query = QueryParams::parse(&location_search());
    let diagnostics = query.debug.then(|| RwSignal::new(Diagnostics::default()));
    // English when the agent's language could not be fetched (see `crate::start`).
    let locale = Locale::from_tag(query.gc_lang_tag.as_deref()).effective();
    // The document follows the widget's language and, when forced, its colour scheme.
    let root = document().document_element();
    if let Some(root) = &root {
        let _best_effort = root.set_attribute("lang", locale.lang());
        if let Some(theme) = query.theme {
            let _best_effort = root.set_attribute("data-theme", theme.name());
        }
    }
    let controller = Controller::new(
        model,
        query,
        is_framed(),
        Rc::new(FetchTransport),
        Box::new(move |session| {
            let source = HostTokenSource::new(session.host_origin.clone(), session.handshake_timeout_ms);
            let source = match diagnostics {
                Some(d) => source.with_diagnostics(d),
                None => source,
            };
            Rc::new(source) as Rc<dyn TokenSource>
        }),
        diagnostics,
    );
    controller.start();
    let stored = StoredValue::new_local(Rc::clone(&controller));
    on_cleanup(move || stored.with_value(|c| c.stop()));
    let retry = {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |()| c.retry())
    };
    let refresh = UnsyncCallback::new(move |()| controller.refresh());
    view! {
        <Widget model=model on_retry=retry on_refresh=refresh locale=locale />
        {diagnostics.map(|d| view! { <DiagnosticsPanel diagnostics=d /> })}
    }
}
