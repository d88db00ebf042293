//! Small text helpers: URL query encoding and decoding, numbers as text, substring search,
//! case folding.

/// Where `needle` first occurs in `haystack`: a plain byte-window scan. `str::find` with a
/// string pattern links the Two-Way searcher (~3 KB of wasm), which these few short needles
/// (`"://"`, `".."`) do not need.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay as they are).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a query component: `+` is a space and `%XX` a byte; invalid escapes stay literal
/// and invalid UTF-8 is replaced, so decoding never fails.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// `s` as a JSON string literal, quotes included.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Parses a query string (`?a=1&b=2`, the leading `?` optional) into decoded pairs.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode_component(k), decode_component(v)),
            None => (decode_component(p), String::new()),
        })
        .collect()
}

/// Writes a number for people without `f64`'s `Display` (which weighs ~10 KB in wasm):
/// whole numbers as integers, others with up to three decimals.
pub fn number_text(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN".into()
        } else if v > 0.0 {
            "infinity".into()
        } else {
            "-infinity".into()
        };
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let v = v.abs();
    if v >= 1e15 {
        let exp = v.log10().floor() as i32;
        let mantissa = (v / 10f64.powi(exp) * 10.0).round() as u64;
        return format!("{sign}{}.{}e{exp}", mantissa / 10, mantissa % 10);
    }
    let milli = (v * 1000.0).round() as u64;
    let (whole, frac) = (milli / 1000, milli % 1000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let frac = format!("{frac:03}");
        format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
    }
}

/// Lower-cases one character for search, without the Unicode case tables that
/// `str::to_lowercase` links in (~11 KB of wasm). Covers the scripts with case that agents'
/// contacts are written in: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic and full-width
/// Latin. Other characters (CJK has no case) stay as they are.
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x130 => 0x69, // İ: std gives "i̇" (two chars); plain i is what a search box wants
        0x100..=0x137 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0xFF21..=0xFF3A => u + 0x20,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// [`fold_char`] over a string.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Whether `haystack`, folded, contains `folded_needle` (already folded). Allocates nothing:
/// search runs it over every loaded row on each keystroke.
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    folded_needle.is_empty()
        || haystack.char_indices().any(|(i, _)| {
            let mut rest = haystack[i..].chars().map(fold_char);
            folded_needle.chars().all(|n| rest.next() == Some(n))
        })
}

/// A string with something in it, trimmed: `None` for a missing, empty or blank value.
pub fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes() {
        assert_eq!(encode_component("a b/c?d=é"), "a%20b%2Fc%3Fd%3D%C3%A9");
        assert_eq!(decode_component("a%20b%2Fc%3Fd%3D%C3%A9"), "a b/c?d=é");
        assert_eq!(decode_component("a+b"), "a b");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%ff"), "\u{fffd}");
        for s in ["", "x", "cursor==/+", "日本語", "%%%"] {
            assert_eq!(decode_component(&encode_component(s)), s);
        }
    }

    #[test]
    fn query_pairs_parse() {
        let q = query_pairs("?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.com&gcLangTag=de&flag");
        assert_eq!(q[0], ("gcHostOrigin".into(), "https://apps.mypurecloud.com".into()));
        assert_eq!(q[1], ("gcLangTag".into(), "de".into()));
        assert_eq!(q[2], ("flag".into(), "".into()));
        assert!(query_pairs("").is_empty());
    }

    #[test]
    fn fold_agrees_with_std_where_it_folds() {
        let ranges = [0x0..0x250u32, 0x370..0x530, 0xFF00..0xFF60];
        let mut folded = 0;
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let (first, rest) = (std.next().unwrap(), std.next());
            if c == 'İ' {
                assert_eq!(fold_char(c), 'i');
            } else if fold_char(c) != c {
                folded += 1;
                assert_eq!((fold_char(c), rest), (first, None), "{c:?}");
            } else if first != c {
                // Not covered: only letters outside the scripts named in the docs.
                assert!(matches!(c as u32, 0x180..=0x24F | 0x370..=0x385 | 0x3CF..=0x3FF | 0x460..=0x52F), "{c:?}");
            }
            assert_eq!(fold_char(fold_char(c)), fold_char(c), "idempotent: {c:?}");
        }
        assert_eq!(folded, 225, "ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic, full-width");
        assert_eq!(
            fold("ÄÖÜ Straße ÉLODIE Ÿves ΟΔΥΣΣΕΑΣ АННА ＡＢＣ 山田"),
            "äöü straße élodie ÿves οδυσσεασ анна ａｂｃ 山田"
        );
    }

    #[test]
    fn contains_folded_agrees_with_folding_first() {
        let hays = ["", "Ada Lovelace", "JÜRGEN MÜLLER", "Анна Иванова", "山田 太郎", "aaab", "ＡＢＣ"];
        let needles = ["", "a", "ab", "müller", "АННА", "太郎", "lovelace ", "aab", "ｂｃ", "x"];
        for h in hays {
            for n in needles {
                assert_eq!(contains_folded(h, &fold(n)), fold(h).contains(&fold(n)), "{h:?} / {n:?}");
            }
        }
    }

    #[test]
    fn numbers_as_text() {
        assert_eq!(number_text(0.0), "0");
        assert_eq!(number_text(501.0), "501");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(number_text(-1.25), "-1.25");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(f64::NAN), "NaN");
        assert_eq!(number_text(f64::INFINITY), "infinity");
        assert_eq!(number_text(1e300), "1.0e300");
        assert_eq!(number_text(2.5e16), "2.5e16");
    }
}
