//! End-to-end checks of right-to-left languages and of the "By contact" view: Arabic and
//! Hebrew lay the widget out mirrored (checked by element positions, not pixels), Latin names
//! and phone numbers inside keep their order, axe finds nothing serious in RTL or grouped, in
//! both themes, and the grouped list works from the keyboard.

use crm_e2e::{e2e, scenarios, wait_until, Harness, Key, View, LOAD};
use serde_json::Value;

/// The horizontal middle of the `nth` element `selector` finds. Layout only: the selectors
/// name hooks.
async fn x(h: &Harness, selector: &str, nth: usize) -> f64 {
    let v = h
        .js(&format!(
            "const e = document.querySelectorAll({selector:?})[{nth}]; if (!e) return null;
             const r = e.getBoundingClientRect(); return (r.left + r.right) / 2;"
        ))
        .await;
    v.as_f64().unwrap_or_else(|| panic!("no {selector} number {nth}"))
}

/// Whether the element's text is nearer the right edge of its parent than the left one.
async fn hugs_the_right(h: &Harness, selector: &str) -> bool {
    h.js(&format!(
        "const e = document.querySelector({selector:?}); const r = document.createRange(); r.selectNodeContents(e);
         const t = r.getBoundingClientRect(), p = e.parentElement.getBoundingClientRect();
         return (p.right - t.right) < (t.left - p.left);"
    ))
    .await
        == Value::Bool(true)
}

e2e!(arabic_and_hebrew_are_laid_out_right_to_left, scenarios::genesys(80), |h| {
    for (tag, lang, count) in [("ar", "ar", "80 تفاعلًا"), ("he-IL", "he", "80 אינטראקציות")] {
        let w = h.open_ready_with(&format!("?lang={tag}")).await;
        assert_eq!(w.lang().await.as_deref(), Some(lang));
        assert_eq!(w.dir().await.as_deref(), Some("rtl"), "{lang}");
        assert_eq!(h.js("return document.documentElement.dir").await, "rtl");
        assert_eq!(w.progress().await.as_deref(), Some(count), "{lang}: the plural form for 80");
        // Mirrored: the header's text (in a sidebar the progress; the title is for screen
        // readers there) starts on the right, Refresh is on its left; the Filters button is left
        // of the search box, and once open the first chip ("All") is right of the next one; in
        // a row the icon is right of the name, and the time left of it.
        assert!(hugs_the_right(h, "[data-progress]").await, "{lang}: the header starts on the right");
        assert!(x(h, "[data-progress]", 0).await > x(h, "button[data-action=refresh]", 0).await, "{lang}: header");
        assert!(x(h, "input[type=search]", 0).await > x(h, "button[data-action=filters]", 0).await, "{lang}");
        w.open_filters().await;
        assert!(x(h, "button[data-kind=all]", 0).await > x(h, "button[data-kind]", 1).await);
        assert!(
            x(h, "button[data-view=time]", 0).await > x(h, "button[data-view=contact]", 0).await,
            "{lang}: view switch"
        );
        let row = "li[data-index=\"0\"]";
        let icon = x(h, &format!("{row} [data-part=icon]"), 0).await;
        let name = x(h, &format!("{row} [data-part=name]"), 0).await;
        let time = x(h, &format!("{row} time"), 0).await;
        assert!(icon > name, "{lang}: the icon is right of the name");
        assert!(name > time, "{lang}: the time is left of the name");
        // The search box is right-aligned too (its text starts at the right).
        let align = h.js("return getComputedStyle(document.querySelector('input[type=search]')).direction").await;
        assert_eq!(align, "rtl");
    }
    // A left-to-right language is not mirrored.
    let w = h.open_ready_with("?lang=de").await;
    assert_eq!(w.dir().await, None);
    assert!(!hugs_the_right(h, "[data-progress]").await, "German starts on the left");
});

e2e!(latin_names_and_phone_numbers_keep_their_order_in_rtl_rows, scenarios::genesys(120), |h| {
    h.open_ready_with("?lang=ar").await;
    // Where the first and the last character of an element's text are drawn: in an isolated
    // left-to-right run the first is on the left.
    let order = h
        .js("const inRows = sel => Array.from(document.querySelectorAll('li[data-interaction-id] ' + sel));
             const pick = sel => inRows(sel).find(e => /^[+A-Za-z]/.test(e.textContent));
             const ends = e => { const t = e.firstChild.nodeType === 3 ? e.firstChild : e.firstChild.firstChild;
               const at = i => { const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1); return r.getBoundingClientRect().left; };
               return { text: t.textContent, first: at(0), last: at(t.textContent.length - 1) }; };
             const phones = inRows('[data-part=address]').filter(e => e.textContent.startsWith('+'));
             const name = pick('[data-part=name] bdi');
             const reversed = phones.map(ends).filter(p => !(p.first < p.last)).map(p => p.text);
             return { phone: phones[0] && ends(phones[0]), name: name && ends(name), phones: phones.length, reversed };")
        .await;
    for part in ["phone", "name"] {
        let p = &order[part];
        assert!(p.is_object(), "no {part} in an Arabic row: {order}");
        assert!(p["first"].as_f64() < p["last"].as_f64(), "{part} {} is drawn reversed: {p}", p["text"]);
    }
    assert!(order["phone"]["text"].as_str().unwrap().starts_with("+1"), "{order}");
    assert_eq!(order["reversed"], serde_json::json!([]), "every phone number on screen reads left to right: {order}");
    assert!(order["phones"].as_u64().unwrap() > 1, "{order}");
});

