//! One page of the interactions API (CONTRACT §4) as a plain value, and how the next page's
//! URL follows from it.

use std::collections::HashSet;

use crate::config::ApiBase;
use crate::loader::{Body, Delivery, LoadError, Request, Source, DEFAULT_MAX_PAGES};
use crate::origin::Origin;
use crate::text::{encode_component, number_text};

pub const INTERACTIONS_PATH: &str = "/api/v2/interactions";
/// A `totalCount` above this is treated as unknown rather than believed.
pub const MAX_BELIEVABLE_TOTAL: f64 = 100_000_000.0;

/// A page body as received. Unknown fields are ignored; missing optional fields are `None`.
#[derive(Debug, Default)]
pub struct RawPage {
    pub entities: Option<Vec<RawEntity>>,
    pub total_count: Option<f64>,
    pub next_page: Option<String>,
    pub next_uri: Option<String>,
}
crate::read!(RawPage { entities: "entities", total_count: "totalCount", next_page: "nextPage", next_uri: "nextUri" });

#[derive(Debug, Default)]
pub struct RawEntity {
    pub id: Option<RawId>,
    pub kind: Option<String>,
    pub routing: Option<RawRouting>,
    pub to: Option<RawParty>,
}
crate::read!(RawEntity { id: "id", kind: "type", routing: "routing", to: "to" });

/// Ids should be strings; numbers are accepted and shown as their decimal form. Anything else
/// (an object, a list, `true`) makes the row unusable, not the page: it is skipped and counted.
#[derive(Debug)]
pub enum RawId {
    Text(String),
    Number(f64),
    Other,
}

impl crate::json::FromJson for RawId {
    fn from_json(json: &crate::json::Json) -> Result<Self, String> {
        use crate::json::Json;
        Ok(match json {
            Json::Str(s) => RawId::Text(s.clone()),
            Json::Num(n) => RawId::Number(*n),
            _ => RawId::Other,
        })
    }
}

#[derive(Debug, Default)]
pub struct RawRouting {
    pub queue_id: Option<String>,
    pub queue_name: Option<String>,
    pub participant_id: Option<String>,
}
crate::read!(RawRouting { queue_id: "queueId", queue_name: "queueName", participant_id: "participantId" });

#[derive(Debug, Default)]
pub struct RawParty {
    pub address: Option<String>,
    pub name: Option<String>,
}
crate::read!(RawParty { address: "address", name: "name" });

/// The media type of an interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Call,
    Callback,
    Chat,
    Email,
    Message,
    Other(String),
}

impl Kind {
    pub fn parse(s: &str) -> Kind {
        match s.to_ascii_lowercase().as_str() {
            "call" | "voice" => Kind::Call,
            "callback" => Kind::Callback,
            "chat" => Kind::Chat,
            "email" => Kind::Email,
            "message" | "sms" => Kind::Message,
            _ => Kind::Other(s.to_owned()),
        }
    }

    /// A stable machine name, used for CSS classes and icons.
    pub fn slug(&self) -> &'static str {
        match self {
            Kind::Call => "call",
            Kind::Callback => "callback",
            Kind::Chat => "chat",
            Kind::Email => "email",
            Kind::Message => "message",
            Kind::Other(_) => "other",
        }
    }
}

/// One interaction, ready to show. The interactions API (CONTRACT §4) fills the first five
/// fields; the Genesys source (CONTRACT §7) fills the others too. What a source does not give
/// is absent, and absent fields are simply not shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Interaction {
    pub id: String,
    pub kind: Kind,
    pub name: Option<String>,
    pub address: Option<String>,
    /// The queue's name when the API gives one, else its id.
    pub queue: Option<String>,
    /// The queue to name from [`crate::list::Names`] (Genesys).
    pub queue_id: Option<String>,
    /// The external contact, whose name (from [`crate::list::Names`]) comes first (Genesys).
    pub contact_id: Option<String>,
    pub direction: Option<crate::genesys::Direction>,
    pub started_ms: Option<u64>,
    /// Still going on (no end yet).
    pub in_progress: bool,
}

