//! The mock interactions API (CONTRACT §4): cursor pages of interactions, with the scenario's
//! faults (429, 5xx, a malformed page, expiring tokens, 403) and paging styles (`nextPage`,
//! `nextUri`, a `nextUri` on another origin).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use crm_core::net::paths;
use serde_json::{json, Value};

use crate::clock::epoch_ms;
use crate::data::{hostile_interaction, interaction, mix, torture};
use crate::faults::{malformed, page_fault};
use crate::responses::{error_body, latency, log};
use crate::scenario::Paging;
use crate::state::{LogEntry, Shared};
use crate::tokens::{authenticate, bearer, count_page};

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new().route(paths::INTERACTIONS, get(interactions))
}

fn cursor_for(offset: usize) -> String {
    format!("cur_{offset:x}_{:04x}", mix(offset as u64) & 0xffff)
}

fn offset_of(cursor: &str) -> Option<usize> {
    let rest = cursor.strip_prefix("cur_")?;
    let (hex, check) = rest.split_once('_')?;
    let offset = usize::from_str_radix(hex, 16).ok()?;
    (cursor_for(offset) == format!("cur_{hex}_{check}")).then_some(offset)
}

async fn interactions(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
    request_uri: axum::http::Uri,
) -> Response {
    latency(&shared).await;
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    let at_ms = epoch_ms();
    let token = bearer(&headers);
    let page_size = q.get("pageSize").and_then(|s| s.parse::<usize>().ok()).filter(|n| (1..=500).contains(n));
    let cursor = q.get("nextPage").or_else(|| q.get("cursor"));
    let offset = match cursor {
        None => Some(0),
        Some(c) => offset_of(c),
    };
    let page = match (page_size, offset) {
        (Some(size), Some(offset)) => Some(offset / size + 1),
        _ => None,
    };
    let mut retry_not_before_ms = None;
    let response = 'respond: {
        let (Some(size), Some(offset)) = (page_size, offset) else {
            break 'respond error_body(
                StatusCode::BAD_REQUEST,
                "bad.request",
                "pageSize must be 1..500 and the cursor must be one this API issued",
            );
        };
        let page = offset / size + 1;
        let token = match authenticate(&shared, &headers) {
            Ok(token) => token,
            Err(r) => break 'respond *r,
        };
        if scenario.forbidden {
            break 'respond error_body(
                StatusCode::FORBIDDEN,
                "missing.any.permissions",
                "Missing permission interaction:read",
            );
        }
        if let Some((r, not_before)) = page_fault(&shared, &scenario, page, at_ms) {
            retry_not_before_ms = not_before;
            break 'respond r;
        }
        if scenario.malformed_page == Some(page) {
            break 'respond malformed();
        }
        count_page(&shared, &token);
        let end = (offset + size).min(scenario.total);
        let make = if scenario.hostile_names { hostile_interaction } else { interaction };
        let mut entities: Vec<Value> = (offset.min(end)..end).map(make).collect();
        let mut body = json!({ "entities": [], "pageSize": size, "totalCount": scenario.total });
        if scenario.hostile_data {
            torture(&mut entities, &mut body, page);
        }
        body["entities"] = Value::Array(entities);
        if end < scenario.total {
            let next = cursor_for(end);
            match scenario.paging {
                Paging::NextPage => body["nextPage"] = json!(next),
                Paging::NextUri => {
                    body["nextUri"] = json!(format!("{}?pageSize={size}&cursor={next}", paths::INTERACTIONS))
                }
                Paging::ForeignNextUri => {
                    body["nextUri"] = json!(format!("https://evil.example{}?cursor={next}", paths::INTERACTIONS))
                }
            }
        }
        Json(body).into_response()
    };
    let query = request_uri.query().unwrap_or("").to_owned();
    let status = response.status().as_u16();
    log(
        &shared,
        LogEntry {
            at_ms,
            query,
            page,
            token,
            retry_not_before_ms,
            ..LogEntry::new("GET", paths::INTERACTIONS, status)
        },
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_forgeries() {
        for offset in [0, 1, 100, 9_999] {
            assert_eq!(offset_of(&cursor_for(offset)), Some(offset));
        }
        assert_eq!(offset_of("cur_64_0000"), None);
        assert_eq!(offset_of("garbage"), None);
    }
}
