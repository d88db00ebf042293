//! The mock Genesys Cloud API for the Genesys data source (CONTRACT §7; GENESYS-API.md §2–5,
//! §8), built from the documented shapes: `users/me`, the analytics conversation details
//! query, bulk external contacts and routing queues by id. It checks what the real service
//! checks (bearer token, body shape, paging limits, batch sizes, 300 requests a minute per
//! token), answers errors as `ErrorBody`, and sends the `inin-ratelimit-*` headers.
//!
//! Its data is deterministic and realistic: voice, chat, email, message and callback
//! conversations, inbound and outbound, the newest few still active, about 60% with an external
//! contact (names in several scripts), routed through several queues (some transferred).
//!
//! Assumed where GENESYS-API.md marks a limit UNVERIFIED: `pageSize` at most 100 on the details
//! query, an interval of at most 31 days, at most 100 ids per bulk-contacts request.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use crm_core::util::time::{iso_utc, parse_iso_ms};
use serde_json::{json, Value};

use crate::data::{mix, NAMES};
use crate::{epoch_ms, Shared};

/// The agent the mock signs in.
pub const ME: &str = "3f2b6c1e-8d4a-4e57-9a1c-2b7d9e0f4a11";
/// Requests a token may make in a minute before it is answered 429.
pub const RATE_LIMIT_PER_MINUTE: u32 = 300;
const MAX_PAGE_SIZE: u64 = 100;
const MAX_BULK_IDS: usize = 100;
const MAX_INTERVAL_MS: u64 = 31 * 86_400_000;
/// The routing API's default page size when the request names none.
const QUEUES_DEFAULT_PAGE_SIZE: usize = 25;
/// How many distinct external contacts the conversations refer to.
const CONTACTS: u64 = 400;

pub(crate) const QUEUES: &[(&str, &str)] = &[
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d01", "Billing"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d02", "Technical Support"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d03", "Sales"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d04", "VIP"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d05", "Claims"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d06", "Returns"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d07", "Kundenservice"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d08", "お客様窓口"),
];

/// Per-session state: conversations that arrived while the widget paged, and each token's
/// requests in the current minute.
#[derive(Debug, Default)]
pub struct GenesysState {
    pub arrived: u64,
    windows: HashMap<String, (u64, u32)>,
    enrichment_throttled: u32,
    /// Every contact id and queue id asked in answered requests, in order.
    pub asked_contacts: Vec<String>,
    pub asked_queues: Vec<String>,
    /// Conversations ended from the panel (live updates): the analytics query ends them too.
    pub ended: std::collections::HashSet<String>,
}

pub(crate) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/api/v2/users/me", get(users_me))
        .route("/api/v2/analytics/conversations/details/query", post(details_query))
        .route("/api/v2/externalcontacts/bulk/contacts", post(bulk_contacts))
        .route("/api/v2/routing/queues", get(queues))
}

fn uuid(h: u64) -> String {
    let g = mix(h ^ 0x5bd1_e995);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:x}{:03x}-{:012x}",
        h >> 32,
        (h >> 16) & 0xffff,
        h & 0xfff,
        8 + (g & 3),
        (g >> 4) & 0xfff,
        (g >> 16) & 0xffff_ffff_ffff
    )
}

/// `ErrorBody`, as Genesys sends it.
pub(crate) fn error_body(status: StatusCode, code: &str, message: &str) -> Response {
    let context = format!("{:016x}", mix(epoch_ms()));
    (
        status,
        Json(json!({ "message": message, "code": code, "status": status.as_u16(), "contextId": context, "details": [], "errors": [] })),
    )
        .into_response()
}

fn bearer(headers: &HeaderMap) -> Option<String> {
    headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::to_owned)
}

