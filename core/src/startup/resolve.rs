//! Start-up: from config and query parameters to a session, or a clear reason why not
//! (CONTRACT §1). Query parameters never add trust: they only choose among what config allows.

use crate::i18n::{Locale, Localized, Msg};
use crate::net::origin::{Origin, OriginError};
use crate::net::regions::{api_origin_for_host, check_target_env, login_origin_for_host};
use crate::net::BaseUrl;
use crate::startup::config::{Config, DataSource};
use crate::util::text::query_pairs;

/// The query parameters Genesys Cloud fills in for the iframe URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryParams {
    pub gc_host_origin: Option<String>,
    pub gc_target_env: Option<String>,
    pub gc_lang_tag: Option<String>,
    /// The interaction an Interaction Widget is opened for.
    pub gc_conversation_id: Option<String>,
    /// `?debug=1`: show diagnostics.
    pub debug: bool,
    /// `?theme=dark` or `?theme=light` overrides the system's colour scheme.
    pub theme: Option<Theme>,
}

/// A colour scheme forced by the `theme` query parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl QueryParams {
    /// Parses `location.search`. Later duplicates do not override the first value.
    pub fn parse(search: &str) -> QueryParams {
        let mut q = QueryParams::default();
        for (k, v) in query_pairs(search) {
            let slot = match k.as_str() {
                "gcHostOrigin" => &mut q.gc_host_origin,
                "gcTargetEnv" => &mut q.gc_target_env,
                "gcLangTag" => &mut q.gc_lang_tag,
                "gcConversationId" => &mut q.gc_conversation_id,
                "debug" => {
                    q.debug = v == "1" || v == "true";
                    continue;
                }
                "theme" => {
                    q.theme = match v.as_str() {
                        "dark" => Some(Theme::Dark),
                        "light" => Some(Theme::Light),
                        _ => None,
                    };
                    continue;
                }
                _ => continue,
            };
            if slot.is_none() && !v.is_empty() {
                *slot = Some(v);
            }
        }
        q
    }
}

/// Everything the widget needs to run, once start-up has succeeded.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub host_origin: Origin,
    pub api_base: BaseUrl,
    pub page_size: u32,
    pub handshake_timeout_ms: u32,
    pub target_env: Option<String>,
    pub lang_tag: Option<String>,
    /// `Some`: the widget signs the agent in with Genesys (CONTRACT §6); `None`: it asks its
    /// host for a token (CONTRACT §3).
    pub sign_in: Option<SignIn>,
    pub data_source: DataSource,
    pub history_days: u32,
}

/// What the Genesys sign-in needs, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct SignIn {
    pub client_id: String,
    pub login_base: BaseUrl,
    pub redirect_uri: String,
    pub popup: bool,
}

