//! The enrichment (CONTRACT §7.4): the names of external contacts and queues, asked in batches
//! of at most [`MAX_BATCH`] ids, each id once per session; a failure only means fewer names.

use crate::util::hash::{Map, Set};

use serde::Serialize;

use crate::i18n::{Locale, Localized};
use crate::model::{Interaction, NameKind, Names};
use crate::net::{paths, BaseUrl, Body, Request};
use crate::source::error::LoadError;
use crate::source::loader::{Delivery, Source};
use crate::util::json::ReadError;
use crate::util::text::{encode_component, json_string, non_empty, query_pairs};

/// Ids per enrichment request, at most (CONTRACT §7.4).
pub const MAX_BATCH: usize = 100;

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
    /// POST the body to [`paths::BULK_CONTACTS`].
    Contacts(BulkIds),
    /// GET this URL (queues by id, `pageSize` as large as the batch, so none is cut off).
    Queues(String),
    /// GET this URL (wrap-up codes by id, GENESYS-API.md §12; `pageSize` as for queues).
    WrapUps(String),
}

/// What each kind of id is called in the diagnostics' notes (indexed by [`NameKind`]).
const CALLED: [&str; 3] = ["external contacts", "queues", "wrap-up codes"];

impl EnrichRequest {
    pub fn request(&self, api_base: &BaseUrl) -> Request {
        match self {
            EnrichRequest::Contacts(ids) => {
                Request::post(format!("{}{}", api_base.as_str(), paths::BULK_CONTACTS), ids.to_json())
            }
            EnrichRequest::Queues(url) | EnrichRequest::WrapUps(url) => Request::get(url.clone()),
        }
    }

    /// Which kind of id it asks about.
    pub fn of(&self) -> NameKind {
        match self {
            EnrichRequest::Contacts(_) => NameKind::Contact,
            EnrichRequest::Queues(_) => NameKind::Queue,
            EnrichRequest::WrapUps(_) => NameKind::WrapUp,
        }
    }

