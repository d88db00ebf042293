//! Digit grouping of counts, as `Intl.NumberFormat` has it.

use crate::i18n::Locale;

impl Locale {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_grouping_of_every_kind() {
        assert_eq!(Locale::En.number(1234), "1,234");
        assert_eq!(Locale::De.number(1234), "1.234");
        assert_eq!(Locale::Fr.number(1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(Locale::Es.number(1234), "1234");
        assert_eq!(Locale::Es.number(12345), "12.345");
        assert_eq!(Locale::Ja.number(999), "999");
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
}
