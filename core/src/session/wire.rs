//! What the frames of one session tell each other ([`Message`]), and the changes of a list
//! that a range's lead sends to its mirrors ([`Change`]), as JSON text: written here by hand,
//! read back with [`FromJson`] (the browser parses). Nothing in a message is trusted before it
//! is read whole; one that does not read is dropped.

use crate::error::WidgetError;
use crate::live::{Channel, Status};
use crate::model::{Direction, Interaction, Kind, Names, Page, Range};
use crate::session::Pause;
use crate::util::json::{field, FromJson, Json, JsonKind, ReadError};
use crate::util::text::{json_string, number_text};

/// The version of the messages: frames of another version ignore each other.
pub const VERSION: u32 = 1;

/// The session's token, as frames hand it over (in memory only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedToken {
    /// Which token of the session this is (when it came, in epoch ms, or one more than the
    /// last): a frame never goes back to an older one (messages from different frames cross).
    pub n: u64,
    pub token: String,
    /// When it stops working (Unix epoch ms), if known.
    pub expires_ms: Option<u64>,
}

impl SharedToken {
    /// Whether this is a later token of the session than `other`.
    pub fn newer_than(&self, other: Option<&SharedToken>) -> bool {
        other.is_none_or(|o| (self.n, &self.token) > (o.n, &o.token))
    }

    pub fn lives(&self, now_ms: u64) -> bool {
        self.expires_ms.is_none_or(|e| now_ms < e)
    }
}

/// A change of a range's list, as its lead's load made it (the view's part of
/// [`crate::session::Effect`]), or a row that came live.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Back to the start (nothing shown yet).
    Rehandshake,
    Restart {
        range: Option<Range>,
    },
    Loading,
    Rows(Page),
    MergeTop(Page),
    Names(Names),
    Pause(Pause),
    Unpause,
    Finished,
    Failed(WidgetError),
    Live(Box<Interaction>),
}

/// What one frame tells the others.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A frame joined, showing `range`: the holder answers with the token, the range's lead
    /// with a snapshot.
    Hello {
        range: Option<Range>,
    },
    /// The changes of `range`'s list so far, for frame `to` (`None`: every frame showing it,
    /// from a new lead).
    Snapshot {
        to: Option<String>,
        range: Option<Range>,
        seq: u64,
        changes: Vec<Change>,
    },
    /// The lead's changes number `seq`.
    View {
        range: Option<Range>,
        seq: u64,
        changes: Vec<Change>,
    },
    Token {
        token: SharedToken,
        agent: Option<String>,
    },
    Agent {
        agent: String,
    },
    /// A sign-in round is under way until then.
    Signing {
        until_ms: u64,
    },
    /// A request was refused (401) with this token.
    Renew {
        refused: String,
    },
    Live(Box<Interaction>),
    LiveStatus(Status),
    Gap,
    Channel(Channel),
    Refresh,
    Retry {
        range: Option<Range>,
    },
    Bye,
}

// ---- writing ----

struct Out(String);

impl Out {
    fn key(&mut self, key: &str) {
        if !self.0.ends_with('{') && !self.0.ends_with('[') {
            self.0.push(',');
        }
        self.0.push_str(&json_string(key));
        self.0.push(':');
    }
    fn str(&mut self, key: &str, value: &str) {
        self.key(key);
        self.0.push_str(&json_string(value));
    }
    fn opt(&mut self, key: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.str(key, v);
        }
    }
    fn num(&mut self, key: &str, value: u64) {
        self.key(key);
        self.0.push_str(&number_text(value as f64));
    }
    fn open(&mut self, key: &str, bracket: char) {
        self.key(key);
        self.0.push(bracket);
    }
    fn item(&mut self) {
        if !self.0.ends_with('[') {
            self.0.push(',');
        }
    }
}

fn range_text(range: Option<Range>) -> String {
    range.map_or_else(|| "all".to_owned(), Range::slug)
}

