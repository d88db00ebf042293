//! The Genesys data source's decisions (CONTRACT §7; GENESYS-API.md §2–5), as pure functions
//! over plain data: the analytics query body and its interval (from a `now` passed in), the
//! page-number paging, the row for each analytics conversation, and the enrichment plan
//! (external contacts and queue names, in batches, each id asked once per session).
//!
//! Not wired into the loader yet (issue #11): the shell still reads only CONTRACT §4.
//! Every enum Genesys sends (`mediaType`, `purpose`, `direction`) is read as an open string.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::model::{believable_total, readable_address, Direction, Interaction, Kind, Names, Page, Range};
use crate::net::{BaseUrl, Body, Request};
use crate::source::error::{LoadError, PageError};
use crate::source::loader::{Delivery, Source, DEFAULT_MAX_PAGES};
use crate::util::text::{encode_component, json_string, non_empty, query_pairs};
use crate::util::time::{iso_utc, parse_iso_ms, DAY_MS};

pub const USERS_ME_PATH: &str = "/api/v2/users/me";
pub const DETAILS_QUERY_PATH: &str = "/api/v2/analytics/conversations/details/query";
pub const BULK_CONTACTS_PATH: &str = "/api/v2/externalcontacts/bulk/contacts";
pub const QUEUES_PATH: &str = "/api/v2/routing/queues";
/// Ids per enrichment request, at most (CONTRACT §7.4).
pub const MAX_BATCH: usize = 100;

// ---- the interval ----

/// The load's interval: from `history_days` before `now` to `now` (CONTRACT §7.2). Fixed when a
/// load starts, the same for each of its pages.
pub fn interval(now_ms: u64, history_days: u32) -> String {
    let start = now_ms.saturating_sub(u64::from(history_days) * DAY_MS);
    format!("{}/{}", iso_utc(start), iso_utc(now_ms))
}

pub mod event;

// ---- the query body ----

/// `POST /api/v2/analytics/conversations/details/query`'s body (CONTRACT §7.2). The URL is
/// the same for every page (so its CORS preflight is cached); only `paging.pageNumber` moves.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailsQuery {
    pub interval: String,
    pub order: &'static str,
    pub order_by: &'static str,
    pub paging: Paging,
    pub segment_filters: [SegmentFilter; 1],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paging {
    pub page_size: u32,
    pub page_number: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentFilter {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub predicates: [Predicate; 1],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Predicate {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub dimension: &'static str,
    pub operator: &'static str,
    pub value: String,
}

impl DetailsQuery {
    /// Page 1 of the agent `me`'s conversations in `interval`, newest first.
    pub fn new(me: &str, interval: String, page_size: u32) -> DetailsQuery {
        DetailsQuery {
            interval,
            order: "desc",
            order_by: "conversationStart",
            paging: Paging { page_size, page_number: 1 },
            segment_filters: [SegmentFilter {
                kind: "and",
                predicates: [Predicate {
                    kind: "dimension",
                    dimension: "userId",
                    operator: "matches",
                    value: me.to_owned(),
                }],
            }],
        }
    }

    /// The same query for another page.
    pub fn page(&self, page_number: u32) -> DetailsQuery {
        DetailsQuery { paging: Paging { page_number, ..self.paging.clone() }, ..self.clone() }
    }

    /// The body as JSON text (written here: the widget links no JSON writer). The same as
    /// serde's output, which a test checks.
    pub fn to_json(&self) -> String {
        let [filter] = &self.segment_filters;
        let [p] = &filter.predicates;
        format!(
            r#"{{"interval":{},"order":{},"orderBy":{},"paging":{{"pageSize":{},"pageNumber":{}}},"segmentFilters":[{{"type":{},"predicates":[{{"type":{},"dimension":{},"operator":{},"value":{}}}]}}]}}"#,
            json_string(&self.interval),
            json_string(self.order),
            json_string(self.order_by),
            self.paging.page_size,
            self.paging.page_number,
            json_string(filter.kind),
            json_string(p.kind),
            json_string(p.dimension),
            json_string(p.operator),
            json_string(&p.value),
        )
    }
}

// ---- page-number paging ----

/// Where page-number paging stands (CONTRACT §7.2): pages `1, 2, …` until
/// `pageNumber × pageSize ≥ totalHits` or a page brings fewer than `pageSize` conversations.
/// `totalHits` drifts while conversations arrive; the last one heard counts. However it drifts,
/// a load ends after [`DEFAULT_MAX_PAGES`] pages (as a cursor load does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageNumbers {
    page_size: u32,
    max_pages: u32,
    /// The highest page received so far (0: none).
    received: u32,
    total_hits: Option<u64>,
    done: bool,
}

impl PageNumbers {
    pub fn new(page_size: u32) -> PageNumbers {
        PageNumbers {
            page_size: page_size.max(1),
            max_pages: DEFAULT_MAX_PAGES,
            received: 0,
            total_hits: None,
            done: false,
        }
    }

    /// The same with another page cap.
    pub fn with_max_pages(self, max_pages: u32) -> PageNumbers {
        PageNumbers { max_pages: max_pages.max(1), ..self }
    }

    /// Whether the load stopped at the page cap rather than at its end.
    pub fn capped(&self) -> bool {
        self.done
            && self.received >= self.max_pages
            && self.total_hits.is_some_and(|t| u64::from(self.received) * u64::from(self.page_size) < t)
    }

    /// A page came: its number, how many conversations it held, and the `totalHits` it said.
    pub fn received(&mut self, page_number: u32, count: usize, total_hits: Option<u64>) {
        self.received = self.received.max(page_number);
        if total_hits.is_some() {
            self.total_hits = total_hits;
        }
        let short = count < self.page_size as usize;
        let past_total = self.total_hits.is_some_and(|t| u64::from(page_number) * u64::from(self.page_size) >= t);
        if short || past_total || self.total_hits == Some(0) || self.received >= self.max_pages {
            self.done = true;
        }
    }

    /// The next page to ask for, one at a time; `None` when the load is complete.
    pub fn next(&self) -> Option<u32> {
        (!self.done).then_some(self.received + 1)
    }

    /// Once page 1 has said `totalHits`: every page still to ask for, which need not wait for
    /// each other (fetched a few at a time, shown in order).
    pub fn remaining(&self) -> Option<std::ops::RangeInclusive<u32>> {
        let total = self.total_hits?;
        if self.done {
            return None;
        }
        let last = u32::try_from(total.div_ceil(u64::from(self.page_size))).ok()?.min(self.max_pages);
        (last > self.received).then(|| self.received + 1..=last)
    }

    pub fn total_hits(&self) -> Option<u64> {
        self.total_hits
    }
}

// ---- what Genesys sends ----

#[derive(Debug, Default)]
pub struct RawUserMe {
    pub id: Option<String>,
}
crate::read!(RawUserMe { id: "id" });

/// `AnalyticsConversationQueryResponse`: `{conversations, totalHits}`. Missing lists are empty.
#[derive(Debug, Default)]
pub struct RawDetailsPage {
    pub conversations: Option<Vec<RawConversation>>,
    pub total_hits: Option<f64>,
}
crate::read!(RawDetailsPage { conversations: "conversations", total_hits: "totalHits" });

#[derive(Debug, Default)]
pub struct RawConversation {
    pub conversation_id: Option<String>,
    pub conversation_start: Option<String>,
    pub conversation_end: Option<String>,
    pub originating_direction: Option<String>,
    pub participants: Option<Vec<RawParticipant>>,
}
crate::read!(RawConversation {
    conversation_id: "conversationId",
    conversation_start: "conversationStart",
    conversation_end: "conversationEnd",
    originating_direction: "originatingDirection",
    participants: "participants"
});

#[derive(Debug, Default)]
pub struct RawParticipant {
    pub participant_name: Option<String>,
    pub purpose: Option<String>,
    pub user_id: Option<String>,
    pub external_contact_id: Option<String>,
    pub sessions: Option<Vec<RawSession>>,
}
crate::read!(RawParticipant {
    participant_name: "participantName",
    purpose: "purpose",
    user_id: "userId",
    external_contact_id: "externalContactId",
    sessions: "sessions"
});

#[derive(Debug, Default)]
pub struct RawSession {
    pub media_type: Option<String>,
    pub ani: Option<String>,
    pub dnis: Option<String>,
    pub address_from: Option<String>,
    pub address_to: Option<String>,
    pub remote: Option<String>,
    pub segments: Option<Vec<RawSegment>>,
}
crate::read!(RawSession {
    media_type: "mediaType",
    ani: "ani",
    dnis: "dnis",
    address_from: "addressFrom",
    address_to: "addressTo",
    remote: "remote",
    segments: "segments"
});

#[derive(Debug, Default)]
pub struct RawSegment {
    pub queue_id: Option<String>,
}
crate::read!(RawSegment { queue_id: "queueId" });

// ---- the row ----

/// One analytics conversation, as a row (CONTRACT §7.3). Names of the external contact and
/// the queue come later, from the enrichment.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversation {
    pub id: String,
    pub kind: Kind,
    pub direction: Option<Direction>,
    /// The customer participant's `participantName`.
    pub participant_name: Option<String>,
    pub address: Option<String>,
    pub external_contact_id: Option<String>,
    pub queue_id: Option<String>,
    pub started_ms: Option<u64>,
    pub ended_ms: Option<u64>,
}

