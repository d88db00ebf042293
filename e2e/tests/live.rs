//! End-to-end checks of live updates (CONTRACT §9): the release build in headless Chromium,
//! with the Genesys source, against the mock Notifications service (channels, subscriptions,
//! a real WebSocket with heartbeats and conversation events, and its faults).

use std::time::Duration;

use crm_e2e::crm_devserver::{DataSourceMode, LiveConfig, LiveCounts, LiveFault, Scenario};
use crm_e2e::{run, Harness};
use futures::FutureExt;
use serde_json::Value;

const LOAD: Duration = Duration::from_secs(30);
const DETAILS: &str = "/api/v2/analytics/conversations/details/query";

fn genesys(total: usize) -> Scenario {
    Scenario {
        total,
        data_source: DataSourceMode::Genesys,
        live: LiveConfig { heartbeat_ms: 1_000, ..LiveConfig::default() },
        ..Scenario::default()
    }
}

fn details(h: &Harness) -> usize {
    h.server.log().iter().filter(|e| e.path == DETAILS).count()
}

async fn wait_live(h: &Harness) {
    h.wait_js("(document.querySelector('.crm-live') || {}).dataset?.live === 'live'", LOAD).await;
}

/// Ready and live.
async fn open(h: &Harness) {
    h.open_in_host_with("?debug=1").await;
    assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
    wait_live(h).await;
}

async fn row_of(h: &Harness, id: &str) -> Value {
    h.js(&format!(
        "const r = document.querySelector('[data-interaction-id=\"{id}\"]');
         return r ? {{ index: Number(r.dataset.index), live: r.dataset.inProgress === 'true' }} : null;"
    ))
    .await
}

