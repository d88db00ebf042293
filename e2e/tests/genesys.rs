//! End-to-end checks of the Genesys data source (CONTRACT §7) and row activation (§8): the
//! release build in headless Chromium, framed by the dev host, reading the mock Genesys APIs
//! (users/me, the analytics details query, bulk external contacts, queues by id).

use std::collections::HashSet;
use std::time::Duration;

use crm_e2e::crm_devserver::{Fault, GenesysFaults, RetryAfter, Scenario};
use crm_e2e::paths::{BULK_CONTACTS, DETAILS_QUERY, QUEUES, USERS_ME};
use crm_e2e::{e2e, scenarios, wait_until, Action, Harness, Range, State, LOAD};
use serde_json::Value;

e2e!(a_full_load_shows_names_queues_times_and_directions, scenarios::genesys(250), |h| {
    let w = h.open_ready().await;
    assert_eq!(w.total().await, Some(250));
    assert_eq!(w.loaded().await, 250);
    // users/me once, ceil(250 / 100) analytics pages, and the enrichment in batches.
    assert_eq!(h.requests(USERS_ME).len(), 1);
    let details = h.requests(DETAILS_QUERY);
    assert_eq!(details.len(), 3, "{details:?}");
    let pages: HashSet<_> = details.iter().filter_map(|e| e.page).collect();
    assert_eq!(pages, HashSet::from([1, 2, 3]));
    assert!(details.iter().all(|e| e.method == "POST" && e.query.is_empty()), "one URL for every page");
    let contacts = h.requests(BULK_CONTACTS);
    let queues = h.requests(QUEUES);
    assert!(!contacts.is_empty() && contacts.len() <= 3, "{contacts:?}");
    assert_eq!(queues.len(), 1, "{queues:?}");
    // Names fill in: wait until some queue's name has arrived.
    wait_until!("a queue name", LOAD, w.rows().await.iter().any(|r| !r.queue.is_empty()));
    let rows = w.rows().await;
    assert!(rows.iter().any(|r| r.opens_contact()), "contacts are buttons: {rows:?}");
    assert!(rows.iter().all(|r| r.time.as_deref().is_some_and(|t| !t.is_empty())), "every row has a time: {rows:?}");
    assert!(rows.iter().any(|r| r.in_progress), "the newest are in progress: {rows:?}");
    assert!(rows.iter().any(|r| r.direction.as_deref() == Some("inbound")), "{rows:?}");
    assert!(rows.iter().any(|r| r.direction.as_deref() == Some("outbound")), "{rows:?}");
    // The icons are the style sheet's, the type's 16 px: one SVG sprite for all of them (Chromium
    // builds a document of its own for each SVG picture), each type's and each direction's cell
    // chosen by the mask's position; one cell per type, one per direction, and every drawn row
    // has its type's (and its direction's, when it has one). The page itself draws the sprite
    // first (`body::before`), before the widget's rows need it.
    let icons = h
        .js("const mask = (e, p) => { const s = getComputedStyle(e, p); return [s.maskImage, s.maskPosition]; };
             const by = {}, size = new Set(), images = new Set(), missing = [];
             for (const li of document.querySelectorAll('li[data-interaction-id]')) {
               const i = li.querySelector('[data-part=icon]'), r = i && i.getBoundingClientRect();
               if (!i || !mask(i)[0].startsWith('url(\"data:image/svg+xml')) { missing.push(li.dataset.interactionId); continue; }
               size.add(r.width + 'x' + r.height);
               images.add(mask(i)[0]);
               (by['kind ' + li.dataset.kind] ??= new Set()).add(mask(i)[1]);
               const d = li.querySelector('[data-part=direction]');
               if (li.dataset.direction) {
                 if (!d || !mask(d, '::before')[0].startsWith('url(')) { missing.push(li.dataset.interactionId); continue; }
                 images.add(mask(d, '::before')[0]);
                 (by['direction ' + li.dataset.direction] ??= new Set()).add(mask(d, '::before')[1]);
               }
             }
             const cells = Object.values(by).map(s => [...s][0]);
             const page = mask(document.body, '::before')[0];
             return { missing, sizes: [...size], kinds: Object.keys(by).sort(),
                      one_image: images.size === 1 && images.has(page),
                      one_each: Object.values(by).every(s => s.size === 1), distinct: new Set(cells).size === cells.length };")
        .await;
    assert_eq!(icons["missing"], serde_json::json!([]), "{icons}");
    assert_eq!(icons["sizes"], serde_json::json!(["16x16"]), "{icons}");
    assert_eq!(icons["one_image"], true, "{icons}");
    assert_eq!(icons["one_each"], true, "{icons}");
    assert_eq!(icons["distinct"], true, "{icons}");
    let kinds = icons["kinds"].as_array().unwrap();
    assert!(kinds.contains(&"direction inbound".into()) && kinds.contains(&"direction outbound".into()), "{icons}");
    assert!(kinds.iter().filter(|k| k.as_str().unwrap().starts_with("kind ")).count() >= 2, "{icons}");
    let queue_names: HashSet<&str> = rows.iter().map(|r| r.queue.as_str()).collect();
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
    let ids: Vec<String> = w.every_row().await.into_iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), 250);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 250);
    // An in-progress row says so in words, not only with colour; the others do not.
    let rows = w.rows().await;
    assert!(rows.iter().filter(|r| r.in_progress).all(|r| r.text.contains("In progress")), "{rows:?}");
    assert!(rows.iter().filter(|r| !r.in_progress).all(|r| !r.text.contains("In progress")), "{rows:?}");
});