impl Conversation {
    /// Active while it has no `conversationEnd`.
    pub fn in_progress(&self) -> bool {
        self.ended_ms.is_none()
    }

    /// What to call the contact: the external contact's name when it resolved, else the
    /// participant's name, else the address.
    pub fn display_name<'a>(&'a self, enrichment: &'a Enrichment) -> Option<&'a str> {
        self.external_contact_id
            .as_deref()
            .and_then(|id| enrichment.contact_name(id))
            .or(self.participant_name.as_deref())
            .or(self.address.as_deref())
    }
}

impl From<Conversation> for Interaction {
    fn from(c: Conversation) -> Interaction {
        Interaction {
            name: c.participant_name,
            address: c.address,
            queue_id: c.queue_id,
            contact_id: c.external_contact_id,
            direction: c.direction,
            started_ms: c.started_ms,
            in_progress: c.ended_ms.is_none(),
            ..Interaction::new(c.id, c.kind)
        }
    }
}

/// The customer's address from one of its sessions, by media and direction: voice `ani`
/// (inbound) or `dnis` (outbound), else `addressFrom` / `addressTo`, else `remote`.
fn session_address(session: &RawSession, inbound: bool) -> Option<String> {
    let voice = session.media_type.as_deref() == Some("voice");
    let by_direction = match (voice, inbound) {
        (true, true) => non_empty(session.ani.as_deref()),
        (true, false) => non_empty(session.dnis.as_deref()),
        (false, true) => non_empty(session.address_from.as_deref()),
        (false, false) => non_empty(session.address_to.as_deref()),
    };
    by_direction.or_else(|| non_empty(session.remote.as_deref())).map(|a| readable_address(&a))
}

fn sessions_of(p: &RawParticipant) -> &[RawSession] {
    p.sessions.as_deref().unwrap_or(&[])
}

