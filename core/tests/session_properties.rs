//! The orchestration under random histories of loads, refreshes, time ranges, live gaps, live
//! rows, failures, stops and late answers: never two pieces of work at once, never a row of a
//! cancelled piece of work, a backfill always of the range shown, and every load that is let
//! run ends with every conversation of its range.

// Native tests: std's maps are fine here (core/clippy.toml keeps them out of the wasm's code).
#![allow(clippy::disallowed_types)]

use std::collections::HashSet;

use crm_core::model::{Names, Range};
use crm_core::net::{BaseUrl, Outcome, Request};
use crm_core::session::{Clock, Effect, Next, Scheduler, WorkId, WorkKind};
use crm_core::source::SourceSetup;
use crm_core::startup::DataSource;
use crm_core::testing::{row, status, throttled, Asked, FakeGenesys};
use crm_core::util::json::Json;
use proptest::prelude::*;

const START: u64 = 1_796_000_000_000;

#[derive(Debug, Clone)]
enum Happening {
    Refresh,
    Retry,
    Range(Range),
    Gap,
    LiveRow(u8),
    Stop,
    /// Drive the running work one step; the requests of a fetch are answered with these faults.
    Step(Fault),
    /// An answer to a request of a piece of work that was cancelled arrives now.
    Late,
    Tick(u32),
}

#[derive(Debug, Clone, Copy)]
enum Fault {
    None,
    Throttle,
    Forbidden,
    Unavailable,
}

fn arb_happening() -> impl Strategy<Value = Happening> {
    prop_oneof![
        2 => Just(Happening::Refresh),
        1 => Just(Happening::Retry),
        2 => prop_oneof![Just(Range::Today), Just(Range::Days(7)), Just(Range::Days(30))].prop_map(Happening::Range),
        3 => Just(Happening::Gap),
        2 => (0u8..8).prop_map(Happening::LiveRow),
        1 => Just(Happening::Stop),
        20 => prop_oneof![8 => Just(Fault::None), 1 => Just(Fault::Throttle), 1 => Just(Fault::Forbidden), 1 => Just(Fault::Unavailable)].prop_map(Happening::Step),
        2 => Just(Happening::Late),
        2 => (0u32..7_200_000).prop_map(Happening::Tick),
    ]
}

/// What the shell would know: the work running, the range the list shows, and a check of
/// every effect against the rules.
struct World {
    s: Scheduler,
    service: FakeGenesys,
    clock: Clock,
    running: Option<(WorkId, WorkKind)>,
    shown: Option<Range>,
    cancelled: HashSet<WorkId>,
    /// Requests of cancelled work, to answer late.
    late: Vec<(WorkId, u64, Request)>,
    names: Names,
    boot: Option<u64>,
    /// Rows of the list's current load, by id.
    rows: HashSet<String>,
    duplicates: usize,
}