/// `None` when it is no range; `Some(None)` for "all" (a source without ranges).
fn read_range(text: &str) -> Option<Option<Range>> {
    match text {
        "all" => Some(None),
        "today" => Some(Some(Range::Today)),
        n => n.parse().ok().map(|n| Some(Range::Days(n))),
    }
}

fn kind_text(kind: &Kind) -> &str {
    match kind {
        Kind::Other(s) => s,
        known => known.slug(),
    }
}

fn write_row(out: &mut Out, row: &Interaction) {
    out.0.push('{');
    out.str("id", &row.id);
    out.str("kind", kind_text(&row.kind));
    out.opt("name", row.name.as_deref());
    out.opt("address", row.address.as_deref());
    out.opt("queue", row.queue.as_deref());
    out.opt("queueId", row.queue_id.as_deref());
    out.opt("contactId", row.contact_id.as_deref());
    if let Some(d) = &row.direction {
        out.str(
            "direction",
            match d {
                Direction::Inbound => "inbound",
                Direction::Outbound => "outbound",
                Direction::Other(s) => s,
            },
        );
    }
    if let Some(ms) = row.started_ms {
        out.num("started", ms);
    }
    if row.in_progress {
        out.key("live");
        out.0.push_str("true");
    }
    out.0.push('}');
}

fn write_page(out: &mut Out, key: &str, page: &Page) {
    out.open(key, '{');
    out.open("rows", '[');
    for row in &page.interactions {
        out.item();
        write_row(out, row);
    }
    out.0.push(']');
    if let Some(total) = page.total_count {
        out.num("total", total);
    }
    out.num("skipped", page.skipped as u64);
    out.0.push('}');
}

fn write_names(out: &mut Out, names: &Names) {
    out.open("names", '{');
    for (key, map) in [("contacts", &names.contacts), ("queues", &names.queues)] {
        out.open(key, '{');
        for (id, name) in map {
            out.str(id, name);
        }
        out.0.push('}');
    }
    out.0.push('}');
}

fn write_change(out: &mut Out, change: &Change) {
    out.0.push('{');
    match change {
        Change::Rehandshake => out.str("c", "rehandshake"),
        Change::Restart { range } => {
            out.str("c", "restart");
            out.str("range", &range_text(*range));
        }
        Change::Loading => out.str("c", "loading"),
        Change::Rows(page) => {
            out.str("c", "rows");
            write_page(out, "page", page);
        }
        Change::MergeTop(page) => {
            out.str("c", "merge-top");
            write_page(out, "page", page);
        }
        Change::Names(names) => {
            out.str("c", "names");
            write_names(out, names);
        }
        Change::Pause(pause) => {
            out.str("c", "pause");
            out.str("pause", pause.slug());
            if let Pause::RateLimited { until_ms } | Pause::Retrying { until_ms } = pause {
                out.num("until", *until_ms);
            }
        }
        Change::Unpause => out.str("c", "unpause"),
        Change::Finished => out.str("c", "finished"),
        Change::Failed(error) => {
            out.str("c", "failed");
            out.key("error");
            out.0.push_str(&crate::session::wire_error::write(error));
        }
        Change::Live(row) => {
            out.str("c", "live");
            out.key("row");
            write_row(out, row);
        }
    }
    out.0.push('}');
}

fn write_changes(out: &mut Out, changes: &[Change]) {
    out.open("changes", '[');
    for change in changes {
        out.item();
        write_change(out, change);
    }
    out.0.push(']');
}

