//! Who an interaction was with: one address identity for every source and every view (the
//! grouping by contact, the current card, the rows' addresses).

use crate::model::Interaction;

/// `tel:+1555…` and `sip:…` as people write them: `+1555…`.
pub fn readable_address(s: &str) -> String {
    strip_scheme(s.trim()).to_owned()
}

fn strip_scheme(s: &str) -> &str {
    s.strip_prefix("tel:").or_else(|| s.strip_prefix("sip:")).unwrap_or(s)
}

/// Who a row was with, as a grouping key: `c:<external contact id>`, else `a:<normalised
/// address>`, else `i:<row id>` (a group of its own).
pub fn contact_key(row: &Interaction) -> String {
    if let Some(id) = contact_id(row) {
        return format!("c:{id}");
    }
    match address(row) {
        Some(address) => format!("a:{}", normalise_address(address)),
        None => format!("i:{}", row.id),
    }
}

/// Whether two rows are with the same contact (their [`contact_key`]s are equal), without
/// building the keys: the current-interaction card asks this of every row.
pub fn same_contact(a: &Interaction, b: &Interaction) -> bool {
    match (contact_id(a), contact_id(b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => match (address(a), address(b)) {
            (Some(x), Some(y)) => normalised(x).eq(normalised(y)),
            (None, None) => a.id == b.id,
            _ => false,
        },
        _ => false,
    }
}

fn contact_id(row: &Interaction) -> Option<&str> {
    row.contact_id.as_deref().filter(|id| !id.is_empty())
}

/// A row's address, when it makes a key (not empty once normalised).
fn address(row: &Interaction) -> Option<&str> {
    row.address.as_deref().filter(|s| normalised(s).next().is_some())
}

/// An address as a key: `tel:+1 (555) 010-0100` and `+15550100100` are the same number;
/// `Ann@Example.com` and `ann@example.com` the same mailbox.
pub fn normalise_address(address: &str) -> String {
    normalised(address).collect()
}

/// [`normalise_address`], as the characters of the key.
fn normalised(address: &str) -> impl Iterator<Item = char> + '_ {
    let address = address.trim();
    let address = strip_scheme(address);
    let phone = address.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && address.chars().any(|c| c.is_ascii_digit());
    address.chars().filter(move |c| !phone || c.is_ascii_digit() || *c == '+').map(move |c| {
        if phone {
            c
        } else {
            crate::util::text::fold_char(c)
        }
    })
}
