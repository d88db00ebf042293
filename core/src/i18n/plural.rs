//! CLDR plural rules for whole numbers, as `Intl.PluralRules` has them.

use crate::i18n::Locale;

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
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
