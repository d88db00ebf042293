//! What the analytics details query answers (`AnalyticsConversationQueryResponse`, CONTRACT
//! §7.3; GENESYS-API.md §3.2), and the row for each conversation. Every enum Genesys sends
//! (`mediaType`, `purpose`, `direction`) is read as an open string.

use crate::model::{readable_address, Direction, Interaction, Kind};
use crate::util::text::non_empty;
use crate::util::time::parse_iso_ms;

#[derive(Debug, Default)]
pub struct RawUserMe {
    pub id: Option<String>,
}
crate::read!(RawUserMe { id: "id" });

/// `AnalyticsConversationQueryResponse`: `{conversations, totalHits}`. Missing lists are empty.
#[derive(Debug, Default)]
pub struct RawDetailsPage {
    pub conversations: Option<Vec<RawConversation>>,
    pub total_hits: Option<f64>,
}
crate::read!(RawDetailsPage { conversations: "conversations", total_hits: "totalHits" });

#[derive(Debug, Default)]
pub struct RawConversation {
    pub conversation_id: Option<String>,
    pub conversation_start: Option<String>,
    pub conversation_end: Option<String>,
    pub originating_direction: Option<String>,
    pub participants: Option<Vec<RawParticipant>>,
}
crate::read!(RawConversation {
    conversation_id: "conversationId",
    conversation_start: "conversationStart",
    conversation_end: "conversationEnd",
    originating_direction: "originatingDirection",
    participants: "participants"
});

#[derive(Debug, Default)]
pub struct RawParticipant {
    pub participant_name: Option<String>,
    pub purpose: Option<String>,
    pub user_id: Option<String>,
    pub external_contact_id: Option<String>,
    pub sessions: Option<Vec<RawSession>>,
}
crate::read!(RawParticipant {
    participant_name: "participantName",
    purpose: "purpose",
    user_id: "userId",
    external_contact_id: "externalContactId",
    sessions: "sessions"
});

#[derive(Debug, Default)]
pub struct RawSession {
    pub media_type: Option<String>,
    pub ani: Option<String>,
    pub dnis: Option<String>,
    pub address_from: Option<String>,
    pub address_to: Option<String>,
    pub remote: Option<String>,
    pub segments: Option<Vec<RawSegment>>,
}
crate::read!(RawSession {
    media_type: "mediaType",
    ani: "ani",
    dnis: "dnis",
    address_from: "addressFrom",
    address_to: "addressTo",
    remote: "remote",
    segments: "segments"
});

/// `AnalyticsConversationSegment`: the queue, and on the agent's segments their wrap-up
/// (`wrapUpCode`, the code's id, and `wrapUpNote`, free text: GENESYS-API.md §3.2, §12).
#[derive(Debug, Default)]
pub struct RawSegment {
    pub queue_id: Option<String>,
    pub wrap_up_code: Option<String>,
    pub wrap_up_note: Option<String>,
}
crate::read!(RawSegment { queue_id: "queueId", wrap_up_code: "wrapUpCode", wrap_up_note: "wrapUpNote" });

/// The customer's address from one of its sessions, by media and direction: voice `ani`
/// (inbound) or `dnis` (outbound), else `addressFrom` / `addressTo`, else `remote`.
fn session_address(session: &RawSession, inbound: bool) -> Option<String> {
    let voice = session.media_type.as_deref() == Some("voice");
    let by_direction = match (voice, inbound) {
        (true, true) => non_empty(session.ani.as_deref()),
        (true, false) => non_empty(session.dnis.as_deref()),
        (false, true) => non_empty(session.address_from.as_deref()),
        (false, false) => non_empty(session.address_to.as_deref()),
    };
    by_direction.or_else(|| non_empty(session.remote.as_deref())).map(|a| readable_address(&a))
}

fn sessions_of(p: &RawParticipant) -> &[RawSession] {
    p.sessions.as_deref().unwrap_or(&[])
}

fn segments_of(s: &RawSession) -> &[RawSegment] {
    s.segments.as_deref().unwrap_or(&[])
}

