//! The Genesys sign-in (CONTRACT §6): Authorization Code with PKCE, as pure functions.
//!
//! The shell brings the randomness (`crypto.getRandomValues`), the SHA-256 digest
//! (`SubtleCrypto`), `sessionStorage`, navigation and `fetch`; everything decided about them is
//! here: the verifier and state, the authorize URL, the token request, what a return to the
//! page means ([`arrive`]), and how the token endpoint's answer reads.

use crate::auth::token::base64url_encode;
use crate::auth::token::{Grant, Token};
use crate::i18n::{Locale, Localized, Msg};
use crate::net::retry::{classify, Class};
use crate::net::BaseUrl;
use crate::util::json::ReadError;
use crate::util::text::{encode_component, query_pairs};

/// `sessionStorage` keys are this prefix and the state. Nothing else is stored.
pub const STORAGE_PREFIX: &str = "crm-signin:";
/// Random bytes behind a verifier: 48 bytes are 64 characters of base64url (384 bits).
pub const VERIFIER_BYTES: usize = 48;
/// Random bytes behind a state: 24 bytes, 192 bits (CONTRACT §6 asks for at least 128).
pub const STATE_BYTES: usize = 24;
/// What the popup's redirect page posts to `window.opener` (as the Genesys SDK's own page does).
pub const POPUP_MESSAGE_NAME: &str = "gc_auth_popup";

/// A PKCE code verifier from random bytes: base64url, so it only uses `A-Z a-z 0-9 - _`, which
/// RFC 7636 allows (`A-Z a-z 0-9 - . _ ~`, 43 to 128 characters).
pub fn verifier(random: &[u8; VERIFIER_BYTES]) -> String {
    base64url_encode(random)
}

