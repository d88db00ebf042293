//! The mock Genesys conversations: deterministic and realistic (voice, chat, email, message and
//! callback, inbound and outbound, the newest few still active, about 60% with an external
//! contact, a few regulars who come back often, names in several scripts, routed through several
//! queues, some transferred, ended ones mostly wrapped up by the agent with a code and often a
//! note), as the analytics query has them and as the Notifications API sends them. Conversations that arrive
//! live (or while the widget pages) go on top; [`push_event`] tells the sockets.

use crm_core::util::time::iso_utc;
use serde_json::{json, Value};

use crate::clock::epoch_ms;
use crate::data::{mix, ME, NAMES};
use crate::state::{Push, Shared};

/// How many distinct external contacts the conversations refer to.
const CONTACTS: u64 = 400;
/// Of those, the regulars: one conversation with a contact in three is with one of them, so the
/// current interaction's card has a history to show.
const REGULARS: u64 = 5;
/// The time between two conversations that arrive live (ms).
const LIVE_SPACING_MS: u64 = 60_000;

/// The routing queues (id, name) the conversations go through.
pub(crate) const QUEUES: &[(&str, &str)] = &[
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d01", "Billing"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d02", "Technical Support"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d03", "Sales"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d04", "VIP"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d05", "Claims"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d06", "Returns"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d07", "Kundenservice"),
    ("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d08", "お客様窓口"),
];

/// The wrap-up codes (id, name) the agent ends conversations with (`GET /api/v2/routing/wrapupcodes`).
pub(crate) const WRAP_UPS: &[(&str, &str)] = &[
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f01", "Resolved"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f02", "Follow-up needed"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f03", "Escalated to a supervisor"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f04", "Refund issued"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f05", "Callback scheduled"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f06", "Wrong number"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f07", "Rückruf vereinbart"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f08", "解決済み"),
    ("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f09", "تم الحل"),
];

/// A code that no longer exists (deleted since): the wrap-up codes endpoint does not know it,
/// so it has no name, and the widget must not show its id instead.
pub(crate) const DELETED_WRAP_UP: &str = "9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4fff";

/// The agent's notes: free text, some empty, some long, some in other scripts, some hostile
/// (markup that must stay text), one over two lines.
pub(crate) const NOTES: &[&str] = &[
    "",
    "Customer asked for a refund of the last invoice; sent the form by email.",
    "",
    "Long call about the contract: the customer wants to move from the monthly plan to the yearly one, keep the current number, add two lines for the family, and have the first bill split over three months. Promised a written offer by Friday; check with Billing that the split is allowed before sending it.",
    "العميل يريد تغيير عنوان الفاتورة. سنتصل به غداً صباحاً.",
    "<img src=x onerror=alert(1)>",
    "お客様は請求書の再発行を希望。明日の午前中に折り返し電話。",
    "Password reset done.\nAsked to call back if the app still fails.",
    "Left a voicemail.",
    "<script>alert('note')</script> & \"quoted\" <b>bold</b>",
];

/// A UUID-shaped id, always the same for the same `h`.
pub(crate) fn uuid(h: u64) -> String {
    let g = mix(h ^ 0x5bd1_e995);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:x}{:03x}-{:012x}",
        h >> 32,
        (h >> 16) & 0xffff,
        h & 0xfff,
        8 + (g & 3),
        (g >> 4) & 0xfff,
        (g >> 16) & 0xffff_ffff_ffff
    )
}

/// Where conversation `position` of the list (0 = newest) comes from: one of the `arrived`
/// conversations that started while the widget paged, or base conversation `i`.
pub(crate) fn conversation_at(position: u64, arrived: u64, anchor_ms: u64, spacing_ms: u64) -> Value {
    if position < arrived {
        // Arrived ones: the newest is the last to have arrived.
        let j = arrived - 1 - position;
        conversation(1_000_000 + j, anchor_ms + (j + 1) * 1000, true)
    } else {
        let i = position - arrived;
        conversation(i, anchor_ms.saturating_sub((i + 1) * spacing_ms), false)
    }
}

