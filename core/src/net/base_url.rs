//! Base URLs of the services the widget talks to.

use crate::net::origin::{Origin, OriginError};

/// A service's base URL (the REST API, the login service): an origin plus an optional path
/// prefix, without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    base: String,
    origin: Origin,
}

impl BaseUrl {
    pub fn parse(input: &str) -> Result<BaseUrl, OriginError> {
        let input = input.trim().trim_end_matches('/');
        if input.contains(['?', '#']) {
            return Err(OriginError::HasPath);
        }
        let origin = Origin::of_url(input).ok_or_else(|| match Origin::parse(input) {
            Err(e) => e,
            Ok(_) => OriginError::BadScheme,
        })?;
        let path_start =
            crate::util::text::find(input, "://").map(|i| i + 3).and_then(|s| input[s..].find('/').map(|p| s + p));
        let path = path_start.map_or("", |p| &input[p..]);
        Ok(BaseUrl { base: format!("{}{}", origin, path), origin })
    }

    pub fn from_origin(origin: Origin) -> BaseUrl {
        BaseUrl { base: origin.to_string(), origin }
    }

    pub fn as_str(&self) -> &str {
        &self.base
    }

    pub fn origin(&self) -> &Origin {
        &self.origin
    }
}