/// Whether `s` is a verifier RFC 7636 accepts.
pub fn is_verifier(s: &str) -> bool {
    (43..=128).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// The `state`: URL-safe, so it reads the same however often the login service encodes it.
///
/// It starts with when the round began (base 36 ms, then a `.`, which base64url never holds):
/// the frames of one tab see from the names of its `sessionStorage` keys alone, never their
/// values, that a round is under way (CONTRACT §10.1), and wait for it.
pub fn state(random: &[u8; STATE_BYTES], now_ms: u64) -> String {
    let mut time = String::new();
    let mut n = now_ms;
    loop {
        time.insert(0, char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    format!("{time}.{}", base64url_encode(random))
}

/// How long a round seen only from a key name counts as under way: long enough for a sign-in
/// the login service answers at once (the agent's Genesys session lives), short enough that a
/// round whose frame was closed at the login page does not hold the others up for long.
pub const KEY_ROUND_MS: u64 = 30_000;

/// Until when a round of another frame of this tab is under way, from the names of the tab's
/// `sessionStorage` keys (only the names; another frame's entry is never read).
pub fn round_under_way<'a>(keys: impl IntoIterator<Item = &'a str>, now_ms: u64) -> Option<u64> {
    keys.into_iter()
        .filter_map(|key| key.strip_prefix(STORAGE_PREFIX)?.split_once('.'))
        .filter_map(|(time, _)| u64::from_str_radix(time, 36).ok())
        .map(|started| started.saturating_add(KEY_ROUND_MS))
        .filter(|until| *until > now_ms)
        .max()
}

/// The S256 challenge from the SHA-256 digest of the verifier: base64url, no padding.
pub fn challenge(sha256_of_verifier: &[u8]) -> String {
    base64url_encode(sha256_of_verifier)
}

/// Where the frame (or the popup) goes to sign in.
pub fn authorize_url(
    login_base: &BaseUrl,
    client_id: &str,
    redirect_uri: &str,
    challenge: &str,
    state: &str,
) -> String {
    format!(
        "{}/oauth/authorize?response_type=code&client_id={}&redirect_uri={}&code_challenge={}&code_challenge_method=S256&state={}",
        login_base.as_str(),
        encode_component(client_id),
        encode_component(redirect_uri),
        encode_component(challenge),
        encode_component(state),
    )
}

pub fn token_url(login_base: &BaseUrl) -> String {
    format!("{}/oauth/token", login_base.as_str())
}

/// The form body of the code exchange. No secret: PKCE is for public clients.
pub fn token_body(code: &str, redirect_uri: &str, client_id: &str, verifier: &str) -> String {
    format!(
        "grant_type=authorization_code&code={}&redirect_uri={}&client_id={}&code_verifier={}",
        encode_component(code),
        encode_component(redirect_uri),
        encode_component(client_id),
        encode_component(verifier),
    )
}

/// What is kept in `sessionStorage` under the state between leaving and the exchange: the
/// verifier, the query the page had (`gcHostOrigin`, `gcLangTag`, … come back from it), and
/// whether this trip was for a 401.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub verifier: String,
    /// `location.search` as it was, `?` included (or empty).
    pub query: String,
    /// When the widget left because the API refused a token that had worked (ms since the
    /// epoch); `None` for a first sign-in or a renewal ahead of expiry.
    pub unauthorized_at_ms: Option<u64>,
}

impl Saved {
    /// `v1`, the verifier, the query and the 401 time (or nothing), one a line (none can hold
    /// a line break).
    pub fn encode(&self) -> String {
        let at = self.unauthorized_at_ms.map(|ms| ms.to_string()).unwrap_or_default();
        format!("v1\n{}\n{}\n{at}", self.verifier, self.query)
    }

    pub fn decode(text: &str) -> Option<Saved> {
        let mut lines = text.splitn(4, '\n');
        (lines.next()? == "v1").then_some(())?;
        let verifier = lines.next()?.to_owned();
        let query = lines.next()?.to_owned();
        let unauthorized_at_ms = match lines.next().unwrap_or("") {
            "" => None,
            digits if digits.len() <= 16 && digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse().ok(),
            _ => return None,
        };
        let query_ok = query.is_empty() || (query.starts_with('?') && !query.contains(['\n', '#']));
        (is_verifier(&verifier) && query_ok).then_some(Saved { verifier, query, unauthorized_at_ms })
    }
}

/// A new sign-in whose token the API refuses (401) this soon after a sign-in that was itself
/// made for a 401 is not followed by another: the service keeps refusing, and leaving again
/// would reload the list in a loop.
pub const REFUSED_AGAIN_WITHIN_MS: u64 = 60_000;

/// Whether a 401 may send the widget to sign in again by itself: only for a token that has
/// worked (`confirmed`), and not again within [`REFUSED_AGAIN_WITHIN_MS`] of the last trip
/// that was made for a 401.
pub fn may_leave_for_401(confirmed: bool, last_401_trip_ms: Option<u64>, now_ms: u64) -> bool {
    confirmed && last_401_trip_ms.is_none_or(|at| now_ms.saturating_sub(at) >= REFUSED_AGAIN_WITHIN_MS)
}

/// The login service's answer, as the return to `redirect_uri` carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Code {
        code: String,
        state: Option<String>,
    },
    Refused {
        error: String,
        description: Option<String>,
        state: Option<String>,
    },
    /// OAuth parameters that make no sense together (a code and an error, an empty code).
    Junk {
        state: Option<String>,
    },
}

impl Callback {
    /// The state the answer carries, if any: whose sign-in it answers.
    pub fn state(&self) -> Option<&str> {
        match self {
            Callback::Code { state, .. } | Callback::Refused { state, .. } | Callback::Junk { state } => {
                state.as_deref()
            }
        }
    }
}

/// The query parameters of an OAuth return.
const CALLBACK_KEYS: [&str; 4] = ["code", "state", "error", "error_description"];

