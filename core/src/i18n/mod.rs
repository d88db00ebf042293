//! The widget's languages: choosing one from `gcLangTag`, plural rules, number formatting, and
//! every user-facing string (errors included) in each language.
//!
//! Catalogs are plain arrays of templates indexed by [`Msg`], one file per language; `%1`,
//! `%2`… are the arguments. A unit test checks that every catalog has every message with the
//! same arguments as English, and each plural message one form per plural category of its
//! language (`%1 interaction|%1 interactions`; Arabic has six). No i18n crate: small tables
//! cost less than any runtime.
//!
//! Only English is always compiled in. The other catalogs are compiled in with the
//! `bundled-catalogs` feature (and in this crate's unit tests); the widget's release build
//! leaves it off and fetches the one catalog it needs as JSON (`i18n/*.json`, generated from these
//! files and checked against them by a test), then [`Locale::install`]s it. That keeps ~7 KB
//! brotli of text that an agent never reads out of the bundle.

#[cfg(any(test, feature = "bundled-catalogs"))]
mod ar;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod cs;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod da;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod de;
mod en;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod es;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod fi;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod fr;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod he;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod it;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod ja;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod ko;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod nb;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod nl;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod pl;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod pt_br;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod pt_pt;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod ru;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod sv;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod th;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod tr;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod uk;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod zh_cn;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod zh_tw;

use crate::auth::signin::SignInError;
use crate::error::WidgetError;
use crate::host::handshake::HandshakeError;
use crate::model::Kind;
use crate::net::origin::OriginError;
use crate::source::{LoadError, PageError};
use crate::startup::config::ConfigError;
use crate::startup::StartupError;
use std::sync::OnceLock;

/// A language the widget speaks: every UI language of Genesys Cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    En,
    De,
    Fr,
    Es,
    Ja,
    PtBr,
    Ar,
    Cs,
    Da,
    Fi,
    He,
    It,
    Ko,
    Nb,
    Nl,
    Pl,
    PtPt,
    Ru,
    Sv,
    Th,
    Tr,
    Uk,
    ZhCn,
    ZhTw,
}

/// Each language's BCP 47 tag, in [`Locale`] order.
const TAGS: [&str; 24] = [
    "en", "de", "fr", "es", "ja", "pt-BR", "ar", "cs", "da", "fi", "he", "it", "ko", "nb", "nl", "pl", "pt-PT", "ru",
    "sv", "th", "tr", "uk", "zh-CN", "zh-TW",
];

