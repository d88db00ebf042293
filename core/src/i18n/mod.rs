//! The widget's languages: choosing one from `gcLangTag`, plural rules, number formatting, and
//! every user-facing string (errors included) in each language.
//!
//! Catalogs are plain arrays of templates indexed by [`Msg`], one file per language; `%1`,
//! `%2`… are the arguments. A unit test checks that every catalog has every message with the
//! same arguments as English. No i18n crate: six small tables cost less than any runtime.

mod de;
mod en;
mod es;
mod fr;
mod ja;
mod pt_br;

use crate::config::ConfigError;
use crate::error::WidgetError;
use crate::handshake::HandshakeError;
use crate::loader::LoadError;
use crate::origin::OriginError;
use crate::page::{Kind, PageError};
use crate::startup::StartupError;

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    En,
    De,
    Fr,
    Es,
    Ja,
    PtBr,
}

impl Locale {
    pub const ALL: [Locale; 6] = [Locale::En, Locale::De, Locale::Fr, Locale::Es, Locale::Ja, Locale::PtBr];

    /// From a language tag such as `en-us`, `de`, `fr-CA`, `es-419`, `ja-JP` or `pt_BR`.
    /// Anything unknown (or absent) is English. Portuguese is shown as Brazilian Portuguese.
    pub fn from_tag(tag: Option<&str>) -> Locale {
        let tag = tag.unwrap_or("").trim().to_ascii_lowercase().replace('_', "-");
        match tag.split('-').next().unwrap_or("") {
            "de" => Locale::De,
            "fr" => Locale::Fr,
            "es" => Locale::Es,
            "ja" => Locale::Ja,
            "pt" => Locale::PtBr,
            _ => Locale::En,
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ja => "ja",
            Locale::PtBr => "pt-BR",
        }
    }

