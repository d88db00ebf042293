//! The mock Genesys Cloud API for the Genesys data source (CONTRACT §7; GENESYS-API.md §2–5,
//! §8, §12), built from the documented shapes: `users/me`, the analytics conversation details
//! query, bulk external contacts, and routing queues and wrap-up codes by id. It checks what the real service
//! checks (bearer token, body shape, paging limits, batch sizes, 300 requests a minute per
//! token), answers errors as `ErrorBody`, and sends the `inin-ratelimit-*` headers.
//!
//! Its conversations come from [`crate::conversations`].
//!
//! Assumed where GENESYS-API.md marks a limit UNVERIFIED: `pageSize` at most 100 on the details
//! query, an interval of at most 31 days, at most 100 ids per bulk-contacts request, and
//! `pageSize` 1 to 500 on queues and wrap-up codes by id.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use crm_core::net::paths;
use crm_core::util::time::{iso_utc, parse_iso_ms};
use serde_json::{json, Value};

use crate::clock::epoch_ms;
use crate::conversations::{conversation_at, start_at, QUEUES, WRAP_UPS};
use crate::data::{mix, ME, NAMES};
use crate::faults::{malformed, page_fault};
use crate::responses::{error_body, latency, log};
use crate::scenario::GenesysFaults;
use crate::state::{LogEntry, Shared};
use crate::tokens::{admit, bearer, count_page, with_limits, Limits};

const MAX_PAGE_SIZE: u64 = 100;
const MAX_BULK_IDS: usize = 100;
const MAX_INTERVAL_MS: u64 = 31 * 86_400_000;
/// The routing API's default page size when the request names none (queues, wrap-up codes).
const ROUTING_DEFAULT_PAGE_SIZE: usize = 25;
/// Where a user is (`selfUri`). Only in answers: the widget asks [`paths::USERS_ME`].
const USERS: &str = "/api/v2/users";
/// Where an external contact is (`selfUri`). Only in answers: the widget asks
/// [`paths::BULK_CONTACTS`].
const EXTERNAL_CONTACTS: &str = "/api/v2/externalcontacts/contacts";

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route(paths::USERS_ME, get(users_me))
        .route(paths::DETAILS_QUERY, post(details_query))
        .route(paths::BULK_CONTACTS, post(bulk_contacts))
        .route(paths::QUEUES, get(queues))
        .route(paths::WRAPUP_CODES, get(wrap_up_codes))
}

async fn users_me(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    latency(&shared).await;
    let (token, response) = match admit(&shared, &headers) {
        Err(r) => (bearer(&headers), *r),
        Ok((token, limits)) => {
            let mut r = Json(json!({
                "id": ME, "name": "Dev Agent", "email": "agent@example.com", "username": "agent@example.com",
                "state": "active", "title": "Agent", "version": 7, "selfUri": format!("{USERS}/{ME}"),
            }))
            .into_response();
            with_limits(&mut r, &limits, None);
            (Some(token), r)
        }
    };
    log(&shared, LogEntry { token, ..LogEntry::new("GET", paths::USERS_ME, response.status().as_u16()) });
    response
}

/// A details query, checked.
#[derive(Debug)]
struct AskedQuery {
    start_ms: u64,
    end_ms: u64,
    page_size: u64,
    page_number: u64,
    newest_first: bool,
    /// The `userId` the segment filter names, if any.
    user: Option<String>,
}

/// A details query body, checked; `Err` says why it is refused, as the real service would.
fn check_query(body: &Value) -> Result<AskedQuery, String> {
    let interval = body["interval"].as_str().ok_or("interval is required")?;
    let (a, b) = interval.split_once('/').ok_or("interval must be start/end")?;
    let (start, end) = (
        parse_iso_ms(a).ok_or("interval start is not ISO-8601")?,
        parse_iso_ms(b).ok_or("interval end is not ISO-8601")?,
    );
    if end <= start {
        return Err("interval end must be after its start".into());
    }
    if end - start > MAX_INTERVAL_MS {
        return Err("interval is longer than 31 days".into());
    }
    let order = body.get("order").map(|o| o.as_str().unwrap_or("?"));
    if !matches!(order, None | Some("asc" | "desc" | "unordered")) {
        return Err("order must be asc, desc or unordered".into());
    }
    let order_by = body.get("orderBy").map(|o| o.as_str().unwrap_or("?"));
    if !matches!(order_by, None | Some("conversationStart" | "conversationEnd" | "segmentStart" | "segmentEnd")) {
        return Err("orderBy is not a known value".into());
    }
    let paging = body.get("paging").ok_or("paging is required")?;
    let size = paging["pageSize"].as_u64().ok_or("paging.pageSize must be a whole number")?;
    let number = paging["pageNumber"].as_u64().ok_or("paging.pageNumber must be a whole number")?;
    if !(1..=MAX_PAGE_SIZE).contains(&size) || number == 0 {
        return Err(format!("paging.pageSize must be 1 to {MAX_PAGE_SIZE} and paging.pageNumber at least 1"));
    }
    let mut user = None;
    for filter in body["segmentFilters"].as_array().into_iter().flatten() {
        if !matches!(filter["type"].as_str(), Some("and" | "or")) {
            return Err("segmentFilters[].type must be and or or".into());
        }
        for p in filter["predicates"].as_array().into_iter().flatten() {
            if p["dimension"] == "userId" && p["operator"].as_str().unwrap_or("matches") == "matches" {
                user = p["value"].as_str().map(str::to_owned);
            }
        }
    }
    Ok(AskedQuery {
        start_ms: start,
        end_ms: end,
        page_size: size,
        page_number: number,
        newest_first: order != Some("asc"),
        user,
    })
}