/// The `inin-ratelimit-*` headers of an answer.
type Limits = [(&'static str, String); 3];

/// The checks every request meets first: a live token, and the rate limit. `Ok` carries the
/// token and the rate-limit headers to send; `Err` the answer instead (boxed: it is large).
fn admit(shared: &Shared, headers: &HeaderMap) -> Result<(String, Limits), Box<Response>> {
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    let Some(token) = bearer(headers) else {
        return Err(Box::new(error_body(
            StatusCode::UNAUTHORIZED,
            "authentication.required",
            "No authentication bearer token specified in authorization header.",
        )));
    };
    if let Err(why) = shared.tokens.lock().expect("tokens lock").check(&token, &scenario) {
        return Err(Box::new(error_body(StatusCode::UNAUTHORIZED, "bad.credentials", why)));
    }
    let now = epoch_ms();
    let minute = now / 60_000;
    let mut g = shared.genesys.lock().expect("genesys lock");
    let window = g.windows.entry(token.clone()).or_insert((minute, 0));
    if window.0 != minute {
        *window = (minute, 0);
    }
    window.1 += 1;
    let reset_s = 60 - (now / 1000) % 60;
    let limits = [
        ("inin-ratelimit-count", window.1.to_string()),
        ("inin-ratelimit-allowed", RATE_LIMIT_PER_MINUTE.to_string()),
        ("inin-ratelimit-reset", reset_s.to_string()),
    ];
    if window.1 > RATE_LIMIT_PER_MINUTE {
        let mut r = error_body(
            StatusCode::TOO_MANY_REQUESTS,
            "too.many.requests.retry.after",
            &format!("Rate limit exceeded the maximum. Retry the request in [{reset_s}] seconds"),
        );
        with_headers(&mut r, &limits, Some(reset_s));
        return Err(Box::new(r));
    }
    Ok((token, limits))
}

fn with_headers(r: &mut Response, limits: &Limits, retry_after_s: Option<u64>) {
    for (k, v) in limits {
        if let Ok(v) = HeaderValue::from_str(v) {
            r.headers_mut().insert(*k, v);
        }
    }
    if let Some(s) = retry_after_s.and_then(|s| HeaderValue::from_str(&s.to_string()).ok()) {
        r.headers_mut().insert(header::RETRY_AFTER, s);
    }
}

async fn latency(shared: &Shared) {
    let ms = shared.scenario.lock().expect("scenario lock").latency_ms;
    if ms > 0 {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
}

async fn users_me(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    latency(&shared).await;
    let (token, response) = match admit(&shared, &headers) {
        Err(r) => (bearer(&headers), *r),
        Ok((token, limits)) => {
            let mut r = Json(json!({
                "id": ME, "name": "Dev Agent", "email": "agent@example.com", "username": "agent@example.com",
                "state": "active", "title": "Agent", "version": 7, "selfUri": format!("/api/v2/users/{ME}"),
            }))
            .into_response();
            with_headers(&mut r, &limits, None);
            (Some(token), r)
        }
    };
    crate::log_request(&shared, "GET", "/api/v2/users/me", "", None, token, response.status().as_u16());
    response
}

/// Where conversation `position` of the list (0 = newest) comes from: one of the `arrived`
/// conversations that started while the widget paged, or base conversation `i`.
fn conversation_at(position: u64, arrived: u64, anchor_ms: u64, spacing_ms: u64) -> Value {
    if position < arrived {
        // Arrived ones: the newest is the last to have arrived.
        let j = arrived - 1 - position;
        conversation(1_000_000 + j, anchor_ms + (j + 1) * 1000, true)
    } else {
        let i = position - arrived;
        conversation(i, anchor_ms.saturating_sub((i + 1) * spacing_ms), false)
    }
}

/// A conversation starts now (live updates): the analytics query has it from now on, at the
/// top, as conversations arriving while the widget pages do. Returns it as analytics has it
/// ([`notification`] makes its event).
pub(crate) fn arrive(shared: &Shared) -> Value {
    let arrived = {
        let mut g = shared.genesys.lock().expect("genesys lock");
        g.arrived += 1;
        g.arrived
    };
    conversation_at(0, arrived, shared.anchor_ms, 60_000)
}

/// Ends conversation `id`, or the newest that arrived live. Returns its notification event.
pub(crate) fn end_newest(shared: &Shared, id: Option<&str>) -> Option<Value> {
    let mut g = shared.genesys.lock().expect("genesys lock");
    let c = match id {
        Some(id) => (0..g.arrived)
            .map(|p| conversation_at(p, g.arrived, shared.anchor_ms, 60_000))
            .find(|c| c["conversationId"] == id)?,
        None if g.arrived > 0 => conversation_at(0, g.arrived, shared.anchor_ms, 60_000),
        None => return None,
    };
    g.ended.insert(c["conversationId"].as_str()?.to_owned());
    Some(notification(&c, true))
}

/// An analytics conversation as the Notifications API sends it on `v2.users.<id>.conversations`
/// (GENESYS-API.md §6): participants with `purpose`, `name`, `address`, `queueId`,
/// `externalContactId`, `userId`, and a media list (`calls`, `chats`, …) of `{state,
/// direction, connectedTime, disconnectedTime}`.
pub fn notification(c: &Value, ended: bool) -> Value {
    let start = c["conversationStart"].clone();
    let participants: Vec<Value> = c["participants"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    let session = &p["sessions"][0];
                    let list = match session["mediaType"].as_str() {
                        Some("voice") => "calls",
                        Some("chat") => "chats",
                        Some("email") => "emails",
                        Some("message") => "messages",
                        _ => "callbacks",
                    };
                    let inbound = session["direction"] != "outbound";
                    let address = ["ani", "addressFrom", "remote"]
                        .iter()
                        .map(|k| if *k == "ani" && !inbound { &session["dnis"] } else { &session[*k] })
                        .find(|v| v.is_string())
                        .cloned()
                        .unwrap_or(Value::Null);
                    let mut medium = json!({ "id": session["sessionId"], "state": if ended { "disconnected" } else { "connected" },
                        "direction": session["direction"].as_str().unwrap_or("inbound"), "connectedTime": start });
                    if ended {
                        medium["disconnectedTime"] = json!(iso_utc(crate::epoch_ms()));
                    }
                    let mut out = json!({ "id": p["participantId"], "purpose": p["purpose"], list: [medium] });
                    for (from, to) in [("participantName", "name"), ("externalContactId", "externalContactId"), ("userId", "userId")] {
                        if p[from].is_string() {
                            out[to] = p[from].clone();
                        }
                    }
                    if address.is_string() {
                        out["address"] = address;
                    }
                    if let Some(q) = session["segments"][0]["queueId"].as_str() {
                        out["queueId"] = json!(q);
                    }
                    out
                })
                .collect()
        })
        .unwrap_or_default();
    json!({ "id": c["conversationId"], "participants": participants })
}

