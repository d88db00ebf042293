//! A simulated working day of one agent's frames, with the core's own decisions (the session
//! peers and the live connection) and a clock that jumps: frames opened and closed as
//! interactions come and go, the session's holder going every hour (a hand-over), sockets
//! dropped, `socket_closing` now and then, and the token renewed three times. It counts what
//! the budget of CONTRACT §9.4 counts: the channels made.
//!
//! The shell's I/O is played here as the service would answer: a channel gets an id, a socket
//! opens, a subscription is permitted, a renewal brings a new token.

use std::collections::VecDeque;

use crate::live::{Channel, Command, Live, LivePolicy, RawChannel, Subscription};
use crate::session::{Act, Lock, Peer, Role, SharedToken};

/// What a day cost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayFigures {
    pub hours: u64,
    pub hand_overs: u32,
    pub drops: u32,
    pub socket_closings: u32,
    pub renewals: u32,
    pub sign_ins: u32,
    pub channels: u32,
    pub sockets: u32,
}

const HOUR: u64 = 3_600_000;

struct Frame {
    peer: Peer,
    live: Option<Live>,
    socket: Option<u32>,
}

struct Day {
    frames: Vec<Option<Frame>>,
    held: Option<usize>,
    waiting: VecDeque<usize>,
    now: u64,
    token_life: u64,
    channel: Option<Channel>,
    figures: DayFigures,
    next_channel: u32,
}

impl Day {
    fn alive(&self) -> Vec<usize> {
        (0..self.frames.len()).filter(|i| self.frames[*i].is_some()).collect()
    }

    fn open(&mut self) {
        let i = self.frames.len();
        self.frames.push(Some(Frame { peer: Peer::new(format!("f{i}")), live: None, socket: None }));
        let acts = self.frames[i].as_mut().map(|f| f.peer.join(None, None, 0)).unwrap_or_default();
        self.run(i, acts);
    }

    fn close(&mut self, i: usize) {
        if let Some(mut f) = self.frames[i].take() {
            let acts = f.peer.leave();
            self.frames[i] = Some(f);
            self.run(i, acts);
            self.frames[i] = None;
        }
        if self.held == Some(i) {
            self.held = self.waiting.pop_front();
            if let Some(next) = self.held {
                let now = self.now;
                let acts = self.frames[next].as_mut().map(|f| f.peer.granted(Lock::Session, now)).unwrap_or_default();
                self.run(next, acts);
            }
        }
        self.waiting.retain(|w| *w != i);
    }

    fn token(&mut self) -> SharedToken {
        SharedToken { n: 0, token: format!("t{}", self.figures.sign_ins), expires_ms: Some(self.now + self.token_life) }
    }

    fn run(&mut self, i: usize, acts: Vec<Act>) {
        let mut queue: VecDeque<Act> = acts.into();
        while let Some(act) = queue.pop_front() {
            let now = self.now;
            match act {
                Act::Send(message) => {
                    for j in self.alive() {
                        if j != i {
                            let acts =
                                self.frames[j].as_mut().map(|f| f.peer.heard(&format!("f{i}"), message.clone(), now));
                            self.run(j, acts.unwrap_or_default());
                        }
                    }
                }
                // Only the session's lock matters for the channels (one range here: each
                // frame's range lock is granted or waited for without consequence).
                Act::Lock(Lock::Session) => {
                    if self.held.is_none() {
                        self.held = Some(i);
                        queue.extend(
                            self.frames[i].as_mut().map(|f| f.peer.granted(Lock::Session, now)).unwrap_or_default(),
                        );
                    } else {
                        self.waiting.push_back(i);
                        queue.extend(
                            self.frames[i].as_mut().map(|f| f.peer.busy(Lock::Session, now)).unwrap_or_default(),
                        );
                    }
                }
                Act::SignIn | Act::Renew => {
                    self.figures.sign_ins += 1;
                    let token = self.token();
                    queue.extend(self.frames[i].as_mut().map(|f| f.peer.obtained(token, now)).unwrap_or_default());
                }
                Act::StartLive { channel, .. } => {
                    let mut live = Live::new("agent", LivePolicy::default());
                    if let Some(channel) = channel {
                        live.adopt(channel);
                    }
                    let commands = live.start(now);
                    if let Some(f) = self.frames[i].as_mut() {
                        f.live = Some(live);
                    }
                    self.commands(i, commands);
                }
                Act::StopLive => {
                    if let Some(f) = self.frames[i].as_mut() {
                        f.live = None;
                        f.socket = None;
                    }
                }
                _ => {}
            }
        }
    }