    fn catalog(self) -> &'static [&'static str; Msg::COUNT] {
        match self {
            Locale::En => &en::CATALOG,
            Locale::De => &de::CATALOG,
            Locale::Fr => &fr::CATALOG,
            Locale::Es => &es::CATALOG,
            Locale::Ja => &ja::CATALOG,
            Locale::PtBr => &pt_br::CATALOG,
        }
    }

    /// A message with its arguments filled in.
    pub fn text(self, msg: Msg, args: &[&str]) -> String {
        fill(self.catalog()[msg as usize], args)
    }

    /// A count with this language's digit grouping: `1,234` · `1.234` · `1 234`.
    pub fn number(self, n: u64) -> String {
        let digits = n.to_string();
        let (sep, min_digits) = match self {
            Locale::En | Locale::Ja => (",", 4),
            Locale::De | Locale::PtBr => (".", 4),
            // CLDR: French groups with a narrow no-break space; Spanish only from 5 digits.
            Locale::Fr => ("\u{202f}", 4),
            Locale::Es => (".", 5),
        };
        if digits.len() < min_digits {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    /// Whether `n` takes the singular: 1 in English, German, Spanish and Portuguese (as
    /// written here), 0 and 1 in French, never in Japanese.
    pub fn is_singular(self, n: u64) -> bool {
        match self {
            Locale::Fr => n <= 1,
            Locale::Ja => false,
            _ => n == 1,
        }
    }

    /// "Loaded 300 of 1,234", "Loading…", "1,234 interactions".
    pub fn progress(self, loaded: usize, total: Option<u64>, loading: bool) -> String {
        let loaded = loaded as u64;
        match (loading, total) {
            (true, Some(total)) => {
                self.text(Msg::LoadedOfTotal, &[&self.number(loaded), &self.number(total.max(loaded))])
            }
            (true, None) if loaded == 0 => self.text(Msg::Loading, &[]),
            (true, None) => self.text(Msg::LoadedSoFar, &[&self.number(loaded)]),
            (false, _) => {
                let msg = if self.is_singular(loaded) { Msg::CountOne } else { Msg::CountOther };
                self.text(msg, &[&self.number(loaded)])
            }
        }
    }

    pub fn kind(self, kind: &Kind) -> String {
        match kind {
            Kind::Call => self.text(Msg::KindCall, &[]),
            Kind::Callback => self.text(Msg::KindCallback, &[]),
            Kind::Chat => self.text(Msg::KindChat, &[]),
            Kind::Email => self.text(Msg::KindEmail, &[]),
            Kind::Message => self.text(Msg::KindMessage, &[]),
            // A type the widget does not know is shown as the API wrote it.
            Kind::Other(s) if !s.is_empty() => s.clone(),
            Kind::Other(_) => self.text(Msg::KindOther, &[]),
        }
    }

    /// Every error, phrased for the person reading it, in this language.
    pub fn error(self, e: &WidgetError) -> String {
        match e {
            WidgetError::Config(e) => self.config_error(e),
            WidgetError::Startup(e) => self.startup_error(e),
            WidgetError::Handshake(e) => match e {
                HandshakeError::Timeout { ms, origin } => {
                    self.text(Msg::HandshakeTimeout, &[&ms.to_string(), origin.as_str()])
                }
                HandshakeError::Refused(why) => self.text(Msg::HandshakeRefused, &[why]),
                HandshakeError::Channel(why) => self.text(Msg::HandshakeChannel, &[why]),
            },
            WidgetError::Load(e) => self.load_error(e),
            WidgetError::Internal(why) => self.text(Msg::Internal, &[why]),
        }
    }

    fn config_error(self, e: &ConfigError) -> String {
        match e {
            ConfigError::Unreadable(why) => self.text(Msg::ConfigUnreadable, &[why]),
            ConfigError::Malformed(why) => self.text(Msg::ConfigMalformed, &[why]),
            ConfigError::NoTrustedOrigins => self.text(Msg::ConfigNoTrustedOrigins, &[]),
            ConfigError::BadTrustedOrigin { value, reason } => {
                self.text(Msg::ConfigBadTrustedOrigin, &[value, &self.origin_error(reason)])
            }
            ConfigError::BadApiBase { value, reason } => {
                self.text(Msg::ConfigBadApiBase, &[value, &self.origin_error(reason)])
            }
            ConfigError::BadPageSize { value } => {
                self.text(Msg::ConfigBadPageSize, &[&crate::config::MAX_PAGE_SIZE.to_string(), value])
            }
            ConfigError::BadHandshakeTimeout { value } => self.text(
                Msg::ConfigBadHandshakeTimeout,
                &[
                    &crate::config::MIN_HANDSHAKE_TIMEOUT_MS.to_string(),
                    &crate::config::MAX_HANDSHAKE_TIMEOUT_MS.to_string(),
                    value,
                ],
            ),
        }
    }

    fn startup_error(self, e: &StartupError) -> String {
        match e {
            StartupError::NotFramed => self.text(Msg::StartupNotFramed, &[]),
            StartupError::MissingHostOrigin => self.text(Msg::StartupMissingHostOrigin, &[]),
            StartupError::BadHostOrigin { value, reason } => {
                self.text(Msg::StartupBadHostOrigin, &[value, &self.origin_error(reason)])
            }
            StartupError::UntrustedHost { origin } => self.text(Msg::StartupUntrustedHost, &[origin.as_str()]),
            StartupError::NoApiBase { origin } => self.text(Msg::StartupNoApiBase, &[origin.as_str()]),
        }
    }

    fn load_error(self, e: &LoadError) -> String {
        let n = |v: u64| self.number(v);
        match e {
            LoadError::RateLimitTooLong { seconds } => self.text(Msg::LoadRateLimitTooLong, &[&n(*seconds)]),
            LoadError::RateLimited { attempts } => self.text(Msg::LoadRateLimited, &[&n(u64::from(*attempts))]),
            LoadError::Unauthorized => self.text(Msg::LoadUnauthorized, &[]),
            LoadError::Renewal(why) => self.text(Msg::LoadRenewal, &[why]),
            LoadError::Forbidden => self.text(Msg::LoadForbidden, &[]),
            LoadError::Server { status, attempts } => {
                self.text(Msg::LoadServer, &[&status.to_string(), &n(u64::from(*attempts))])
            }
            LoadError::Network { message, attempts } => {
                self.text(Msg::LoadNetwork, &[message, &n(u64::from(*attempts))])
            }
            LoadError::Unexpected { status } => self.text(Msg::LoadUnexpected, &[&status.to_string()]),
            LoadError::BadPage(p) => self.text(Msg::LoadBadPage, &[&self.page_error(p)]),
            LoadError::TooManyPages(pages) => self.text(Msg::LoadTooManyPages, &[&n(u64::from(*pages))]),
        }
    }

    fn page_error(self, e: &PageError) -> String {
        match e {
            PageError::NotAPage(why) => self.text(Msg::PageNotAPage, &[why]),
            PageError::NoEntities => self.text(Msg::PageNoEntities, &[]),
            PageError::ForeignNextUri(o) => self.text(Msg::PageForeignNextUri, &[o]),
            PageError::BadNextUri(u) => self.text(Msg::PageBadNextUri, &[u]),
        }
    }

    fn origin_error(self, e: &OriginError) -> String {
        self.text(
            match e {
                OriginError::Empty => Msg::OriginEmpty,
                OriginError::BadScheme => Msg::OriginBadScheme,
                OriginError::NoHost => Msg::OriginNoHost,
                OriginError::HasPath => Msg::OriginHasPath,
                OriginError::BadPort => Msg::OriginBadPort,
                OriginError::BadHost => Msg::OriginBadHost,
                OriginError::InsecureRemote => Msg::OriginInsecureRemote,
            },
            &[],
        )
    }
}

/// Fills `%1`…`%9` with `args`; a missing argument becomes empty.
fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek().and_then(|d| d.to_digit(10))) {
            ('%', Some(d)) if d >= 1 => {
                chars.next();
                out.push_str(args.get(d as usize - 1).copied().unwrap_or(""));
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every message. The catalogs list them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Title,
    ListLabel,
    Retry,
    Refresh,
    RefreshLabel,
    Connecting,
    Empty,
    UnknownContact,
    Loading,
    LoadedOfTotal,
    LoadedSoFar,
    CountOne,
    CountOther,
    KindCall,
    KindCallback,
    KindChat,
    KindEmail,
    KindMessage,
    KindOther,
    Queue,
    PauseRateLimited,
    PauseRetrying,
    PauseOffline,
    ConfigUnreadable,
    ConfigMalformed,
    ConfigNoTrustedOrigins,
    ConfigBadTrustedOrigin,
    ConfigBadApiBase,
    ConfigBadPageSize,
    ConfigBadHandshakeTimeout,
    StartupNotFramed,
    StartupMissingHostOrigin,
    StartupBadHostOrigin,
    StartupUntrustedHost,
    StartupNoApiBase,
    HandshakeTimeout,
    HandshakeRefused,
    HandshakeChannel,
    LoadRateLimitTooLong,
    LoadRateLimited,
    LoadUnauthorized,
    LoadRenewal,
    LoadForbidden,
    LoadServer,
    LoadNetwork,
    LoadUnexpected,
    LoadBadPage,
    LoadTooManyPages,
    PageNotAPage,
    PageNoEntities,
    PageForeignNextUri,
    PageBadNextUri,
    OriginEmpty,
    OriginBadScheme,
    OriginNoHost,
    OriginHasPath,
    OriginBadPort,
    OriginBadHost,
    OriginInsecureRemote,
    Internal,
    SearchLabel,
    SearchPlaceholder,
    FilterLabel,
    FilterAll,
    NoMatches,
    Shown,
}

impl Msg {
    pub const COUNT: usize = Msg::Shown as usize + 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::origin::Origin;

    fn placeholders(t: &str) -> Vec<char> {
        let mut p: Vec<char> =
            t.match_indices('%').filter_map(|(i, _)| t[i + 1..].chars().next().filter(char::is_ascii_digit)).collect();
        p.sort();
        p
    }

    #[test]
    fn every_catalog_has_every_message_with_the_same_arguments() {
        for locale in Locale::ALL {
            for (i, (t, e)) in locale.catalog().iter().zip(en::CATALOG.iter()).enumerate() {
                assert!(!t.trim().is_empty(), "{locale:?} message {i} is empty");
                assert_eq!(placeholders(t), placeholders(e), "{locale:?} message {i}: {t}");
            }
        }
    }

    #[test]
    fn english_errors_match_their_display() {
        // The English catalog and the errors' own Display (used in logs) say the same thing.
        let errors: Vec<WidgetError> = vec![
            LoadError::Forbidden.into(),
            LoadError::RateLimitTooLong { seconds: 600 }.into(),
            LoadError::BadPage(PageError::ForeignNextUri("https://evil.example".into())).into(),
            StartupError::NotFramed.into(),
            StartupError::UntrustedHost { origin: Origin::parse("https://evil.example").unwrap() }.into(),
            ConfigError::Malformed("x".into()).into(),
            HandshakeError::Timeout { ms: 5000, origin: Origin::parse("https://apps.mypurecloud.com").unwrap() }.into(),
        ];
        for e in errors {
            assert_eq!(Locale::En.error(&e), e.to_string());
        }
    }

    #[test]
    fn tags_choose_languages() {
        assert_eq!(Locale::from_tag(Some("en-us")), Locale::En);
        assert_eq!(Locale::from_tag(Some("de")), Locale::De);
        assert_eq!(Locale::from_tag(Some("de-AT")), Locale::De);
        assert_eq!(Locale::from_tag(Some("fr-CA")), Locale::Fr);
        assert_eq!(Locale::from_tag(Some("es-419")), Locale::Es);
        assert_eq!(Locale::from_tag(Some("JA-jp")), Locale::Ja);
        assert_eq!(Locale::from_tag(Some("pt_BR")), Locale::PtBr);
        assert_eq!(Locale::from_tag(Some("pt-br")), Locale::PtBr);
        assert_eq!(Locale::from_tag(Some("zz")), Locale::En);
        assert_eq!(Locale::from_tag(None), Locale::En);
        assert_eq!(Locale::PtBr.lang(), "pt-BR");
    }

    #[test]
    fn numbers_and_plurals() {
        assert_eq!(Locale::En.number(1234), "1,234");
        assert_eq!(Locale::De.number(1234), "1.234");
        assert_eq!(Locale::Fr.number(1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(Locale::Es.number(1234), "1234");
        assert_eq!(Locale::Es.number(12345), "12.345");
        assert_eq!(Locale::Ja.number(999), "999");
        assert_eq!(Locale::De.progress(1234, Some(5000), true), "1.234 von 5.000 geladen");
        assert_eq!(Locale::En.progress(1, None, false), "1 interaction");
        assert_eq!(Locale::En.progress(0, None, false), "0 interactions");
        assert_eq!(Locale::Fr.progress(0, None, false), "0 interaction");
        assert_eq!(Locale::Fr.progress(2, None, false), "2 interactions");
        assert_eq!(Locale::De.progress(1, None, false), "1 Interaktion");
        assert_eq!(Locale::Ja.progress(3, None, false), "3 件のやり取り");
    }

    #[test]
    fn fill_handles_missing_and_literal_percent() {
        assert_eq!(fill("%1 of %2", &["a", "b"]), "a of b");
        assert_eq!(fill("100% sure %1", &["x"]), "100% sure x");
        assert_eq!(fill("%2", &["a"]), "");
        assert_eq!(fill("%0", &[]), "%0");
    }
}
