//! The scenarios tests start from; a test changes what it needs with struct update syntax:
//! `Scenario { latency_ms: 150, ..scenarios::contract(1000) }`.

use crm_devserver::{DataSourceMode, LiveConfig, Scenario};

/// CONTRACT §4's interactions API with `total` rows, the host handing over tokens.
pub fn contract(total: usize) -> Scenario {
    Scenario { total, ..Scenario::default() }
}

/// The Genesys APIs (CONTRACT §7) with `total` conversations, the host handing over tokens
/// (a host may hand over a Genesys token), and live updates (§9) with a heartbeat every second.
pub fn genesys(total: usize) -> Scenario {
    Scenario {
        total,
        data_source: DataSourceMode::Genesys,
        live: LiveConfig { heartbeat_ms: 1_000, ..LiveConfig::default() },
        ..Scenario::default()
    }
}
