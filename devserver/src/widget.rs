//! Serves a built `dist/` with a dev `config.json` that trusts the dev host and points at the
//! mock API.

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

pub(crate) fn router(shared: Arc<Shared>, dist: PathBuf, headers: Vec<(String, String)>) -> Router {
    let headers: Arc<Vec<(HeaderName, HeaderValue)>> = Arc::new(
        headers
            .into_iter()
            .filter_map(|(k, v)| Some((HeaderName::try_from(k).ok()?, HeaderValue::try_from(v).ok()?)))
            .collect(),
    );
    Router::new()
        .route("/config.json", get(config))
        .fallback_service(ServeDir::new(dist))
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
    ([(header::CONTENT_TYPE, "application/json")], dev_config(&shared)).into_response()
}
