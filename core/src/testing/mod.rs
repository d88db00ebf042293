//! Builders for tests of this crate and of its users (the `testing` feature; this crate's own
//! unit tests always have them). Never in the widget's build.

use crate::model::{Interaction, Kind, Page};
use crate::net::Outcome;
use crate::util::json::Json;

/// A JSON tree from text (serde_json's parser), as the shell gets one from the browser's.
pub fn json(text: &str) -> Json {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// A JSON tree from a `serde_json::Value`.
pub fn json_value(value: serde_json::Value) -> Json {
    serde_json::from_value(value).expect("a JSON value")
}

/// A call with this id and nothing else.
pub fn row(id: &str) -> Interaction {
    Interaction::new(id.into(), Kind::Call)
}

/// A page of calls with these ids.
pub fn page(ids: &[&str], total: Option<u64>) -> Page {
    Page { interactions: ids.iter().map(|id| row(id)).collect(), total_count: total, skipped: 0 }
}

/// A 200 with this JSON body.
pub fn ok(body: &str) -> Outcome<Json> {
    Outcome::Response { status: 200, retry_after: None, body: Some(Ok(json(body))) }
}

/// A 200 with this JSON value.
pub fn ok_value(body: serde_json::Value) -> Outcome<Json> {
    Outcome::Response { status: 200, retry_after: None, body: Some(Ok(json_value(body))) }
}

/// A response with this status and no body to read.
pub fn status(status: u16) -> Outcome<Json> {
    Outcome::Response { status, retry_after: None, body: None }
}

/// A 429 with this `Retry-After`.
pub fn throttled(retry_after: &str) -> Outcome<Json> {
    Outcome::Response { status: 429, retry_after: Some(retry_after.into()), body: None }
}

/// What a [`FakeGenesys`] was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    Me,
    /// A details query: its interval and page.
    Details {
        start_ms: u64,
        end_ms: u64,
        page: u64,
    },
    Contacts(Vec<String>),
    Queues(Vec<String>),
    WrapUps(Vec<String>),
}

/// A small Genesys service for tests: `total` conversations of agent `me`, newest first, the
/// n-th (0 is the newest) started `(n + 1) × spacing_ms` before `now_ms`, each with an external
/// contact (one in 5 ids), a queue (one in 3) and the agent's wrap-up code (one in 4) and note.
/// It answers the requests the widget makes, as
/// the real service would, and records what it was asked.
#[derive(Debug, Clone)]
pub struct FakeGenesys {
    pub now_ms: u64,
    pub total: u64,
    pub spacing_ms: u64,
    pub asked: Vec<Asked>,
}

impl FakeGenesys {
    pub fn new(now_ms: u64, total: u64, spacing_ms: u64) -> FakeGenesys {
        FakeGenesys { now_ms, total, spacing_ms, asked: Vec::new() }
    }

    /// When conversation `n` started.
    pub fn started_ms(&self, n: u64) -> u64 {
        self.now_ms.saturating_sub((n + 1) * self.spacing_ms)
    }

    /// The answer to `request`.
    pub fn answer(&mut self, request: &crate::net::Request) -> Outcome<Json> {
        use crate::net::paths;
        use serde_json::json;
        let url = &request.url;
        if url.ends_with(paths::USERS_ME) {
            self.asked.push(Asked::Me);
            return ok_value(json!({ "id": "me", "name": "Agent" }));
        }
        if url.ends_with(paths::DETAILS_QUERY) {
            let q: serde_json::Value = serde_json::from_str(request.body.as_deref().unwrap_or("")).expect("a query");
            let interval = q["interval"].as_str().expect("an interval");
            let (a, b) = interval.split_once('/').expect("start/end");
            let parse = |t: &str| crate::util::time::parse_iso_ms(t).expect("ISO-8601");
            let (start_ms, end_ms) = (parse(a), parse(b));
            let size = q["paging"]["pageSize"].as_u64().expect("a page size");
            let page = q["paging"]["pageNumber"].as_u64().expect("a page number");
            self.asked.push(Asked::Details { start_ms, end_ms, page });
            let hits: Vec<u64> =
                (0..self.total).filter(|n| (start_ms..=end_ms).contains(&self.started_ms(*n))).collect();
            let conversations: Vec<serde_json::Value> = hits
                .iter()
                .skip(((page - 1) * size) as usize)
                .take(size as usize)
                .map(|n| {
                    json!({
                        "conversationId": format!("c-{n}"),
                        "conversationStart": crate::util::time::iso_utc(self.started_ms(*n)),
                        "conversationEnd": crate::util::time::iso_utc(self.started_ms(*n) + 60_000),
                        "originatingDirection": "inbound",
                        "participants": [
                            { "purpose": "customer", "externalContactId": format!("ec-{}", n % 5),
                              "sessions": [{ "mediaType": "voice", "ani": format!("tel:+1555{n:04}"),
                                             "segments": [{ "queueId": format!("q-{}", n % 3) }] }] },
                            { "purpose": "agent", "userId": "me",
                              "sessions": [{ "mediaType": "voice", "segments": [
                                  { "segmentType": "wrapup", "wrapUpCode": format!("wu-{}", n % 4), "wrapUpNote": format!("note {n}") }] }] }
                        ]
                    })
                })
                .collect();
            return ok_value(json!({ "conversations": conversations, "totalHits": hits.len() }));
        }
        if url.ends_with(paths::BULK_CONTACTS) {
            let body: serde_json::Value = serde_json::from_str(request.body.as_deref().unwrap_or("")).expect("ids");
            let ids: Vec<String> = body["entities"]
                .as_array()
                .expect("entities")
                .iter()
                .map(|e| e["id"].as_str().unwrap().to_owned())
                .collect();
            self.asked.push(Asked::Contacts(ids.clone()));
            let results: Vec<serde_json::Value> = ids
                .iter()
                .map(|id| json!({ "id": id, "success": true, "entity": { "id": id, "firstName": "Contact", "lastName": id } }))
                .collect();
            return ok_value(json!({ "results": results }));
        }
        let queues = url.contains(paths::QUEUES);
        if queues || url.contains(paths::WRAPUP_CODES) {
            let ids: Vec<String> = crate::util::text::query_pairs(url.split_once('?').map_or("", |(_, q)| q))
                .into_iter()
                .filter(|(k, _)| k == "id")
                .map(|(_, v)| v)
                .collect();
            self.asked.push(if queues { Asked::Queues(ids.clone()) } else { Asked::WrapUps(ids.clone()) });
            let what = if queues { "Queue" } else { "Wrap-up" };
            let entities: Vec<serde_json::Value> =
                ids.iter().map(|id| json!({ "id": id, "name": format!("{what} {id}") })).collect();
            return ok_value(json!({ "entities": entities }));
        }
        status(404)
    }
}

pub mod day;