/// Reads an OAuth return from a query string. `None` when it carries none of its parameters.
pub fn parse_callback(search: &str) -> Option<Callback> {
    let mut code = None;
    let mut state = None;
    let mut error = None;
    let mut description = None;
    for (k, v) in query_pairs(search) {
        let slot = match k.as_str() {
            "code" => &mut code,
            "state" => &mut state,
            "error" => &mut error,
            "error_description" => &mut description,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(v);
        }
    }
    let state = state.filter(|s| !s.is_empty());
    Some(match (code, error) {
        (None, None) if state.is_none() && description.is_none() => return None,
        (Some(code), None) if !code.is_empty() && !code.contains(['\r', '\n']) => Callback::Code { code, state },
        (None, Some(error)) if !error.is_empty() => {
            Callback::Refused { error, description: description.filter(|d| !d.trim().is_empty()), state }
        }
        _ => Callback::Junk { state },
    })
}

/// The query without the OAuth return's parameters (kept otherwise as it was).
pub fn strip_callback(search: &str) -> String {
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or("");
            !pair.is_empty() && !CALLBACK_KEYS.contains(&key)
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// Why the sign-in did not give a token. Each says what happened and what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum SignInError {
    /// The login service's refusal, in its own words (`error_description`, else `error`).
    Denied(String),
    UnknownState,
    NoAnswer,
    Exchange(ExchangeError),
    RefusedAtOnce,
    /// The widget's own origin, for which pop-ups must be allowed.
    PopupBlocked(String),
    Unavailable(BrowserApi),
}

/// Why the code could not be exchanged for a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeError {
    /// The login service came back with neither a code nor an error.
    Incomplete,
    /// The token endpoint could not be reached.
    Network,
    /// A refusal without a reason the widget can read.
    Status(u16),
    /// An OAuth error, in the login service's own words (`error_description`, else `error`).
    Refused { status: u16, why: String },
    /// A 2xx answer that cannot be read.
    Unreadable(ReadError),
    /// A 2xx answer without a usable bearer token.
    NoToken,
}

/// A browser feature the sign-in cannot do without, named as the API is (code, the same in
/// every language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserApi {
    /// Missing, or it refused to keep the sign-in (storage full, or blocked).
    SessionStorage,
    SubtleCrypto,
    RandomValues,
}

impl BrowserApi {
    pub fn name(self) -> &'static str {
        match self {
            BrowserApi::SessionStorage => "sessionStorage",
            BrowserApi::SubtleCrypto => "crypto.subtle",
            BrowserApi::RandomValues => "crypto.getRandomValues",
        }
    }
}

impl Localized for SignInError {
    fn localize(&self, locale: Locale) -> String {
        match self {
            SignInError::Denied(why) => locale.text(Msg::SignInDenied, &[why]),
            SignInError::UnknownState => locale.text(Msg::SignInUnknownState, &[]),
            SignInError::NoAnswer => locale.text(Msg::SignInNoAnswer, &[]),
            SignInError::Exchange(why) => locale.text(Msg::SignInExchange, &[&why.localize(locale)]),
            SignInError::RefusedAtOnce => locale.text(Msg::SignInRefusedAtOnce, &[]),
            SignInError::PopupBlocked(origin) => locale.text(Msg::SignInPopupBlocked, &[origin]),
            SignInError::Unavailable(api) => locale.text(Msg::SignInUnavailable, &[api.name()]),
        }
    }
}

impl Localized for ExchangeError {
    fn localize(&self, locale: Locale) -> String {
        match self {
            ExchangeError::Incomplete => locale.text(Msg::ExchangeIncomplete, &[]),
            ExchangeError::Network => locale.text(Msg::CauseNetwork, &[]),
            ExchangeError::Status(status) => locale.text(Msg::ExchangeStatus, &[&status.to_string()]),
            ExchangeError::Refused { status, why } => locale.text(Msg::ExchangeRefused, &[&status.to_string(), why]),
            ExchangeError::Unreadable(why) => locale.text(Msg::ExchangeUnreadable, &[&why.localize(locale)]),
            ExchangeError::NoToken => locale.text(Msg::ExchangeNoToken, &[]),
        }
    }
}

crate::i18n::localized_error!(SignInError, ExchangeError);

