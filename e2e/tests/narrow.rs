//! End-to-end checks of the narrow panel (issue 21), in the release build: at 360 × 530 the
//! header is one line and the filters hide behind one button, so the list starts high; the
//! filters open, work and close by keyboard; the current interaction's card shows the contact's
//! three earlier interactions with how each ended (the wrap-up code's name and the agent's
//! note, as text); a refused or failing wrap-up codes endpoint only means fewer names.

use std::time::Duration;

use crm_e2e::crm_devserver::{with_history, Ending, GenesysFaults, Scenario};
use crm_e2e::paths::{QUEUES, WRAPUP_CODES};
use crm_e2e::{e2e, scenarios, wait_until, Action, Focus, Harness, Key, Log, Range, State, View, Widget, LOAD};
use serde_json::Value;

/// The sidebar of the README's pictures.
const SIDEBAR: &str = "?width=360&height=530";

/// A conversation among the newest `total` whose contact's three newest earlier ones fit `pick`.
fn pinned(total: u64, pick: impl Fn(&[Ending; 3]) -> bool) -> (String, [Ending; 3]) {
    with_history(total).into_iter().find(|(_, e)| pick(e)).expect("the mock has such a conversation")
}

/// Three earlier ones, each with a named code and a note that is not markup.
fn complete(e: &[Ending; 3]) -> bool {
    e.iter().all(|(code, note)| code.is_some() && note.is_some_and(|n| !n.starts_with('<')))
}

/// Opens the widget for `conversation` in the sidebar and waits until its card lists three
/// earlier interactions whose wrap-up codes are named.
async fn open_card<'h>(h: &'h Harness, conversation: &str, extra: &str) -> Widget<'h> {
    let w = h.open_ready_with(&format!("{SIDEBAR}&conversation={conversation}{extra}")).await;
    wait_until!(
        "three earlier interactions, named",
        LOAD,
        w.card().await.is_some_and(|c| c.history.len() == 3 && c.history.iter().all(|e| e.wrap_up.is_some()))
    );
    w
}

e2e!(at_360_by_530_the_list_starts_within_120_px_and_shows_eight_rows, scenarios::genesys(240), |h| {
    for (query, what) in [
        (SIDEBAR.to_owned(), "English, 360 × 530"),
        (format!("{SIDEBAR}&lang=ar"), "Arabic"),
        (format!("{SIDEBAR}&lang=de"), "German"),
        (format!("{SIDEBAR}&lang=ja&theme=dark"), "Japanese, dark"),
        ("?width=320&height=530".to_owned(), "320 px"),
        ("?width=400&height=530".to_owned(), "400 px"),
    ] {
        let w = h.open_ready_with(&query).await;
        let fold = w.fold().await;
        println!("{what}: the first row at {} px, {} rows fully visible", fold.first_row_top, fold.rows_fully_visible);
        assert_eq!(fold.frame_height, 530.0, "{what}");
        assert!(fold.first_row_top <= 120.0, "{what}: the first row starts at {} px", fold.first_row_top);
        assert!(fold.rows_fully_visible >= 8, "{what}: {} rows fully visible", fold.rows_fully_visible);
        // One line: the search box and the Filters button; the chips wait behind it.
        let button = w.filters_button().await.expect("the Filters button");
        assert!(button.shown && !button.expanded, "{what}: {button:?}");
        assert!(w.is_shown("input[type=search]").await, "{what}");
        assert!(!w.is_shown("button[data-kind=all]").await, "{what}: the type chips are behind the button");
        assert!(!w.is_shown("button[data-range]").await, "{what}");
        assert_eq!(w.card().await, None);
    }
    // A wide frame keeps the chips, and has no Filters button.
    let w = h.open_ready_with("?width=800&height=530").await;
    assert!(!w.filters_button().await.is_some_and(|b| b.shown));
    assert!(w.is_shown("button[data-kind=all]").await && w.is_shown("button[data-range=today]").await);
    assert!(w.is_shown("button[data-view=contact]").await);
});

