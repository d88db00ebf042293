//! What the frames of one session tell each other ([`Message`]), and the changes of a list
//! that a range's lead sends to its mirrors ([`Change`]), as text: fields in a fixed order,
//! separated by control characters, one per level of nesting (a message, its changes, a
//! change's fields, a page's rows, a row's fields). Values never hold those characters: they
//! are written as spaces (no name, address or id of the service needs them). Nothing in a
//! message is trusted before it is read whole; one that does not read is dropped.
//!
//! Not JSON: a positional format is read with `split` alone, where JSON would need a reader per
//! type (several KB of wasm for the same messages).

use crate::error::WidgetError;
use crate::live::{Channel, Status};
use crate::model::{Direction, Interaction, Kind, Names, Page, Range};
use crate::session::Pause;
use crate::util::hash::Map;

/// The version of the messages: frames of another version ignore each other.
pub const VERSION: u32 = 2;

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

// ---- the text ----

use crate::session::fields::{In, Out, Unreadable, CHANGE, CHANGES, MESSAGE, ROW, ROWS};

fn range_text(range: Option<Range>) -> String {
    range.map_or_else(|| "all".to_owned(), Range::slug)
}

fn write_row(row: &Interaction) -> String {
    let direction = row.direction.as_ref().map(|d| match d {
        Direction::Inbound => "inbound",
        Direction::Outbound => "outbound",
        Direction::Other(s) => s.as_str(),
    });
    let kind = match &row.kind {
        Kind::Other(s) => s.as_str(),
        known => known.slug(),
    };
    Out::new(ROW)
        .str(&row.id)
        .str(kind)
        .opt(row.name.as_deref())
        .opt(row.address.as_deref())
        .opt(row.queue.as_deref())
        .opt(row.queue_id.as_deref())
        .opt(row.contact_id.as_deref())
        .opt(direction)
        .opt_num(row.started_ms)
        .str(if row.in_progress { "1" } else { "" })
        .opt(row.wrap_up.as_deref())
        .opt(row.note.as_deref())
        .done()
}

fn read_row(text: &str) -> Result<Interaction, Unreadable> {
    let mut f = In::new(text, ROW);
    let id = f.string()?;
    if id.is_empty() {
        return Err(Unreadable);
    }
    let row = Interaction {
        id,
        kind: Kind::parse(f.str()?),
        name: f.opt()?,
        address: f.opt()?,
        queue: f.opt()?,
        queue_id: f.opt()?,
        contact_id: f.opt()?,
        direction: f.opt()?.map(|d| Direction::parse(&d)),
        started_ms: f.opt_num()?,
        in_progress: !f.str()?.is_empty(),
        wrap_up: f.opt()?,
        note: f.opt()?,
    };
    f.end()?;
    Ok(row)
}

fn write_names(out: &mut Out, map: &Map<String, String>) {
    let mut entries = Out::new(ROWS);
    for (id, name) in map {
        entries.raw(Out::new(ROW).str(id).str(name).done());
    }
    out.raw(entries.done());
}

fn read_names(text: &str) -> Result<Map<String, String>, Unreadable> {
    let mut names = Map::default();
    for entry in text.split(ROWS).filter(|e| !e.is_empty()) {
        let mut f = In::new(entry, ROW);
        names.insert(f.string()?, f.string()?);
        f.end()?;
    }
    Ok(names)
}

fn write_change(change: &Change) -> String {
    let mut out = Out::new(CHANGE);
    match change {
        Change::Rehandshake => out.str("rehandshake"),
        Change::Restart { range } => out.str("restart").str(&range_text(*range)),
        Change::Loading => out.str("loading"),
        Change::Rows(page) | Change::MergeTop(page) => {
            out.str(if matches!(change, Change::Rows(_)) { "rows" } else { "merge-top" });
            out.opt_num(page.total_count).num(page.skipped as u64);
            let mut rows = Out::new(ROWS);
            for row in &page.interactions {
                rows.raw(write_row(row));
            }
            out.raw(rows.done())
        }
        Change::Names(names) => {
            out.str("names");
            write_names(&mut out, &names.contacts);
            write_names(&mut out, &names.queues);
            write_names(&mut out, &names.wrap_ups);
            &mut out
        }
        Change::Pause(pause) => {
            let until = match pause {
                Pause::RateLimited { until_ms } | Pause::Retrying { until_ms } => Some(*until_ms),
                Pause::Offline => None,
            };
            out.str("pause").str(pause.slug()).opt_num(until)
        }
        Change::Unpause => out.str("unpause"),
        Change::Finished => out.str("finished"),
        Change::Failed(error) => {
            out.str("failed");
            crate::session::wire_error::write(error, &mut out);
            &mut out
        }
        Change::Live(row) => out.str("live").raw(write_row(row)),
    };
    out.done()
}