/// The row for an analytics conversation, or `None` when it has no id (it cannot be shown or
/// opened). `me` is the agent: without a customer participant, the agent's own session says
/// whom they talked to (`remote`).
pub fn conversation_row(raw: RawConversation, me: &str) -> Option<Conversation> {
    let id = non_empty(raw.conversation_id.as_deref())?;
    let participants = raw.participants.unwrap_or_default();
    let customer = participants.iter().find(|p| matches!(p.purpose.as_deref(), Some("customer") | Some("external")));
    let direction = raw.originating_direction.as_deref().map(Direction::parse);
    let inbound = direction != Some(Direction::Outbound);
    let agent = participants.iter().find(|p| p.user_id.as_deref() == Some(me));
    let address = customer
        .and_then(|c| sessions_of(c).iter().find_map(|s| session_address(s, inbound)))
        .or_else(|| agent.and_then(|a| sessions_of(a).iter().find_map(|s| non_empty(s.remote.as_deref()))))
        .map(|a| readable_address(&a));
    let media = customer
        .and_then(|c| sessions_of(c).iter().find_map(|s| non_empty(s.media_type.as_deref())))
        .or_else(|| participants.iter().flat_map(sessions_of).find_map(|s| non_empty(s.media_type.as_deref())));
    let queue_id = participants
        .iter()
        .flat_map(sessions_of)
        .flat_map(|s| s.segments.as_deref().unwrap_or(&[]))
        .find_map(|seg| non_empty(seg.queue_id.as_deref()));
    Some(Conversation {
        id,
        kind: media.as_deref().map_or(Kind::Other(String::new()), Kind::parse),
        direction,
        participant_name: customer.and_then(|c| non_empty(c.participant_name.as_deref())),
        address,
        external_contact_id: customer.and_then(|c| non_empty(c.external_contact_id.as_deref())),
        queue_id,
        started_ms: raw.conversation_start.as_deref().and_then(parse_iso_ms),
        ended_ms: raw.conversation_end.as_deref().and_then(parse_iso_ms),
    })
}

// ---- enrichment ----

/// `POST /api/v2/externalcontacts/bulk/contacts`'s body: `{"entities": [{"id": …}, …]}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BulkIds {
    pub entities: Vec<BulkId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BulkId {
    pub id: String,
}

