//! Why a load fails.

use crate::host::handshake::HandshakeError;
use crate::i18n::{Locale, Localized, Msg};
use crate::util::json::ReadError;

/// Why a load failed. Each message says what happened and what the person can do.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The service asked to wait longer than the widget waits.
    RateLimitTooLong {
        seconds: u64,
    },
    RateLimited {
        attempts: u32,
    },
    Unauthorized,
    /// No fresh token could be had from the host.
    Renewal(HandshakeError),
    Forbidden,
    AnalyticsForbidden,
    Server {
        status: u16,
        attempts: u32,
    },
    /// No answer at all. `message` is the browser's own words, kept for debugging: the
    /// sentence on screen does not show it (it would be English inside any language).
    Network {
        message: String,
        attempts: u32,
    },
    Unexpected {
        status: u16,
    },
    BadPage(PageError),
    TooManyPages(u32),
    /// A bug, not a bad answer: a source with nothing more to ask that is not done.
    Stalled,
}

/// Why an answer is not a page the widget can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    /// The body could not be read as a page.
    NotAPage(ReadError),
    NoEntities,
    /// The next-page link's origin (the API's own words).
    ForeignNextUri(String),
    /// The next-page link as the API wrote it.
    BadNextUri(String),
}

impl Localized for LoadError {
    fn localize(&self, locale: Locale) -> String {
        let n = |v: u64| locale.number(v);
        match self {
            LoadError::RateLimitTooLong { seconds } => locale.text(Msg::LoadRateLimitTooLong, &[&n(*seconds)]),
            LoadError::RateLimited { attempts } => locale.text(Msg::LoadRateLimited, &[&n(u64::from(*attempts))]),
            LoadError::Unauthorized => locale.text(Msg::LoadUnauthorized, &[]),
            LoadError::Renewal(why) => locale.text(Msg::LoadRenewal, &[&why.localize(locale)]),
            LoadError::Forbidden => locale.text(Msg::LoadForbidden, &[]),
            LoadError::AnalyticsForbidden => locale.text(Msg::LoadAnalyticsForbidden, &[]),
            LoadError::Server { status, attempts } => {
                locale.text(Msg::LoadServer, &[&status.to_string(), &n(u64::from(*attempts))])
            }
            LoadError::Network { attempts, .. } => locale.text(Msg::LoadNetwork, &[&n(u64::from(*attempts))]),
            LoadError::Unexpected { status } => locale.text(Msg::LoadUnexpected, &[&status.to_string()]),
            LoadError::BadPage(p) => locale.text(Msg::LoadBadPage, &[&p.localize(locale)]),
            LoadError::TooManyPages(pages) => locale.text(Msg::LoadTooManyPages, &[&n(u64::from(*pages))]),
            LoadError::Stalled => locale.text(Msg::LoadStalled, &[]),
        }
    }
}

impl Localized for PageError {
    fn localize(&self, locale: Locale) -> String {
        match self {
            PageError::NotAPage(why) => locale.text(Msg::PageNotAPage, &[&why.localize(locale)]),
            PageError::NoEntities => locale.text(Msg::PageNoEntities, &[]),
            PageError::ForeignNextUri(o) => locale.text(Msg::PageForeignNextUri, &[o]),
            PageError::BadNextUri(u) => locale.text(Msg::PageBadNextUri, &[u]),
        }
    }
}

crate::i18n::localized_error!(LoadError, PageError);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::json::{JsonKind, Problem};

    fn not_a_list() -> LoadError {
        let read = ReadError {
            problem: Problem::WrongType { expected: JsonKind::List, found: JsonKind::String },
            field: "entities",
        };
        LoadError::BadPage(PageError::NotAPage(read))
    }

    #[test]
    fn a_german_read_error_is_german_through_and_through() {
        assert_eq!(
            not_a_list().localize(Locale::De),
            "Der Interaktionsdienst hat Daten gesendet, die das Widget nicht lesen kann: die Antwort ist nicht die \
             erwartete Seite mit Interaktionen: $..entities: \"…\" statt […]."
        );
        assert_eq!(
            not_a_list().to_string(),
            "The interactions service sent data the widget cannot read: the response is not the expected \
             interactions page: $..entities: \"…\" where […] was expected."
        );
    }

    #[test]
    fn the_browsers_words_stay_out_of_the_sentence() {
        let e = LoadError::Network { message: "Failed to fetch".into(), attempts: 3 };
        assert_eq!(
            e.localize(Locale::En),
            "The interactions service could not be reached (3 tries). Check the network connection."
        );
        assert!(!e.localize(Locale::Fr).contains("Failed"));
    }

    #[test]
    fn a_stalled_load_has_its_own_message() {
        assert_eq!(LoadError::Stalled.to_string(), "The load stopped without finishing. Reload to try again.");
        assert_eq!(
            LoadError::Stalled.localize(Locale::De),
            "Das Laden wurde vor dem Ende angehalten. Laden Sie neu, um es erneut zu versuchen."
        );
    }
}
