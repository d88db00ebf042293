//! The vocabulary of HTTP as the core speaks it: a request to make, what came of it, and a body
//! to read. No I/O: the shell's transport sends requests and reports outcomes.

use crate::util::json::ReadError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
        }
    }
}

/// One request to make with the current bearer token. A `body` is JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub body: Option<String>,
}

impl Request {
    pub fn get(url: String) -> Request {
        Request { method: Method::Get, url, body: None }
    }

    pub fn post(url: String, body: String) -> Request {
        Request { method: Method::Post, url, body: Some(body) }
    }
}

/// A 2xx body as a JSON tree (the shell reads its text with [`crate::util::json_text`]; tests
/// with serde_json), read into whatever type the source expects.
pub trait Body: Sized {
    fn json(self) -> Result<crate::util::json::Json, ReadError>;

    /// The body read into `T`, field by field ([`crate::util::json`]).
    fn read<T: crate::util::json::FromJson>(self) -> Result<T, ReadError> {
        T::from_json(&self.json()?)
    }
}

/// What came of a request.
#[derive(Debug)]
pub enum Outcome<B> {
    /// An HTTP response. `body` is read only for 2xx responses: the body, or why it could not
    /// be had.
    Response { status: u16, retry_after: Option<String>, body: Option<Result<B, ReadError>> },
    /// No response at all (offline, DNS, CORS, connection reset). `message` is the browser's
    /// own words: for debugging, never put into a translated sentence.
    Network { message: String },
}

/// A body that is a JSON tree already (tests, and bodies read before the source sees them).
impl Body for crate::util::json::Json {
    fn json(self) -> Result<crate::util::json::Json, ReadError> {
        Ok(self)
    }
}