impl BulkIds {
    pub fn to_json(&self) -> String {
        let ids: Vec<String> = self.entities.iter().map(|e| format!(r#"{{"id":{}}}"#, json_string(&e.id))).collect();
        format!(r#"{{"entities":[{}]}}"#, ids.join(","))
    }
}

/// One enrichment request to make.
#[derive(Debug, Clone, PartialEq)]
pub enum EnrichRequest {
    /// POST the body to [`BULK_CONTACTS_PATH`].
    Contacts(BulkIds),
    /// GET this URL (queues by id, `pageSize` as large as the batch, so none is cut off).
    Queues(String),
}

impl EnrichRequest {
    pub fn request(&self, api_base: &BaseUrl) -> Request {
        match self {
            EnrichRequest::Contacts(ids) => {
                Request::post(format!("{}{BULK_CONTACTS_PATH}", api_base.as_str()), ids.to_json())
            }
            EnrichRequest::Queues(url) => Request::get(url.clone()),
        }
    }

    /// The ids it asks about.
    pub fn ids(&self) -> Vec<String> {
        match self {
            EnrichRequest::Contacts(b) => b.entities.iter().map(|e| e.id.clone()).collect(),
            EnrichRequest::Queues(url) => query_pairs(url.split_once('?').map_or("", |(_, q)| q))
                .into_iter()
                .filter(|(k, _)| k == "id")
                .map(|(_, v)| v)
                .collect(),
        }
    }
}

/// `{"results": [{"id", "success", "entity": {firstName, lastName, …}}, …]}`, in any order.
#[derive(Debug, Default)]
pub struct RawBulkContacts {
    pub results: Option<Vec<RawBulkResult>>,
}
crate::read!(RawBulkContacts { results: "results" });

#[derive(Debug, Default)]
pub struct RawBulkResult {
    pub id: Option<String>,
    pub success: Option<bool>,
    pub entity: Option<RawContact>,
}
crate::read!(RawBulkResult { id: "id", success: "success", entity: "entity" });

#[derive(Debug, Default)]
pub struct RawContact {
    pub id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}
crate::read!(RawContact { id: "id", first_name: "firstName", last_name: "lastName" });

/// `{"entities": [{"id", "name"}, …]}`.
#[derive(Debug, Default)]
pub struct RawQueues {
    pub entities: Option<Vec<RawQueue>>,
}
crate::read!(RawQueues { entities: "entities" });

#[derive(Debug, Default)]
pub struct RawQueue {
    pub id: Option<String>,
    pub name: Option<String>,
}
crate::read!(RawQueue { id: "id", name: "name" });

/// What is known, and what has been asked, of external contacts and queues in this session.
/// Each id is asked at most once. Ids wait until a full batch of [`MAX_BATCH`] has gathered
/// (across pages), or the load has ended, so a load makes `ceil(contacts / 100)` and
/// `ceil(queues / 100)` requests. Names are applied to rows already shown, which keep their
/// place (the rows do not move, only their text fills in).
#[derive(Debug, Default, Clone)]
pub struct Enrichment {
    asked_contacts: HashSet<String>,
    asked_queues: HashSet<String>,
    pending_contacts: Vec<String>,
    pending_queues: Vec<String>,
    contacts: HashMap<String, String>,
    queues: HashMap<String, String>,
}

impl Enrichment {
    /// Takes note of the ids in `rows` not seen yet, and returns the requests now due: every
    /// full batch, and when `load_ended`, the rest. Ids in a request count as asked from then on.
    pub fn plan<'a>(
        &mut self,
        api_base: &BaseUrl,
        rows: impl IntoIterator<Item = &'a Conversation>,
        load_ended: bool,
    ) -> Vec<EnrichRequest> {
        let ids = rows.into_iter().map(|r| (r.external_contact_id.as_deref(), r.queue_id.as_deref()));
        self.plan_ids(api_base, ids, load_ended)
    }

    /// The same for rows of any source: `(external contact, queue)` ids.
    pub fn plan_ids<'a>(
        &mut self,
        api_base: &BaseUrl,
        ids: impl IntoIterator<Item = (Option<&'a str>, Option<&'a str>)>,
        load_ended: bool,
    ) -> Vec<EnrichRequest> {
        for (contact, queue) in ids {
            if let Some(id) = contact.filter(|id| !self.asked_contacts.contains(*id)) {
                self.asked_contacts.insert(id.to_owned());
                self.pending_contacts.push(id.to_owned());
            }
            if let Some(id) = queue.filter(|id| !self.asked_queues.contains(*id)) {
                self.asked_queues.insert(id.to_owned());
                self.pending_queues.push(id.to_owned());
            }
        }
        let mut requests: Vec<EnrichRequest> = due(&mut self.pending_contacts, load_ended)
            .into_iter()
            .map(|c| EnrichRequest::Contacts(BulkIds { entities: c.into_iter().map(|id| BulkId { id }).collect() }))
            .collect();
        requests.extend(due(&mut self.pending_queues, load_ended).into_iter().map(|q| {
            let ids: Vec<String> = q.iter().map(|id| format!("id={}", encode_component(id))).collect();
            EnrichRequest::Queues(format!("{}{QUEUES_PATH}?pageSize={}&{}", api_base.as_str(), q.len(), ids.join("&")))
        }));
        requests
    }

    /// Whether ids are still waiting for a batch to fill (or the load to end).
    pub fn has_pending(&self) -> bool {
        !self.pending_contacts.is_empty() || !self.pending_queues.is_empty()
    }

    /// Learns the names in a bulk-contacts answer; failed results and unnamed contacts are
    /// skipped. Returns how many names were learned.
    pub fn read_contacts(&mut self, raw: RawBulkContacts) -> HashMap<String, String> {
        let mut learned = HashMap::new();
        for result in raw.results.unwrap_or_default() {
            let Some(entity) = result.entity.filter(|_| result.success != Some(false)) else { continue };
            let Some(id) = non_empty(result.id.as_deref()).or_else(|| non_empty(entity.id.as_deref())) else {
                continue;
            };
            let name = [non_empty(entity.first_name.as_deref()), non_empty(entity.last_name.as_deref())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            if !name.is_empty() && self.asked_contacts.contains(&id) {
                self.contacts.insert(id.clone(), name.clone());
                learned.insert(id, name);
            }
        }
        learned
    }

    /// Learns the names in a queues answer. Returns how many names were learned.
    pub fn read_queues(&mut self, raw: RawQueues) -> HashMap<String, String> {
        let mut learned = HashMap::new();
        for queue in raw.entities.unwrap_or_default() {
            if let (Some(id), Some(name)) = (non_empty(queue.id.as_deref()), non_empty(queue.name.as_deref())) {
                if self.asked_queues.contains(&id) {
                    self.queues.insert(id.clone(), name.clone());
                    learned.insert(id, name);
                }
            }
        }
        learned
    }

    /// Forgets that these ids were asked (their request never got an answer: a load was
    /// cancelled), so a later load asks again.
    pub fn unask(&mut self, request: &EnrichRequest) {
        let ids = request.ids();
        let (asked, pending) = match request {
            EnrichRequest::Contacts(_) => (&mut self.asked_contacts, &mut self.pending_contacts),
            EnrichRequest::Queues(_) => (&mut self.asked_queues, &mut self.pending_queues),
        };
        for id in ids {
            asked.remove(&id);
        }
        pending.retain(|id| asked.contains(id));
    }

    /// Counts the ids of `request` as asked again, unless one of them already is: `false` then,
    /// and the request is not to be made.
    pub fn ask_again(&mut self, request: &EnrichRequest) -> bool {
        let ids = request.ids();
        let asked = match request {
            EnrichRequest::Contacts(_) => &mut self.asked_contacts,
            EnrichRequest::Queues(_) => &mut self.asked_queues,
        };
        if ids.iter().any(|id| asked.contains(id)) {
            return false;
        }
        asked.extend(ids);
        true
    }

    /// Forgets every id still waiting for a batch.
    fn unask_pending(&mut self) {
        for id in self.pending_contacts.drain(..) {
            self.asked_contacts.remove(&id);
        }
        for id in self.pending_queues.drain(..) {
            self.asked_queues.remove(&id);
        }
    }

    /// Every name learned so far.
    pub fn names(&self) -> Names {
        Names { contacts: self.contacts.clone(), queues: self.queues.clone() }
    }

    pub fn contact_name(&self, id: &str) -> Option<&str> {
        self.contacts.get(id).map(String::as_str)
    }

    pub fn queue_name(&self, id: &str) -> Option<&str> {
        self.queues.get(id).map(String::as_str)
    }
}

// ---- the source ----

const TAG_ME: u32 = 0;
/// Enrichment requests' tags have this bit; page requests' tags are their page numbers.
const TAG_ENRICH: u32 = 1 << 31;
/// Requests in flight at once once `totalHits` is known (CONTRACT §7, issue: 2 to 4). With
/// batching, a load of N conversations is about `N / 100 × 1.6` requests: well under the
/// ~300 a minute a token may make for any list an agent has.
pub const CONCURRENCY: usize = 3;

/// What the Genesys source keeps for the whole session: the agent (`users/me` is asked once)
/// and the enrichment (each id asked once, names learned).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub me: Option<String>,
    pub enrichment: Enrichment,
}

/// A page that arrived before the pages above it: held until they have.
#[derive(Debug, Clone)]
struct Held {
    rows: Vec<Conversation>,
    count: usize,
    total: Option<u64>,
    skipped: usize,
}

/// CONTRACT §7 as a [`Source`]: `users/me` once, then the details query by page number
/// (page 1 alone, then the rest [`CONCURRENCY`] at a time, shown in order), and the
/// enrichment batches as their ids gather. A failed enrichment only means fewer names.
#[derive(Debug, Clone)]
pub struct GenesysSource {
    api_base: BaseUrl,
    page_size: u32,
    interval: String,
    memory: Memory,
    query: Option<DetailsQuery>,
    pages: PageNumbers,
    me_asked: bool,
    /// The highest page asked for, and the highest shown (all below it are shown too).
    asked: u32,
    delivered: u32,
    // Small lists (a few pages, a few batches): plain vectors, which cost the bundle least.
    held: Vec<(u32, Held)>,
    due: Vec<EnrichRequest>,
    in_flight: Vec<(u32, EnrichRequest)>,
    next_tag: u32,
    /// The last enrichment batch (what had not filled a batch) has been planned.
    planned_all: bool,
    /// The `totalHits` of the last page shown, and pages to ask again (see `read_page`).
    last_total: Option<u64>,
    reask: Vec<u32>,
    reasked: u32,
    first_only: bool,
    /// Only enrichment (see `names_for`).
    names_only: bool,
}

impl GenesysSource {
    /// A load of the conversations between `history_days` before `now_ms` and `now_ms`.
    pub fn new(api_base: BaseUrl, page_size: u32, history_days: u32, now_ms: u64, memory: Memory) -> GenesysSource {
        let start = Range::Days(history_days).start_ms(now_ms, 0);
        GenesysSource::since(api_base, page_size, start, now_ms, memory)
    }

