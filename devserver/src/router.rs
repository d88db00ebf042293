//! Every server's routes, composed. The API origin serves the interactions API (CONTRACT §4),
//! the Genesys APIs (§7) and the Notifications mock (§9), as `api.<domain>` does, plus the
//! mock's control endpoints; CORS applies to all of them.

use std::sync::Arc;

use axum::middleware;
use axum::Router;

use crate::state::Shared;
use crate::{contract_api, control, genesys, host, login, notifications, responses, widget};

pub(crate) use widget::WidgetDirs;

/// The mock API's origin.
pub(crate) fn api(shared: Arc<Shared>) -> Router {
    Router::new()
        .merge(contract_api::routes())
        .merge(genesys::routes())
        .merge(notifications::routes())
        .merge(control::routes())
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), responses::cors))
        .with_state(shared)
}

/// The dev host's origin.
pub(crate) fn host(shared: Arc<Shared>) -> Router {
    host::router(shared)
}

/// The mock login service's origin.
pub(crate) fn login(shared: Arc<Shared>) -> Router {
    login::router(shared)
}

/// The widget's origin: a built `dist/` (and the baseline at `/baseline/`) with extra headers
/// on every file.
pub(crate) fn widget(shared: Arc<Shared>, dirs: WidgetDirs, headers: Vec<(String, String)>) -> Router {
    widget::router(shared, dirs, headers)
}
