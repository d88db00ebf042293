//! Property tests of the Genesys data source's pure parts: dates round-trip, page-number
//! paging always terminates without skipping or repeating a page (also while `totalHits`
//! drifts), any analytics JSON maps to a row or to nothing without panicking, and the
//! enrichment asks each id once, in batches of at most 100.

use std::collections::{BTreeSet, HashSet};

use crm_core::config::ApiBase;
use crm_core::genesys::{
    conversation_row, iso_utc, parse_iso_ms, Conversation, EnrichRequest, Enrichment, PageNumbers, RawConversation,
    MAX_BATCH,
};
use crm_core::page::Kind;
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
        if let Ok(raw) = serde_json::from_value::<RawConversation>(value.clone()) {
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
        rounds in prop::collection::vec(prop::collection::vec((0u32..400, 0u32..150, any::<bool>()), 0..120), 1..4)
    ) {
        let base = ApiBase::parse("https://api.mypurecloud.com").unwrap();
        let mut e = Enrichment::default();
        let mut asked_contacts = HashSet::new();
        let mut asked_queues = HashSet::new();
        let mut wanted_contacts = BTreeSet::new();
        let mut wanted_queues = BTreeSet::new();
        let last = rounds.len() - 1;
        for (r, round) in rounds.into_iter().enumerate() {
            let rows: Vec<Conversation> = round
                .iter()
                .map(|(c, q, has)| Conversation {
                    id: format!("c-{c}-{q}"),
                    kind: Kind::Call,
                    direction: None,
                    participant_name: None,
                    address: None,
                    external_contact_id: has.then(|| format!("ec-{c}")),
                    queue_id: Some(format!("q-{q}")),
                    started_ms: None,
                    ended_ms: None,
                })
                .collect();
            for r in &rows {
                wanted_contacts.extend(r.external_contact_id.clone());
                wanted_queues.extend(r.queue_id.clone());
            }
            for request in e.plan(&base, &rows, r == last) {
                match request {
                    EnrichRequest::Contacts(body) => {
                        prop_assert!(!body.entities.is_empty() && body.entities.len() <= MAX_BATCH);
                        for id in body.entities {
                            prop_assert!(asked_contacts.insert(id.id), "a contact asked twice");
                        }
                    }
                    EnrichRequest::Queues(url) => {
                        let ids: Vec<&str> = url.split('&').filter_map(|p| p.strip_prefix("id=")).collect();
                        prop_assert!(!ids.is_empty() && ids.len() <= MAX_BATCH);
                        for id in ids {
                            prop_assert!(asked_queues.insert(id.to_owned()), "a queue asked twice");
                        }
                    }
                }
            }
        }
        // Every id that appeared was asked.
        prop_assert_eq!(asked_contacts.len(), wanted_contacts.len());
        prop_assert_eq!(asked_queues.len(), wanted_queues.len());
    }
}
