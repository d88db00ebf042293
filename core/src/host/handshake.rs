//! The token handshake with the host frame (CONTRACT §3): message shapes, origin checks,
//! request-id correlation. The shell does the `postMessage` and the timer.

use serde::Serialize;

use crate::auth::token::{Grant, Token};
use crate::i18n::{Locale, Localized, Msg};
use crate::net::origin::Origin;

pub const PROTOCOL: u32 = 1;
pub const HANDSHAKE_TYPE: &str = "appfoundry.handshake";
pub const TOKEN_TYPE: &str = "appfoundry.token";
pub const ERROR_TYPE: &str = "appfoundry.error";

/// Widget → host.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HandshakeRequest {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(rename = "requestId")]
    pub request_id: String,
    pub protocol: u32,
}

impl HandshakeRequest {
    pub fn new(request_id: String) -> Self {
        HandshakeRequest { kind: HANDSHAKE_TYPE, request_id, protocol: PROTOCOL }
    }
}

/// Host → widget, as received: any JSON object. Fields are checked in [`RawHostMessage::parse`].
#[derive(Debug, Default)]
pub struct RawHostMessage {
    pub kind: Option<String>,
    pub request_id: Option<String>,
    pub jwt: Option<String>,
    pub expires_in: Option<f64>,
    pub message: Option<String>,
}
crate::read!(RawHostMessage {
    kind: "type",
    request_id: "requestId",
    jwt: "jwt",
    expires_in: "expiresIn",
    message: "message"
});

/// Host → widget, understood.
#[derive(Debug, Clone, PartialEq)]
pub enum HostMessage {
    /// An answer to a handshake (`request_id` set) or a pushed rotation (`None`).
    Token { request_id: Option<String>, grant: Grant },
    /// The host cannot give a token, for the reason in `message` (its own words; empty: none).
    Error { request_id: Option<String>, message: String },
}

/// Why a message from the trusted host was not understood. Such messages are ignored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("not a handshake message")]
    NotOurs(Option<String>),
    #[error("a token message without a usable jwt")]
    NoToken,
}

impl RawHostMessage {
    pub fn parse(self) -> Result<HostMessage, MessageError> {
        match self.kind.as_deref() {
            Some(TOKEN_TYPE) => {
                let jwt = self.jwt.filter(|t| !t.trim().is_empty() && !t.contains(['\r', '\n']));
                let token = jwt.ok_or(MessageError::NoToken)?;
                let expires_in_s = self.expires_in.filter(|s| s.is_finite() && *s > 0.0);
                Ok(HostMessage::Token {
                    request_id: self.request_id,
                    grant: Grant { token: Token::new(token), expires_in_s },
                })
            }
            Some(ERROR_TYPE) => Ok(HostMessage::Error {
                request_id: self.request_id,
                // No reason is an empty one; the sentence on screen shows it as "—".
                message: self.message.unwrap_or_default(),
            }),
            _ => Err(MessageError::NotOurs(self.kind)),
        }
    }
}

/// The one check made before a message is even parsed: it must come from the parent frame
/// and from exactly the trusted host origin.
pub fn accepts(event_origin: &str, from_parent: bool, host: &Origin) -> bool {
    from_parent && event_origin == host.as_str()
}

/// Hands out request ids `r-1`, `r-2`, …
#[derive(Debug, Default)]
pub struct RequestIds {
    last: u64,
}

impl RequestIds {
    pub fn next_id(&mut self) -> String {
        self.last += 1;
        format!("r-{}", self.last)
    }
}

/// Why no token could be had from the host.
#[derive(Debug, Clone, PartialEq)]
pub enum HandshakeError {
    Timeout {
        ms: u32,
        origin: Origin,
    },
    /// The host's own reason, in its own words (empty: it gave none).
    Refused(String),
    Channel(ChannelError),
}

/// Why the widget could not talk to its host at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelError {
    /// The widget is not in a frame after all.
    NoParent,
    /// `postMessage` to the parent failed.
    NotSent,
    /// The widget was closed while it waited.
    Closed,
}