    /// The ids it asks about.
    pub fn ids(&self) -> Vec<String> {
        match self {
            EnrichRequest::Contacts(b) => b.entities.iter().map(|e| e.id.clone()).collect(),
            EnrichRequest::Queues(url) | EnrichRequest::WrapUps(url) => {
                query_pairs(url.split_once('?').map_or("", |(_, q)| q))
                    .into_iter()
                    .filter(|(k, _)| k == "id")
                    .map(|(_, v)| v)
                    .collect()
            }
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

/// `{"entities": [{"id", "name"}, …]}`: a `QueueEntityListing` or a `WrapupCodeEntityListing`
/// (their other fields are not read).
#[derive(Debug, Default)]
pub struct RawEntities {
    pub entities: Option<Vec<RawEntity>>,
}
crate::read!(RawEntities { entities: "entities" });

#[derive(Debug, Default)]
pub struct RawEntity {
    pub id: Option<String>,
    pub name: Option<String>,
}
crate::read!(RawEntity { id: "id", name: "name" });

/// What is known, and what has been asked, of external contacts, queues and wrap-up codes in
/// this session. Each id is asked at most once. Ids wait until a full batch of [`MAX_BATCH`]
/// has gathered (across pages), or the load has ended, so a load makes `ceil(ids / 100)`
/// requests of each kind. Names are applied to rows already shown, which keep their place
/// (the rows do not move, only their text fills in).
#[derive(Debug, Default, Clone)]
pub struct Enrichment {
    /// By kind (indexed by [`NameKind`]): the ids asked, and those waiting for a batch.
    asked: [Set<String>; 3],
    pending: [Vec<String>; 3],
}

impl Enrichment {
    /// Takes note of the ids in `rows` not seen yet, and returns the requests now due: every
    /// full batch, and when `load_ended`, the rest. Ids in a request count as asked from then on.
    pub fn plan<'a>(
        &mut self,
        api_base: &BaseUrl,
        rows: impl IntoIterator<Item = &'a Interaction>,
        load_ended: bool,
    ) -> Vec<EnrichRequest> {
        let ids = rows.into_iter().map(|r| [r.contact_id.as_deref(), r.queue_id.as_deref(), r.wrap_up.as_deref()]);
        self.plan_ids(api_base, ids, load_ended)
    }

    /// The same for rows of any source: `[external contact, queue, wrap-up code]` ids.
    pub fn plan_ids<'a>(
        &mut self,
        api_base: &BaseUrl,
        ids: impl IntoIterator<Item = [Option<&'a str>; 3]>,
        load_ended: bool,
    ) -> Vec<EnrichRequest> {
        for row in ids {
            for (of, id) in row.into_iter().enumerate() {
                // `[external contact, queue, wrap-up code]`: the order of `NameKind`.
                if let Some(id) = id.filter(|id| !self.asked[of].contains(*id)) {
                    self.asked[of].insert(id.to_owned());
                    self.pending[of].push(id.to_owned());
                }
            }
        }
        let mut requests: Vec<EnrichRequest> = due(&mut self.pending[NameKind::Contact as usize], load_ended)
            .into_iter()
            .map(|c| EnrichRequest::Contacts(BulkIds { entities: c.into_iter().map(|id| BulkId { id }).collect() }))
            .collect();
        for (of, path) in [(NameKind::Queue, paths::QUEUES), (NameKind::WrapUp, paths::WRAPUP_CODES)] {
            requests.extend(due(&mut self.pending[of as usize], load_ended).into_iter().map(|batch| {
                let ids: Vec<String> = batch.iter().map(|id| format!("id={}", encode_component(id))).collect();
                let url = format!("{}{path}?pageSize={}&{}", api_base.as_str(), batch.len(), ids.join("&"));
                if of == NameKind::Queue {
                    EnrichRequest::Queues(url)
                } else {
                    EnrichRequest::WrapUps(url)
                }
            }));
        }
        requests
    }

    /// Whether ids are still waiting for a batch to fill (or the load to end).
    pub fn has_pending(&self) -> bool {
        self.pending.iter().any(|p| !p.is_empty())
    }

    /// The names in a bulk-contacts answer, for ids that were asked; failed results and
    /// unnamed contacts are skipped.
    pub fn read_contacts(&self, raw: RawBulkContacts) -> Map<String, String> {
        let mut learned = Map::default();
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
            if !name.is_empty() && self.asked[NameKind::Contact as usize].contains(&id) {
                learned.insert(id, name);
            }
        }
        learned
    }

    /// The names in a queues or wrap-up codes answer (`of`), for ids of that kind that were
    /// asked; an entity without a name gives none (its id is never a name).
    pub fn read_entities(&self, of: NameKind, raw: RawEntities) -> Map<String, String> {
        let mut learned = Map::default();
        for entity in raw.entities.unwrap_or_default() {
            if let (Some(id), Some(name)) = (non_empty(entity.id.as_deref()), non_empty(entity.name.as_deref())) {
                if self.asked[of as usize].contains(&id) {
                    learned.insert(id, name);
                }
            }
        }
        learned
    }

    /// Forgets that these ids were asked (their request never got an answer: a load was
    /// cancelled), so a later load asks again.
    pub fn unask(&mut self, request: &EnrichRequest) {
        let of = request.of() as usize;
        for id in request.ids() {
            self.asked[of].remove(&id);
        }
        let asked = &self.asked[of];
        self.pending[of].retain(|id| asked.contains(id));
    }

    /// Counts the ids of `request` as asked again, unless one of them already is: `false` then,
    /// and the request is not to be made.
    pub fn ask_again(&mut self, request: &EnrichRequest) -> bool {
        let ids = request.ids();
        let asked = &mut self.asked[request.of() as usize];
        if ids.iter().any(|id| asked.contains(id)) {
            return false;
        }
        asked.extend(ids);
        true
    }

    /// Forgets every id still waiting for a batch.
    pub(super) fn unask_pending(&mut self) {
        for (asked, pending) in self.asked.iter_mut().zip(&mut self.pending) {
            for id in pending.drain(..) {
                asked.remove(&id);
            }
        }
    }
}

fn due(pending: &mut Vec<String>, all: bool) -> Vec<Vec<String>> {
    let full = if all { pending.len() } else { pending.len() / MAX_BATCH * MAX_BATCH };
    let taken: Vec<String> = pending.drain(..full).collect();
    taken.chunks(MAX_BATCH).map(<[String]>::to_vec).collect()
}

/// What the Genesys source keeps for the whole session: the agent (`users/me` is asked once)
/// and what has been asked of names (each id once).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub me: Option<String>,
    pub enrichment: Enrichment,
}

