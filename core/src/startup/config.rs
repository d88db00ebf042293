//! Deploy-time configuration (`config.json`, CONTRACT §2): parsed leniently about unknown keys,
//! strictly about the values of known ones.

use crate::i18n::{Locale, Localized, Msg};
use crate::net::origin::{Origin, OriginError};
use crate::net::regions::default_trusted_origins;
use crate::net::BaseUrl;
use crate::util::json::ReadError;
use crate::util::text::number_text;

pub const DEFAULT_PAGE_SIZE: u32 = 100;
pub const MAX_PAGE_SIZE: u32 = 500;
pub const DEFAULT_HANDSHAKE_TIMEOUT_MS: u32 = 5000;
pub const MIN_HANDSHAKE_TIMEOUT_MS: u32 = 100;
pub const MAX_HANDSHAKE_TIMEOUT_MS: u32 = 120_000;
pub const DEFAULT_HISTORY_DAYS: u32 = 7;
pub const MAX_HISTORY_DAYS: u32 = 31;

/// `config.json` as written. Every key is optional and unknown keys are ignored; a known key
/// with a value of the wrong type fails deserialisation, which the shell reports as malformed.
#[derive(Debug, Default)]
pub struct RawConfig {
    pub trusted_host_origins: Option<Vec<String>>,
    pub api_base: Option<String>,
    pub page_size: Option<f64>,
    pub handshake_timeout_ms: Option<f64>,
    pub oauth_client_id: Option<String>,
    pub oauth_redirect_uri: Option<String>,
    pub oauth_popup: Option<bool>,
    pub login_base: Option<String>,
    pub data_source: Option<String>,
    pub history_days: Option<f64>,
    /// Development only: where a debug build opened on its own (`trunk serve`) finds the dev
    /// host that frames it. Release builds do not read it.
    #[cfg(debug_assertions)]
    pub dev_host_url: Option<String>,
}

impl crate::util::json::FromJson for RawConfig {
    fn from_json(json: &crate::util::json::Json) -> Result<Self, crate::util::json::ReadError> {
        use crate::util::json::field;
        crate::util::json::object(json)?;
        Ok(RawConfig {
            trusted_host_origins: field(json, "trustedHostOrigins")?,
            api_base: field(json, "apiBase")?,
            page_size: field(json, "pageSize")?,
            handshake_timeout_ms: field(json, "handshakeTimeoutMs")?,
            oauth_client_id: field(json, "oauthClientId")?,
            oauth_redirect_uri: field(json, "oauthRedirectUri")?,
            oauth_popup: field(json, "oauthPopup")?,
            login_base: field(json, "loginBase")?,
            data_source: field(json, "dataSource")?,
            history_days: field(json, "historyDays")?,
            #[cfg(debug_assertions)]
            dev_host_url: field(json, "devHostUrl")?,
        })
    }
}

/// Where the rows come from (CONTRACT §2 `dataSource`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataSource {
    /// The interactions API of CONTRACT §4.
    Interactions,
    /// Genesys Cloud's analytics and External Contacts APIs (CONTRACT §7).
    Genesys,
}

impl DataSource {
    /// Whether rows have start times, so the agent chooses a time range (CONTRACT §2
    /// `historyDays`); the interactions API's rows have none.
    pub fn has_ranges(self) -> bool {
        self == DataSource::Genesys
    }

    /// Whether activating a row opens it in Genesys Cloud (CONTRACT §8).
    pub fn opens_in_genesys(self) -> bool {
        self == DataSource::Genesys
    }

    /// Whether rows are kept live over the Notifications WebSocket (CONTRACT §9).
    pub fn has_live_updates(self) -> bool {
        self == DataSource::Genesys
    }
}

/// The Genesys sign-in (CONTRACT §6), set by `oauthClientId`.
#[derive(Debug, Clone, PartialEq)]
pub struct OAuthConfig {
    pub client_id: String,
    /// The redirect URI registered on the OAuth client; `None`: the widget's own URL.
    pub redirect_uri: Option<String>,
    /// Sign in in a popup instead of the widget's own frame.
    pub popup: bool,
}

/// Validated configuration with defaults filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub trusted_host_origins: Vec<Origin>,
    pub api_base: Option<BaseUrl>,
    pub page_size: u32,
    pub handshake_timeout_ms: u32,
    /// `Some` when the widget signs the agent in with Genesys itself; `None`: the handshake.
    pub oauth: Option<OAuthConfig>,
    pub login_base: Option<BaseUrl>,
    pub data_source: DataSource,
    pub history_days: u32,
    #[cfg(debug_assertions)]
    pub dev_host_url: Option<String>,
}

