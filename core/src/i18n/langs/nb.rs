//! Norsk bokmål (Norwegian Bokmål).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interaksjoner",
        Msg::ListLabel => "Interaksjoner",
        Msg::Connecting => "Kobler til Genesys Cloud…",
        Msg::Empty => "Ingen interaksjoner ennå. Nye samtaler vises her.",
        Msg::NoMatches => "Ingen interaksjoner samsvarer.",
        Msg::Retry => "Prøv igjen",
        Msg::Refresh => "Oppdater",
        Msg::RefreshLabel => "Last inn interaksjonene på nytt fra starten",
        Msg::SearchLabel => "Søk i kontakter",
        Msg::SearchPlaceholder => "Søk etter navn eller adresse",
        Msg::FilterLabel => "Filtrer etter type",
        Msg::FilterAll => "Alle",
        Msg::Shown => "%1 vises",
        Msg::RangeLabel => "Tidsrom",
        Msg::RangeToday => "I dag",
        Msg::RangeDays => "%1 dag|%1 dager",
        Msg::ViewLabel => "Listevisning",
        Msg::ViewByTime => "Etter tid",
        Msg::ViewByContact => "Etter kontakt",
        Msg::Filters => "Filtre",
        Msg::FiltersActive => "Filtre, %1 aktivt|Filtre, %1 aktive",

        // A row, its card and its group.
        Msg::UnknownContact => "Ukjent kontakt",
        Msg::KindCall => "Anrop",
        Msg::KindCallback => "Tilbakeringing",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-post",
        Msg::KindMessage => "Melding",
        Msg::KindOther => "Interaksjon",
        Msg::Queue => "Kø: %1",
        Msg::DirectionInbound => "Innkommende",
        Msg::DirectionOutbound => "Utgående",
        Msg::InProgress => "Pågår",
        Msg::Yesterday => "I går",
        Msg::OpenDetails => "Åpne i Genesys Cloud: %1",
        Msg::OpenContact => "Åpne kontaktprofil: %1",
        Msg::NewInteraction => "Ny interaksjon fra %1",
        Msg::CurrentInteraction => "Gjeldende interaksjon",
        Msg::Earlier => "%1 tidligere interaksjon med denne kontakten|%1 tidligere interaksjoner med denne kontakten",
        Msg::NoEarlierToday => "Ingen tidligere interaksjoner i dag",
        Msg::NoEarlierDays => "Ingen tidligere interaksjoner den siste dagen|Ingen tidligere interaksjoner de siste %1 dagene",

        // Loading: progress and pauses.
        Msg::Loading => "Laster inn…",
        Msg::LoadedOfTotal => "Lastet inn %1 av %2",
        Msg::LoadedSoFar => "Lastet inn %1…",
        Msg::Count => "%1 interaksjon|%1 interaksjoner",
        Msg::PauseRateLimited => "Tjenesten er opptatt (hastighetsbegrensning). Prøver igjen om %1 s…",
        Msg::PauseRetrying => "Tjenesten svarte ikke. Prøver igjen om %1 s…",
        Msg::PauseOffline => "Du er frakoblet. Listen fortsetter når forbindelsen er tilbake.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Kobler til liveoppdateringer…",
        Msg::LiveReconnecting => "Kobler til liveoppdateringer på nytt (forsøk %1)…",
        Msg::LiveOff => "Liveoppdateringer av",
        Msg::LiveOffline => "Frakoblet: liveoppdateringer fortsetter når nettverket er tilbake",
        Msg::LiveGaveUp => "Liveoppdateringer stoppet etter flere forsøk. Listen fungerer fortsatt.",
        Msg::LiveReconnect => "Koble til på nytt",

        // The sign-in prompt.
        Msg::SignInButton => "Logg på",
        Msg::SignInPrompt => "Logg på med Genesys Cloud for å se interaksjonene dine.",
        Msg::SignInExpiring => "Påloggingen din utløper snart. Logg på igjen for å holde listen oppdatert.",
        Msg::SignInWaiting => "Logger på Genesys Cloud…",
        Msg::SignInPopupClosed => "Påloggingsvinduet ble lukket før påloggingen var ferdig. Logg på for å fortsette.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json kunne ikke leses: %1",
        Msg::ConfigMalformed => "config.json er ugyldig: %1. Rett filen, eller fjern den for å bruke standardverdiene.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins er tom, så ingen vert kan noen gang klareres. Oppgi Genesys Cloud-opprinnelsen(e), f.eks. \"https://apps.mypurecloud.com\", eller fjern nøkkelen for standardverdiene.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins-oppføringen \"%1\" er ikke en opprinnelse: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" er ikke en brukbar URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize må være et heltall fra 1 til %1, ikke %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs må være et heltall fra %1 til %2, ikke %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" er ikke en OAuth-klient-ID. Kopier klient-ID-en til Code Authorization-klienten fra Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" er ikke en absolutt https://-URL (http:// bare for localhost) uten spørring eller fragment.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" er ikke en brukbar URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource må være \"interactions\" eller \"genesys\", ikke \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays må være et heltall fra 1 til %1, ikke %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Denne widgeten kjører i Genesys Cloud og ble åpnet alene. Legg den til i Genesys Cloud som Client Application eller Interaction Widget med URL-en …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (se administratorveiledningen i README).",
        Msg::StartupMissingHostOrigin => "Iframe-URL-en har ingen gcHostOrigin-parameter, så widgeten kan ikke vite hvilken vert den skal stole på. Administratoren bør registrere URL-en med ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Parameteren gcHostOrigin \"%1\" er ikke en opprinnelse: %2.",
        Msg::StartupUntrustedHost => "Verten %1 er ikke klarert i denne installasjonen. En administrator kan legge den til i trustedHostOrigins i config.json.",
        Msg::StartupNoApiBase => "Ingen API-adresse er kjent for verten %1. En administrator bør angi apiBase i config.json.",
        Msg::StartupTargetEnvMismatch => "Iframe-URL-en sier gcTargetEnv \"%1\", men verten %2 er Genesys Cloud-regionen %3. Administratoren bør registrere URL-en med gcTargetEnv={{gcTargetEnv}}, som Genesys Cloud fyller ut.",
        Msg::StartupNoLoginBase => "Ingen påloggingsadresse er kjent for verten %1. En administrator bør angi loginBase i config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 er ikke på widgetens egen opprinnelse (%2). Den må være widgetens egen URL, slik den er registrert på OAuth-klienten.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Vertssiden svarte ikke innen %1 ms. Widgeten kjører kanskje ikke i Genesys Cloud (eller verten svarte ikke): kontroller at den åpnes fra Genesys Cloud, og at vertens opprinnelse (%2) er den i iframe-URL-ens gcHostOrigin.",
        Msg::HandshakeRefused => "Verten kunne ikke gi et påloggingstoken: %1",
        Msg::HandshakeChannel => "Widgeten kunne ikke kommunisere med verten sin: %1",
        Msg::ChannelNoParent => "det finnes ingen overordnet ramme",
        Msg::ChannelNotSent => "meldingen til verten kunne ikke sendes",
        Msg::ChannelClosed => "widgeten ble lukket",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud logget deg ikke på: %1. Prøv igjen for å logge på på nytt.",
        Msg::SignInUnknownState => "Påloggingssvaret tilhører ikke en pålogging denne fanen startet, så det ble avvist. Prøv igjen for å logge på på nytt.",
        Msg::SignInNoAnswer => "Påloggingssiden kom tilbake uten svar. Prøv igjen for å logge på på nytt; hvis det fortsetter, bør en administrator kontrollere OAuth-klientens omdirigerings-URI.",
        Msg::SignInExchange => "Påloggingen kunne ikke fullføres: %1. Prøv igjen for å logge på på nytt.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud avviste den nye påloggingen med en gang (HTTP 401). Prøv igjen for å logge på på nytt; hvis det fortsetter, bør en administrator kontrollere OAuth-klientens roller og tillatelser.",
        Msg::SignInPopupBlocked => "Påloggingsvinduet ble blokkert. Tillat popup-vinduer for %1, og logg deretter på igjen.",
        Msg::SignInUnavailable => "Denne nettleseren kan ikke logge på her: %1 er ikke tilgjengelig.",
        Msg::ExchangeIncomplete => "svaret fra påloggingstjenesten er ufullstendig",
        Msg::ExchangeStatus => "påloggingstjenesten svarte HTTP %1",
        Msg::ExchangeRefused => "påloggingstjenesten svarte HTTP %1: %2",
        Msg::ExchangeUnreadable => "svaret fra påloggingstjenesten kan ikke leses: %1",
        Msg::ExchangeNoToken => "svaret fra påloggingstjenesten har ikke noe brukbart tilgangstoken",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Interaksjonstjenesten begrenser forespørsler og ba om å vente %1 s, lenger enn widgeten venter. Prøv igjen om noen minutter.",
        Msg::LoadRateLimited => "Interaksjonstjenesten fortsatte å begrense forespørsler (%1 forsøk). Prøv igjen om et minutt.",
        Msg::LoadUnauthorized => "Påloggingen din ble ikke godtatt, heller ikke med et nytt token. Last inn Genesys Cloud på nytt, og prøv igjen.",
        Msg::LoadRenewal => "Et nytt påloggingstoken kunne ikke hentes: %1",
        Msg::LoadForbidden => "Du har ikke tillatelse til å se interaksjoner. Be en administrator om å gi tillatelsen interaction:read.",
        Msg::LoadAnalyticsForbidden => "Du har ikke tillatelse til å se samtalene dine. Be en administrator om å gi analytics:conversationDetail:view eller analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Interaksjonstjenesten svikter (HTTP %1, %2 forsøk). Prøv igjen om litt.",
        Msg::LoadNetwork => "Interaksjonstjenesten kunne ikke nås (%1 forsøk). Kontroller nettverkstilkoblingen.",
        Msg::LoadUnexpected => "Interaksjonstjenesten svarte HTTP %1, som widgeten ikke forventer. En administrator bør kontrollere apiBase i config.json.",
        Msg::LoadBadPage => "Interaksjonstjenesten sendte data som widgeten ikke kan lese: %1.",
        Msg::LoadTooManyPages => "Listen ble stoppet etter %1 sider, det meste én innlasting kan ta.",
        Msg::LoadStalled => "Innlastingen stoppet før den var ferdig. Last inn på nytt for å prøve igjen.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "svaret er ikke den forventede siden med interaksjoner: %1",
        Msg::PageNoEntities => "svaret har ingen \"entities\"-liste",
        Msg::PageForeignNextUri => "lenken til neste side peker til et annet nettsted (%1), så den ble ikke fulgt",
        Msg::PageBadNextUri => "lenken til neste side \"%1\" er ikke en bane eller URL widgeten kan følge",
        Msg::ReadWrongType => "%1: %2 i stedet for %3",
        Msg::ReadMissing => "feltet %1 mangler",
        Msg::ReadNotJson => "det er ikke JSON",
        Msg::ReadTooDeep => "det er nøstet for dypt",
        Msg::ReadUnreceived => "dataene kom ufullstendig fram",

        // Errors: origins.
        Msg::OriginEmpty => "den er tom",
        Msg::OriginBadScheme => "den må starte med https:// (eller http:// for localhost)",
        Msg::OriginNoHost => "den har ikke noe vertsnavn",
        Msg::OriginHasPath => "en opprinnelse har ingen bane, spørring eller fragment (fjern alt etter vert og port)",
        Msg::OriginBadPort => "porten er ikke et tall fra 1 til 65535",
        Msg::OriginBadHost => "vertsnavnet har tegn et vertsnavn ikke kan ha",
        Msg::OriginInsecureRemote => "ukryptert http er bare tillatt for localhost; bruk https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Widgeten stoppet på grunn av en intern feil: %1. Last inn på nytt for å prøve igjen.",
        Msg::FaultNoAbortController => "denne nettleseren har ikke AbortController",
        Msg::FaultSignInCancelled => "påloggingen ble avbrutt",
        Msg::CauseNetwork => "serveren kunne ikke nås",
    }
}
