//! Serves a built `dist/` with a dev `config.json` that trusts the dev host and points at the
//! mock API; and, at `/baseline/`, the plain-JS baseline with the same `config.json`.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;

use crate::dev_config::dev_config;
use crate::state::Shared;

/// What the widget's origin serves from disk.
pub(crate) struct WidgetDirs {
    /// The built widget, at `/`.
    pub(crate) dist: PathBuf,
    /// The plain-JS baseline, at `/baseline/` (its `config.json` is the widget's).
    pub(crate) baseline: Option<PathBuf>,
}

pub(crate) fn router(shared: Arc<Shared>, dirs: WidgetDirs, headers: Vec<(String, String)>) -> Router {
    let headers: Arc<Vec<(HeaderName, HeaderValue)>> = Arc::new(
        headers
            .into_iter()
            .filter_map(|(k, v)| Some((HeaderName::try_from(k).ok()?, HeaderValue::try_from(v).ok()?)))
            .collect(),
    );
    let mut router = Router::new().route("/config.json", get(config));
    if let Some(baseline) = dirs.baseline {
        router = router.route("/baseline/config.json", get(config)).nest_service("/baseline", ServeDir::new(baseline));
    }
    router
        .fallback_service(ServeDir::new(dirs.dist))
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            let headers = Arc::clone(&headers);
            async move {
                let mut response = next.run(request).await;
                response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
                for (k, v) in headers.iter() {
                    response.headers_mut().insert(k.clone(), v.clone());
                }
                response
            }
        }))
        .with_state(shared)
}

async fn config(State(shared): State<Arc<Shared>>) -> Response {
    let delay = shared.scenario.lock().expect("scenario lock").config_delay_ms;
    if delay > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
    }
    ([(header::CONTENT_TYPE, "application/json")], dev_config(&shared)).into_response()
}