/// A conversation starts now (live updates): the analytics query has it from now on, at the
/// top, as conversations arriving while the widget pages do. Returns it as analytics has it
/// ([`notification`] makes its event).
pub(crate) fn arrive(shared: &Shared) -> Value {
    let arrived = {
        let mut g = shared.genesys.lock().expect("genesys lock");
        g.arrived += 1;
        g.arrived
    };
    conversation_at(0, arrived, shared.anchor_ms, LIVE_SPACING_MS)
}

/// Ends conversation `id`, or the newest that arrived live. Returns its notification event.
pub(crate) fn end_newest(shared: &Shared, id: Option<&str>) -> Option<Value> {
    let mut g = shared.genesys.lock().expect("genesys lock");
    let c = match id {
        Some(id) => (0..g.arrived)
            .map(|p| conversation_at(p, g.arrived, shared.anchor_ms, LIVE_SPACING_MS))
            .find(|c| c["conversationId"] == id)?,
        None if g.arrived > 0 => conversation_at(0, g.arrived, shared.anchor_ms, LIVE_SPACING_MS),
        None => return None,
    };
    g.ended.insert(c["conversationId"].as_str()?.to_owned());
    Some(notification(&c, true))
}

/// An analytics conversation as the Notifications API sends it on `v2.users.<id>.conversations`
/// (GENESYS-API.md §6): participants with `purpose`, `name`, `address`, `queueId`,
/// `externalContactId`, `userId`, and a media list (`calls`, `chats`, …) of `{id, state,
/// direction, connectedTime, disconnectedTime}`, as the SDK's `ConversationEventTopic*` models
/// have them: chat items have no `direction` (`ConversationEventTopicChat` lacks it), and
/// `state` is `connected` or, once ended, `disconnected`, which every medium allows
/// (`terminated` is not allowed for emails and messages).
pub(crate) fn notification(c: &Value, ended: bool) -> Value {
    let start = c["conversationStart"].clone();
    let participants: Vec<Value> = c["participants"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    let session = &p["sessions"][0];
                    let list = match session["mediaType"].as_str() {
                        Some("voice") => "calls",
                        Some("chat") => "chats",
                        Some("email") => "emails",
                        Some("message") => "messages",
                        _ => "callbacks",
                    };
                    let inbound = session["direction"] != "outbound";
                    let address = ["ani", "addressFrom", "remote"]
                        .iter()
                        .map(|k| if *k == "ani" && !inbound { &session["dnis"] } else { &session[*k] })
                        .find(|v| v.is_string())
                        .cloned()
                        .unwrap_or(Value::Null);
                    let mut medium = json!({ "id": session["sessionId"], "state": if ended { "disconnected" } else { "connected" },
                        "connectedTime": start });
                    if list != "chats" {
                        medium["direction"] = json!(session["direction"].as_str().unwrap_or("inbound"));
                    }
                    if ended {
                        medium["disconnectedTime"] = json!(iso_utc(epoch_ms()));
                    }
                    let mut out = json!({ "id": p["participantId"], "purpose": p["purpose"], list: [medium] });
                    for (from, to) in [("participantName", "name"), ("externalContactId", "externalContactId"), ("userId", "userId")] {
                        if p[from].is_string() {
                            out[to] = p[from].clone();
                        }
                    }
                    if address.is_string() {
                        out["address"] = address;
                    }
                    if let Some(q) = session["segments"][0]["queueId"].as_str() {
                        out["queueId"] = json!(q);
                    }
                    out
                })
                .collect()
        })
        .unwrap_or_default();
    json!({ "id": c["conversationId"], "participants": participants })
}

/// When conversation `position` started (cheap: no JSON), as [`conversation_at`] has it.
pub(crate) fn start_at(position: u64, arrived: u64, anchor_ms: u64, spacing_ms: u64) -> u64 {
    if position < arrived {
        anchor_ms + (arrived - position) * 1000
    } else {
        anchor_ms.saturating_sub((position - arrived + 1) * spacing_ms)
    }
}

