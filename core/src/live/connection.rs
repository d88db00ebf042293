//! Live updates over the Notifications WebSocket (CONTRACT §9; GENESYS-API.md §6), as pure
//! decisions: the connection as a state machine that says what to do ([`Command`]) and is told
//! what happened, with time and jitter passed in; and the row for a conversation event.
//!
//! The rules: a channel is opened once the list is shown; its socket subscribes to
//! `v2.users.<me>.conversations`; heartbeats (`channel.metadata`) and events are signs of life.
//! A close, an error or silence for twice the heartbeat interval → reconnect after a bounded,
//! jittered backoff, to the same channel while it lives (its subscription put again first: a 404
//! says it is gone, and only then, or past its `expires`, is a new channel made); a token past
//! its expiry → renew it first; `socket_closing` → a new socket to the same channel before the
//! old one closes; offline → wait for `online` without spending tries. After every gap, page 1 is
//! asked for again (`Backfill`). Tries are bounded: then it gives up, says so, and waits for the
//! agent's Reconnect.

use crate::net::retry::Backoff;
use crate::net::{paths, BaseUrl, Method, Request};
use crate::source::LoadError;
use crate::util::json::Json;
use crate::util::text::json_string;
use crate::util::time::parse_iso_ms;

/// Genesys sends a heartbeat about every 30 s.
pub const HEARTBEAT_MS: u64 = 30_000;

/// Bounds on reconnecting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LivePolicy {
    /// Tries in a row before giving up (a try is a channel, a socket and a subscription).
    pub max_tries: u32,
    pub backoff: Backoff,
    /// No sign of life for this long: the socket is taken for dead.
    pub silence_ms: u64,
}

impl Default for LivePolicy {
    fn default() -> LivePolicy {
        LivePolicy { max_tries: 8, backoff: Backoff { base_ms: 1_000, max_ms: 60_000 }, silence_ms: 2 * HEARTBEAT_MS }
    }
}

/// What the shell does for the live feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `POST {apiBase}/api/v2/notifications/channels`, then [`Live::created`].
    CreateChannel,
    /// Open WebSocket `socket` to `uri`, then [`Live::opened`] (or [`Live::closed`]).
    Connect { socket: u32, uri: String },
    /// `PUT {apiBase}/api/v2/notifications/channels/{channel}/subscriptions` with the topic,
    /// then [`Live::subscribed`] with this `socket` (0: put before any socket connects).
    Subscribe { socket: u32, channel: String, topic: String },
    /// Close WebSocket `socket` (and forget it: no event of it counts any more).
    Close { socket: u32 },
    /// Get a fresh token from the token source, then [`Live::renewed`].
    RenewToken,
    /// Ask for page 1 again and merge it into the list: events may have been missed.
    Backfill,
    /// Call [`Live::waited`] after this long (cancel any earlier wait).
    Wait { ms: u64 },
}

/// What the header says about live updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not started (the list is not shown yet), or stopped.
    Off,
    Connecting,
    Live,
    /// After a failure: try `attempt` of the policy's `max_tries` is next.
    Reconnecting {
        attempt: u32,
    },
    /// The browser is offline; live updates come back with the network.
    Offline,
    /// Every try failed: Reconnect starts again.
    GaveUp,
}

impl Status {
    /// A stable machine name (`data-live`): `live`, `reconnecting`, `off` or `gave-up`.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Live => "live",
            Status::Connecting | Status::Reconnecting { .. } => "reconnecting",
            Status::Offline | Status::Off => "off",
            Status::GaveUp => "gave-up",
        }
    }
}

/// Why a channel or subscription request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 401: the token is no longer accepted.
    Unauthorized,
    /// 404 on a subscription: the channel is gone.
    Gone,
    /// Anything else (5xx, 429, network), once the request's own retries are spent.
    Failed,
}

impl Refusal {
    /// How it reads in the diagnostics panel.
    pub fn name(self) -> &'static str {
        match self {
            Refusal::Unauthorized => "401, the token is not accepted",
            Refusal::Gone => "404, the channel is gone",
            Refusal::Failed => "failed",
        }
    }

    /// What a channel or subscription request's failure means here (the request met the same
    /// rules as every other first: 429 and `Retry-After`, 401 and one renewal, bounded tries).
    pub fn of(error: &LoadError) -> Refusal {
        match error {
            LoadError::Unauthorized | LoadError::Renewal(_) => Refusal::Unauthorized,
            LoadError::Unexpected { status: 404 } => Refusal::Gone,
            _ => Refusal::Failed,
        }
    }
}

