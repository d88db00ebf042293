//! Many frames, one agent (CONTRACT §10): the frames of the widget that share a sign-in (the
//! same origin, OAuth client, login base and API base) act as one session. This is one
//! frame's part in it, as a sans-I/O state machine with time passed in: the shell tells it
//! what happened (a lock granted, a message heard, a token obtained, its own load's changes,
//! the live feed's news) and carries out the [`Act`]s it returns (messages to send, locks to
//! ask for or let go, changes to show, work to start).
//!
//! Two kinds of lock decide who does what (Web Locks in the shell, granted first come, first
//! served; a lock held by a frame that goes away passes to the next frame waiting for it):
//! - **The session** ([`Lock::Session`]): its holder signs in and renews (one round at a time,
//!   across every frame), hands its token to the others in memory, and runs the one live
//!   connection, whose rows and news it sends to everyone.
//! - **A time range** ([`Lock::Range`]): its lead loads the range (`users/me` once per token,
//!   the pages, the names) and sends every change of its list to the frames that show the same
//!   range (mirrors), which show exactly that and request nothing. A frame that joins gets the
//!   changes so far at once (a snapshot). Refresh anywhere reloads each range once.
//!
//! When a lock's frame goes away (closed, navigated for sign-in, stopped), the next frame
//! waiting for it takes over: a new session holder keeps the token (no new sign-in while it
//! lives), reconnects to the same channel, and the ranges' leads backfill page 1 when it is
//! live; a new range lead backfills page 1 on top of the rows it shows (or loads again, when
//! the load it mirrored had not finished). No row is shown twice: a mirror applies its lead's
//! changes in order, and asks for a snapshot again if it ever misses one.

use crate::live::{Channel, Status};
use crate::model::{Interaction, Range};
use crate::session::wire::{Change, Message, SharedToken};

/// How long the frames wait for a sign-in round another frame has under way (it left for the
/// login service, where the agent may take a while) before the session's holder starts its own.
pub const ROUND_MS: u64 = 120_000;
/// How long a mirror waits for its lead's snapshot before asking again.
pub const SNAPSHOT_MS: u64 = 3_000;

/// The locks of a session. The shell names them after the session's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    Session,
    /// The lead of a time range (`None`: a source without ranges).
    Range(Option<Range>),
}

impl Lock {
    /// The lock's name for a session `key` (see [`session_key`]).
    pub fn name(self, key: &str) -> String {
        match self {
            Lock::Session => format!("{key}#session"),
            Lock::Range(range) => format!("{key}#range:{}", range.map_or_else(|| "all".to_owned(), Range::slug)),
        }
    }
}

/// What makes frames one session: the same OAuth client, login base and API base (the origin
/// is the browser's business: locks and channels never cross it).
pub fn session_key(client_id: &str, login_base: &str, api_base: &str) -> String {
    format!("crm-session:{client_id}|{login_base}|{api_base}")
}

/// What the shell does.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    /// Send this to every other frame of the session.
    Send(Message),
    /// Ask for this lock: granted at once, or busy and then waited for.
    Lock(Lock),
    /// Let this lock go (or stop waiting for it).
    Unlock(Lock),
    /// Show these changes (in order).
    Show(Vec<Change>),
    /// How live updates are doing, for the header.
    LiveStatus(Status),
    /// This frame's requests use this token from now on.
    Token(SharedToken),
    /// The session's holder needs a token and no round is under way: sign in (the token
    /// source's own way: leave for the login service, or the popup's button).
    SignIn,
    /// The session's holder: renew the token (a frame's request was refused with it).
    Renew,
    /// This frame leads its range: load it from the first page.
    LoadFresh,
    /// This frame takes over its range from a lead that went: page 1 again on top of the rows
    /// shown when their load was complete, else a load from the first page.
    TakeOver {
        complete: bool,
    },
    /// The lead: page 1 again on top (live updates had a gap).
    Backfill,
    /// The lead: a new load of the range (a Refresh in some frame).
    Refresh,
    /// The lead: Retry after its load failed (asked in some frame).
    Retry,
    /// The lead: names for a row that came live.
    NamesFor(Box<Interaction>),
    /// The session's holder runs live updates for `agent`, on `channel` if one is known.
    StartLive {
        agent: String,
        channel: Option<Channel>,
    },
    StopLive,
}

