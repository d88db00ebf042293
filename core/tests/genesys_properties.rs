//! Property tests of the Genesys data source's pure parts: dates round-trip, page-number
//! paging always terminates without skipping or repeating a page (also while `totalHits`
//! drifts), any analytics JSON maps to a row or to nothing without panicking, and the
//! enrichment asks each id (contact, queue, wrap-up code) once, in batches of at most 100.

// Native tests: std's maps are fine here (core/clippy.toml keeps them out of the wasm's code).
#![allow(clippy::disallowed_types)]

use std::collections::{BTreeSet, HashSet};

use crm_core::model::Interaction;
use crm_core::model::Kind;
use crm_core::net::BaseUrl;
use crm_core::source::genesys::analytics::{conversation_row, RawConversation};
use crm_core::source::genesys::enrichment::{EnrichRequest, Enrichment, MAX_BATCH};
use crm_core::source::genesys::paging::PageNumbers;
use crm_core::util::json::{FromJson, Json};
use crm_core::util::time::{iso_utc, parse_iso_ms};
use proptest::prelude::*;
use serde_json::{json, Value};

fn arb_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|i| json!(i)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![Just("customer"), Just("external"), Just("voice"), Just("inbound"), Just("2026-12-01T08:00:00Z")]
            .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::hash_map(
                prop_oneof![
                    Just("conversationId".to_owned()),
                    Just("participants".to_owned()),
                    Just("purpose".to_owned()),
                    Just("sessions".to_owned()),
                    Just("mediaType".to_owned()),
                    Just("ani".to_owned()),
                    Just("segments".to_owned()),
                    Just("queueId".to_owned()),
                    Just("conversationStart".to_owned()),
                    "[a-z]{1,6}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn dates_round_trip(ms in 0u64..4_102_444_800_000) {
        prop_assert_eq!(parse_iso_ms(&iso_utc(ms)), Some(ms));
    }

    #[test]
    fn any_text_parses_to_a_date_or_nothing(text in ".{0,40}") {
        let _never_panics = parse_iso_ms(&text);
    }

    /// A server with `total` conversations whose `totalHits` drifts upward by up to `drift` per
    /// page (new conversations arrive): one-at-a-time paging asks 1, 2, 3, … with no gap and no
    /// repeat, and stops within the pages that exist, or at the cap.
    #[test]
    fn paging_terminates_without_skipping_or_repeating(total in 0u64..2_000, size in 1u32..150, drifts in prop::collection::vec(0u64..30, 0..40), cap in 1u32..300) {
        let mut p = PageNumbers::new(size).with_max_pages(cap);
        let mut asked = Vec::new();
        let mut hits = total;
        while let Some(n) = p.next() {
            prop_assert!(asked.len() <= cap as usize, "past the cap: {:?}", asked);
            asked.push(n);
            hits += drifts.get(asked.len() - 1).copied().unwrap_or(0);
            let offset = u64::from(n - 1) * u64::from(size);
            let count = hits.saturating_sub(offset).min(u64::from(size)) as usize;
            p.received(n, count, Some(hits));
        }
        let expected: Vec<u32> = (1..=asked.len() as u32).collect();
        prop_assert_eq!(&asked, &expected);
        let needed = hits.div_ceil(u64::from(size)).max(1);
        prop_assert!(asked.len() as u64 <= needed.min(u64::from(cap)), "asked {} pages for {} hits", asked.len(), hits);
        prop_assert_eq!(p.capped(), asked.len() as u64 == u64::from(cap) && u64::from(cap) * u64::from(size) < hits);
    }

    /// Once page 1 has said `totalHits`, the pages still to fetch are exactly 2…⌈hits/size⌉.
    #[test]
    fn the_remaining_pages_are_known_after_page_one(total in 0u64..5_000, size in 1u32..150) {
        let mut p = PageNumbers::new(size).with_max_pages(10_000);
        p.received(1, total.min(u64::from(size)) as usize, Some(total));
        let last = total.div_ceil(u64::from(size)) as u32;
        match p.remaining() {
            Some(range) => {
                prop_assert_eq!(*range.start(), 2);
                prop_assert_eq!(*range.end(), last);
            }
            None => prop_assert!(last <= 1),
        }
    }

    #[test]
    fn any_analytics_json_is_a_row_or_nothing(value in arb_value()) {
        let json: Json = serde_json::from_value(value.clone()).unwrap();
        if let Ok(raw) = RawConversation::from_json(&json) {
            if let Some(row) = conversation_row(raw, "agent-1") {
                prop_assert!(!row.id.trim().is_empty());
                prop_assert_eq!(Some(row.id.clone()), value["conversationId"].as_str().map(|s| s.trim().to_owned()));
                if let Kind::Other(s) = &row.kind {
                    prop_assert!(!["voice", "chat", "email", "callback", "message"].contains(&s.as_str()));
                }
            }
        }
    }

    #[test]
    fn enrichment_asks_each_id_once_in_batches_of_at_most_100(
        rounds in prop::collection::vec(
            prop::collection::vec((0u32..400, 0u32..150, any::<bool>(), prop::option::of(0u32..260)), 0..120),
            1..4,
        )
    ) {
        let base = BaseUrl::parse("https://api.mypurecloud.com").unwrap();
        let mut e = Enrichment::default();
        // Contacts, queues, wrap-up codes: what was asked, and what the rows named.
        let mut asked: [HashSet<String>; 3] = Default::default();
        let mut wanted: [BTreeSet<String>; 3] = Default::default();
        let last = rounds.len() - 1;
        for (r, round) in rounds.into_iter().enumerate() {
            let rows: Vec<Interaction> = round
                .iter()
                .map(|(c, q, has, w)| Interaction {
                    contact_id: has.then(|| format!("ec-{c}")),
                    queue_id: Some(format!("q-{q}")),
                    wrap_up: w.map(|w| format!("wu-{w}")),
                    ..Interaction::new(format!("c-{c}-{q}"), Kind::Call)
                })
                .collect();
            for r in &rows {
                wanted[0].extend(r.contact_id.clone());
                wanted[1].extend(r.queue_id.clone());
                wanted[2].extend(r.wrap_up.clone());
            }
            for request in e.plan(&base, &rows, r == last) {
                let ids = request.ids();
                prop_assert!(!ids.is_empty() && ids.len() <= MAX_BATCH, "{} ids", ids.len());
                match &request {
                    EnrichRequest::Contacts(_) => {}
                    EnrichRequest::Queues(url) => prop_assert!(url.contains("/api/v2/routing/queues?pageSize=")),
                    EnrichRequest::WrapUps(url) => {
                        let sized = url.contains(&format!("/api/v2/routing/wrapupcodes?pageSize={}&", ids.len()));
                        prop_assert!(sized, "{}", url);
                    }
                }
                for id in ids {
                    prop_assert!(asked[request.of() as usize].insert(id), "an id asked twice: {:?}", request);
                }
            }
        }
        // Every id that appeared was asked, each kind on its own.
        for of in 0..3 {
            prop_assert_eq!(asked[of].iter().cloned().collect::<BTreeSet<_>>(), wanted[of].clone());
        }
    }
}