impl Interaction {
    /// A row with only an id and a media type.
    pub fn new(id: String, kind: Kind) -> Interaction {
        Interaction {
            id,
            kind,
            name: None,
            address: None,
            queue: None,
            queue_id: None,
            contact_id: None,
            direction: None,
            started_ms: None,
            in_progress: false,
        }
    }

    /// What to call the contact: the name, else the address.
    pub fn display_name(&self) -> Option<&str> {
        self.name.as_deref().or(self.address.as_deref())
    }
}

/// Where the next page is, as the API said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    NextPage(String),
    NextUri(String),
}

/// A page, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub interactions: Vec<Interaction>,
    pub total_count: Option<u64>,
    pub next: Option<Cursor>,
    /// Entities dropped because they had no usable id.
    pub skipped: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("the response is not the expected interactions page: {0}")]
    NotAPage(String),
    #[error("the response has no \"entities\" list")]
    NoEntities,
    #[error("the next-page link points to another site ({0}), so it was not followed")]
    ForeignNextUri(String),
    #[error("the next-page link \"{0}\" is not a path or URL the widget can follow")]
    BadNextUri(String),
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

impl RawPage {
    pub fn into_page(self) -> Result<Page, PageError> {
        let entities = self.entities.ok_or(PageError::NoEntities)?;
        let mut interactions = Vec::with_capacity(entities.len());
        let mut skipped = 0;
        for e in entities {
            let id = match e.id {
                Some(RawId::Text(s)) if !s.is_empty() => s,
                Some(RawId::Number(n)) if n.is_finite() => number_text(n),
                _ => {
                    skipped += 1;
                    continue;
                }
            };
            let routing = e.routing.unwrap_or_default();
            let to = e.to.unwrap_or_default();
            interactions.push(Interaction {
                name: non_empty(to.name),
                address: non_empty(to.address),
                queue: non_empty(routing.queue_name).or(non_empty(routing.queue_id)),
                ..Interaction::new(id, Kind::parse(e.kind.as_deref().unwrap_or("")))
            });
        }
        let total_count =
            self.total_count.filter(|t| t.is_finite() && *t >= 0.0 && *t <= MAX_BELIEVABLE_TOTAL).map(|t| t as u64);
        let next = match (non_empty(self.next_page), non_empty(self.next_uri)) {
            (Some(c), _) => Some(Cursor::NextPage(c)),
            (None, Some(u)) => Some(Cursor::NextUri(u)),
            (None, None) => None,
        };
        Ok(Page { interactions, total_count, next, skipped })
    }
}

/// The URL of the first page.
pub fn first_page_url(base: &ApiBase, page_size: u32) -> String {
    format!("{}{INTERACTIONS_PATH}?pageSize={page_size}", base.as_str())
}

/// The URL a cursor leads to. `nextPage` is appended to the first page's URL; `nextUri` is
/// followed when it is a path or a URL on the API's own origin, and refused otherwise.
pub fn next_url(base: &ApiBase, page_size: u32, cursor: &Cursor) -> Result<String, PageError> {
    match cursor {
        Cursor::NextPage(c) => Ok(format!("{}&nextPage={}", first_page_url(base, page_size), encode_component(c))),
        Cursor::NextUri(u) => {
            let u = u.trim();
            if u.contains(['\\', '\r', '\n', '\t']) {
                return Err(PageError::BadNextUri(u.to_owned()));
            }
            if u.starts_with("//") {
                return Err(PageError::ForeignNextUri(u.to_owned()));
            }
            if u.starts_with('/') {
                return Ok(format!("{}{u}", base.origin()));
            }
            match Origin::of_url(u) {
                Some(o) if &o == base.origin() => Ok(u.to_owned()),
                Some(o) => Err(PageError::ForeignNextUri(o.to_string())),
                None if u.contains(':') => {
                    Err(PageError::ForeignNextUri(u.split(':').next().unwrap_or("").to_owned() + ":"))
                }
                None => Err(PageError::BadNextUri(u.to_owned())),
            }
        }
    }
}