/// This frame's place in the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Not asked yet, or asked and not answered.
    Joining,
    /// Holds the session's lock.
    Holder,
    /// Another frame holds it.
    Follower,
    /// Gone (stopped or left).
    Gone,
}

/// This frame's place for its range.
#[derive(Debug, Clone, PartialEq, Eq)]
enum RangeRole {
    Joining,
    Lead,
    /// Shows what another frame loads: `lead`, once its snapshot came (changes from any
    /// other frame are old news).
    Mirror {
        lead: Option<String>,
        asked_ms: u64,
    },
}

/// One frame's part in the session.
#[derive(Debug, Clone)]
pub struct Peer {
    id: String,
    role: Role,
    range: Option<Range>,
    range_role: RangeRole,
    token: Option<SharedToken>,
    agent: Option<String>,
    /// A sign-in round under way (another frame's, or this frame's own), until then.
    round_until: Option<u64>,
    /// This frame (the holder) asked its token source for a token, or a renewal.
    signing: bool,
    /// This frame's sign-in failed: only Retry signs in again (CONTRACT §6.4, no loops).
    failed: bool,
    channel: Option<Channel>,
    live: bool,
    live_status: Status,
    /// The changes of the range's list since its last restart, in order, and how many have
    /// been numbered (a lead sends each with its number; a mirror applies them in order).
    log: Vec<Change>,
    seq: u64,
    /// Whether the range's load is complete (so a lead that takes over needs only page 1).
    complete: bool,
    /// When this frame last asked for what it lacks (a token, a snapshot).
    asked_ms: u64,
    /// The lead's first work, waiting for a token (until then the list shows the handshake,
    /// as a frame on its own does while it signs in).
    pending: Option<Act>,
}

