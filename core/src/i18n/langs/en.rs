//! English: the one English text of every message. Errors' `Display` is this text too.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interactions",
        Msg::ListLabel => "Interactions",
        Msg::Connecting => "Connecting to Genesys Cloud…",
        Msg::Empty => "No interactions yet. New conversations will appear here.",
        Msg::NoMatches => "No interactions match.",
        Msg::Retry => "Retry",
        Msg::Refresh => "Refresh",
        Msg::RefreshLabel => "Reload the interactions from the start",
        Msg::SearchLabel => "Search contacts",
        Msg::SearchPlaceholder => "Search by name or address",
        Msg::FilterLabel => "Filter by type",
        Msg::FilterAll => "All",
        Msg::Shown => "%1 shown",
        Msg::RangeLabel => "Time range",
        Msg::RangeToday => "Today",
        Msg::RangeDays => "%1 day|%1 days",
        Msg::ViewLabel => "List view",
        Msg::ViewByTime => "By time",
        Msg::ViewByContact => "By contact",
        Msg::Filters => "Filters",
        Msg::FiltersActive => "Filters, %1 active|Filters, %1 active",

        // A row, its card and its group.
        Msg::UnknownContact => "Unknown contact",
        Msg::KindCall => "Call",
        Msg::KindCallback => "Callback",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "Email",
        Msg::KindMessage => "Message",
        Msg::KindOther => "Interaction",
        Msg::Queue => "Queue: %1",
        Msg::DirectionInbound => "Inbound",
        Msg::DirectionOutbound => "Outbound",
        Msg::InProgress => "In progress",
        Msg::Yesterday => "Yesterday",
        Msg::OpenDetails => "Open in Genesys Cloud: %1",
        Msg::OpenContact => "Open contact profile: %1",
        Msg::NewInteraction => "New interaction from %1",
        Msg::CurrentInteraction => "Current interaction",
        Msg::Earlier => "%1 earlier interaction with this contact|%1 earlier interactions with this contact",
        Msg::NoEarlierToday => "No earlier interactions today",
        Msg::NoEarlierDays => "No earlier interactions in the last day|No earlier interactions in the last %1 days",

        // Loading: progress and pauses.
        Msg::Loading => "Loading…",
        Msg::LoadedOfTotal => "Loaded %1 of %2",
        Msg::LoadedSoFar => "Loaded %1…",
        Msg::Count => "%1 interaction|%1 interactions",
        Msg::PauseRateLimited => "The service is busy (rate limit). Retrying in %1 s…",
        Msg::PauseRetrying => "The service did not answer. Retrying in %1 s…",
        Msg::PauseOffline => "You are offline. The list will continue when the connection is back.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Connecting live updates…",
        Msg::LiveReconnecting => "Reconnecting live updates (try %1)…",
        Msg::LiveOff => "Live updates off",
        Msg::LiveOffline => "Offline: live updates resume with the network",
        Msg::LiveGaveUp => "Live updates stopped after several tries. The list still works.",
        Msg::LiveReconnect => "Reconnect",

        // The sign-in prompt.
        Msg::SignInButton => "Sign in",
        Msg::SignInPrompt => "Sign in with Genesys Cloud to see your interactions.",
        Msg::SignInExpiring => "Your sign-in is about to expire. Sign in again to keep the list up to date.",
        Msg::SignInWaiting => "Signing in to Genesys Cloud…",
        Msg::SignInPopupClosed => "The sign-in window was closed before the sign-in finished. Sign in to continue.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json could not be read: %1",
        Msg::ConfigMalformed => "config.json is malformed: %1. Fix the file or remove it to use the defaults.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins is empty, so no host could ever be trusted. List the Genesys Cloud origin(s), e.g. \"https://apps.mypurecloud.com\", or remove the key for the defaults.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins entry \"%1\" is not an origin: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" is not a usable URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize must be a whole number from 1 to %1, not %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs must be a whole number from %1 to %2, not %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" is not an OAuth client id. Copy the client id of the Code Authorization client from Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" is not an absolute https:// URL (http:// only for localhost) without a query or fragment.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" is not a usable URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource must be \"interactions\" or \"genesys\", not \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays must be a whole number from 1 to %1, not %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "This widget runs inside Genesys Cloud and was opened on its own. Add it to Genesys Cloud as a Client Application or Interaction Widget with the URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (see the README's admin guide).",
        Msg::StartupMissingHostOrigin => "The iframe URL has no gcHostOrigin parameter, so the widget cannot tell which host to trust. The admin should register the URL with ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "The gcHostOrigin parameter \"%1\" is not an origin: %2.",
        Msg::StartupUntrustedHost => "The host %1 is not trusted by this deployment. An admin can add it to trustedHostOrigins in config.json.",
        Msg::StartupNoApiBase => "No API address is known for the host %1. An admin should set apiBase in config.json.",
        Msg::StartupTargetEnvMismatch => "The iframe URL says gcTargetEnv \"%1\", but the host %2 is the Genesys Cloud region %3. The admin should register the URL with gcTargetEnv={{gcTargetEnv}}, which Genesys Cloud fills in.",
        Msg::StartupNoLoginBase => "No sign-in address is known for the host %1. An admin should set loginBase in config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 is not on the widget's own origin (%2). It must be the widget's own URL, as registered on the OAuth client.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "The host page did not answer within %1 ms. The widget may not be running inside Genesys Cloud (or its host did not answer): check that it is opened from Genesys Cloud, and that the host's origin (%2) is the one in the iframe URL's gcHostOrigin.",
        Msg::HandshakeRefused => "The host could not give a sign-in token: %1",
        Msg::HandshakeChannel => "The widget could not talk to its host: %1",
        Msg::ChannelNoParent => "there is no parent frame",
        Msg::ChannelNotSent => "the message to the host could not be sent",
        Msg::ChannelClosed => "the widget was closed",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud did not sign you in: %1. Retry to sign in again.",
        Msg::SignInUnknownState => "The sign-in answer does not belong to a sign-in this tab started, so it was refused. Retry to sign in again.",
        Msg::SignInNoAnswer => "The sign-in page came back without an answer. Retry to sign in again; if it keeps happening, an admin should check the OAuth client's redirect URI.",
        Msg::SignInExchange => "The sign-in could not be completed: %1. Retry to sign in again.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud refused the new sign-in at once (HTTP 401). Retry to sign in again; if it keeps happening, an admin should check the OAuth client's roles and permissions.",
        Msg::SignInPopupBlocked => "The sign-in window was blocked. Allow pop-ups for %1, then sign in again.",
        Msg::SignInUnavailable => "This browser cannot sign in here: %1 is not available.",
        Msg::ExchangeIncomplete => "the login service's answer is incomplete",
        Msg::ExchangeStatus => "the login service answered HTTP %1",
        Msg::ExchangeRefused => "the login service answered HTTP %1: %2",
        Msg::ExchangeUnreadable => "the login service's answer cannot be read: %1",
        Msg::ExchangeNoToken => "the login service's answer has no usable access token",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "The interactions service is rate-limiting requests and asked to wait %1 s, longer than the widget waits. Try again in a few minutes.",
        Msg::LoadRateLimited => "The interactions service kept rate-limiting requests (%1 tries). Try again in a minute.",
        Msg::LoadUnauthorized => "Your sign-in was not accepted, even with a fresh token. Reload Genesys Cloud and try again.",
        Msg::LoadRenewal => "A fresh sign-in token could not be had: %1",
        Msg::LoadForbidden => "You do not have permission to see interactions. Ask an admin to grant the interaction:read permission.",
        Msg::LoadAnalyticsForbidden => "You do not have permission to see your conversations. Ask an admin to grant analytics:conversationDetail:view or analytics:agentConversationDetail:view.",
        Msg::LoadServer => "The interactions service is failing (HTTP %1, %2 tries). Try again shortly.",
        Msg::LoadNetwork => "The interactions service could not be reached (%1 tries). Check the network connection.",
        Msg::LoadUnexpected => "The interactions service answered HTTP %1, which the widget does not expect. An admin should check apiBase in config.json.",
        Msg::LoadBadPage => "The interactions service sent data the widget cannot read: %1.",
        Msg::LoadTooManyPages => "The list was stopped after %1 pages, the most one load may take.",
        Msg::LoadStalled => "The load stopped without finishing. Reload to try again.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "the response is not the expected interactions page: %1",
        Msg::PageNoEntities => "the response has no \"entities\" list",
        Msg::PageForeignNextUri => "the next-page link points to another site (%1), so it was not followed",
        Msg::PageBadNextUri => "the next-page link \"%1\" is not a path or URL the widget can follow",
        Msg::ReadWrongType => "%1: %2 where %3 was expected",
        Msg::ReadMissing => "%1 is missing",
        Msg::ReadNotJson => "it is not JSON",
        Msg::ReadTooDeep => "it is nested too deeply",
        Msg::ReadUnreceived => "the data arrived incomplete",

        // Errors: origins.
        Msg::OriginEmpty => "it is empty",
        Msg::OriginBadScheme => "it must start with https:// (or http:// for localhost)",
        Msg::OriginNoHost => "it has no host name",
        Msg::OriginHasPath => "an origin has no path, query or fragment (drop everything after the host and port)",
        Msg::OriginBadPort => "its port is not a number from 1 to 65535",
        Msg::OriginBadHost => "its host name has characters a host name cannot have",
        Msg::OriginInsecureRemote => "plain http is only allowed for localhost; use https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "The widget stopped because of an internal error: %1. Reload to try again.",
        Msg::FaultNoAbortController => "this browser has no AbortController",
        Msg::FaultSignInCancelled => "the sign-in was cancelled",
        Msg::CauseNetwork => "the server could not be reached",
    }
}
