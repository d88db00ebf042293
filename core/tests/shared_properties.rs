//! Many frames, one agent (CONTRACT §10), under random histories: frames open, close, stop,
//! change range, refresh, leave for sign-in and come back; locks pass on; messages arrive late
//! and interleaved (each one written and read back as the shell would); live rows arrive,
//! sockets drop, requests are refused. Whatever happens: never more than one session holder,
//! never two sign-in rounds at once, never two live connections, and once everything has been
//! delivered, every open frame shows every conversation of its range once.

// Native tests: std's maps are fine here (core/clippy.toml keeps them out of the wasm's code).
#![allow(clippy::disallowed_types)]

use std::collections::{HashMap, VecDeque};

use crm_core::live::Channel;
use crm_core::model::{Interaction, Kind, Page, Range};
use crm_core::session::peer::ROUND_MS;
use crm_core::session::{wire, Act, Change, Lock, Peer, Role, SharedToken};
use proptest::prelude::*;

const KEY: &str = "crm-session:client|https://login|https://api";
const PAGE: usize = 3;
const RANGES: [Range; 2] = [Range::Today, Range::Days(7)];

#[derive(Debug, Clone)]
enum Happening {
    Open(u8),
    Close(u8),
    Stop(u8),
    Deliver(u8),
    Grant,
    Step(u8),
    SignedIn,
    LeaveForSignIn,
    ComeBack,
    LiveRow,
    Drop,
    Refused(u8),
    Refresh(u8),
    SetRange(u8, u8),
    Tick(u32),
}

fn arb() -> impl Strategy<Value = Happening> {
    prop_oneof![
        3 => any::<u8>().prop_map(Happening::Open),
        1 => any::<u8>().prop_map(Happening::Close),
        1 => any::<u8>().prop_map(Happening::Stop),
        8 => any::<u8>().prop_map(Happening::Deliver),
        4 => Just(Happening::Grant),
        6 => any::<u8>().prop_map(Happening::Step),
        2 => Just(Happening::SignedIn),
        1 => Just(Happening::LeaveForSignIn),
        1 => Just(Happening::ComeBack),
        2 => Just(Happening::LiveRow),
        1 => Just(Happening::Drop),
        1 => any::<u8>().prop_map(Happening::Refused),
        1 => any::<u8>().prop_map(Happening::Refresh),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(f, r)| Happening::SetRange(f, r)),
        2 => (0u32..200_000).prop_map(Happening::Tick),
    ]
}

fn row(id: &str) -> Interaction {
    Interaction::new(id.to_owned(), Kind::Call)
}

/// The conversations of the service: the older ones of each range, and those that started
/// since (newest first, in every range).
struct World {
    live: Vec<String>,
}

impl World {
    fn base(range: Range) -> Vec<String> {
        let today = (1..=5).map(|n| format!("t{n}"));
        match range {
            Range::Today => today.collect(),
            Range::Days(_) => today.chain((1..=4).map(|n| format!("w{n}"))).collect(),
        }
    }

    fn all(&self, range: Range) -> Vec<String> {
        self.live.iter().rev().cloned().chain(World::base(range)).collect()
    }
}

/// A load as the sim runs it for a lead: its pages, then the end.
#[derive(Debug, Clone)]
enum Job {
    Load { pages: Vec<Vec<String>>, next: usize, restarted: bool },
    Backfill,
}

struct Frame {
    peer: Peer,
    range: Range,
    inbox: VecDeque<(String, String)>,
    /// The ids the list shows, in order.
    view: Vec<String>,
    token: Option<SharedToken>,
    job: Option<Job>,
    /// Side work waiting behind the load (a backfill).
    backfill_wanted: bool,
    /// Knows the session's live channel (ran it, or heard of it): a holder that takes over
    /// reconnects to it and backfills.
    knows_live: bool,
}

#[derive(Default)]
struct Locks {
    held: HashMap<String, usize>,
    waiting: HashMap<String, VecDeque<(usize, Lock)>>,
}

struct Sim {
    frames: Vec<Option<Frame>>,
    locks: Locks,
    /// Lock answers on their way: (frame, lock, granted).
    answers: VecDeque<(usize, Lock, bool)>,
    world: World,
    now: u64,
    tokens: u64,
    /// The frame whose sign-in round is under way, and until when it counts.
    round: Option<(usize, u64)>,
    /// The frames that heard of the round under way (a frame cannot know of a round that
    /// began before it opened, while no frame was left to tell it).
    heard_round: Vec<usize>,
    /// A frame away at the login service (frame sign-in): it comes back with a token.
    away: Option<Range>,
    live: Option<usize>,
    channel: Option<Channel>,
    next_id: u64,
}