/// Conversation number `n`, started at `start_ms`: always the same for the same inputs.
pub(crate) fn conversation(n: u64, start_ms: u64, arrived: bool) -> Value {
    let h = mix(n.wrapping_mul(0x9E37_79B9) ^ 0xC0DE);
    let media = match h % 20 {
        0..=7 => "voice",
        8..=10 => "chat",
        11..=13 => "email",
        14..=17 => "message",
        _ => "callback",
    };
    let outbound = media == "callback" || (h >> 5).is_multiple_of(4);
    let direction = if outbound { "outbound" } else { "inbound" };
    let name = NAMES[((h >> 8) % NAMES.len() as u64) as usize];
    let named = !(h >> 13).is_multiple_of(9);
    let regular = (h >> 50).is_multiple_of(3);
    let contact = ((h >> 17) % 10 < 6)
        .then(|| format!("ec-{}", uuid(if regular { (h >> 53) % REGULARS } else { (h >> 20) % CONTACTS })));
    let active = arrived || (n < 4 && (h >> 3).is_multiple_of(2));
    let duration_ms = 60_000 + (h >> 24) % (20 * 60_000);
    let end_ms = start_ms + duration_ms;
    let phone = format!("+1555{:07}", (h >> 28) % 10_000_000);
    let email = format!("{}@example.com", name.split_whitespace().next().unwrap_or("guest").to_lowercase());
    let (q1, _) = QUEUES[((h >> 33) % QUEUES.len() as u64) as usize];
    let transferred = (h >> 37).is_multiple_of(7);
    let (q2, _) = QUEUES[((h >> 40) % QUEUES.len() as u64) as usize];
    let at = |ms: u64| iso_utc(ms);
    let segment_end = if active { None } else { Some(at(end_ms)) };
    let segment = |queue: Option<&str>, t: &str| {
        let mut s = json!({ "segmentStart": at(start_ms), "segmentType": t });
        if let Some(q) = queue {
            s["queueId"] = json!(q);
        }
        if let Some(e) = &segment_end {
            s["segmentEnd"] = json!(e);
        }
        s
    };
    let mut customer_session = json!({ "sessionId": uuid(h ^ 1), "mediaType": media, "direction": direction,
        "segments": [segment(None, "interact")] });
    match (media, outbound) {
        ("voice", false) => {
            customer_session["ani"] = json!(format!("tel:{phone}"));
            customer_session["dnis"] = json!("tel:+18005550100");
        }
        ("voice", true) => {
            customer_session["ani"] = json!("tel:+18005550100");
            customer_session["dnis"] = json!(format!("tel:{phone}"));
        }
        ("email", false) => {
            customer_session["addressFrom"] = json!(email);
            customer_session["addressTo"] = json!("support@example.com");
        }
        ("email", true) => {
            customer_session["addressFrom"] = json!("support@example.com");
            customer_session["addressTo"] = json!(email);
        }
        ("message", _) => {
            customer_session["messageType"] = json!(["sms", "whatsapp", "webmessaging"][((h >> 45) % 3) as usize]);
            customer_session["addressFrom"] = json!(phone);
            customer_session["addressTo"] = json!("+18005550100");
        }
        ("chat", _) => {
            customer_session["addressFrom"] = json!(email);
            customer_session["remote"] = json!(name);
        }
        _ => {
            customer_session["callbackNumbers"] = json!([phone]);
            customer_session["callbackUserName"] = json!(name);
            customer_session["remote"] = json!(name);
        }
    }
    let mut customer = json!({
        "participantId": uuid(h ^ 2),
        "purpose": if outbound && media == "voice" { "external" } else { "customer" },
        "sessions": [customer_session],
    });
    if named {
        customer["participantName"] = json!(name);
    }
    if let Some(c) = &contact {
        customer["externalContactId"] = json!(c);
    }
    let mut acd_segments = vec![segment(Some(q1), "interact")];
    if transferred {
        acd_segments.push(segment(Some(q2), "interact"));
    }
    let acd = json!({ "participantId": uuid(h ^ 3), "participantName": QUEUES.iter().find(|q| q.0 == q1).map(|q| q.1),
        "purpose": "acd", "sessions": [ { "sessionId": uuid(h ^ 4), "mediaType": media, "segments": acd_segments } ] });
    let mut agent_segments = vec![segment(Some(if transferred { q2 } else { q1 }), "interact")];
    // Ended: the agent's wrap-up (GENESYS-API.md §12), for all but one in eight; its code, one
    // of them deleted since, and a note (some empty).
    if !active && !(h >> 44).is_multiple_of(8) {
        let code = match ((h >> 47) % (WRAP_UPS.len() as u64 + 1)) as usize {
            i if i < WRAP_UPS.len() => WRAP_UPS[i].0,
            _ => DELETED_WRAP_UP,
        };
        let mut wrap = json!({ "segmentStart": at(end_ms), "segmentEnd": at(end_ms + 30_000), "segmentType": "wrapup",
            "queueId": if transferred { q2 } else { q1 }, "wrapUpCode": code });
        let note = NOTES[((h >> 51) % NOTES.len() as u64) as usize];
        if !note.is_empty() {
            wrap["wrapUpNote"] = json!(note);
        }
        agent_segments.push(wrap);
    }
    let agent = json!({ "participantId": uuid(h ^ 5), "participantName": "Dev Agent", "purpose": "agent", "userId": ME,
        "sessions": [ { "sessionId": uuid(h ^ 6), "mediaType": media, "direction": direction, "remote": name,
            "segments": agent_segments } ] });
    let mut c = json!({
        "conversationId": uuid(n ^ 0xA11CE),
        "conversationStart": at(start_ms),
        "originatingDirection": direction,
        "divisionIds": ["7c1b7c1e-0000-4000-8000-000000000001"],
        "participants": [customer, acd, agent],
    });
    if !active {
        c["conversationEnd"] = json!(at(end_ms));
    }
    c
}