/// Why `config.json` cannot be used. Each message names the key and what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigError {
    /// The file could not be had: the server's answer (HTTP status), or `None` for no answer.
    Unreadable {
        status: Option<u16>,
    },
    Malformed(ReadError),
    NoTrustedOrigins,
    BadTrustedOrigin {
        value: String,
        reason: OriginError,
    },
    BadApiBase {
        value: String,
        reason: OriginError,
    },
    BadPageSize {
        value: String,
    },
    BadHandshakeTimeout {
        value: String,
    },
    BadOAuthClientId {
        value: String,
    },
    BadRedirectUri {
        value: String,
    },
    BadLoginBase {
        value: String,
        reason: OriginError,
    },
    BadDataSource {
        value: String,
    },
    BadHistoryDays {
        value: String,
    },
}

impl Localized for ConfigError {
    fn localize(&self, locale: Locale) -> String {
        let t = |msg, args: &[&str]| locale.text(msg, args);
        match self {
            ConfigError::Unreadable { status: Some(status) } => t(Msg::ConfigUnreadable, &[&format!("HTTP {status}")]),
            ConfigError::Unreadable { status: None } => {
                t(Msg::ConfigUnreadable, &[&locale.text(Msg::CauseNetwork, &[])])
            }
            ConfigError::Malformed(why) => t(Msg::ConfigMalformed, &[&why.localize(locale)]),
            ConfigError::NoTrustedOrigins => t(Msg::ConfigNoTrustedOrigins, &[]),
            ConfigError::BadTrustedOrigin { value, reason } => {
                t(Msg::ConfigBadTrustedOrigin, &[value, &reason.localize(locale)])
            }
            ConfigError::BadApiBase { value, reason } => t(Msg::ConfigBadApiBase, &[value, &reason.localize(locale)]),
            ConfigError::BadPageSize { value } => t(Msg::ConfigBadPageSize, &[&MAX_PAGE_SIZE.to_string(), value]),
            ConfigError::BadHandshakeTimeout { value } => t(
                Msg::ConfigBadHandshakeTimeout,
                &[&MIN_HANDSHAKE_TIMEOUT_MS.to_string(), &MAX_HANDSHAKE_TIMEOUT_MS.to_string(), value],
            ),
            ConfigError::BadOAuthClientId { value } => t(Msg::ConfigBadOAuthClientId, &[value]),
            ConfigError::BadRedirectUri { value } => t(Msg::ConfigBadRedirectUri, &[value]),
            ConfigError::BadLoginBase { value, reason } => {
                t(Msg::ConfigBadLoginBase, &[value, &reason.localize(locale)])
            }
            ConfigError::BadDataSource { value } => t(Msg::ConfigBadDataSource, &[value]),
            ConfigError::BadHistoryDays { value } => {
                t(Msg::ConfigBadHistoryDays, &[&MAX_HISTORY_DAYS.to_string(), value])
            }
        }
    }
}

crate::i18n::localized_error!(ConfigError);

impl Default for Config {
    fn default() -> Self {
        Config {
            trusted_host_origins: default_trusted_origins(),
            api_base: None,
            page_size: DEFAULT_PAGE_SIZE,
            handshake_timeout_ms: DEFAULT_HANDSHAKE_TIMEOUT_MS,
            oauth: None,
            login_base: None,
            data_source: DataSource::Interactions,
            history_days: DEFAULT_HISTORY_DAYS,
            #[cfg(debug_assertions)]
            dev_host_url: None,
        }
    }
}