impl Sim {
    fn new() -> Sim {
        Sim {
            frames: Vec::new(),
            locks: Locks::default(),
            answers: VecDeque::new(),
            world: World { live: Vec::new() },
            now: 1_000_000,
            tokens: 0,
            round: None,
            heard_round: Vec::new(),
            away: None,
            live: None,
            channel: None,
            next_id: 0,
        }
    }

    fn alive(&self) -> Vec<usize> {
        (0..self.frames.len()).filter(|i| self.frames[*i].is_some()).collect()
    }

    fn pick(&self, n: u8) -> Option<usize> {
        let alive = self.alive();
        (!alive.is_empty()).then(|| alive[usize::from(n) % alive.len()])
    }

    fn open(&mut self, range: Range, token: Option<SharedToken>) -> Result<(), TestCaseError> {
        let i = self.frames.len();
        let mut peer = Peer::new(format!("frame-{i}"));
        let acts = peer.join(Some(range), token.clone(), self.now);
        self.frames.push(Some(Frame {
            peer,
            range,
            inbox: VecDeque::new(),
            view: Vec::new(),
            token: None,
            job: None,
            backfill_wanted: false,
            knows_live: false,
        }));
        self.run(i, acts)
    }

    fn new_token(&mut self) -> SharedToken {
        self.tokens += 1;
        SharedToken { n: 0, token: format!("token-{}", self.tokens), expires_ms: None }
    }

    /// The frame goes: its locks pass on, its messages stop.
    fn gone(&mut self, i: usize) -> Result<(), TestCaseError> {
        if self.live == Some(i) {
            self.live = None;
        }
        if self.round.is_some_and(|(f, _)| f == i) && self.away.is_none() {
            // Its popup or its renewal goes with it: that round is over.
            self.round = None;
        }
        self.frames[i] = None;
        let names: Vec<String> = self.locks.held.iter().filter(|(_, f)| **f == i).map(|(n, _)| n.clone()).collect();
        for name in names {
            self.release(&name);
        }
        for queue in self.locks.waiting.values_mut() {
            queue.retain(|(f, _)| *f != i);
        }
        Ok(())
    }

    fn release(&mut self, name: &str) {
        self.locks.held.remove(name);
        let next = self.locks.waiting.get_mut(name).and_then(VecDeque::pop_front);
        if let Some((f, lock)) = next {
            self.locks.held.insert(name.to_owned(), f);
            self.answers.push_back((f, lock, true));
        }
    }