    /// Plays the service's side of the live connection's commands.
    fn commands(&mut self, i: usize, commands: Vec<Command>) {
        let mut queue: VecDeque<Command> = commands.into();
        while let Some(command) = queue.pop_front() {
            let now = self.now;
            let expires = Some(now + self.token_life);
            let Some(f) = self.frames[i].as_mut() else { return };
            let Some(live) = f.live.as_mut() else { return };
            let more = match command {
                Command::CreateChannel => {
                    self.figures.channels += 1;
                    self.next_channel += 1;
                    let id = format!("ch-{}", self.next_channel);
                    let raw = RawChannel {
                        connect_uri: Some(format!("wss://streaming.example/{id}")),
                        id: Some(id),
                        expires: Some(crate::util::time::iso_utc(now + 24 * HOUR)),
                    };
                    let more = live.created(Ok(raw), expires, now, 0.5);
                    self.channel = live.channel().cloned();
                    let channel = self.channel.clone();
                    let acts = channel.map(|c| f.peer.live_channel(c)).unwrap_or_default();
                    self.run(i, acts);
                    more
                }
                Command::Connect { socket, .. } => {
                    self.figures.sockets += 1;
                    f.socket = Some(socket);
                    live.opened(socket, now)
                }
                Command::Subscribe { socket, .. } => {
                    live.subscribed(socket, Ok(Subscription::Permitted), expires, now, 0.5)
                }
                Command::RenewToken => live.renewed(true, expires, now, 0.5),
                Command::Wait { .. } => live.waited(now + 60_000),
                Command::Close { .. } | Command::Backfill => Vec::new(),
            };
            queue.extend(more);
        }
    }

    fn holder(&self) -> Option<usize> {
        self.alive().into_iter().find(|i| self.frames[*i].as_ref().is_some_and(|f| f.peer.role() == Role::Holder))
    }

    fn agent_known(&mut self) {
        for i in self.alive() {
            let acts = self.frames[i].as_mut().map(|f| f.peer.agent_known("agent")).unwrap_or_default();
            self.run(i, acts);
        }
    }
}

/// A day of `hours` hours: three frames at all times (one closes and another opens every 20
/// minutes, the holder among them every hour), a socket drop every 45 minutes,
/// `socket_closing` every two hours, and a token that lasts a third of the day (three renewals).
pub fn working_day(hours: u64) -> DayFigures {
    let mut day = Day {
        frames: Vec::new(),
        held: None,
        waiting: VecDeque::new(),
        now: 0,
        token_life: hours * HOUR / 3 - 1,
        channel: None,
        figures: DayFigures { hours, ..DayFigures::default() },
        next_channel: 0,
    };
    for _ in 0..3 {
        day.open();
    }
    day.agent_known();
    let mut token_expires = day.token_life;
    let step = 5 * 60_000;
    while day.now + step <= hours * HOUR {
        day.now += step;
        let now = day.now;
        if now >= token_expires {
            // The holder renews ahead of expiry; the others get the new token.
            if let Some(h) = day.holder() {
                day.figures.renewals += 1;
                let token = day.token();
                token_expires = now + day.token_life;
                let acts = day.frames[h].as_mut().map(|f| f.peer.obtained(token, now)).unwrap_or_default();
                day.run(h, acts);
            }
        }
        if now.is_multiple_of(HOUR) {
            if let Some(h) = day.holder() {
                day.figures.hand_overs += 1;
                day.close(h);
                day.open();
            }
        } else if now.is_multiple_of(20 * 60_000) {
            let other = day.alive().into_iter().find(|i| Some(*i) != day.holder());
            if let Some(o) = other {
                day.close(o);
                day.open();
            }
        }
        let Some(h) = day.holder() else { continue };
        let socket = day.frames[h].as_ref().and_then(|f| f.socket);
        if now.is_multiple_of(45 * 60_000) {
            if let Some(s) = socket {
                day.figures.drops += 1;
                let commands = day.frames[h].as_mut().and_then(|f| f.live.as_mut()).map(|l| l.closed(s, 0.5));
                day.commands(h, commands.unwrap_or_default());
            }
        }
        if now % (2 * HOUR) == 30 * 60_000 {
            if let Some(s) = socket {
                day.figures.socket_closings += 1;
                let frame =
                    crate::live::RawFrame { topic_name: Some("v2.system.socket_closing".into()), event_body: None };
                let commands = day.frames[h].as_mut().and_then(|f| f.live.as_mut()).map(|l| l.frame(s, frame, now).1);
                day.commands(h, commands.unwrap_or_default());
            }
        }
        // Waits run out, silence is checked.
        for i in day.alive() {
            let commands = day.frames[i].as_mut().and_then(|f| f.live.as_mut()).map(|l| l.waited(now));
            day.commands(i, commands.unwrap_or_default());
        }
        for i in day.alive() {
            let acts = day.frames[i].as_mut().map(|f| f.peer.tick(now)).unwrap_or_default();
            day.run(i, acts);
        }
        // Heartbeats keep the socket alive.
        if let (Some(h), Some(s)) = (day.holder(), socket) {
            let frame = crate::live::RawFrame { topic_name: Some("channel.metadata".into()), event_body: None };
            if let Some(live) = day.frames[h].as_mut().and_then(|f| f.live.as_mut()) {
                live.frame(s, frame, now);
            }
        }
    }
    day.figures
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_working_day_makes_at_most_two_channels() {
        let day = working_day(10);
        assert!(day.hand_overs >= 9 && day.drops >= 10 && day.renewals >= 2, "{day:?}");
        assert_eq!(day.sign_ins, 1, "one sign-in, then renewals: {day:?}");
        assert!(day.channels <= 2, "{day:?}");
    }
}
