//! Wires the shell to the view: the model signal, the controller, and the two callbacks.

use std::rc::Rc;

use crm_core::list::ListModel;
use crm_core::startup::QueryParams;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use crate::components::Widget;
use crate::shell::browser::{is_framed, location_search};
use crate::shell::controller::Controller;
use crate::shell::host_token::HostTokenSource;
use crate::shell::http::FetchTransport;
use crate::sources::TokenSource;

#[component]
pub fn App() -> impl IntoView {
    let model = RwSignal::new(ListModel::new());
    let controller = Controller::new(
        model,
        QueryParams::parse(&location_search()),
        is_framed(),
        Rc::new(FetchTransport),
        Box::new(|session| {
            Rc::new(HostTokenSource::new(session.host_origin.clone(), session.handshake_timeout_ms))
                as Rc<dyn TokenSource>
        }),
    );
    controller.start();
    let stored = StoredValue::new_local(Rc::clone(&controller));
    on_cleanup(move || stored.with_value(|c| c.stop()));
    let retry = {
        let c = Rc::clone(&controller);
        UnsyncCallback::new(move |()| c.retry())
    };
    let refresh = UnsyncCallback::new(move |()| controller.refresh());
    view! { <Widget model=model on_retry=retry on_refresh=refresh /> }
}