e2e!(axe_finds_nothing_serious_right_to_left_and_grouped_in_both_themes, scenarios::genesys(120), |h| {
    for lang in ["ar", "he", "en-us"] {
        for theme in ["light", "dark"] {
            let w = h.open_ready_with(&format!("?lang={lang}&theme={theme}")).await;
            let found = h.axe_serious().await;
            assert!(found.is_empty(), "axe, {lang}, {theme}, by time:\n{}", found.join("\n"));
            w.choose_view(View::Contact, LOAD).await;
            wait_until!("a contact", LOAD, w.rows().await.iter().any(|r| r.expanded.is_some()));
            let closed = w.rows().await.into_iter().find(|r| r.expanded == Some(false)).expect("a closed contact");
            w.click_row_at(closed.index).await;
            wait_until!("an open contact's rows", LOAD, w.rows().await.iter().any(|r| r.level == Some(2)));
            let found = h.axe_serious().await;
            assert!(found.is_empty(), "axe, {lang}, {theme}, by contact:\n{}", found.join("\n"));
        }
    }
});

e2e!(the_grouped_view_counts_expands_and_works_from_the_keyboard, scenarios::genesys(150), |h| {
    let w = h.open_ready().await;
    w.choose_view(View::Contact, LOAD).await;
    assert_eq!(w.view().await, Some(View::Contact));
    // One line per contact, and their counts add up to the whole list.
    let contacts: Vec<_> = w.every_row().await.into_iter().filter(|r| r.level == Some(1)).collect();
    let sum: usize = contacts.iter().map(|r| r.group_size().expect("a contact's count")).sum();
    assert_eq!(sum, 150, "{contacts:?}");
    let groups = contacts.len();
    assert!(groups > 1 && groups < 150, "contacts repeat in the mock: {groups}");
    // A click opens a contact in place: its rows follow it, at level 2.
    let first_count = w.row_at(0).await.and_then(|r| r.group_size()).expect("the first contact's count");
    w.click_row_at(0).await;
    wait_until!("the first contact open", LOAD, w.row_at(0).await.and_then(|r| r.expanded) == Some(true));
    let rows = w.rows().await;
    let nested: Vec<_> = rows.iter().filter(|r| r.level == Some(2)).collect();
    assert!(
        !nested.is_empty() && nested.len() <= first_count,
        "the open contact's rows are listed: {} of {first_count}",
        nested.len()
    );
    assert_eq!(w.row_at(1).await.and_then(|r| r.level), Some(2));
    // Tree positions count siblings: contacts among contacts, interactions within theirs.
    let places = |r: &&crm_e2e::RowView| (r.posinset, r.setsize);
    let contact_places: Vec<_> = rows.iter().filter(|r| r.level == Some(1)).take(2).map(|r| places(&r)).collect();
    assert_eq!(contact_places, [(Some(1), Some(groups)), (Some(2), Some(groups))], "{rows:?}");
    let nested_places: Vec<_> = nested.iter().map(places).collect();
    let expected: Vec<_> = (1..=nested.len()).map(|n| (Some(n), Some(first_count))).collect();
    assert_eq!(nested_places, expected, "{rows:?}");
    // Keyboard: Left closes, Right opens, Right again goes to the first interaction, Left goes
    // back to the contact, Down moves on, Enter opens the contact again.
    w.focus_row_at(0).await;
    h.press_key(Key::Left).await;
    wait_until!("the first contact closed", LOAD, w.row_at(0).await.and_then(|r| r.expanded) == Some(false));
    assert_eq!(w.rows().await.iter().filter(|r| r.level == Some(2)).count(), 0);
    h.press_key(Key::Right).await;
    wait_until!("the first contact open", LOAD, w.row_at(0).await.and_then(|r| r.expanded) == Some(true));
    h.press_key(Key::Right).await;
    wait_until!("an interaction focused", LOAD, w.focused_row().await.and_then(|r| r.level) == Some(2));
    assert_eq!(w.focused_row().await.map(|r| r.index), Some(1));
    h.press_key(Key::Left).await;
    wait_until!("the contact focused", LOAD, w.focused_row().await.map(|r| r.index) == Some(0));
    h.press_key(Key::Left).await;
    h.press_key(Key::Down).await;
    wait_until!("the next line focused", LOAD, w.focused_row().await.map(|r| r.index) == Some(1));
    assert_eq!(w.focused_row().await.and_then(|r| r.level), Some(1), "the next contact, as the first one is closed");
    h.press_key(Key::Enter).await;
    wait_until!("it opened", LOAD, w.focused_row().await.and_then(|r| r.expanded) == Some(true));
    // Searching keeps the grouping: only matching rows are counted.
    w.search("example.com").await;
    wait_until!("the filter status", LOAD, w.filter_status().await.is_some());
    assert!(w.rows().await.iter().any(|r| r.level == Some(1)));
    // Back to "By time": a plain list again.
    w.choose_view(View::Time, LOAD).await;
    assert!(w.rows().await.iter().all(|r| r.level.is_none()));
});