/// What to do now that the page has (re)started.
#[derive(Debug, Clone, PartialEq)]
pub enum Arrival {
    /// No sign-in is under way: leave for one when a token is needed.
    Fresh,
    /// Back from the login service with a code for a sign-in this tab started; the trip was
    /// for a 401 at `unauthorized_at_ms`, if that is set.
    Exchange { code: String, verifier: String, unauthorized_at_ms: Option<u64> },
    /// Back with a refusal, or with something this tab did not ask for.
    Failed(SignInError),
}

/// [`arrive`]'s decision, and the query to put back into the URL (`history.replaceState`),
/// when it must change.
#[derive(Debug, Clone, PartialEq)]
pub struct ArrivalPlan {
    pub arrival: Arrival,
    pub restore_query: Option<String>,
}

/// Decides what a page start means. `callback` is the OAuth return in the URL, if any;
/// `saved_for` finds the entry saved under a state (in the tab's storage, which same-origin
/// frames share); `pending` is the entry of the sign-in this very frame left for, if any.
/// Afterwards the shell removes this frame's entries (each is used once, or never), and no
/// other frame's.
///
/// - A code or a refusal for a saved state: exchange it, or show the refusal; the original
///   query comes back.
/// - An answer for a state this tab did not save (or none): refused, with no token request.
/// - No answer, but a sign-in was under way: the login service came back empty-handed. That is
///   an error, not a reason to leave again (no loops).
/// - Neither: a fresh start.
pub fn arrive(
    callback: Option<Callback>,
    saved_for: impl Fn(&str) -> Option<Saved>,
    pending: Option<Saved>,
) -> ArrivalPlan {
    let state = match &callback {
        None => {
            return match pending {
                None => ArrivalPlan { arrival: Arrival::Fresh, restore_query: None },
                Some(p) => {
                    ArrivalPlan { arrival: Arrival::Failed(SignInError::NoAnswer), restore_query: Some(p.query) }
                }
            };
        }
        Some(Callback::Code { state, .. } | Callback::Refused { state, .. } | Callback::Junk { state }) => state,
    };
    let Some(saved) = state.as_deref().and_then(saved_for) else {
        // Not ours. The query this tab had before it left is still its own, so it comes back;
        // the refused parameters go either way.
        return ArrivalPlan {
            arrival: Arrival::Failed(SignInError::UnknownState),
            restore_query: Some(pending.map(|p| p.query).unwrap_or_default()),
        };
    };
    let arrival = match callback {
        Some(Callback::Code { code, .. }) => {
            Arrival::Exchange { code, verifier: saved.verifier, unauthorized_at_ms: saved.unauthorized_at_ms }
        }
        Some(Callback::Refused { error, description, .. }) => {
            Arrival::Failed(SignInError::Denied(description.unwrap_or(error)))
        }
        _ => Arrival::Failed(SignInError::Exchange(ExchangeError::Incomplete)),
    };
    ArrivalPlan { arrival, restore_query: Some(saved.query) }
}

/// The token endpoint's JSON, success or OAuth error.
#[derive(Debug, Default)]
pub struct RawTokenResponse {
    pub access_token: Option<String>,
    pub token_type: Option<String>,
    pub expires_in: Option<f64>,
    pub error: Option<String>,
    pub error_description: Option<String>,
}
crate::read!(RawTokenResponse {
    access_token: "access_token",
    token_type: "token_type",
    expires_in: "expires_in",
    error: "error",
    error_description: "error_description"
});

/// Reads the token endpoint's answer: its HTTP status and its JSON (or why it was not JSON).
pub fn read_token_response(status: u16, body: Result<RawTokenResponse, ReadError>) -> Result<Grant, SignInError> {
    let fail = |e| Err(SignInError::Exchange(e));
    let success = classify(status) == Class::Success;
    let body = match body {
        Ok(b) => b,
        Err(_) if !success => return fail(ExchangeError::Status(status)),
        Err(why) => return fail(ExchangeError::Unreadable(why)),
    };
    if !success || body.error.is_some() {
        let said = |s: &Option<String>| s.as_ref().filter(|s| !s.trim().is_empty()).cloned();
        return fail(match said(&body.error_description).or(said(&body.error)) {
            Some(why) => ExchangeError::Refused { status, why },
            None => ExchangeError::Status(status),
        });
    }
    if body.token_type.as_deref().is_some_and(|t| !t.eq_ignore_ascii_case("bearer")) {
        return fail(ExchangeError::NoToken);
    }
    let token = body
        .access_token
        .filter(|t| !t.trim().is_empty() && !t.contains(['\r', '\n']))
        .ok_or(SignInError::Exchange(ExchangeError::NoToken))?;
    Ok(Grant { token: Token::new(token), expires_in_s: body.expires_in.filter(|s| s.is_finite() && *s > 0.0) })
}