/// A CLDR plural category. Only the ones whole numbers can reach are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Locale {
    pub const ALL: [Locale; 24] = [
        Locale::En,
        Locale::De,
        Locale::Fr,
        Locale::Es,
        Locale::Ja,
        Locale::PtBr,
        Locale::Ar,
        Locale::Cs,
        Locale::Da,
        Locale::Fi,
        Locale::He,
        Locale::It,
        Locale::Ko,
        Locale::Nb,
        Locale::Nl,
        Locale::Pl,
        Locale::PtPt,
        Locale::Ru,
        Locale::Sv,
        Locale::Th,
        Locale::Tr,
        Locale::Uk,
        Locale::ZhCn,
        Locale::ZhTw,
    ];

    /// From a language tag as Genesys Cloud writes it (`en-US`, `en_US`, `de`, `zh-TW`,
    /// `pt-PT`, `ar`…): the full tag, else its base language, else English. Portuguese is
    /// Brazilian and Chinese simplified unless the tag says otherwise (`pt-PT`; `zh-TW`,
    /// `zh-HK`, `zh-Hant`); `no`/`nn` are read as Norwegian Bokmål and `iw` as Hebrew.
    pub fn from_tag(tag: Option<&str>) -> Locale {
        let tag = tag.unwrap_or("").trim().to_ascii_lowercase().replace('_', "-");
        let find = |t: &str| Locale::ALL.into_iter().find(|l| l.lang().eq_ignore_ascii_case(t));
        if let Some(locale) = find(&tag) {
            return locale;
        }
        let mut parts = tag.split('-');
        let base = parts.next().unwrap_or("");
        match (base, parts.next().unwrap_or("")) {
            ("zh", "hk" | "mo" | "hant") => Locale::ZhTw,
            ("pt", _) => Locale::PtBr,
            ("zh", _) => Locale::ZhCn,
            ("no" | "nn", _) => Locale::Nb,
            ("iw", _) => Locale::He,
            _ => find(base).unwrap_or(Locale::En),
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn lang(self) -> &'static str {
        TAGS[self as usize]
    }

    /// Whether the language is written right to left (the widget's root gets `dir="rtl"`).
    pub fn rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::He)
    }

    /// The plural category of a whole number, as CLDR (and `Intl.PluralRules`) says.
    pub fn plural(self, n: u64) -> Plural {
        use Locale::*;
        let (n10, n100) = (n % 10, n % 100);
        let million = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            Ja | Ko | Th | ZhCn | ZhTw => Plural::Other,
            Fr | PtBr if n <= 1 => Plural::One,
            Es | It | PtPt if n == 1 => Plural::One,
            Fr | PtBr | Es | It | PtPt if million => Plural::Many,
            Cs if n == 1 => Plural::One,
            Cs if (2..=4).contains(&n) => Plural::Few,
            Pl if n == 1 => Plural::One,
            Ru | Uk if n10 == 1 && n100 != 11 => Plural::One,
            Pl | Ru | Uk if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Plural::Few,
            Pl | Ru | Uk => Plural::Many,
            Ar => match (n, n100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            He if n == 2 => Plural::Two,
            _ if n == 1 => Plural::One,
            _ => Plural::Other,
        }
    }

    /// The plural categories whole numbers reach in this language, in the order a plural
    /// message lists its forms (separated by `|`).
    pub fn plural_forms(self) -> &'static [Plural] {
        use Locale::*;
        use Plural::*;
        match self {
            Ja | Ko | Th | ZhCn | ZhTw => &[Other],
            Fr | PtBr | Es | It | PtPt => &[One, Many, Other],
            Cs => &[One, Few, Other],
            Pl | Ru | Uk => &[One, Few, Many],
            Ar => &[Zero, One, Two, Few, Many, Other],
            He => &[One, Two, Other],
            _ => &[One, Other],
        }
    }

    /// The catalog compiled into this build, if any.
    #[cfg(any(test, feature = "bundled-catalogs"))]
    pub fn bundled(self) -> Option<&'static [&'static str; Msg::COUNT]> {
        Some(match self {
            Locale::En => &en::CATALOG,
            Locale::De => &de::CATALOG,
            Locale::Fr => &fr::CATALOG,
            Locale::Es => &es::CATALOG,
            Locale::Ja => &ja::CATALOG,
            Locale::PtBr => &pt_br::CATALOG,
            Locale::Ar => &ar::CATALOG,
            Locale::Cs => &cs::CATALOG,
            Locale::Da => &da::CATALOG,
            Locale::Fi => &fi::CATALOG,
            Locale::He => &he::CATALOG,
            Locale::It => &it::CATALOG,
            Locale::Ko => &ko::CATALOG,
            Locale::Nb => &nb::CATALOG,
            Locale::Nl => &nl::CATALOG,
            Locale::Pl => &pl::CATALOG,
            Locale::PtPt => &pt_pt::CATALOG,
            Locale::Ru => &ru::CATALOG,
            Locale::Sv => &sv::CATALOG,
            Locale::Th => &th::CATALOG,
            Locale::Tr => &tr::CATALOG,
            Locale::Uk => &uk::CATALOG,
            Locale::ZhCn => &zh_cn::CATALOG,
            Locale::ZhTw => &zh_tw::CATALOG,
        })
    }

    /// The catalog compiled into this build, if any.
    #[cfg(not(any(test, feature = "bundled-catalogs")))]
    pub fn bundled(self) -> Option<&'static [&'static str; Msg::COUNT]> {
        (self == Locale::En).then_some(&en::CATALOG)
    }

    /// Whether this language's texts are at hand (compiled in or installed). Without them,
    /// [`Locale::text`] speaks English.
    pub fn has_catalog(self) -> bool {
        self.bundled().is_some() || INSTALLED[self as usize].get().is_some()
    }

    /// The language actually spoken: this one when its texts are at hand, else English.
    pub fn effective(self) -> Locale {
        if self.has_catalog() {
            self
        } else {
            Locale::En
        }
    }

    /// Installs a catalog fetched at run time (a JSON array of templates in [`Msg`] order),
    /// after checking it against English: same number of messages, none empty, the same
    /// arguments in each. The first catalog installed for a language stays.
    pub fn install(self, templates: Vec<String>) -> Result<(), CatalogError> {
        if templates.len() != Msg::COUNT {
            return Err(CatalogError::Count { found: templates.len(), expected: Msg::COUNT });
        }
        for (index, (t, e)) in templates.iter().zip(en::CATALOG.iter()).enumerate() {
            if t.trim().is_empty() {
                return Err(CatalogError::Empty { index });
            }
            check_template(self, index, t, e)?;
        }
        let _first_stays = INSTALLED[self as usize].set(templates.into_boxed_slice());
        Ok(())
    }

    /// A message's template in this language (English when its catalog is not at hand).
    fn template(self, msg: Msg) -> &'static str {
        if let Some(catalog) = self.bundled() {
            return catalog[msg as usize];
        }
        match INSTALLED[self as usize].get() {
            Some(catalog) => &catalog[msg as usize],
            None => en::CATALOG[msg as usize],
        }
    }

    /// A message with its arguments filled in. In a right-to-left language each argument is
    /// isolated (U+2068 … U+2069, the text form of `<bdi>`), so an English name, a URL or a
    /// phone number inside the sentence keeps its own order.
    pub fn text(self, msg: Msg, args: &[&str]) -> String {
        if !self.rtl() {
            return fill(self.template(msg), args);
        }
        let isolated: Vec<String> = args.iter().map(|a| format!("\u{2068}{a}\u{2069}")).collect();
        fill(self.template(msg), &isolated.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// A count with this language's digit grouping (as `Intl.NumberFormat` has it):
    /// `1,234` · `1.234` · `1 234` · `1234` (Spanish, Italian, Polish and European Portuguese
    /// group only from five digits).
    pub fn number(self, n: u64) -> String {
        use Locale::*;
        let digits = n.to_string();
        let (sep, min_digits) = match self {
            De | Da | Nl | PtBr | Tr => (".", 4),
            Es | It => (".", 5),
            Cs | Fi | Nb | Ru | Sv | Uk => ("\u{a0}", 4),
            Pl | PtPt => ("\u{a0}", 5),
            Fr => ("\u{202f}", 4),
            _ => (",", 4),
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

    /// A plural message for `n`: the form for `n`'s category, with `n` as `%1`.
    pub fn count(self, msg: Msg, n: u64) -> String {
        let forms = self.plural_forms();
        let at = forms.iter().position(|c| *c == self.plural(n)).unwrap_or(forms.len() - 1);
        let template = self.template(msg).split('|').nth(at).unwrap_or("");
        fill(template, &[&self.number(n)])
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
            (false, _) => self.count(Msg::Count, loaded),
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
            WidgetError::SignIn(e) => self.sign_in_error(e),
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
                self.text(Msg::ConfigBadPageSize, &[&crate::startup::config::MAX_PAGE_SIZE.to_string(), value])
            }
            ConfigError::BadHandshakeTimeout { value } => self.text(
                Msg::ConfigBadHandshakeTimeout,
                &[
                    &crate::startup::config::MIN_HANDSHAKE_TIMEOUT_MS.to_string(),
                    &crate::startup::config::MAX_HANDSHAKE_TIMEOUT_MS.to_string(),
                    value,
                ],
            ),
            ConfigError::BadOAuthClientId { value } => self.text(Msg::ConfigBadOAuthClientId, &[value]),
            ConfigError::BadRedirectUri { value } => self.text(Msg::ConfigBadRedirectUri, &[value]),
            ConfigError::BadLoginBase { value, reason } => {
                self.text(Msg::ConfigBadLoginBase, &[value, &self.origin_error(reason)])
            }
            ConfigError::BadDataSource { value } => self.text(Msg::ConfigBadDataSource, &[value]),
            ConfigError::BadHistoryDays { value } => {
                self.text(Msg::ConfigBadHistoryDays, &[&crate::startup::config::MAX_HISTORY_DAYS.to_string(), value])
            }
        }
    }

    fn sign_in_error(self, e: &SignInError) -> String {
        match e {
            SignInError::Denied(why) => self.text(Msg::SignInDenied, &[why]),
            SignInError::UnknownState => self.text(Msg::SignInUnknownState, &[]),
            SignInError::NoAnswer => self.text(Msg::SignInNoAnswer, &[]),
            SignInError::Exchange(why) => self.text(Msg::SignInExchange, &[why]),
            SignInError::RefusedAtOnce => self.text(Msg::SignInRefusedAtOnce, &[]),
            SignInError::PopupBlocked(origin) => self.text(Msg::SignInPopupBlocked, &[origin]),
            SignInError::Unavailable(why) => self.text(Msg::SignInUnavailable, &[why]),
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
            StartupError::TargetEnvMismatch { env, origin, region } => {
                self.text(Msg::StartupTargetEnvMismatch, &[env, origin.as_str(), region])
            }
            StartupError::NoLoginBase { origin } => self.text(Msg::StartupNoLoginBase, &[origin.as_str()]),
            StartupError::RedirectElsewhere { uri, origin } => {
                self.text(Msg::StartupRedirectElsewhere, &[uri, origin.as_str()])
            }
        }
    }

    fn load_error(self, e: &LoadError) -> String {
        let n = |v: u64| self.number(v);
        match e {
            LoadError::RateLimitTooLong { seconds } => self.text(Msg::LoadRateLimitTooLong, &[&n(*seconds)]),
            LoadError::RateLimited { attempts } => self.text(Msg::LoadRateLimited, &[&n(u64::from(*attempts))]),
            LoadError::Unauthorized => self.text(Msg::LoadUnauthorized, &[]),
            LoadError::Renewal(why) => {
                self.text(Msg::LoadRenewal, &[&self.error(&WidgetError::Handshake(why.clone()))])
            }
            LoadError::Forbidden => self.text(Msg::LoadForbidden, &[]),
            LoadError::AnalyticsForbidden => self.text(Msg::LoadAnalyticsForbidden, &[]),
            LoadError::Server { status, attempts } => {
                self.text(Msg::LoadServer, &[&status.to_string(), &n(u64::from(*attempts))])
            }
            LoadError::Network { message, attempts } => {
                self.text(Msg::LoadNetwork, &[message, &n(u64::from(*attempts))])
            }
            LoadError::Unexpected { status } => self.text(Msg::LoadUnexpected, &[&status.to_string()]),
            LoadError::BadPage(p) => self.text(Msg::LoadBadPage, &[&self.page_error(p)]),
            LoadError::TooManyPages(pages) => self.text(Msg::LoadTooManyPages, &[&n(u64::from(*pages))]),
            LoadError::Stalled => self.text(Msg::Internal, &["stalled"]),
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

/// Catalogs fetched at run time, by [`Locale`] index.
static INSTALLED: [OnceLock<Box<[String]>>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];

/// Why a fetched catalog was not installed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("the catalog has {found} messages; this build needs {expected}")]
    Count { found: usize, expected: usize },
    #[error("message {index} is empty")]
    Empty { index: usize },
    #[error("message {index} does not take the same arguments as in English")]
    Arguments { index: usize },
    #[error("message {index} has {found} plural forms; this language needs {expected}")]
    Forms { index: usize, found: usize, expected: usize },
}

/// Where the catalog for `lang` is, from the manifest the build writes into index.html
/// (`<meta name="crm-catalogs" content="de=./i18n/de-1a2b.json fr=…">`). Only plain relative
/// paths are believed, so the manifest can never point the widget at another origin.
pub fn catalog_path<'a>(manifest: &'a str, lang: &str) -> Option<&'a str> {
    let path = manifest.split_whitespace().find_map(|entry| entry.strip_prefix(lang)?.strip_prefix('='))?;
    let relative = path.starts_with("./")
        && crate::util::text::find(path, "//").is_none()
        && !path.contains(':')
        && crate::util::text::find(path, "..").is_none();
    relative.then_some(path)
}

/// A template against its English one: the same arguments, and for a plural message one
/// form per plural category of the language, each taking no argument English lacks.
fn check_template(locale: Locale, index: usize, t: &str, english: &str) -> Result<(), CatalogError> {
    if !Msg::PLURAL.iter().any(|m| *m as usize == index) {
        return if placeholders(t) == placeholders(english) { Ok(()) } else { Err(CatalogError::Arguments { index }) };
    }
    let allowed = placeholders(english.rsplit('|').next().unwrap_or(""));
    let forms = t.split('|').count();
    if forms != locale.plural_forms().len() {
        return Err(CatalogError::Forms { index, found: forms, expected: locale.plural_forms().len() });
    }
    let foreign = t.split('|').any(|f| placeholders(f).iter().zip(allowed).any(|(u, a)| *u > 0 && a == 0));
    if foreign {
        return Err(CatalogError::Arguments { index });
    }
    Ok(())
}

/// How often a template uses each argument `%1`…`%9` (counted, not sorted: sorting would
/// link a sort routine, ~3 KB of wasm, for this one check).
fn placeholders(t: &str) -> [u8; 10] {
    let mut uses = [0u8; 10];
    for w in t.as_bytes().windows(2) {
        if w[0] == b'%' && (b'1'..=b'9').contains(&w[1]) {
            uses[usize::from(w[1] - b'0')] = uses[usize::from(w[1] - b'0')].saturating_add(1);
        }
    }
    uses
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
    Count,
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
    ConfigBadOAuthClientId,
    ConfigBadRedirectUri,
    ConfigBadLoginBase,
    ConfigBadDataSource,
    ConfigBadHistoryDays,
    StartupTargetEnvMismatch,
    StartupNoLoginBase,
    StartupRedirectElsewhere,
    LoadAnalyticsForbidden,
    SignInDenied,
    SignInUnknownState,
    SignInNoAnswer,
    SignInExchange,
    SignInRefusedAtOnce,
    SignInPopupBlocked,
    SignInUnavailable,
    SignInButton,
    SignInPrompt,
    SignInExpiring,
    SignInWaiting,
    SignInPopupClosed,
    DirectionInbound,
    DirectionOutbound,
    InProgress,
    Yesterday,
    OpenDetails,
    OpenContact,
    LiveOn,
    LiveConnecting,
    LiveReconnecting,
    LiveOff,
    LiveOffline,
    LiveGaveUp,
    LiveReconnect,
    NewInteraction,
    CurrentInteraction,
    Earlier,
    RangeLabel,
    RangeToday,
    RangeDays,
    ViewLabel,
    ViewByTime,
    ViewByContact,
}

impl Msg {
    pub const COUNT: usize = Msg::ViewByContact as usize + 1;
    /// The messages with plural forms (`one|other`…, see [`Locale::plural_forms`]).
    pub const PLURAL: [Msg; 3] = [Msg::Count, Msg::Earlier, Msg::RangeDays];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::origin::Origin;

    fn bundled(locale: Locale) -> &'static [&'static str; Msg::COUNT] {
        locale.bundled().expect("tests build with the bundled-catalogs feature")
    }

    #[test]
    fn every_catalog_has_every_message_with_the_same_arguments() {
        for locale in Locale::ALL {
            for (i, (t, e)) in bundled(locale).iter().zip(en::CATALOG.iter()).enumerate() {
                assert!(!t.trim().is_empty(), "{locale:?} message {i} is empty");
                assert_eq!(check_template(locale, i, t, e), Ok(()), "{locale:?} message {i}: {t}");
                if Msg::PLURAL.iter().any(|m| *m as usize == i) {
                    assert!(t.split('|').all(|f| !f.trim().is_empty()), "{locale:?} message {i}: an empty form");
                    // The catch-all form shows the number.
                    assert!(t.rsplit('|').next().unwrap().contains("%1"), "{locale:?} message {i}: {t}");
                }
            }
        }
        assert_eq!(placeholders("%2 of %1, 100%, %0, %2"), [0, 1, 2, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn fetched_catalogs_are_checked_against_english() {
        let good = || bundled(Locale::De).iter().map(|t| t.to_string()).collect::<Vec<_>>();
        assert_eq!(
            Locale::De.install(good()[1..].to_vec()),
            Err(CatalogError::Count { found: Msg::COUNT - 1, expected: Msg::COUNT })
        );
        let mut empty = good();
        empty[3] = " ".into();
        assert_eq!(Locale::De.install(empty), Err(CatalogError::Empty { index: 3 }));
        let mut wrong = good();
        wrong[Msg::LoadedOfTotal as usize] = "%1 geladen".into();
        assert_eq!(Locale::De.install(wrong), Err(CatalogError::Arguments { index: Msg::LoadedOfTotal as usize }));
        let mut forms = good();
        forms[Msg::Count as usize] = "%1 Interaktionen".into();
        assert_eq!(
            Locale::De.install(forms),
            Err(CatalogError::Forms { index: Msg::Count as usize, found: 1, expected: 2 })
        );
        let mut foreign = good();
        foreign[Msg::Count as usize] = "%1 Interaktion|%2 Interaktionen".into();
        assert_eq!(Locale::De.install(foreign), Err(CatalogError::Arguments { index: Msg::Count as usize }));
        assert_eq!(Locale::De.install(good()), Ok(()));
        assert!(Locale::De.has_catalog());
    }

    /// The JSON the release build fetches, one message per line so diffs read well.
    fn catalog_json(locale: Locale) -> String {
        let lines: Vec<String> =
            bundled(locale).iter().map(|t| format!("  {}", serde_json::to_string(t).unwrap())).collect();
        format!("[\n{}\n]\n", lines.join(",\n"))
    }

    #[test]
    fn shipped_catalog_files_match_the_catalogs() {
        // `UPDATE_CATALOGS=1 cargo test -p crm-core shipped_catalog` rewrites them.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n");
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let path = dir.join(format!("{}.json", locale.lang()));
            let want = catalog_json(locale);
            if std::env::var_os("UPDATE_CATALOGS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &want).unwrap();
            }
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is stale: run UPDATE_CATALOGS=1 cargo test -p crm-core shipped_catalog",
                path.display()
            );
            let parsed: Vec<String> = serde_json::from_str(&have).unwrap();
            assert_eq!(parsed, bundled(locale).to_vec());
        }
    }

    #[test]
    fn manifest_paths_are_relative_only() {
        let manifest = "de=./i18n/de-1a2b.json pt-BR=./i18n/pt-BR-3c4d.json fr=https://evil.example/fr.json \
                        ja=./i18n/../../x.json es=//evil.example/es.json";
        assert_eq!(catalog_path(manifest, "de"), Some("./i18n/de-1a2b.json"));
        assert_eq!(catalog_path(manifest, "pt-BR"), Some("./i18n/pt-BR-3c4d.json"));
        assert_eq!(catalog_path(manifest, "pt"), None);
        assert_eq!(catalog_path(manifest, "fr"), None);
        assert_eq!(catalog_path(manifest, "ja"), None);
        assert_eq!(catalog_path(manifest, "es"), None);
        assert_eq!(catalog_path("", "de"), None);
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
            ConfigError::BadOAuthClientId { value: "a b".into() }.into(),
            ConfigError::BadRedirectUri { value: "/x".into() }.into(),
            ConfigError::BadLoginBase { value: "x".into(), reason: crate::net::origin::OriginError::BadScheme }.into(),
            ConfigError::BadDataSource { value: "crm".into() }.into(),
            ConfigError::BadHistoryDays { value: "40".into() }.into(),
            StartupError::TargetEnvMismatch {
                env: "prod-euw2".into(),
                origin: Origin::parse("https://apps.mypurecloud.ie").unwrap(),
                region: "prod-euw1",
            }
            .into(),
            StartupError::NoLoginBase { origin: Origin::parse("http://127.0.0.1:8000").unwrap() }.into(),
            StartupError::RedirectElsewhere {
                uri: "https://evil.example/".into(),
                origin: Origin::parse("https://w.example").unwrap(),
            }
            .into(),
            LoadError::AnalyticsForbidden.into(),
            SignInError::Denied("no".into()).into(),
            SignInError::UnknownState.into(),
            SignInError::NoAnswer.into(),
            SignInError::Exchange("HTTP 500".into()).into(),
            SignInError::RefusedAtOnce.into(),
            SignInError::PopupBlocked("https://w.example".into()).into(),
            SignInError::Unavailable("no sessionStorage".into()).into(),
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
        // Genesys's forms: full tag, else base language, else English.
        assert_eq!(Locale::from_tag(Some("en-US")), Locale::En);
        assert_eq!(Locale::from_tag(Some("en_US")), Locale::En);
        assert_eq!(Locale::from_tag(Some("zh-TW")), Locale::ZhTw);
        assert_eq!(Locale::from_tag(Some("zh_tw")), Locale::ZhTw);
        assert_eq!(Locale::from_tag(Some("zh-HK")), Locale::ZhTw);
        assert_eq!(Locale::from_tag(Some("zh-Hant-TW")), Locale::ZhTw);
        assert_eq!(Locale::from_tag(Some("zh-cn")), Locale::ZhCn);
        assert_eq!(Locale::from_tag(Some("zh")), Locale::ZhCn);
        assert_eq!(Locale::from_tag(Some("pt-PT")), Locale::PtPt);
        assert_eq!(Locale::from_tag(Some("pt")), Locale::PtBr);
        assert_eq!(Locale::from_tag(Some("ar")), Locale::Ar);
        assert_eq!(Locale::from_tag(Some("ar-SA")), Locale::Ar);
        assert_eq!(Locale::from_tag(Some("he-IL")), Locale::He);
        assert_eq!(Locale::from_tag(Some("iw")), Locale::He);
        assert_eq!(Locale::from_tag(Some("no")), Locale::Nb);
        assert_eq!(Locale::from_tag(Some("nb-NO")), Locale::Nb);
        assert_eq!(Locale::from_tag(Some("sv-se")), Locale::Sv);
        assert_eq!(Locale::from_tag(Some("ko-KR")), Locale::Ko);
        assert_eq!(Locale::from_tag(Some(" uk ")), Locale::Uk);
        // Every language's own tag finds it.
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(Some(locale.lang())), locale);
            assert_eq!(Locale::from_tag(Some(&locale.lang().replace('-', "_").to_uppercase())), locale);
        }
        assert!(Locale::Ar.rtl() && Locale::He.rtl());
        assert_eq!(Locale::ALL.iter().filter(|l| l.rtl()).count(), 2);
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
        // The grouping of each language, as Intl.NumberFormat (ICU 78) gives it.
        let nbsp = |s: &str| s.replace(' ', "\u{a0}");
        for (locale, four, five, seven) in [
            (Locale::Ar, "1,234", "12,345", "1,234,567"),
            (Locale::Cs, &nbsp("1 234"), &nbsp("12 345"), &nbsp("1 234 567")),
            (Locale::Da, "1.234", "12.345", "1.234.567"),
            (Locale::It, "1234", "12.345", "1.234.567"),
            (Locale::Pl, "1234", &nbsp("12 345"), &nbsp("1 234 567")),
            (Locale::PtPt, "1234", &nbsp("12 345"), &nbsp("1 234 567")),
            (Locale::Ru, &nbsp("1 234"), &nbsp("12 345"), &nbsp("1 234 567")),
            (Locale::Tr, "1.234", "12.345", "1.234.567"),
            (Locale::ZhTw, "1,234", "12,345", "1,234,567"),
            (Locale::He, "1,234", "12,345", "1,234,567"),
        ] {
            assert_eq!(
                [locale.number(1234), locale.number(12345), locale.number(1234567)],
                [four, five, seven],
                "{locale:?}"
            );
        }
    }

    /// Known cases from CLDR's plural rules (checked against Intl.PluralRules, ICU 78).
    #[test]
    fn plural_rules_of_every_language() {
        use Plural::*;
        let cases: &[(Locale, &[(u64, Plural)])] = &[
            (Locale::En, &[(0, Other), (1, One), (2, Other), (11, Other), (21, Other)]),
            (Locale::De, &[(0, Other), (1, One), (2, Other)]),
            (Locale::Da, &[(0, Other), (1, One), (2, Other)]),
            (Locale::Fi, &[(1, One), (5, Other)]),
            (Locale::Nb, &[(1, One), (5, Other)]),
            (Locale::Nl, &[(1, One), (5, Other)]),
            (Locale::Sv, &[(1, One), (5, Other)]),
            (Locale::Tr, &[(1, One), (5, Other)]),
            (Locale::Fr, &[(0, One), (1, One), (2, Other), (1_000_000, Many), (2_000_000, Many), (1_000_001, Other)]),
            (Locale::PtBr, &[(0, One), (1, One), (2, Other), (1_000_000, Many)]),
            (Locale::PtPt, &[(0, Other), (1, One), (2, Other), (1_000_000, Many)]),
            (Locale::Es, &[(0, Other), (1, One), (2, Other), (1_000_000, Many), (1_500_000, Other)]),
            (Locale::It, &[(0, Other), (1, One), (3_000_000, Many)]),
            (Locale::Cs, &[(0, Other), (1, One), (2, Few), (4, Few), (5, Other), (22, Other), (101, Other)]),
            (
                Locale::Pl,
                &[
                    (0, Many),
                    (1, One),
                    (2, Few),
                    (4, Few),
                    (5, Many),
                    (12, Many),
                    (14, Many),
                    (21, Many),
                    (22, Few),
                    (101, Many),
                    (112, Many),
                    (122, Few),
                ],
            ),
            (
                Locale::Ru,
                &[
                    (0, Many),
                    (1, One),
                    (2, Few),
                    (5, Many),
                    (11, Many),
                    (12, Many),
                    (21, One),
                    (22, Few),
                    (111, Many),
                    (101, One),
                    (1_000_000, Many),
                ],
            ),
            (Locale::Uk, &[(0, Many), (1, One), (3, Few), (11, Many), (21, One), (24, Few), (25, Many)]),
            (
                Locale::Ar,
                &[
                    (0, Zero),
                    (1, One),
                    (2, Two),
                    (3, Few),
                    (10, Few),
                    (11, Many),
                    (99, Many),
                    (100, Other),
                    (102, Other),
                    (103, Few),
                    (111, Many),
                    (1000, Other),
                ],
            ),
            (Locale::He, &[(0, Other), (1, One), (2, Two), (3, Other), (10, Other), (20, Other), (22, Other)]),
            (Locale::Ja, &[(0, Other), (1, Other), (2, Other)]),
            (Locale::Ko, &[(1, Other)]),
            (Locale::Th, &[(1, Other)]),
            (Locale::ZhCn, &[(1, Other)]),
            (Locale::ZhTw, &[(1, Other)]),
        ];
        assert_eq!(cases.len(), Locale::ALL.len());
        for (locale, known) in cases {
            for (n, want) in *known {
                assert_eq!(locale.plural(*n), *want, "{locale:?} {n}");
            }
        }
        // Every category a language reaches has a form, and every form is reached.
        for locale in Locale::ALL {
            let reached: Vec<Plural> = (0..2_000_000u64)
                .step_by(997)
                .chain(0..300)
                .chain([1_000_000, 2_000_000])
                .map(|n| locale.plural(n))
                .collect();
            for form in locale.plural_forms() {
                assert!(reached.contains(form), "{locale:?} never reaches {form:?}");
            }
            assert!(reached.iter().all(|c| locale.plural_forms().contains(c)), "{locale:?}");
        }
        assert_eq!(
            Locale::Ar.count(Msg::Count, 0),
            fill(bundled(Locale::Ar)[Msg::Count as usize].split('|').next().unwrap(), &["0"])
        );
        assert_eq!(Locale::Ru.count(Msg::Count, 22), "22 взаимодействия");
        assert_eq!(Locale::Ru.count(Msg::Count, 25), "25 взаимодействий");
        assert_eq!(Locale::Ru.count(Msg::Count, 21), "21 взаимодействие");
        assert_eq!(Locale::Pl.count(Msg::Count, 1), "1 interakcja");
        assert_eq!(Locale::Fr.count(Msg::Count, 1_000_000), "1\u{202f}000\u{202f}000 d’interactions");
        assert_eq!(Locale::En.count(Msg::RangeDays, 7), "7 days");
        // Right to left: arguments are isolated, so "+1 555…" keeps its order in the sentence.
        assert_eq!(Locale::He.text(Msg::Queue, &["+1 555 0100"]), "תור: \u{2068}+1 555 0100\u{2069}");
        assert_eq!(Locale::En.text(Msg::Queue, &["+1 555 0100"]), "Queue: +1 555 0100");
    }

    #[test]
    fn fill_handles_missing_and_literal_percent() {
        assert_eq!(fill("%1 of %2", &["a", "b"]), "a of b");
        assert_eq!(fill("100% sure %1", &["x"]), "100% sure x");
        assert_eq!(fill("%2", &["a"]), "");
        assert_eq!(fill("%0", &[]), "%0");
    }
}