/// Enrichment tags have this bit: they never meet a page's number.
const TAG_ENRICH: u32 = 1 << 31;

/// The enrichment requests of one piece of work: due, and in flight (by tag). Whoever holds
/// the session's [`Enrichment`] passes it in.
#[derive(Debug, Clone, Default)]
pub struct Batches {
    due: Vec<EnrichRequest>,
    in_flight: Vec<(u32, EnrichRequest)>,
    next_tag: u32,
}

impl Batches {
    /// Requests planned, to make when there is room.
    pub fn add(&mut self, requests: Vec<EnrichRequest>) {
        self.due.extend(requests);
    }

    /// Whether `tag` is one of these requests'.
    pub fn owns(tag: u32) -> bool {
        tag & TAG_ENRICH != 0
    }

    /// Up to `room` requests to make now.
    pub fn requests(&mut self, room: usize, api_base: &BaseUrl) -> Vec<(u32, Request)> {
        let take = room.min(self.due.len());
        let mut out = Vec::with_capacity(take);
        for request in self.due.drain(..take) {
            self.next_tag += 1;
            let tag = TAG_ENRICH | self.next_tag;
            out.push((tag, request.request(api_base)));
            self.in_flight.push((tag, request));
        }
        out
    }

    /// The answer to request `tag`: the names it brings, or a note that it could not be read.
    pub fn answer<B: Body>(&mut self, tag: u32, body: Result<B, ReadError>, e: &Enrichment) -> Vec<Delivery> {
        let Some(at) = self.in_flight.iter().position(|(t, _)| *t == tag) else { return Vec::new() };
        let (_, request) = self.in_flight.swap_remove(at);
        let of = request.of();
        let learned = match of {
            NameKind::Contact => body.and_then(B::read::<RawBulkContacts>).map(|raw| e.read_contacts(raw)),
            NameKind::Queue | NameKind::WrapUp => {
                body.and_then(B::read::<RawEntities>).map(|raw| e.read_entities(of, raw))
            }
        }
        .map(|learned| {
            let mut names = Names::default();
            *names.of(of) = learned;
            names
        });
        vec![match learned {
            Ok(names) => Delivery::Names(names),
            Err(why) => {
                let why = why.localize(Locale::En);
                Delivery::Note(format!("{}: the answer could not be read ({why}); fewer names", CALLED[of as usize]))
            }
        }]
    }

    /// Request `tag` failed for good: only fewer names.
    pub fn gave_up(&mut self, tag: u32, error: &LoadError) -> Vec<Delivery> {
        let Some(at) = self.in_flight.iter().position(|(t, _)| *t == tag) else { return Vec::new() };
        let what = CALLED[self.in_flight.swap_remove(at).1.of() as usize];
        // The diagnostics are in English; the catalog's, not `Display` (which the widget never links).
        let error = error.localize(Locale::En);
        vec![Delivery::Note(format!("{what}: {error} The list goes on with fewer names."))]
    }

