//! Serves a built `dist/` with a dev `config.json` that trusts the dev host and points at the
//! mock API; and, at `/baseline/`, the plain-JS baseline with the same `config.json`.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
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
    let faults = Arc::clone(&shared);
    router
        .fallback_service(ServeDir::new(dirs.dist))
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            let headers = Arc::clone(&headers);
            let missing = {
                let scenario = faults.scenario.lock().expect("scenario lock");
                scenario.missing_file.as_deref().is_some_and(|m| file_name(request.uri().path()).contains(m))
            };
            async move {
                // A 404 is not kept (nginx's `add_header` leaves error answers alone too).
                let (cache, mut response) = if missing {
                    ("no-store", StatusCode::NOT_FOUND.into_response())
                } else {
                    (cache_control(request.uri().path()), next.run(request).await)
                };
                response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
                for (k, v) in headers.iter() {
                    response.headers_mut().insert(k.clone(), v.clone());
                }
                response
            }
        }))
        .with_state(shared)
}

/// The last segment of a request's path: the file asked for.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
}

/// How long a browser may keep a file, as the README tells admins: files named by their
/// content's hash (`name-<16 hex digits>.ext`, Trunk's and `scripts/trunk-post-build`'s) for a
/// year, unchanged; everything else (`index.html`, `config.json`) never. The baseline's script
/// and style sheet are kept like hashed files, as a deployed plain-JS widget's would be, so a
/// warm start (`bench --startup --warm`) compares like with like.
fn cache_control(path: &str) -> &'static str {
    let name = file_name(path);
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem.len() > 17
        && stem.as_bytes()[stem.len() - 17] == b'-'
        && stem[stem.len() - 16..].bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    let baseline_file = path.starts_with("/baseline/") && (name.ends_with(".js") || name.ends_with(".css"));
    if hashed || baseline_file {
        "public, max-age=31536000, immutable"
    } else {
        "no-store"
    }
}

async fn config(State(shared): State<Arc<Shared>>) -> Response {
    let delay = shared.scenario.lock().expect("scenario lock").config_delay_ms;
    if delay > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
    }
    ([(header::CONTENT_TYPE, "application/json")], dev_config(&shared)).into_response()
}

#[cfg(test)]
mod tests {
    use super::cache_control;

    #[test]
    fn hashed_files_are_kept_and_the_rest_is_not() {
        const KEEP: &str = "public, max-age=31536000, immutable";
        for kept in [
            "/crm-widget-3c6bd7f36f7e3b45_bg.wasm",
            "/crm-widget-3c6bd7f36f7e3b45.js",
            "/widget-41967b9f11a4baea.css",
            "/loader-ecce4e2454e718d8.js",
            "/i18n/pt-BR-6415275eabbe2b55.json",
            "/baseline/baseline.js",
        ] {
            assert_eq!(cache_control(kept), KEEP, "{kept}");
        }
        for not in [
            "/",
            "/index.html",
            "/config.json",
            "/baseline/",
            "/baseline/config.json",
            "/i18n/de.json",
            "/widget-41967B9F11A4BAEA.css",
            "/x-41967b9f11a4bae.css",
        ] {
            assert_eq!(cache_control(not), "no-store", "{not}");
        }
    }
}
