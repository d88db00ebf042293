//! Where a language's texts come from: compiled in ([`super::langs`]), or fetched at run time and
//! installed after checks against English. Also: where the build says a catalog is.

use std::sync::OnceLock;

use crate::i18n::langs::{self, en};
use crate::i18n::{Locale, Msg};

/// Catalogs fetched at run time, by [`Locale`] index; each in [`Msg::ALL`] order.
static INSTALLED: [OnceLock<Box<[String]>>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];

/// Why a fetched catalog was not installed. Its `Display` is for the console (whoever deployed
/// the widget), not for agents.
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

impl Locale {
    /// This language's texts when they are compiled into this build (English always; the others
    /// with the `bundled-catalogs` feature).
    pub fn bundled(self) -> Option<fn(Msg) -> &'static str> {
        langs::bundled(self)
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

    /// Installs a catalog fetched at run time (a JSON array of templates in [`Msg::ALL`]
    /// order), after checking it against English: same number of messages, none empty, the
    /// same arguments in each, and one form per plural category in each plural message. The
    /// first catalog installed for a language stays.
    pub fn install(self, templates: Vec<String>) -> Result<(), CatalogError> {
        if templates.len() != Msg::COUNT {
            return Err(CatalogError::Count { found: templates.len(), expected: Msg::COUNT });
        }
        for (t, msg) in templates.iter().zip(Msg::ALL) {
            check_template(self, msg, t)?;
        }
        let _first_stays = INSTALLED[self as usize].set(templates.into_boxed_slice());
        Ok(())
    }

    /// A message's template in this language (English when its texts are not at hand).
    pub(crate) fn template(self, msg: Msg) -> &'static str {
        if let Some(text) = self.bundled() {
            return text(msg);
        }
        match INSTALLED[self as usize].get() {
            Some(catalog) => &catalog[msg as usize],
            None => en::text(msg),
        }
    }
}

/// A template against its English one: not empty, the same arguments, and for a plural
/// message one form per plural category of the language, each taking no argument English
/// lacks.
fn check_template(locale: Locale, msg: Msg, t: &str) -> Result<(), CatalogError> {
    let index = msg as usize;
    if t.trim().is_empty() {
        return Err(CatalogError::Empty { index });
    }
    let english = en::text(msg);
    if !msg.is_plural() {
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

/// Where the catalog for `lang` is, from the manifest the build writes into index.html
/// (`<meta name="crm-catalogs" content="de=./i18n/de-1a2b.json fr=…">`). Only plain relative
/// paths are believed, so the manifest can never point the widget at another origin.
pub fn catalog_path<'a>(manifest: &'a str, lang: &str) -> Option<&'a str> {
    let path = manifest.split_whitespace().find_map(|entry| entry.strip_prefix(lang)?.strip_prefix('='))?;
    let relative = path.starts_with("./") && !path.contains("//") && !path.contains(':') && !path.contains("..");
    relative.then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(locale: Locale) -> fn(Msg) -> &'static str {
        locale.bundled().expect("tests build with every language")
    }

    #[test]
    fn every_language_has_every_message_with_the_same_arguments() {
        // That every language has every message is the `match` in its file; here, its texts.
        for locale in Locale::ALL {
            for msg in Msg::ALL {
                let t = texts(locale)(msg);
                assert_eq!(check_template(locale, msg, t), Ok(()), "{locale:?} {msg:?}: {t}");
                if msg.is_plural() {
                    assert!(t.split('|').all(|f| !f.trim().is_empty()), "{locale:?} {msg:?}: an empty form");
                    // The catch-all form shows the number.
                    assert!(t.rsplit('|').next().unwrap().contains("%1"), "{locale:?} {msg:?}: {t}");
                }
            }
        }
        assert_eq!(placeholders("%2 of %1, 100%, %0, %2"), [0, 1, 2, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn fetched_catalogs_are_checked_against_english() {
        let good = || Msg::ALL.map(|m| texts(Locale::De)(m).to_owned()).to_vec();
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
            Msg::ALL.iter().map(|m| format!("  {}", serde_json::to_string(texts(locale)(*m)).unwrap())).collect();
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
            assert_eq!(parsed, Msg::ALL.map(|m| texts(locale)(m).to_owned()).to_vec());
        }
    }

    #[test]
    fn manifest_paths_are_relative_only() {
        let manifest = "de=./i18n/de-1a2b.json pt-BR=./i18n/pt-BR-3c4d.json fr=https://evil.example/fr.json \
                        ja=./i18n/../../x.json es=//evil.example/es.json it=./i18n//evil.example/it.json";
        assert_eq!(catalog_path(manifest, "de"), Some("./i18n/de-1a2b.json"));
        assert_eq!(catalog_path(manifest, "pt-BR"), Some("./i18n/pt-BR-3c4d.json"));
        assert_eq!(catalog_path(manifest, "pt"), None);
        assert_eq!(catalog_path(manifest, "fr"), None);
        assert_eq!(catalog_path(manifest, "ja"), None);
        assert_eq!(catalog_path(manifest, "es"), None);
        assert_eq!(catalog_path(manifest, "it"), None);
        assert_eq!(catalog_path("", "de"), None);
    }
}