/// When conversation `position` started (cheap: no JSON), as [`conversation_at`] has it.
fn start_at(position: u64, arrived: u64, anchor_ms: u64, spacing_ms: u64) -> u64 {
    if position < arrived {
        anchor_ms + (arrived - position) * 1000
    } else {
        anchor_ms.saturating_sub((position - arrived + 1) * spacing_ms)
    }
}

/// Conversation number `n`, started at `start_ms`: always the same for the same inputs.
pub fn conversation(n: u64, start_ms: u64, arrived: bool) -> Value {
    let h = mix(n.wrapping_mul(0x9E37_79B9) ^ 0xC0DE);
    let media = match h % 20 {
        0..=7 => "voice",
        8..=10 => "chat",
        11..=13 => "email",
        14..=17 => "message",
        _ => "callback",
    };
    let outbound = media == "callback" || (h >> 5).is_multiple_of(4);
    let direction = if outbound { "outbound" } else { "inbound" };
    let name = NAMES[((h >> 8) % NAMES.len() as u64) as usize];
    let named = !(h >> 13).is_multiple_of(9);
    let contact = ((h >> 17) % 10 < 6).then(|| format!("ec-{}", uuid((h >> 20) % CONTACTS)));
    let active = arrived || (n < 4 && (h >> 3).is_multiple_of(2));
    let duration_ms = 60_000 + (h >> 24) % (20 * 60_000);
    let end_ms = start_ms + duration_ms;
    let phone = format!("+1555{:07}", (h >> 28) % 10_000_000);
    let email = format!("{}@example.com", name.split_whitespace().next().unwrap_or("guest").to_lowercase());
    let (q1, _) = QUEUES[((h >> 33) % QUEUES.len() as u64) as usize];
    let transferred = (h >> 37).is_multiple_of(7);
    let (q2, _) = QUEUES[((h >> 40) % QUEUES.len() as u64) as usize];
    let at = |ms: u64| iso_utc(ms);
    let segment_end = if active { None } else { Some(at(end_ms)) };
    let segment = |queue: Option<&str>, t: &str| {
        let mut s = json!({ "segmentStart": at(start_ms), "segmentType": t });
        if let Some(q) = queue {
            s["queueId"] = json!(q);
        }
        if let Some(e) = &segment_end {
            s["segmentEnd"] = json!(e);
        }
        s
    };
    let mut customer_session = json!({ "sessionId": uuid(h ^ 1), "mediaType": media, "direction": direction,
        "segments": [segment(None, "interact")] });
    match (media, outbound) {
        ("voice", false) => {
            customer_session["ani"] = json!(format!("tel:{phone}"));
            customer_session["dnis"] = json!("tel:+18005550100");
        }
        ("voice", true) => {
            customer_session["ani"] = json!("tel:+18005550100");
            customer_session["dnis"] = json!(format!("tel:{phone}"));
        }
        ("email", false) => {
            customer_session["addressFrom"] = json!(email);
            customer_session["addressTo"] = json!("support@example.com");
        }
        ("email", true) => {
            customer_session["addressFrom"] = json!("support@example.com");
            customer_session["addressTo"] = json!(email);
        }
        ("message", _) => {
            customer_session["messageType"] = json!(["sms", "whatsapp", "webmessaging"][((h >> 45) % 3) as usize]);
            customer_session["addressFrom"] = json!(phone);
            customer_session["addressTo"] = json!("+18005550100");
        }
        ("chat", _) => {
            customer_session["addressFrom"] = json!(email);
            customer_session["remote"] = json!(name);
        }
        _ => {
            customer_session["callbackNumbers"] = json!([phone]);
            customer_session["callbackUserName"] = json!(name);
            customer_session["remote"] = json!(name);
        }
    }
    let mut customer = json!({
        "participantId": uuid(h ^ 2),
        "purpose": if outbound && media == "voice" { "external" } else { "customer" },
        "sessions": [customer_session],
    });
    if named {
        customer["participantName"] = json!(name);
    }
    if let Some(c) = &contact {
        customer["externalContactId"] = json!(c);
    }
    let mut acd_segments = vec![segment(Some(q1), "interact")];
    if transferred {
        acd_segments.push(segment(Some(q2), "interact"));
    }
    let acd = json!({ "participantId": uuid(h ^ 3), "participantName": QUEUES.iter().find(|q| q.0 == q1).map(|q| q.1),
        "purpose": "acd", "sessions": [ { "sessionId": uuid(h ^ 4), "mediaType": media, "segments": acd_segments } ] });
    let agent = json!({ "participantId": uuid(h ^ 5), "participantName": "Dev Agent", "purpose": "agent", "userId": ME,
        "sessions": [ { "sessionId": uuid(h ^ 6), "mediaType": media, "direction": direction, "remote": name,
            "segments": [segment(Some(if transferred { q2 } else { q1 }), "interact")] } ] });
    let mut c = json!({
        "conversationId": uuid(n ^ 0xA11CE),
        "conversationStart": at(start_ms),
        "originatingDirection": direction,
        "divisionIds": ["7c1b7c1e-0000-4000-8000-000000000001"],
        "participants": [customer, acd, agent],
    });
    if !active {
        c["conversationEnd"] = json!(at(end_ms));
    }
    c
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
    let mut asked_interval = String::new();
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
        asked_interval = format!("{}/{}", iso_utc(start), iso_utc(end));
        // Today's faults, by page number, as on the interactions API.
        if let Some((r, _)) = crate::api::page_fault(&shared, &scenario, number as usize, crate::epoch_ms()) {
            break 'answer (token, r);
        }
        if scenario.malformed_page == Some(number as usize) {
            break 'answer (token, crate::api::malformed());
        }
        if let Some(t) = token.as_deref() {
            crate::api::count_page(&shared, t);
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
                    c["conversationEnd"] = json!(iso_utc(crate::epoch_ms()));
                }
                c
            })
            .collect();
        let mut body = json!({ "totalHits": hits });
        if !conversations.is_empty() {
            body["conversations"] = Value::Array(conversations);
        }
        let mut r = Json(body).into_response();
        with_headers(&mut r, &limits, None);
        (token, r)
    };
    let seq = crate::log_request(
        &shared,
        "POST",
        "/api/v2/analytics/conversations/details/query",
        "",
        page,
        token,
        response.status().as_u16(),
    );
    if !asked_interval.is_empty() {
        crate::log_asked(&shared, seq, asked_interval);
    }
    response
}