    /// Nothing due and nothing in flight.
    pub fn is_empty(&self) -> bool {
        self.due.is_empty() && self.in_flight.is_empty()
    }

    /// The session's memory goes elsewhere: what these requests asked is forgotten there (so
    /// it is asked again, unless these requests are made after all, see [`Batches::reclaim`]).
    pub fn release(&self, e: &mut Enrichment) {
        for request in self.in_flight.iter().map(|(_, r)| r).chain(self.due.iter()) {
            e.unask(request);
        }
        e.unask_pending();
    }

    /// The memory comes back: these requests count as asked again, unless other work asked
    /// their ids meanwhile (then they are dropped).
    pub fn reclaim(&mut self, e: &mut Enrichment) {
        self.due.retain(|r| e.ask_again(r));
        self.in_flight.retain(|(_, r)| e.ask_again(r));
    }
}

/// Only names: for rows that came from live events, the contacts and queues this session has
/// not asked for yet, in the same batches as a load's, each id once.
#[derive(Debug, Clone)]
pub struct EnrichmentSource {
    api_base: BaseUrl,
    memory: Memory,
    batches: Batches,
}

impl EnrichmentSource {
    pub fn new(api_base: BaseUrl, rows: &[Interaction], mut memory: Memory) -> EnrichmentSource {
        let mut batches = Batches::default();
        batches.add(memory.enrichment.plan(&api_base, rows, true));
        EnrichmentSource { api_base, memory, batches }
    }

    /// Takes back the session's memory (the source must not be used afterwards).
    pub fn take_memory(&mut self) -> Memory {
        self.batches.release(&mut self.memory.enrichment);
        std::mem::take(&mut self.memory)
    }
}

