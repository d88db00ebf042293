//! L0: the widget's languages. Choosing one from `gcLangTag` (here), plural rules
//! ([`plural`]), digit grouping ([`number`]), every message ([`Msg`]) and its text in each
//! language ([`langs`], [`catalog`]), and filling a message in ([`format`]).
//!
//! This module is a leaf: it imports nothing else from the crate. What it knows nothing about
//! (an error, an interaction's kind) says itself in a language by implementing [`Localized`]
//! next to its own definition, with the messages of [`Msg`].
//!
//! Each language is a function with an exhaustive `match` over [`Msg`] (`langs/de.rs`…), so a
//! message missing from a language does not compile. `%1`, `%2`… are the arguments; a plural
//! message has one form per plural category of its language (`%1 interaction|%1 interactions`;
//! Arabic has six). No i18n crate: small tables cost less than any runtime.
//!
//! Only English is always compiled in. The other languages are compiled in with the
//! `bundled-catalogs` feature (and in this crate's unit tests); the widget's release build
//! leaves it off and fetches the one catalog it needs as JSON (`i18n/*.json`, positional in
//! [`Msg::ALL`] order, generated from the `langs` files and checked against them by a test),
//! then [`Locale::install`]s it. That keeps ~7 KB brotli of text that an agent never reads out
//! of the bundle.

pub mod catalog;
pub mod format;
mod langs;
pub mod msg;
pub mod number;
pub mod plural;

pub use catalog::{catalog_path, CatalogError};
pub use msg::Msg;
pub use plural::Plural;

/// Something the widget shows, said in a language: an error, an interaction's kind…
/// Implemented next to each such type, with the messages of [`Msg`].
pub trait Localized {
    fn localize(&self, locale: Locale) -> String;
}

/// `Display` (the English text, from the English catalog: English exists once) and
/// `std::error::Error` for error types that are [`Localized`].
///
/// The widget itself renders errors with [`Localized::localize`], never through `Display`,
/// so the formatting machinery is not linked for them.
macro_rules! localized_error {
    ($($t:ty),+ $(,)?) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&$crate::i18n::Localized::localize(self, $crate::i18n::Locale::En))
            }
        }

        impl std::error::Error for $t {}
    )+};
}
pub(crate) use localized_error;

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
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