/// What the popup sign-in shows the agent (`"oauthPopup": true`), as a state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Prompt {
    /// Nothing to ask.
    #[default]
    Hidden,
    /// A sign-in is needed: the button opens the popup.
    SignIn,
    /// The token is about to expire; the list stays while the agent signs in again.
    Expiring,
    /// The browser blocked the popup: allow pop-ups for this origin, then click again.
    Blocked(String),
    /// The popup was closed before it answered.
    Closed,
    /// The popup is open, or the code is being exchanged.
    Waiting,
}

impl Prompt {
    /// Whether the agent is shown something (why, and the "Sign in" button): not while hidden,
    /// nor while the popup is open (then "Connecting…" shows).
    pub fn shows(&self) -> bool {
        !matches!(self, Prompt::Hidden | Prompt::Waiting)
    }
}

/// What the popup's redirect page posts to `window.opener`: `{name, type, search, hash}`.
#[derive(Debug, Default)]
pub struct RawPopupMessage {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub search: Option<String>,
}
crate::read!(RawPopupMessage { name: "name", kind: "type", search: "search" });

impl RawPopupMessage {
    /// The OAuth return it carries, if it is a popup answer at all.
    pub fn callback(self) -> Option<Callback> {
        (self.name.as_deref() == Some(POPUP_MESSAGE_NAME) && self.kind.as_deref() == Some("message")).then_some(())?;
        parse_callback(&self.search?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prompt_shows_unless_hidden_or_waiting_for_the_popup() {
        let shown = [Prompt::SignIn, Prompt::Expiring, Prompt::Blocked("o".into()), Prompt::Closed];
        assert!(shown.iter().all(Prompt::shows));
        assert!(![Prompt::Hidden, Prompt::Waiting].iter().any(Prompt::shows));
    }

    fn base() -> BaseUrl {
        BaseUrl::parse("https://login.mypurecloud.ie").unwrap()
    }

    #[test]
    fn a_round_of_another_frame_is_seen_from_the_key_names_for_a_while() {
        let now = 1_796_000_000_000;
        let key = |started| format!("{STORAGE_PREFIX}{}", state(&[1; STATE_BYTES], started));
        let (fresh, old) = (key(now - 1_000), key(now - KEY_ROUND_MS - 1));
        assert_eq!(round_under_way([fresh.as_str(), "other", old.as_str()], now), Some(now - 1_000 + KEY_ROUND_MS));
        assert_eq!(round_under_way([old.as_str()], now), None, "an abandoned round counts no longer");
        assert_eq!(
            round_under_way(["crm-signin:no-time-here", "crm-signin:zz.x"], 0),
            Some(u64::from_str_radix("zz", 36).unwrap() + KEY_ROUND_MS)
        );
        assert_eq!(round_under_way(["theme", "crm-signin:legacy"], now), None);
    }

    #[test]
    fn verifier_and_state_from_random_bytes() {
        let v = verifier(&[0xff; VERIFIER_BYTES]);
        assert_eq!(v.len(), 64);
        assert!(is_verifier(&v));
        let s = state(&[7; STATE_BYTES], 1_796_000_000_000);
        let (time, random) = s.split_once('.').unwrap();
        assert_eq!(u64::from_str_radix(time, 36), Ok(1_796_000_000_000));
        assert_eq!(random.len(), 32, "192 random bits");
        assert!(s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'));
        assert!(!is_verifier("short"));
        assert!(!is_verifier(&"a".repeat(129)));
        assert!(!is_verifier(&format!("{}+", "a".repeat(50))));
        assert!(is_verifier(&format!("{}.~", "a".repeat(41))));
    }

    #[test]
    fn challenge_is_rfc7636s_example() {
        // RFC 7636 appendix B: the verifier below has this SHA-256 and this S256 challenge.
        let digest = [
            19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120, 173, 109, 241, 68, 86,
            110, 225, 137, 74, 203, 112, 249, 195,
        ];
        assert_eq!(challenge(&digest), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn authorize_url_has_every_parameter_encoded() {
        let url = authorize_url(&base(), "client 1", "https://w.example/crm/", "E9Mel-_", "st_ate-1");
        assert_eq!(
            url,
            "https://login.mypurecloud.ie/oauth/authorize?response_type=code&client_id=client%201\
             &redirect_uri=https%3A%2F%2Fw.example%2Fcrm%2F&code_challenge=E9Mel-_&code_challenge_method=S256&state=st_ate-1"
        );
        assert_eq!(token_url(&base()), "https://login.mypurecloud.ie/oauth/token");
    }

    #[test]
    fn token_body_is_the_form_the_contract_gives() {
        assert_eq!(
            token_body("c/1+", "https://w.example/crm/", "abc", "v-._~"),
            "grant_type=authorization_code&code=c%2F1%2B&redirect_uri=https%3A%2F%2Fw.example%2Fcrm%2F&client_id=abc&code_verifier=v-._~"
        );
    }

    #[test]
    fn saved_entries_round_trip_and_refuse_junk() {
        let saved = Saved {
            verifier: "a".repeat(64),
            query: "?gcHostOrigin=https%3A%2F%2Fapps.x&gcLangTag=de".into(),
            unauthorized_at_ms: None,
        };
        assert_eq!(Saved::decode(&saved.encode()), Some(saved));
        let empty =
            Saved { verifier: "b".repeat(43), query: String::new(), unauthorized_at_ms: Some(1_795_000_000_000) };
        assert_eq!(Saved::decode(&empty.encode()), Some(empty));
        // Three lines (no 401 time) still read; a 401 time that is not a number does not.
        assert_eq!(Saved::decode(&format!("v1\n{}\n?a=1", "a".repeat(64))).unwrap().unauthorized_at_ms, None);
        assert_eq!(Saved::decode(&format!("v1\n{}\n?a=1\nsoon", "a".repeat(64))), None);
        assert_eq!(Saved::decode(""), None);
        assert_eq!(Saved::decode("v2\naaaa\n"), None);
        assert_eq!(Saved::decode(&format!("v1\n{}\nnot-a-query", "a".repeat(64))), None);
        assert_eq!(Saved::decode("v1\nshort\n?x=1"), None);
    }

    #[test]
    fn callbacks_are_read_strictly() {
        assert_eq!(parse_callback(""), None);
        assert_eq!(parse_callback("?gcHostOrigin=x&debug=1"), None);
        assert_eq!(
            parse_callback("?code=abc&state=s1"),
            Some(Callback::Code { code: "abc".into(), state: Some("s1".into()) })
        );
        assert_eq!(
            parse_callback("?error=access_denied&error_description=The+user+said+no&state=s1"),
            Some(Callback::Refused {
                error: "access_denied".into(),
                description: Some("The user said no".into()),
                state: Some("s1".into())
            })
        );
        assert_eq!(
            parse_callback("?error=access_denied"),
            Some(Callback::Refused { error: "access_denied".into(), description: None, state: None })
        );
        assert_eq!(parse_callback("?code=abc&error=x&state=s"), Some(Callback::Junk { state: Some("s".into()) }));
        assert_eq!(parse_callback("?code=&state=s"), Some(Callback::Junk { state: Some("s".into()) }));
        assert_eq!(parse_callback("?state=s"), Some(Callback::Junk { state: Some("s".into()) }));
        // The first value counts, as everywhere else.
        assert_eq!(
            parse_callback("?code=one&code=two&state=s"),
            Some(Callback::Code { code: "one".into(), state: Some("s".into()) })
        );
    }

    #[test]
    fn stripping_keeps_every_other_parameter() {
        assert_eq!(strip_callback("?code=a&state=b"), "");
        assert_eq!(strip_callback("?gcHostOrigin=x&code=a&state=b&debug=1"), "?gcHostOrigin=x&debug=1");
        assert_eq!(strip_callback("?error=x&error_description=y&codex=1"), "?codex=1");
        assert_eq!(strip_callback(""), "");
    }

    fn saved(query: &str) -> Saved {
        Saved { verifier: "v".repeat(64), query: query.into(), unauthorized_at_ms: None }
    }

    #[test]
    fn a_401_sends_the_widget_out_once_a_minute_at_most() {
        assert!(!may_leave_for_401(false, None, 1_000_000), "a token that never worked: wait for Retry");
        assert!(may_leave_for_401(true, None, 1_000_000));
        assert!(!may_leave_for_401(true, Some(1_000_000), 1_000_000 + 59_999));
        assert!(may_leave_for_401(true, Some(1_000_000), 1_000_000 + 60_000));
    }

    #[test]
    fn a_401_trip_is_remembered_across_the_return() {
        let trip = Saved { unauthorized_at_ms: Some(42), ..saved("?q=1") };
        let plan = arrive(parse_callback("?code=c&state=s"), |_| Some(trip.clone()), None);
        assert_eq!(
            plan.arrival,
            Arrival::Exchange { code: "c".into(), verifier: "v".repeat(64), unauthorized_at_ms: Some(42) }
        );
    }

    #[test]
    fn arrival_exchanges_a_code_for_a_saved_state() {
        let plan = arrive(
            parse_callback("?code=c1&state=s1"),
            |s| (s == "s1").then(|| saved("?gcHostOrigin=h")),
            Some(saved("?gcHostOrigin=h")),
        );
        assert_eq!(
            plan.arrival,
            Arrival::Exchange { code: "c1".into(), verifier: "v".repeat(64), unauthorized_at_ms: None }
        );
        assert_eq!(plan.restore_query.as_deref(), Some("?gcHostOrigin=h"));
    }

    #[test]
    fn arrival_refuses_a_state_this_tab_did_not_save() {
        let plan = arrive(
            parse_callback("?code=c1&state=forged"),
            |s| (s == "s1").then(|| saved("?q=1")),
            Some(saved("?q=1")),
        );
        assert_eq!(plan.arrival, Arrival::Failed(SignInError::UnknownState));
        assert_eq!(plan.restore_query.as_deref(), Some("?q=1"));
        // No state at all, and nothing pending: refused, and the URL loses the parameters.
        let plan = arrive(parse_callback("?code=c1"), |_| Some(saved("?q=1")), None);
        assert_eq!(plan.arrival, Arrival::Failed(SignInError::UnknownState));
        assert_eq!(plan.restore_query.as_deref(), Some(""));
    }

    #[test]
    fn arrival_shows_a_refusal_with_its_description() {
        let plan = arrive(
            parse_callback("?error=access_denied&error_description=Denied+by+the+agent&state=s1"),
            |_| Some(saved("?a=1")),
            None,
        );
        assert_eq!(plan.arrival, Arrival::Failed(SignInError::Denied("Denied by the agent".into())));
        let plan = arrive(parse_callback("?error=access_denied&state=s1"), |_| Some(saved("")), None);
        assert_eq!(plan.arrival, Arrival::Failed(SignInError::Denied("access_denied".into())));
    }

    #[test]
    fn arrival_never_loops() {
        // Came back without any answer while a sign-in was under way: an error, not a new trip.
        let plan = arrive(None, |_| None, Some(saved("?gcHostOrigin=h")));
        assert_eq!(plan.arrival, Arrival::Failed(SignInError::NoAnswer));
        assert_eq!(plan.restore_query.as_deref(), Some("?gcHostOrigin=h"));
        let plan = arrive(None, |_| None, None);
        assert_eq!(plan, ArrivalPlan { arrival: Arrival::Fresh, restore_query: None });
    }

    fn raw(json: &str) -> Result<RawTokenResponse, ReadError> {
        crate::util::json::from_str(json)
    }

    #[test]
    fn token_answers() {
        let g =
            read_token_response(200, raw(r#"{"access_token":"t1","token_type":"bearer","expires_in":86400}"#)).unwrap();
        assert_eq!(g, Grant { token: Token::new("t1".into()), expires_in_s: Some(86400.0) });
        let g = read_token_response(200, raw(r#"{"access_token":"t1"}"#)).unwrap();
        assert_eq!(g.expires_in_s, None);
        let refused =
            |status, why: &str| Err(SignInError::Exchange(ExchangeError::Refused { status, why: why.into() }));
        let e = read_token_response(400, raw(r#"{"error":"invalid_grant","error_description":"code expired"}"#));
        assert_eq!(e, refused(400, "code expired"));
        let e = read_token_response(400, raw(r#"{"error":"invalid_grant"}"#));
        assert_eq!(e, refused(400, "invalid_grant"));
        let e = read_token_response(400, raw(r#"{"error":" ","error_description":""}"#));
        assert_eq!(e, Err(SignInError::Exchange(ExchangeError::Status(400))));
        let e = read_token_response(502, Err(ReadError::NOT_JSON));
        assert_eq!(e, Err(SignInError::Exchange(ExchangeError::Status(502))));
        let e = read_token_response(200, Err(ReadError::NOT_JSON));
        assert_eq!(e, Err(SignInError::Exchange(ExchangeError::Unreadable(ReadError::NOT_JSON))));
        let no_token = Err(SignInError::Exchange(ExchangeError::NoToken));
        assert_eq!(read_token_response(200, raw(r#"{"token_type":"bearer"}"#)), no_token);
        assert_eq!(read_token_response(200, raw(r#"{"access_token":"a\r\nb"}"#)), no_token);
        assert_eq!(read_token_response(200, raw(r#"{"access_token":"t","token_type":"mac"}"#)), no_token);
        assert_eq!(read_token_response(200, raw(r#"{"access_token":"t","error":"x"}"#)), refused(200, "x"));
    }

    #[test]
    fn exchange_errors_keep_the_services_words_and_nothing_else_in_english() {
        let e = SignInError::Exchange(ExchangeError::Refused { status: 400, why: "code expired".into() });
        assert_eq!(
            e.to_string(),
            "The sign-in could not be completed: the login service answered HTTP 400: code expired. Retry to sign in again."
        );
        assert_eq!(
            e.localize(Locale::De),
            "Die Anmeldung konnte nicht abgeschlossen werden: der Anmeldedienst antwortete mit HTTP 400: code expired. \
             Versuchen Sie es erneut, um sich wieder anzumelden."
        );
        let unreadable = SignInError::Exchange(ExchangeError::Unreadable(ReadError::NOT_JSON));
        assert_eq!(
            unreadable.localize(Locale::Fr),
            "La connexion n’a pas pu aboutir : la réponse du service de connexion est illisible : ce n’est pas du \
             JSON. Réessayez pour vous connecter à nouveau."
        );
        assert_eq!(
            SignInError::Unavailable(BrowserApi::SubtleCrypto).localize(Locale::De),
            "Dieser Browser kann sich hier nicht anmelden: crypto.subtle ist nicht verfügbar."
        );
    }

    #[test]
    fn popup_messages() {
        let m: RawPopupMessage = crate::util::json::from_str(
            r#"{"name":"gc_auth_popup","type":"message","search":"?code=c&state=s","hash":""}"#,
        )
        .unwrap();
        assert_eq!(m.callback(), Some(Callback::Code { code: "c".into(), state: Some("s".into()) }));
        let m: RawPopupMessage =
            crate::util::json::from_str(r#"{"name":"other","type":"message","search":"?code=c"}"#).unwrap();
        assert_eq!(m.callback(), None);
        let m: RawPopupMessage = crate::util::json::from_str(r#"{"name":"gc_auth_popup","type":"notify"}"#).unwrap();
        assert_eq!(m.callback(), None);
    }
}