/// How the service answered a subscription, for the topic asked (GENESYS-API.md §11).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subscription {
    Permitted,
    /// The topic will never get an event; `state` as the service said it.
    Rejected {
        state: String,
    },
}

/// `ChannelTopicEntityListing`: `{"entities": [{"id": topic, "state": "Permitted" | "Rejected"}]}`.
#[derive(Debug, Clone, Default)]
pub struct RawTopics {
    pub entities: Option<Vec<RawTopic>>,
}
crate::read!(RawTopics { entities: "entities" });

#[derive(Debug, Clone, Default)]
pub struct RawTopic {
    pub id: Option<String>,
    pub state: Option<String>,
}
crate::read!(RawTopic { id: "id", state: "state" });

impl RawTopics {
    /// What the answer says of `topic`: rejected only when the service says so; a topic it
    /// does not list, or lists without a state, counts as permitted.
    pub fn of(&self, topic: &str) -> Subscription {
        let state =
            self.entities.iter().flatten().find(|t| t.id.as_deref() == Some(topic)).and_then(|t| t.state.clone());
        match state {
            Some(state) if state != "Permitted" => Subscription::Rejected { state },
            _ => Subscription::Permitted,
        }
    }
}

/// A channel as created: `{id, connectUri, expires}`.
#[derive(Debug, Clone, Default)]
pub struct RawChannel {
    pub id: Option<String>,
    pub connect_uri: Option<String>,
    pub expires: Option<String>,
}
crate::read!(RawChannel { id: "id", connect_uri: "connectUri", expires: "expires" });

/// A channel as this connection knows it: shared with the frame that takes over the session,
/// so that it reconnects to the same channel while it lives (CONTRACT §9.4, §10.5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Channel {
    pub id: String,
    pub uri: String,
    pub expires_ms: Option<u64>,
}

impl Channel {
    fn expired(&self, now_ms: u64) -> bool {
        self.expires_ms.is_some_and(|e| now_ms >= e)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Phase {
    Off,
    Stopped,
    CreatingChannel,
    /// A known channel's subscription is put again before its socket connects: it says
    /// whether the channel still lives (404: gone) and carries the current token.
    Resubscribing,
    Connecting,
    Subscribing,
    Live,
    /// Waiting before the next try.
    Waiting,
    RenewingToken,
    Offline,
    GaveUp,
    /// The service rejected the topic: no event would ever come (no retry helps).
    Rejected,
}

/// The live connection. One per session; it outlives loads.
///
/// The channel budget (CONTRACT §9.4): a channel is made only when there is none, or the one
/// there was is gone (a 404 on its subscription, or past its `expires`). Drops, silence,
/// `socket_closing`, token renewals and hand-overs all reconnect to the same channel.
#[derive(Debug, Clone)]
pub struct Live {
    topic: String,
    policy: LivePolicy,
    phase: Phase,
    /// Failed tries in a row.
    failures: u32,
    next_socket: u32,
    /// The socket in use (or being set up).
    socket: Option<u32>,
    channel: Option<Channel>,
    /// What is known of the channel's subscription.
    subscribed: Sub,
    /// A socket being replaced (`socket_closing`): closed once the new one is live.
    retiring: Option<u32>,
    /// When the token in use stops working (from the token source).
    token_expires_ms: Option<u64>,
    last_sign_ms: u64,
    /// Whether events may have been missed since the socket was last live.
    gap: bool,
    renewed_once: bool,
}

/// What is known of the channel's subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    /// A new channel: its socket connects, then it subscribes.
    New,
    /// A known channel after a gap: its subscription is put again before a socket connects.
    Unsure,
    /// In place: a new socket is live as soon as it opens.
    InPlace,
}

/// The socket number of a subscription put before its socket connects.
const NO_SOCKET: u32 = 0;

impl Live {
    /// The feed for agent `me`.
    pub fn new(me: &str, policy: LivePolicy) -> Live {
        Live {
            topic: format!("v2.users.{me}.conversations"),
            policy,
            phase: Phase::Off,
            failures: 0,
            next_socket: 0,
            socket: None,
            channel: None,
            subscribed: Sub::New,
            retiring: None,
            token_expires_ms: None,
            last_sign_ms: 0,
            gap: false,
            renewed_once: false,
        }
    }

