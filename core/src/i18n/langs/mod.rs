//! One file per language, each an exhaustive `match` over [`Msg`]: a message missing from a
//! language does not compile. Only English is compiled into the release build; the others come
//! with the `bundled-catalogs` feature (and in this crate's unit tests).

use crate::i18n::{Locale, Msg};

#[cfg(any(test, feature = "bundled-catalogs"))]
mod ar;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod cs;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod da;
#[cfg(any(test, feature = "bundled-catalogs"))]
mod de;
pub mod en;
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

/// A language's texts, when they are compiled into this build.
#[cfg(any(test, feature = "bundled-catalogs"))]
pub fn bundled(locale: Locale) -> Option<fn(Msg) -> &'static str> {
    Some(match locale {
        Locale::En => en::text,
        Locale::De => de::text,
        Locale::Fr => fr::text,
        Locale::Es => es::text,
        Locale::Ja => ja::text,
        Locale::PtBr => pt_br::text,
        Locale::Ar => ar::text,
        Locale::Cs => cs::text,
        Locale::Da => da::text,
        Locale::Fi => fi::text,
        Locale::He => he::text,
        Locale::It => it::text,
        Locale::Ko => ko::text,
        Locale::Nb => nb::text,
        Locale::Nl => nl::text,
        Locale::Pl => pl::text,
        Locale::PtPt => pt_pt::text,
        Locale::Ru => ru::text,
        Locale::Sv => sv::text,
        Locale::Th => th::text,
        Locale::Tr => tr::text,
        Locale::Uk => uk::text,
        Locale::ZhCn => zh_cn::text,
        Locale::ZhTw => zh_tw::text,
    })
}

/// A language's texts, when they are compiled into this build: English only.
#[cfg(not(any(test, feature = "bundled-catalogs")))]
pub fn bundled(locale: Locale) -> Option<fn(Msg) -> &'static str> {
    (locale == Locale::En).then_some(en::text as fn(Msg) -> &'static str)
}