fn id_of(event: &Value) -> String {
    event["id"].as_str().expect("an event id").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_conversation_appears_on_top_and_an_update_changes_it_in_place() {
    run(genesys(120), |h| {
        async move {
            open(h).await;
            assert_eq!(h.js("return document.querySelector('.crm-live').textContent").await, "Live");
            let loads = details(h);
            // Focus a row and scroll a little: both stay.
            h.js("const r = document.querySelectorAll('.crm-row')[2]; r.focus(); return true").await;
            let focused = h.js("return document.activeElement.dataset.interactionId").await;
            let event = h.server.live_new_conversation();
            let id = id_of(&event);
            h.wait_js(&format!("document.querySelector('[data-interaction-id=\"{id}\"]')"), LOAD).await;
            assert_eq!(row_of(h, &id).await["index"], 0, "on top");
            assert_eq!(row_of(h, &id).await["live"], true);
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("121"));
            assert_eq!(details(h), loads, "no reload");
            let still = h.js("return document.activeElement.dataset.interactionId").await;
            assert_eq!(still, focused, "the focus stays on its row");
            let said = h.js("return document.querySelector('[data-announce=arrival]').textContent").await;
            assert!(said.as_str().unwrap().starts_with("New interaction from "), "{said}");
            // It ends: the same row, no longer in progress.
            h.server.live_end(Some(&id)).expect("ended");
            h.wait_js(
                &format!("document.querySelector('[data-interaction-id=\"{id}\"]').dataset.inProgress !== 'true'"),
                LOAD,
            )
            .await;
            assert_eq!(row_of(h, &id).await["index"], 0);
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("121"), "not a second row");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_socket_reconnects_and_backfills_what_it_missed() {
    run(genesys(80), |h| {
        async move {
            open(h).await;
            let loads = details(h);
            h.server.live_fault(LiveFault::Drop);
            // A conversation starts while no socket listens: only the backfill can find it.
            let missed = id_of(&h.server.live_new_conversation_unheard());
            h.wait_js(&format!("document.querySelector('[data-interaction-id=\"{missed}\"]')"), LOAD).await;
            wait_live(h).await;
            assert_eq!(row_of(h, &missed).await["index"], 0);
            assert_eq!(details(h), loads + 1, "page 1 again, once");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("81"), "no row twice");
            let LiveCounts { connects, open, .. } = h.server.live_counts();
            assert!(connects >= 2, "reconnected");
            assert_eq!(open, 1);
            let log = h.js("return document.querySelector('.crm-debug__live').textContent").await;
            assert!(log.as_str().unwrap().contains("closed"), "the panel lists the close: {log}");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn socket_closing_hands_over_to_a_new_socket_without_a_gap() {
    run(genesys(40), |h| {
        async move {
            open(h).await;
            let loads = details(h);
            h.server.live_fault(LiveFault::Closing);
            // The new channel and socket come before the old one closes.
            let deadline = std::time::Instant::now() + LOAD;
            while h.server.live_counts().channels < 2 {
                assert!(std::time::Instant::now() < deadline, "no new channel");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
            wait_live(h).await;
            let open = h.server.live_counts().open;
            assert_eq!(open, 1, "one socket after the hand-over");
            let event = h.server.live_new_conversation();
            let id = id_of(&event);
            h.wait_js(&format!("document.querySelector('[data-interaction-id=\"{id}\"]')"), LOAD).await;
            assert_eq!(details(h), loads, "no gap: no backfill");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_that_expires_while_connected_is_renewed_and_live_goes_on() {
    run(genesys(40), |h| {
        async move {
            open(h).await;
            let tokens = h.server.issued_tokens().len();
            h.server.live_fault(LiveFault::ExpireToken);
            h.wait_js("(document.querySelector('.crm-live') || {}).dataset?.live !== 'live'", LOAD).await;
            wait_live(h).await;
            assert!(h.server.issued_tokens().len() > tokens, "a fresh token");
            let id = id_of(&h.server.live_new_conversation());
            h.wait_js(&format!("document.querySelector('[data-interaction-id=\"{id}\"]')"), LOAD).await;
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_waits_for_online_then_reconnects_and_backfills() {
    run(genesys(40), |h| {
        async move {
            open(h).await;
            let channels = h.server.live_counts().channels;
            h.js("window.__offline = true;
                  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get() { return !window.__offline; } });
                  window.dispatchEvent(new Event('offline')); return true;")
                .await;
            h.wait_js("document.querySelector('.crm-live').dataset.live === 'off'", LOAD).await;
            let missed = id_of(&h.server.live_new_conversation_unheard());
            tokio::time::sleep(Duration::from_millis(1500)).await;
            assert_eq!(h.server.live_counts().open, 0, "the socket is closed while offline");
            assert_eq!(h.server.live_counts().channels, channels, "no tries while offline");
            h.js("window.__offline = false; window.dispatchEvent(new Event('online')); return true;").await;
            wait_live(h).await;
            h.wait_js(&format!("document.querySelector('[data-interaction-id=\"{missed}\"]')"), LOAD).await;
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lifecycle_stop_closes_the_socket() {
    run(genesys(40), |h| {
        async move {
            open(h).await;
            assert_eq!(h.server.live_counts().open, 1);
            h.in_host("window.devHost.hook('stop'); return true;").await;
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while h.server.live_counts().open > 0 {
                assert!(std::time::Instant::now() < deadline, "the socket stayed open after stop");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let channels = h.server.live_counts().channels;
            tokio::time::sleep(Duration::from_secs(3)).await;
            let counts = h.server.live_counts();
            assert_eq!((counts.channels, counts.open), (channels, 0), "nothing reconnects");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pinned_conversation_arriving_live_goes_first() {
    run(genesys(40), |h| {
        async move {
            // The next conversation to arrive is the current one: its id is known in advance.
            let next = id_of(&h.server.live_new_conversation_unheard());
            h.open_in_host_with(&format!("?conversation={next}")).await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            let first = h.js("return document.querySelector('[data-index=\"0\"]').getAttribute('aria-current')").await;
            assert_eq!(first, "true");
            assert_eq!(row_of(h, &next).await["index"], 0);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn while_blurred_new_interactions_set_the_attention_count_and_focus_clears_it() {
    run(genesys(30), |h| {
        async move {
            open(h).await;
            h.in_host("window.devHost.hook('blur'); return true;").await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let opens = h.server.live_counts().open;
            assert_eq!(opens, 1, "blur keeps the socket");
            for _ in 0..2 {
                let id = id_of(&h.server.live_new_conversation());
                h.wait_js(&format!("document.querySelector('[data-interaction-id=\"{id}\"]')"), LOAD).await;
            }
            h.in_host("window.devHost.hook('focus'); return true;").await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let counts: Vec<Value> = h
                .client_app_messages()
                .await
                .into_iter()
                .filter(|m| m["action"] == "setAttentionCount")
                .map(|m| m["count"].clone())
                .collect();
            assert_eq!(counts, [Value::from(1), Value::from(2), Value::from(0)]);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_row_gets_its_contacts_name_through_the_same_enrichment() {
    run(genesys(20), |h| {
        async move {
            open(h).await;
            // New conversations until one has an external contact the list has not asked for.
            let mut found = None;
            for _ in 0..20 {
                let event = h.server.live_new_conversation();
                let contact = event["participants"]
                    .as_array()
                    .and_then(|ps| ps.iter().find_map(|p| p["externalContactId"].as_str().map(str::to_owned)));
                if let Some(c) = contact.filter(|c| !h.server.genesys_asked().0.contains(c)) {
                    found = Some((id_of(&event), c));
                    break;
                }
            }
            let (id, contact) = found.expect("a conversation with a new external contact");
            let deadline = std::time::Instant::now() + LOAD;
            while !h.server.genesys_asked().0.contains(&contact) {
                assert!(std::time::Instant::now() < deadline, "{contact} was never asked");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let asked = h.server.genesys_asked().0;
            assert_eq!(asked.iter().filter(|c| **c == contact).count(), 1, "asked once");
            h.wait_js(
                &format!("document.querySelector('[data-interaction-id=\"{id}\"] button[data-action=open-contact]')"),
                LOAD,
            )
            .await;
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn by_contact_keeps_up_with_live_events() {
    run(genesys(12), |h| {
        async move {
            open(h).await;
            h.click_selector("[data-view=contact]").await;
            h.wait_js("document.querySelector('[role=tree]') !== null", LOAD).await;
            // The sum of the contacts' counts (a short list is rendered whole).
            let sum = "Array.from(document.querySelectorAll('[aria-level=\"1\"] .crm-row__queue'))
                         .reduce((n, e) => n + Number(e.textContent.match(/\\d+/)[0]), 0)";
            assert_eq!(h.js(&format!("return {sum};")).await, 12);
            let event = h.server.live_new_conversation();
            let id = id_of(&event);
            // Its contact comes first, with the new interaction as the one it shows.
            h.wait_js(&format!("{sum} === 13"), LOAD).await;
            h.wait_js(&format!("document.querySelector('[data-index=\"0\"]').dataset.interactionId === '{id}'"), LOAD)
                .await;
            assert_eq!(h.js("return document.querySelector('[data-index=\"0\"]').getAttribute('aria-level')").await, "1");
            // Open it; the conversation ends: it changes in place, nothing is counted twice.
            h.click_selector("[data-index=\"0\"]").await;
            h.wait_js("document.querySelector('[data-index=\"0\"]').getAttribute('aria-expanded') === 'true'", LOAD).await;
            h.server.live_end(Some(&id)).expect("ended");
            h.wait_js(
                &format!("document.querySelector('[aria-level=\"2\"][data-interaction-id=\"{id}\"]')?.dataset.inProgress !== 'true'"),
                LOAD,
            )
            .await;
            assert_eq!(h.js(&format!("return {sum};")).await, 13);
            assert_eq!(h.js("return document.querySelector('[data-index=\"0\"]').getAttribute('aria-expanded')").await, "true");
        }
        .boxed()
    })
    .await;
}

/// Issue #18, found in review: after "Today" and a dropped socket, the backfill asked page 1 of
/// `historyDays` and merged yesterday's conversations into a "Today" list.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_backfill_after_a_gap_asks_for_the_range_shown() {
    // 300 conversations over 7 days: page 1 of 7 days reaches back before today's midnight.
    run(genesys(300), |h| {
        async move {
            open(h).await;
            h.click_selector("[data-range=today]").await;
            h.wait_js("document.querySelector('[data-range=today]').getAttribute('aria-pressed') === 'true'", LOAD)
                .await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            wait_live(h).await;
            let today = h.hook("data-loaded").await;
            let loads = details(h);
            h.server.live_fault(LiveFault::Drop);
            let deadline = std::time::Instant::now() + LOAD;
            while details(h) == loads {
                assert!(std::time::Instant::now() < deadline, "no backfill after the gap");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            wait_live(h).await;
            let asked = h.server.log().iter().rev().find(|e| e.path == DETAILS).and_then(|e| e.asked.clone());
            let midnight = h.js("const d = new Date(); d.setHours(0, 0, 0, 0); return d.toISOString()").await;
            let asked = asked.unwrap_or_default();
            assert!(asked.starts_with(midnight.as_str().unwrap()), "the backfill asked {asked}, not since {midnight}");
            assert_eq!(h.hook("data-loaded").await, today, "no conversation from before today was merged in");
        }
        .boxed()
    })
    .await;
}

/// Issue #18, found in review: the shell never told the live connection when its token expires,
/// so a reconnect after the token expired went to the old channel with it (the socket was
/// refused) instead of renewing first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_after_the_token_expired_renews_it_first() {
    run(Scenario { token_ttl_s: 10, ..genesys(40) }, |h| {
        async move {
            open(h).await;
            // The token the channel was made with expires; then the socket drops.
            tokio::time::sleep(Duration::from_secs(11)).await;
            h.server.live_fault(LiveFault::Drop);
            tokio::time::sleep(Duration::from_millis(500)).await;
            wait_live(h).await;
            let refused: Vec<_> =
                h.server.log().into_iter().filter(|e| e.path == "/streaming" && e.status != 101).collect();
            assert!(refused.is_empty(), "a socket went out with an expired token: {refused:#?}");
        }
        .boxed()
    })
    .await;
}

/// Issue #18, found in review: a subscription answered `Rejected` (GENESYS-API.md §11) looked
/// live but would never get an event.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_topic_shows_live_updates_off_with_the_reason() {
    run(genesys(30), |h| {
        async move {
            h.server.live_fault(LiveFault::RejectTopics);
            h.open_in_host_with("?debug=1").await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            h.wait_js("(document.querySelector('[data-live]') || {}).dataset?.live === 'off'", Duration::from_secs(10))
                .await;
            assert_eq!(h.js("return document.querySelector('[data-live]').textContent").await, "Live updates off");
            let log = h.js("return document.querySelector('.crm-debug__live').textContent").await;
            assert!(log.as_str().unwrap().contains("Rejected"), "diagnostics say why: {log}");
        }
        .boxed()
    })
    .await;
}