/// How an earlier conversation ended, as the mock has it: its wrap-up code's name (`None` for
/// none, or for the deleted code) and the agent's note.
pub type Ending = (Option<&'static str>, Option<&'static str>);

/// For the current interaction's card (its tests and pictures): the conversations among the
/// newest `total` of a list (none arriving) whose external contact has at least three earlier
/// ones in it, newest first, each with its id and how the three newest earlier ones ended.
pub fn with_history(total: u64) -> Vec<(String, [Ending; 3])> {
    let all: Vec<Value> = (0..total).map(|i| conversation(i, 0, false)).collect();
    let ending = |c: &Value| -> Ending {
        let wrap = c["participants"][2]["sessions"][0]["segments"].as_array().and_then(|s| s.get(1));
        let code = wrap.and_then(|w| w["wrapUpCode"].as_str());
        let name = code.and_then(|code| WRAP_UPS.iter().find(|(id, _)| *id == code)).map(|(_, name)| *name);
        let note = wrap.and_then(|w| w["wrapUpNote"].as_str()).and_then(|n| NOTES.iter().find(|k| **k == n).copied());
        (name, note)
    };
    let contact = |c: &Value| c["participants"][0]["externalContactId"].as_str().map(str::to_owned);
    let mut found = Vec::new();
    for (i, c) in all.iter().enumerate() {
        let Some(who) = contact(c) else { continue };
        let earlier: Vec<Ending> =
            all[i + 1..].iter().filter(|e| contact(e).as_deref() == Some(&who)).take(3).map(ending).collect();
        if let [a, b, c3] = earlier[..] {
            found.push((c["conversationId"].as_str().unwrap_or_default().to_owned(), [a, b, c3]));
        }
    }
    found
}