fn read_change(text: &str) -> Result<Change, Unreadable> {
    let mut f = In::new(text, CHANGE);
    let change = match f.str()? {
        "rehandshake" => Change::Rehandshake,
        "restart" => Change::Restart { range: f.range()? },
        "loading" => Change::Loading,
        tag @ ("rows" | "merge-top") => {
            let total_count = f.opt_num()?;
            let skipped = f.num()? as usize;
            let rows = f.str()?;
            let mut interactions = Vec::new();
            for row in rows.split(ROWS).filter(|r| !r.is_empty()) {
                interactions.push(read_row(row)?);
            }
            let page = Page { interactions, total_count, skipped };
            if tag == "rows" {
                Change::Rows(page)
            } else {
                Change::MergeTop(page)
            }
        }
        "names" => Change::Names(Names {
            contacts: read_names(f.str()?)?,
            queues: read_names(f.str()?)?,
            wrap_ups: read_names(f.str()?)?,
        }),
        "pause" => Change::Pause(match (f.str()?, f.opt_num()?) {
            ("rate-limited", Some(until_ms)) => Pause::RateLimited { until_ms },
            ("retrying", Some(until_ms)) => Pause::Retrying { until_ms },
            ("offline", None) => Pause::Offline,
            _ => return Err(Unreadable),
        }),
        "unpause" => Change::Unpause,
        "finished" => Change::Finished,
        "failed" => Change::Failed(crate::session::wire_error::read(&mut f)?),
        "live" => Change::Live(Box::new(read_row(f.str()?)?)),
        _ => return Err(Unreadable),
    };
    f.end()?;
    Ok(change)
}

fn write_changes(out: &mut Out, changes: &[Change]) {
    let mut list = Out::new(CHANGES);
    for change in changes {
        list.raw(write_change(change));
    }
    out.raw(list.done());
}

fn read_changes(parts: &[&str]) -> Result<Vec<Change>, Unreadable> {
    let [text] = parts else { return Err(Unreadable) };
    let mut changes = Vec::new();
    for change in text.split(CHANGES).filter(|c| !c.is_empty()) {
        changes.push(read_change(change)?);
    }
    Ok(changes)
}

const STATUSES: [(&str, Status); 5] = [
    ("off", Status::Off),
    ("connecting", Status::Connecting),
    ("live", Status::Live),
    ("offline", Status::Offline),
    ("gave-up", Status::GaveUp),
];

/// `message` from frame `from` of session `key`, as the text sent.
pub fn write(key: &str, from: &str, message: &Message) -> String {
    let mut out = Out::new(MESSAGE);
    out.str(VERSION_TAG).str(key).str(from);
    match message {
        Message::Hello { range } => out.str("hello").str(&range_text(*range)),
        Message::Snapshot { to, range, seq, changes } => {
            out.str("snapshot").opt(to.as_deref()).str(&range_text(*range)).num(*seq);
            write_changes(&mut out, changes);
            &mut out
        }
        Message::View { range, seq, changes } => {
            out.str("view").str(&range_text(*range)).num(*seq);
            write_changes(&mut out, changes);
            &mut out
        }
        Message::Token { token, agent } => {
            out.str("token").num(token.n).str(&token.token).opt_num(token.expires_ms).opt(agent.as_deref())
        }
        Message::Agent { agent } => out.str("agent").str(agent),
        Message::Signing { until_ms } => out.str("signing").num(*until_ms),
        Message::Renew { refused } => out.str("renew").str(refused),
        Message::Live(row) => out.str("live").raw(write_row(row)),
        Message::LiveStatus(status) => {
            out.str("live-status");
            match status {
                Status::Reconnecting { attempt } => out.str("reconnecting").num(u64::from(*attempt)),
                other => out.str(STATUSES.iter().find(|(_, s)| s == other).map_or("off", |(n, _)| n)).str(""),
            }
        }
        Message::Gap => out.str("gap"),
        Message::Channel(channel) => out.str("channel").str(&channel.id).str(&channel.uri).opt_num(channel.expires_ms),
        Message::Refresh => out.str("refresh"),
        Message::Retry { range } => out.str("retry").str(&range_text(*range)),
        Message::Bye => out.str("bye"),
    };
    out.done()
}

/// Leads every message: frames of another version ignore each other.
const VERSION_TAG: &str = "crm2";