async fn details_query(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    latency(&shared).await;
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    let mut page = None;
    let mut asked = None;
    let (token, response) = 'answer: {
        let (token, limits) = match admit(&shared, &headers) {
            Err(r) => break 'answer (bearer(&headers), *r),
            Ok(ok) => ok,
        };
        let token = Some(token);
        if scenario.genesys.forbid_analytics || scenario.forbidden {
            break 'answer (
                token,
                error_body(
                    StatusCode::FORBIDDEN,
                    "missing.any.permissions",
                    "Unable to perform the requested action. You are missing the following permission(s): [analytics:conversationDetail:view, analytics:agentConversationDetail:view]",
                ),
            );
        }
        let json: Value = match serde_json::from_slice(&body) {
            Ok(v @ Value::Object(_)) => v,
            _ => {
                break 'answer (
                    token,
                    error_body(StatusCode::BAD_REQUEST, "bad.request", "The request body is not a JSON object"),
                )
            }
        };
        let AskedQuery { start_ms: start, end_ms: end, page_size: size, page_number: number, newest_first, user } =
            match check_query(&json) {
                Ok(q) => q,
                Err(why) => break 'answer (token, error_body(StatusCode::BAD_REQUEST, "bad.request", &why)),
            };
        page = Some(number as usize);
        asked = Some(format!("{}/{}", iso_utc(start), iso_utc(end)));
        // Today's faults, by page number, as on the interactions API.
        if let Some((r, _)) = page_fault(&shared, &scenario, number as usize, epoch_ms()) {
            break 'answer (token, r);
        }
        if scenario.malformed_page == Some(number as usize) {
            break 'answer (token, malformed());
        }
        if let Some(t) = token.as_deref() {
            count_page(&shared, t);
        }
        let (arrived, anchor) = {
            let mut g = shared.genesys.lock().expect("genesys lock");
            let arrived = g.arrived;
            g.arrived += u64::from(scenario.genesys.arriving_per_request);
            (arrived, shared.anchor_ms)
        };
        let total = scenario.total as u64;
        let spacing = (7 * 86_400_000 / total.max(1)).clamp(30_000, 45 * 60_000);
        // "Conversations that started on a day touched by the interval" (GENESYS-API.md §3.1).
        let (first_day, last_day) = (start / 86_400_000, end / 86_400_000);
        // Only the page's own conversations are built; which ones match is decided from
        // their start times alone, so a page costs the same at 250 or 10,000 conversations.
        let in_interval =
            |p: u64| (first_day..=last_day).contains(&(start_at(p, arrived, anchor, spacing) / 86_400_000));
        let mine = user.as_deref().is_none_or(|u| u == ME);
        let everything = if mine { total + arrived } else { 0 };
        // Positions are newest first; the oldest matching ones end the list.
        let matching: Vec<u64> = (0..everything).filter(|p| in_interval(*p)).collect();
        let hits = matching.len() as u64;
        let ordered: Box<dyn Iterator<Item = &u64>> =
            if newest_first { Box::new(matching.iter()) } else { Box::new(matching.iter().rev()) };
        let ended = shared.genesys.lock().expect("genesys lock").ended.clone();
        let conversations: Vec<Value> = ordered
            .skip(((number - 1) * size) as usize)
            .take(size as usize)
            .map(|p| {
                let mut c = conversation_at(*p, arrived, anchor, spacing);
                if c["conversationId"].as_str().is_some_and(|id| ended.contains(id)) && c["conversationEnd"].is_null() {
                    c["conversationEnd"] = json!(iso_utc(epoch_ms()));
                }
                c
            })
            .collect();
        let mut body = json!({ "totalHits": hits });
        if !conversations.is_empty() {
            body["conversations"] = Value::Array(conversations);
        }
        let mut r = Json(body).into_response();
        with_limits(&mut r, &limits, None);
        (token, r)
    };
    log(
        &shared,
        LogEntry { page, token, asked, ..LogEntry::new("POST", paths::DETAILS_QUERY, response.status().as_u16()) },
    );
    response
}

