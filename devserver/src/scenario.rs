//! Fault scenarios for the mock API and the host page, switchable per run (JSON).

use serde::{Deserialize, Serialize};

/// How the host page answers the widget's handshake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum HostMode {
    /// Answer with a token from the mock.
    #[default]
    Answer,
    /// Never answer (the widget must time out).
    Silent,
    /// Answer with `appfoundry.error`.
    Refuse,
}

/// How the widget gets its token (the dev host's "mode").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum AuthMode {
    /// The host hands over tokens (CONTRACT §3): no `oauthClientId` in the dev config.
    #[default]
    Handshake,
    /// Genesys sign-in in the widget's own frame (CONTRACT §6).
    SignIn,
    /// Genesys sign-in in a popup (`"oauthPopup": true`).
    Popup,
}

/// Where the widget's rows come from (the dev config's `dataSource`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum DataSourceMode {
    /// CONTRACT §4's interactions API.
    #[default]
    Interactions,
    /// The Genesys APIs of CONTRACT §7 (users/me, analytics, external contacts, queues), and
    /// wrap-up codes.
    Genesys,
}

impl DataSourceMode {
    pub fn name(self) -> &'static str {
        match self {
            DataSourceMode::Interactions => "interactions",
            DataSourceMode::Genesys => "genesys",
        }
    }
}

/// Faults of the mock login service.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct LoginFaults {
    /// Every sign-in is refused (`error=access_denied`), as if the agent pressed "Deny".
    pub deny: bool,
    /// The return carries another state than the one the widget sent.
    pub wrong_state: bool,
    /// The token endpoint fails (HTTP 500).
    pub fail_exchange: bool,
    /// The authorize page takes this long to answer.
    pub slow_ms: u64,
    /// The agent is signed in to Genesys Cloud already (as inside Genesys Cloud): authorize
    /// answers at once, without the sign-in page.
    pub signed_in: bool,
}

/// Faults of the mock Genesys APIs (CONTRACT §7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GenesysFaults {
    /// 403 on the analytics query (the agent lacks the analytics permission).
    pub forbid_analytics: bool,
    /// 403 on bulk external contacts.
    pub forbid_contacts: bool,
    /// 403 on routing queues.
    pub forbid_queues: bool,
    /// 403 on wrap-up codes (`routing:wrapupCode:view`, a guess).
    pub forbid_wrap_ups: bool,
    /// 500 on wrap-up codes.
    pub fail_wrap_ups: bool,
    /// New conversations that start between two analytics requests: pages shift.
    pub arriving_per_request: u32,
    /// The first N enrichment requests (contacts, queues or wrap-up codes) are answered 429.
    pub throttle_enrichment: u32,
}

/// The mock Notifications service's timing (CONTRACT §9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct LiveConfig {
    /// Heartbeats (`channel.metadata`) every this many ms; Genesys sends one about every 30 s.
    pub heartbeat_ms: u64,
    /// A channel's lifetime (24 h in Genesys).
    pub channel_ttl_s: u64,
}

impl Default for LiveConfig {
    fn default() -> LiveConfig {
        LiveConfig { heartbeat_ms: 30_000, channel_ttl_s: 86_400 }
    }
}

/// How the mock links pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Paging {
    /// `nextPage`: an opaque cursor (the contract's form).
    #[default]
    NextPage,
    /// `nextUri`: a path, Genesys-style.
    NextUri,
    /// `nextUri` pointing at another origin (must be refused).
    ForeignNextUri,
}

/// A `Retry-After` form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RetryAfter {
    Seconds(u64),
    /// An HTTP-date this many seconds ahead (rounded up to a whole second).
    Date(u64),
    /// No header at all.
    Absent,
}

/// A fault on one page: returned `times` times, then the page is served normally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fault {
    /// 1-based page number.
    pub page: usize,
    #[serde(default = "one")]
    pub times: u32,
    /// HTTP status for `serverError` (default 503).
    #[serde(default)]
    pub status: Option<u16>,
    /// For `throttle`.
    #[serde(default)]
    pub retry_after: Option<RetryAfter>,
}

fn one() -> u32 {
    1
}

