//! The positional text of the messages between frames: fields in a fixed order, separated by
//! one control character per level of nesting; values never hold one (written as spaces).

use crate::model::Range;

/// The separators, from the outermost level in.
pub(crate) const MESSAGE: char = '\u{1}';
pub(crate) const CHANGES: char = '\u{2}';
pub(crate) const CHANGE: char = '\u{3}';
pub(crate) const ROWS: char = '\u{4}';
pub(crate) const ROW: char = '\u{5}';

/// Writes fields joined by one separator.
pub(crate) struct Out {
    text: String,
    sep: char,
    first: bool,
}

impl Out {
    pub(crate) fn new(sep: char) -> Out {
        Out { text: String::new(), sep, first: true }
    }
    fn next(&mut self) {
        if !self.first {
            self.text.push(self.sep);
        }
        self.first = false;
    }
    /// A value, with any control character written as a space.
    pub(crate) fn str(&mut self, value: &str) -> &mut Out {
        self.next();
        self.text.extend(value.chars().map(|c| if c < ' ' { ' ' } else { c }));
        self
    }
    pub(crate) fn opt(&mut self, value: Option<&str>) -> &mut Out {
        self.str(value.unwrap_or(""))
    }
    pub(crate) fn num(&mut self, value: u64) -> &mut Out {
        self.next();
        self.text.push_str(&value.to_string());
        self
    }
    pub(crate) fn opt_num(&mut self, value: Option<u64>) -> &mut Out {
        match value {
            Some(v) => self.num(v),
            None => self.str(""),
        }
    }
    /// Text written at an inner level, as it is.
    pub(crate) fn raw(&mut self, inner: String) -> &mut Out {
        self.next();
        self.text.push_str(&inner);
        self
    }
    pub(crate) fn done(&mut self) -> String {
        std::mem::take(&mut self.text)
    }
}

/// Reads fields in order; any missing or malformed one makes the whole message unreadable.
pub(crate) struct In<'a>(std::str::Split<'a, char>);

/// Why a message does not read (it is dropped: there is no one to tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

impl<'a> In<'a> {
    pub(crate) fn new(text: &'a str, sep: char) -> In<'a> {
        In(text.split(sep))
    }
    pub(crate) fn str(&mut self) -> Result<&'a str, Unreadable> {
        self.0.next().ok_or(Unreadable)
    }
    pub(crate) fn string(&mut self) -> Result<String, Unreadable> {
        self.str().map(str::to_owned)
    }
    pub(crate) fn opt(&mut self) -> Result<Option<String>, Unreadable> {
        self.str().map(|s| (!s.is_empty()).then(|| s.to_owned()))
    }
    pub(crate) fn num(&mut self) -> Result<u64, Unreadable> {
        self.str()?.parse().map_err(|_| Unreadable)
    }
    pub(crate) fn opt_num(&mut self) -> Result<Option<u64>, Unreadable> {
        match self.str()? {
            "" => Ok(None),
            n => n.parse().map(Some).map_err(|_| Unreadable),
        }
    }
    pub(crate) fn range(&mut self) -> Result<Option<Range>, Unreadable> {
        match self.str()? {
            "all" => Ok(None),
            "today" => Ok(Some(Range::Today)),
            n => n.parse().map(|n| Some(Range::Days(n))).map_err(|_| Unreadable),
        }
    }
    /// The rest, for the level inside.
    pub(crate) fn rest(&mut self) -> Vec<&'a str> {
        self.0.by_ref().collect()
    }
    /// Nothing may be left over.
    pub(crate) fn end(&mut self) -> Result<(), Unreadable> {
        match self.0.next() {
            None => Ok(()),
            Some(_) => Err(Unreadable),
        }
    }
}