// ---- the whole Genesys load, through the loader, against a simulated service ----

mod load {
    use std::collections::{BTreeSet, HashSet};

    use crm_core::net::retry::RetryPolicy;
    use crm_core::net::BaseUrl;
    use crm_core::net::{Body, Method, Outcome};
    use crm_core::source::genesys::{GenesysSource, Memory, Mode, CONCURRENCY, MAX_BATCH};
    use crm_core::source::loader::{Delivery, Loader, Step};
    use crm_core::source::LoadError;
    use crm_core::view::names::NameBook;
    use crm_core::view::rows::RowStore;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    struct Json(Value);

    impl Body for Json {
        fn json(self) -> Result<crm_core::util::json::Json, crm_core::util::json::ReadError> {
            serde_json::from_value(self.0).map_err(|_| crm_core::util::json::ReadError::NOT_JSON)
        }
    }

    const NOW: u64 = 1_795_000_000_000;

    /// The simulated service: `total` conversations (newest first), `arriving` more before each
    /// analytics answer (so pages shift), one contact and one of 7 queues per conversation.
    struct Service {
        total: u64,
        arriving: u64,
        arrived: u64,
        contacts_asked: Vec<String>,
        queues_asked: Vec<String>,
        wrap_ups_asked: Vec<String>,
        analytics: u32,
        me: u32,
    }

    impl Service {
        /// `total` conversations, `arriving` more while the load runs.
        fn new(total: u64, arriving: u64) -> Service {
            Service {
                total,
                arriving,
                arrived: 0,
                contacts_asked: vec![],
                queues_asked: vec![],
                wrap_ups_asked: vec![],
                analytics: 0,
                me: 0,
            }
        }