impl Source for EnrichmentSource {
    fn concurrency(&self) -> usize {
        super::CONCURRENCY
    }

    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        Ok(self.batches.requests(room, &self.api_base))
    }

    fn answer<B: Body>(&mut self, tag: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
        Ok(self.batches.answer(tag, body, &self.memory.enrichment))
    }

    fn gave_up(&mut self, tag: u32, error: LoadError) -> Result<Vec<Delivery>, LoadError> {
        Ok(self.batches.gave_up(tag, &error))
    }

    fn is_done(&self) -> bool {
        self.batches.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn row_with(contact: Option<&str>, queue: Option<&str>) -> Interaction {
        Interaction {
            name: Some("Participant".into()),
            address: Some("+1555".into()),
            contact_id: contact.map(str::to_owned),
            queue_id: queue.map(str::to_owned),
            ..Interaction::new("c".into(), Kind::Call)
        }
    }

    #[test]
    fn enrichment_asks_each_id_once_in_batches_of_100() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let rows: Vec<Interaction> =
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
        let names = Names { contacts: e.read_contacts(answer), ..Names::default() };
        assert_eq!(names.contacts.len(), 2);
        assert_eq!(names.contacts.get("ec-1").map(String::as_str), Some("Lovelace"));
        assert_eq!(names.contacts.get("ec-3").map(String::as_str), Some("佐藤 花子"));
        assert_eq!(names.contacts.get("ec-2"), None);
        assert_eq!(names.contacts.get("ec-9"), None, "an answer for an id never asked is not believed");
        assert_eq!(names.display_name(&rows[0]), Some("Lovelace"));
        assert_eq!(names.display_name(&rows[1]), Some("Participant"), "a failed contact falls back to the participant");
        let queues =
            crate::util::json::from_str::<RawEntities>(r#"{"entities":[{"id":"q-1","name":"Billing"}],"pageSize":1}"#)
                .unwrap();
        assert_eq!(e.read_entities(NameKind::Queue, queues).get("q-1").map(String::as_str), Some("Billing"));
        assert!(e.read_contacts(RawBulkContacts::default()).is_empty());
    }

    fn wrapped(id: &str, code: &str) -> Interaction {
        Interaction { wrap_up: Some(code.into()), ..Interaction::new(id.into(), Kind::Call) }
    }

    #[test]
    fn wrap_up_codes_are_asked_in_batches_of_100_each_once_and_named_only_when_answered() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let rows: Vec<Interaction> = (0..260).map(|i| wrapped(&format!("c-{i}"), &format!("wu-{}", i % 130))).collect();
        let mut e = Enrichment::default();
        let urls = |requests: Vec<EnrichRequest>| -> Vec<String> {
            requests
                .into_iter()
                .map(|r| match r {
                    EnrichRequest::WrapUps(url) => url,
                    other => panic!("only wrap-up codes: {other:?}"),
                })
                .collect()
        };
        let first = urls(e.plan(&base, &rows[..150], false));
        assert_eq!(first.len(), 1, "a full batch goes while pages still come");
        assert!(
            first[0].starts_with("https://api.mypurecloud.ie/api/v2/routing/wrapupcodes?pageSize=100&id=wu-0&id=wu-1&")
        );
        let rest = urls(e.plan(&base, &rows[150..], true));
        assert_eq!(rest.len(), 1);
        assert!(rest[0].contains("pageSize=30&"), "{}", rest[0]);
        let ids: Vec<String> =
            first.iter().chain(&rest).flat_map(|u| EnrichRequest::WrapUps(u.clone()).ids()).collect();
        assert_eq!(ids.len(), 130, "each code once");
        assert_eq!(ids.iter().collect::<Set<_>>().len(), 130);
        assert!(e.plan(&base, &rows, true).is_empty(), "asked once a session");
        // Names only for codes asked; an entity without a name names nothing.
        let answer = crate::util::json::from_str::<RawEntities>(
            r#"{"entities":[{"id":"wu-1","name":"Resolved"},{"id":"wu-2"},{"id":"q-x","name":"Not asked"}],
                "pageSize":100,"pageNumber":1,"total":3}"#,
        )
        .unwrap();
        let mut names = Names::default();
        *names.of(NameKind::WrapUp) = e.read_entities(NameKind::WrapUp, answer);
        assert_eq!(names.wrap_up(&rows[1]), Some("Resolved"));
        assert_eq!(names.wrap_up(&rows[2]), None, "a code without a name is not shown by its id");
        assert_eq!(names.wrap_ups.len(), 1);
    }

    #[test]
    fn a_failed_wrap_up_batch_is_only_a_note_and_its_codes_are_forgotten_when_released() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let mut e = Enrichment::default();
        let mut batches = Batches::default();
        batches.add(e.plan(&base, &[wrapped("c-1", "wu-1"), wrapped("c-2", "wu-2")], true));
        let sent = batches.requests(3, &base);
        assert_eq!(sent.len(), 1);
        assert!(sent[0].1.url.contains("/api/v2/routing/wrapupcodes?pageSize=2&id=wu-1&id=wu-2"));
        let notes = batches.gave_up(sent[0].0, &LoadError::Forbidden);
        let [Delivery::Note(note)] = notes.as_slice() else { panic!("{notes:?}") };
        assert!(note.starts_with("wrap-up codes: ") && note.contains("fewer names"), "{note}");
        // Given up for good: asked, and not asked again in this session.
        assert!(e.plan(&base, &[wrapped("c-3", "wu-1")], true).is_empty());
        // A batch still in flight when its work is cancelled is forgotten, and asked again later.
        batches.add(e.plan(&base, &[wrapped("c-4", "wu-9")], true));
        let _in_flight = batches.requests(3, &base);
        batches.release(&mut e);
        let again = e.plan(&base, &[wrapped("c-4", "wu-9")], true);
        assert_eq!(again.len(), 1, "{again:?}");
        assert_eq!(again[0].ids(), vec!["wu-9".to_owned()]);
        assert_eq!(again[0].of(), NameKind::WrapUp);
    }
}