    fn run(&mut self, i: usize, acts: Vec<Act>) -> Result<(), TestCaseError> {
        let mut queue: VecDeque<Act> = acts.into();
        while let Some(act) = queue.pop_front() {
            if self.frames[i].is_none() {
                return Ok(());
            }
            match act {
                Act::Send(message) => {
                    let text = wire::write(KEY, &format!("frame-{i}"), &message);
                    for j in self.alive() {
                        if j != i {
                            self.frames[j].as_mut().unwrap().inbox.push_back((format!("frame-{i}"), text.clone()));
                        }
                    }
                }
                Act::Lock(lock) => {
                    let name = lock.name(KEY);
                    match self.locks.held.entry(name) {
                        std::collections::hash_map::Entry::Occupied(e) => {
                            self.answers.push_back((i, lock, false));
                            self.locks.waiting.entry(e.key().clone()).or_default().push_back((i, lock));
                        }
                        std::collections::hash_map::Entry::Vacant(e) => {
                            e.insert(i);
                            self.answers.push_back((i, lock, true));
                        }
                    }
                }
                Act::Unlock(lock) => {
                    let name = lock.name(KEY);
                    if self.locks.held.get(&name) == Some(&i) {
                        self.release(&name);
                    }
                    if let Some(q) = self.locks.waiting.get_mut(&name) {
                        q.retain(|(f, _)| *f != i);
                    }
                }
                Act::Show(changes) => {
                    let f = self.frames[i].as_mut().unwrap();
                    for change in changes {
                        show(&mut f.view, change);
                    }
                }
                Act::LiveStatus(_) => {}
                Act::Token(token) => self.frames[i].as_mut().unwrap().token = Some(token),
                Act::SignIn | Act::Renew => {
                    if let Some((other, until)) = self.round {
                        let away = self.away.is_some();
                        let knew = !away || self.heard_round.contains(&i);
                        prop_assert!(
                            self.now >= until || other == i || !knew,
                            "frame {i} starts a sign-in round while frame {other}'s is under way (away: {away})"
                        );
                    }
                    self.round = Some((i, self.now + ROUND_MS));
                    self.heard_round.clear();
                }
                Act::LoadFresh | Act::Refresh | Act::Retry | Act::TakeOver { complete: false } => {
                    // As the scheduler does: the list restarts at once, the pages come later (as
                    // the service has them when it is asked).
                    let f = self.frames[i].as_mut().unwrap();
                    f.job = Some(Job::Load { pages: Vec::new(), next: 0, restarted: false });
                    f.backfill_wanted = false;
                    let range = f.range;
                    queue.extend(f.peer.changed(vec![Change::Restart { range: Some(range) }]));
                }
                Act::TakeOver { complete: true } | Act::Backfill => {
                    let f = self.frames[i].as_mut().unwrap();
                    match f.job {
                        Some(Job::Load { .. }) => f.backfill_wanted = true,
                        _ => f.job = Some(Job::Backfill),
                    }
                }
                Act::NamesFor(_) => {}
                Act::StartLive { channel, .. } => {
                    prop_assert!(
                        self.live.is_none_or(|l| l == i || self.frames[l].is_none()),
                        "two live connections: {:?} and {i}",
                        self.live
                    );
                    self.live = Some(i);
                    self.frames[i].as_mut().unwrap().knows_live = true;
                    let handed_over = channel.is_some();
                    let channel = channel.or_else(|| self.channel.clone()).unwrap_or(Channel {
                        id: "ch-1".into(),
                        uri: "wss://streaming/ch-1".into(),
                        expires_ms: None,
                    });
                    self.channel = Some(channel.clone());
                    let peer = &mut self.frames[i].as_mut().unwrap().peer;
                    queue.extend(peer.live_channel(channel));
                    if handed_over {
                        // The adopted channel's first socket: events may have passed.
                        queue.extend(peer.live_gap());
                    }
                }
                Act::StopLive => {
                    if self.live == Some(i) {
                        self.live = None;
                    }
                }
            }
        }
        Ok(())
    }

    fn check(&self) -> Result<(), TestCaseError> {
        let holders: Vec<usize> = self
            .alive()
            .into_iter()
            .filter(|i| self.frames[*i].as_ref().unwrap().peer.role() == Role::Holder)
            .collect();
        prop_assert!(holders.len() <= 1, "holders {holders:?}");
        Ok(())
    }

    fn step(&mut self, i: usize) -> Result<(), TestCaseError> {
        let f = self.frames[i].as_mut().unwrap();
        if f.token.is_none() || !f.peer.leads() {
            return Ok(());
        }
        let Some(job) = f.job.take() else { return Ok(()) };
        let (changes, rest, done) = match job {
            Job::Load { next, restarted: false, .. } => {
                // Page 1 is asked now: the pages are the service's at this moment.
                let pages = self.world.all(f.range).chunks(PAGE).map(<[String]>::to_vec).collect::<Vec<_>>();
                let page = page_of(&pages[0]);
                (vec![Change::Rows(page)], Some(Job::Load { pages, next: next + 1, restarted: true }), false)
            }
            Job::Load { pages, next, restarted: true } if next < pages.len() => {
                let page = page_of(&pages[next]);
                (vec![Change::Rows(page)], Some(Job::Load { pages, next: next + 1, restarted: true }), false)
            }
            Job::Load { .. } => (vec![Change::Finished], None, true),
            Job::Backfill => {
                let all = self.world.all(f.range);
                let first = all[..(PAGE + self.world.live.len()).min(all.len())].to_vec();
                (vec![Change::MergeTop(page_of(&first))], None, false)
            }
        };
        f.job = rest;
        if f.job.is_none() && std::mem::take(&mut f.backfill_wanted) {
            f.job = Some(Job::Backfill);
        }
        let mut acts = f.peer.changed(changes);
        if done {
            acts.extend(f.peer.agent_known("agent-1"));
        }
        self.run(i, acts)
    }

    fn deliver(&mut self, i: usize) -> Result<(), TestCaseError> {
        let Some((from, text)) = self.frames[i].as_mut().unwrap().inbox.pop_front() else { return Ok(()) };
        let (key, sender, message) = wire::read(&text).map_err(|e| TestCaseError::fail(format!("{e:?}: {text:?}")))?;
        if matches!(message, crm_core::session::Message::Signing { .. }) {
            self.heard_round.push(i);
        }
        if matches!(message, crm_core::session::Message::Channel(_)) {
            self.frames[i].as_mut().unwrap().knows_live = true;
        }
        prop_assert_eq!(key.as_str(), KEY);
        prop_assert_eq!(&sender, &from);
        let now = self.now;
        let acts = self.frames[i].as_mut().unwrap().peer.heard(&sender, message, now);
        self.run(i, acts)
    }

