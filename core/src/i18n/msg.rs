//! Every message the widget shows, by meaning. Each language says each one (`langs/*.rs`, an
//! exhaustive `match`); English's texts (`langs/en.rs`) tell what each message is for and which
//! arguments it takes.

/// Declares [`Msg`] and [`Msg::ALL`] from one list, so the two cannot drift apart.
macro_rules! messages {
    ($($m:ident,)*) => {
        /// Every message. Grouped by meaning; this order is also the order of the fetched
        /// catalogs (`i18n/*.json`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg {
            $($m,)*
        }

        impl Msg {
            /// How many messages there are.
            pub const COUNT: usize = [$(Msg::$m,)*].len();
            /// Every message, in declaration order: the order of the fetched catalogs.
            pub const ALL: [Msg; Msg::COUNT] = [$(Msg::$m,)*];
        }
    };
}

messages! {
    // The list and its controls.
    Title, ListLabel, Connecting, Empty, NoMatches, Retry, Refresh, RefreshLabel, SearchLabel, SearchPlaceholder,
    FilterLabel, FilterAll, Shown, RangeLabel, RangeToday, RangeDays, ViewLabel, ViewByTime, ViewByContact,
    Filters, FiltersActive,

    // A row, its card and its group.
    UnknownContact, KindCall, KindCallback, KindChat, KindEmail, KindMessage, KindOther, Queue, DirectionInbound,
    DirectionOutbound, InProgress, Yesterday, OpenDetails, OpenContact, NewInteraction, CurrentInteraction, Earlier,
    NoEarlierToday, NoEarlierDays,

    // Loading: progress and pauses.
    Loading, LoadedOfTotal, LoadedSoFar, Count, PauseRateLimited, PauseRetrying, PauseOffline,

    // Live updates.
    LiveOn, LiveConnecting, LiveReconnecting, LiveOff, LiveOffline, LiveGaveUp, LiveReconnect,

    // The sign-in prompt.
    SignInButton, SignInPrompt, SignInExpiring, SignInWaiting, SignInPopupClosed,

    // Errors: config.json.
    ConfigUnreadable, ConfigMalformed, ConfigNoTrustedOrigins, ConfigBadTrustedOrigin, ConfigBadApiBase,
    ConfigBadPageSize, ConfigBadHandshakeTimeout, ConfigBadOAuthClientId, ConfigBadRedirectUri, ConfigBadLoginBase,
    ConfigBadDataSource, ConfigBadHistoryDays,

    // Errors: start-up.
    StartupNotFramed, StartupMissingHostOrigin, StartupBadHostOrigin, StartupUntrustedHost, StartupNoApiBase,
    StartupTargetEnvMismatch, StartupNoLoginBase, StartupRedirectElsewhere,

    // Errors: the host's token.
    HandshakeTimeout, HandshakeRefused, HandshakeChannel, ChannelNoParent, ChannelNotSent, ChannelClosed,

    // Errors: the sign-in.
    SignInDenied, SignInUnknownState, SignInNoAnswer, SignInExchange, SignInRefusedAtOnce, SignInPopupBlocked,
    SignInUnavailable, ExchangeIncomplete, ExchangeStatus, ExchangeRefused, ExchangeUnreadable, ExchangeNoToken,

    // Errors: the load.
    LoadRateLimitTooLong, LoadRateLimited, LoadUnauthorized, LoadRenewal, LoadForbidden, LoadAnalyticsForbidden,
    LoadServer, LoadNetwork, LoadUnexpected, LoadBadPage, LoadTooManyPages, LoadStalled,

    // Errors: a page, and reading JSON.
    PageNotAPage, PageNoEntities, PageForeignNextUri, PageBadNextUri, ReadWrongType, ReadMissing, ReadNotJson,
    ReadTooDeep, ReadUnreceived,

    // Errors: origins.
    OriginEmpty, OriginBadScheme, OriginNoHost, OriginHasPath, OriginBadPort, OriginBadHost, OriginInsecureRemote,

    // Errors: the widget itself, and causes several errors share.
    Internal, FaultNoAbortController, FaultSignInCancelled, CauseNetwork,
}

impl Msg {
    /// Whether this message has plural forms (`one|other`…, one per category of
    /// [`crate::i18n::Locale::plural_forms`]), said with [`crate::i18n::Locale::count`].
    pub fn is_plural(self) -> bool {
        matches!(self, Msg::RangeDays | Msg::Earlier | Msg::Count | Msg::FiltersActive | Msg::NoEarlierDays)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_message_once_in_order() {
        // `ALL[i]` is message `i`, so the catalogs' positions are the messages' own numbers, and
        // every message is in `ALL` exactly once.
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i, "{m:?}");
        }
        assert_eq!(Msg::ALL.len(), Msg::COUNT);
        let mut seen = [false; Msg::COUNT];
        for m in Msg::ALL {
            assert!(!std::mem::replace(&mut seen[m as usize], true), "{m:?} twice");
        }
        assert!(seen.iter().all(|s| *s));
    }
}