/// Everything a run can switch. Every field has a default, so `{}` is a healthy API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Scenario {
    /// How many interactions exist.
    pub total: usize,
    /// Latency added to every API response.
    pub latency_ms: u64,
    pub paging: Paging,
    /// 429s on a page.
    pub throttle: Option<Fault>,
    /// 5xx on a page.
    pub server_error: Option<Fault>,
    /// 1-based page whose body is not JSON.
    pub malformed_page: Option<usize>,
    /// Each token stops working after serving this many pages.
    pub token_pages: Option<u32>,
    /// Lifetime the token issuer announces (and enforces).
    pub token_ttl_s: u64,
    /// Issue JWT-shaped tokens (with `exp`) instead of opaque ones.
    pub jwt_tokens: bool,
    /// Whether the host tells the widget `expiresIn` with each token.
    pub announce_expiry: bool,
    /// Test-data torture: duplicate ids across pages, ids of every JSON type, an absurd
    /// `totalCount`, very long names, deep nesting and a multi-megabyte page.
    pub hostile_data: bool,
    /// Every request is 403.
    pub forbidden: bool,
    /// Whether CORS exposes `Retry-After` to the widget.
    pub expose_retry_after: bool,
    pub host: HostMode,
    /// The host page also frames two forgers that post tokens to the widget.
    pub forge: bool,
    /// Replaces the dev `config.json` with this text (e.g. malformed JSON).
    pub config_json: Option<String>,
    /// How long `config.json` takes to answer (a slow static host).
    pub config_delay_ms: u64,
    /// The static host answers 404 for the widget's files whose name holds this (`_bg.wasm`:
    /// the wasm; `loader-`: the loader script), as it does when an `index.html` kept from an
    /// earlier deploy names files that are gone.
    pub missing_file: Option<String>,
    /// `handshakeTimeoutMs` in the dev config.
    pub handshake_timeout_ms: u64,
    /// `pageSize` in the dev config (None: the widget's default).
    pub page_size: Option<u32>,
    /// Every third contact's name is an HTML/script injection attempt.
    pub hostile_names: bool,
    /// The dev host's mode: handshake, or Genesys sign-in (frame or popup).
    pub auth: AuthMode,
    pub login: LoginFaults,
    pub data_source: DataSourceMode,
    pub genesys: GenesysFaults,
    pub live: LiveConfig,
    /// The preset this scenario came from, so the dev host's menu can show it after a reload.
    /// Kept when the host posts the preset back with another total or latency.
    pub preset: Option<String>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            total: 250,
            latency_ms: 0,
            paging: Paging::NextPage,
            throttle: None,
            server_error: None,
            malformed_page: None,
            token_pages: None,
            token_ttl_s: 3600,
            jwt_tokens: false,
            announce_expiry: true,
            hostile_data: false,
            forbidden: false,
            expose_retry_after: true,
            host: HostMode::Answer,
            forge: false,
            config_json: None,
            config_delay_ms: 0,
            missing_file: None,
            handshake_timeout_ms: 5000,
            page_size: None,
            hostile_names: false,
            auth: AuthMode::Handshake,
            login: LoginFaults::default(),
            data_source: DataSourceMode::Interactions,
            genesys: GenesysFaults::default(),
            live: LiveConfig::default(),
            preset: None,
        }
    }
}

