//! What can be known of a token's lifetime, without ever depending on its form: the host's
//! `expiresIn`, and the `exp` claim when the token happens to be a JWT.

use std::fmt;

/// A bearer token. Opaque: it may be a JWT or not, and nothing depends on its form.
/// Its `Debug` output is redacted so it can never reach a log by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn new(value: String) -> Token {
        Token(value)
    }
    /// The secret value, for the `Authorization` header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token(<redacted, {} chars>)", self.0.len())
    }
}

/// A token with what is known of its lifetime.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    pub token: Token,
    /// Seconds of validity the host announced, if any.
    pub expires_in_s: Option<f64>,
}

/// A token is renewed this long before it expires at the most (less for short-lived tokens).
pub const RENEW_MARGIN_MS: u64 = 30_000;

/// The `exp` claim (seconds since the Unix epoch) of a JWT, or `None` for an opaque token, a
/// malformed JWT, or one without a numeric `exp`. Never fails.
pub fn jwt_exp_s(token: &str) -> Option<u64> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || payload.len() > 16 * 1024 {
        return None;
    }
    let json = base64url_decode(payload)?;
    top_level_value(&json, b"exp").and_then(whole_seconds)
}

/// The whole part of a non-negative JSON number below 10^13 (`1795341600`, `1.7e9`,
/// `1795341600.5`), read from its digits: no float parsing, which would cost the bundle a few
/// kilobytes for one claim. Anything else, negative numbers included, is `None`.
fn whole_seconds(text: &str) -> Option<u64> {
    const MAX_DIGITS: usize = 13;
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].strip_prefix('+').unwrap_or(&text[i + 1..])),
        None => (text, "0"),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (mantissa, ""),
    };
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let exponent_digits = exponent.strip_prefix('-').unwrap_or(exponent);
    if int.is_empty() || !digits_only(int) || !digits_only(frac) {
        return None;
    }
    if exponent_digits.is_empty() || !digits_only(exponent_digits) || exponent_digits.len() > 4 {
        return None;
    }
    let exponent: i64 = exponent.parse().ok()?;
    // The decimal point sits after `int`; the exponent moves it.
    let digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let point = int.len() as i64 + exponent;
    let whole: Vec<u8> = match point {
        p if p <= 0 => vec![b'0'],
        p => (0..p as usize)
            .map(|i| digits.get(i).copied().unwrap_or(b'0'))
            .take(MAX_DIGITS + 1 + digits.len())
            .collect(),
    };
    let significant = whole.iter().skip_while(|b| **b == b'0').count();
    if significant > MAX_DIGITS {
        return None;
    }
    whole.iter().try_fold(0u64, |n, b| Some(n * 10 + u64::from(b - b'0')))
}

/// When to ask for a fresh token: before the earliest known expiry, by [`RENEW_MARGIN_MS`]
/// or a quarter of the remaining lifetime, whichever is less. `None` when nothing is known.
pub fn renew_at_ms(now_ms: u64, expires_in_s: Option<f64>, jwt_exp_s: Option<u64>) -> Option<u64> {
    let from_host =
        expires_in_s.filter(|s| s.is_finite() && *s > 0.0).map(|s| now_ms.saturating_add((s * 1000.0) as u64));
    let from_jwt = jwt_exp_s.map(|s| s.saturating_mul(1000));
    let expires_at = match (from_host, from_jwt) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    let lifetime = expires_at.saturating_sub(now_ms);
    Some(expires_at - (lifetime / 4).min(RENEW_MARGIN_MS))
}

/// base64url without padding (RFC 4648 §5), as JWTs use it.
pub fn base64url_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The text of `key`'s value in a JSON object's top level. A small scanner, so
/// the widget needs no JSON library for this: nested values and strings are skipped whole.
fn top_level_value<'a>(json: &'a [u8], key: &[u8]) -> Option<&'a str> {
    let mut i = skip_ws(json, 0);
    if json.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    loop {
        i = skip_ws(json, i);
        if json.get(i) == Some(&b'}') {
            return None;
        }
        let (k, next) = string(json, i)?;
        i = skip_ws(json, next);
        if json.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(json, i + 1);
        let start = i;
        i = skip_value(json, i, 0)?;
        if k == key {
            let text = std::str::from_utf8(&json[start..i]).ok()?;
            return Some(text.trim());
        }
        i = skip_ws(json, i);
        match json.get(i) {
            Some(b',') => i += 1,
            _ => return None,
        }
    }
}

fn skip_ws(json: &[u8], mut i: usize) -> usize {
    while json.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        i += 1;
    }
    i
}

/// A string starting at `i` (raw bytes, escapes kept) and the index after it.
fn string(json: &[u8], i: usize) -> Option<(&[u8], usize)> {
    if json.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    loop {
        match json.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some((&json[i + 1..j], j + 1)),
            _ => j += 1,
        }
    }
}