e2e!(
    ten_thousand_conversations_take_exactly_the_requests_they_need,
    Scenario { latency_ms: 20, ..scenarios::genesys(10_000) },
    |h| {
        h.open_in_host().await;
        let w = h.widget();
        assert_eq!(w.wait_state(&[State::Ready], Duration::from_secs(90)).await, State::Ready);
        assert_eq!(w.loaded().await, 10_000);
        assert_eq!(h.requests(USERS_ME).len(), 1);
        assert_eq!(h.requests(DETAILS_QUERY).len(), 100, "ceil(10000 / 100)");
        // Every contact and queue id once, in batches of at most 100.
        let (contacts, queues) = h.server.genesys_asked();
        assert_eq!(contacts.iter().collect::<HashSet<_>>().len(), contacts.len(), "each contact once");
        assert_eq!(queues.iter().collect::<HashSet<_>>().len(), queues.len(), "each queue once");
        assert_eq!(h.requests(BULK_CONTACTS).len(), contacts.len().div_ceil(100));
        assert_eq!(h.requests(QUEUES).len(), queues.len().div_ceil(100));
        assert!(h.dom_size().await < 600);
    }
);

e2e!(
    throttled_analytics_and_enrichment_wait_and_go_on_one_at_a_time,
    Scenario {
        throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(1)) }),
        genesys: GenesysFaults { throttle_enrichment: 1, ..GenesysFaults::default() },
        ..scenarios::genesys(600)
    },
    |h| {
        let w = h.open_ready().await;
        assert_eq!(w.loaded().await, 600);
        let details = h.requests(DETAILS_QUERY);
        let throttled: Vec<_> = details.iter().filter(|e| e.status == 429).collect();
        assert_eq!(throttled.len(), 1, "{details:?}");
        // The same page again, not before Retry-After allowed.
        let again = details.iter().find(|e| e.page == Some(2) && e.status == 200).expect("page 2 again");
        assert!(again.at_ms >= throttled[0].retry_not_before_ms.unwrap_or(0), "{details:?}");
        let enrich: Vec<_> =
            h.server.log().into_iter().filter(|e| e.path == BULK_CONTACTS || e.path == QUEUES).collect();
        assert!(enrich.iter().any(|e| e.status == 429) && enrich.iter().any(|e| e.status == 200), "{enrich:?}");
        assert_eq!(w.alert().await, None);
    }
);