        fn conversation(&self, position: u64) -> Value {
            // Position 0 is the newest; ids are stable as new ones arrive at the top.
            let n = self.total + self.arrived - position;
            // Newer ones started later (the query sorts by start, newest first).
            let started = crm_core::util::time::iso_utc(1_796_032_800_000 + n * 1_000);
            json!({
                "conversationId": format!("c-{n}"),
                "conversationStart": started,
                "participants": [
                    { "purpose": "customer", "externalContactId": format!("ec-{}", n % 150),
                      "sessions": [{ "mediaType": "voice", "ani": format!("tel:+1555{n:04}"),
                                     "segments": [{ "queueId": format!("q-{}", n % 7) }] }] },
                    { "purpose": "agent", "userId": "me", "sessions": [{ "segments": [
                        { "segmentType": "wrapup", "wrapUpCode": format!("wu-{}", n % 130), "wrapUpNote": "n" }] }] }
                ]
            })
        }

        fn answer(&mut self, method: Method, url: &str, body: Option<&str>) -> Value {
            if url.ends_with("/api/v2/users/me") {
                self.me += 1;
                return json!({ "id": "me", "name": "Agent" });
            }
            if url.contains("/details/query") {
                assert_eq!(method, Method::Post);
                self.analytics += 1;
                let q: Value = serde_json::from_str(body.unwrap()).unwrap();
                assert_eq!(q["segmentFilters"][0]["predicates"][0]["value"], "me");
                let size = q["paging"]["pageSize"].as_u64().unwrap();
                let number = q["paging"]["pageNumber"].as_u64().unwrap();
                self.arrived += self.arriving;
                let all = self.total + self.arrived;
                let items: Vec<Value> =
                    ((number - 1) * size..(number * size).min(all)).map(|p| self.conversation(p)).collect();
                return json!({ "totalHits": all, "conversations": items });
            }
            if url.contains("/externalcontacts/bulk/contacts") {
                let q: Value = serde_json::from_str(body.unwrap()).unwrap();
                let ids: Vec<String> =
                    q["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect();
                assert!(ids.len() <= MAX_BATCH);
                self.contacts_asked.extend(ids.iter().cloned());
                // Reversed order, and every fifth one fails.
                let results: Vec<Value> = ids
                    .iter()
                    .rev()
                    .enumerate()
                    .map(|(i, id)| {
                        if i % 5 == 0 {
                            json!({ "id": id, "success": false, "error": { "status": 404 } })
                        } else {
                            json!({ "id": id, "success": true, "entity": { "id": id, "firstName": "N", "lastName": id } })
                        }
                    })
                    .collect();
                return json!({ "results": results });
            }
            let ids: Vec<String> = url.split('&').filter_map(|p| p.strip_prefix("id=")).map(str::to_owned).collect();
            assert!(ids.len() <= MAX_BATCH);
            if url.contains("/api/v2/routing/wrapupcodes?") {
                self.wrap_ups_asked.extend(ids.iter().cloned());
                // Every third code has no name (deleted, say): it stays unnamed.
                let entities: Vec<Value> = ids
                    .iter()
                    .map(|id| {
                        if id.len() % 3 == 0 {
                            json!({ "id": id })
                        } else {
                            json!({ "id": id, "name": format!("Code {id}") })
                        }
                    })
                    .collect();
                return json!({ "entities": entities, "pageSize": ids.len(), "pageNumber": 1, "total": ids.len() });
            }
            assert!(url.contains("/api/v2/routing/queues?"), "{url}");
            self.queues_asked.extend(ids.iter().cloned());
            json!({ "entities": ids.iter().map(|id| json!({ "id": id, "name": format!("Queue {id}") })).collect::<Vec<_>>() })
        }
    }

    #[derive(Debug, Clone, Copy)]
    enum Fault {
        None,
        Throttle,
        Unavailable,
        Unauthorized,
    }