    /// Takes over the channel another frame used (a hand-over): the connection reconnects to
    /// it while it lives, and backfills, since events may have passed meanwhile.
    pub fn adopt(&mut self, channel: Channel) {
        if matches!(self.phase, Phase::Off | Phase::Stopped) && is_socket_url(&channel.uri) && !channel.id.is_empty() {
            self.channel = Some(channel);
            self.subscribed = Sub::Unsure;
            self.gap = true;
        }
    }

    /// The channel in use, if any.
    pub fn channel(&self) -> Option<&Channel> {
        self.channel.as_ref()
    }

    pub fn status(&self) -> Status {
        match self.phase {
            Phase::Off | Phase::Stopped | Phase::Rejected => Status::Off,
            Phase::Live => Status::Live,
            Phase::Offline => Status::Offline,
            Phase::GaveUp => Status::GaveUp,
            _ if self.failures > 0 => Status::Reconnecting { attempt: self.failures + 1 },
            _ => Status::Connecting,
        }
    }

    /// The sockets the shell should have open now (the current one and one being retired).
    pub fn sockets(&self) -> Vec<u32> {
        self.socket.into_iter().chain(self.retiring).collect()
    }

    /// The list is shown: connect (to the adopted channel, or a new one).
    pub fn start(&mut self, now_ms: u64) -> Vec<Command> {
        match self.phase {
            Phase::Off | Phase::Stopped | Phase::GaveUp => {
                self.failures = 0;
                self.retry(now_ms)
            }
            _ => Vec::new(),
        }
    }

    /// The agent asked to reconnect (after giving up).
    pub fn reconnect(&mut self, now_ms: u64) -> Vec<Command> {
        self.gap = true;
        self.start(now_ms)
    }

    /// Lifecycle `stop` (or unmount): every socket closes, nothing more happens. The channel
    /// is remembered (see [`Live::channel`]) for whoever takes over.
    pub fn stop(&mut self) -> Vec<Command> {
        let closes = self.sockets().into_iter().map(|socket| Command::Close { socket }).collect();
        self.socket = None;
        self.retiring = None;
        self.phase = Phase::Stopped;
        closes
    }

    /// A channel was created (or not). `token_expires_ms` is when the token it was made with
    /// stops working, if known.
    pub fn created(
        &mut self,
        result: Result<RawChannel, Refusal>,
        token_expires_ms: Option<u64>,
        now_ms: u64,
        jitter: f64,
    ) -> Vec<Command> {
        if self.phase != Phase::CreatingChannel {
            return Vec::new();
        }
        let raw = match result {
            Ok(raw) => raw,
            Err(refusal) => return self.failed(refusal, jitter),
        };
        let (Some(id), Some(uri)) = (raw.id.filter(|s| !s.is_empty()), raw.connect_uri.filter(|u| is_socket_url(u)))
        else {
            return self.failed(Refusal::Failed, jitter);
        };
        self.channel = Some(Channel { id, uri, expires_ms: raw.expires.as_deref().and_then(parse_iso_ms) });
        self.subscribed = Sub::New;
        self.token_expires_ms = token_expires_ms;
        // The socket goes with the token: never with one that has expired meanwhile.
        self.retry(now_ms)
    }

    /// A new socket to the channel. A socket in use is closed first: never two sockets but for
    /// `socket_closing`, whose old socket is `retiring` (not `socket`) until the new one is live.
    fn connect(&mut self, now_ms: u64) -> Vec<Command> {
        let Some(channel) = &self.channel else {
            self.phase = Phase::CreatingChannel;
            return vec![Command::CreateChannel];
        };
        self.next_socket += 1;
        let socket = self.next_socket;
        let uri = channel.uri.clone();
        let mut commands: Vec<Command> =
            self.socket.take().map(|old| Command::Close { socket: old }).into_iter().collect();
        self.socket = Some(socket);
        self.phase = Phase::Connecting;
        self.last_sign_ms = now_ms;
        commands.push(Command::Connect { socket, uri });
        commands
    }

    fn subscribe(&self, socket: u32) -> Command {
        let channel = self.channel.as_ref().map(|c| c.id.clone()).unwrap_or_default();
        Command::Subscribe { socket, channel, topic: self.topic.clone() }
    }