/// What the enrichment endpoints check first, in order: latency, token and rate limit, the
/// scenario's 429s, and the permission (`forbidden` picks the scenario's 403 switch).
async fn enrichment_admit(
    shared: &Shared,
    headers: &HeaderMap,
    forbidden: fn(&GenesysFaults) -> bool,
    permission: &str,
) -> Result<(Option<String>, Limits), (Option<String>, Box<Response>)> {
    latency(shared).await;
    let faults = shared.scenario.lock().expect("scenario lock").genesys.clone();
    let (token, limits) = admit(shared, headers).map_err(|r| (bearer(headers), r))?;
    let token = Some(token);
    if let Some(r) = enrichment_throttled(shared, faults.throttle_enrichment) {
        return Err((token, Box::new(r)));
    }
    if forbidden(&faults) {
        let message = format!("You are missing the following permission(s): [{permission}]");
        return Err((token, Box::new(error_body(StatusCode::FORBIDDEN, "missing.permissions", &message))));
    }
    Ok((token, limits))
}

/// The first `throttle_enrichment` enrichment requests are answered 429.
fn enrichment_throttled(shared: &Shared, times: u32) -> Option<Response> {
    let mut g = shared.genesys.lock().expect("genesys lock");
    (g.enrichment_throttled < times).then(|| {
        g.enrichment_throttled += 1;
        let mut r = error_body(
            StatusCode::TOO_MANY_REQUESTS,
            "too.many.requests.retry.after",
            "Rate limit exceeded the maximum. Retry the request in [1] seconds",
        );
        r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        r
    })
}

/// A deterministic hash of an id.
fn id_hash(id: &str) -> u64 {
    mix(id.bytes().fold(0u64, |a, b| a.wrapping_mul(31).wrapping_add(u64::from(b))))
}

/// External contact `id` (`ec-<uuid>`), or `None` when it does not exist (one in seven).
fn contact(id: &str) -> Option<Value> {
    let h = id_hash(id);
    if !id.starts_with("ec-") || h.is_multiple_of(7) {
        return None;
    }
    let name = NAMES[(h % NAMES.len() as u64) as usize];
    let (first, last) = name.split_once(' ').unwrap_or((name, ""));
    let mut c = json!({ "id": id, "firstName": first, "type": "Curated", "selfUri": format!("{EXTERNAL_CONTACTS}/{id}"),
        "workPhone": { "display": format!("+1 555 {:03} {:04}", h % 1000, (h >> 10) % 10_000), "e164": format!("+1555{:03}{:04}", h % 1000, (h >> 10) % 10_000) } });
    if !last.is_empty() {
        c["lastName"] = json!(last);
    }
    Some(c)
}

async fn bulk_contacts(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let (token, response) = 'answer: {
        let (token, limits) =
            match enrichment_admit(&shared, &headers, |f| f.forbid_contacts, "externalContacts:contact:view").await {
                Err((token, r)) => break 'answer (token, *r),
                Ok(ok) => ok,
            };
        let ids: Option<Vec<String>> = serde_json::from_slice::<Value>(&body).ok().and_then(|v| {
            v["entities"].as_array().map(|a| a.iter().filter_map(|e| e["id"].as_str().map(str::to_owned)).collect())
        });
        let Some(ids) = ids.filter(|ids| !ids.is_empty()) else {
            break 'answer (
                token,
                error_body(StatusCode::BAD_REQUEST, "bad.request", "entities must be a non-empty list of {\"id\": …}"),
            );
        };
        if ids.len() > MAX_BULK_IDS {
            break 'answer (
                token,
                error_body(StatusCode::BAD_REQUEST, "bad.request", &format!("At most {MAX_BULK_IDS} ids per request")),
            );
        }
        shared.genesys.lock().expect("genesys lock").asked_contacts.extend(ids.iter().cloned());
        let mut results: Vec<Value> = ids
            .iter()
            .map(|id| match contact(id) {
                Some(entity) => json!({ "id": id, "success": true, "entity": entity, "status": 200 }),
                None => json!({ "id": id, "success": false, "status": 404,
                    "error": { "code": "not.found", "message": "The external contact was not found", "status": 404, "retryable": false } }),
            })
            .collect();
        // "Ordering is NOT guaranteed": shuffled, deterministically.
        results.sort_by_key(|r| id_hash(r["id"].as_str().unwrap_or("")) ^ 0x5eed);
        let errors: Vec<usize> =
            results.iter().enumerate().filter(|(_, r)| r["success"] == false).map(|(i, _)| i).collect();
        let mut r =
            Json(json!({ "results": results, "errorCount": errors.len(), "errorIndexes": errors })).into_response();
        with_limits(&mut r, &limits, None);
        (token, r)
    };
    log(&shared, LogEntry { token, ..LogEntry::new("POST", paths::BULK_CONTACTS, response.status().as_u16()) });
    response
}

