//! The conversation event of `v2.users.<me>.conversations` (CONTRACT §9.2) as a row.

use crate::model::{readable_address, Direction, Interaction, Kind};
use crate::util::json::{FromJson, Json};
use crate::util::text::non_empty as text;
use crate::util::time::parse_iso_ms;

/// `v2.users.{id}.conversations`' body (the fields the row needs).
#[derive(Debug, Clone, Default)]
pub struct RawEventConversation {
    pub id: Option<String>,
    pub participants: Option<Vec<RawEventParticipant>>,
}
crate::read!(RawEventConversation { id: "id", participants: "participants" });

#[derive(Debug, Clone, Default)]
pub struct RawEventParticipant {
    pub purpose: Option<String>,
    pub name: Option<String>,
    pub address: Option<String>,
    pub queue_id: Option<String>,
    pub external_contact_id: Option<String>,
    pub calls: Option<Vec<RawMedia>>,
    pub callbacks: Option<Vec<RawMedia>>,
    pub chats: Option<Vec<RawMedia>>,
    pub emails: Option<Vec<RawMedia>>,
    pub messages: Option<Vec<RawMedia>>,
}
crate::read!(RawEventParticipant {
    purpose: "purpose",
    name: "name",
    address: "address",
    queue_id: "queueId",
    external_contact_id: "externalContactId",
    calls: "calls",
    callbacks: "callbacks",
    chats: "chats",
    emails: "emails",
    messages: "messages"
});

#[derive(Debug, Clone, Default)]
pub struct RawMedia {
    pub state: Option<String>,
    pub direction: Option<String>,
    pub connected_time: Option<String>,
    pub disconnected_time: Option<String>,
}
crate::read!(RawMedia {
    state: "state",
    direction: "direction",
    connected_time: "connectedTime",
    disconnected_time: "disconnectedTime"
});

impl RawEventParticipant {
    /// Its media, with the type each list stands for.
    fn media(&self) -> impl Iterator<Item = (Kind, &RawMedia)> {
        [
            (Kind::Call, &self.calls),
            (Kind::Callback, &self.callbacks),
            (Kind::Chat, &self.chats),
            (Kind::Email, &self.emails),
            (Kind::Message, &self.messages),
        ]
        .into_iter()
        .flat_map(|(kind, list)| list.iter().flatten().map(move |m| (kind.clone(), m)))
    }
}

/// The row for a conversation event, or `None` without an id. Its participants, media lists and
/// states are shaped differently from analytics data: the customer is the first `customer` or
/// `external` participant; the type is the media list that has items; the direction, the start
/// (the earliest `connectedTime`) and whether it goes on (a medium not `disconnected` or
/// `terminated`) come from the media; the queue from any participant's `queueId`.
pub fn event_row(body: &Json) -> Option<Interaction> {
    let raw = RawEventConversation::from_json(body).ok()?;
    let id = text(raw.id.as_deref())?;
    let participants = raw.participants.unwrap_or_default();
    let customer = participants.iter().find(|p| matches!(p.purpose.as_deref(), Some("customer") | Some("external")));
    let media: Vec<(Kind, &RawMedia)> = participants.iter().flat_map(RawEventParticipant::media).collect();
    let kind = media.first().map_or(Kind::Other(String::new()), |(k, _)| k.clone());
    let direction = media.iter().find_map(|(_, m)| m.direction.as_deref()).map(Direction::parse);
    let started_ms = media.iter().filter_map(|(_, m)| m.connected_time.as_deref().and_then(parse_iso_ms)).min();
    let ended = |m: &RawMedia| {
        matches!(m.state.as_deref(), Some("disconnected") | Some("terminated"))
            || text(m.disconnected_time.as_deref()).is_some()
    };
    let in_progress = !media.is_empty() && media.iter().any(|(_, m)| !ended(m));
    let address = customer.and_then(|c| text(c.address.as_deref())).map(|a| readable_address(&a));
    Some(Interaction {
        name: customer.and_then(|c| text(c.name.as_deref())),
        address,
        queue_id: participants.iter().find_map(|p| text(p.queue_id.as_deref())),
        contact_id: customer.and_then(|c| text(c.external_contact_id.as_deref())),
        direction,
        started_ms,
        in_progress,
        ..Interaction::new(id, kind)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_map_to_rows() {
        let raw = crate::util::json::parse(
            r#"{"topicName":"v2.users.me.conversations","eventBody":{"id":"c-9","participants":[
                {"purpose":"agent","userId":"me","calls":[{"state":"connected","direction":"inbound","connectedTime":"2026-12-01T10:00:05Z"}]},
                {"purpose":"acd","queueId":"q-1"},
                {"purpose":"customer","name":"Grace Hopper","address":"tel:+15550001","externalContactId":"ec-1",
                 "calls":[{"state":"connected","direction":"inbound","connectedTime":"2026-12-01T10:00:00Z"}]}]}}"#,
        );
        let row = event_row(raw.get("eventBody").unwrap()).unwrap();
        assert_eq!(
            (row.id.as_str(), &row.kind, row.name.as_deref(), row.address.as_deref()),
            ("c-9", &Kind::Call, Some("Grace Hopper"), Some("+15550001"))
        );
        assert_eq!((row.queue_id.as_deref(), row.contact_id.as_deref()), (Some("q-1"), Some("ec-1")));
        assert_eq!(row.direction, Some(Direction::Inbound));
        assert_eq!(row.started_ms, parse_iso_ms("2026-12-01T10:00:00Z"));
        assert!(row.in_progress);
        let ended = crate::util::json::parse(
            r#"{"id":"c-9","participants":[{"purpose":"customer","chats":[{"state":"disconnected","disconnectedTime":"2026-12-01T10:05:00Z"}]}]}"#,
        );
        let row = event_row(&ended).unwrap();
        assert_eq!(row.kind, Kind::Chat);
        assert!(!row.in_progress);
        assert!(event_row(&crate::util::json::parse("{}")).is_none());
    }
}