// Each token serves two analytics pages, then is refused.
e2e!(a_401_mid_load_renews_the_token_and_goes_on, Scenario { token_pages: Some(2), ..scenarios::genesys(500) }, |h| {
    let w = h.open_ready().await;
    assert_eq!(w.loaded().await, 500);
    let details = h.requests(DETAILS_QUERY);
    assert!(details.iter().any(|e| e.status == 401), "{details:?}");
    let ok_pages: HashSet<_> = details.iter().filter(|e| e.status == 200).filter_map(|e| e.page).collect();
    assert_eq!(ok_pages, (1..=5).collect(), "every page once, none skipped");
    assert!(h.server.issued_tokens().len() >= 3, "renewed");
});

e2e!(
    forbidden_analytics_is_an_error_naming_the_permissions,
    Scenario {
        genesys: GenesysFaults { forbid_analytics: true, ..GenesysFaults::default() },
        ..scenarios::genesys(50)
    },
    |h| {
        let w = h.open_in_state(State::Error).await;
        let alert = w.alert().await.unwrap_or_default();
        assert!(alert.contains("analytics:conversationDetail:view"), "{alert}");
        assert!(alert.contains("analytics:agentConversationDetail:view"), "{alert}");
        assert_eq!(h.requests(DETAILS_QUERY).len(), 1, "a 403 is not retried");
    }
);

e2e!(
    forbidden_contacts_and_queues_only_mean_fewer_names,
    Scenario {
        genesys: GenesysFaults { forbid_contacts: true, forbid_queues: true, ..GenesysFaults::default() },
        ..scenarios::genesys(150)
    },
    |h| {
        let w = h.open_ready_with("?debug=1").await;
        assert_eq!(w.loaded().await, 150);
        assert_eq!(w.alert().await, None);
        assert!(h.requests(BULK_CONTACTS).iter().all(|e| e.status == 403));
        assert!(h.requests(QUEUES).iter().all(|e| e.status == 403));
        let rows = w.rows().await;
        assert!(rows.iter().all(|r| r.queue.is_empty()), "no queue names: {rows:?}");
        assert!(rows.iter().all(|r| !r.name.is_empty()), "a name or address still: {rows:?}");
        // The diagnostics panel says why.
        h.wait_js("document.body.textContent.includes('fewer names')", Duration::from_secs(5)).await;
    }
);

e2e!(
    pages_that_shift_while_loading_show_each_conversation_once,
    Scenario {
        genesys: GenesysFaults { arriving_per_request: 7, ..GenesysFaults::default() },
        latency_ms: 10,
        ..scenarios::genesys(1000)
    },
    |h| {
        let w = h.open_ready().await;
        let loaded = w.loaded().await;
        assert!(loaded >= 1000, "none lost: {loaded}");
        let ids: Vec<String> = w.every_row().await.into_iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), loaded);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len(), "no conversation twice");
    }
);

e2e!(activating_a_row_or_its_contact_opens_it_in_genesys_cloud, scenarios::genesys(40), |h| {
    let w = h.open_ready().await;
    let rows = w.rows().await;
    // A click on the first row.
    let first = rows[0].id.clone();
    w.activate_row(&first).await;
    // Enter on the focused second row.
    let second = rows[1].id.clone();
    w.focus_row(&second).await;
    h.press_key(crm_e2e::Key::Enter).await;
    // The contact of the first row with an external contact.
    let with_contact = rows.iter().find(|r| r.opens_contact()).expect("a row with an external contact");
    w.press_in_row(&with_contact.id, Action::OpenContact).await;
    let label = with_contact.contact_label.as_deref().unwrap_or_default();
    assert!(label.starts_with("Open contact profile: "), "{label}");
    // The host hears them a moment later (postMessage is asynchronous).
    let sent = |m: &Vec<Value>| m.iter().filter(|m| m["action"] != "bootstrapped").count();
    wait_until!("three messages to the host", LOAD, sent(&h.client_app_messages().await) >= 3);
    let messages = h.client_app_messages().await;
    let opened: Vec<&Value> = messages.iter().filter(|m| m["action"] == "showMyInteractionDetails").collect();
    assert_eq!(opened.len(), 2, "{messages:?}");
    assert_eq!(opened[0]["conversationId"], first.as_str());
    assert_eq!(opened[1]["conversationId"], second.as_str());
    assert!(opened.iter().all(|m| m["protocol"] == "purecloud-client-apps"));
    let profile: Vec<&Value> = messages.iter().filter(|m| m["action"] == "showExternalContactProfile").collect();
    assert_eq!(profile.len(), 1, "the contact button does not also open the row: {messages:?}");
    assert!(profile[0]["contactId"].as_str().unwrap().starts_with("ec-"), "{messages:?}");
    // The time is a button with an accessible name.
    let open = rows[0].open_label.as_deref().unwrap_or_default();
    assert!(open.starts_with("Open in Genesys Cloud: "), "{open}");
});