/// A routing listing by id (queues, wrap-up codes): `id` is a multi parameter (`id=a&id=b`,
/// and `id=a,b` as the JS SDK writes it), `pageSize` 1 to 500 (25 when absent), `pageNumber`
/// from 1. Answers `{entities: [{id, name, …}], pageSize, pageNumber, total, pageCount}` of
/// the known ids (all of them without an `id`), or why the request is refused.
fn by_id(query: Option<&str>, known: &[(&str, &str)], path: &str) -> Result<(Vec<String>, Value), String> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
    let ids: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "id")
        .flat_map(|(_, v)| v.split(',').map(str::to_owned))
        .filter(|id| !id.is_empty())
        .collect();
    let number = |key: &str, default: usize, range: std::ops::RangeInclusive<usize>| match pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.parse::<usize>())
    {
        None => Ok(default),
        Some(Ok(n)) if range.contains(&n) => Ok(n),
        Some(_) => Err(format!("{key} must be a whole number from {} to {}", range.start(), range.end())),
    };
    let page_size = number("pageSize", ROUTING_DEFAULT_PAGE_SIZE, 1..=500)?;
    let page_number = number("pageNumber", 1, 1..=usize::MAX)?;
    let entities: Vec<Value> = known
        .iter()
        .filter(|(id, _)| ids.is_empty() || ids.iter().any(|i| i == id))
        .map(|(id, name)| json!({ "id": id, "name": name, "selfUri": format!("{path}/{id}") }))
        .collect();
    let total = entities.len();
    let shown: Vec<Value> = entities.into_iter().skip((page_number - 1) * page_size).take(page_size).collect();
    let body = json!({ "entities": shown, "pageSize": page_size, "pageNumber": page_number, "total": total,
        "pageCount": total.div_ceil(page_size) });
    Ok((ids, body))
}

async fn queues(State(shared): State<Arc<Shared>>, headers: HeaderMap, uri: axum::http::Uri) -> Response {
    let (token, response) = 'answer: {
        let (token, limits) = match enrichment_admit(&shared, &headers, |f| f.forbid_queues, "routing:queue:view").await
        {
            Err((token, r)) => break 'answer (token, *r),
            Ok(ok) => ok,
        };
        let (ids, mut body) = match by_id(uri.query(), QUEUES, paths::QUEUES) {
            Ok(answer) => answer,
            Err(why) => break 'answer (token, error_body(StatusCode::BAD_REQUEST, "bad.request", &why)),
        };
        for q in body["entities"].as_array_mut().into_iter().flatten() {
            q["memberCount"] = json!(12);
        }
        shared.genesys.lock().expect("genesys lock").asked_queues.extend(ids);
        let mut r = Json(body).into_response();
        with_limits(&mut r, &limits, None);
        (token, r)
    };
    log(&shared, LogEntry { token, ..LogEntry::new("GET", paths::QUEUES, response.status().as_u16()) });
    response
}

