//! The executor: the I/O of a piece of work, as the core decides it. It asks what to do next,
//! does it (requests with a valid token, a wait, a token renewal), reports what came of it, and
//! hands the effects back. No decision is made here: `crm_core::session::Scheduler` makes them.

use std::rc::Rc;

use crm_core::net::Outcome;
use crm_core::session::{Effect, Next, WorkId};
use crm_core::WidgetError;
use web_sys::AbortSignal;

use crate::fetch::requests::{fetch, note, Io};
use crate::platform::browser::{is_online, sleep_unless_cancelled, unless_cancelled, wait_online, Cancelled};
use crate::ports::JsonText;

/// What the executor reports to and is told by: the scheduler, behind the controller.
pub trait Conductor {
    fn next(&self, id: WorkId) -> (Next, Vec<Effect>);
    fn outcome(&self, id: WorkId, ticket: u64, outcome: Outcome<JsonText>) -> Vec<Effect>;
    fn waited(&self, id: WorkId) -> Vec<Effect>;
    fn offline(&self, id: WorkId) -> Vec<Effect>;
    fn online(&self, id: WorkId) -> Vec<Effect>;
    fn renewed(&self, id: WorkId, result: Result<(), WidgetError>) -> Vec<Effect>;
    /// `id` is over: its handle goes (before the effects of its end are applied).
    fn ended(&self, id: WorkId);
    fn apply(&self, effects: Vec<Effect>);
}

/// Drives work `id` until the scheduler says it is over, or it is cancelled.
pub async fn run(conductor: Rc<dyn Conductor>, io: Rc<Io>, id: WorkId, signal: AbortSignal, cancelled: Cancelled) {
    loop {
        let (next, effects) = conductor.next(id);
        if next == Next::End {
            conductor.ended(id);
        }
        conductor.apply(effects);
        match next {
            Next::End => return,
            Next::Fetch(tickets) => {
                if !is_online() {
                    // Offline: the load waits without spending tries, and goes on when back.
                    conductor.apply(conductor.offline(id));
                    if !wait_online(&cancelled).await {
                        return;
                    }
                    conductor.apply(conductor.online(id));
                    continue;
                }
                let Some(token) = unless_cancelled(io.tokens.token(), &cancelled).await else { return };
                let token = match token {
                    Ok(token) => token,
                    Err(e) => {
                        conductor.apply(conductor.renewed(id, Err(e)));
                        continue;
                    }
                };
                let Some(outcomes) = fetch(&io, &tickets, &token, &signal, &cancelled).await else { return };
                for (ticket, outcome) in outcomes {
                    conductor.apply(conductor.outcome(id, ticket, outcome));
                }
            }
            Next::Wait(ms) => {
                note(&io, |d| d.waited(ms));
                if !sleep_unless_cancelled(ms, &cancelled).await {
                    return;
                }
                conductor.apply(conductor.waited(id));
            }
            Next::RenewToken => {
                let Some(renewed) = unless_cancelled(io.tokens.renew(), &cancelled).await else { return };
                conductor.apply(conductor.renewed(id, renewed.map(drop)));
            }
        }
    }
}