/// `message` from frame `from` of session `key`, as the text sent.
pub fn write(key: &str, from: &str, message: &Message) -> String {
    let mut out = Out(String::from("{"));
    out.num("v", u64::from(VERSION));
    out.str("key", key);
    out.str("from", from);
    match message {
        Message::Hello { range } => {
            out.str("m", "hello");
            out.str("range", &range_text(*range));
        }
        Message::Snapshot { to, range, seq, changes } => {
            out.str("m", "snapshot");
            out.opt("to", to.as_deref());
            out.str("range", &range_text(*range));
            out.num("seq", *seq);
            write_changes(&mut out, changes);
        }
        Message::View { range, seq, changes } => {
            out.str("m", "view");
            out.str("range", &range_text(*range));
            out.num("seq", *seq);
            write_changes(&mut out, changes);
        }
        Message::Token { token, agent } => {
            out.str("m", "token");
            out.num("n", token.n);
            out.str("token", &token.token);
            if let Some(e) = token.expires_ms {
                out.num("expires", e);
            }
            out.opt("agent", agent.as_deref());
        }
        Message::Agent { agent } => {
            out.str("m", "agent");
            out.str("agent", agent);
        }
        Message::Signing { until_ms } => {
            out.str("m", "signing");
            out.num("until", *until_ms);
        }
        Message::Renew { refused } => {
            out.str("m", "renew");
            out.str("refused", refused);
        }
        Message::Live(row) => {
            out.str("m", "live");
            out.key("row");
            write_row(&mut out, row);
        }
        Message::LiveStatus(status) => {
            out.str("m", "live-status");
            out.str("status", status_text(*status));
            if let Status::Reconnecting { attempt } = status {
                out.num("attempt", u64::from(*attempt));
            }
        }
        Message::Gap => out.str("m", "gap"),
        Message::Channel(channel) => {
            out.str("m", "channel");
            out.str("id", &channel.id);
            out.str("uri", &channel.uri);
            if let Some(e) = channel.expires_ms {
                out.num("expires", e);
            }
        }
        Message::Refresh => out.str("m", "refresh"),
        Message::Retry { range } => {
            out.str("m", "retry");
            out.str("range", &range_text(*range));
        }
        Message::Bye => out.str("m", "bye"),
    }
    out.0.push('}');
    out.0
}

fn status_text(status: Status) -> &'static str {
    match status {
        Status::Off => "off",
        Status::Connecting => "connecting",
        Status::Live => "live",
        Status::Reconnecting { .. } => "reconnecting",
        Status::Offline => "offline",
        Status::GaveUp => "gave-up",
    }
}

// ---- reading ----

fn need<T: FromJson>(json: &Json, key: &'static str) -> Result<T, ReadError> {
    field(json, key)?.ok_or_else(|| ReadError::missing(key))
}

fn ms(json: &Json, key: &'static str) -> Result<Option<u64>, ReadError> {
    match field::<f64>(json, key)? {
        None => Ok(None),
        Some(n) if n.is_finite() && n >= 0.0 && n.fract() == 0.0 => Ok(Some(n as u64)),
        Some(_) => Err(ReadError::missing(key)),
    }
}

fn need_ms(json: &Json, key: &'static str) -> Result<u64, ReadError> {
    ms(json, key)?.ok_or_else(|| ReadError::missing(key))
}

fn range_of(json: &Json) -> Result<Option<Range>, ReadError> {
    read_range(&need::<String>(json, "range")?).ok_or_else(|| ReadError::missing("range"))
}

impl FromJson for Interaction {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        let id: String = need(json, "id")?;
        if id.is_empty() {
            return Err(ReadError::missing("id"));
        }
        Ok(Interaction {
            id,
            kind: Kind::parse(&need::<String>(json, "kind")?),
            name: field(json, "name")?,
            address: field(json, "address")?,
            queue: field(json, "queue")?,
            queue_id: field(json, "queueId")?,
            contact_id: field(json, "contactId")?,
            direction: field::<String>(json, "direction")?.map(|d| Direction::parse(&d)),
            started_ms: ms(json, "started")?,
            in_progress: field(json, "live")?.unwrap_or(false),
        })
    }
}

