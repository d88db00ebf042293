//! One page of the interactions API (CONTRACT §4) as a plain value, and how the next page's
//! URL follows from it.

use crate::util::hash::Set;

use crate::model::{believable_total, Interaction, Kind, Page};
use crate::net::{BaseUrl, Body, Origin, Request};
use crate::source::error::{LoadError, PageError};
use crate::source::loader::{Delivery, Source, DEFAULT_MAX_PAGES};
use crate::util::json::ReadError;
use crate::util::text::{encode_component, non_empty, number_text};

pub const INTERACTIONS_PATH: &str = "/api/v2/interactions";

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

impl crate::util::json::FromJson for RawId {
    fn from_json(json: &crate::util::json::Json) -> Result<Self, crate::util::json::ReadError> {
        use crate::util::json::Json;
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

/// Where the next page is, as the API said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    NextPage(String),
    NextUri(String),
}

impl RawPage {
    pub fn into_page(self) -> Result<(Page, Option<Cursor>), PageError> {
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
                name: non_empty(to.name.as_deref()),
                address: non_empty(to.address.as_deref()),
                queue: non_empty(routing.queue_name.as_deref()).or(non_empty(routing.queue_id.as_deref())),
                ..Interaction::new(id, Kind::parse(e.kind.as_deref().unwrap_or("")))
            });
        }
        let total_count = believable_total(self.total_count);
        let next = match (non_empty(self.next_page.as_deref()), non_empty(self.next_uri.as_deref())) {
            (Some(c), _) => Some(Cursor::NextPage(c)),
            (None, Some(u)) => Some(Cursor::NextUri(u)),
            (None, None) => None,
        };
        Ok((Page { interactions, total_count, skipped }, next))
    }
}

/// The URL of the first page.
pub fn first_page_url(base: &BaseUrl, page_size: u32) -> String {
    format!("{}{INTERACTIONS_PATH}?pageSize={page_size}", base.as_str())
}

/// The URL a cursor leads to. `nextPage` is appended to the first page's URL; `nextUri` is
/// followed when it is a path or a URL on the API's own origin, and refused otherwise.
pub fn next_url(base: &BaseUrl, page_size: u32, cursor: &Cursor) -> Result<String, PageError> {
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
    api_base: BaseUrl,
    page_size: u32,
    max_pages: u32,
    /// The next page's URL; `Err` when the last page's link cannot be followed.
    next: Result<Option<String>, PageError>,
    in_flight: bool,
    /// Every URL requested by this load, to stop on a repeated cursor.
    seen: Set<String>,
    pages: u32,
}

impl CursorSource {
    pub fn new(api_base: BaseUrl, page_size: u32) -> CursorSource {
        let first = first_page_url(&api_base, page_size);
        CursorSource {
            api_base,
            page_size,
            max_pages: DEFAULT_MAX_PAGES,
            next: Ok(Some(first)),
            in_flight: false,
            seen: Set::default(),
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

    fn answer<B: Body>(&mut self, _tag: u32, body: Result<B, ReadError>) -> Result<Vec<Delivery>, LoadError> {
        let (page, next) = body
            .and_then(B::read::<RawPage>)
            .map_err(PageError::NotAPage)
            .and_then(RawPage::into_page)
            .map_err(LoadError::BadPage)?;
        self.in_flight = false;
        self.pages += 1;
        self.next = match &next {
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

    fn parsed(json: &str) -> Result<(Page, Option<Cursor>), PageError> {
        serde_json::from_str::<crate::util::json::Json>(json)
            .map_err(|_| ReadError::NOT_JSON)
            .and_then(|j| <RawPage as crate::util::json::FromJson>::from_json(&j))
            .map_err(PageError::NotAPage)?
            .into_page()
    }

    fn page(json: &str) -> Result<Page, PageError> {
        parsed(json).map(|(p, _)| p)
    }

    fn next(json: &str) -> Option<Cursor> {
        parsed(json).unwrap().1
    }

    fn base() -> BaseUrl {
        BaseUrl::parse("https://api.example.com").unwrap()
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
        assert_eq!(
            next(r#"{"entities":[],"nextPage":"opaque-cursor"}"#),
            Some(Cursor::NextPage("opaque-cursor".into()))
        );
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
        assert_eq!(next(r#"{"entities":[],"nextPage":null}"#), None);
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
        let n = next(r#"{"entities":[],"nextUri":"/api/v2/interactions?pageSize=100&pageNumber=2"}"#);
        assert_eq!(n, Some(Cursor::NextUri("/api/v2/interactions?pageSize=100&pageNumber=2".into())));
        assert_eq!(next(r#"{"entities":[],"nextPage":"c","nextUri":"/x"}"#), Some(Cursor::NextPage("c".into())));
    }

    #[test]
    fn urls() {
        assert_eq!(first_page_url(&base(), 100), "https://api.example.com/api/v2/interactions?pageSize=100");
        assert_eq!(
            next_url(&base(), 25, &Cursor::NextPage("a b&c".into())).unwrap(),
            "https://api.example.com/api/v2/interactions?pageSize=25&nextPage=a%20b%26c"
        );
        let prefixed = BaseUrl::parse("https://proxy.example.com/genesys").unwrap();
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