    /// Socket `socket` is open: subscribe on a new channel; on a known one, the subscription
    /// stays and the socket is live.
    pub fn opened(&mut self, socket: u32, now_ms: u64) -> Vec<Command> {
        if self.socket != Some(socket) || self.phase != Phase::Connecting || self.channel.is_none() {
            return Vec::new();
        }
        self.last_sign_ms = now_ms;
        if self.subscribed == Sub::InPlace {
            return self.go_live(now_ms);
        }
        self.phase = Phase::Subscribing;
        vec![self.subscribe(socket)]
    }

    fn go_live(&mut self, now_ms: u64) -> Vec<Command> {
        self.phase = Phase::Live;
        self.failures = 0;
        self.renewed_once = false;
        self.last_sign_ms = now_ms;
        let mut commands: Vec<Command> =
            self.retiring.take().map(|socket| Command::Close { socket }).into_iter().collect();
        if std::mem::take(&mut self.gap) {
            commands.push(Command::Backfill);
        }
        commands
    }

    /// The subscription asked with `socket` went through (or not). `token_expires_ms` is when
    /// the token it went with stops working, if known.
    pub fn subscribed(
        &mut self,
        socket: u32,
        result: Result<Subscription, Refusal>,
        token_expires_ms: Option<u64>,
        now_ms: u64,
        jitter: f64,
    ) -> Vec<Command> {
        let expected = match self.phase {
            Phase::Subscribing => self.socket == Some(socket),
            Phase::Resubscribing => socket == NO_SOCKET,
            _ => false,
        };
        if !expected {
            return Vec::new();
        }
        match result {
            Err(refusal) => self.failed(refusal, jitter),
            Ok(Subscription::Rejected { .. }) => {
                // Looks live but would never hear an event: live updates are off, and say why.
                let closes = self.sockets().into_iter().map(|socket| Command::Close { socket }).collect();
                self.socket = None;
                self.retiring = None;
                self.phase = Phase::Rejected;
                closes
            }
            Ok(Subscription::Permitted) => {
                self.subscribed = Sub::InPlace;
                self.token_expires_ms = token_expires_ms;
                if self.phase == Phase::Resubscribing {
                    self.connect(now_ms)
                } else {
                    self.go_live(now_ms)
                }
            }
        }
    }

    /// A frame arrived on `socket`. Returns the body of the event it carries for the topic, if any.
    pub fn frame(&mut self, socket: u32, frame: RawFrame, now_ms: u64) -> (Option<Json>, Vec<Command>) {
        if !self.sockets().contains(&socket) {
            return (None, Vec::new());
        }
        if Some(socket) == self.socket {
            self.last_sign_ms = now_ms;
        }
        match frame.topic_name.as_deref() {
            Some("v2.system.socket_closing")
                if Some(socket) == self.socket && self.retiring.is_none() && self.phase == Phase::Live =>
            {
                // A new socket to the same channel first (its subscription stays); this one
                // closes once that is live. A channel past its `expires` is replaced instead.
                self.retiring = self.socket.take();
                (None, self.retry(now_ms))
            }
            Some(topic) if topic == self.topic => (frame.event_body, Vec::new()),
            _ => (None, Vec::new()),
        }
    }

    /// Socket `socket` closed or failed.
    pub fn closed(&mut self, socket: u32, jitter: f64) -> Vec<Command> {
        if self.retiring == Some(socket) {
            // The old socket of a `socket_closing` went first: fine, the new one is on its way.
            self.retiring = None;
            return Vec::new();
        }
        if self.socket != Some(socket) {
            return Vec::new();
        }
        self.socket = None;
        if self.phase == Phase::Offline {
            return Vec::new();
        }
        // The next try puts the subscription again first: a channel that is gone says so (404).
        self.subscribed = Sub::Unsure;
        self.failed(Refusal::Failed, jitter)
    }

    /// Called now and then: a socket silent for too long is taken for dead.
    pub fn tick(&mut self, now_ms: u64, jitter: f64) -> Vec<Command> {
        let silent = now_ms.saturating_sub(self.last_sign_ms) >= self.policy.silence_ms;
        match (&self.phase, self.socket) {
            (Phase::Live | Phase::Connecting | Phase::Subscribing, Some(socket)) if silent => {
                self.socket = None;
                self.subscribed = Sub::Unsure;
                let mut commands = vec![Command::Close { socket }];
                commands.extend(self.failed(Refusal::Failed, jitter));
                commands
            }
            _ => Vec::new(),
        }
    }