    fn arb_fault() -> impl Strategy<Value = Fault> {
        prop_oneof![8 => Just(Fault::None), 1 => Just(Fault::Throttle), 1 => Just(Fault::Unavailable), 1 => Just(Fault::Unauthorized)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn a_load_shows_every_conversation_once_in_order_and_asks_each_id_once(
            total in 0u64..700,
            page_size in prop_oneof![Just(25u32), Just(100u32)],
            arriving in prop_oneof![Just(0u64), Just(0), Just(3)],
            faults in prop::collection::vec(arb_fault(), 0..40),
        ) {
            let base = BaseUrl::parse("https://api.example.com").unwrap();
            let source = GenesysSource::since(base, page_size, NOW - 7 * 86_400_000, NOW, Mode::Full, Memory::default());
            let mut loader = Loader::new(source, RetryPolicy::default());
            let mut service = Service::new(total, arriving);
            let mut model = RowStore::new();
            let mut book = NameBook::default();
            let mut faults = faults.into_iter();
            let mut throttled = false;
            let mut queues_gave_up = false;
            let mut contacts_gave_up = false;
            let mut wrap_ups_gave_up = false;
            let mut steps = 0;
            let result = loop {
                steps += 1;
                prop_assert!(steps < 5_000, "the load did not terminate");
                match loader.step() {
                    Step::Fetch(tickets) => {
                        let width = if throttled { 1 } else { CONCURRENCY };
                        prop_assert!(tickets.len() <= width, "{} at once", tickets.len());
                        for t in tickets {
                            let fault = faults.next().unwrap_or(Fault::None);
                            let out = match fault {
                                Fault::None => {
                                    let v = service.answer(t.request.method, &t.request.url, t.request.body.as_deref());
                                    Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(v))) }
                                }
                                Fault::Throttle => {
                                    throttled = true;
                                    Outcome::Response { status: 429, retry_after: Some("1".into()), body: None }
                                }
                                Fault::Unavailable => Outcome::Response { status: 503, retry_after: None, body: None },
                                Fault::Unauthorized => Outcome::Response { status: 401, retry_after: None, body: None },
                            };
                            for d in loader.outcome(t.id, out, NOW, 0.5) {
                                match d {
                                    Delivery::Rows(page) => model.add_page(page),
                                    Delivery::Late(page) => model.merge_top(page),
                                    Delivery::Names(n) => book.learn(n),
                                    Delivery::Note(note) => {
                                        queues_gave_up |= note.starts_with("queues");
                                        contacts_gave_up |= note.starts_with("external contacts");
                                        wrap_ups_gave_up |= note.starts_with("wrap-up codes");
                                    }
                                    Delivery::Body(_) => {}
                                }
                            }
                        }
                    }
                    Step::Wait { .. } => { loader.waited(); }
                    Step::RenewToken => { loader.renewed(); }
                    Step::Done => break Ok(()),
                    Step::Failed(e) => break Err(e),
                }
            };
            prop_assert!(service.me <= 1, "users/me once");
            // Rows: no id twice, newest first.
            let ids: Vec<u64> = (0..model.loaded()).map(|i| model.row(i).unwrap().id[2..].parse().unwrap()).collect();
            prop_assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
            prop_assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {:?}", ids);
            // Each id asked at most once.
            prop_assert_eq!(service.contacts_asked.iter().collect::<BTreeSet<_>>().len(), service.contacts_asked.len());
            prop_assert_eq!(service.queues_asked.iter().collect::<BTreeSet<_>>().len(), service.queues_asked.len());
            prop_assert_eq!(service.wrap_ups_asked.iter().collect::<BTreeSet<_>>().len(), service.wrap_ups_asked.len());
            match result {
                Ok(()) => {
                    prop_assert_eq!(service.me, 1);
                    // Every conversation there was at the start is shown.
                    prop_assert!(ids.len() as u64 >= total, "{} of {}", ids.len(), total);
                    if arriving == 0 {
                        prop_assert_eq!(service.analytics as u64, total.div_ceil(u64::from(page_size)).max(1));
                    }
                    // Every contact and queue of a shown row was asked (and answered), unless a
                    // batch was refused until its tries ran out (a note: only fewer names).
                    let wanted: BTreeSet<String> = (0..model.loaded()).filter_map(|i| model.row(i).unwrap().contact_id.clone()).collect();
                    let answered = service.contacts_asked.iter().cloned().collect::<BTreeSet<_>>();
                    prop_assert!(answered == wanted || (contacts_gave_up && answered.is_subset(&wanted)), "asked {answered:?} of {wanted:?}");
                    prop_assert_eq!(service.contacts_asked.len().div_ceil(MAX_BATCH), service.contacts_asked.chunks(MAX_BATCH).count());
                    let names = book.names().contacts.clone();
                    prop_assert!(names.len() < wanted.len() || wanted.is_empty(), "some contacts fail");
                    // Every queue is named, unless its request failed for good (only fewer names).
                    let queues = (0..model.loaded()).filter_map(|i| model.row(i).unwrap().queue_id.clone()).collect::<BTreeSet<_>>().len();
                    prop_assert!(book.names().queues.len() == queues || (queues_gave_up && book.names().queues.is_empty()));
                    // Wrap-up codes the same way; a code without a name is never named (not by its id).
                    let codes: BTreeSet<String> = (0..model.loaded()).filter_map(|i| model.row(i).unwrap().wrap_up.clone()).collect();
                    let named = &book.names().wrap_ups;
                    let believed = named.iter().all(|(id, name)| codes.contains(id) && *name == format!("Code {id}"));
                    prop_assert!(believed, "{:?}", named);
                    let nameable = codes.iter().filter(|id| id.len() % 3 != 0).count();
                    prop_assert!(named.len() == nameable || (wrap_ups_gave_up && named.len() < nameable), "{} of {}", named.len(), nameable);
                }
                Err(e) => prop_assert!(matches!(e, LoadError::Unauthorized | LoadError::Server { .. } | LoadError::RateLimited { .. }), "{:?}", e),
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Each token serves `k` requests, then is refused (401) until it is renewed; answers
        /// of a batch come back in any order. Nothing is lost, nothing shown twice.
        #[test]
        fn tokens_that_expire_mid_load_lose_no_conversation(
            total in 0u64..700,
            k in 1usize..4,
            order in prop::collection::vec(0usize..6, 0..200),
        ) {
            let base = BaseUrl::parse("https://api.example.com").unwrap();
            let source = GenesysSource::since(base, 100, NOW - 7 * 86_400_000, NOW, Mode::Full, Memory::default());
            let mut loader = Loader::new(source, RetryPolicy::default());
            let mut service = Service::new(total, 0);
            let mut model = RowStore::new();
            let mut book = NameBook::default();
            let (mut token, mut served) = (0u32, 0usize);
            let mut order = order.into_iter();
            let mut steps = 0;
            let result = loop {
                steps += 1;
                prop_assert!(steps < 5_000, "the load did not terminate");
                match loader.step() {
                    Step::Fetch(mut tickets) => {
                        // Sent together with this token; answered in any order.
                        let sent_with = token;
                        let mut answered = Vec::new();
                        while !tickets.is_empty() {
                            let t = tickets.remove(order.next().unwrap_or(0) % tickets.len());
                            let out = if sent_with == token && served < k {
                                served += 1;
                                let v = service.answer(t.request.method, &t.request.url, t.request.body.as_deref());
                                Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(v))) }
                            } else {
                                Outcome::Response { status: 401, retry_after: None, body: None }
                            };
                            answered.push((t.id, out));
                        }
                        for (id, out) in answered {
                            for d in loader.outcome(id, out, NOW, 0.5) {
                                match d {
                                    Delivery::Rows(page) => model.add_page(page),
                                    Delivery::Late(page) => model.merge_top(page),
                                    Delivery::Names(n) => book.learn(n),
                                    Delivery::Note(_) | Delivery::Body(_) => {}
                                }
                            }
                        }
                    }
                    Step::Wait { .. } => { loader.waited(); }
                    Step::RenewToken => { token += 1; served = 0; loader.renewed(); }
                    Step::Done => break Ok(()),
                    Step::Failed(e) => break Err(e),
                }
            };
            prop_assert!(result.is_ok(), "{:?} after {} steps", result, steps);
            let ids: Vec<u64> = (0..model.loaded()).map(|i| model.row(i).unwrap().id[2..].parse().unwrap()).collect();
            prop_assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
            prop_assert_eq!(ids.len() as u64, total, "every conversation, once");
            prop_assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {:?}", ids);
        }
    }

    #[test]
    fn forbidden_analytics_is_the_error_and_forbidden_contacts_only_a_note() {
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let memory = Memory { me: Some("me".into()), ..Memory::default() };
        let mut l = Loader::new(
            GenesysSource::since(base.clone(), 100, NOW - 7 * 86_400_000, NOW, Mode::Full, memory.clone()),
            RetryPolicy::default(),
        );
        let Step::Fetch(t) = l.step() else { panic!() };
        assert!(t[0].request.url.ends_with("/details/query"), "users/me is not asked again in a session");
        l.outcome(t[0].id, Outcome::<Json>::Response { status: 403, retry_after: None, body: None }, NOW, 0.5);
        let Step::Failed(e) = l.step() else { panic!() };
        assert_eq!(e, LoadError::AnalyticsForbidden);
        assert!(e.to_string().contains("analytics:conversationDetail:view"));
        assert!(e.to_string().contains("analytics:agentConversationDetail:view"));

        let mut service = Service::new(3, 0);
        let mut l = Loader::new(
            GenesysSource::since(base, 100, NOW - 7 * 86_400_000, NOW, Mode::Full, memory),
            RetryPolicy::default(),
        );
        let mut notes = 0;
        let mut rows = 0;
        loop {
            match l.step() {
                Step::Fetch(tickets) => {
                    for t in tickets {
                        let out = if t.request.url.contains("externalcontacts") {
                            Outcome::Response { status: 403, retry_after: None, body: None }
                        } else {
                            let v = service.answer(t.request.method, &t.request.url, t.request.body.as_deref());
                            Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(v))) }
                        };
                        for d in l.outcome(t.id, out, NOW, 0.5) {
                            match d {
                                Delivery::Note(n) => {
                                    assert!(n.contains("external contacts"), "{n}");
                                    notes += 1
                                }
                                Delivery::Rows(p) | Delivery::Late(p) => rows += p.interactions.len(),
                                Delivery::Names(_) | Delivery::Body(_) => {}
                            }
                        }
                    }
                }
                Step::Done => break,
                other => panic!("{other:?}"),
            }
        }
        assert_eq!((rows, notes), (3, 1));
    }

    #[test]
    fn a_cancelled_load_forgets_the_ids_it_never_heard_about() {
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let memory = Memory { me: Some("me".into()), ..Memory::default() };
        let mut service = Service::new(150, 0);
        let mut l = Loader::new(
            GenesysSource::since(base.clone(), 100, NOW - 7 * 86_400_000, NOW, Mode::Full, memory),
            RetryPolicy::default(),
        );
        // Page 1 only, then the load is dropped with the contacts batch in flight.
        let Step::Fetch(t) = l.step() else { panic!() };
        let v = service.answer(t[0].request.method, &t[0].request.url, t[0].request.body.as_deref());
        l.outcome(t[0].id, Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(v))) }, NOW, 0.5);
        let Step::Fetch(batch) = l.step() else { panic!() };
        assert!(batch.iter().any(|t| t.request.url.contains("externalcontacts")), "100 contacts make a batch");
        let memory = l.into_source().take_memory();
        let mut again = Loader::new(
            GenesysSource::since(base, 100, NOW - 7 * 86_400_000, NOW, Mode::Full, memory),
            RetryPolicy::default(),
        );
        let mut asked_contacts = 0;
        loop {
            match again.step() {
                Step::Fetch(tickets) => {
                    for t in tickets {
                        let v = service.answer(t.request.method, &t.request.url, t.request.body.as_deref());
                        if t.request.url.contains("externalcontacts") {
                            asked_contacts += v["results"].as_array().unwrap().len();
                        }
                        again.outcome(
                            t.id,
                            Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(v))) },
                            NOW,
                            0.5,
                        );
                    }
                }
                Step::Done => break,
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(asked_contacts, 150, "the next load asks for all of them");
    }
}