    /// A load of the conversations between `start_ms` and `now_ms` (a chosen time range).
    pub fn since(api_base: BaseUrl, page_size: u32, start_ms: u64, now_ms: u64, memory: Memory) -> GenesysSource {
        let interval = format!("{}/{}", iso_utc(start_ms.min(now_ms)), iso_utc(now_ms));
        let query = memory.me.as_deref().map(|me| DetailsQuery::new(me, interval.clone(), page_size));
        GenesysSource {
            api_base,
            page_size,
            interval,
            memory,
            query,
            pages: PageNumbers::new(page_size),
            me_asked: false,
            asked: 0,
            delivered: 0,
            held: Vec::new(),
            due: Vec::new(),
            in_flight: Vec::new(),
            next_tag: 0,
            planned_all: false,
            last_total: None,
            reask: Vec::new(),
            reasked: 0,
            first_only: false,
            names_only: false,
        }
    }

    /// No conversations at all: only the names for `rows` that this session has not asked for
    /// yet (rows that came from live events), in the same batches, each id once.
    pub fn names_for(api_base: BaseUrl, rows: &[Interaction], mut memory: Memory) -> GenesysSource {
        let ids = rows.iter().map(|r| (r.contact_id.as_deref(), r.queue_id.as_deref()));
        let due = memory.enrichment.plan_ids(&api_base, ids, true);
        let mut source = GenesysSource::new(api_base, 1, 1, 0, memory);
        source.due = due;
        source.names_only = true;
        source
    }

    /// Only page 1, to merge on top after a gap in live updates.
    pub fn first_page_only(mut self) -> GenesysSource {
        self.pages = self.pages.with_max_pages(1);
        self.first_only = true;
        self
    }

    /// The agent, once `users/me` has answered (or the session knew it).
    pub fn me(&self) -> Option<&str> {
        self.memory.me.as_deref()
    }

    pub fn with_max_pages(mut self, max_pages: u32) -> GenesysSource {
        self.pages = self.pages.with_max_pages(max_pages);
        self
    }

    /// What the next load of this session starts from. Ids whose answers never came (the load
    /// was cancelled) are forgotten, so they are asked again.
    /// The same, taken out of a source that is done (it must not be used afterwards).
    pub fn take_memory(&mut self) -> Memory {
        for request in self.in_flight.iter().map(|(_, r)| r).chain(self.due.iter()) {
            self.memory.enrichment.unask(request);
        }
        self.memory.enrichment.unask_pending();
        std::mem::take(&mut self.memory)
    }

    /// A stopped source (a failed load, resumed) gets the session's memory back. The names it
    /// had asked for or planned are asked again, unless other work asked them meanwhile.
    pub fn give_memory(&mut self, memory: Memory) {
        self.memory = memory;
        let e = &mut self.memory.enrichment;
        self.due.retain(|r| e.ask_again(r));
        self.in_flight.retain(|(_, r)| e.ask_again(r));
    }

    fn next_page(&self) -> Option<u32> {
        self.query.as_ref()?;
        self.pages.next()?;
        if self.asked == 0 {
            return Some(1);
        }
        let candidate = self.asked + 1;
        if self.pages.remaining().is_some_and(|r| candidate <= *r.end()) {
            return Some(candidate);
        }
        // Beyond what `totalHits` promised (it grew): one at a time, after the rest.
        (self.delivered == self.asked).then_some(candidate)
    }

    fn plan_rest(&mut self) {
        if !self.planned_all && self.query.is_some() && self.pages.next().is_none() && self.delivered >= self.asked {
            self.planned_all = true;
            let requests = self.memory.enrichment.plan(&self.api_base, [], true);
            self.due.extend(requests);
        }
    }

    fn read_page<B: Body>(&mut self, number: u32, body: Result<B, String>) -> Result<Vec<Delivery>, LoadError> {
        let raw: RawDetailsPage = body.and_then(B::read).map_err(|e| LoadError::BadPage(PageError::NotAPage(e)))?;
        let me = self.memory.me.clone().unwrap_or_default();
        let conversations = raw.conversations.unwrap_or_default();
        let count = conversations.len();
        let rows: Vec<Conversation> = conversations.into_iter().filter_map(|c| conversation_row(c, &me)).collect();
        let total = believable_total(raw.total_hits);
        let skipped = count - rows.len();
        self.held.retain(|(n, _)| *n != number);
        self.held.push((number, Held { rows, count, total, skipped }));
        let mut out = Vec::new();
        while let Some(at) = self.held.iter().position(|(n, _)| *n == self.delivered + 1) {
            let (_, held) = self.held.swap_remove(at);
            // Conversations that arrive while the load runs push the others down a page
            // (newest first). A page answered *before* the page above it saw fewer of them
            // (a smaller `totalHits`): conversations could fall between the two. It is asked
            // again, after the page above, so nothing is lost (repeats are dropped by id).
            let stale = matches!((self.last_total, held.total), (Some(above), Some(t)) if t < above);
            if stale && self.reasked < DEFAULT_MAX_PAGES {
                self.reasked += 1;
                self.reask.push(self.delivered + 1);
                break;
            }
            self.last_total = held.total.or(self.last_total);
            self.delivered += 1;
            self.pages.received(self.delivered, held.count, held.total);
            let requests = self.memory.enrichment.plan(&self.api_base, &held.rows, false);
            self.due.extend(requests);
            out.push(Delivery::Rows(Page {
                interactions: held.rows.into_iter().map(Interaction::from).collect(),
                total_count: self.pages.total_hits(),
                skipped: held.skipped,
            }));
        }
        self.plan_rest();
        Ok(out)
    }
}

impl Source for GenesysSource {
    fn concurrency(&self) -> usize {
        CONCURRENCY
    }

    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        let mut out = Vec::new();
        if self.query.is_none() && !self.names_only {
            if !self.me_asked {
                self.me_asked = true;
                out.push((TAG_ME, Request::get(format!("{}{USERS_ME_PATH}", self.api_base.as_str()))));
            }
            return Ok(out);
        }
        if self.pages.capped() && !self.first_only {
            return Err(LoadError::TooManyPages(self.delivered));
        }
        while out.len() < room {
            if self.due.is_empty() {
                break;
            }
            let request = self.due.remove(0);
            self.next_tag += 1;
            let tag = TAG_ENRICH | self.next_tag;
            out.push((tag, request.request(&self.api_base)));
            self.in_flight.push((tag, request));
        }
        if self.names_only {
            return Ok(out);
        }
        while out.len() < room {
            let Some(n) = self.reask.pop() else { break };
            let url = format!("{}{DETAILS_QUERY_PATH}", self.api_base.as_str());
            let body = self.query.as_ref().map(|q| q.page(n).to_json()).unwrap_or_default();
            out.push((n, Request::post(url, body)));
        }
        while out.len() < room {
            let (Some(n), Some(query)) = (self.next_page(), &self.query) else { break };
            self.asked = n;
            let url = format!("{}{DETAILS_QUERY_PATH}", self.api_base.as_str());
            out.push((n, Request::post(url, query.page(n).to_json())));
        }
        Ok(out)
    }