    /// Something failed: wait and try again, renew the token, or give up.
    fn failed(&mut self, refusal: Refusal, jitter: f64) -> Vec<Command> {
        self.gap = true;
        // The socket that failed (if it is still open) goes.
        let mut commands: Vec<Command> =
            self.socket.take().map(|socket| Command::Close { socket }).into_iter().collect();
        match refusal {
            Refusal::Unauthorized if !self.renewed_once => {
                // The channel stays: the subscription is put again with the new token.
                self.renewed_once = true;
                self.subscribed = Sub::Unsure;
                self.phase = Phase::RenewingToken;
                commands.push(Command::RenewToken);
                return commands;
            }
            Refusal::Gone => self.channel = None,
            _ => {}
        }
        self.failures += 1;
        if self.failures >= self.policy.max_tries {
            commands.extend(self.sockets().into_iter().map(|socket| Command::Close { socket }));
            self.socket = None;
            self.retiring = None;
            self.phase = Phase::GaveUp;
            return commands;
        }
        self.phase = Phase::Waiting;
        commands.push(Command::Wait { ms: self.policy.backoff.delay_ms(self.failures, jitter) });
        commands
    }

    /// The wait is over: try again.
    pub fn waited(&mut self, now_ms: u64) -> Vec<Command> {
        if self.phase != Phase::Waiting {
            return Vec::new();
        }
        self.retry(now_ms)
    }

    /// The next try: renew a token past its expiry first; a channel past its `expires` goes;
    /// a known channel's subscription is put again before its socket connects, unless it is
    /// known to be in place (`socket_closing`); with no channel, a new one.
    fn retry(&mut self, now_ms: u64) -> Vec<Command> {
        if self.token_expires_ms.is_some_and(|t| now_ms >= t) {
            // Never reconnect with an expired token: renew, then the same channel.
            self.subscribed = Sub::Unsure;
            self.phase = Phase::RenewingToken;
            return vec![Command::RenewToken];
        }
        if self.channel.as_ref().is_some_and(|c| c.expired(now_ms)) {
            self.channel = None;
        }
        match (&self.channel, self.subscribed) {
            (Some(_), Sub::Unsure) => {
                self.phase = Phase::Resubscribing;
                vec![self.subscribe(NO_SOCKET)]
            }
            (Some(_), _) => self.connect(now_ms),
            (None, _) => {
                self.phase = Phase::CreatingChannel;
                vec![Command::CreateChannel]
            }
        }
    }

    /// A fresh token is in place (or could not be had).
    pub fn renewed(&mut self, ok: bool, token_expires_ms: Option<u64>, now_ms: u64, jitter: f64) -> Vec<Command> {
        if self.phase != Phase::RenewingToken {
            return Vec::new();
        }
        if !ok {
            self.phase = Phase::Waiting;
            return self.failed(Refusal::Failed, jitter);
        }
        self.token_expires_ms = token_expires_ms;
        self.retry(now_ms)
    }

    /// The browser went offline: sockets will drop; nothing is tried until it is back.
    pub fn offline(&mut self) -> Vec<Command> {
        if matches!(self.phase, Phase::Off | Phase::Stopped | Phase::GaveUp | Phase::Rejected) {
            return Vec::new();
        }
        let closes = self.sockets().into_iter().map(|socket| Command::Close { socket }).collect();
        self.socket = None;
        self.retiring = None;
        self.subscribed = Sub::Unsure;
        self.gap = true;
        self.phase = Phase::Offline;
        closes
    }

    /// Back online: try again at once, without counting the time offline as failures.
    pub fn online(&mut self, now_ms: u64) -> Vec<Command> {
        if self.phase != Phase::Offline {
            return Vec::new();
        }
        self.retry(now_ms)
    }