e2e!(the_filters_open_work_and_close_by_keyboard, scenarios::genesys(240), |h| {
    let w = h.open_ready_with(SIDEBAR).await;
    let button = w.filters_button().await.expect("the Filters button");
    assert_eq!(button.controls.as_deref(), Some("crm-filters"));
    assert!(button.controls_found, "it controls an element that is there");
    assert_eq!((button.label.as_str(), button.count.as_str()), ("Filters", ""));
    // Enter opens it; Tab goes on into the filters (the time range first).
    w.focus(Action::Filters).await;
    h.press_key(Key::Enter).await;
    wait_until!("open", LOAD, w.filters_button().await.is_some_and(|b| b.expanded));
    assert!(w.is_shown("button[data-kind=all]").await && w.is_shown("button[data-view=contact]").await);
    h.press_key(Key::Tab).await;
    assert_eq!(w.focused().await, Focus::Chip);
    assert!(h.js("return document.activeElement.dataset.range").await.is_string(), "the range chips come first");
    // Tab to "By contact" and press it with the space bar.
    for _ in 0..20 {
        if h.js("return document.activeElement.dataset.view").await == "contact" {
            break;
        }
        h.press_key(Key::Tab).await;
    }
    assert_eq!(h.js("return document.activeElement.dataset.view").await, "contact");
    h.press_key(Key::Space).await;
    wait_until!("by contact", LOAD, w.is_grouped().await);
    let button = w.filters_button().await.unwrap();
    assert_eq!((button.label.as_str(), button.count.as_str()), ("Filters, 1 active", "1"));
    // Escape closes them and gives the focus back to the button.
    h.press_key(Key::Escape).await;
    wait_until!("closed", LOAD, w.filters_button().await.is_some_and(|b| !b.expanded));
    assert_eq!(w.focused().await, Focus::Action(Action::Filters));
    assert!(!w.is_shown("button[data-view=contact]").await);
    // A range by keyboard: open, Tab to "Today", Enter; a new load of today.
    h.press_key(Key::Enter).await;
    h.press_key(Key::Tab).await;
    assert_eq!(h.js("return document.activeElement.dataset.range").await, "today");
    h.press_key(Key::Enter).await;
    wait_until!("today", LOAD, w.range().await == Some(Range::Today));
    w.wait_state(&[State::Ready, State::Empty], LOAD).await;
    assert_eq!(w.filters_button().await.unwrap().count, "2", "a range other than the first, and by contact");
    // Back to the first range and by time: no active filter.
    w.choose_range(Range::Days7, LOAD).await;
    w.choose_view(View::Time, LOAD).await;
    assert_eq!(w.filters_button().await.unwrap().label, "Filters");
});

e2e!(the_card_shows_three_earlier_interactions_with_wrap_up_names_and_notes, scenarios::genesys(240), |h| {
    let (id, endings) = pinned(240, complete);
    let w = open_card(h, &id, "").await;
    let card = w.card().await.unwrap();
    assert!(card.earlier.contains("earlier interactions with this contact"), "{card:?}");
    for (shown, (code, note)) in card.history.iter().zip(endings) {
        assert_eq!(shown.wrap_up.as_deref(), code, "{card:?}");
        assert_eq!(shown.note.as_deref(), note, "{card:?}");
        assert!(!shown.note_has_elements);
        // At most two lines until it has the focus.
        assert!(shown.height <= 2.0 * shown.line_height + 1.0, "{shown:?}");
    }
    // With the card, the first row starts within 260 px.
    let fold = w.fold().await;
    println!(
        "with the card ({} px tall): the first row at {} px, {} rows fully visible",
        card.height, fold.first_row_top, fold.rows_fully_visible
    );
    assert!(fold.first_row_top <= 260.0, "the first row starts at {} px", fold.first_row_top);
    assert_eq!(w.rows().await[0].id, id, "the current interaction first");
    // The rows show how they ended too.
    assert!(w.rows().await.iter().any(|r| r.wrap_up.is_some()), "{:?}", w.rows().await);
    // Focus shows a clipped note whole; the keyboard opens it in Genesys Cloud.
    let long = card.history.iter().max_by(|a, b| a.text.len().cmp(&b.text.len())).unwrap().clone();
    w.focus_earlier(&long.id).await;
    assert_eq!(w.focused().await, Focus::Earlier(long.id.clone()));
    let focused = w.card().await.unwrap().history.into_iter().find(|e| e.id == long.id).unwrap();
    assert!(focused.height >= long.height, "{focused:?} vs {long:?}");
    h.press_key(Key::Enter).await;
    let opened = |m: &Vec<Value>| -> Vec<String> {
        m.iter()
            .filter(|m| m["action"] == "showMyInteractionDetails")
            .filter_map(|m| m["conversationId"].as_str().map(str::to_owned))
            .collect()
    };
    wait_until!("the host hears it", LOAD, opened(&h.client_app_messages().await) == [long.id.clone()]);
});