/// The row for an analytics conversation (CONTRACT §7.3), or `None` when it has no id (it cannot be shown or
/// opened). `me` is the agent: without a customer participant, the agent's own session says
/// whom they talked to (`remote`).
pub fn conversation_row(raw: RawConversation, me: &str) -> Option<Interaction> {
    let id = non_empty(raw.conversation_id.as_deref())?;
    let participants = raw.participants.unwrap_or_default();
    let customer = participants.iter().find(|p| matches!(p.purpose.as_deref(), Some("customer") | Some("external")));
    let direction = raw.originating_direction.as_deref().map(Direction::parse);
    let inbound = direction != Some(Direction::Outbound);
    let agent = participants.iter().find(|p| p.user_id.as_deref() == Some(me));
    let address = customer
        .and_then(|c| sessions_of(c).iter().find_map(|s| session_address(s, inbound)))
        .or_else(|| agent.and_then(|a| sessions_of(a).iter().find_map(|s| non_empty(s.remote.as_deref()))))
        .map(|a| readable_address(&a));
    let media = customer
        .and_then(|c| sessions_of(c).iter().find_map(|s| non_empty(s.media_type.as_deref())))
        .or_else(|| participants.iter().flat_map(sessions_of).find_map(|s| non_empty(s.media_type.as_deref())));
    let queue_id = participants
        .iter()
        .flat_map(sessions_of)
        .flat_map(segments_of)
        .find_map(|seg| non_empty(seg.queue_id.as_deref()));
    // How it ended: the agent's own wrap-up, the last of its segments that names a code
    // (a conversation that came back to the agent was wrapped up again).
    let wrap_up = agent
        .into_iter()
        .flat_map(sessions_of)
        .flat_map(segments_of)
        .rfind(|seg| non_empty(seg.wrap_up_code.as_deref()).is_some());
    Some(Interaction {
        name: customer.and_then(|c| non_empty(c.participant_name.as_deref())),
        address,
        queue_id,
        contact_id: customer.and_then(|c| non_empty(c.external_contact_id.as_deref())),
        direction,
        started_ms: raw.conversation_start.as_deref().and_then(parse_iso_ms),
        // Active while it has no `conversationEnd`.
        in_progress: raw.conversation_end.as_deref().and_then(parse_iso_ms).is_none(),
        wrap_up: wrap_up.and_then(|seg| non_empty(seg.wrap_up_code.as_deref())),
        // Free text, kept as the agent wrote it (only blank notes are none).
        note: wrap_up.and_then(|seg| seg.wrap_up_note.clone()).filter(|n| !n.trim().is_empty()),
        ..Interaction::new(id, media.as_deref().map_or(Kind::Other(String::new()), Kind::parse))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversation(json: &str) -> Option<Interaction> {
        conversation_row(crate::util::json::from_str::<RawConversation>(json).unwrap(), "agent-1")
    }

    const INBOUND_CALL: &str = r#"{
        "conversationId": "c-1", "conversationStart": "2026-12-01T08:00:00.000Z",
        "conversationEnd": "2026-12-01T08:05:00.000Z", "originatingDirection": "inbound",
        "participants": [
            { "purpose": "customer", "participantName": "Ada Lovelace", "externalContactId": "ec-1",
              "sessions": [ { "mediaType": "voice", "direction": "inbound", "ani": "tel:+15551230001", "dnis": "tel:+18005550000" } ] },
            { "purpose": "acd", "sessions": [ { "mediaType": "voice", "segments": [ { "queueId": "q-7" } ] } ] },
            { "purpose": "agent", "userId": "agent-1", "sessions": [ { "mediaType": "voice", "segments": [
                { "queueId": "q-8", "segmentType": "interact" },
                { "segmentType": "wrapup", "wrapUpCode": "wu-1", "wrapUpNote": "Refund sent.\n<b>Call back</b> Friday" } ] } ] }
        ] }"#;

    #[test]
    fn an_inbound_call() {
        let c = conversation(INBOUND_CALL).unwrap();
        assert_eq!(c.id, "c-1");
        assert_eq!(c.kind, Kind::Call);
        assert_eq!(c.direction, Some(Direction::Inbound));
        assert_eq!(c.name.as_deref(), Some("Ada Lovelace"));
        assert_eq!(c.address.as_deref(), Some("+15551230001"), "the caller's number, without tel:");
        assert_eq!(c.contact_id.as_deref(), Some("ec-1"));
        assert_eq!(c.queue_id.as_deref(), Some("q-7"), "the first queueId in the segments");
        assert_eq!(c.started_ms, parse_iso_ms("2026-12-01T08:00:00.000Z"));
        assert!(!c.in_progress);
        assert_eq!(c.wrap_up.as_deref(), Some("wu-1"), "the agent's wrap-up code");
        assert_eq!(c.note.as_deref(), Some("Refund sent.\n<b>Call back</b> Friday"), "the note as written");
    }

    #[test]
    fn the_wrap_up_is_the_agents_own_and_its_last() {
        let wrap = |participants: &str| {
            let c = conversation(&format!(r#"{{"conversationId":"c","participants":[{participants}]}}"#)).unwrap();
            (c.wrap_up, c.note)
        };
        let other_agent = r#"{"purpose":"agent","userId":"agent-2","sessions":[{"segments":[{"wrapUpCode":"theirs","wrapUpNote":"n"}]}]}"#;
        assert_eq!(wrap(other_agent), (None, None), "another agent's wrap-up is not this agent's");
        let twice = r#"{"purpose":"agent","userId":"agent-1","sessions":[
            {"segments":[{"wrapUpCode":"first","wrapUpNote":"early"}]},
            {"segments":[{"segmentType":"interact"},{"wrapUpCode":"last"},{"wrapUpCode":" ","wrapUpNote":"ignored"}]}]}"#;
        assert_eq!(wrap(twice), (Some("last".into()), None), "the last code; a note belongs to its own code");
        let blank = r#"{"purpose":"agent","userId":"agent-1","sessions":[{"segments":[{"wrapUpCode":"x","wrapUpNote":"  "}]}]}"#;
        assert_eq!(wrap(blank), (Some("x".into()), None), "a blank note is none");
    }

    #[test]
    fn every_media_type_and_direction() {
        let row = |media: &str, dir: &str, session: &str| {
            conversation(&format!(
                r#"{{"conversationId":"c","originatingDirection":"{dir}","participants":[
                    {{"purpose":"external","sessions":[{{"mediaType":"{media}",{session}}}]}}]}}"#
            ))
            .unwrap()
        };
        let c = row("voice", "outbound", r#""ani":"+18005550000","dnis":"+15550001""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Call, Some("+15550001")), "outbound: the number dialled");
        let c = row("chat", "inbound", r#""addressFrom":"ada@example.com","addressTo":"queue""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Chat, Some("ada@example.com")));
        let c = row("email", "outbound", r#""addressFrom":"agent@example.com","addressTo":"zoe@example.com""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Email, Some("zoe@example.com")));
        let c = row("message", "inbound", r#""addressFrom":"+447700900123""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Message, Some("+447700900123")));
        let c = row("callback", "outbound", r#""remote":"Grace Hopper""#);
        assert_eq!((c.kind, c.address.as_deref()), (Kind::Callback, Some("Grace Hopper")), "remote as the last resort");
        // An unknown media type is shown generically, never an error.
        let c = row("hologram", "sideways", r#""remote":"x""#);
        assert_eq!(c.kind, Kind::Other("hologram".into()));
        assert_eq!(c.direction, Some(Direction::Other("sideways".into())));
    }

    #[test]
    fn missing_fields_several_customers_and_none() {
        // No id: not a row.
        assert_eq!(conversation(r#"{"participants":[]}"#), None);
        // Nothing but an id: a row, in progress, of no known type.
        let c = conversation(r#"{"conversationId":"c-2"}"#).unwrap();
        assert!(c.in_progress);
        assert_eq!(c.kind, Kind::Other(String::new()));
        assert_eq!((c.address, c.name, c.queue_id, c.direction), (None, None, None, None));
        // Several customers: the first counts.
        let c = conversation(
            r#"{"conversationId":"c-3","participants":[
                {"purpose":"agent","userId":"agent-1"},
                {"purpose":"customer","participantName":"First","sessions":[{"mediaType":"chat","addressFrom":"a@x"}]},
                {"purpose":"customer","participantName":"Second","sessions":[{"mediaType":"chat","addressFrom":"b@x"}]}]}"#,
        )
        .unwrap();
        assert_eq!(c.name.as_deref(), Some("First"));
        assert_eq!(c.address.as_deref(), Some("a@x"));
        // No customer: whom the agent talked to, from the agent's own session.
        let c = conversation(
            r#"{"conversationId":"c-4","participants":[
                {"purpose":"agent","userId":"agent-1","sessions":[{"mediaType":"voice","remote":"Front desk"}]}]}"#,
        )
        .unwrap();
        assert_eq!((c.name, c.address.as_deref(), c.kind), (None, Some("Front desk"), Kind::Call));
    }
}