impl Scenario {
    /// Named presets for the dev host's menu and the `--scenario` flag.
    pub fn preset(name: &str) -> Option<Scenario> {
        let base = Scenario::default();
        let scenario = match name {
            "normal" => base,
            "empty" => Scenario { total: 0, ..base },
            "large" => Scenario { total: 10_000, ..base },
            "slow" => Scenario { latency_ms: 800, total: 1000, ..base },
            "throttle-seconds" => Scenario {
                throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(2)) }),
                ..base
            },
            "throttle-date" => Scenario {
                throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Date(2)) }),
                ..base
            },
            "token-expiry" => Scenario { token_pages: Some(1), ..base },
            "server-error" => Scenario {
                server_error: Some(Fault { page: 2, times: 2, status: Some(503), retry_after: None }),
                ..base
            },
            "malformed" => Scenario { malformed_page: Some(2), ..base },
            "forbidden" => Scenario { forbidden: true, ..base },
            "wasm-missing" => Scenario { missing_file: Some("_bg.wasm".into()), ..base },
            "host-silent" => Scenario { host: HostMode::Silent, handshake_timeout_ms: 3000, ..base },
            "host-refuses" => Scenario { host: HostMode::Refuse, ..base },
            "forged-tokens" => Scenario { forge: true, ..base },
            "next-uri" => Scenario { paging: Paging::NextUri, ..base },
            "hostile-data" => Scenario { hostile_data: true, ..base },
            "short-tokens" => Scenario { token_ttl_s: 8, jwt_tokens: true, latency_ms: 300, total: 5000, ..base },
            "hostile-names" => Scenario { hostile_names: true, ..base },
            "sign-in" => Scenario { auth: AuthMode::SignIn, ..base },
            "sign-in-popup" => Scenario { auth: AuthMode::Popup, ..base },
            "sign-in-short-tokens" => Scenario { auth: AuthMode::SignIn, token_ttl_s: 20, ..base },
            "genesys" => Scenario { auth: AuthMode::SignIn, data_source: DataSourceMode::Genesys, ..base },
            "genesys-large" => {
                Scenario { auth: AuthMode::SignIn, data_source: DataSourceMode::Genesys, total: 10_000, ..base }
            }
            "genesys-forbidden" => Scenario {
                auth: AuthMode::SignIn,
                data_source: DataSourceMode::Genesys,
                genesys: GenesysFaults { forbid_analytics: true, ..GenesysFaults::default() },
                ..base
            },
            "genesys-no-names" => Scenario {
                auth: AuthMode::SignIn,
                data_source: DataSourceMode::Genesys,
                genesys: GenesysFaults {
                    forbid_contacts: true,
                    forbid_queues: true,
                    forbid_wrap_ups: true,
                    ..GenesysFaults::default()
                },
                ..base
            },
            "genesys-no-wrap-ups" => Scenario {
                auth: AuthMode::SignIn,
                data_source: DataSourceMode::Genesys,
                genesys: GenesysFaults { forbid_wrap_ups: true, ..GenesysFaults::default() },
                ..base
            },
            "genesys-wrap-ups-failing" => Scenario {
                auth: AuthMode::SignIn,
                data_source: DataSourceMode::Genesys,
                genesys: GenesysFaults { fail_wrap_ups: true, ..GenesysFaults::default() },
                ..base
            },
            "genesys-arriving" => Scenario {
                auth: AuthMode::SignIn,
                data_source: DataSourceMode::Genesys,
                total: 1000,
                genesys: GenesysFaults { arriving_per_request: 7, ..GenesysFaults::default() },
                ..base
            },
            "genesys-throttle" => Scenario {
                auth: AuthMode::SignIn,
                data_source: DataSourceMode::Genesys,
                total: 1000,
                throttle: Some(Fault { page: 2, times: 1, status: None, retry_after: Some(RetryAfter::Seconds(2)) }),
                genesys: GenesysFaults { throttle_enrichment: 1, ..GenesysFaults::default() },
                ..base
            },
            "genesys-token-expiry" => {
                Scenario { auth: AuthMode::SignIn, data_source: DataSourceMode::Genesys, token_pages: Some(2), ..base }
            }
            _ => return None,
        };
        Some(Scenario { preset: Some(name.to_owned()), ..scenario })
    }

    /// Whether this scenario's faults are the host handshake's (a silent or refusing host,
    /// forgers), which only make sense without the sign-in.
    pub fn tests_the_handshake(&self) -> bool {
        self.host != HostMode::Answer || self.forge
    }

    pub const PRESETS: &'static [&'static str] = &[
        "normal",
        "empty",
        "large",
        "slow",
        "throttle-seconds",
        "throttle-date",
        "token-expiry",
        "server-error",
        "malformed",
        "forbidden",
        "wasm-missing",
        "host-silent",
        "host-refuses",
        "forged-tokens",
        "next-uri",
        "hostile-names",
        "hostile-data",
        "short-tokens",
        "sign-in",
        "sign-in-popup",
        "sign-in-short-tokens",
        "genesys",
        "genesys-large",
        "genesys-forbidden",
        "genesys-no-names",
        "genesys-no-wrap-ups",
        "genesys-wrap-ups-failing",
        "genesys-arriving",
        "genesys-throttle",
        "genesys-token-expiry",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_exists_and_empty_json_is_default() {
        for name in Scenario::PRESETS {
            assert_eq!(Scenario::preset(name).and_then(|s| s.preset).as_deref(), Some(*name));
        }
        assert!(Scenario::preset("nope").is_none());
        let s: Scenario = serde_json::from_str("{}").unwrap();
        assert_eq!(s, Scenario::default());
        let s: Scenario = serde_json::from_str(r#"{"throttle":{"page":2,"retryAfter":{"seconds":3}}}"#).unwrap();
        assert_eq!(s.throttle.unwrap().retry_after, Some(RetryAfter::Seconds(3)));
    }
}