impl FromJson for Page {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        Ok(Page {
            interactions: need(json, "rows")?,
            total_count: ms(json, "total")?,
            skipped: need_ms(json, "skipped")? as usize,
        })
    }
}

fn string_map(json: Option<&Json>) -> Result<std::collections::HashMap<String, String>, ReadError> {
    match json {
        Some(Json::Obj(fields)) => fields.iter().map(|(k, v)| String::from_json(v).map(|v| (k.clone(), v))).collect(),
        Some(other) => Err(ReadError::wrong(JsonKind::Object, other)),
        None => Ok(Default::default()),
    }
}

impl FromJson for Change {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        Ok(match need::<String>(json, "c")?.as_str() {
            "rehandshake" => Change::Rehandshake,
            "restart" => Change::Restart { range: range_of(json)? },
            "loading" => Change::Loading,
            "rows" => Change::Rows(need(json, "page")?),
            "merge-top" => Change::MergeTop(need(json, "page")?),
            "names" => {
                let names = json.get("names");
                Change::Names(Names {
                    contacts: string_map(names.and_then(|n| n.get("contacts")))?,
                    queues: string_map(names.and_then(|n| n.get("queues")))?,
                })
            }
            "pause" => Change::Pause(match need::<String>(json, "pause")?.as_str() {
                "rate-limited" => Pause::RateLimited { until_ms: need_ms(json, "until")? },
                "retrying" => Pause::Retrying { until_ms: need_ms(json, "until")? },
                "offline" => Pause::Offline,
                _ => return Err(ReadError::missing("pause")),
            }),
            "unpause" => Change::Unpause,
            "finished" => Change::Finished,
            "failed" => Change::Failed(crate::session::wire_error::read(json.get("error").unwrap_or(&Json::Null))?),
            "live" => Change::Live(Box::new(need(json, "row")?)),
            _ => return Err(ReadError::missing("c")),
        })
    }
}