/// The index after the value starting at `i`. Depth is bounded, so hostile nesting is refused
/// rather than followed.
fn skip_value(json: &[u8], i: usize, depth: u32) -> Option<usize> {
    if depth > 64 {
        return None;
    }
    match json.get(i)? {
        b'"' => string(json, i).map(|(_, next)| next),
        open @ (b'{' | b'[') => {
            let close = if *open == b'{' { b'}' } else { b']' };
            let mut j = skip_ws(json, i + 1);
            if json.get(j) == Some(&close) {
                return Some(j + 1);
            }
            loop {
                if *open == b'{' {
                    let (_, next) = string(json, j)?;
                    j = skip_ws(json, next);
                    if json.get(j) != Some(&b':') {
                        return None;
                    }
                    j = skip_ws(json, j + 1);
                }
                j = skip_ws(json, skip_value(json, j, depth + 1)?);
                match json.get(j)? {
                    b',' => j = skip_ws(json, j + 1),
                    c if *c == close => return Some(j + 1),
                    _ => return None,
                }
            }
        }
        _ => {
            let mut j = i;
            while json.get(j).is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace()) {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        base64url_encode(s.as_bytes())
    }

    fn jwt(payload: &str) -> String {
        format!("{}.{}.sig", b64(r#"{"alg":"RS256"}"#), b64(payload))
    }

    #[test]
    fn base64url_round_trips() {
        assert_eq!(base64url_encode(b"hello"), "aGVsbG8");
        assert_eq!(base64url_encode(b"{\"a\":1}"), "eyJhIjoxfQ");
        for s in ["", "a", "ab", "abc", "\u{ff}\u{fe}"] {
            assert_eq!(base64url_decode(&base64url_encode(s.as_bytes())).unwrap(), s.as_bytes());
        }
    }

    #[test]
    fn reads_exp_from_jwts() {
        assert_eq!(jwt_exp_s(&jwt(r#"{"sub":"a","exp":1795341600}"#)), Some(1_795_341_600));
        assert_eq!(
            jwt_exp_s(&jwt(r#"{ "nested": {"exp": 1}, "list": [1, {"exp": 2}], "s": "x\"exp\":3", "exp" : 42 }"#)),
            Some(42)
        );
        assert_eq!(jwt_exp_s(&jwt(r#"{"exp":1.7e9}"#)), Some(1_700_000_000));
        // Fractions are cut off, exponents move the point, and up to 13 digits are believed.
        for (exp, want) in [
            ("1795341600.9", Some(1_795_341_600)),
            ("17953416E+2", Some(1_795_341_600)),
            ("1.5e-3", Some(0)),
            ("0", Some(0)),
            ("9999999999999", Some(9_999_999_999_999)),
            ("1e13", None),
            ("0.00001e18", None),
            ("-1e3", None),
            ("1.", None),
            ("1e", None),
            ("1e99999", None),
        ] {
            assert_eq!(jwt_exp_s(&jwt(&format!(r#"{{"exp":{exp}}}"#))), want, "{exp}");
        }
    }

    #[test]
    fn anything_else_is_none_never_an_error() {
        for t in [
            "opaque-token",
            "a.b",
            "a.b.c.d",
            "x.!!!.y",
            &jwt(r#"{"sub":"a"}"#),
            &jwt(r#"{"exp":"soon"}"#),
            &jwt(r#"{"exp":-1}"#),
            &jwt(r#"{"exp":1e300}"#),
            &jwt(r#"[1,2]"#),
            &jwt(r#"{"exp":"#),
            &jwt(&"[".repeat(10_000)),
            &jwt(&format!(r#"{{"a":{}1{},"exp":5}}"#, "[".repeat(100), "]".repeat(100))),
            "",
        ] {
            assert_eq!(jwt_exp_s(t), None, "{t}");
        }
    }

    #[test]
    fn renewal_comes_before_the_earliest_expiry() {
        let now = 1_000_000;
        assert_eq!(renew_at_ms(now, None, None), None);
        assert_eq!(renew_at_ms(now, Some(3600.0), None), Some(now + 3_600_000 - 30_000));
        // Short-lived: a quarter of the lifetime.
        assert_eq!(renew_at_ms(now, Some(8.0), None), Some(now + 6_000));
        // The JWT says it expires sooner than the host does.
        assert_eq!(renew_at_ms(now, Some(3600.0), Some(now / 1000 + 60)), Some(now + 60_000 - 15_000));
        // Already expired: renew now.
        assert_eq!(renew_at_ms(now, None, Some(1)), Some(1000));
        assert_eq!(renew_at_ms(now, Some(f64::NAN), None), None);
    }
}