e2e!(a_hostile_note_stays_text, scenarios::genesys(240), |h| {
    let (id, endings) = pinned(240, |e| e.iter().any(|(_, n)| n.is_some_and(|n| n.starts_with('<'))));
    let w = h.open_ready_with(&format!("{SIDEBAR}&conversation={id}")).await;
    let hostile: Vec<&str> = endings.iter().filter_map(|(_, n)| *n).filter(|n| n.starts_with('<')).collect();
    wait_until!(
        "the hostile note on the card",
        LOAD,
        w.card().await.is_some_and(|c| c.history.iter().any(|e| e.note.as_deref() == Some(hostile[0])))
    );
    let card = w.card().await.unwrap();
    assert!(card.history.iter().all(|e| !e.note_has_elements), "{card:?}");
    let markup =
        h.js("return document.querySelectorAll('[data-card] img, [data-card] script, [data-card] b').length").await;
    assert_eq!(markup, 0);
    assert_eq!(h.js("return window.__pwned === undefined").await, true);
    assert_eq!(w.state().await, State::Ready, "no alert() blocked the page");
});

/// Waits until the wrap-up codes' requests have ended (each refused or failed) and the queues
/// are named, then checks that the list is ready, with no alert and no code shown by its id.
async fn fewer_names_only(h: &Harness, status: u16) {
    let w = h.open_ready_with(&format!("{SIDEBAR}&debug=1")).await;
    wait_until!("a queue name", LOAD, w.rows().await.iter().any(|r| !r.queue.is_empty()));
    assert!(!h.requests(QUEUES).is_empty());
    wait_until!(
        "the diagnostics note",
        Duration::from_secs(30),
        w.log(Log::Notes).await.is_some_and(|n| n.contains("wrap-up codes"))
    );
    let asked = h.requests(WRAPUP_CODES);
    assert!(!asked.is_empty() && asked.iter().all(|e| e.status == status), "{asked:?}");
    assert_eq!(w.state().await, State::Ready);
    assert_eq!(w.alert().await, None);
    let rows = w.every_row().await;
    assert!(rows.iter().all(|r| r.wrap_up.is_none()), "no names");
    assert!(rows.iter().all(|r| !r.text.contains("9a7c2e10-")), "a code's id is never shown");
}

e2e!(
    a_403_on_wrap_up_codes_leaves_the_list_ready_with_no_alert,
    Scenario {
        genesys: GenesysFaults { forbid_wrap_ups: true, ..GenesysFaults::default() },
        ..scenarios::genesys(150)
    },
    |h| {
        fewer_names_only(h, 403).await;
        assert_eq!(h.requests(WRAPUP_CODES).len(), 1, "a 403 is not asked again");
    }
);

e2e!(
    a_failing_wrap_up_codes_endpoint_only_means_fewer_names,
    Scenario { genesys: GenesysFaults { fail_wrap_ups: true, ..GenesysFaults::default() }, ..scenarios::genesys(150) },
    |h| {
        fewer_names_only(h, 500).await;
    }
);

e2e!(the_narrow_panel_passes_axe_in_both_themes_and_directions, scenarios::genesys(240), |h| {
    let (id, _) = pinned(240, complete);
    for theme in ["light", "dark"] {
        for lang in ["en", "ar"] {
            let w = open_card(h, &id, &format!("&theme={theme}&lang={lang}")).await;
            let found = h.axe_serious().await;
            assert!(found.is_empty(), "{theme}, {lang}, filters closed:\n{}", found.join("\n"));
            w.open_filters().await;
            let found = h.axe_serious().await;
            assert!(found.is_empty(), "{theme}, {lang}, filters open:\n{}", found.join("\n"));
        }
    }
});

e2e!(right_to_left_the_compact_header_and_the_card_are_mirrored, scenarios::genesys(240), |h| {
    let (id, _) = pinned(240, complete);
    let w = open_card(h, &id, "&lang=he").await;
    assert_eq!(w.dir().await.as_deref(), Some("rtl"));
    let x = |selector: &str| {
        format!(
            "const e = document.querySelector({selector:?}); const r = e.getBoundingClientRect(); return (r.left + r.right) / 2;"
        )
    };
    let at = |v: Value| v.as_f64().unwrap();
    let search = at(h.js(&x("input[type=search]")).await);
    let filters = at(h.js(&x("button[data-action=filters]")).await);
    assert!(filters < search, "the Filters button is left of the search box: {filters} vs {search}");
    let refresh = at(h.js(&x("button[data-action=refresh]")).await);
    let progress = at(h.js(&x("[data-progress]")).await);
    assert!(refresh < progress, "Refresh is at the left end");
    // The card's text starts at the right.
    let starts_right = h
        .js("const e = document.querySelector('[data-card] [data-part=earlier]'); const r = document.createRange();
             r.selectNodeContents(e); const t = r.getBoundingClientRect(), p = e.getBoundingClientRect();
             return (p.right - t.right) < (t.left - p.left);")
        .await;
    assert_eq!(starts_right, true);
});