#[test]
fn names_for_live_rows_ask_only_what_the_session_has_not_asked() {
    use crm_core::model::Interaction;
    use crm_core::net::retry::RetryPolicy;
    use crm_core::source::genesys::{EnrichmentSource, Memory};
    use crm_core::source::loader::{Loader, Step};
    let base = BaseUrl::parse("https://api.example.com").unwrap();
    let row = |id: &str, contact: &str, queue: &str| Interaction {
        contact_id: Some(contact.into()),
        queue_id: Some(queue.into()),
        ..Interaction::new(id.into(), Kind::Call)
    };
    let mut memory = Memory { me: Some("me".into()), ..Memory::default() };
    // The list's load asked for ec-1 and q-1 already.
    memory.enrichment.plan_ids(&base, [[Some("ec-1"), Some("q-1"), None]], true);
    let source = EnrichmentSource::new(base, &[row("n1", "ec-1", "q-2"), row("n2", "ec-9", "q-1")], memory);
    let mut l = Loader::new(source, RetryPolicy::default());
    let Step::Fetch(tickets) = l.step() else { panic!("{:?}", l.step()) };
    let asked: Vec<String> =
        tickets.iter().map(|t| format!("{} {}", t.request.url, t.request.body.clone().unwrap_or_default())).collect();
    assert_eq!(tickets.len(), 2, "one contacts and one queues request, no users/me, no page: {asked:?}");
    assert!(
        asked.iter().any(|a| a.contains("externalcontacts") && a.contains("ec-9") && !a.contains("ec-1")),
        "{asked:?}"
    );
    assert!(
        asked.iter().any(|a| a.contains("routing/queues") && a.contains("id=q-2") && !a.contains("q-1&")),
        "{asked:?}"
    );
}