/// `GET /api/v2/routing/wrapupcodes?id=…&id=…&pageSize=…` (GENESYS-API.md §12): a
/// `WrapupCodeEntityListing`. Faults: 403 (the permission, which is a guess: see the README)
/// and 500.
async fn wrap_up_codes(State(shared): State<Arc<Shared>>, headers: HeaderMap, uri: axum::http::Uri) -> Response {
    let (token, response) = 'answer: {
        let (token, limits) =
            match enrichment_admit(&shared, &headers, |f| f.forbid_wrap_ups, "routing:wrapupCode:view").await {
                Err((token, r)) => break 'answer (token, *r),
                Ok(ok) => ok,
            };
        if shared.scenario.lock().expect("scenario lock").genesys.fail_wrap_ups {
            break 'answer (
                token,
                error_body(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal.server.error",
                    "The server encountered an error",
                ),
            );
        }
        let (ids, mut body) = match by_id(uri.query(), WRAP_UPS, paths::WRAPUP_CODES) {
            Ok(answer) => answer,
            Err(why) => break 'answer (token, error_body(StatusCode::BAD_REQUEST, "bad.request", &why)),
        };
        for code in body["entities"].as_array_mut().into_iter().flatten() {
            // The same date for a code in every answer: from its place in the mock's list.
            let at = WRAP_UPS.iter().position(|(id, _)| code["id"] == *id).unwrap_or(0);
            code["division"] = json!({ "id": "7c1b7c1e-0000-4000-8000-000000000001", "name": "Home" });
            code["dateCreated"] = json!(format!("2025-0{}-12T08:30:00Z", 1 + at % 9));
        }
        shared.genesys.lock().expect("genesys lock").asked_wrap_ups.extend(ids);
        let mut r = Json(body).into_response();
        with_limits(&mut r, &limits, None);
        (token, r)
    };
    log(&shared, LogEntry { token, ..LogEntry::new("GET", paths::WRAPUP_CODES, response.status().as_u16()) });
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversations::uuid;

    #[test]
    fn query_bodies_are_checked() {
        let good = json!({ "interval": "2026-11-24T09:00:00.000Z/2026-12-01T09:00:00.000Z", "order": "desc",
            "orderBy": "conversationStart", "paging": { "pageSize": 100, "pageNumber": 2 },
            "segmentFilters": [ { "type": "and", "predicates": [ { "type": "dimension", "dimension": "userId", "operator": "matches", "value": ME } ] } ] });
        let q = check_query(&good).unwrap();
        assert_eq!((q.page_size, q.page_number, q.newest_first, q.user.as_deref()), (100, 2, true, Some(ME)));
        assert!(q.start_ms < q.end_ms);
        let bad = |patch: Value| {
            let mut b = good.clone();
            for (k, v) in patch.as_object().unwrap() {
                b[k] = v.clone();
            }
            check_query(&b).unwrap_err()
        };
        assert!(bad(json!({ "interval": "yesterday" })).contains("start/end"));
        assert!(bad(json!({ "interval": "2026-12-01T09:00:00Z/2026-11-24T09:00:00Z" })).contains("after"));
        assert!(bad(json!({ "interval": "2026-10-01T09:00:00Z/2026-12-01T09:00:00Z" })).contains("31 days"));
        assert!(bad(json!({ "paging": { "pageSize": 500, "pageNumber": 1 } })).contains("pageSize"));
        assert!(bad(json!({ "paging": { "pageSize": 100, "pageNumber": 0 } })).contains("pageNumber"));
        assert!(bad(json!({ "order": "sideways" })).contains("order"));
        assert!(bad(json!({ "orderBy": "name" })).contains("orderBy"));
        let mut no_paging = good.clone();
        no_paging.as_object_mut().unwrap().remove("paging");
        assert!(check_query(&no_paging).unwrap_err().contains("paging"));
    }

    #[test]
    fn listings_by_id_check_their_parameters() {
        let known = [("a", "A"), ("b", "B"), ("c", "C")];
        let (ids, body) = by_id(Some("id=a&id=c,x&pageSize=2"), &known, "/p").unwrap();
        assert_eq!(ids, ["a", "c", "x"]);
        assert_eq!(body["entities"].as_array().unwrap().len(), 2, "x is not known");
        assert_eq!((body["pageSize"].as_u64(), body["total"].as_u64()), (Some(2), Some(2)));
        assert_eq!(body["entities"][1], json!({ "id": "c", "name": "C", "selfUri": "/p/c" }));
        let (_, body) = by_id(None, &known, "/p").unwrap();
        assert_eq!((body["total"].as_u64(), body["pageSize"].as_u64()), (Some(3), Some(25)), "all, 25 a page");
        let (_, body) = by_id(Some("pageSize=2&pageNumber=2"), &known, "/p").unwrap();
        assert_eq!(body["entities"][0]["id"], "c");
        for bad in ["pageSize=0", "pageSize=501", "pageSize=x", "pageNumber=0"] {
            assert!(by_id(Some(bad), &known, "/p").is_err(), "{bad}");
        }
    }

    #[test]
    fn some_contacts_are_missing() {
        let ids: Vec<String> = (0..200).map(|i| format!("ec-{}", uuid(i))).collect();
        let missing = ids.iter().filter(|id| contact(id).is_none()).count();
        assert!((10..60).contains(&missing), "{missing}");
        assert!(contact("not-a-contact").is_none());
    }
}
