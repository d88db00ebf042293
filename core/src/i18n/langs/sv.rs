//! Svenska (Swedish).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interaktioner",
        Msg::ListLabel => "Interaktioner",
        Msg::Connecting => "Ansluter till Genesys Cloud…",
        Msg::Empty => "Inga interaktioner än. Nya konversationer visas här.",
        Msg::NoMatches => "Inga interaktioner matchar.",
        Msg::Retry => "Försök igen",
        Msg::Refresh => "Uppdatera",
        Msg::RefreshLabel => "Läs in interaktionerna igen från början",
        Msg::SearchLabel => "Sök kontakter",
        Msg::SearchPlaceholder => "Sök på namn eller adress",
        Msg::FilterLabel => "Filtrera efter typ",
        Msg::FilterAll => "Alla",
        Msg::Shown => "%1 visas",
        Msg::RangeLabel => "Tidsintervall",
        Msg::RangeToday => "I dag",
        Msg::RangeDays => "%1 dag|%1 dagar",
        Msg::ViewLabel => "Listvy",
        Msg::ViewByTime => "Efter tid",
        Msg::ViewByContact => "Efter kontakt",
        Msg::Filters => "Filter",
        Msg::FiltersActive => "Filter, %1 aktivt|Filter, %1 aktiva",

        // A row, its card and its group.
        Msg::UnknownContact => "Okänd kontakt",
        Msg::KindCall => "Samtal",
        Msg::KindCallback => "Återuppringning",
        Msg::KindChat => "Chatt",
        Msg::KindEmail => "E-post",
        Msg::KindMessage => "Meddelande",
        Msg::KindOther => "Interaktion",
        Msg::Queue => "Kö: %1",
        Msg::DirectionInbound => "Inkommande",
        Msg::DirectionOutbound => "Utgående",
        Msg::InProgress => "Pågår",
        Msg::Yesterday => "I går",
        Msg::OpenDetails => "Öppna i Genesys Cloud: %1",
        Msg::OpenContact => "Öppna kontaktprofil: %1",
        Msg::NewInteraction => "Ny interaktion från %1",
        Msg::CurrentInteraction => "Aktuell interaktion",
        Msg::Earlier => "%1 tidigare interaktion med den här kontakten|%1 tidigare interaktioner med den här kontakten",
        Msg::NoEarlierToday => "Inga tidigare interaktioner i dag",
        Msg::NoEarlierDays => "Inga tidigare interaktioner den senaste dagen|Inga tidigare interaktioner de senaste %1 dagarna",

        // Loading: progress and pauses.
        Msg::Loading => "Läser in…",
        Msg::LoadedOfTotal => "%1 av %2 inlästa",
        Msg::LoadedSoFar => "%1 inlästa…",
        Msg::Count => "%1 interaktion|%1 interaktioner",
        Msg::PauseRateLimited => "Tjänsten är upptagen (hastighetsbegränsning). Försöker igen om %1 s…",
        Msg::PauseRetrying => "Tjänsten svarade inte. Försöker igen om %1 s…",
        Msg::PauseOffline => "Du är offline. Listan fortsätter när anslutningen är tillbaka.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Ansluter liveuppdateringar…",
        Msg::LiveReconnecting => "Återansluter liveuppdateringar (försök %1)…",
        Msg::LiveOff => "Liveuppdateringar av",
        Msg::LiveOffline => "Offline: liveuppdateringar återupptas med nätverket",
        Msg::LiveGaveUp => "Liveuppdateringar stoppades efter flera försök. Listan fungerar fortfarande.",
        Msg::LiveReconnect => "Återanslut",

        // The sign-in prompt.
        Msg::SignInButton => "Logga in",
        Msg::SignInPrompt => "Logga in med Genesys Cloud för att se dina interaktioner.",
        Msg::SignInExpiring => "Din inloggning går snart ut. Logga in igen för att hålla listan aktuell.",
        Msg::SignInWaiting => "Loggar in på Genesys Cloud…",
        Msg::SignInPopupClosed => "Inloggningsfönstret stängdes innan inloggningen var klar. Logga in för att fortsätta.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json kunde inte läsas: %1",
        Msg::ConfigMalformed => "config.json är felaktig: %1. Rätta filen eller ta bort den för att använda standardvärdena.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins är tom, så ingen värd kan någonsin betros. Ange Genesys Cloud-ursprunget/-ursprungen, t.ex. \"https://apps.mypurecloud.com\", eller ta bort nyckeln för standardvärdena.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins-posten \"%1\" är inte ett ursprung: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" är inte en användbar URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize måste vara ett heltal från 1 till %1, inte %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs måste vara ett heltal från %1 till %2, inte %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" är inte ett OAuth-klient-id. Kopiera klient-id:t för Code Authorization-klienten från Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" är inte en absolut https://-URL (http:// endast för localhost) utan fråga eller fragment.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" är inte en användbar URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource måste vara \"interactions\" eller \"genesys\", inte \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays måste vara ett heltal från 1 till %1, inte %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Den här widgeten körs i Genesys Cloud och öppnades fristående. Lägg till den i Genesys Cloud som Client Application eller Interaction Widget med URL:en …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (se administratörsguiden i README).",
        Msg::StartupMissingHostOrigin => "Iframe-URL:en saknar parametern gcHostOrigin, så widgeten kan inte avgöra vilken värd den ska lita på. Administratören bör registrera URL:en med ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Parametern gcHostOrigin \"%1\" är inte ett ursprung: %2.",
        Msg::StartupUntrustedHost => "Värden %1 är inte betrodd i den här driftsättningen. En administratör kan lägga till den i trustedHostOrigins i config.json.",
        Msg::StartupNoApiBase => "Ingen API-adress är känd för värden %1. En administratör bör ange apiBase i config.json.",
        Msg::StartupTargetEnvMismatch => "Iframe-URL:en anger gcTargetEnv \"%1\", men värden %2 är Genesys Cloud-regionen %3. Administratören bör registrera URL:en med gcTargetEnv={{gcTargetEnv}}, som Genesys Cloud fyller i.",
        Msg::StartupNoLoginBase => "Ingen inloggningsadress är känd för värden %1. En administratör bör ange loginBase i config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 ligger inte på widgetens eget ursprung (%2). Den måste vara widgetens egen URL, så som den är registrerad på OAuth-klienten.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Värdsidan svarade inte inom %1 ms. Widgeten körs kanske inte i Genesys Cloud (eller så svarade inte dess värd): kontrollera att den öppnas från Genesys Cloud och att värdens ursprung (%2) är det i iframe-URL:ens gcHostOrigin.",
        Msg::HandshakeRefused => "Värden kunde inte ge en inloggningstoken: %1",
        Msg::HandshakeChannel => "Widgeten kunde inte kommunicera med sin värd: %1",
        Msg::ChannelNoParent => "det finns ingen överordnad ram",
        Msg::ChannelNotSent => "meddelandet till värden kunde inte skickas",
        Msg::ChannelClosed => "widgeten stängdes",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud loggade inte in dig: %1. Försök igen för att logga in på nytt.",
        Msg::SignInUnknownState => "Inloggningssvaret hör inte till en inloggning som den här fliken startade, så det avvisades. Försök igen för att logga in på nytt.",
        Msg::SignInNoAnswer => "Inloggningssidan kom tillbaka utan svar. Försök igen för att logga in på nytt; om det fortsätter bör en administratör kontrollera OAuth-klientens omdirigerings-URI.",
        Msg::SignInExchange => "Inloggningen kunde inte slutföras: %1. Försök igen för att logga in på nytt.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud avvisade den nya inloggningen direkt (HTTP 401). Försök igen för att logga in på nytt; om det fortsätter bör en administratör kontrollera OAuth-klientens roller och behörigheter.",
        Msg::SignInPopupBlocked => "Inloggningsfönstret blockerades. Tillåt popup-fönster för %1 och logga sedan in igen.",
        Msg::SignInUnavailable => "Den här webbläsaren kan inte logga in här: %1 saknas.",
        Msg::ExchangeIncomplete => "svaret från inloggningstjänsten är ofullständigt",
        Msg::ExchangeStatus => "inloggningstjänsten svarade HTTP %1",
        Msg::ExchangeRefused => "inloggningstjänsten svarade HTTP %1: %2",
        Msg::ExchangeUnreadable => "svaret från inloggningstjänsten kan inte läsas: %1",
        Msg::ExchangeNoToken => "svaret från inloggningstjänsten saknar en användbar åtkomsttoken",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Interaktionstjänsten begränsar förfrågningar och bad om att vänta %1 s, längre än widgeten väntar. Försök igen om några minuter.",
        Msg::LoadRateLimited => "Interaktionstjänsten fortsatte att begränsa förfrågningar (%1 försök). Försök igen om en minut.",
        Msg::LoadUnauthorized => "Din inloggning godtogs inte, inte ens med en ny token. Läs in Genesys Cloud igen och försök igen.",
        Msg::LoadRenewal => "En ny inloggningstoken kunde inte hämtas: %1",
        Msg::LoadForbidden => "Du har inte behörighet att se interaktioner. Be en administratör att ge behörigheten interaction:read.",
        Msg::LoadAnalyticsForbidden => "Du har inte behörighet att se dina konversationer. Be en administratör att ge analytics:conversationDetail:view eller analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Interaktionstjänsten fungerar inte (HTTP %1, %2 försök). Försök igen om en stund.",
        Msg::LoadNetwork => "Interaktionstjänsten kunde inte nås (%1 försök). Kontrollera nätverksanslutningen.",
        Msg::LoadUnexpected => "Interaktionstjänsten svarade HTTP %1, vilket widgeten inte förväntar sig. En administratör bör kontrollera apiBase i config.json.",
        Msg::LoadBadPage => "Interaktionstjänsten skickade data som widgeten inte kan läsa: %1.",
        Msg::LoadTooManyPages => "Listan stoppades efter %1 sidor, det högsta antalet för en inläsning.",
        Msg::LoadStalled => "Inläsningen stoppades innan den var klar. Läs in igen för att försöka på nytt.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "svaret är inte den förväntade sidan med interaktioner: %1",
        Msg::PageNoEntities => "svaret har ingen \"entities\"-lista",
        Msg::PageForeignNextUri => "länken till nästa sida pekar på en annan webbplats (%1), så den följdes inte",
        Msg::PageBadNextUri => "länken till nästa sida \"%1\" är inte en sökväg eller URL som widgeten kan följa",
        Msg::ReadWrongType => "%1: %2 i stället för %3",
        Msg::ReadMissing => "fältet %1 saknas",
        Msg::ReadNotJson => "det är inte JSON",
        Msg::ReadTooDeep => "den är för djupt nästlad",
        Msg::ReadUnreceived => "data kom fram ofullständigt",

        // Errors: origins.
        Msg::OriginEmpty => "den är tom",
        Msg::OriginBadScheme => "den måste börja med https:// (eller http:// för localhost)",
        Msg::OriginNoHost => "den har inget värdnamn",
        Msg::OriginHasPath => "ett ursprung har ingen sökväg, fråga eller fragment (ta bort allt efter värd och port)",
        Msg::OriginBadPort => "dess port är inte ett tal från 1 till 65535",
        Msg::OriginBadHost => "dess värdnamn innehåller tecken som ett värdnamn inte kan ha",
        Msg::OriginInsecureRemote => "okrypterad http tillåts bara för localhost; använd https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Widgeten stoppades på grund av ett internt fel: %1. Läs in igen för att försöka på nytt.",
        Msg::FaultNoAbortController => "den här webbläsaren saknar AbortController",
        Msg::FaultSignInCancelled => "inloggningen avbröts",
        Msg::CauseNetwork => "servern kunde inte nås",
    }
}