    fn grant(&mut self) -> Result<(), TestCaseError> {
        let Some((i, lock, granted)) = self.answers.pop_front() else { return Ok(()) };
        let Some(f) = self.frames[i].as_mut() else { return Ok(()) };
        let now = self.now;
        let acts = if granted { f.peer.granted(lock, now) } else { f.peer.busy(lock, now) };
        self.run(i, acts)
    }

    fn happen(&mut self, h: Happening) -> Result<(), TestCaseError> {
        self.now += 100;
        match h {
            Happening::Open(r) if self.alive().len() < 6 => self.open(RANGES[usize::from(r) % 2], None)?,
            Happening::Open(_) => {}
            Happening::Close(n) => {
                if let Some(i) = self.pick(n) {
                    self.gone(i)?;
                }
            }
            Happening::Stop(n) => {
                if let Some(i) = self.pick(n) {
                    let acts = self.frames[i].as_mut().unwrap().peer.leave();
                    self.run(i, acts)?;
                    self.gone(i)?;
                }
            }
            Happening::Deliver(n) => {
                if let Some(i) = self.pick(n) {
                    self.deliver(i)?;
                }
            }
            Happening::Grant => self.grant()?,
            Happening::Step(n) => {
                if let Some(i) = self.pick(n) {
                    self.step(i)?;
                }
            }
            Happening::SignedIn => {
                // The round in a frame that stayed (a popup, a renewal) brings a token.
                if let Some((i, _)) = self.round.filter(|(i, _)| self.frames[*i].is_some() && self.away.is_none()) {
                    self.round = None;
                    let token = self.new_token();
                    let now = self.now;
                    let acts = self.frames[i].as_mut().unwrap().peer.obtained(token, now);
                    self.run(i, acts)?;
                }
            }
            Happening::LeaveForSignIn => {
                // Frame sign-in: the frame whose round it is leaves for the login service.
                if let Some((i, _)) = self.round.filter(|(i, _)| self.frames[*i].is_some() && self.away.is_none()) {
                    let now = self.now;
                    let range = self.frames[i].as_ref().unwrap().range;
                    let mut acts = self.frames[i].as_mut().unwrap().peer.leaving_for_sign_in(now);
                    acts.extend(self.frames[i].as_mut().unwrap().peer.leave());
                    self.run(i, acts)?;
                    self.gone(i)?;
                    self.away = Some(range);
                }
            }
            Happening::ComeBack => {
                if let Some(range) = self.away.take() {
                    self.round = None;
                    let token = self.new_token();
                    self.open(range, Some(token))?;
                }
            }
            // A conversation starts while the session has a live channel (its socket may be down,
            // or its holder gone: whoever takes over backfills). Before any frame made one, a
            // conversation that starts after a load's page 1 and before the first subscription
            // is not seen until a Refresh, in one frame as in many.
            Happening::LiveRow if self.alive().iter().any(|i| self.frames[*i].as_ref().unwrap().knows_live) => {
                self.next_id += 1;
                let id = format!("L{}", self.next_id);
                self.world.live.push(id.clone());
                if let Some(i) = self.live.filter(|i| self.frames[*i].is_some()) {
                    let acts = self.frames[i].as_mut().unwrap().peer.live_row(row(&id));
                    self.run(i, acts)?;
                }
            }
            Happening::LiveRow => {}
            Happening::Drop => {
                if let Some(i) = self.live.filter(|i| self.frames[*i].is_some()) {
                    let acts = self.frames[i].as_mut().unwrap().peer.live_gap();
                    self.run(i, acts)?;
                }
            }
            Happening::Refused(n) => {
                if let Some(i) = self.pick(n) {
                    let f = self.frames[i].as_mut().unwrap();
                    if let Some(token) = f.token.clone() {
                        let now = self.now;
                        let acts = f.peer.refused(&token.token, now);
                        self.run(i, acts)?;
                    }
                }
            }
            Happening::Refresh(n) => {
                if let Some(i) = self.pick(n) {
                    let acts = self.frames[i].as_mut().unwrap().peer.refresh();
                    self.run(i, acts)?;
                }
            }
            Happening::SetRange(n, r) => {
                if let Some(i) = self.pick(n) {
                    let range = RANGES[usize::from(r) % 2];
                    let now = self.now;
                    let f = self.frames[i].as_mut().unwrap();
                    if f.range == range {
                        return self.check();
                    }
                    f.range = range;
                    f.job = None;
                    f.backfill_wanted = false;
                    let acts = f.peer.set_range(Some(range), now);
                    self.run(i, acts)?;
                }
            }
            Happening::Tick(ms) => {
                self.now += u64::from(ms);
                for i in self.alive() {
                    let now = self.now;
                    let acts = self.frames[i].as_mut().unwrap().peer.tick(now);
                    self.run(i, acts)?;
                }
            }
        }
        self.check()
    }

