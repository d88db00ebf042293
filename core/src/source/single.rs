//! One request as a source, so that a request that is not a page (a Notifications channel, a
//! subscription) meets the same rules as every other: 429 and `Retry-After`, 401 and one
//! renewal, bounded tries with backoff. Its answer is delivered as the JSON it is.

use crate::net::{Body, Request};
use crate::source::error::{LoadError, PageError};
use crate::source::loader::{Delivery, Source};
use crate::util::json::ReadError;

#[derive(Debug, Clone)]
pub struct Single {
    request: Option<Request>,
    answered: bool,
}

impl Single {
    pub fn new(request: Request) -> Single {
        Single { request: Some(request), answered: false }
    }
}

impl Source for Single {
    fn requests(&mut self, _room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        Ok(self.request.take().map(|r| vec![(0, r)]).unwrap_or_default())
    }

    fn answer<B: Body>(&mut self, _tag: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
        let json = body.and_then(B::json).map_err(|e| LoadError::BadPage(PageError::NotAPage(e)))?;
        self.answered = true;
        Ok(vec![Delivery::Body(json)])
    }

    fn is_done(&self) -> bool {
        self.answered
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::retry::RetryPolicy;
    use crate::source::loader::{Loader, Step};
    use crate::testing::{json, ok, status, throttled};

    fn request() -> Request {
        Request::get("https://api.example.com/x".into())
    }

    #[test]
    fn one_request_with_the_loaders_rules() {
        let mut l = Loader::new(Single::new(request()), RetryPolicy::default());
        let Step::Fetch(t) = l.step() else { panic!() };
        assert!(l.outcome(t[0].id, throttled("2"), 0, 0.5).is_empty());
        assert!(matches!(l.step(), Step::Wait { ms: 2000, .. }), "Retry-After is honoured");
        let Step::Fetch(t) = l.waited() else { panic!() };
        assert!(l.outcome(t[0].id, status(401), 0, 0.5).is_empty());
        assert_eq!(l.step(), Step::RenewToken, "a 401 renews the token");
        let Step::Fetch(t) = l.renewed() else { panic!() };
        assert_eq!(l.outcome(t[0].id, ok(r#"{"id":"ch-1"}"#), 0, 0.5), [Delivery::Body(json(r#"{"id":"ch-1"}"#))]);
        assert_eq!(l.step(), Step::Done);
    }
}