/// A message as sent: `(session key, from, message)`, or why it does not read.
pub fn read(json: &Json) -> Result<(String, String, Message), ReadError> {
    if need_ms(json, "v")? != u64::from(VERSION) {
        return Err(ReadError::missing("v"));
    }
    let key: String = need(json, "key")?;
    let from: String = need(json, "from")?;
    let message = match need::<String>(json, "m")?.as_str() {
        "hello" => Message::Hello { range: range_of(json)? },
        "snapshot" => Message::Snapshot {
            to: field(json, "to")?,
            range: range_of(json)?,
            seq: need_ms(json, "seq")?,
            changes: need(json, "changes")?,
        },
        "view" => Message::View { range: range_of(json)?, seq: need_ms(json, "seq")?, changes: need(json, "changes")? },
        "token" => Message::Token {
            token: SharedToken {
                n: need_ms(json, "n")?,
                token: need(json, "token")?,
                expires_ms: ms(json, "expires")?,
            },
            agent: field(json, "agent")?,
        },
        "agent" => Message::Agent { agent: need(json, "agent")? },
        "signing" => Message::Signing { until_ms: need_ms(json, "until")? },
        "renew" => Message::Renew { refused: need(json, "refused")? },
        "live" => Message::Live(Box::new(need(json, "row")?)),
        "live-status" => Message::LiveStatus(match need::<String>(json, "status")?.as_str() {
            "off" => Status::Off,
            "connecting" => Status::Connecting,
            "live" => Status::Live,
            "reconnecting" => Status::Reconnecting { attempt: need_ms(json, "attempt")? as u32 },
            "offline" => Status::Offline,
            "gave-up" => Status::GaveUp,
            _ => return Err(ReadError::missing("status")),
        }),
        "gap" => Message::Gap,
        "channel" => Message::Channel(Channel {
            id: need(json, "id")?,
            uri: need(json, "uri")?,
            expires_ms: ms(json, "expires")?,
        }),
        "refresh" => Message::Refresh,
        "retry" => Message::Retry { range: range_of(json)? },
        "bye" => Message::Bye,
        _ => return Err(ReadError::missing("m")),
    };
    Ok((key, from, message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::json::parse;

    fn round_trip(message: Message) {
        let text = write("k", "frame-1", &message);
        let (key, from, back) = read(&parse(&text)).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!((key.as_str(), from.as_str()), ("k", "frame-1"));
        assert_eq!(back, message, "{text}");
    }

    fn full_row() -> Interaction {
        Interaction {
            id: "c-1".into(),
            kind: Kind::Other("video".into()),
            name: Some("Ana \"Ní\" Bhriain\n".into()),
            address: Some("+353 1 555 0100".into()),
            queue: Some("Support".into()),
            queue_id: Some("q-1".into()),
            contact_id: Some("x-1".into()),
            direction: Some(Direction::Other("inbound-transfer".into())),
            started_ms: Some(1_796_000_000_123),
            in_progress: true,
        }
    }

    #[test]
    fn every_message_reads_back_as_it_was_written() {
        let page = Page {
            interactions: vec![full_row(), Interaction::new("c-2".into(), Kind::Call)],
            total_count: Some(9),
            skipped: 1,
        };
        let mut names = Names::default();
        names.contacts.insert("x-1".into(), "Ana".into());
        names.queues.insert("q-1".into(), "Support".into());
        let changes = vec![
            Change::Rehandshake,
            Change::Restart { range: Some(Range::Days(7)) },
            Change::Loading,
            Change::Rows(page.clone()),
            Change::MergeTop(Page::default()),
            Change::Names(names),
            Change::Pause(Pause::RateLimited { until_ms: 5 }),
            Change::Pause(Pause::Offline),
            Change::Unpause,
            Change::Finished,
            Change::Live(Box::new(full_row())),
        ];
        for message in [
            Message::Hello { range: None },
            Message::Snapshot {
                to: Some("frame-2".into()),
                range: Some(Range::Today),
                seq: 4,
                changes: changes.clone(),
            },
            Message::Snapshot { to: None, range: Some(Range::Days(30)), seq: 0, changes: Vec::new() },
            Message::View { range: Some(Range::Today), seq: 5, changes },
            Message::Token {
                token: SharedToken { n: 2, token: "t".into(), expires_ms: Some(9) },
                agent: Some("me".into()),
            },
            Message::Token { token: SharedToken { n: 0, token: "t".into(), expires_ms: None }, agent: None },
            Message::Agent { agent: "me".into() },
            Message::Signing { until_ms: 120_000 },
            Message::Renew { refused: "t".into() },
            Message::Live(Box::new(full_row())),
            Message::LiveStatus(Status::Reconnecting { attempt: 3 }),
            Message::LiveStatus(Status::GaveUp),
            Message::Gap,
            Message::Channel(Channel { id: "ch".into(), uri: "wss://s/ch".into(), expires_ms: Some(1) }),
            Message::Refresh,
            Message::Retry { range: Some(Range::Today) },
            Message::Bye,
        ] {
            round_trip(message);
        }
    }

    #[test]
    fn what_does_not_read_is_an_error() {
        for text in [
            r#"{"v":2,"key":"k","from":"f","m":"bye"}"#,
            r#"{"v":1,"key":"k","m":"bye"}"#,
            r#"{"v":1,"key":"k","from":"f","m":"shout"}"#,
            r#"{"v":1,"key":"k","from":"f","m":"hello","range":"yesterday"}"#,
            r#"{"v":1,"key":"k","from":"f","m":"live","row":{"id":"","kind":"call"}}"#,
            r#"{"v":1,"key":"k","from":"f","m":"signing","until":-1}"#,
            r#"{"v":1,"key":"k","from":"f","m":"view","range":"today","seq":1,"changes":[{"c":"rows"}]}"#,
            r#"[1]"#,
        ] {
            assert!(read(&parse(text)).is_err(), "{text}");
        }
    }
}
