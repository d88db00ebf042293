//! Web origins (`scheme://host[:port]`), parsed strictly and compared exactly.

use std::fmt;

use crate::i18n::{Locale, Localized, Msg};

/// A normalised web origin: lower-case scheme and host, default port dropped, no path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin(String);

/// Why a text is not an origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OriginError {
    Empty,
    BadScheme,
    NoHost,
    HasPath,
    BadPort,
    BadHost,
    InsecureRemote,
}

impl Localized for OriginError {
    fn localize(&self, locale: Locale) -> String {
        let msg = match self {
            OriginError::Empty => Msg::OriginEmpty,
            OriginError::BadScheme => Msg::OriginBadScheme,
            OriginError::NoHost => Msg::OriginNoHost,
            OriginError::HasPath => Msg::OriginHasPath,
            OriginError::BadPort => Msg::OriginBadPort,
            OriginError::BadHost => Msg::OriginBadHost,
            OriginError::InsecureRemote => Msg::OriginInsecureRemote,
        };
        locale.text(msg, &[])
    }
}

crate::i18n::localized_error!(OriginError);

impl Origin {
    /// Parses an origin such as `https://apps.mypurecloud.com`. A single trailing `/` is
    /// tolerated; any other path, a query, a fragment or user info is refused. Plain `http`
    /// is accepted only for loopback hosts (local development).
    pub fn parse(input: &str) -> Result<Origin, OriginError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(OriginError::Empty);
        }
        let (scheme, rest) = split_scheme(input).ok_or(OriginError::BadScheme)?;
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.contains(['/', '?', '#']) {
            return Err(OriginError::HasPath);
        }
        Self::from_parts(&scheme, authority)
    }

    /// The origin of an absolute `http(s)` URL, or `None` when the URL is not absolute
    /// (a path, a protocol-relative `//host` URL, another scheme) or its origin is invalid.
    pub fn of_url(url: &str) -> Option<Origin> {
        let (scheme, rest) = split_scheme(url.trim())?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        Self::from_parts(&scheme, &rest[..end]).ok()
    }

    fn from_parts(scheme: &str, authority: &str) -> Result<Origin, OriginError> {
        if authority.is_empty() {
            return Err(OriginError::NoHost);
        }
        if authority.contains('@') {
            return Err(OriginError::BadHost);
        }
        let (host, port) = split_port(authority)?;
        if host.is_empty() {
            return Err(OriginError::NoHost);
        }
        let host = host.to_ascii_lowercase();
        let host_ok = if host.starts_with('[') {
            host.ends_with(']')
                && host[1..host.len() - 1].chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        } else {
            host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        };
        if !host_ok {
            return Err(OriginError::BadHost);
        }
        if scheme == "http" && !is_loopback(&host) {
            return Err(OriginError::InsecureRemote);
        }
        let default_port = if scheme == "https" { 443 } else { 80 };
        Ok(Origin(match port {
            Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
            _ => format!("{scheme}://{host}"),
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host name (without port).
    pub fn host(&self) -> &str {
        let rest = &self.0[crate::util::text::find(&self.0, "://").map_or(0, |i| i + 3)..];
        match rest.rfind(':') {
            Some(i) if !rest.ends_with(']') => &rest[..i],
            _ => rest,
        }
    }

    /// `scheme://` followed by the host and port, i.e. the whole origin string, with the host
    /// name's first label swapped: `https://apps.X` → `https://api.X`.
    pub fn with_first_label(&self, from: &str, to: &str) -> Option<Origin> {
        let scheme_end = crate::util::text::find(&self.0, "://")? + 3;
        let rest = &self.0[scheme_end..];
        let tail = rest.strip_prefix(from)?.strip_prefix('.')?;
        Some(Origin(format!("{}{to}.{tail}", &self.0[..scheme_end])))
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn split_scheme(input: &str) -> Option<(String, &str)> {
    let i = crate::util::text::find(input, "://")?;
    let scheme = input[..i].to_ascii_lowercase();
    (scheme == "https" || scheme == "http").then(|| (scheme, &input[i + 3..]))
}

fn split_port(authority: &str) -> Result<(&str, Option<u16>), OriginError> {
    let colon = if authority.starts_with('[') {
        authority.find(']').and_then(|i| authority[i..].find(':').map(|j| i + j))
    } else {
        authority.rfind(':')
    };
    match colon {
        None => Ok((authority, None)),
        Some(i) => {
            let port = &authority[i + 1..];
            if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.len() > 5 {
                return Err(OriginError::BadPort);
            }
            match port.parse::<u16>() {
                Ok(p) if p > 0 => Ok((&authority[..i], Some(p))),
                _ => Err(OriginError::BadPort),
            }
        }
    }
}

/// Loopback hosts, where plain http is acceptable for local development.
pub fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.ends_with(".localhost") || host.starts_with("127.") || host == "[::1]"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises() {
        assert_eq!(Origin::parse("https://apps.mypurecloud.com").unwrap().as_str(), "https://apps.mypurecloud.com");
        assert_eq!(Origin::parse(" HTTPS://Apps.MyPureCloud.com/ ").unwrap().as_str(), "https://apps.mypurecloud.com");
        assert_eq!(Origin::parse("https://a.example:443").unwrap().as_str(), "https://a.example");
        assert_eq!(Origin::parse("https://a.example:8443").unwrap().as_str(), "https://a.example:8443");
        assert_eq!(Origin::parse("http://localhost:8000").unwrap().as_str(), "http://localhost:8000");
        assert_eq!(Origin::parse("http://127.0.0.1:80").unwrap().as_str(), "http://127.0.0.1");
        assert_eq!(Origin::parse("http://[::1]:9000").unwrap().as_str(), "http://[::1]:9000");
    }

    #[test]
    fn refuses_what_is_not_an_origin() {
        assert_eq!(Origin::parse(""), Err(OriginError::Empty));
        assert_eq!(Origin::parse("*"), Err(OriginError::BadScheme));
        assert_eq!(Origin::parse("apps.mypurecloud.com"), Err(OriginError::BadScheme));
        assert_eq!(Origin::parse("javascript://x"), Err(OriginError::BadScheme));
        assert_eq!(Origin::parse("https://a.example/path"), Err(OriginError::HasPath));
        assert_eq!(Origin::parse("https://a.example?x"), Err(OriginError::HasPath));
        assert_eq!(Origin::parse("https://"), Err(OriginError::NoHost));
        assert_eq!(Origin::parse("https://a.example:0"), Err(OriginError::BadPort));
        assert_eq!(Origin::parse("https://a.example:99999"), Err(OriginError::BadPort));
        assert_eq!(Origin::parse("https://a.example:"), Err(OriginError::BadPort));
        assert_eq!(Origin::parse("https://user@a.example"), Err(OriginError::BadHost));
        assert_eq!(Origin::parse("https://a b.example"), Err(OriginError::BadHost));
        assert_eq!(Origin::parse("http://apps.mypurecloud.com"), Err(OriginError::InsecureRemote));
    }

    #[test]
    fn origin_of_url() {
        assert_eq!(Origin::of_url("https://api.x.com/api/v2/a?b=1").unwrap().as_str(), "https://api.x.com");
        assert_eq!(Origin::of_url("https://API.x.com:443").unwrap().as_str(), "https://api.x.com");
        assert_eq!(Origin::of_url("/api/v2/a"), None);
        assert_eq!(Origin::of_url("//evil.example/api"), None);
        assert_eq!(Origin::of_url("data:text/html,hi"), None);
    }

    #[test]
    fn host_and_label_swap() {
        let o = Origin::parse("https://apps.mypurecloud.ie").unwrap();
        assert_eq!(o.host(), "apps.mypurecloud.ie");
        assert_eq!(o.with_first_label("apps", "api").unwrap().as_str(), "https://api.mypurecloud.ie");
        assert_eq!(Origin::parse("http://localhost:8000").unwrap().host(), "localhost");
        assert!(Origin::parse("https://appsx.example").unwrap().with_first_label("apps", "api").is_none());
    }
}