/// Why the widget cannot start here. Each message says what an admin should change.
#[derive(Debug, Clone, PartialEq)]
pub enum StartupError {
    NotFramed,
    MissingHostOrigin,
    BadHostOrigin { value: String, reason: OriginError },
    UntrustedHost { origin: Origin },
    NoApiBase { origin: Origin },
    TargetEnvMismatch { env: String, origin: Origin, region: &'static str },
    NoLoginBase { origin: Origin },
    RedirectElsewhere { uri: String, origin: Origin },
}

impl Localized for StartupError {
    fn localize(&self, locale: Locale) -> String {
        let t = |msg, args: &[&str]| locale.text(msg, args);
        match self {
            StartupError::NotFramed => t(Msg::StartupNotFramed, &[]),
            StartupError::MissingHostOrigin => t(Msg::StartupMissingHostOrigin, &[]),
            StartupError::BadHostOrigin { value, reason } => {
                t(Msg::StartupBadHostOrigin, &[value, &reason.localize(locale)])
            }
            StartupError::UntrustedHost { origin } => t(Msg::StartupUntrustedHost, &[origin.as_str()]),
            StartupError::NoApiBase { origin } => t(Msg::StartupNoApiBase, &[origin.as_str()]),
            StartupError::TargetEnvMismatch { env, origin, region } => {
                t(Msg::StartupTargetEnvMismatch, &[env, origin.as_str(), region])
            }
            StartupError::NoLoginBase { origin } => t(Msg::StartupNoLoginBase, &[origin.as_str()]),
            StartupError::RedirectElsewhere { uri, origin } => {
                t(Msg::StartupRedirectElsewhere, &[uri, origin.as_str()])
            }
        }
    }
}

crate::i18n::localized_error!(StartupError);

/// Decides whether the widget can start, and with what. `framed` says whether the page runs
/// inside a parent frame (`window.parent !== window`); `page` is the widget's own URL, origin
/// and path (`location.origin + location.pathname`): the default redirect URI.
pub fn resolve(config: &Config, query: &QueryParams, framed: bool, page: &str) -> Result<Session, StartupError> {
    if !framed {
        return Err(StartupError::NotFramed);
    }
    let raw = query.gc_host_origin.as_deref().ok_or(StartupError::MissingHostOrigin)?;
    let host_origin =
        Origin::parse(raw).map_err(|reason| StartupError::BadHostOrigin { value: raw.to_owned(), reason })?;
    if !config.is_trusted(&host_origin) {
        return Err(StartupError::UntrustedHost { origin: host_origin });
    }
    let api_base = match &config.api_base {
        Some(base) => base.clone(),
        None => api_origin_for_host(&host_origin)
            .map(BaseUrl::from_origin)
            .ok_or_else(|| StartupError::NoApiBase { origin: host_origin.clone() })?,
    };
    check_target_env(&host_origin, query.gc_target_env.as_deref()).map_err(|region| {
        StartupError::TargetEnvMismatch {
            env: query.gc_target_env.clone().unwrap_or_default(),
            origin: host_origin.clone(),
            region: region.env,
        }
    })?;
    let sign_in = match &config.oauth {
        None => None,
        Some(oauth) => {
            let login_base = match &config.login_base {
                Some(base) => base.clone(),
                None => login_origin_for_host(&host_origin)
                    .map(BaseUrl::from_origin)
                    .ok_or_else(|| StartupError::NoLoginBase { origin: host_origin.clone() })?,
            };
            let redirect_uri = oauth.redirect_uri.clone().unwrap_or_else(|| page.to_owned());
            let own = Origin::of_url(page);
            if own.is_none() || Origin::of_url(&redirect_uri) != own {
                return Err(StartupError::RedirectElsewhere {
                    uri: redirect_uri,
                    origin: own.unwrap_or_else(|| host_origin.clone()),
                });
            }
            Some(SignIn { client_id: oauth.client_id.clone(), login_base, redirect_uri, popup: oauth.popup })
        }
    };
    Ok(Session {
        host_origin,
        api_base,
        page_size: config.page_size,
        handshake_timeout_ms: config.handshake_timeout_ms,
        target_env: query.gc_target_env.clone(),
        lang_tag: query.gc_lang_tag.clone(),
        sign_in,
        data_source: config.data_source,
        history_days: config.history_days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::startup::config::RawConfig;

    const PAGE: &str = "https://widgets.example.com/crm/";

    fn q(s: &str) -> QueryParams {
        QueryParams::parse(s)
    }

    fn config(json: &str) -> Config {
        Config::from_raw(crate::util::json::from_str(json).unwrap()).unwrap()
    }

    #[test]
    fn target_env_must_name_the_hosts_region() {
        let c = Config::default();
        let ok = resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.ie&gcTargetEnv=prod-euw1"), true, PAGE);
        assert!(ok.is_ok());
        let e = resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.ie&gcTargetEnv=prod-euw2"), true, PAGE);
        let e = e.unwrap_err();
        assert_eq!(
            e,
            StartupError::TargetEnvMismatch {
                env: "prod-euw2".into(),
                origin: Origin::parse("https://apps.mypurecloud.ie").unwrap(),
                region: "prod-euw1"
            }
        );
        let msg = e.to_string();
        assert!(msg.contains("prod-euw2") && msg.contains("prod-euw1") && msg.contains("apps.mypurecloud.ie"), "{msg}");
        // Informational for other hosts.
        let c = config(r#"{"trustedHostOrigins":["http://127.0.0.1:8000"],"apiBase":"http://127.0.0.1:8787"}"#);
        assert!(resolve(&c, &q("?gcHostOrigin=http://127.0.0.1:8000&gcTargetEnv=dev"), true, PAGE).is_ok());
    }

    #[test]
    fn sign_in_derives_login_and_redirect() {
        let c = config(r#"{"oauthClientId":"abc","dataSource":"interactions"}"#);
        let s = resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.de&gcTargetEnv=prod-euc1"), true, PAGE).unwrap();
        let sign_in = s.sign_in.unwrap();
        assert_eq!(sign_in.login_base.as_str(), "https://login.mypurecloud.de");
        assert_eq!(sign_in.redirect_uri, PAGE);
        assert_eq!(s.api_base.as_str(), "https://api.mypurecloud.de");
        assert!(!sign_in.popup);
        // Without oauthClientId: the handshake.
        let s = resolve(&Config::default(), &q("?gcHostOrigin=https://apps.mypurecloud.de"), true, PAGE).unwrap();
        assert_eq!(s.sign_in, None);
    }

    #[test]
    fn sign_in_overrides_and_refusals() {
        let c = config(
            r#"{"oauthClientId":"abc","dataSource":"interactions","trustedHostOrigins":["http://127.0.0.1:8000"],
            "apiBase":"http://127.0.0.1:8787","loginBase":"http://127.0.0.1:8788","oauthRedirectUri":"https://widgets.example.com/crm/index.html"}"#,
        );
        let s = resolve(&c, &q("?gcHostOrigin=http://127.0.0.1:8000"), true, PAGE).unwrap();
        let sign_in = s.sign_in.unwrap();
        assert_eq!(sign_in.login_base.as_str(), "http://127.0.0.1:8788");
        assert_eq!(sign_in.redirect_uri, "https://widgets.example.com/crm/index.html");
        // A loopback host has no derived login service.
        let c = config(
            r#"{"oauthClientId":"abc","dataSource":"interactions","trustedHostOrigins":["http://127.0.0.1:8000"],"apiBase":"http://127.0.0.1:8787"}"#,
        );
        assert!(matches!(
            resolve(&c, &q("?gcHostOrigin=http://127.0.0.1:8000"), true, PAGE),
            Err(StartupError::NoLoginBase { .. })
        ));
        // The redirect URI must be on the widget's own origin.
        let c = config(
            r#"{"oauthClientId":"abc","dataSource":"interactions","oauthRedirectUri":"https://evil.example/crm/"}"#,
        );
        assert!(matches!(
            resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.com"), true, PAGE),
            Err(StartupError::RedirectElsewhere { .. })
        ));
        // The Genesys data source is the default with a sign-in.
        let c = config(r#"{"oauthClientId":"abc"}"#);
        let s = resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.com"), true, PAGE).unwrap();
        assert_eq!(s.data_source, DataSource::Genesys);
    }

    #[test]
    fn parses_query() {
        let p = q("?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie&gcTargetEnv=prod-euw1&gcLangTag=de&debug=1&gcHostOrigin=https://evil");
        assert_eq!(p.gc_host_origin.as_deref(), Some("https://apps.mypurecloud.ie"));
        assert_eq!(p.gc_target_env.as_deref(), Some("prod-euw1"));
        assert_eq!(p.gc_lang_tag.as_deref(), Some("de"));
        assert_eq!(q("?gcConversationId=c-9").gc_conversation_id.as_deref(), Some("c-9"));
        assert!(p.debug);
        assert_eq!(q("?theme=dark").theme, Some(Theme::Dark));
        assert_eq!(q("?theme=light").theme, Some(Theme::Light));
        assert_eq!(q("?theme=<script>").theme, None);
        assert_eq!(q(""), QueryParams::default());
    }

    #[test]
    fn default_config_trusts_genesys_and_derives_api() {
        let s = resolve(&Config::default(), &q("?gcHostOrigin=https://apps.mypurecloud.ie"), true, PAGE).unwrap();
        assert_eq!(s.host_origin.as_str(), "https://apps.mypurecloud.ie");
        assert_eq!(s.api_base.as_str(), "https://api.mypurecloud.ie");
        assert_eq!(s.page_size, 100);
    }

    #[test]
    fn refusals() {
        let c = Config::default();
        assert_eq!(
            resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.ie"), false, PAGE),
            Err(StartupError::NotFramed)
        );
        assert_eq!(resolve(&c, &q(""), true, PAGE), Err(StartupError::MissingHostOrigin));
        assert!(matches!(
            resolve(&c, &q("?gcHostOrigin=nonsense"), true, PAGE),
            Err(StartupError::BadHostOrigin { .. })
        ));
        assert!(matches!(
            resolve(&c, &q("?gcHostOrigin=https://evil.example"), true, PAGE),
            Err(StartupError::UntrustedHost { .. })
        ));
        // A lookalike of a trusted origin is not trusted.
        assert!(matches!(
            resolve(&c, &q("?gcHostOrigin=https://apps.mypurecloud.com.evil.example"), true, PAGE),
            Err(StartupError::UntrustedHost { .. })
        ));
    }

    #[test]
    fn custom_host_needs_api_base() {
        let raw = RawConfig { trusted_host_origins: Some(vec!["http://localhost:8000".into()]), ..Default::default() };
        let c = Config::from_raw(raw).unwrap();
        assert!(matches!(
            resolve(&c, &q("?gcHostOrigin=http://localhost:8000"), true, PAGE),
            Err(StartupError::NoApiBase { .. })
        ));
        let raw = RawConfig {
            trusted_host_origins: Some(vec!["http://localhost:8000".into()]),
            api_base: Some("http://127.0.0.1:8787".into()),
            ..Default::default()
        };
        let c = Config::from_raw(raw).unwrap();
        let s = resolve(&c, &q("?gcHostOrigin=http://localhost:8000/"), true, PAGE).unwrap();
        assert_eq!(s.api_base.as_str(), "http://127.0.0.1:8787");
    }

    #[test]
    fn not_framed_message_says_how_to_embed() {
        let msg = StartupError::NotFramed.to_string();
        assert!(msg.contains("?gcHostOrigin={{gcHostOrigin}}"), "{msg}");
    }
}