    fn answer<B: Body>(&mut self, tag: u32, body: Result<B, String>) -> Result<Vec<Delivery>, LoadError> {
        if tag == TAG_ME {
            let raw: RawUserMe = body.and_then(B::read).map_err(|e| LoadError::BadPage(PageError::NotAPage(e)))?;
            let me = non_empty(raw.id.as_deref())
                .ok_or_else(|| LoadError::BadPage(PageError::NotAPage("users/me has no id".into())))?;
            self.query = Some(DetailsQuery::new(&me, self.interval.clone(), self.page_size));
            self.memory.me = Some(me);
            return Ok(Vec::new());
        }
        if tag & TAG_ENRICH == 0 {
            return self.read_page(tag, body);
        }
        let Some(at) = self.in_flight.iter().position(|(t, _)| *t == tag) else { return Ok(Vec::new()) };
        let (_, request) = self.in_flight.swap_remove(at);
        let e = &mut self.memory.enrichment;
        let (learned, what) = match &request {
            EnrichRequest::Contacts(_) => (
                body.and_then(B::read).map(|raw| Names { contacts: e.read_contacts(raw), ..Names::default() }),
                "contacts",
            ),
            EnrichRequest::Queues(_) => {
                (body.and_then(B::read).map(|raw| Names { queues: e.read_queues(raw), ..Names::default() }), "queues")
            }
        };
        Ok(vec![match learned {
            Ok(names) => Delivery::Names(names),
            Err(why) => Delivery::Note(format!("{what}: the answer could not be read ({why}); fewer names")),
        }])
    }

    fn gave_up(&mut self, tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
        if tag == TAG_ME {
            return Err(error);
        }
        if tag & TAG_ENRICH == 0 {
            return Err(match error {
                LoadError::Forbidden => LoadError::AnalyticsForbidden,
                e => e,
            });
        }
        let Some(at) = self.in_flight.iter().position(|(t, _)| *t == tag) else { return Ok(Vec::new()) };
        let what = match self.in_flight.swap_remove(at).1 {
            EnrichRequest::Contacts(_) => "external contacts",
            EnrichRequest::Queues(_) => "queues",
        };
        Ok(vec![Delivery::Note(format!("{what}: {error} The list goes on with fewer names."))])
    }

    fn is_done(&self) -> bool {
        if self.names_only {
            return self.due.is_empty() && self.in_flight.is_empty();
        }
        self.query.is_some()
            && self.pages.next().is_none()
            && self.delivered >= self.asked
            && self.reask.is_empty()
            && self.planned_all
            && self.due.is_empty()
            && self.in_flight.is_empty()
    }
}

