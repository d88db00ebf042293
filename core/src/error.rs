//! Every way the widget can end up in its error state.

use crate::auth::signin::SignInError;
use crate::host::handshake::HandshakeError;
use crate::i18n::{Locale, Localized, Msg};
use crate::source::LoadError;
use crate::startup::config::ConfigError;
use crate::startup::StartupError;

/// Every error the widget shows. Its `Display` is the English text; the widget shows
/// [`Localized::localize`] in the agent's language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WidgetError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error(transparent)]
    Handshake(#[from] HandshakeError),
    #[error(transparent)]
    SignIn(#[from] SignInError),
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Internal(#[from] Fault),
}

/// A failure of the widget itself, not of the host, the network or the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The browser has no `AbortController`, so requests could not be stopped.
    NoAbortController,
    /// The sign-in prompt was taken down before it was answered (the session stopped).
    SignInCancelled,
}

impl WidgetError {
    /// Whether `Retry` can pick the load up where it stopped (rows kept, no refetch), rather
    /// than starting over from the configuration.
    pub fn is_resumable(&self) -> bool {
        matches!(self, WidgetError::Load(_))
    }
}

impl Localized for WidgetError {
    fn localize(&self, locale: Locale) -> String {
        match self {
            WidgetError::Config(e) => e.localize(locale),
            WidgetError::Startup(e) => e.localize(locale),
            WidgetError::Handshake(e) => e.localize(locale),
            WidgetError::SignIn(e) => e.localize(locale),
            WidgetError::Load(e) => e.localize(locale),
            WidgetError::Internal(e) => e.localize(locale),
        }
    }
}

impl Localized for Fault {
    fn localize(&self, locale: Locale) -> String {
        let cause = match self {
            Fault::NoAbortController => Msg::FaultNoAbortController,
            Fault::SignInCancelled => Msg::FaultSignInCancelled,
        };
        locale.text(Msg::Internal, &[&locale.text(cause, &[])])
    }
}

crate::i18n::localized_error!(Fault);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::signin::{BrowserApi, ExchangeError};
    use crate::host::handshake::ChannelError;
    use crate::net::origin::{Origin, OriginError};
    use crate::source::PageError;
    use crate::util::json::{JsonKind, Problem, ReadError};

    /// One of every error, and a few of their causes.
    fn every_error() -> Vec<WidgetError> {
        let origin = |o: &str| Origin::parse(o).unwrap();
        let wrong = ReadError {
            problem: Problem::WrongType { expected: JsonKind::Number, found: JsonKind::String },
            field: "pageSize",
        };
        vec![
            ConfigError::Unreadable { status: Some(404) }.into(),
            ConfigError::Unreadable { status: None }.into(),
            ConfigError::Malformed(wrong).into(),
            ConfigError::Malformed(ReadError::NOT_JSON).into(),
            ConfigError::NoTrustedOrigins.into(),
            ConfigError::BadTrustedOrigin { value: "x".into(), reason: OriginError::NoHost }.into(),
            ConfigError::BadApiBase { value: "x".into(), reason: OriginError::HasPath }.into(),
            ConfigError::BadPageSize { value: "0".into() }.into(),
            ConfigError::BadHandshakeTimeout { value: "1".into() }.into(),
            ConfigError::BadOAuthClientId { value: "a b".into() }.into(),
            ConfigError::BadRedirectUri { value: "/x".into() }.into(),
            ConfigError::BadLoginBase { value: "x".into(), reason: OriginError::BadScheme }.into(),
            ConfigError::BadDataSource { value: "crm".into() }.into(),
            ConfigError::BadHistoryDays { value: "40".into() }.into(),
            StartupError::NotFramed.into(),
            StartupError::MissingHostOrigin.into(),
            StartupError::BadHostOrigin { value: "x".into(), reason: OriginError::Empty }.into(),
            StartupError::UntrustedHost { origin: origin("https://evil.example") }.into(),
            StartupError::NoApiBase { origin: origin("https://evil.example") }.into(),
            StartupError::TargetEnvMismatch {
                env: "prod-euw2".into(),
                origin: origin("https://apps.mypurecloud.ie"),
                region: "prod-euw1",
            }
            .into(),
            StartupError::NoLoginBase { origin: origin("http://127.0.0.1:8000") }.into(),
            StartupError::RedirectElsewhere {
                uri: "https://evil.example/".into(),
                origin: origin("https://w.example"),
            }
            .into(),
            HandshakeError::Timeout { ms: 5000, origin: origin("https://apps.mypurecloud.com") }.into(),
            HandshakeError::Refused(String::new()).into(),
            HandshakeError::Channel(ChannelError::NoParent).into(),
            HandshakeError::Channel(ChannelError::NotSent).into(),
            HandshakeError::Channel(ChannelError::Closed).into(),
            SignInError::UnknownState.into(),
            SignInError::NoAnswer.into(),
            SignInError::Exchange(ExchangeError::Incomplete).into(),
            SignInError::Exchange(ExchangeError::Network).into(),
            SignInError::Exchange(ExchangeError::Status(502)).into(),
            SignInError::Exchange(ExchangeError::Unreadable(wrong)).into(),
            SignInError::Exchange(ExchangeError::NoToken).into(),
            SignInError::RefusedAtOnce.into(),
            SignInError::PopupBlocked("https://w.example".into()).into(),
            SignInError::Unavailable(BrowserApi::SessionStorage).into(),
            LoadError::RateLimitTooLong { seconds: 600 }.into(),
            LoadError::RateLimited { attempts: 5 }.into(),
            LoadError::Unauthorized.into(),
            LoadError::Renewal(HandshakeError::Channel(ChannelError::Closed)).into(),
            LoadError::Forbidden.into(),
            LoadError::AnalyticsForbidden.into(),
            LoadError::Server { status: 503, attempts: 5 }.into(),
            LoadError::Network { message: "Failed to fetch".into(), attempts: 5 }.into(),
            LoadError::Unexpected { status: 418 }.into(),
            LoadError::BadPage(PageError::NotAPage(wrong)).into(),
            LoadError::BadPage(PageError::NotAPage(ReadError::missing("id"))).into(),
            LoadError::BadPage(PageError::NotAPage(ReadError::TOO_DEEP)).into(),
            LoadError::BadPage(PageError::NotAPage(ReadError::UNRECEIVED)).into(),
            LoadError::BadPage(PageError::NoEntities).into(),
            LoadError::TooManyPages(100).into(),
            LoadError::Stalled.into(),
            Fault::NoAbortController.into(),
            Fault::SignInCancelled.into(),
        ]
    }

    #[test]
    fn display_is_the_english_catalog() {
        for e in every_error() {
            assert_eq!(e.to_string(), e.localize(Locale::En));
        }
        assert_eq!(
            WidgetError::from(Fault::NoAbortController).to_string(),
            "The widget stopped because of an internal error: this browser has no AbortController. Reload to try again."
        );
        assert_eq!(
            WidgetError::from(HandshakeError::Refused(String::new())).to_string(),
            "The host could not give a sign-in token: —"
        );
    }

    #[test]
    fn no_english_inside_another_language() {
        // Words of the English texts of errors' causes that no other language's sentence may
        // contain (API names, field names and the other party's own words aside).
        let english = [
            "where",
            "expected",
            "missing",
            "reached",
            "incomplete",
            "cancelled",
            "answered",
            "could not",
            "the login",
            "the server",
            "nested",
            "arrived",
            "no parent",
            "was closed",
            "not JSON",
        ];
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            for e in every_error() {
                let text = e.localize(locale);
                for word in english {
                    assert!(!text.contains(word), "{locale:?}: {word:?} in {text}");
                }
            }
        }
    }
}
