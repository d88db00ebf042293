//! A new scenario: everything the last one left behind goes.

use crate::scenario::Scenario;
use crate::state::{FaultCounters, GenesysState, Push, Shared};
use crate::tokens;

/// Replaces the scenario and resets the fault counters, the log, the Genesys mock's state, the
/// live faults and the counts (`state::Counts`: the requests are the log's; channels created
/// and sockets connected start again from 0, and sockets open fall to 0 as they close);
/// issued tokens stop working and open sockets close.
pub(crate) fn reset(shared: &Shared, scenario: Scenario) {
    *shared.scenario.lock().expect("scenario lock") = scenario;
    *shared.faults.lock().expect("faults lock") = FaultCounters::default();
    shared.log.lock().expect("log lock").clear();
    tokens::expire_all(shared);
    *shared.genesys.lock().expect("genesys lock") = GenesysState::default();
    let mut live = shared.live.lock().expect("live lock");
    // Open sockets hear that the world changed: they close.
    live.push(Push::Drop);
    live.silent = false;
    live.refuse_upgrades = false;
    live.created = 0;
    live.connects = 0;
}
