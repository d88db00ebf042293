//! End-to-end checks of the Genesys data source (CONTRACT §7) and row activation (§8): the
//! release build in headless Chromium, framed by the dev host, reading the mock Genesys APIs
//! (users/me, the analytics details query, bulk external contacts, queues by id).

use std::collections::HashSet;
use std::time::Duration;

use crm_e2e::crm_devserver::{DataSourceMode, Fault, GenesysFaults, LogEntry, RetryAfter, Scenario};
use crm_e2e::{run, Harness};
use futures::FutureExt;
use serde_json::Value;

const LOAD: Duration = Duration::from_secs(30);
const ME: &str = "/api/v2/users/me";
const DETAILS: &str = "/api/v2/analytics/conversations/details/query";
const CONTACTS: &str = "/api/v2/externalcontacts/bulk/contacts";
const QUEUES: &str = "/api/v2/routing/queues";

/// The Genesys source with the host handshake (a host may hand over a Genesys token).
fn genesys(total: usize) -> Scenario {
    Scenario { total, data_source: DataSourceMode::Genesys, ..Scenario::default() }
}

fn logged(h: &Harness, path: &str) -> Vec<LogEntry> {
    h.server.log().into_iter().filter(|e| e.path == path).collect()
}

/// Every row id seen while scrolling the whole list, top to bottom.
async fn all_row_ids(h: &Harness) -> Vec<String> {
    let v = h
        .js("const v = document.querySelector('.crm__viewport'); const seen = []; const known = new Set();
             for (let top = 0; ; top += v.clientHeight / 2) {
               v.scrollTop = top; v.dispatchEvent(new Event('scroll'));
               await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
               for (const e of document.querySelectorAll('[data-interaction-id]')) {
                 const id = e.getAttribute('data-interaction-id');
                 if (!known.has(id)) { known.add(id); seen.push([Number(e.dataset.index), id]); }
               }
               if (top > v.scrollHeight) break;
             }
             v.scrollTop = 0; v.dispatchEvent(new Event('scroll'));
             return seen.sort((a, b) => a[0] - b[0]).map(p => p[1]);")
        .await;
    serde_json::from_value(v).expect("ids")
}

async fn row_texts(h: &Harness) -> Vec<Value> {
    let v = h
        .js("return Array.from(document.querySelectorAll('.crm-row')).map(r => ({
               id: r.dataset.interactionId, text: r.textContent,
               name: (r.querySelector('.crm-row__name') || {}).textContent,
               contact: !!r.querySelector('button[data-action=open-contact]'),
               queue: (r.querySelector('.crm-row__queue') || {}).textContent || '',
               time: (r.querySelector('time') || {}).textContent || '',
               live: r.dataset.inProgress === 'true', direction: r.dataset.direction || '' }));")
        .await;
    v.as_array().cloned().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_load_shows_names_queues_times_and_directions() {
    run(genesys(250), |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-total").await.as_deref(), Some("250"));
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("250"));
            // users/me once, ceil(250 / 100) analytics pages, and the enrichment in batches.
            assert_eq!(logged(h, ME).len(), 1);
            let details = logged(h, DETAILS);
            assert_eq!(details.len(), 3, "{details:?}");
            let pages: HashSet<_> = details.iter().filter_map(|e| e.page).collect();
            assert_eq!(pages, HashSet::from([1, 2, 3]));
            assert!(details.iter().all(|e| e.method == "POST" && e.query.is_empty()), "one URL for every page");
            let contacts = logged(h, CONTACTS);
            let queues = logged(h, QUEUES);
            assert!(!contacts.is_empty() && contacts.len() <= 3, "{contacts:?}");
            assert_eq!(queues.len(), 1, "{queues:?}");
            // Names fill in: wait until some contact's name has arrived.
            h.wait_js(
                "Array.from(document.querySelectorAll('.crm-row__queue')).some(q => q.textContent.length > 0)",
                LOAD,
            )
            .await;
            let rows = row_texts(h).await;
            assert!(rows.iter().any(|r| r["contact"] == true), "contacts are buttons: {rows:?}");
            assert!(rows.iter().all(|r| !r["time"].as_str().unwrap().is_empty()), "every row has a time: {rows:?}");
            assert!(rows.iter().any(|r| r["live"] == true), "the newest are in progress: {rows:?}");
            assert!(rows.iter().any(|r| r["direction"] == "inbound"), "{rows:?}");
            assert!(rows.iter().any(|r| r["direction"] == "outbound"), "{rows:?}");
            let queue_names: HashSet<&str> = rows.iter().filter_map(|r| r["queue"].as_str()).collect();
            assert!(
                queue_names.iter().any(|q| q.contains("Billing")
                    || q.contains("Sales")
                    || q.contains("Support")
                    || q.contains("VIP")
                    || q.contains("Claims")
                    || q.contains("Returns")
                    || q.contains("Kunden")
                    || q.contains("お客様")),
                "{queue_names:?}"
            );
            // Ids are the conversation ids, newest first, none twice.
            let ids = all_row_ids(h).await;
            assert_eq!(ids.len(), 250);
            assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 250);
            // An in-progress row says so in words, not only with colour.
            let live =
                h.js("const l = document.querySelector('.crm-row__live'); return l ? l.textContent : null").await;
            assert_eq!(live, "In progress");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_conversations_take_exactly_the_requests_they_need() {
    let scenario = Scenario { latency_ms: 20, ..genesys(10_000) };
    run(scenario, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], Duration::from_secs(90)).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("10000"));
            assert_eq!(logged(h, ME).len(), 1);
            assert_eq!(logged(h, DETAILS).len(), 100, "ceil(10000 / 100)");
            // Every contact and queue id once, in batches of at most 100.
            let (contacts, queues) = h.server.genesys_asked();
            assert_eq!(contacts.iter().collect::<HashSet<_>>().len(), contacts.len(), "each contact once");
            assert_eq!(queues.iter().collect::<HashSet<_>>().len(), queues.len(), "each queue once");
            assert_eq!(logged(h, CONTACTS).len(), contacts.len().div_ceil(100));
            assert_eq!(logged(h, QUEUES).len(), queues.len().div_ceil(100));
            assert!(h.dom_size().await < 600);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttled_analytics_and_enrichment_wait_and_go_on_one_at_a_time() {
    let scenario = Scenario {
        throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(1)) }),
        genesys: GenesysFaults { throttle_enrichment: 1, ..GenesysFaults::default() },
        ..genesys(600)
    };
    run(scenario, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("600"));
            let details = logged(h, DETAILS);
            let throttled: Vec<_> = details.iter().filter(|e| e.status == 429).collect();
            assert_eq!(throttled.len(), 1, "{details:?}");
            // The same page again, not before Retry-After allowed.
            let again = details.iter().find(|e| e.page == Some(2) && e.status == 200).expect("page 2 again");
            assert!(again.at_ms >= throttled[0].retry_not_before_ms.unwrap_or(0), "{details:?}");
            let enrich: Vec<_> =
                h.server.log().into_iter().filter(|e| e.path == CONTACTS || e.path == QUEUES).collect();
            assert!(enrich.iter().any(|e| e.status == 429) && enrich.iter().any(|e| e.status == 200), "{enrich:?}");
            assert_eq!(h.alert_text().await, None);
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_401_mid_load_renews_the_token_and_goes_on() {
    // Each token serves two analytics pages, then is refused.
    let scenario = Scenario { token_pages: Some(2), ..genesys(500) };
    run(scenario, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("500"));
            let details = logged(h, DETAILS);
            assert!(details.iter().any(|e| e.status == 401), "{details:?}");
            let ok_pages: HashSet<_> = details.iter().filter(|e| e.status == 200).filter_map(|e| e.page).collect();
            assert_eq!(ok_pages, (1..=5).collect(), "every page once, none skipped");
            assert!(h.server.issued_tokens().len() >= 3, "renewed");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forbidden_analytics_is_an_error_naming_the_permissions() {
    let scenario =
        Scenario { genesys: GenesysFaults { forbid_analytics: true, ..GenesysFaults::default() }, ..genesys(50) };
    run(scenario, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["error"], LOAD).await, "error");
            let alert = h.alert_text().await.unwrap_or_default();
            assert!(alert.contains("analytics:conversationDetail:view"), "{alert}");
            assert!(alert.contains("analytics:agentConversationDetail:view"), "{alert}");
            assert_eq!(logged(h, DETAILS).len(), 1, "a 403 is not retried");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forbidden_contacts_and_queues_only_mean_fewer_names() {
    let faults = GenesysFaults { forbid_contacts: true, forbid_queues: true, ..GenesysFaults::default() };
    run(Scenario { genesys: faults, ..genesys(150) }, |h| {
        async move {
            h.open_in_host_with("?debug=1").await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(h.hook("data-loaded").await.as_deref(), Some("150"));
            assert_eq!(h.alert_text().await, None);
            assert!(logged(h, CONTACTS).iter().all(|e| e.status == 403));
            assert!(logged(h, QUEUES).iter().all(|e| e.status == 403));
            let rows = row_texts(h).await;
            assert!(rows.iter().all(|r| r["queue"] == ""), "no queue names: {rows:?}");
            assert!(rows.iter().all(|r| !r["name"].as_str().unwrap().is_empty()), "a name or address still: {rows:?}");
            // The diagnostics panel says why.
            h.wait_js("document.body.textContent.includes('fewer names')", Duration::from_secs(5)).await;
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_that_shift_while_loading_show_each_conversation_once() {
    let scenario = Scenario {
        genesys: GenesysFaults { arriving_per_request: 7, ..GenesysFaults::default() },
        latency_ms: 10,
        ..genesys(1000)
    };
    run(scenario, |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            let loaded: usize = h.hook("data-loaded").await.unwrap().parse().unwrap();
            assert!(loaded >= 1000, "none lost: {loaded}");
            let ids = all_row_ids(h).await;
            assert_eq!(ids.len(), loaded);
            assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "no conversation twice");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn activating_a_row_or_its_contact_opens_it_in_genesys_cloud() {
    run(genesys(40), |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            let first = h.js("return document.querySelector('.crm-row').dataset.interactionId").await;
            // A click on the row.
            h.js("document.querySelector('.crm-row .crm-row__detail').click(); return true").await;
            // Enter on the focused row (the second one).
            let second = h
                .js("const r = document.querySelectorAll('.crm-row')[1]; r.focus();
                     r.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); return r.dataset.interactionId")
                .await;
            // The contact of the first row with an external contact.
            let contact = h
                .js("const b = document.querySelector('button[data-action=open-contact]'); b.click();
                     return b.getAttribute('aria-label')")
                .await;
            assert!(contact.as_str().unwrap().starts_with("Open contact profile: "), "{contact}");
            let messages = h.client_app_messages().await;
            let opened: Vec<&Value> = messages.iter().filter(|m| m["action"] == "showMyInteractionDetails").collect();
            assert_eq!(opened.len(), 2, "{messages:?}");
            assert_eq!(opened[0]["conversationId"], first);
            assert_eq!(opened[1]["conversationId"], second);
            assert!(opened.iter().all(|m| m["protocol"] == "purecloud-client-apps"));
            let profile: Vec<&Value> = messages.iter().filter(|m| m["action"] == "showExternalContactProfile").collect();
            assert_eq!(profile.len(), 1, "the contact button does not also open the row: {messages:?}");
            assert!(profile[0]["contactId"].as_str().unwrap().starts_with("ec-"), "{messages:?}");
            // The time is a button with an accessible name, in the active row's tab order.
            let open = h.js("const b = document.querySelector('.crm-row button[data-action=open-interaction]'); return [b.getAttribute('aria-label'), b.tabIndex]").await;
            assert!(open[0].as_str().unwrap().starts_with("Open in Genesys Cloud: "), "{open}");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rich_rows_pass_axe_in_both_themes() {
    for theme in ["light", "dark"] {
        run(genesys(60), |h| {
            async move {
                h.open_in_host_with(&format!("?theme={theme}")).await;
                assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
                h.wait_js("document.querySelector('.crm-row__queue') && document.querySelector('.crm-row__queue').textContent", LOAD)
                    .await;
                let violations = h.axe_serious().await;
                assert!(violations.is_empty(), "{theme}: {violations:#?}");
            }
            .boxed()
        })
        .await;
    }
}

/// Opens the widget as an Interaction Widget for the conversation at `position` of a first
/// load, and checks that its row is listed first and is the only current one.
async fn pins_the_current_interaction(h: &Harness, position: usize) {
    h.open_in_host().await;
    assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
    let ids = all_row_ids(h).await;
    let current = ids[position].clone();
    h.open_in_host_with(&format!("?conversation={current}")).await;
    assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
    let rows = h
        .js("return Array.from(document.querySelectorAll('.crm-row')).sort((a, b) => a.dataset.index - b.dataset.index)
               .map(r => [r.dataset.interactionId, r.getAttribute('aria-current')]);")
        .await;
    assert_eq!(rows[0][0], current.as_str(), "{rows}");
    assert_eq!(rows[0][1], "true");
    let chips = h.js("return !!document.querySelector('.crm-range')").await;
    let genesys = h.js("return document.querySelector('.crm-row--opens') !== null").await;
    assert_eq!(chips, genesys, "time ranges only with the Genesys source");
    let currents = h.js("return document.querySelectorAll('[aria-current=true]').length").await;
    assert_eq!(currents, 1);
    // The card above the list: its contact and the earlier interactions with them.
    let card = h
        .js("const c = document.querySelector('.crm-current'); const r = document.querySelector('[data-index=\"0\"] .crm-row__name');
             return c ? [c.querySelector('.crm-current__name').textContent, r.textContent, c.querySelector('.crm-current__earlier').textContent] : null;")
        .await;
    assert_eq!(card[0], card[1], "the card names the current row's contact: {card}");
    assert!(card[2].as_str().unwrap().contains("earlier interaction"), "{card}");
    let again = all_row_ids(h).await;
    assert_eq!(again.len(), ids.len(), "the same rows");
    assert_eq!(again.iter().filter(|id| **id == current).count(), 1, "listed once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_current_interaction_is_pinned_first_with_the_genesys_source() {
    run(genesys(300), |h| pins_the_current_interaction(h, 250).boxed()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_current_interaction_is_pinned_first_in_contract_mode() {
    run(Scenario { total: 300, ..Scenario::default() }, |h| pins_the_current_interaction(h, 250).boxed()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn time_range_chips_load_today_or_thirty_days() {
    run(genesys(2000), |h| {
        async move {
            h.open_in_host().await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            assert_eq!(
                h.js("return document.querySelector('[data-range=\"7\"]').getAttribute('aria-pressed')").await,
                "true"
            );
            let week: usize = h.hook("data-loaded").await.unwrap().parse().unwrap();
            let asked = |h: &Harness| logged(h, DETAILS).last().and_then(|e| e.asked.clone()).unwrap_or_default();
            h.click_selector("[data-range=today]").await;
            h.wait_js("document.querySelector('[data-range=today]').getAttribute('aria-pressed') === 'true'", LOAD)
                .await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            let midnight = h.js("const d = new Date(); d.setHours(0, 0, 0, 0); return d.toISOString()").await;
            assert!(
                asked(h).starts_with(midnight.as_str().unwrap()),
                "since local midnight: {} vs {midnight}",
                asked(h)
            );
            let today: usize = h.hook("data-loaded").await.unwrap().parse().unwrap();
            assert!(today < week, "today {today} < 7 days {week}");
            h.click_selector("[data-range=\"30\"]").await;
            h.wait_js("document.querySelector('[data-range=\"30\"]').getAttribute('aria-pressed') === 'true'", LOAD)
                .await;
            assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
            let start = asked(h);
            let expected = h.js("return new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 13)").await;
            assert!(start.starts_with(expected.as_str().unwrap()), "30 days back: {start} vs {expected}");
        }
        .boxed()
    })
    .await;
}
