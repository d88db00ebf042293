//! Deterministic, realistic interactions: names in several scripts, phone, email and chat
//! addresses, five media types, eight queues; and the fixed facts of the mock (the agent, the
//! OAuth client).

use serde_json::{json, Value};

/// The agent the mock signs in (its Genesys user id).
pub const ME: &str = "3f2b6c1e-8d4a-4e57-9a1c-2b7d9e0f4a11";

/// The one OAuth client the mock login service knows.
pub const CLIENT_ID: &str = "crm-dev-client";

pub(crate) const NAMES: &[&str] = &[
    "Ada Lovelace",
    "Grace Hopper",
    "Alan Turing",
    "Katherine Johnson",
    "José Martínez",
    "François Dupont",
    "Zoë Müller",
    "Søren Kierkegaard",
    "Łukasz Nowak",
    "Ngozi Okonjo",
    "Анна Иванова",
    "Дмитрий Соколов",
    "Νίκος Παπαδόπουλος",
    "佐藤 花子",
    "田中 太郎",
    "王 伟",
    "김민준",
    "محمد الأحمد",
    "נועה כהן",
    "प्रिया शर्मा",
    "สมชาย ใจดี",
    "Nguyễn Văn An",
    "Siobhán O'Brien",
    "Mary-Jane Watson-Parker",
];

const QUEUES: &[(&str, &str)] = &[
    ("q-1", "Billing"),
    ("q-2", "Technical Support"),
    ("q-3", "Sales"),
    ("q-4", "VIP"),
    ("q-5", "Claims"),
    ("q-6", "Returns"),
    ("q-7", "Onboarding"),
    ("q-8", "Retention"),
];

const KINDS: &[&str] = &["call", "email", "chat", "message", "callback"];

/// A small, fast, deterministic mixer (splitmix64).
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn slug(name: &str) -> String {
    let ascii: String = name
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' => Some(c),
            ' ' | '-' => Some('.'),
            _ => None,
        })
        .collect();
    if ascii.trim_matches('.').is_empty() {
        "customer".to_owned()
    } else {
        ascii
    }
}

/// Names that try to become markup. The widget must show them as text.
pub const HOSTILE_NAMES: &[&str] = &[
    "<img src=x onerror=\"window.__pwned=1\">",
    "<script>window.__pwned=1</script>",
    "\"><b id=\"injected\">bold</b>",
];

/// Interaction `i` with, for every third one, a hostile name.
pub fn hostile_interaction(i: usize) -> Value {
    let mut row = interaction(i);
    if i.is_multiple_of(3) {
        row["to"]["name"] = json!(HOSTILE_NAMES[(i / 3) % HOSTILE_NAMES.len()]);
    }
    row
}

/// Makes a page hostile (scenario `hostileData`), deterministically:
/// - page 2 starts with five ids already sent on page 1 (duplicates: kept once);
/// - every 7th row's id is a number (shown as text), every 11th an object (row skipped);
/// - every 13th name is 10,000 characters long;
/// - one row carries a 400-deep nested array, and page 1 a 3 MB string field;
/// - `totalCount` is absurd (not believed, so `data-total` stays absent).
pub fn torture(entities: &mut [Value], body: &mut Value, page: usize) {
    if page == 2 {
        for (k, e) in entities.iter_mut().take(5).enumerate() {
            e["id"] = json!(format!("c-{}", k + 1));
        }
    }
    for e in entities.iter_mut() {
        let n: u64 = e["id"].as_str().and_then(|id| id.strip_prefix("c-")).and_then(|n| n.parse().ok()).unwrap_or(0);
        if n.is_multiple_of(7) {
            e["id"] = json!(n);
        } else if n.is_multiple_of(11) {
            e["id"] = json!({ "value": n });
        }
        if n.is_multiple_of(13) {
            e["to"]["name"] = json!("Ω".repeat(10_000));
        }
    }
    if let Some(first) = entities.first_mut() {
        let mut deep = json!([]);
        for _ in 0..400 {
            deep = json!([deep]);
        }
        first["deep"] = deep;
    }
    if page == 1 {
        body["padding"] = json!("x".repeat(3 * 1024 * 1024));
    }
    body["totalCount"] = json!(1e300);
}

/// Interaction number `i` (0-based): always the same for the same `i`.
pub fn interaction(i: usize) -> Value {
    let h = mix(i as u64);
    let kind = KINDS[(h % KINDS.len() as u64) as usize];
    let name = NAMES[((h >> 8) % NAMES.len() as u64) as usize];
    let (queue_id, queue_name) = QUEUES[((h >> 16) % QUEUES.len() as u64) as usize];
    let phone = format!("+1555{:07}", (h >> 24) % 10_000_000);
    let address = match kind {
        "email" => format!("{}{}@example.com", slug(name), i % 97),
        "chat" => format!("webchat:{}-{:04x}", slug(name), (h >> 40) & 0xffff),
        _ => phone,
    };
    // One contact in nine has no name on record: the widget shows the address instead.
    let to = if (h >> 48).is_multiple_of(9) {
        json!({ "address": address })
    } else {
        json!({ "address": address, "name": name })
    };
    json!({
        "id": format!("c-{}", i + 1),
        "type": kind,
        "routing": { "queueId": queue_id, "queueName": queue_name, "participantId": format!("p-{}", (h >> 20) % 5000) },
        "to": to,
        "startTime": format!("2026-11-{:02}T{:02}:{:02}:00Z", 1 + (h >> 4) % 21, (h >> 12) % 24, (h >> 18) % 60),
        "direction": if (h >> 2).is_multiple_of(2) { "inbound" } else { "outbound" },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        assert_eq!(interaction(5), interaction(5));
        let rows: Vec<Value> = (0..500).map(interaction).collect();
        for kind in KINDS {
            assert!(rows.iter().any(|r| r["type"] == *kind), "{kind}");
        }
        assert!(rows.iter().any(|r| r["to"].get("name").is_none()));
        assert!(rows.iter().any(|r| r["to"]["name"].as_str().is_some_and(|n| !n.is_ascii())));
        assert!(rows.iter().any(|r| r["to"]["address"].as_str().is_some_and(|a| a.contains('@'))));
        let ids: std::collections::HashSet<_> = rows.iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect();
        assert_eq!(ids.len(), 500);
    }
}