impl Config {
    /// Validates a raw config. The first problem found is reported; nothing is silently
    /// replaced by a default.
    pub fn from_raw(raw: RawConfig) -> Result<Config, ConfigError> {
        let defaults = Config::default();
        let trusted_host_origins = match raw.trusted_host_origins {
            None => defaults.trusted_host_origins,
            Some(list) if list.is_empty() => return Err(ConfigError::NoTrustedOrigins),
            Some(list) => list
                .into_iter()
                .map(|value| Origin::parse(&value).map_err(|reason| ConfigError::BadTrustedOrigin { value, reason }))
                .collect::<Result<Vec<_>, _>>()?,
        };
        let api_base = raw
            .api_base
            .map(|value| BaseUrl::parse(&value).map_err(|reason| ConfigError::BadApiBase { value, reason }))
            .transpose()?;
        let page_size = whole_in_range(raw.page_size, 1, MAX_PAGE_SIZE)
            .map_err(|v| ConfigError::BadPageSize { value: number_text(v) })?
            .unwrap_or(defaults.page_size);
        let handshake_timeout_ms =
            whole_in_range(raw.handshake_timeout_ms, MIN_HANDSHAKE_TIMEOUT_MS, MAX_HANDSHAKE_TIMEOUT_MS)
                .map_err(|v| ConfigError::BadHandshakeTimeout { value: number_text(v) })?
                .unwrap_or(defaults.handshake_timeout_ms);
        let oauth = raw
            .oauth_client_id
            .map(|id| {
                let well_formed = !id.is_empty()
                    && id.len() <= 128
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
                if !well_formed {
                    return Err(ConfigError::BadOAuthClientId { value: id });
                }
                let redirect_uri = raw
                    .oauth_redirect_uri
                    .clone()
                    .map(|value| match Origin::of_url(&value) {
                        Some(_) if !value.contains(['?', '#']) => Ok(value),
                        _ => Err(ConfigError::BadRedirectUri { value }),
                    })
                    .transpose()?;
                Ok(OAuthConfig { client_id: id, redirect_uri, popup: raw.oauth_popup.unwrap_or(false) })
            })
            .transpose()?;
        let login_base = raw
            .login_base
            .map(|value| BaseUrl::parse(&value).map_err(|reason| ConfigError::BadLoginBase { value, reason }))
            .transpose()?;
        let data_source = match raw.data_source.as_deref() {
            None if oauth.is_some() => DataSource::Genesys,
            None | Some("interactions") => DataSource::Interactions,
            Some("genesys") => DataSource::Genesys,
            Some(other) => return Err(ConfigError::BadDataSource { value: other.to_owned() }),
        };
        let history_days = whole_in_range(raw.history_days, 1, MAX_HISTORY_DAYS)
            .map_err(|v| ConfigError::BadHistoryDays { value: number_text(v) })?
            .unwrap_or(defaults.history_days);
        Ok(Config {
            trusted_host_origins,
            api_base,
            page_size,
            handshake_timeout_ms,
            oauth,
            login_base,
            data_source,
            history_days,
            #[cfg(debug_assertions)]
            dev_host_url: raw.dev_host_url,
        })
    }

    pub fn is_trusted(&self, origin: &Origin) -> bool {
        self.trusted_host_origins.contains(origin)
    }
}