impl Peer {
    /// A frame whose random id is `id` (the shell makes it from `crypto.getRandomValues`).
    pub fn new(id: String) -> Peer {
        Peer {
            id,
            role: Role::Joining,
            range: None,
            range_role: RangeRole::Joining,
            token: None,
            agent: None,
            round_until: None,
            signing: false,
            failed: false,
            channel: None,
            live: false,
            live_status: Status::Off,
            log: Vec::new(),
            seq: 0,
            complete: false,
            asked_ms: 0,
            pending: None,
        }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The agent, once known.
    pub fn agent(&self) -> Option<&str> {
        self.agent.as_deref()
    }

    /// The range this frame shows.
    pub fn range(&self) -> Option<Range> {
        self.range
    }

    pub fn role(&self) -> Role {
        self.role
    }

    /// Whether this frame leads its range (loads it for the frames that show it).
    pub fn leads(&self) -> bool {
        self.range_role == RangeRole::Lead
    }

    /// Whether this frame runs the session's live connection.
    pub fn is_live(&self) -> bool {
        self.live
    }

    /// Whether this frame's sign-in round is under way (it asked its token source).
    pub fn is_signing(&self) -> bool {
        self.signing
    }

    pub fn token(&self) -> Option<&SharedToken> {
        self.token.as_ref()
    }

    /// The frame starts, showing `range`, with a token of its own if it just finished a
    /// sign-in round (back from the login service).
    pub fn join(&mut self, range: Option<Range>, token: Option<SharedToken>, now_ms: u64) -> Vec<Act> {
        self.role = Role::Joining;
        self.asked_ms = now_ms;
        self.range = range;
        self.range_role = RangeRole::Joining;
        let mut acts = vec![Act::Lock(Lock::Session), Act::Lock(Lock::Range(range))];
        if let Some(token) = token {
            acts.extend(self.obtained(token, now_ms));
        }
        acts.push(Act::Send(Message::Hello { range }));
        acts
    }

    /// The shell got `lock`.
    pub fn granted(&mut self, lock: Lock, now_ms: u64) -> Vec<Act> {
        match lock {
            Lock::Session if self.role == Role::Joining || self.role == Role::Follower => {
                self.role = Role::Holder;
                let mut acts = self.need_token(now_ms);
                acts.extend(self.maybe_start_live());
                acts
            }
            Lock::Range(range) if range == self.range && self.range_role != RangeRole::Lead => {
                let took_over = matches!(self.range_role, RangeRole::Mirror { lead: Some(_), .. });
                self.range_role = RangeRole::Lead;
                let act = if took_over && !self.log.is_empty() {
                    Act::TakeOver { complete: self.complete }
                } else {
                    self.log.clear();
                    self.complete = false;
                    Act::LoadFresh
                };
                // The mirrors follow this frame from now on: its list is theirs.
                let snapshot = Message::Snapshot { to: None, range, seq: self.seq, changes: self.log.clone() };
                if self.token.is_none() {
                    self.pending = Some(act);
                    return vec![Act::Send(snapshot)];
                }
                vec![Act::Send(snapshot), act]
            }
            // A lock this frame no longer wants (it moved to another range, or stopped).
            _ => vec![Act::Unlock(lock)],
        }
    }

    /// `lock` is held by another frame; the shell waits for it.
    pub fn busy(&mut self, lock: Lock, now_ms: u64) -> Vec<Act> {
        match lock {
            Lock::Session if self.role == Role::Joining => {
                self.role = Role::Follower;
                Vec::new()
            }
            Lock::Range(range) if range == self.range && self.range_role == RangeRole::Joining => {
                self.range_role = RangeRole::Mirror { lead: None, asked_ms: now_ms };
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// The holder without a token: wait for a round under way, or sign in.
    fn need_token(&mut self, now_ms: u64) -> Vec<Act> {
        if self.role != Role::Holder || self.signing || self.failed {
            return Vec::new();
        }
        if let Some(token) = self.token.clone().filter(|t| t.lives(now_ms)) {
            // Frames that asked the holder before this one may not have it.
            let told = Message::Token { token: token.clone(), agent: self.agent.clone() };
            return vec![Act::Send(told), Act::Token(token)];
        }
        if self.round_until.is_some_and(|until| now_ms < until) {
            return Vec::new();
        }
        self.signing = true;
        self.round_until = Some(now_ms.saturating_add(ROUND_MS));
        vec![Act::Send(Message::Signing { until_ms: now_ms.saturating_add(ROUND_MS) }), Act::SignIn]
    }

    fn maybe_start_live(&mut self) -> Vec<Act> {
        match (&self.agent, &self.token) {
            (Some(agent), Some(_)) if self.role == Role::Holder && !self.live => {
                self.live = true;
                vec![Act::StartLive { agent: agent.clone(), channel: self.channel.clone() }]
            }
            _ => Vec::new(),
        }
    }

    /// A token came: this frame's sign-in round or renewal, or a frame back from the login
    /// service. Every frame gets it.
    pub fn obtained(&mut self, mut token: SharedToken, now_ms: u64) -> Vec<Act> {
        self.signing = false;
        self.failed = false;
        self.round_until = None;
        // Numbered by when it came (every frame shares the browser's clock): a frame back from
        // the login service knows no earlier number, and its token is still the newest.
        token.n = now_ms.max(self.token.as_ref().map_or(0, |t| t.n) + 1);
        self.token = Some(token.clone());
        let mut acts =
            vec![Act::Send(Message::Token { token: token.clone(), agent: self.agent.clone() }), Act::Token(token)];
        acts.extend(self.pending.take());
        acts.extend(self.maybe_start_live());
        acts
    }

    /// Another frame's sign-in round is under way until then, as the shell found before this
    /// frame's own round began (another frame of the tab away at the login service, which no
    /// message told of: it left before this frame listened). This frame waits for its token.
    pub fn round_under_way(&mut self, until_ms: u64) -> Vec<Act> {
        self.signing = false;
        self.round_until = Some(until_ms);
        Vec::new()
    }

    /// The holder's sign-in failed (denied, a failed exchange): it shows the error; Retry in
    /// it signs in again. The others keep waiting for a token.
    pub fn sign_in_failed(&mut self) -> Vec<Act> {
        self.failed = true;
        self.signing = false;
        self.round_until = None;
        Vec::new()
    }

    /// The holder's Retry after its sign-in failed.
    pub fn sign_in_again(&mut self, now_ms: u64) -> Vec<Act> {
        self.failed = false;
        self.token = None;
        self.need_token(now_ms)
    }

    /// The holder is leaving for the login service (frame sign-in): the others wait for the
    /// round instead of starting their own.
    pub fn leaving_for_sign_in(&mut self, now_ms: u64) -> Vec<Act> {
        let until = now_ms.saturating_add(ROUND_MS);
        self.round_until = Some(until);
        vec![Act::Send(Message::Signing { until_ms: until })]
    }

    /// A request of this frame was refused (401) with `refused`: the holder renews once for
    /// everyone; a newer token is used at once.
    pub fn refused(&mut self, refused: &str, now_ms: u64) -> Vec<Act> {
        match &self.token {
            Some(t) if t.token != refused => vec![Act::Token(t.clone())],
            _ if self.role == Role::Holder => {
                if self.signing || self.failed {
                    return Vec::new();
                }
                self.signing = true;
                self.round_until = Some(now_ms.saturating_add(ROUND_MS));
                vec![Act::Renew]
            }
            _ => vec![Act::Send(Message::Renew { refused: refused.to_owned() })],
        }
    }

    /// The agent is known (the lead's first page is shown): live updates may start.
    pub fn agent_known(&mut self, agent: &str) -> Vec<Act> {
        if self.agent.as_deref() == Some(agent) {
            return Vec::new();
        }
        self.agent = Some(agent.to_owned());
        let mut acts = vec![Act::Send(Message::Agent { agent: agent.to_owned() })];
        acts.extend(self.maybe_start_live());
        acts
    }

    /// What this frame's own load changed (it leads its range): shown here, sent to the
    /// mirrors, and kept for frames that join.
    pub fn changed(&mut self, changes: Vec<Change>) -> Vec<Act> {
        if changes.is_empty() || self.range_role != RangeRole::Lead {
            return if changes.is_empty() { Vec::new() } else { vec![Act::Show(changes)] };
        }
        self.keep(&changes);
        self.seq += 1;
        vec![
            Act::Send(Message::View { range: self.range, seq: self.seq, changes: changes.clone() }),
            Act::Show(changes),
        ]
    }

    fn keep(&mut self, changes: &[Change]) {
        for change in changes {
            match change {
                Change::Restart { .. } | Change::Rehandshake => {
                    self.log.clear();
                    self.complete = false;
                }
                Change::Finished => self.complete = true,
                Change::Failed(_) => self.complete = false,
                _ => {}
            }
            self.log.push(change.clone());
        }
    }

    /// The live feed (this frame runs it) has a row: each lead shows it, sends it to its
    /// mirrors with its other changes (so that a mirror sees it in the same order as its lead,
    /// never before a restart that would drop it), and asks for its names.
    pub fn live_row(&mut self, row: Interaction) -> Vec<Act> {
        let mut acts = vec![Act::Send(Message::Live(Box::new(row.clone())))];
        acts.extend(self.heard_row(row));
        acts
    }

    fn heard_row(&mut self, row: Interaction) -> Vec<Act> {
        if !self.leads() {
            return Vec::new();
        }
        let mut acts = self.changed(vec![Change::Live(Box::new(row.clone()))]);
        acts.push(Act::NamesFor(Box::new(row)));
        acts
    }

    pub fn live_status(&mut self, status: Status) -> Vec<Act> {
        self.live_status = status;
        vec![Act::Send(Message::LiveStatus(status)), Act::LiveStatus(status)]
    }

    /// Live updates had a gap (a drop, or a new holder's first socket): every lead backfills.
    pub fn live_gap(&mut self) -> Vec<Act> {
        let mut acts = vec![Act::Send(Message::Gap)];
        if self.leads() {
            acts.push(Act::Backfill);
        }
        acts
    }

    /// The live connection uses `channel` now: whoever takes over reconnects to it.
    pub fn live_channel(&mut self, channel: Channel) -> Vec<Act> {
        self.channel = Some(channel.clone());
        vec![Act::Send(Message::Channel(channel))]
    }

    /// Refresh in this frame: every range reloads, once.
    pub fn refresh(&mut self) -> Vec<Act> {
        let mut acts = vec![Act::Send(Message::Refresh)];
        if self.leads() {
            acts.push(Act::Refresh);
        }
        acts
    }

    /// Retry in this frame, after its range's load failed.
    pub fn retry(&mut self) -> Vec<Act> {
        if self.leads() {
            vec![Act::Retry]
        } else {
            vec![Act::Send(Message::Retry { range: self.range })]
        }
    }

    /// The agent chose another range: this frame leaves the old one's lead (the next frame
    /// showing it takes over) and joins the new one.
    pub fn set_range(&mut self, range: Option<Range>, now_ms: u64) -> Vec<Act> {
        if range == self.range {
            return Vec::new();
        }
        self.pending = None;
        let old = self.range;
        self.range = range;
        self.range_role = RangeRole::Joining;
        self.log.clear();
        self.seq = 0;
        self.complete = false;
        let _ = now_ms;
        vec![Act::Unlock(Lock::Range(old)), Act::Lock(Lock::Range(range)), Act::Send(Message::Hello { range })]
    }

    /// The frame stops (lifecycle `stop`, unmount, leaving the page): its locks pass on.
    pub fn leave(&mut self) -> Vec<Act> {
        if self.role == Role::Gone {
            return Vec::new();
        }
        let mut acts = vec![Act::Send(Message::Bye)];
        if std::mem::take(&mut self.live) {
            acts.push(Act::StopLive);
        }
        acts.extend([Act::Unlock(Lock::Session), Act::Unlock(Lock::Range(self.range))]);
        self.role = Role::Gone;
        self.range_role = RangeRole::Joining;
        self.signing = false;
        self.pending = None;
        acts
    }

    /// Time passes: a round that took too long, a token or a snapshot that did not come.
    pub fn tick(&mut self, now_ms: u64) -> Vec<Act> {
        let mut acts = Vec::new();
        if self.role == Role::Holder && self.token.is_none() {
            acts.extend(self.need_token(now_ms));
        }
        let waiting = self.role == Role::Follower && self.token.is_none();
        if waiting && now_ms.saturating_sub(self.asked_ms) >= SNAPSHOT_MS {
            self.asked_ms = now_ms;
            acts.push(Act::Send(Message::Hello { range: self.range }));
        }
        if let RangeRole::Mirror { lead: None, asked_ms } = self.range_role {
            if now_ms.saturating_sub(asked_ms) >= SNAPSHOT_MS {
                self.range_role = RangeRole::Mirror { lead: None, asked_ms: now_ms };
                acts.push(Act::Send(Message::Hello { range: self.range }));
            }
        }
        acts
    }

    /// A message from frame `from` of the same session (the shell checked its origin).
    pub fn heard(&mut self, from: &str, message: Message, now_ms: u64) -> Vec<Act> {
        if self.role == Role::Gone || from == self.id {
            return Vec::new();
        }
        match message {
            Message::Hello { range } => {
                let mut acts = Vec::new();
                if self.role == Role::Holder {
                    if let Some(token) = &self.token {
                        acts.push(Act::Send(Message::Token { token: token.clone(), agent: self.agent.clone() }));
                    }
                    if self.live {
                        acts.push(Act::Send(Message::LiveStatus(self.live_status)));
                    }
                    // Whoever takes over next reconnects to the same channel.
                    if let Some(channel) = &self.channel {
                        acts.push(Act::Send(Message::Channel(channel.clone())));
                    }
                    if let Some(until) = self.round_until.filter(|u| *u > now_ms) {
                        acts.push(Act::Send(Message::Signing { until_ms: until }));
                    }
                }
                if self.leads() && range == self.range {
                    acts.push(Act::Send(Message::Snapshot {
                        to: Some(from.to_owned()),
                        range,
                        seq: self.seq,
                        changes: self.log.clone(),
                    }));
                }
                acts
            }
            Message::Snapshot { to, range, seq, changes } => {
                // One asked for by this frame, or a new lead's to everyone.
                let mirror = matches!(self.range_role, RangeRole::Mirror { .. } | RangeRole::Joining);
                let for_me = to.as_deref().is_none_or(|to| to == self.id);
                let waiting = matches!(self.range_role, RangeRole::Mirror { lead: None, .. } | RangeRole::Joining);
                if !for_me || range != self.range || !mirror || (to.is_some() && !waiting) {
                    return Vec::new();
                }
                self.range_role = RangeRole::Mirror { lead: Some(from.to_owned()), asked_ms: now_ms };
                self.log.clear();
                self.complete = false;
                self.keep(&changes);
                self.seq = seq;
                // The list shows exactly the lead's.
                let mut shown = vec![Change::Rehandshake];
                shown.extend(changes);
                vec![Act::Show(shown)]
            }
            Message::View { range, seq, changes } => {
                if range != self.range {
                    return Vec::new();
                }
                match &self.range_role {
                    RangeRole::Mirror { lead: Some(lead), .. } if lead == from && seq == self.seq + 1 => {
                        self.seq = seq;
                        self.keep(&changes);
                        vec![Act::Show(changes)]
                    }
                    RangeRole::Mirror { lead: Some(lead), .. } if lead == from && seq > self.seq + 1 => {
                        // A change was missed: the whole list again, from the lead.
                        self.range_role = RangeRole::Mirror { lead: None, asked_ms: now_ms };
                        vec![Act::Send(Message::Hello { range: self.range })]
                    }
                    // Before the snapshot (it has these), from a lead that went, or old news.
                    _ => Vec::new(),
                }
            }
            Message::Token { token, agent } => {
                if self.agent.is_none() {
                    self.agent = agent;
                }
                if !token.newer_than(self.token.as_ref()) {
                    return self.maybe_start_live();
                }
                self.signing = false;
                self.failed = false;
                self.round_until = None;
                self.token = Some(token.clone());
                let mut acts = vec![Act::Token(token)];
                acts.extend(self.pending.take());
                acts.extend(self.maybe_start_live());
                acts
            }
            Message::Agent { agent } => {
                if self.agent.is_some() {
                    return Vec::new();
                }
                self.agent = Some(agent);
                self.maybe_start_live()
            }
            Message::Signing { until_ms } => {
                if !self.signing {
                    self.round_until = Some(until_ms.min(now_ms.saturating_add(ROUND_MS)));
                }
                Vec::new()
            }
            Message::Renew { refused } if self.role == Role::Holder => self.refused(&refused, now_ms),
            Message::Renew { .. } => Vec::new(),
            Message::Live(row) => self.heard_row(*row),
            Message::LiveStatus(status) => {
                self.live_status = status;
                if self.live {
                    Vec::new()
                } else {
                    vec![Act::LiveStatus(status)]
                }
            }
            Message::Gap if self.leads() => vec![Act::Backfill],
            Message::Gap => Vec::new(),
            Message::Channel(channel) => {
                self.channel = Some(channel);
                Vec::new()
            }
            Message::Refresh if self.leads() => vec![Act::Refresh],
            Message::Refresh => Vec::new(),
            Message::Retry { range } if self.leads() && range == self.range => vec![Act::Retry],
            Message::Retry { .. } | Message::Bye => Vec::new(),
        }
    }
}