/// Takes the full batches out of `pending`, and the rest too when `all`.
fn due(pending: &mut Vec<String>, all: bool) -> Vec<Vec<String>> {
    let full = if all { pending.len() } else { pending.len() / MAX_BATCH * MAX_BATCH };
    let taken: Vec<String> = pending.drain(..full).collect();
    taken.chunks(MAX_BATCH).map(<[String]>::to_vec).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversation(json: &str) -> Option<Conversation> {
        conversation_row(crate::util::json::from_str::<RawConversation>(json).unwrap(), "agent-1")
    }

    #[test]
    fn iso_dates_round_trip() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00.000Z");
        // Checked with Python's datetime.
        assert_eq!(iso_utc(1_795_000_000_123), "2026-11-18T11:06:40.123Z");
        assert_eq!(parse_iso_ms("2026-11-18T11:06:40.123Z"), Some(1_795_000_000_123));
        assert_eq!(parse_iso_ms("2026-11-18T11:06:40Z"), Some(1_795_000_000_000));
        assert_eq!(parse_iso_ms("2026-11-18T12:06:40.1+01:00"), Some(1_795_000_000_100));
        assert_eq!(parse_iso_ms("2024-02-29T00:00:00.000Z"), Some(1_709_164_800_000));
        for bad in [
            "",
            "2026-11-18",
            "2026-13-18T08:26:40Z",
            "2026-11-18T08:26:40",
            "2026-11-18T08:26:40.Z",
            "x026-11-18T08:26:40Z",
        ] {
            assert_eq!(parse_iso_ms(bad), None, "{bad}");
        }
    }

    #[test]
    fn ranges_start_at_local_midnight_or_n_days_back() {
        let now = parse_iso_ms("2026-12-01T09:30:00.000Z").unwrap();
        assert_eq!(iso_utc(Range::Today.start_ms(now, 0)), "2026-12-01T00:00:00.000Z");
        // 09:30 UTC is 10:30 in Berlin, whose midnight was 23:00 UTC.
        assert_eq!(iso_utc(Range::Today.start_ms(now, 60)), "2026-11-30T23:00:00.000Z");
        // …and 04:30 on the 1st in New York, whose midnight was 05:00 UTC.
        assert_eq!(iso_utc(Range::Today.start_ms(now, -300)), "2026-12-01T05:00:00.000Z");
        assert_eq!(iso_utc(Range::Days(30).start_ms(now, 0)), "2026-11-01T09:30:00.000Z");
    }

    #[test]
    fn the_interval_ends_now_and_starts_history_days_before() {
        let now = parse_iso_ms("2026-12-01T09:00:00.000Z").unwrap();
        assert_eq!(interval(now, 7), "2026-11-24T09:00:00.000Z/2026-12-01T09:00:00.000Z");
        assert_eq!(interval(now, 1), "2026-11-30T09:00:00.000Z/2026-12-01T09:00:00.000Z");
    }

    #[test]
    fn the_query_body_is_the_contracts() {
        let now = parse_iso_ms("2026-12-01T09:00:00.000Z").unwrap();
        let q = DetailsQuery::new("me-1", interval(now, 7), 100);
        let want = serde_json::json!({
            "interval": "2026-11-24T09:00:00.000Z/2026-12-01T09:00:00.000Z",
            "order": "desc", "orderBy": "conversationStart",
            "paging": { "pageSize": 100, "pageNumber": 1 },
            "segmentFilters": [ { "type": "and", "predicates": [
                { "type": "dimension", "dimension": "userId", "operator": "matches", "value": "me-1" } ] } ]
        });
        assert_eq!(serde_json::to_value(&q).unwrap(), want);
        // The text the widget sends is serde's, whatever the agent id holds.
        let odd = DetailsQuery::new("a\"b\\c\n\u{1}é", interval(now, 7), 25).page(4);
        let sent: serde_json::Value = serde_json::from_str(&odd.to_json()).unwrap();
        assert_eq!(sent, serde_json::to_value(&odd).unwrap());
        let ids = BulkIds { entities: vec![BulkId { id: "ec-1".into() }, BulkId { id: "x\"y".into() }] };
        let sent: serde_json::Value = serde_json::from_str(&ids.to_json()).unwrap();
        assert_eq!(sent, serde_json::to_value(&ids).unwrap());
        let page3 = serde_json::to_value(q.page(3)).unwrap();
        assert_eq!(page3["paging"]["pageNumber"], 3);
        assert_eq!(page3["interval"], want["interval"], "the same interval for every page");
    }

    #[test]
    fn paging_stops_at_total_hits_or_a_short_page() {
        let mut p = PageNumbers::new(100);
        assert_eq!(p.next(), Some(1));
        assert_eq!(p.remaining(), None, "nothing is known before page 1");
        p.received(1, 100, Some(250));
        assert_eq!(p.next(), Some(2));
        assert_eq!(p.remaining(), Some(2..=3));
        p.received(2, 100, Some(250));
        p.received(3, 50, Some(250));
        assert_eq!(p.next(), None);
        // A short page ends it even when totalHits says more.
        let mut p = PageNumbers::new(100);
        p.received(1, 40, Some(900));
        assert_eq!(p.next(), None);
        // Exactly a multiple: page × size ≥ totalHits.
        let mut p = PageNumbers::new(100);
        p.received(1, 100, Some(200));
        p.received(2, 100, Some(200));
        assert_eq!(p.next(), None);
        // Nothing at all.
        let mut p = PageNumbers::new(100);
        p.received(1, 0, Some(0));
        assert_eq!(p.next(), None);
        assert_eq!(p.total_hits(), Some(0));
        // However far totalHits runs ahead, the cap ends the load, and says so.
        let mut p = PageNumbers::new(10).with_max_pages(3);
        for n in 1..=3 {
            assert_eq!(p.next(), Some(n));
            p.received(n, 10, Some(1_000 * u64::from(n)));
        }
        assert_eq!(p.next(), None);
        assert!(p.capped());
        assert_eq!(p.remaining(), None);
    }

    const INBOUND_CALL: &str = r#"{
        "conversationId": "c-1", "conversationStart": "2026-12-01T08:00:00.000Z",
        "conversationEnd": "2026-12-01T08:05:00.000Z", "originatingDirection": "inbound",
        "participants": [
            { "purpose": "customer", "participantName": "Ada Lovelace", "externalContactId": "ec-1",
              "sessions": [ { "mediaType": "voice", "direction": "inbound", "ani": "tel:+15551230001", "dnis": "tel:+18005550000" } ] },
            { "purpose": "acd", "sessions": [ { "mediaType": "voice", "segments": [ { "queueId": "q-7" } ] } ] },
            { "purpose": "agent", "userId": "agent-1", "sessions": [ { "mediaType": "voice", "segments": [ { "queueId": "q-8" } ] } ] }
        ] }"#;

    #[test]
    fn an_inbound_call() {
        let c = conversation(INBOUND_CALL).unwrap();
        assert_eq!(c.id, "c-1");
        assert_eq!(c.kind, Kind::Call);
        assert_eq!(c.direction, Some(Direction::Inbound));
        assert_eq!(c.participant_name.as_deref(), Some("Ada Lovelace"));
        assert_eq!(c.address.as_deref(), Some("+15551230001"), "the caller's number, without tel:");
        assert_eq!(c.external_contact_id.as_deref(), Some("ec-1"));
        assert_eq!(c.queue_id.as_deref(), Some("q-7"), "the first queueId in the segments");
        assert_eq!(c.started_ms, parse_iso_ms("2026-12-01T08:00:00.000Z"));
        assert!(!c.in_progress());
    }

    #[test]
    fn every_media_type_and_direction() {
        let row = |media: &str, dir: &str, session: &str| {
            conversation(&format!(
                r#"{{"conversationId":"c","originatingDirection":"{dir}","participants":[
                    {{"purpose":"external","sessions":[{{"mediaType":"{media}",{session}}}]}}]}}"#
            ))
            .unwrap()
        };
        let c = row("voice", "outbound", r#""ani":"+18005550000","dnis":"+15550001""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Call, Some("+15550001")), "outbound: the number dialled");
        let c = row("chat", "inbound", r#""addressFrom":"ada@example.com","addressTo":"queue""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Chat, Some("ada@example.com")));
        let c = row("email", "outbound", r#""addressFrom":"agent@example.com","addressTo":"zoe@example.com""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Email, Some("zoe@example.com")));
        let c = row("message", "inbound", r#""addressFrom":"+447700900123""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Message, Some("+447700900123")));
        let c = row("callback", "outbound", r#""remote":"Grace Hopper""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Callback, Some("Grace Hopper")), "remote as the last resort");
        // An unknown media type is shown generically, never an error.
        let c = row("hologram", "sideways", r#""remote":"x""#);
        assert_eq!(c.kind, Kind::Other("hologram".into()));
        assert_eq!(c.direction, Some(Direction::Other("sideways".into())));
    }

    #[test]
    fn missing_fields_several_customers_and_none() {
        // No id: not a row.
        assert_eq!(conversation(r#"{"participants":[]}"#), None);
        // Nothing but an id: a row, in progress, of no known type.
        let c = conversation(r#"{"conversationId":"c-2"}"#).unwrap();
        assert!(c.in_progress());
        assert_eq!(c.kind, Kind::Other(String::new()));
        assert_eq!((c.address, c.participant_name, c.queue_id, c.direction), (None, None, None, None));
        // Several customers: the first counts.
        let c = conversation(
            r#"{"conversationId":"c-3","participants":[
                {"purpose":"agent","userId":"agent-1"},
                {"purpose":"customer","participantName":"First","sessions":[{"mediaType":"chat","addressFrom":"a@x"}]},
                {"purpose":"customer","participantName":"Second","sessions":[{"mediaType":"chat","addressFrom":"b@x"}]}]}"#,
        )
        .unwrap();
        assert_eq!(c.participant_name.as_deref(), Some("First"));
        assert_eq!(c.address.as_deref(), Some("a@x"));
        // No customer: whom the agent talked to, from the agent's own session.
        let c = conversation(
            r#"{"conversationId":"c-4","participants":[
                {"purpose":"agent","userId":"agent-1","sessions":[{"mediaType":"voice","remote":"Front desk"}]}]}"#,
        )
        .unwrap();
        assert_eq!((c.participant_name, c.address.as_deref(), c.kind), (None, Some("Front desk"), Kind::Call));
    }

    fn row_with(contact: Option<&str>, queue: Option<&str>) -> Conversation {
        Conversation {
            id: "c".into(),
            kind: Kind::Call,
            direction: None,
            participant_name: Some("Participant".into()),
            address: Some("+1555".into()),
            external_contact_id: contact.map(str::to_owned),
            queue_id: queue.map(str::to_owned),
            started_ms: None,
            ended_ms: None,
        }
    }

    #[test]
    fn enrichment_asks_each_id_once_in_batches_of_100() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let rows: Vec<Conversation> =
            (0..250).map(|i| row_with(Some(&format!("ec-{}", i % 230)), Some(&format!("q {}", i % 3)))).collect();
        let mut e = Enrichment::default();
        // While pages come, only full batches go out; the rest waits for the load's end.
        let mut requests = e.plan(&base, &rows[..120], false);
        assert_eq!(requests.len(), 1, "one full batch of contacts so far");
        assert!(e.has_pending());
        requests.extend(e.plan(&base, &rows[120..], true));
        assert!(!e.has_pending());
        let contact_batches: Vec<usize> = requests
            .iter()
            .filter_map(|r| match r {
                EnrichRequest::Contacts(b) => Some(b.entities.len()),
                _ => None,
            })
            .collect();
        assert_eq!(contact_batches, vec![100, 100, 30], "230 distinct contacts");
        let queue_urls: Vec<&String> = requests
            .iter()
            .filter_map(|r| match r {
                EnrichRequest::Queues(url) => Some(url),
                _ => None,
            })
            .collect();
        assert_eq!(
            queue_urls,
            vec!["https://api.mypurecloud.ie/api/v2/routing/queues?pageSize=3&id=q%200&id=q%201&id=q%202"]
        );
        // Asked once per session: the same rows again need nothing.
        assert!(e.plan(&base, &rows, true).is_empty());
        assert_eq!(
            serde_json::to_value(match &requests[0] {
                EnrichRequest::Contacts(b) => b,
                _ => unreachable!(),
            })
            .unwrap()["entities"][0],
            serde_json::json!({"id": "ec-0"})
        );
    }

    #[test]
    fn names_come_from_answers_in_any_order_and_failures_are_skipped() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let rows = [row_with(Some("ec-1"), Some("q-1")), row_with(Some("ec-2"), None), row_with(Some("ec-3"), None)];
        let mut e = Enrichment::default();
        e.plan(&base, &rows, true);
        let answer = crate::util::json::from_str::<RawBulkContacts>(
            r#"{"results":[
                {"id":"ec-3","success":true,"entity":{"id":"ec-3","firstName":"佐藤","lastName":"花子"}},
                {"id":"ec-2","success":false,"error":{"code":"not.found","status":404}},
                {"id":"ec-1","success":true,"entity":{"id":"ec-1","lastName":"Lovelace"}},
                {"id":"ec-9","success":true,"entity":{"firstName":"Not","lastName":"Asked"}}]}"#,
        )
        .unwrap();
        assert_eq!(e.read_contacts(answer).len(), 2);
        assert_eq!(e.contact_name("ec-1"), Some("Lovelace"));
        assert_eq!(e.contact_name("ec-3"), Some("佐藤 花子"));
        assert_eq!(e.contact_name("ec-2"), None);
        assert_eq!(e.contact_name("ec-9"), None, "an answer for an id never asked is not believed");
        assert_eq!(rows[0].display_name(&e), Some("Lovelace"));
        assert_eq!(rows[1].display_name(&e), Some("Participant"), "a failed contact falls back to the participant");
        let queues =
            crate::util::json::from_str::<RawQueues>(r#"{"entities":[{"id":"q-1","name":"Billing"}],"pageSize":1}"#)
                .unwrap();
        assert_eq!(e.read_queues(queues).len(), 1);
        assert_eq!(e.queue_name("q-1"), Some("Billing"));
        assert!(e.read_contacts(RawBulkContacts::default()).is_empty());
    }
}
