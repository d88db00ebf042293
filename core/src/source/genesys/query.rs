//! The analytics details query's body (CONTRACT §7.2): the agent's conversations in an interval,
//! newest first, a page at a time. Written here as JSON text: the widget links no JSON writer.

use serde::Serialize;

use crate::util::text::json_string;

/// `POST /api/v2/analytics/conversations/details/query`'s body (CONTRACT §7.2). The URL is
/// the same for every page (so its CORS preflight is cached); only `paging.pageNumber` moves.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DetailsQuery {
    pub interval: String,
    pub order: &'static str,
    pub order_by: &'static str,
    pub paging: Paging,
    pub segment_filters: [SegmentFilter; 1],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Paging {
    pub page_size: u32,
    pub page_number: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentFilter {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub predicates: [Predicate; 1],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Predicate {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub dimension: &'static str,
    pub operator: &'static str,
    pub value: String,
}

impl DetailsQuery {
    /// Page 1 of the agent `me`'s conversations in `interval`, newest first.
    pub fn new(me: &str, interval: String, page_size: u32) -> DetailsQuery {
        DetailsQuery {
            interval,
            order: "desc",
            order_by: "conversationStart",
            paging: Paging { page_size, page_number: 1 },
            segment_filters: [SegmentFilter {
                kind: "and",
                predicates: [Predicate {
                    kind: "dimension",
                    dimension: "userId",
                    operator: "matches",
                    value: me.to_owned(),
                }],
            }],
        }
    }

    /// The same query for another page.
    pub fn page(&self, page_number: u32) -> DetailsQuery {
        DetailsQuery { paging: Paging { page_number, ..self.paging.clone() }, ..self.clone() }
    }

    /// The body as JSON text (written here: the widget links no JSON writer). The same as
    /// serde's output, which a test checks.
    pub fn to_json(&self) -> String {
        let [filter] = &self.segment_filters;
        let [p] = &filter.predicates;
        format!(
            r#"{{"interval":{},"order":{},"orderBy":{},"paging":{{"pageSize":{},"pageNumber":{}}},"segmentFilters":[{{"type":{},"predicates":[{{"type":{},"dimension":{},"operator":{},"value":{}}}]}}]}}"#,
            json_string(&self.interval),
            json_string(self.order),
            json_string(self.order_by),
            self.paging.page_size,
            self.paging.page_number,
            json_string(filter.kind),
            json_string(p.kind),
            json_string(p.dimension),
            json_string(p.operator),
            json_string(&p.value),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::genesys::enrichment::{BulkId, BulkIds};

    const WEEK: &str = "2026-11-24T09:00:00.000Z/2026-12-01T09:00:00.000Z";

    #[test]
    fn the_query_body_is_the_contracts() {
        let q = DetailsQuery::new("me-1", WEEK.into(), 100);
        let want = serde_json::json!({
            "interval": "2026-11-24T09:00:00.000Z/2026-12-01T09:00:00.000Z",
            "order": "desc", "orderBy": "conversationStart",
            "paging": { "pageSize": 100, "pageNumber": 1 },
            "segmentFilters": [ { "type": "and", "predicates": [
                { "type": "dimension", "dimension": "userId", "operator": "matches", "value": "me-1" } ] } ]
        });
        assert_eq!(serde_json::to_value(&q).unwrap(), want);
        // The text the widget sends is serde's, whatever the agent id holds.
        let odd = DetailsQuery::new("a\"b\\c\n\u{1}é", WEEK.into(), 25).page(4);
        let sent: serde_json::Value = serde_json::from_str(&odd.to_json()).unwrap();
        assert_eq!(sent, serde_json::to_value(&odd).unwrap());
        let ids = BulkIds { entities: vec![BulkId { id: "ec-1".into() }, BulkId { id: "x\"y".into() }] };
        let sent: serde_json::Value = serde_json::from_str(&ids.to_json()).unwrap();
        assert_eq!(sent, serde_json::to_value(&ids).unwrap());
        let page3 = serde_json::to_value(q.page(3)).unwrap();
        assert_eq!(page3["paging"]["pageNumber"], 3);
        assert_eq!(page3["interval"], want["interval"], "the same interval for every page");
    }
}