impl Localized for HandshakeError {
    fn localize(&self, locale: Locale) -> String {
        match self {
            HandshakeError::Timeout { ms, origin } => {
                locale.text(Msg::HandshakeTimeout, &[&ms.to_string(), origin.as_str()])
            }
            HandshakeError::Refused(why) => {
                let why = if why.trim().is_empty() { "—" } else { why };
                locale.text(Msg::HandshakeRefused, &[why])
            }
            HandshakeError::Channel(why) => locale.text(Msg::HandshakeChannel, &[&why.localize(locale)]),
        }
    }
}

impl Localized for ChannelError {
    fn localize(&self, locale: Locale) -> String {
        let msg = match self {
            ChannelError::NoParent => Msg::ChannelNoParent,
            ChannelError::NotSent => Msg::ChannelNotSent,
            ChannelError::Closed => Msg::ChannelClosed,
        };
        locale.text(msg, &[])
    }
}

crate::i18n::localized_error!(HandshakeError, ChannelError);

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> RawHostMessage {
        crate::util::json::from_str(json).unwrap()
    }

    #[test]
    fn request_serialises_as_contract_says() {
        let v = serde_json::to_value(HandshakeRequest::new("r-1".into())).unwrap();
        assert_eq!(v, serde_json::json!({"type":"appfoundry.handshake","requestId":"r-1","protocol":1}));
    }

    #[test]
    fn parses_answers_and_pushes() {
        let m = raw(r#"{"type":"appfoundry.token","requestId":"r-1","jwt":"abc","expiresIn":3600}"#).parse().unwrap();
        assert_eq!(
            m,
            HostMessage::Token {
                request_id: Some("r-1".into()),
                grant: Grant { token: Token::new("abc".into()), expires_in_s: Some(3600.0) }
            }
        );
        let m = raw(r#"{"type":"appfoundry.token","jwt":"opaque-not-a-jwt"}"#).parse().unwrap();
        assert!(matches!(m, HostMessage::Token { request_id: None, grant: Grant { expires_in_s: None, .. } }));
        let m = raw(r#"{"type":"appfoundry.error","requestId":"r-2","message":"no session"}"#).parse().unwrap();
        assert_eq!(m, HostMessage::Error { request_id: Some("r-2".into()), message: "no session".into() });
    }

    #[test]
    fn ignores_what_is_not_ours_or_unusable() {
        assert_eq!(raw(r#"{"purecloudEventType":"appLifecycleHook"}"#).parse(), Err(MessageError::NotOurs(None)));
        assert!(raw(r#"{"type":"appfoundry.token","requestId":"r-1"}"#).parse().is_err());
        assert!(raw(r#"{"type":"appfoundry.token","jwt":"  "}"#).parse().is_err());
        assert!(raw(r#"{"type":"appfoundry.token","jwt":"a\r\nX-Evil: 1"}"#).parse().is_err());
        let m = raw(r#"{"type":"appfoundry.token","jwt":"t","expiresIn":-5}"#).parse().unwrap();
        assert!(matches!(m, HostMessage::Token { grant: Grant { expires_in_s: None, .. }, .. }));
    }

    #[test]
    fn origin_and_source_must_both_match() {
        let host = Origin::parse("https://apps.mypurecloud.com").unwrap();
        assert!(accepts("https://apps.mypurecloud.com", true, &host));
        assert!(!accepts("https://apps.mypurecloud.com", false, &host));
        assert!(!accepts("https://evil.example", true, &host));
        assert!(!accepts("https://apps.mypurecloud.com.evil.example", true, &host));
        assert!(!accepts("null", true, &host));
    }

    #[test]
    fn token_debug_is_redacted() {
        let t = Token::new("secret-value".into());
        assert!(!format!("{t:?}").contains("secret"));
        let g = Grant { token: t, expires_in_s: None };
        assert!(!format!("{g:?}").contains("secret"));
    }

    #[test]
    fn request_ids_are_unique() {
        let mut ids = RequestIds::default();
        assert_eq!(ids.next_id(), "r-1");
        assert_eq!(ids.next_id(), "r-2");
    }
}
