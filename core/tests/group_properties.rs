//! Property tests of "By contact": whatever arrives (pages, live rows, changed rows, filters,
//! open and closed groups, in any order), every shown row is in exactly one group, the counts
//! add up, groups keep the list's newest-first order, and the incremental grouping is the one
//! built from scratch.

use crm_core::model::contact_key;
use crm_core::model::{Interaction, Kind, Page};
use crm_core::view::filter::{Filter, FilteredRows};
use crm_core::view::group::{Grouping, Item};
use crm_core::view::names::NameBook;
use crm_core::view::rows::RowStore;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Happening {
    Page(Vec<(u8, u8)>),
    Live(u8, u8),
    Filter(Option<u8>),
    Toggle(u8),
    Restart,
}

/// A row: an id number and a contact number (some by external contact, some by address,
/// written in different ways, some with neither).
fn row(id: u32, contact: u8) -> Interaction {
    let mut r = Interaction::new(format!("r{id}"), if contact.is_multiple_of(2) { Kind::Call } else { Kind::Email });
    match contact % 4 {
        0 => r.contact_id = Some(format!("ec-{}", contact % 5)),
        1 => r.address = Some(format!("+1 555 010{}", contact % 3)),
        2 => r.address = Some(format!("tel:+1555010{}", contact % 3)),
        _ => {}
    }
    r.name = Some(format!("name{}", contact % 3));
    r
}

fn arb() -> impl Strategy<Value = Happening> {
    prop_oneof![
        4 => prop::collection::vec((0u8..40, 0u8..16), 0..12).prop_map(Happening::Page),
        2 => (0u8..60, 0u8..16).prop_map(|(i, c)| Happening::Live(i, c)),
        1 => prop::option::of(0u8..3).prop_map(Happening::Filter),
        3 => (0u8..10).prop_map(Happening::Toggle),
        1 => Just(Happening::Restart),
    ]
}

fn check(model: &RowStore, shown: &FilteredRows, g: &Grouping) {
    // Every shown row is in exactly one group, under its own key.
    let mut seen = vec![0u32; model.loaded()];
    for group in g.groups() {
        assert!(!group.rows.is_empty());
        for &i in &group.rows {
            seen[i] += 1;
            assert_eq!(contact_key(model.row(i).unwrap()), group.key);
        }
        assert!(group.rows.windows(2).all(|w| w[0] < w[1]), "a group's rows keep the list's order");
    }
    let shown_rows: Vec<usize> = (0..shown.len()).map(|i| shown.index(i).unwrap()).collect();
    for (i, n) in seen.iter().enumerate() {
        assert_eq!(*n, u32::from(shown_rows.contains(&i)), "row {i}");
    }
    assert_eq!(g.groups().iter().map(|g| g.rows.len()).sum::<usize>(), shown.len(), "counts add up");
    // Keys are distinct, and groups come newest first.
    let mut keys: Vec<&str> = g.groups().iter().map(|g| g.key.as_str()).collect();
    assert!(g.groups().windows(2).all(|w| w[0].latest() < w[1].latest()));
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), g.groups().len());
    // The flat list: a header per group, then an open group's rows.
    let items: Vec<Item> = (0..g.len()).map(|i| g.item(i).unwrap()).collect();
    assert_eq!(g.item(g.len()), None);
    let open_rows: usize = (0..g.groups().len()).filter(|i| g.is_expanded(*i)).map(|i| g.groups()[i].rows.len()).sum();
    assert_eq!(items.len(), g.groups().len() + open_rows);
    for (at, item) in items.iter().enumerate() {
        match *item {
            Item::Group(group) => assert_eq!(g.header(group), Some(at)),
            Item::Row { group, at: n, index } => {
                assert!(g.is_expanded(group));
                assert_eq!(g.groups()[group].rows[n], index);
                assert_eq!(g.header(group), Some(at - n - 1));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn groups_hold_every_row_once(happenings in prop::collection::vec(arb(), 1..40)) {
        let mut model = RowStore::new();
        let mut filter = Filter::default();
        let mut shown = FilteredRows::default();
        let mut g = Grouping::default();
        let mut next_id = 0u32;
        for h in happenings {
            match h {
                Happening::Page(rows) => {
                    let interactions = rows.into_iter().map(|(_, c)| { next_id += 1; row(next_id, c) }).collect();
                    model.add_page(Page { interactions, total_count: None, skipped: 0 });
                }
                // A new conversation on top, or a known one changed in place.
                Happening::Live(i, c) => { model.upsert(row(u32::from(i), c)); }
                Happening::Filter(q) => filter = Filter::new(&q.map(|n| format!("name{n}")).unwrap_or_default(), None),
                Happening::Toggle(n) => {
                    shown.update(&model, &NameBook::default(), &filter);
                    g.update(&model, &shown);
                    if !g.groups().is_empty() {
                        g.toggle(usize::from(n) % g.groups().len());
                    }
                }
                Happening::Restart => model.restart(),
            }
            shown.update(&model, &NameBook::default(), &filter);
            g.update(&model, &shown);
            check(&model, &shown, &g);
            // The same as grouping from scratch (with the same groups open).
            let mut fresh_shown = FilteredRows::default();
            fresh_shown.update(&model, &NameBook::default(), &filter);
            let mut fresh = Grouping::default();
            fresh.update(&model, &fresh_shown);
            prop_assert_eq!(fresh.groups(), g.groups());
        }
    }
}