impl World {
    fn apply(&mut self, effects: Vec<Effect>, from: Option<WorkId>) -> Result<(), TestCaseError> {
        for effect in effects {
            match effect {
                Effect::Boot(n) => self.boot = Some(n),
                Effect::Run(id) => {
                    prop_assert!(self.running.is_none(), "{id:?} runs beside {:?}", self.running);
                    let kind = self.s.running().filter(|(r, _)| *r == id).map(|(_, k)| k);
                    prop_assert!(kind.is_some(), "Run({id:?}) for work that is not running");
                    self.running = Some((id, kind.unwrap()));
                }
                Effect::Cancel(id) => {
                    prop_assert_eq!(self.running.map(|r| r.0), Some(id), "cancelled work that was not running");
                    self.running = None;
                    self.cancelled.insert(id);
                }
                Effect::Restart { range } => {
                    self.shown = range;
                    self.rows.clear();
                }
                Effect::Rehandshake => self.rows.clear(),
                Effect::Rows(page) => {
                    let kind = self.running.filter(|(r, _)| Some(*r) == from).map(|(_, k)| k);
                    prop_assert!(
                        matches!(kind, Some(WorkKind::Load | WorkKind::Resume)),
                        "rows from {from:?} ({kind:?}), not the list's running load"
                    );
                    for r in page.interactions {
                        if !self.rows.insert(r.id) {
                            self.duplicates += 1;
                        }
                    }
                }
                Effect::MergeTop(_) => {
                    let kind = self.running.filter(|(r, _)| Some(*r) == from).map(|(_, k)| k);
                    prop_assert_eq!(kind, Some(WorkKind::Backfill), "a merge from {:?}", from);
                }
                Effect::Names(n) => {
                    self.names.contacts.extend(n.contacts);
                    self.names.queues.extend(n.queues);
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn answer(&mut self, id: WorkId, kind: WorkKind, request: &Request, fault: Fault) -> Outcome<Json> {
        match fault {
            Fault::None => {
                let before = self.service.asked.len();
                let out = self.service.answer(request);
                if let (WorkKind::Backfill, Some(Asked::Details { start_ms, end_ms, page })) =
                    (kind, self.service.asked.get(before))
                {
                    // Fixed when the backfill began (its `end_ms`): the range shown, up to then.
                    let want = self.shown.map_or(0, |r| r.start_ms(*end_ms, self.clock.offset_min));
                    assert_eq!(*start_ms, want, "the backfill of {id:?} asks the range shown ({:?})", self.shown);
                    assert_eq!(*page, 1);
                }
                out
            }
            Fault::Throttle => throttled("1"),
            Fault::Forbidden => status(403),
            Fault::Unavailable => status(503),
        }
    }

    fn step(&mut self, fault: Fault) -> Result<(), TestCaseError> {
        let Some((id, kind)) = self.running else { return Ok(()) };
        let (next, effects) = self.s.next(id, self.clock);
        if next == Next::End && self.running.map(|r| r.0) == Some(id) {
            // The work is over before what its end brings (which may start the next one).
            self.running = None;
        }
        self.apply(effects, Some(id))?;
        match next {
            Next::Fetch(tickets) => {
                for t in tickets {
                    let out = self.answer(id, kind, &t.request, fault);
                    let effects = self.s.outcome(id, t.id, out, self.clock, 0.5);
                    self.apply(effects, Some(id))?;
                    self.late.push((id, t.id, t.request));
                }
            }
            Next::Wait(ms) => {
                self.clock.now_ms += ms;
                let effects = self.s.waited(id);
                self.apply(effects, Some(id))?;
            }
            Next::RenewToken => {
                let effects = self.s.renewed(id, Ok(()), self.clock);
                self.apply(effects, Some(id))?;
            }
            Next::End => {}
        }
        Ok(())
    }

    fn boot(&mut self) -> Result<(), TestCaseError> {
        if let Some(n) = self.boot.take() {
            let setup = SourceSetup {
                data_source: DataSource::Genesys,
                api_base: BaseUrl::parse("https://api.example.com").unwrap(),
                page_size: 25,
                history_days: 7,
            };
            let effects = self.s.booted(n, setup, self.clock);
            self.apply(effects, None)?;
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn never_two_at_once_never_a_cancelled_row_and_backfills_of_the_range_shown(
        history in prop::collection::vec(arb_happening(), 0..120),
        total in 0u64..200,
    ) {
        let clock = Clock { now_ms: START, offset_min: 60 };
        let mut w = World {
            s: Scheduler::new(),
            service: FakeGenesys::new(START, total, 1_800_000),
            clock,
            running: None,
            shown: None,
            cancelled: HashSet::new(),
            late: Vec::new(),
            names: Names::default(),
            boot: None,
            rows: HashSet::new(),
            duplicates: 0,
        };
        let effects = w.s.start();
        w.apply(effects, None)?;
        w.boot()?;
        for happening in history {
            match happening {
                Happening::Refresh => { let e = w.s.refresh(w.clock); w.apply(e, None)?; }
                Happening::Retry => { let e = w.s.retry(); w.apply(e, None)?; }
                Happening::Range(r) => { let e = w.s.set_range(r, w.clock); w.apply(e, None)?; }
                Happening::Gap => { let e = w.s.backfill(w.clock); w.apply(e, None)?; }
                Happening::LiveRow(n) => {
                    let r = crm_core::model::Interaction { contact_id: Some(format!("live-{n}")), ..row(&format!("l-{n}")) };
                    let e = w.s.names_for(&r, &w.names, w.clock);
                    w.apply(e, None)?;
                }
                Happening::Stop => { let e = w.s.stop(); w.apply(e, None)?; }
                Happening::Step(fault) => w.step(fault)?,
                Happening::Late => {
                    if let Some(at) = w.late.iter().position(|(id, _, _)| w.cancelled.contains(id)) {
                        let (id, ticket, request) = w.late.remove(at);
                        let out = w.service.answer(&request);
                        prop_assert_eq!(w.s.outcome(id, ticket, out, w.clock, 0.5), Vec::new(), "a late answer to cancelled {:?}", id);
                    }
                }
                Happening::Tick(ms) => w.clock.now_ms += u64::from(ms),
            }
            w.boot()?;
            prop_assert_eq!(w.running, w.s.running(), "the shell's view and the scheduler's agree");
        }
        // Let it run: the last load ends with every conversation of the range shown, once.
        w.service.now_ms = w.clock.now_ms;
        let effects = w.s.refresh(w.clock);
        w.apply(effects, None)?;
        w.boot()?;
        for _ in 0..10_000 {
            if w.running.is_none() { break; }
            w.step(Fault::None)?;
        }
        prop_assert!(w.running.is_none(), "the load did not end");
        let start = w.shown.map_or(0, |r| r.start_ms(w.clock.now_ms, w.clock.offset_min));
        let want = (0..total).filter(|n| w.service.started_ms(*n) >= start).count();
        prop_assert_eq!(w.rows.len(), want, "every conversation of the range shown");
        prop_assert_eq!(w.duplicates, 0);
    }
}