/// Sends a conversation event to the agent's topic.
pub(crate) fn push_event(shared: &Shared, body: Value) {
    let topic = format!("v2.users.{ME}.conversations");
    shared.live.lock().expect("live lock").push(Push::Event { topic, body });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crm_core::source::genesys::analytics::{conversation_row, RawConversation};
    use crm_core::util::time::parse_iso_ms;

    /// A queue id's name.
    fn queue_name(id: &str) -> Option<&'static str> {
        QUEUES.iter().find(|q| q.0 == id).map(|q| q.1)
    }

    #[test]
    fn conversations_are_realistic_and_map_to_rows() {
        let anchor = parse_iso_ms("2026-12-01T09:00:00.000Z").unwrap();
        let rows: Vec<Value> = (0..1000).map(|i| conversation(i, anchor - i * 60_000, false)).collect();
        let media: std::collections::HashSet<&str> =
            rows.iter().filter_map(|c| c["participants"][0]["sessions"][0]["mediaType"].as_str()).collect();
        assert_eq!(media.len(), 5, "{media:?}");
        let with_contact = rows.iter().filter(|c| c["participants"][0]["externalContactId"].is_string()).count();
        assert!((500..700).contains(&with_contact), "about 60% have an external contact: {with_contact}");
        assert!(rows.iter().any(|c| c["originatingDirection"] == "outbound"));
        assert!(rows.iter().any(|c| c.get("conversationEnd").is_none()), "some are still active");
        assert!(
            rows.iter().any(|c| c["participants"][1]["sessions"][0]["segments"].as_array().unwrap().len() == 2),
            "some were transferred"
        );
        for c in &rows {
            let json: crm_core::util::json::Json = serde_json::from_value(c.clone()).unwrap();
            let raw = <RawConversation as crm_core::util::json::FromJson>::from_json(&json).unwrap();
            let row = conversation_row(raw, ME).expect("every mock conversation is a row");
            assert!(row.address.is_some(), "{c}");
            assert!(row.queue_id.as_deref().and_then(queue_name).is_some());
        }
        let ids: std::collections::HashSet<_> =
            rows.iter().map(|c| c["conversationId"].as_str().unwrap().to_owned()).collect();
        assert_eq!(ids.len(), 1000);
        // Ended ones are mostly wrapped up: every code, the deleted one, and every note.
        let mapped: Vec<_> = rows
            .iter()
            .map(|c| {
                let json: crm_core::util::json::Json = serde_json::from_value(c.clone()).unwrap();
                conversation_row(<RawConversation as crm_core::util::json::FromJson>::from_json(&json).unwrap(), ME)
                    .unwrap()
            })
            .collect();
        let wrapped = mapped.iter().filter(|r| r.wrap_up.is_some()).count();
        assert!((750..950).contains(&wrapped), "{wrapped} of 1000 wrapped up");
        assert!(mapped.iter().all(|r| !(r.in_progress && r.wrap_up.is_some())), "only ended ones");
        for (code, _) in WRAP_UPS {
            assert!(mapped.iter().any(|r| r.wrap_up.as_deref() == Some(code)), "{code}");
        }
        assert!(mapped.iter().any(|r| r.wrap_up.as_deref() == Some(DELETED_WRAP_UP)));
        for note in NOTES.iter().filter(|n| !n.is_empty()) {
            assert!(mapped.iter().any(|r| r.note.as_deref() == Some(note)), "{note}");
        }
        // The regulars come back: some contact has many conversations.
        let mut by_contact = std::collections::HashMap::new();
        for c in &rows {
            if let Some(id) = c["participants"][0]["externalContactId"].as_str() {
                *by_contact.entry(id).or_insert(0) += 1;
            }
        }
        assert!(by_contact.values().filter(|n| **n >= 10).count() >= REGULARS as usize, "{by_contact:?}");
    }

    #[test]
    fn some_conversations_have_a_history_to_show() {
        let found = with_history(240);
        assert!(found.len() >= 10, "{}", found.len());
        let complete = |e: &[Ending; 3]| e.iter().all(|(code, note)| code.is_some() && note.is_some());
        assert!(found.iter().any(|(_, e)| complete(e)), "three named codes with notes");
        assert!(
            found.iter().any(|(_, e)| e.iter().any(|(_, n)| n.is_some_and(|n| n.starts_with("<img")))),
            "a hostile note"
        );
        assert!(with_history(60).iter().any(|(_, e)| complete(e)), "in a short list too");
    }

    #[test]
    fn start_times_agree_with_the_conversations() {
        let anchor = parse_iso_ms("2026-12-01T09:00:00.000Z").unwrap();
        for (p, arrived) in [(0, 0), (5, 0), (0, 3), (2, 3), (3, 3), (9_999, 7)] {
            let c = conversation_at(p, arrived, anchor, 60_000);
            let start = c["conversationStart"].as_str().and_then(parse_iso_ms).unwrap();
            assert_eq!(start_at(p, arrived, anchor, 60_000), start, "position {p}, {arrived} arrived");
        }
    }
}
