//! End-to-end checks of right-to-left languages and of the "By contact" view: Arabic and
//! Hebrew lay the widget out mirrored (checked by element positions, not pixels), Latin names
//! and phone numbers inside keep their order, axe finds nothing serious in RTL or grouped, in
//! both themes, and the grouped list works from the keyboard.

use std::time::Duration;

use crm_e2e::crm_devserver::{DataSourceMode, Scenario};
use crm_e2e::{run, Harness};
use futures::FutureExt;
use serde_json::Value;

const LOAD: Duration = Duration::from_secs(30);
const RIGHT: &str = "\u{E014}";
const LEFT: &str = "\u{E012}";
const DOWN: &str = "\u{E015}";
const ENTER: &str = "\u{E007}";

fn genesys(total: usize) -> Scenario {
    Scenario { total, data_source: DataSourceMode::Genesys, ..Scenario::default() }
}

/// The horizontal middle of the first element `selector` finds (inside `within`, if given).
async fn x(h: &Harness, selector: &str) -> f64 {
    let v = h
        .js(&format!(
            "const e = document.querySelector({selector:?}); if (!e) return null;
             const r = e.getBoundingClientRect(); return (r.left + r.right) / 2;"
        ))
        .await;
    v.as_f64().unwrap_or_else(|| panic!("no {selector}"))
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

async fn press(h: &Harness, key: &str) {
    h.client.active_element().await.expect("a focused element").send_keys(key).await.expect("a key press");
}

async fn focused(h: &Harness) -> Value {
    h.js("const a = document.activeElement; return { index: a.dataset.index, level: a.getAttribute('aria-level'),
          expanded: a.getAttribute('aria-expanded'), id: a.dataset.interactionId || null };")
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_and_hebrew_are_laid_out_right_to_left() {
    run(genesys(80), |h| {
        async move {
            for (tag, lang, count) in [("ar", "ar", "80 تفاعلًا"), ("he-IL", "he", "80 אינטראקציות")]
            {
                h.open_in_host_with(&format!("?lang={tag}")).await;
                assert_eq!(h.wait_state(&["ready"], LOAD).await, "ready");
                assert_eq!(h.hook("lang").await.as_deref(), Some(lang));
                assert_eq!(h.hook("dir").await.as_deref(), Some("rtl"), "{lang}");
                assert_eq!(h.js("return document.documentElement.dir").await, "rtl");
                let progress = h.js("return document.querySelector('.crm__progress').textContent").await;
                assert_eq!(progress, count, "{lang}: the plural form for 80");
                // Mirrored: the title starts on the right, Refresh is on its left; the first
                // chip ("All") is right of the next one; in a row the icon is right of the
                // name, and the time left of it.
                assert!(hugs_the_right(h, "#crm-title").await, "{lang}: the title starts on the right");
                assert!(x(h, "#crm-title").await > x(h, "button[data-action=refresh]").await, "{lang}: header");
                assert!(x(h, "[data-kind=all]").await > x(h, ".crm-search__chips [data-kind]:nth-child(2)").await);
                assert!(x(h, "[data-view=time]").await > x(h, "[data-view=contact]").await, "{lang}: view switch");
                let row = "[data-index=\"0\"]";
                assert!(x(h, &format!("{row} .crm-row__icon")).await > x(h, &format!("{row} .crm-row__name")).await);
                assert!(x(h, &format!("{row} .crm-row__name")).await > x(h, &format!("{row} .crm-row__top-end")).await);
                // The search box is right-aligned too (its text starts at the right).
                let align =
                    h.js("return getComputedStyle(document.querySelector('.crm-search__input')).direction").await;
                assert_eq!(align, "rtl");
            }
            // A left-to-right language is not mirrored.
            h.open_in_host_with("?lang=de").await;
            h.wait_state(&["ready"], LOAD).await;
            assert_eq!(h.hook("dir").await, None);
            assert!(!hugs_the_right(h, "#crm-title").await, "German starts on the left");
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latin_names_and_phone_numbers_keep_their_order_in_rtl_rows() {
    run(genesys(120), |h| {
        async move {
            h.open_in_host_with("?lang=ar").await;
            h.wait_state(&["ready"], LOAD).await;
            // Where the first and the last character of an element's text are drawn: in an
            // isolated left-to-right run the first is on the left.
            let order = h
                .js("const pick = sel => Array.from(document.querySelectorAll(sel)).find(e => /^[+A-Za-z]/.test(e.textContent));
                     const ends = e => { const t = e.firstChild.nodeType === 3 ? e.firstChild : e.firstChild.firstChild;
                       const at = i => { const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1); return r.getBoundingClientRect().left; };
                       return { text: t.textContent, first: at(0), last: at(t.textContent.length - 1) }; };
                     const phones = Array.from(document.querySelectorAll('.crm-row__address')).filter(e => e.textContent.startsWith('+'));
                     const name = pick('.crm-row__name bdi');
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
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_nothing_serious_right_to_left_and_grouped_in_both_themes() {
    run(genesys(120), |h| {
        async move {
            for lang in ["ar", "he", "en-us"] {
                for theme in ["light", "dark"] {
                    h.open_in_host_with(&format!("?lang={lang}&theme={theme}")).await;
                    h.wait_state(&["ready"], LOAD).await;
                    let found = h.axe_serious().await;
                    assert!(found.is_empty(), "axe, {lang}, {theme}, by time:\n{}", found.join("\n"));
                    h.click_selector("[data-view=contact]").await;
                    h.wait_js("document.querySelector('[role=tree] [aria-expanded]') !== null", LOAD).await;
                    h.click_selector("[aria-expanded=false]").await;
                    h.wait_js("document.querySelector('[aria-level=\"2\"]') !== null", LOAD).await;
                    let found = h.axe_serious().await;
                    assert!(found.is_empty(), "axe, {lang}, {theme}, by contact:\n{}", found.join("\n"));
                }
            }
        }
        .boxed()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_grouped_view_counts_expands_and_works_from_the_keyboard() {
    run(genesys(150), |h| {
        async move {
            h.open_in_host().await;
            h.wait_state(&["ready"], LOAD).await;
            h.click_selector("[data-view=contact]").await;
            h.wait_js("document.querySelector('[role=tree]') !== null", LOAD).await;
            assert_eq!(
                h.js("return document.querySelector('[data-view=contact]').getAttribute('aria-pressed')").await,
                "true"
            );
            // One line per contact, and their counts add up to the whole list.
            let counts = h
                .js("const v = document.querySelector('.crm__viewport'); let sum = 0; const seen = new Set();
                     for (let top = 0; ; top += v.clientHeight / 2) {
                       v.scrollTop = top; v.dispatchEvent(new Event('scroll'));
                       await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                       for (const e of document.querySelectorAll('[aria-level=\"1\"]')) {
                         if (seen.has(e.dataset.index)) continue; seen.add(e.dataset.index);
                         sum += Number(e.querySelector('.crm-row__queue').textContent.match(/\\d+/)[0]);
                       }
                       if (top > v.scrollHeight) break;
                     }
                     v.scrollTop = 0; v.dispatchEvent(new Event('scroll'));
                     await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                     return { sum, groups: seen.size };")
                .await;
            assert_eq!(counts["sum"], 150, "{counts}");
            let groups = counts["groups"].as_u64().unwrap();
            assert!(groups > 1 && groups < 150, "contacts repeat in the mock: {counts}");
            // A click opens a contact in place: its rows follow it, at level 2.
            let first_count = h
                .js("return Number(document.querySelector('[data-index=\"0\"] .crm-row__queue').textContent.match(/\\d+/)[0]);")
                .await
                .as_u64()
                .unwrap();
            h.click_selector("[data-index=\"0\"]").await;
            h.wait_js("document.querySelector('[data-index=\"0\"]').getAttribute('aria-expanded') === 'true'", LOAD)
                .await;
            let nested = h.js("return document.querySelectorAll('[aria-level=\"2\"]').length").await.as_u64().unwrap();
            assert!(
                nested >= 1 && nested <= first_count,
                "the open contact's rows are listed: {nested} of {first_count}"
            );
            assert_eq!(
                h.js("return document.querySelector('[data-index=\"1\"]').getAttribute('aria-level')").await,
                "2"
            );
            // Tree positions count siblings: contacts among contacts, interactions within theirs.
            let places = h
                .js("const p = sel => Array.from(document.querySelectorAll(sel))
                       .sort((a, b) => a.dataset.index - b.dataset.index)
                       .map(e => [Number(e.getAttribute('aria-posinset')), Number(e.getAttribute('aria-setsize'))]);
                     return { contacts: p('[aria-level=\"1\"]').slice(0, 2), rows: p('[aria-level=\"2\"]') };")
                .await;
            assert_eq!(places["contacts"], serde_json::json!([[1, groups], [2, groups]]), "{places}");
            let rows: Vec<Value> = (1..=nested).map(|n| serde_json::json!([n, first_count])).collect();
            assert_eq!(places["rows"], Value::Array(rows), "{places}");
            // Keyboard: Left closes, Right opens, Right again goes to the first interaction,
            // Left goes back to the contact, Down moves on, Enter opens the contact again.
            h.js("document.querySelector('[data-index=\"0\"]').focus(); return true;").await;
            press(h, LEFT).await;
            h.wait_js("document.querySelector('[data-index=\"0\"]').getAttribute('aria-expanded') === 'false'", LOAD)
                .await;
            assert_eq!(h.js("return document.querySelectorAll('[aria-level=\"2\"]').length").await, 0);
            press(h, RIGHT).await;
            h.wait_js("document.querySelector('[data-index=\"0\"]').getAttribute('aria-expanded') === 'true'", LOAD)
                .await;
            press(h, RIGHT).await;
            h.wait_js("document.activeElement.getAttribute('aria-level') === '2'", LOAD).await;
            assert_eq!(focused(h).await["index"], "1");
            press(h, LEFT).await;
            h.wait_js("document.activeElement.dataset.index === '0'", LOAD).await;
            press(h, LEFT).await;
            press(h, DOWN).await;
            h.wait_js("document.activeElement.dataset.index === '1'", LOAD).await;
            assert_eq!(focused(h).await["level"], "1", "the next contact, as the first one is closed");
            press(h, ENTER).await;
            h.wait_js("document.activeElement.getAttribute('aria-expanded') === 'true'", LOAD).await;
            // Searching keeps the grouping: only matching rows are counted.
            h.js("const i = document.querySelector('.crm-search__input'); i.value = 'example.com';
                  i.dispatchEvent(new Event('input')); return true;")
                .await;
            h.wait_js("document.querySelector('.crm__notice--filter') !== null", LOAD).await;
            assert!(h.js("return document.querySelectorAll('[aria-level=\"1\"]').length").await.as_u64().unwrap() >= 1);
            // Back to "By time": a plain list again.
            h.click_selector("[data-view=time]").await;
            h.wait_js("document.querySelector('[role=tree]') === null", LOAD).await;
            assert_eq!(h.js("return document.querySelectorAll('[aria-level]').length").await, 0);
        }
        .boxed()
    })
    .await;
}