/// A message as sent: `(session key, from, message)`, or [`Unreadable`].
pub fn read(text: &str) -> Result<(String, String, Message), Unreadable> {
    let mut f = In::new(text, MESSAGE);
    if f.str()? != VERSION_TAG {
        return Err(Unreadable);
    }
    let key = f.string()?;
    let from = f.string()?;
    let message = match f.str()? {
        "hello" => Message::Hello { range: f.range()? },
        "snapshot" => {
            let (to, range, seq) = (f.opt()?, f.range()?, f.num()?);
            Message::Snapshot { to, range, seq, changes: read_changes(&f.rest())? }
        }
        "view" => {
            let (range, seq) = (f.range()?, f.num()?);
            Message::View { range, seq, changes: read_changes(&f.rest())? }
        }
        "token" => {
            let token = SharedToken { n: f.num()?, token: f.string()?, expires_ms: f.opt_num()? };
            if token.token.is_empty() {
                return Err(Unreadable);
            }
            Message::Token { token, agent: f.opt()? }
        }
        "agent" => Message::Agent { agent: f.string()? },
        "signing" => Message::Signing { until_ms: f.num()? },
        "renew" => Message::Renew { refused: f.string()? },
        "live" => Message::Live(Box::new(read_row(f.str()?)?)),
        "live-status" => Message::LiveStatus(match (f.str()?, f.str()?) {
            ("reconnecting", n) => Status::Reconnecting { attempt: n.parse().map_err(|_| Unreadable)? },
            (name, "") => STATUSES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s).ok_or(Unreadable)?,
            _ => return Err(Unreadable),
        }),
        "gap" => Message::Gap,
        "channel" => Message::Channel(Channel { id: f.string()?, uri: f.string()?, expires_ms: f.opt_num()? }),
        "refresh" => Message::Refresh,
        "retry" => Message::Retry { range: f.range()? },
        "bye" => Message::Bye,
        _ => return Err(Unreadable),
    };
    f.end()?;
    Ok((key, from, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(message: Message) {
        let text = write("k", "frame-1", &message);
        let (key, from, back) = read(&text).unwrap_or_else(|e| panic!("{e:?}: {text:?}"));
        assert_eq!((key.as_str(), from.as_str()), ("k", "frame-1"));
        assert_eq!(back, message, "{text}");
    }

    fn full_row() -> Interaction {
        Interaction {
            id: "c-1".into(),
            kind: Kind::Other("video".into()),
            name: Some("Ana \"Ní\" Bhriain".into()),
            address: Some("+353 1 555 0100".into()),
            queue: Some("Support".into()),
            queue_id: Some("q-1".into()),
            contact_id: Some("x-1".into()),
            direction: Some(Direction::Other("inbound-transfer".into())),
            started_ms: Some(1_796_000_000_123),
            in_progress: true,
            wrap_up: Some("wu-1".into()),
            note: Some("<img src=x onerror=alert(1)> آخر مكالمة، 折り返し".into()),
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
        names.wrap_ups.insert("wu-1".into(), "Resolved".into());
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
    fn control_characters_in_values_are_written_as_spaces() {
        let mut row = full_row();
        row.name = Some("Ana\u{1}\u{5}\nNí".into());
        let text = write("k", "f", &Message::Live(Box::new(row)));
        let (_, _, back) = read(&text).unwrap();
        let Message::Live(back) = back else { panic!("{back:?}") };
        assert_eq!(back.name.as_deref(), Some("Ana   Ní"));
        // A note's line breaks too (the row shows it on one flowing line anyway).
        let mut row = full_row();
        row.note = Some("Refund sent.\nCall back Friday".into());
        let (_, _, back) = read(&write("k", "f", &Message::Live(Box::new(row)))).unwrap();
        let Message::Live(back) = back else { panic!("{back:?}") };
        assert_eq!(back.note.as_deref(), Some("Refund sent. Call back Friday"));
    }

    #[test]
    fn what_does_not_read_is_unreadable() {
        let ok = write("k", "f", &Message::Hello { range: Some(Range::Today) });
        assert!(read(&ok).is_ok());
        for text in [
            ok.replace("crm2", "crm1"),
            ok.replace("today", "yesterday"),
            ok.replace("hello", "shout"),
            format!("{ok}\u{1}extra"),
            "crm2\u{1}k".to_owned(),
            write("k", "f", &Message::Signing { until_ms: 5 }).replace('5', "-5"),
            write("k", "f", &Message::Live(Box::new(full_row()))).replacen("c-1", "", 1),
            write("k", "f", &Message::View { range: None, seq: 1, changes: vec![Change::Rows(Page::default())] })
                .replace("rows", "roes"),
            String::new(),
        ] {
            assert_eq!(read(&text).map(|_| ()), Err(Unreadable), "{text:?}");
        }
    }
}
