//! A message in a language, with its arguments filled in: plain, counted (plural forms), and
//! the list's progress line.

use crate::i18n::{Locale, Msg};

impl Locale {
    /// A message with its arguments filled in. In a right-to-left language each argument is
    /// isolated (U+2068 … U+2069, the text form of `<bdi>`), so an English name, a URL or a
    /// phone number inside the sentence keeps its own order.
    pub fn text(self, msg: Msg, args: &[&str]) -> String {
        fill(self.template(msg), args, self.rtl())
    }

    /// A plural message for `n`: the form for `n`'s category, with `n` as `%1`.
    pub fn count(self, msg: Msg, n: u64) -> String {
        let forms = self.plural_forms();
        let at = forms.iter().position(|c| *c == self.plural(n)).unwrap_or(forms.len() - 1);
        let template = self.template(msg).split('|').nth(at).unwrap_or("");
        fill(template, &[&self.number(n)], false)
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
}

/// Fills `%1`…`%9` with `args`; a missing argument becomes empty. `isolate` wraps each
/// argument in U+2068 … U+2069.
fn fill(template: &str, args: &[&str], isolate: bool) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len() + 6).sum::<usize>());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek().and_then(|d| d.to_digit(10))) {
            ('%', Some(d)) if d >= 1 => {
                chars.next();
                if let Some(arg) = args.get(d as usize - 1) {
                    if isolate {
                        out.push('\u{2068}');
                    }
                    out.push_str(arg);
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_and_counts() {
        assert_eq!(Locale::De.progress(1234, Some(5000), true), "1.234 von 5.000 geladen");
        assert_eq!(Locale::En.progress(1, None, false), "1 interaction");
        assert_eq!(Locale::En.progress(0, None, false), "0 interactions");
        assert_eq!(Locale::Fr.progress(0, None, false), "0 interaction");
        assert_eq!(Locale::Fr.progress(2, None, false), "2 interactions");
        assert_eq!(Locale::De.progress(1, None, false), "1 Interaktion");
        assert_eq!(Locale::Ja.progress(3, None, false), "3 件のやり取り");
        let arabic = Locale::Ar.bundled().unwrap()(Msg::Count);
        assert_eq!(Locale::Ar.count(Msg::Count, 0), fill(arabic.split('|').next().unwrap(), &["0"], false));
        assert_eq!(Locale::Ru.count(Msg::Count, 22), "22 взаимодействия");
        assert_eq!(Locale::Ru.count(Msg::Count, 25), "25 взаимодействий");
        assert_eq!(Locale::Ru.count(Msg::Count, 21), "21 взаимодействие");
        assert_eq!(Locale::Pl.count(Msg::Count, 1), "1 interakcja");
        assert_eq!(Locale::Fr.count(Msg::Count, 1_000_000), "1\u{202f}000\u{202f}000 d’interactions");
        assert_eq!(Locale::En.count(Msg::RangeDays, 7), "7 days");
    }

    #[test]
    fn right_to_left_arguments_are_isolated() {
        // "+1 555…" keeps its order inside a Hebrew sentence.
        assert_eq!(Locale::He.text(Msg::Queue, &["+1 555 0100"]), "תור: \u{2068}+1 555 0100\u{2069}");
        assert_eq!(Locale::En.text(Msg::Queue, &["+1 555 0100"]), "Queue: +1 555 0100");
    }

    #[test]
    fn fill_handles_missing_and_literal_percent() {
        assert_eq!(fill("%1 of %2", &["a", "b"], false), "a of b");
        assert_eq!(fill("100% sure %1", &["x"], false), "100% sure x");
        assert_eq!(fill("%2", &["a"], false), "");
        assert_eq!(fill("%0", &[], false), "%0");
        assert_eq!(fill("%1 %2", &["a"], true), "\u{2068}a\u{2069} ");
    }
}