e2e!(rich_rows_pass_axe_in_both_themes, scenarios::genesys(60), |h| {
    for theme in ["light", "dark"] {
        let w = h.open_ready_with(&format!("?theme={theme}")).await;
        wait_until!("a queue name", LOAD, w.rows().await.first().is_some_and(|r| !r.queue.is_empty()));
        let violations = h.axe_serious().await;
        assert!(violations.is_empty(), "{theme}: {violations:#?}");
    }
});

/// Opens the widget as an Interaction Widget for the conversation at `position` of a first
/// load, and checks that its row is listed first and is the only current one.
async fn pins_the_current_interaction(h: &Harness, position: usize) {
    let w = h.open_ready().await;
    let ids: Vec<String> = w.every_row().await.into_iter().map(|r| r.id).collect();
    let current = ids[position].clone();
    let w = h.open_ready_with(&format!("?conversation={current}")).await;
    let rows = w.rows().await;
    assert_eq!(rows[0].id, current, "{rows:?}");
    assert!(rows[0].current);
    let chips = !w.range_chips().await.is_empty();
    let genesys = rows.iter().any(|r| r.opens());
    assert_eq!(chips, genesys, "time ranges only with the Genesys source");
    assert_eq!(rows.iter().filter(|r| r.current).count(), 1);
    // The card above the list: its contact and the earlier interactions with them.
    let card = w.card().await.expect("the current interaction's card");
    assert_eq!(card.name, rows[0].name, "the card names the current row's contact: {card:?}");
    assert!(card.earlier.contains("earlier interaction"), "{card:?}");
    let again: Vec<String> = w.every_row().await.into_iter().map(|r| r.id).collect();
    assert_eq!(again.len(), ids.len(), "the same rows");
    assert_eq!(again.iter().filter(|id| **id == current).count(), 1, "listed once");
}

e2e!(the_current_interaction_is_pinned_first_with_the_genesys_source, scenarios::genesys(300), |h| {
    pins_the_current_interaction(h, 250).await;
});

e2e!(the_current_interaction_is_pinned_first_in_contract_mode, scenarios::contract(300), |h| {
    pins_the_current_interaction(h, 250).await;
});

e2e!(time_range_chips_load_today_or_thirty_days, scenarios::genesys(2000), |h| {
    let w = h.open_ready().await;
    assert_eq!(w.range().await, Some(Range::Days7));
    let week = w.loaded().await;
    let asked = || h.requests(DETAILS_QUERY).last().and_then(|e| e.asked.clone()).unwrap_or_default();
    // One conversation that started just now (not announced), so "Today" is never empty: in the
    // first five minutes after midnight none of the 2,000 (one every five minutes) is.
    h.server.live_new_conversation_unheard();
    w.choose_range(Range::Today, LOAD).await;
    assert_eq!(w.wait_state(&[State::Ready], LOAD).await, State::Ready);
    let midnight = h.js("const d = new Date(); d.setHours(0, 0, 0, 0); return d.toISOString()").await;
    assert!(asked().starts_with(midnight.as_str().unwrap()), "since local midnight: {} vs {midnight}", asked());
    let today = w.loaded().await;
    assert!(today < week, "today {today} < 7 days {week}");
    w.choose_range(Range::Days30, LOAD).await;
    assert_eq!(w.wait_state(&[State::Ready], LOAD).await, State::Ready);
    let start = asked();
    let expected = h.js("return new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 13)").await;
    assert!(start.starts_with(expected.as_str().unwrap()), "30 days back: {start} vs {expected}");
});