/// What the enrichment endpoints check first, in order: latency, token and rate limit, the
/// scenario's 429s, and the permission (`forbidden` picks the scenario's 403 switch).
async fn enrichment_admit(
    shared: &Shared,
    headers: &HeaderMap,
    forbidden: fn(&crate::GenesysFaults) -> bool,
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

/// External contact `id` (`ec-<uuid>`), or `None` when it does not exist (one in seven).
/// A deterministic hash of an id.
fn id_hash(id: &str) -> u64 {
    mix(id.bytes().fold(0u64, |a, b| a.wrapping_mul(31).wrapping_add(u64::from(b))))
}

fn contact(id: &str) -> Option<Value> {
    let h = id_hash(id);
    if !id.starts_with("ec-") || h.is_multiple_of(7) {
        return None;
    }
    let name = NAMES[(h % NAMES.len() as u64) as usize];
    let (first, last) = name.split_once(' ').unwrap_or((name, ""));
    let mut c = json!({ "id": id, "firstName": first, "type": "Curated", "selfUri": format!("/api/v2/externalcontacts/contacts/{id}"),
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
        with_headers(&mut r, &limits, None);
        (token, r)
    };
    crate::log_request(
        &shared,
        "POST",
        "/api/v2/externalcontacts/bulk/contacts",
        "",
        None,
        token,
        response.status().as_u16(),
    );
    response
}

async fn queues(State(shared): State<Arc<Shared>>, headers: HeaderMap, uri: axum::http::Uri) -> Response {
    let (token, response) = 'answer: {
        let (token, limits) = match enrichment_admit(&shared, &headers, |f| f.forbid_queues, "routing:queue:view").await
        {
            Err((token, r)) => break 'answer (token, *r),
            Ok(ok) => ok,
        };
        // `id` is a multi parameter: `id=a&id=b`, and `id=a,b` as the JS SDK writes it.
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()).into_owned().collect();
        let ids: Vec<String> =
            pairs.iter().filter(|(k, _)| k == "id").flat_map(|(_, v)| v.split(',').map(str::to_owned)).collect();
        let page_size = match pairs.iter().find(|(k, _)| k == "pageSize").map(|(_, v)| v.parse::<usize>()) {
            None => QUEUES_DEFAULT_PAGE_SIZE,
            Some(Ok(n)) if (1..=500).contains(&n) => n,
            Some(_) => {
                break 'answer (token, error_body(StatusCode::BAD_REQUEST, "bad.request", "pageSize must be 1 to 500"))
            }
        };
        shared.genesys.lock().expect("genesys lock").asked_queues.extend(ids.iter().cloned());
        let entities: Vec<Value> = QUEUES
            .iter()
            .filter(|(id, _)| ids.is_empty() || ids.iter().any(|i| i == id))
            .map(|(id, name)| json!({ "id": id, "name": name, "memberCount": 12, "selfUri": format!("/api/v2/routing/queues/{id}") }))
            .collect();
        let total = entities.len();
        let shown: Vec<Value> = entities.into_iter().take(page_size).collect();
        let mut r = Json(json!({ "entities": shown, "pageSize": page_size, "pageNumber": 1, "total": total,
            "pageCount": total.div_ceil(page_size) }))
        .into_response();
        with_headers(&mut r, &limits, None);
        (token, r)
    };
    crate::log_request(&shared, "GET", "/api/v2/routing/queues", "", None, token, response.status().as_u16());
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crm_core::source::genesys::{conversation_row, RawConversation};

    /// A queue id's name.
    fn queue_name(id: &str) -> Option<&'static str> {
        QUEUES.iter().find(|q| q.0 == id).map(|q| q.1)
    }

    #[test]
    fn conversations_are_realistic_and_map_to_rows() {
        let anchor = parse_iso_ms("2026-12-01T09:00:00.000Z").unwrap();
        let rows: Vec<Value> = (0..1000).map(|i| conversation(i, anchor - i * 60_000, false)).collect();
        let media: std::collections::HashSet<&str> =
            rows.iter().filter_map(|c| c["participants"][0]["sessions"][0]["mediaType"].as_str()).collect();
        assert_eq!(media.len(), 5, "{media:?}");
        let with_contact = rows.iter().filter(|c| c["participants"][0]["externalContactId"].is_string()).count();
        assert!((500..700).contains(&with_contact), "about 60% have an external contact: {with_contact}");
        assert!(rows.iter().any(|c| c["originatingDirection"] == "outbound"));
        assert!(rows.iter().any(|c| c.get("conversationEnd").is_none()), "some are still active");
        assert!(
            rows.iter().any(|c| c["participants"][1]["sessions"][0]["segments"].as_array().unwrap().len() == 2),
            "some were transferred"
        );
        for c in &rows {
            let json: crm_core::util::json::Json = serde_json::from_value(c.clone()).unwrap();
            let raw = <RawConversation as crm_core::util::json::FromJson>::from_json(&json).unwrap();
            let row = conversation_row(raw, ME).expect("every mock conversation is a row");
            assert!(row.address.is_some(), "{c}");
            assert!(row.queue_id.as_deref().and_then(queue_name).is_some());
        }
        let ids: std::collections::HashSet<_> =
            rows.iter().map(|c| c["conversationId"].as_str().unwrap().to_owned()).collect();
        assert_eq!(ids.len(), 1000);
    }

    #[test]
    fn start_times_agree_with_the_conversations() {
        let anchor = parse_iso_ms("2026-12-01T09:00:00.000Z").unwrap();
        for (p, arrived) in [(0, 0), (5, 0), (0, 3), (2, 3), (3, 3), (9_999, 7)] {
            let c = conversation_at(p, arrived, anchor, 60_000);
            let start = c["conversationStart"].as_str().and_then(parse_iso_ms).unwrap();
            assert_eq!(start_at(p, arrived, anchor, 60_000), start, "position {p}, {arrived} arrived");
        }
    }

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
    fn some_contacts_are_missing() {
        let ids: Vec<String> = (0..200).map(|i| format!("ec-{}", uuid(i))).collect();
        let missing = ids.iter().filter(|id| contact(id).is_none()).count();
        assert!((10..60).contains(&missing), "{missing}");
        assert!(contact("not-a-contact").is_none());
    }
}
