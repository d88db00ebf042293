//! Every path the widget asks for, in one place. The dev server's mocks and the end-to-end tests
//! use these same constants, so a path can never drift between the widget and its checks.

/// CONTRACT §4: the interactions API.
pub const INTERACTIONS: &str = "/api/v2/interactions";
/// CONTRACT §7.1: the agent.
pub const USERS_ME: &str = "/api/v2/users/me";
/// CONTRACT §7.2: the agent's conversations.
pub const DETAILS_QUERY: &str = "/api/v2/analytics/conversations/details/query";
/// CONTRACT §7.4: external contacts, in bulk.
pub const BULK_CONTACTS: &str = "/api/v2/externalcontacts/bulk/contacts";
/// CONTRACT §7.4: queues by id.
pub const QUEUES: &str = "/api/v2/routing/queues";
/// Wrap-up codes by id (GENESYS-API.md §12): their names, for how rows ended.
pub const WRAPUP_CODES: &str = "/api/v2/routing/wrapupcodes";
/// CONTRACT §9.1: Notifications channels.
pub const CHANNELS: &str = "/api/v2/notifications/channels";
/// CONTRACT §6: the login service's authorize page.
pub const AUTHORIZE: &str = "/oauth/authorize";
/// CONTRACT §6: the login service's token endpoint.
pub const TOKEN: &str = "/oauth/token";

/// CONTRACT §9.1: a channel's subscriptions.
pub fn subscriptions(channel: &str) -> String {
    format!("{CHANNELS}/{}/subscriptions", crate::util::text::encode_component(channel))
}