/// CONTRACT §4's paging as a [`Source`]: one page after another, following `nextPage` or
/// `nextUri`, until a page has neither, a cursor repeats, or the page cap is reached.
#[derive(Debug, Clone)]
pub struct CursorSource {
    api_base: ApiBase,
    page_size: u32,
    max_pages: u32,
    /// The next page's URL; `Err` when the last page's link cannot be followed.
    next: Result<Option<String>, PageError>,
    in_flight: bool,
    /// Every URL requested by this load, to stop on a repeated cursor.
    seen: HashSet<String>,
    pages: u32,
}

impl CursorSource {
    pub fn new(api_base: ApiBase, page_size: u32) -> CursorSource {
        let first = first_page_url(&api_base, page_size);
        CursorSource {
            api_base,
            page_size,
            max_pages: DEFAULT_MAX_PAGES,
            next: Ok(Some(first)),
            in_flight: false,
            seen: HashSet::new(),
            pages: 0,
        }
    }

    pub fn with_max_pages(self, max_pages: u32) -> CursorSource {
        CursorSource { max_pages, ..self }
    }

    /// Pages received so far.
    pub fn pages(&self) -> u32 {
        self.pages
    }
}

impl Source for CursorSource {
    fn requests(&mut self, room: usize) -> Result<Vec<(u32, Request)>, LoadError> {
        let next = self.next.clone().map_err(LoadError::BadPage)?;
        match next {
            Some(url) if room > 0 && !self.in_flight => {
                if self.pages >= self.max_pages {
                    return Err(LoadError::TooManyPages(self.pages));
                }
                self.in_flight = true;
                self.seen.insert(url.clone());
                Ok(vec![(0, Request::get(url))])
            }
            _ => Ok(Vec::new()),
        }
    }

    fn answer<B: Body>(&mut self, _tag: u32, body: Result<B, String>) -> Result<Vec<Delivery>, LoadError> {
        let page = body
            .and_then(B::read::<RawPage>)
            .map_err(PageError::NotAPage)
            .and_then(RawPage::into_page)
            .map_err(LoadError::BadPage)?;
        self.in_flight = false;
        self.pages += 1;
        self.next = match &page.next {
            None => Ok(None),
            Some(cursor) => next_url(&self.api_base, self.page_size, cursor)
                // The server pointed back at a page already read: the list is complete.
                .map(|url| (!self.seen.contains(&url)).then_some(url)),
        };
        Ok(vec![Delivery::Rows(page)])
    }

    fn is_done(&self) -> bool {
        matches!(self.next, Ok(None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(json: &str) -> Result<Page, PageError> {
        serde_json::from_str::<crate::json::Json>(json)
            .map_err(|e| e.to_string())
            .and_then(|j| <RawPage as crate::json::FromJson>::from_json(&j))
            .map_err(PageError::NotAPage)?
            .into_page()
    }

    fn base() -> ApiBase {
        ApiBase::parse("https://api.example.com").unwrap()
    }

    #[test]
    fn parses_the_contract_example() {
        let p = page(
            r#"{"entities":[{"id":"c-1","type":"call","routing":{"queueId":"q-7","participantId":"p-3"},
            "to":{"address":"+15551230001","name":"Ada Lovelace"},"extra":{"deep":[1,2]}}],
            "pageSize":100,"totalCount":1234,"nextPage":"opaque-cursor"}"#,
        )
        .unwrap();
        assert_eq!(p.interactions.len(), 1);
        let i = &p.interactions[0];
        assert_eq!(i.id, "c-1");
        assert_eq!(i.kind, Kind::Call);
        assert_eq!(i.display_name(), Some("Ada Lovelace"));
        assert_eq!(i.queue.as_deref(), Some("q-7"));
        assert_eq!(p.total_count, Some(1234));
        assert_eq!(p.next, Some(Cursor::NextPage("opaque-cursor".into())));
    }

    #[test]
    fn ids_of_any_type_never_break_the_page() {
        let p = page(r#"{"entities":[{"id":{"x":1}},{"id":[1]},{"id":true},{"id":null},{"id":"ok"},{"id":12.5}]}"#)
            .unwrap();
        let ids: Vec<_> = p.interactions.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["ok", "12.5"]);
        assert_eq!(p.skipped, 4);
    }

