//! JSON text straight into the tree ([`Json`]), in one pass: no JS value tree built by
//! `JSON.parse` only to be walked and copied across the wasm boundary value by value (a page of
//! a hundred conversations is thousands of such calls). Strict JSON (RFC 8259), as `JSON.parse`
//! reads it; whatever is not is [`ReadError::NOT_JSON`], and nesting deeper than [`MAX_DEPTH`]
//! is [`ReadError::TOO_DEEP`].
//!
//! Whole numbers are read here; a number with a fraction or an exponent goes to `float`, which
//! the caller passes in (the browser's `parseFloat` in the widget: Rust's float parser would
//! add kilobytes to the bundle for the few such numbers the widget meets).

use crate::util::json::{Json, ReadError};

/// How deeply a value may nest: far beyond any body the widget reads (a Genesys page nests
/// about six levels), and far below what would exhaust the stack.
pub const MAX_DEPTH: u32 = 1_000;

/// The tree of JSON `text`.
pub fn parse_text(text: &str, float: &dyn Fn(&str) -> Option<f64>) -> Result<Json, ReadError> {
    let mut p = Parser { text, s: text.as_bytes(), at: 0, float };
    let value = p.value(0)?;
    p.space();
    if p.at != p.s.len() {
        return Err(ReadError::NOT_JSON);
    }
    Ok(value)
}

struct Parser<'a> {
    /// The text, and its bytes: every cut falls on an ASCII byte, so a slice of `text` between
    /// two cuts is UTF-8 without a check.
    text: &'a str,
    s: &'a [u8],
    at: usize,
    float: &'a dyn Fn(&str) -> Option<f64>,
}

const BAD: ReadError = ReadError::NOT_JSON;

impl Parser<'_> {
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.at) {
            self.at += 1;
        }
    }

    fn next(&mut self) -> Result<u8, ReadError> {
        let b = *self.s.get(self.at).ok_or(BAD)?;
        self.at += 1;
        Ok(b)
    }

    fn word(&mut self, word: &[u8], value: Json) -> Result<Json, ReadError> {
        if self.s[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(BAD)
        }
    }

    /// After white space, the byte `b`.
    fn expect(&mut self, b: u8) -> Result<(), ReadError> {
        self.space();
        if self.next()? == b {
            Ok(())
        } else {
            Err(BAD)
        }
    }

    /// At `[` or `{`: the items up to `close`, separated by commas, each read by `item`.
    fn items(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Result<(), ReadError>) -> Result<(), ReadError> {
        self.at += 1;
        self.space();
        if self.s.get(self.at) == Some(&close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            self.space();
            match self.next()? {
                b',' => {}
                b if b == close => return Ok(()),
                _ => return Err(BAD),
            }
        }
    }

    fn value(&mut self, depth: u32) -> Result<Json, ReadError> {
        self.space();
        match self.s.get(self.at).ok_or(BAD)? {
            b'{' | b'[' if depth >= MAX_DEPTH => Err(ReadError::TOO_DEEP),
            b'{' => {
                let mut fields = Vec::new();
                self.items(b'}', |p| {
                    p.expect(b'"')?;
                    let key = p.string()?;
                    p.expect(b':')?;
                    fields.push((key, p.value(depth + 1)?));
                    Ok(())
                })?;
                Ok(Json::Obj(fields))
            }
            b'[' => {
                let mut items = Vec::new();
                self.items(b']', |p| {
                    items.push(p.value(depth + 1)?);
                    Ok(())
                })?;
                Ok(Json::Arr(items))
            }
            b'"' => {
                self.at += 1;
                self.string().map(Json::Str)
            }
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'n' => self.word(b"null", Json::Null),
            _ => self.number(),
        }
    }

    /// After the opening quote, up to and past the closing one.
    fn string(&mut self) -> Result<String, ReadError> {
        let mut out = String::new();
        loop {
            let start = self.at;
            // Plain bytes up to a quote, a backslash or a control character (not allowed raw).
            while let Some(&b) = self.s.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.next()? {
                b'"' => return Ok(out),
                b'\\' => {}
                _ => return Err(BAD),
            }
            let c = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let mut unit = self.hex4()?;
                    loop {
                        if !(0xD800..0xDC00).contains(&unit) {
                            break char::from_u32(unit).unwrap_or('\u{FFFD}');
                        }
                        // A high surrogate: a pair with the low one that follows. A lone half
                        // is U+FFFD, as a JS string holding one reads in Rust; another high one
                        // may start a pair of its own.
                        if !self.s[self.at..].starts_with(b"\\u") {
                            break '\u{FFFD}';
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if (0xDC00..0xE000).contains(&low) {
                            break char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)).ok_or(BAD)?;
                        }
                        out.push('\u{FFFD}');
                        unit = low;
                    }
                }
                _ => return Err(BAD),
            };
            out.push(c);
        }
    }

    fn hex4(&mut self) -> Result<u32, ReadError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = (self.next()? as char).to_digit(16).ok_or(BAD)?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    fn number(&mut self) -> Result<Json, ReadError> {
        let start = self.at;
        let digits = |p: &mut Parser| {
            let from = p.at;
            while p.s.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at - from
        };
        let negative = self.s.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        let int_len = digits(self);
        if int_len == 0 || (int_len > 1 && self.s[int_start] == b'0') {
            return Err(BAD);
        }
        let mut whole = true;
        if self.s.get(self.at) == Some(&b'.') {
            self.at += 1;
            whole = false;
            if digits(self) == 0 {
                return Err(BAD);
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.at) {
            self.at += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.s.get(self.at) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(BAD);
            }
        }
        // Up to 15 digits are exact in an f64; longer ones go to the float reader as well.
        if whole && int_len <= 15 {
            let n = self.s[int_start..self.at].iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0')) as f64;
            return Ok(Json::Num(if negative { -n } else { n }));
        }
        (self.float)(&self.text[start..self.at]).filter(|n| n.is_finite()).map(Json::Num).ok_or(BAD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Json, ReadError> {
        parse_text(text, &|s| s.parse().ok())
    }

    #[test]
    fn it_reads_what_json_parse_reads() {
        let text = r#" {"a": [1, -2, 3.5e2, 0, -0.25, true, false, null], "b\u00e9\"\\\/\b\f\n\r\t": "x\ud83d\ude00y", "c": {}} "#;
        let expected: Json = serde_json::from_str(text).unwrap();
        assert_eq!(parse(text), Ok(expected));
        assert_eq!(parse("123456789012345678"), Ok(Json::Num(123456789012345678.0)));
        assert_eq!(parse("\"\\ud83d\""), Ok(Json::Str("\u{FFFD}".into())), "a lone surrogate");
        assert_eq!(
            parse("\"\\ud800\\ud83d\\ude00\""),
            Ok(Json::Str("\u{FFFD}\u{1F600}".into())),
            "a lone high half, then a pair"
        );
        assert_eq!(parse("\"日本語 العربية\""), Ok(Json::Str("日本語 العربية".into())));
    }

    #[test]
    fn what_is_not_strict_json_is_not_json() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "+1",
            "1e",
            "'a'",
            "\"a",
            "\"\u{1}\"",
            "tru",
            "nul",
            "[1] x",
            "{a:1}",
            "\"\\x\"",
            "\"\\u12G4\"",
            "NaN",
            "1e999",
        ] {
            assert_eq!(parse(text), Err(ReadError::NOT_JSON), "{text:?}");
        }
        assert_eq!(parse(&"[".repeat(2_000)), Err(ReadError::TOO_DEEP));
    }
}