    /// The widget is visible again (lifecycle `focus`): if the socket was down, try now.
    pub fn focus(&mut self, now_ms: u64) -> Vec<Command> {
        if self.phase == Phase::Waiting {
            return self.retry(now_ms);
        }
        Vec::new()
    }
}

/// The request of [`Command::CreateChannel`]: `POST {apiBase}/api/v2/notifications/channels`,
/// with no body, as Genesys's SDK sends it.
pub fn channel_request(api_base: &BaseUrl) -> Request {
    Request { method: Method::Post, url: format!("{}{}", api_base.as_str(), paths::CHANNELS), body: None }
}

/// The request of [`Command::Subscribe`]: `PUT …/channels/{channel}/subscriptions` with
/// `[{"id": topic}]` (the channel's subscriptions become exactly that topic).
pub fn subscribe_request(api_base: &BaseUrl, channel: &str, topic: &str) -> Request {
    Request {
        method: Method::Put,
        url: format!("{}{}", api_base.as_str(), paths::subscriptions(channel)),
        body: Some(format!(r#"[{{"id":{}}}]"#, json_string(topic))),
    }
}

fn is_socket_url(u: &str) -> bool {
    u.starts_with("wss://") || u.starts_with("ws://")
}

// ---- frames and events ----

/// A WebSocket frame: `{topicName, eventBody}`.
#[derive(Debug, Clone, Default)]
pub struct RawFrame {
    pub topic_name: Option<String>,
    /// The event's body, read by whoever knows the topic's schema.
    pub event_body: Option<Json>,
}
crate::read!(RawFrame { topic_name: "topicName", event_body: "eventBody" });

#[cfg(test)]
mod tests {
    use super::*;

    fn live() -> Live {
        Live::new("me", LivePolicy::default())
    }

    fn channel(id: &str) -> Result<RawChannel, Refusal> {
        Ok(RawChannel {
            id: Some(id.into()),
            connect_uri: Some(format!("wss://streaming.example/{id}")),
            expires: None,
        })
    }

    fn frame(topic: &str) -> RawFrame {
        RawFrame { topic_name: Some(topic.into()), event_body: None }
    }

    /// Channel, socket, subscription: live on socket `n`.
    fn connect(l: &mut Live, id: &str, now: u64) -> u32 {
        let commands = l.created(channel(id), None, now, 0.5);
        let socket = commands
            .iter()
            .find_map(|c| match c {
                Command::Connect { socket, .. } => Some(*socket),
                _ => None,
            })
            .expect("a connect");
        assert!(matches!(&l.opened(socket, now)[..], [Command::Subscribe { .. }]));
        l.subscribed(socket, Ok(Subscription::Permitted), None, now, 0.5);
        socket
    }

    fn resubscribe(channel: &str) -> Command {
        Command::Subscribe { socket: 0, channel: channel.into(), topic: "v2.users.me.conversations".into() }
    }

    fn connect_to(socket: u32, channel: &str) -> Command {
        Command::Connect { socket, uri: format!("wss://streaming.example/{channel}") }
    }

    #[test]
    fn it_opens_a_channel_connects_and_subscribes_to_the_agents_conversations() {
        let mut l = live();
        assert_eq!(l.status(), Status::Off);
        assert_eq!(l.start(0), [Command::CreateChannel]);
        let c = l.created(channel("ch-1"), None, 0, 0.5);
        assert_eq!(c, [connect_to(1, "ch-1")]);
        assert_eq!(
            l.opened(1, 0),
            [Command::Subscribe { socket: 1, channel: "ch-1".into(), topic: "v2.users.me.conversations".into() }]
        );
        assert_eq!(l.subscribed(1, Ok(Subscription::Permitted), None, 0, 0.5), [], "no gap yet: no backfill");
        assert_eq!(l.status(), Status::Live);
    }

    #[test]
    fn a_close_reconnects_to_the_same_channel_with_backoff_then_backfills() {
        let mut l = live();
        l.start(0);
        let s = connect(&mut l, "ch-1", 0);
        let c = l.closed(s, 0.0);
        assert_eq!(c, [Command::Wait { ms: 500 }]);
        assert_eq!(l.status(), Status::Reconnecting { attempt: 2 });
        // The subscription again first (is the channel still there?), then a socket to it.
        assert_eq!(l.waited(2_000), [resubscribe("ch-1")], "the same channel");
        assert_eq!(l.subscribed(0, Ok(Subscription::Permitted), None, 2_000, 0.5), [connect_to(2, "ch-1")]);
        assert_eq!(l.opened(2, 2_000), [Command::Backfill], "after a gap: page 1 again");
        assert_eq!(l.status(), Status::Live);
    }

    #[test]
    fn silence_for_twice_the_heartbeat_is_a_dead_socket_and_heartbeats_keep_it_alive() {
        let mut l = live();
        l.start(0);
        let s = connect(&mut l, "ch-1", 0);
        assert_eq!(l.tick(50_000, 0.5), []);
        l.frame(s, frame("channel.metadata"), 50_000);
        assert_eq!(l.tick(100_000, 0.5), [], "a heartbeat counts");
        let c = l.tick(110_000, 0.0);
        assert_eq!(c, [Command::Close { socket: s }, Command::Wait { ms: 500 }]);
        assert_eq!(l.waited(111_000), [resubscribe("ch-1")], "the same channel");
    }

    #[test]
    fn only_a_gone_or_expired_channel_is_replaced() {
        let mut l = live();
        l.start(0);
        let s = connect(&mut l, "ch-1", 0);
        l.closed(s, 0.0);
        l.waited(1_000);
        assert!(matches!(&l.subscribed(0, Err(Refusal::Gone), None, 1_000, 0.0)[..], [Command::Wait { .. }]));
        assert_eq!(l.waited(2_000), [Command::CreateChannel], "404: a new channel");
        let s = connect(&mut l, "ch-2", 2_000);
        l.closed(s, 0.0);
        assert_eq!(l.waited(62_000), [resubscribe("ch-2")], "ch-2 has no expiry: the same channel");
        // Past its `expires`: a new channel, without asking.
        let mut l = live();
        l.start(0);
        l.created(
            Ok(RawChannel { expires: Some("1970-01-01T00:01:00Z".into()), ..channel("ch-1").unwrap() }),
            None,
            0,
            0.5,
        );
        l.opened(1, 0);
        l.subscribed(1, Ok(Subscription::Permitted), None, 0, 0.5);
        l.closed(1, 0.0);
        assert_eq!(l.waited(61_000), [Command::CreateChannel], "past its expires: a new channel");
    }

    #[test]
    fn an_expired_token_is_renewed_before_reconnecting_to_the_same_channel() {
        let mut l = live();
        l.start(0);
        l.created(channel("ch-1"), Some(10_000), 0, 0.5);
        l.opened(1, 0);
        l.subscribed(1, Ok(Subscription::Permitted), Some(10_000), 0, 0.5);
        l.closed(1, 0.0);
        assert_eq!(l.waited(12_000), [Command::RenewToken]);
        assert_eq!(l.renewed(true, Some(100_000), 12_100, 0.5), [resubscribe("ch-1")], "no new channel");
        // A 401 on the subscription: renew once (the channel stays), then back off.
        assert_eq!(l.subscribed(0, Err(Refusal::Unauthorized), None, 12_200, 0.5), [Command::RenewToken]);
        assert_eq!(l.renewed(true, Some(100_000), 12_300, 0.5), [resubscribe("ch-1")]);
        assert!(matches!(&l.subscribed(0, Err(Refusal::Unauthorized), None, 12_400, 0.5)[..], [Command::Wait { .. }]));
        // A 401 on creating the channel: renew, then create.
        let mut l = live();
        l.start(0);
        assert_eq!(l.created(Err(Refusal::Unauthorized), None, 0, 0.5), [Command::RenewToken]);
        assert_eq!(l.renewed(true, None, 0, 0.5), [Command::CreateChannel]);
    }

    #[test]
    fn socket_closing_opens_a_new_socket_to_the_same_channel_before_the_old_one_closes() {
        let mut l = live();
        l.start(0);
        let old = connect(&mut l, "ch-1", 0);
        let (_, c) = l.frame(old, frame("v2.system.socket_closing"), 1_000);
        assert_eq!(c, [connect_to(old + 1, "ch-1")], "no new channel; the old socket stays open");
        assert_eq!(l.sockets().len(), 2);
        let c = l.opened(old + 1, 1_100);
        assert_eq!(c, [Command::Close { socket: old }], "the subscription stays: live at once, no gap");
        assert_eq!(l.sockets(), [old + 1]);
        assert_eq!(l.closed(old, 0.5), [], "the old socket's close is expected");
        assert_eq!(l.status(), Status::Live);
        // Three times over: still the one channel.
        for _ in 0..3 {
            let s = l.sockets()[0];
            let (_, c) = l.frame(s, frame("v2.system.socket_closing"), 2_000);
            assert!(!c.contains(&Command::CreateChannel));
            l.opened(s + 1, 2_000);
        }
        assert_eq!(l.channel().map(|c| c.id.as_str()), Some("ch-1"));
    }

    #[test]
    fn a_frame_that_takes_over_reconnects_to_the_channel_it_adopts_and_backfills() {
        let mut l = live();
        l.adopt(Channel { id: "ch-1".into(), uri: "wss://streaming.example/ch-1".into(), expires_ms: Some(50_000) });
        assert_eq!(l.start(1_000), [resubscribe("ch-1")]);
        assert_eq!(l.subscribed(0, Ok(Subscription::Permitted), None, 1_000, 0.5), [connect_to(1, "ch-1")]);
        assert_eq!(l.opened(1, 1_000), [Command::Backfill], "events may have passed during the hand-over");
        // An adopted channel past its expires is not used.
        let mut l = live();
        l.adopt(Channel { id: "ch-1".into(), uri: "wss://streaming.example/ch-1".into(), expires_ms: Some(50_000) });
        assert_eq!(l.start(60_000), [Command::CreateChannel]);
    }

    #[test]
    fn offline_spends_no_tries_and_online_reconnects_at_once() {
        let mut l = live();
        l.start(0);
        let s = connect(&mut l, "ch-1", 0);
        assert_eq!(l.offline(), [Command::Close { socket: s }]);
        assert_eq!(l.status(), Status::Offline);
        assert_eq!(l.closed(s, 0.5), []);
        assert_eq!(l.online(5_000), [resubscribe("ch-1")]);
        assert_eq!(l.status(), Status::Connecting, "no failure counted");
    }

    #[test]
    fn it_gives_up_after_the_tries_and_reconnect_starts_again() {
        let mut l = live();
        l.start(0);
        for _ in 1..LivePolicy::default().max_tries {
            assert!(matches!(&l.created(Err(Refusal::Failed), None, 0, 0.5)[..], [Command::Wait { .. }]));
            assert_eq!(l.waited(0), [Command::CreateChannel]);
        }
        assert_eq!(l.created(Err(Refusal::Failed), None, 0, 0.5), []);
        assert_eq!(l.status(), Status::GaveUp);
        assert_eq!(l.reconnect(0), [Command::CreateChannel]);
        assert_eq!(l.status(), Status::Connecting);
    }

    #[test]
    fn stop_closes_everything_and_later_events_are_ignored() {
        let mut l = live();
        l.start(0);
        let s = connect(&mut l, "ch-1", 0);
        assert_eq!(l.stop(), [Command::Close { socket: s }]);
        assert_eq!(l.channel().map(|c| c.id.as_str()), Some("ch-1"), "kept for a hand-over");
        assert_eq!(l.closed(s, 0.5), []);
        assert_eq!(l.tick(1_000_000, 0.5), []);
        assert_eq!(l.status(), Status::Off);
    }

    #[test]
    fn a_rejected_topic_turns_live_updates_off_without_retrying() {
        let mut l = live();
        l.start(0);
        l.created(channel("ch-1"), None, 0, 0.5);
        assert_eq!(l.opened(1, 0).len(), 1);
        let rejected = Subscription::Rejected { state: "Rejected".into() };
        assert_eq!(l.subscribed(1, Ok(rejected), None, 0, 0.5), [Command::Close { socket: 1 }]);
        assert_eq!(l.status(), Status::Off);
        assert_eq!(l.tick(1_000_000, 0.5), [], "no silence check, no retry");
        assert_eq!(l.offline(), []);
        // What the service answers decides it.
        let answer = |text: &str| crate::util::json::from_str::<RawTopics>(text).unwrap();
        let topic = "v2.users.me.conversations";
        let rejected = answer(r#"{"entities":[{"id":"v2.users.me.conversations","state":"Rejected"}]}"#);
        assert_eq!(rejected.of(topic), Subscription::Rejected { state: "Rejected".into() });
        let permitted = answer(r#"{"entities":[{"id":"v2.users.me.conversations","state":"Permitted"}]}"#);
        assert_eq!(permitted.of(topic), Subscription::Permitted);
        assert_eq!(answer("{}").of(topic), Subscription::Permitted, "nothing said: permitted");
    }

    #[test]
    fn the_requests_are_the_contracts() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let c = channel_request(&base);
        assert_eq!(
            (c.method, c.url.as_str(), c.body),
            (Method::Post, "https://api.mypurecloud.ie/api/v2/notifications/channels", None)
        );
        let s = subscribe_request(&base, "ch-1", "v2.users.me.conversations");
        assert_eq!(s.method, Method::Put);
        assert_eq!(s.url, "https://api.mypurecloud.ie/api/v2/notifications/channels/ch-1/subscriptions");
        assert_eq!(s.body.as_deref(), Some(r#"[{"id":"v2.users.me.conversations"}]"#));
    }
}