    #[test]
    fn missing_optional_fields_never_break_a_row() {
        let p = page(r#"{"entities":[{"id":"a","to":{"address":"x@y.z"}},{"id":"b"},{"id":7},{"type":"chat"},{"id":""}],"nextPage":null}"#)
            .unwrap();
        assert_eq!(p.interactions.len(), 3);
        assert_eq!(p.interactions[0].display_name(), Some("x@y.z"));
        assert_eq!(p.interactions[1].display_name(), None);
        assert_eq!(p.interactions[1].kind, Kind::Other(String::new()));
        assert_eq!(p.interactions[2].id, "7");
        assert_eq!(p.skipped, 2);
        assert_eq!(p.next, None);
        assert_eq!(p.total_count, None);
    }

    #[test]
    fn queue_name_wins_over_id() {
        let p = page(r#"{"entities":[{"id":"a","routing":{"queueId":"q-1","queueName":"Billing"}}]}"#).unwrap();
        assert_eq!(p.interactions[0].queue.as_deref(), Some("Billing"));
    }

    #[test]
    fn malformed_bodies_are_errors() {
        assert!(matches!(page("[]"), Err(PageError::NotAPage(_))));
        assert!(matches!(page(r#"{"entities":"nope"}"#), Err(PageError::NotAPage(_))));
        assert_eq!(page(r#"{"items":[]}"#), Err(PageError::NoEntities));
    }

    #[test]
    fn absurd_totals_are_not_believed() {
        assert_eq!(page(r#"{"entities":[],"totalCount":-1}"#).unwrap().total_count, None);
        assert_eq!(page(r#"{"entities":[],"totalCount":1e300}"#).unwrap().total_count, None);
        assert_eq!(page(r#"{"entities":[],"totalCount":0}"#).unwrap().total_count, Some(0));
    }

    #[test]
    fn next_uri_is_used_when_next_page_is_absent() {
        let p = page(r#"{"entities":[],"nextUri":"/api/v2/interactions?pageSize=100&pageNumber=2"}"#).unwrap();
        assert_eq!(p.next, Some(Cursor::NextUri("/api/v2/interactions?pageSize=100&pageNumber=2".into())));
        let p = page(r#"{"entities":[],"nextPage":"c","nextUri":"/x"}"#).unwrap();
        assert_eq!(p.next, Some(Cursor::NextPage("c".into())));
    }

    #[test]
    fn urls() {
        assert_eq!(first_page_url(&base(), 100), "https://api.example.com/api/v2/interactions?pageSize=100");
        assert_eq!(
            next_url(&base(), 25, &Cursor::NextPage("a b&c".into())).unwrap(),
            "https://api.example.com/api/v2/interactions?pageSize=25&nextPage=a%20b%26c"
        );
        let prefixed = ApiBase::parse("https://proxy.example.com/genesys").unwrap();
        assert_eq!(first_page_url(&prefixed, 10), "https://proxy.example.com/genesys/api/v2/interactions?pageSize=10");
        assert_eq!(
            next_url(&base(), 25, &Cursor::NextUri("/api/v2/interactions?pageNumber=2".into())).unwrap(),
            "https://api.example.com/api/v2/interactions?pageNumber=2"
        );
        assert_eq!(
            next_url(&base(), 25, &Cursor::NextUri("https://API.example.com/api/v2/x?p=2".into())).unwrap(),
            "https://API.example.com/api/v2/x?p=2"
        );
    }

    #[test]
    fn foreign_next_uris_are_refused() {
        for u in [
            "https://evil.example/api/v2/interactions",
            "//evil.example/api",
            "http://api.example.com/api",
            "https://api.example.com:8443/api",
            "javascript:alert(1)",
        ] {
            assert!(
                matches!(next_url(&base(), 25, &Cursor::NextUri(u.into())), Err(PageError::ForeignNextUri(_))),
                "{u}"
            );
        }
        for u in ["api/v2/x", "/\\evil.example", "/a\nb"] {
            assert!(matches!(next_url(&base(), 25, &Cursor::NextUri(u.into())), Err(PageError::BadNextUri(_))), "{u}");
        }
    }
}
