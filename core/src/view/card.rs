//! What the current interaction's card shows of the contact's history: the earlier
//! interactions with the same contact among the loaded rows, newest first.

use crate::model::{same_contact, Interaction};
use crate::view::rows::RowStore;

/// How many earlier interactions the card lists.
pub const EARLIER_SHOWN: usize = 3;

/// The earlier interactions with the current interaction's contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier<'a> {
    /// How many there are among the loaded rows.
    pub count: usize,
    /// The newest of them (at most the number asked), newest first.
    pub newest: Vec<&'a Interaction>,
}

/// Whether `other` is an earlier interaction with `current`'s contact: the same contact (as
/// [`crate::model::contact_key`] has it), not `current` itself, and not started after it
/// (when both times are known: an Interaction Widget opened on an old conversation does not
/// call a later one "earlier").
pub fn is_earlier(current: &Interaction, other: &Interaction) -> bool {
    other.id != current.id
        && !matches!((current.started_ms, other.started_ms), (Some(now), Some(then)) if then > now)
        && same_contact(current, other)
}

/// The interactions of `rows` earlier than `current` with its contact: how many, and the `n`
/// newest, newest first (by start; rows without a start come last, in the order given).
pub fn earlier<'a>(current: &Interaction, rows: impl IntoIterator<Item = &'a Interaction>, n: usize) -> Earlier<'a> {
    let mut count = 0;
    let mut newest: Vec<&Interaction> = Vec::with_capacity(n + 1);
    // `None` sorts below every time: rows without one go last.
    let key = |r: &Interaction| r.started_ms;
    for row in rows.into_iter().filter(|r| is_earlier(current, r)) {
        count += 1;
        let at = newest.iter().position(|kept| key(kept) < key(row)).unwrap_or(newest.len());
        if at < n {
            newest.insert(at, row);
            newest.truncate(n);
        }
    }
    Earlier { count, newest }
}

/// The same, among the rows a [`RowStore`] lists (the current one is never among them twice).
pub fn earlier_in<'a>(rows: &'a RowStore, current: &Interaction, n: usize) -> Earlier<'a> {
    earlier(current, rows.others(), n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Page};

    fn at(id: &str, contact: Option<&str>, address: &str, started: Option<u64>) -> Interaction {
        Interaction {
            contact_id: contact.map(Into::into),
            address: Some(address.into()),
            started_ms: started,
            ..Interaction::new(id.into(), Kind::Call)
        }
    }

    fn ids(e: &Earlier) -> Vec<String> {
        e.newest.iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn the_three_newest_with_the_same_contact_without_the_current_one() {
        let current = at("now", Some("ec-1"), "+1", Some(100));
        let rows = [
            at("old", Some("ec-1"), "+1", Some(10)),
            at("now", Some("ec-1"), "+1", Some(100)),
            at("other", Some("ec-2"), "+1", Some(90)),
            at("newest", Some("ec-1"), "+9", Some(95)),
            at("later", Some("ec-1"), "+1", Some(150)),
            at("mid", Some("ec-1"), "+1", Some(50)),
            at("no-time", Some("ec-1"), "+1", None),
            at("older", Some("ec-1"), "+1", Some(20)),
            at("address-only", None, "+1", Some(99)),
        ];
        let e = earlier(&current, &rows, EARLIER_SHOWN);
        assert_eq!(ids(&e), ["newest", "mid", "older"], "newest first, by contact (not by address)");
        assert_eq!(e.count, 5, "old, newest, mid, no-time and older; not the later one");
        assert_eq!(ids(&earlier(&current, &rows, 10)), ["newest", "mid", "older", "old", "no-time"]);
        assert_eq!(earlier(&current, &rows[..3], 3).newest.len(), 1);
        // Without an external contact, by the address: `tel:+1 (555)` is `+1555`.
        let walk_in = at("w", None, "tel:+1 (555) 010", Some(100));
        let rows = [at("a", None, "+1555010", Some(5)), at("b", Some("ec-1"), "+1555010", Some(6))];
        assert_eq!(ids(&earlier(&walk_in, &rows, 3)), ["a"]);
    }

    #[test]
    fn none_when_there_is_nothing_earlier() {
        let current = at("now", Some("ec-1"), "+1", Some(100));
        let rows = [at("later", Some("ec-1"), "+1", Some(101)), current.clone()];
        let e = earlier(&current, &rows, 3);
        assert_eq!((e.count, e.newest.len()), (0, 0));
    }

    #[test]
    fn a_row_store_lists_the_current_one_apart() {
        let mut m = RowStore::new().with_pin(Some("now".into()));
        m.add_page(Page {
            interactions: vec![
                at("a", Some("ec-1"), "+1", Some(3)),
                at("now", Some("ec-1"), "+1", Some(9)),
                at("b", Some("ec-2"), "+1", Some(2)),
                at("c", Some("ec-1"), "+9", Some(1)),
                at("d", None, "+1", Some(4)),
            ],
            total_count: None,
            skipped: 0,
        });
        let current = m.current().unwrap().clone();
        let e = earlier_in(&m, &current, 3);
        assert_eq!((e.count, ids(&e)), (2, vec!["a".to_owned(), "c".to_owned()]), "by external contact");
        let e = earlier_in(&m, &at("x", None, "+1", None), 3);
        assert_eq!(ids(&e), ["d"], "else by address, among rows without a contact");
    }
}