fn whole_in_range(value: Option<f64>, min: u32, max: u32) -> Result<Option<u32>, f64> {
    match value {
        None => Ok(None),
        Some(v) if v.fract() == 0.0 && v >= min as f64 && v <= max as f64 => Ok(Some(v as u32)),
        Some(v) => Err(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = crate::util::json::from_str(json).map_err(ConfigError::Malformed)?;
        Config::from_raw(raw)
    }

    #[test]
    fn empty_object_means_defaults() {
        let c = parse("{}").unwrap();
        assert_eq!(c, Config::default());
        assert_eq!(c.page_size, 100);
        assert_eq!(c.handshake_timeout_ms, 5000);
        assert!(c.is_trusted(&Origin::parse("https://apps.mypurecloud.com").unwrap()));
        assert!(!c.is_trusted(&Origin::parse("https://evil.example").unwrap()));
    }

    #[test]
    fn full_config_and_unknown_keys() {
        let c = parse(
            r#"{"trustedHostOrigins":["https://crm.example.com","http://localhost:8000"],
            "apiBase":"https://api.example.com/proxy/","pageSize":50,"handshakeTimeoutMs":2000,"theme":"dark"}"#,
        )
        .unwrap();
        assert_eq!(c.trusted_host_origins.len(), 2);
        assert!(!c.is_trusted(&Origin::parse("https://apps.mypurecloud.com").unwrap()));
        let base = c.api_base.unwrap();
        assert_eq!(base.as_str(), "https://api.example.com/proxy");
        assert_eq!(base.origin().as_str(), "https://api.example.com");
        assert_eq!(c.page_size, 50);
        assert_eq!(c.handshake_timeout_ms, 2000);
    }

    #[test]
    fn bad_values_are_errors_not_defaults() {
        assert!(matches!(parse("[1,2]"), Err(ConfigError::Malformed(_))));
        assert!(matches!(parse("{\"pageSize\":\"100\"}"), Err(ConfigError::Malformed(_))));
        assert!(matches!(parse("{\"trustedHostOrigins\":\"https://a.example\"}"), Err(ConfigError::Malformed(_))));
        assert_eq!(parse("{\"trustedHostOrigins\":[]}"), Err(ConfigError::NoTrustedOrigins));
        assert!(matches!(parse("{\"trustedHostOrigins\":[\"*\"]}"), Err(ConfigError::BadTrustedOrigin { .. })));
        assert!(matches!(
            parse("{\"trustedHostOrigins\":[\"http://crm.example.com\"]}"),
            Err(ConfigError::BadTrustedOrigin { .. })
        ));
        assert!(matches!(parse("{\"apiBase\":\"api.example.com\"}"), Err(ConfigError::BadApiBase { .. })));
        assert!(matches!(parse("{\"apiBase\":\"https://api.example.com?x=1\"}"), Err(ConfigError::BadApiBase { .. })));
        assert_eq!(parse("{\"pageSize\":0}"), Err(ConfigError::BadPageSize { value: "0".into() }));
        assert_eq!(parse("{\"pageSize\":2.5}"), Err(ConfigError::BadPageSize { value: "2.5".into() }));
        assert_eq!(parse("{\"pageSize\":501}"), Err(ConfigError::BadPageSize { value: "501".into() }));
        assert_eq!(parse("{\"handshakeTimeoutMs\":5}"), Err(ConfigError::BadHandshakeTimeout { value: "5".into() }));
    }

    #[test]
    fn sign_in_keys() {
        let c = parse(
            r#"{"oauthClientId":"7de3af06-0000-4000-8000-000000000000","oauthRedirectUri":"https://widgets.example.com/crm/",
            "loginBase":"https://login.mypurecloud.ie","historyDays":14,"oauthPopup":true}"#,
        )
        .unwrap();
        let oauth = c.oauth.unwrap();
        assert_eq!(oauth.client_id, "7de3af06-0000-4000-8000-000000000000");
        assert_eq!(oauth.redirect_uri.as_deref(), Some("https://widgets.example.com/crm/"));
        assert!(oauth.popup);
        assert_eq!(c.login_base.unwrap().as_str(), "https://login.mypurecloud.ie");
        assert_eq!(c.history_days, 14);
        // With sign-in, the data source defaults to Genesys; without it, to the interactions API.
        assert_eq!(c.data_source, DataSource::Genesys);
        assert_eq!(parse("{}").unwrap().data_source, DataSource::Interactions);
        assert!(parse("{}").unwrap().oauth.is_none());
        let c = parse(r#"{"oauthClientId":"abc","dataSource":"interactions"}"#).unwrap();
        assert_eq!(c.data_source, DataSource::Interactions);
        assert!(!c.oauth.unwrap().popup);
        assert_eq!(parse(r#"{"dataSource":"genesys"}"#).unwrap().data_source, DataSource::Genesys);
    }

    #[test]
    fn bad_sign_in_values_are_errors() {
        for id in ["", "two words", "a/b", "<script>"] {
            let json = serde_json::json!({ "oauthClientId": id }).to_string();
            assert_eq!(parse(&json), Err(ConfigError::BadOAuthClientId { value: id.into() }), "{id}");
        }
        for uri in [
            "/crm/",
            "widgets.example.com",
            "http://widgets.example.com/",
            "https://w.example/#x",
            "https://w.example/?a=1",
        ] {
            let json = serde_json::json!({ "oauthClientId": "abc", "oauthRedirectUri": uri }).to_string();
            assert_eq!(parse(&json), Err(ConfigError::BadRedirectUri { value: uri.into() }), "{uri}");
        }
        assert!(matches!(parse(r#"{"loginBase":"login.example.com"}"#), Err(ConfigError::BadLoginBase { .. })));
        assert_eq!(parse(r#"{"dataSource":"crm"}"#), Err(ConfigError::BadDataSource { value: "crm".into() }));
        assert_eq!(parse(r#"{"historyDays":0}"#), Err(ConfigError::BadHistoryDays { value: "0".into() }));
        assert_eq!(parse(r#"{"historyDays":32}"#), Err(ConfigError::BadHistoryDays { value: "32".into() }));
        assert!(matches!(parse(r#"{"oauthPopup":"yes"}"#), Err(ConfigError::Malformed(_))));
        assert!(matches!(parse(r#"{"oauthClientId":42}"#), Err(ConfigError::Malformed(_))));
    }

    #[test]
    fn the_readmes_example_config_is_valid() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../config.example.json");
        let c = parse(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert!(c.oauth.is_some());
        assert_eq!(c.data_source, DataSource::Genesys, "as the README's admin guide shows it");
    }

    #[test]
    fn error_messages_say_what_to_do() {
        let msg = parse("{\"pageSize\":0}").unwrap_err().to_string();
        assert!(msg.contains("pageSize") && msg.contains("1 to 500"), "{msg}");
        let msg = parse("{\"trustedHostOrigins\":[\"apps.mypurecloud.com\"]}").unwrap_err().to_string();
        assert!(msg.contains("https://"), "{msg}");
    }
}