    /// Everything on its way arrives, every load runs to its end, rounds end.
    fn settle(&mut self) -> Result<(), TestCaseError> {
        if self.away.is_some() {
            self.happen(Happening::ComeBack)?;
        }
        for _ in 0..400 {
            let mut busy = false;
            while !self.answers.is_empty() {
                self.grant()?;
                busy = true;
            }
            for i in self.alive() {
                while self.frames[i].as_ref().is_some_and(|f| !f.inbox.is_empty()) {
                    self.deliver(i)?;
                    busy = true;
                }
            }
            for i in self.alive() {
                if self.frames[i].as_ref().is_some_and(|f| f.job.is_some() && f.token.is_some() && f.peer.leads()) {
                    self.step(i)?;
                    busy = true;
                }
            }
            if self.round.is_some_and(|(i, _)| self.frames[i].is_some()) {
                self.happen(Happening::SignedIn)?;
                busy = true;
            }
            if !busy {
                // Time for waits to run out (a round whose frame went, a snapshot asked again).
                self.happen(Happening::Tick(ROUND_MS as u32))?;
                let quiet = self.answers.is_empty()
                    && self.alive().iter().all(|i| {
                        let f = self.frames[*i].as_ref().unwrap();
                        f.inbox.is_empty() && !(f.job.is_some() && f.token.is_some() && f.peer.leads())
                    })
                    && self.round.is_none_or(|(i, _)| self.frames[i].is_none());
                if quiet {
                    return Ok(());
                }
            }
        }
        Err(TestCaseError::fail("the frames never settled"))
    }
}

fn page_of(ids: &[String]) -> Page {
    Page { interactions: ids.iter().map(|id| row(id)).collect(), total_count: None, skipped: 0 }
}

/// The view's part of a change, as `RowStore` does it: rows below (a row it has is dropped),
/// page 1 again and live rows on top (a row it has changes in place).
fn show(view: &mut Vec<String>, change: Change) {
    match change {
        Change::Rehandshake | Change::Restart { .. } => view.clear(),
        Change::Rows(page) => {
            for r in page.interactions {
                if !view.contains(&r.id) {
                    view.push(r.id);
                }
            }
        }
        Change::MergeTop(page) => {
            let missing: Vec<String> =
                page.interactions.into_iter().map(|r| r.id).filter(|id| !view.contains(id)).collect();
            view.splice(0..0, missing);
        }
        Change::Live(r) if !view.contains(&r.id) => view.insert(0, r.id),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn frames_share_one_session_and_every_frame_ends_with_every_row_once(
        happenings in prop::collection::vec(arb(), 1..160),
    ) {
        let mut sim = Sim::new();
        sim.open(Range::Today, None)?;
        for h in happenings {
            sim.happen(h)?;
        }
        sim.settle()?;
        for i in sim.alive() {
            let f = sim.frames[i].as_ref().unwrap();
            let mut shown = f.view.clone();
            shown.sort();
            let mut dedup = shown.clone();
            dedup.dedup();
            prop_assert_eq!(&shown, &dedup, "frame {} shows a row twice", i);
            let mut want = sim.world.all(f.range);
            want.sort();
            prop_assert_eq!(shown, want, "frame {} ({:?}) does not show its range's rows", i, f.range);
        }
        // Someone holds the session while frames are open, with one token for everyone.
        let alive = sim.alive();
        if !alive.is_empty() {
            let holders = alive.iter().filter(|i| sim.frames[**i].as_ref().unwrap().peer.role() == Role::Holder).count();
            prop_assert_eq!(holders, 1);
            let tokens: Vec<_> = alive.iter().map(|i| sim.frames[*i].as_ref().unwrap().token.clone()).collect();
            prop_assert!(tokens.windows(2).all(|w| w[0] == w[1]) && tokens[0].is_some(), "tokens {tokens:?}");
        }
    }
}
