//! Small text helpers: URL query encoding and decoding, numbers as text.

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
