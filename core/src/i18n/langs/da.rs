//! Dansk (Danish).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interaktioner",
        Msg::ListLabel => "Interaktioner",
        Msg::Connecting => "Forbinder til Genesys Cloud…",
        Msg::Empty => "Ingen interaktioner endnu. Nye samtaler vises her.",
        Msg::NoMatches => "Ingen interaktioner matcher.",
        Msg::Retry => "Prøv igen",
        Msg::Refresh => "Opdater",
        Msg::RefreshLabel => "Indlæs interaktionerne igen fra starten",
        Msg::SearchLabel => "Søg i kontakter",
        Msg::SearchPlaceholder => "Søg efter navn eller adresse",
        Msg::FilterLabel => "Filtrer efter type",
        Msg::FilterAll => "Alle",
        Msg::Shown => "%1 vist",
        Msg::RangeLabel => "Tidsperiode",
        Msg::RangeToday => "I dag",
        Msg::RangeDays => "%1 dag|%1 dage",
        Msg::ViewLabel => "Listevisning",
        Msg::ViewByTime => "Efter tid",
        Msg::ViewByContact => "Efter kontakt",
        Msg::Filters => "Filtre",
        Msg::FiltersActive => "Filtre, %1 aktivt|Filtre, %1 aktive",

        // A row, its card and its group.
        Msg::UnknownContact => "Ukendt kontakt",
        Msg::KindCall => "Opkald",
        Msg::KindCallback => "Tilbagekald",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-mail",
        Msg::KindMessage => "Besked",
        Msg::KindOther => "Interaktion",
        Msg::Queue => "Kø: %1",
        Msg::DirectionInbound => "Indgående",
        Msg::DirectionOutbound => "Udgående",
        Msg::InProgress => "I gang",
        Msg::Yesterday => "I går",
        Msg::OpenDetails => "Åbn i Genesys Cloud: %1",
        Msg::OpenContact => "Åbn kontaktprofil: %1",
        Msg::NewInteraction => "Ny interaktion fra %1",
        Msg::CurrentInteraction => "Aktuel interaktion",
        Msg::Earlier => "%1 tidligere interaktion med denne kontakt|%1 tidligere interaktioner med denne kontakt",
        Msg::NoEarlierToday => "Ingen tidligere interaktioner i dag",
        Msg::NoEarlierDays => "Ingen tidligere interaktioner den seneste dag|Ingen tidligere interaktioner de seneste %1 dage",

        // Loading: progress and pauses.
        Msg::Loading => "Indlæser…",
        Msg::LoadedOfTotal => "Indlæst %1 af %2",
        Msg::LoadedSoFar => "Indlæst %1…",
        Msg::Count => "%1 interaktion|%1 interaktioner",
        Msg::PauseRateLimited => "Tjenesten er optaget (hastighedsbegrænsning). Prøver igen om %1 s…",
        Msg::PauseRetrying => "Tjenesten svarede ikke. Prøver igen om %1 s…",
        Msg::PauseOffline => "Du er offline. Listen fortsætter, når forbindelsen er tilbage.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Forbinder liveopdateringer…",
        Msg::LiveReconnecting => "Genforbinder liveopdateringer (forsøg %1)…",
        Msg::LiveOff => "Liveopdateringer slået fra",
        Msg::LiveOffline => "Offline: liveopdateringer fortsætter, når netværket er tilbage",
        Msg::LiveGaveUp => "Liveopdateringer stoppede efter flere forsøg. Listen virker stadig.",
        Msg::LiveReconnect => "Genforbind",

        // The sign-in prompt.
        Msg::SignInButton => "Log ind",
        Msg::SignInPrompt => "Log ind med Genesys Cloud for at se dine interaktioner.",
        Msg::SignInExpiring => "Dit login udløber snart. Log ind igen for at holde listen opdateret.",
        Msg::SignInWaiting => "Logger ind på Genesys Cloud…",
        Msg::SignInPopupClosed => "Login-vinduet blev lukket, før login var færdigt. Log ind for at fortsætte.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json kunne ikke læses: %1",
        Msg::ConfigMalformed => "config.json er ugyldig: %1. Ret filen, eller fjern den for at bruge standardværdierne.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins er tom, så ingen vært kan nogensinde have tillid. Angiv Genesys Cloud-oprindelsen/-oprindelserne, f.eks. \"https://apps.mypurecloud.com\", eller fjern nøglen for standardværdierne.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins-posten \"%1\" er ikke en oprindelse: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" er ikke en brugbar URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize skal være et heltal fra 1 til %1, ikke %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs skal være et heltal fra %1 til %2, ikke %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" er ikke et OAuth-klient-id. Kopiér klient-id'et for Code Authorization-klienten fra Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" er ikke en absolut https://-URL (http:// kun for localhost) uden forespørgsel eller fragment.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" er ikke en brugbar URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource skal være \"interactions\" eller \"genesys\", ikke \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays skal være et heltal fra 1 til %1, ikke %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Denne widget kører i Genesys Cloud og blev åbnet alene. Føj den til Genesys Cloud som Client Application eller Interaction Widget med URL'en …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (se administratorvejledningen i README).",
        Msg::StartupMissingHostOrigin => "Iframe-URL'en har ingen gcHostOrigin-parameter, så widgetten kan ikke vide, hvilken vært den skal have tillid til. Administratoren bør registrere URL'en med ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Parameteren gcHostOrigin \"%1\" er ikke en oprindelse: %2.",
        Msg::StartupUntrustedHost => "Værten %1 er ikke betroet i denne installation. En administrator kan føje den til trustedHostOrigins i config.json.",
        Msg::StartupNoApiBase => "Der kendes ingen API-adresse for værten %1. En administrator bør angive apiBase i config.json.",
        Msg::StartupTargetEnvMismatch => "Iframe-URL'en angiver gcTargetEnv \"%1\", men værten %2 er Genesys Cloud-regionen %3. Administratoren bør registrere URL'en med gcTargetEnv={{gcTargetEnv}}, som Genesys Cloud udfylder.",
        Msg::StartupNoLoginBase => "Der kendes ingen login-adresse for værten %1. En administrator bør angive loginBase i config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 er ikke på widgettens egen oprindelse (%2). Den skal være widgettens egen URL, som registreret på OAuth-klienten.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Værtssiden svarede ikke inden for %1 ms. Widgetten kører måske ikke i Genesys Cloud (eller dens vært svarede ikke): kontrollér, at den åbnes fra Genesys Cloud, og at værtens oprindelse (%2) er den i iframe-URL'ens gcHostOrigin.",
        Msg::HandshakeRefused => "Værten kunne ikke give et login-token: %1",
        Msg::HandshakeChannel => "Widgetten kunne ikke kommunikere med sin vært: %1",
        Msg::ChannelNoParent => "der er ingen overordnet ramme",
        Msg::ChannelNotSent => "beskeden til værten kunne ikke sendes",
        Msg::ChannelClosed => "widgetten blev lukket",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud loggede dig ikke ind: %1. Prøv igen for at logge ind igen.",
        Msg::SignInUnknownState => "Login-svaret hører ikke til et login, som denne fane startede, så det blev afvist. Prøv igen for at logge ind igen.",
        Msg::SignInNoAnswer => "Login-siden kom tilbage uden svar. Prøv igen for at logge ind igen; hvis det bliver ved, bør en administrator kontrollere OAuth-klientens omdirigerings-URI.",
        Msg::SignInExchange => "Login kunne ikke fuldføres: %1. Prøv igen for at logge ind igen.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud afviste straks det nye login (HTTP 401). Prøv igen for at logge ind igen; hvis det bliver ved, bør en administrator kontrollere OAuth-klientens roller og tilladelser.",
        Msg::SignInPopupBlocked => "Login-vinduet blev blokeret. Tillad pop op-vinduer for %1, og log derefter ind igen.",
        Msg::SignInUnavailable => "Denne browser kan ikke logge ind her: %1 er ikke tilgængelig.",
        Msg::ExchangeIncomplete => "svaret fra logintjenesten er ufuldstændigt",
        Msg::ExchangeStatus => "logintjenesten svarede HTTP %1",
        Msg::ExchangeRefused => "logintjenesten svarede HTTP %1: %2",
        Msg::ExchangeUnreadable => "svaret fra logintjenesten kan ikke læses: %1",
        Msg::ExchangeNoToken => "svaret fra logintjenesten indeholder intet brugbart adgangstoken",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Interaktionstjenesten begrænser anmodninger og bad om at vente %1 s, længere end widgetten venter. Prøv igen om et par minutter.",
        Msg::LoadRateLimited => "Interaktionstjenesten blev ved med at begrænse anmodninger (%1 forsøg). Prøv igen om et minut.",
        Msg::LoadUnauthorized => "Dit login blev ikke accepteret, heller ikke med et nyt token. Genindlæs Genesys Cloud, og prøv igen.",
        Msg::LoadRenewal => "Der kunne ikke skaffes et nyt login-token: %1",
        Msg::LoadForbidden => "Du har ikke tilladelse til at se interaktioner. Bed en administrator om at give tilladelsen interaction:read.",
        Msg::LoadAnalyticsForbidden => "Du har ikke tilladelse til at se dine samtaler. Bed en administrator om at give analytics:conversationDetail:view eller analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Interaktionstjenesten fejler (HTTP %1, %2 forsøg). Prøv igen om lidt.",
        Msg::LoadNetwork => "Interaktionstjenesten kunne ikke nås (%1 forsøg). Kontrollér netværksforbindelsen.",
        Msg::LoadUnexpected => "Interaktionstjenesten svarede HTTP %1, som widgetten ikke forventer. En administrator bør kontrollere apiBase i config.json.",
        Msg::LoadBadPage => "Interaktionstjenesten sendte data, som widgetten ikke kan læse: %1.",
        Msg::LoadTooManyPages => "Listen blev stoppet efter %1 sider, det højeste antal for én indlæsning.",
        Msg::LoadStalled => "Indlæsningen stoppede, før den var færdig. Genindlæs for at prøve igen.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "svaret er ikke den forventede side med interaktioner: %1",
        Msg::PageNoEntities => "svaret har ingen \"entities\"-liste",
        Msg::PageForeignNextUri => "linket til næste side peger på et andet websted (%1), så det blev ikke fulgt",
        Msg::PageBadNextUri => "linket til næste side \"%1\" er ikke en sti eller URL, som widgetten kan følge",
        Msg::ReadWrongType => "%1: %2 i stedet for %3",
        Msg::ReadMissing => "feltet %1 mangler",
        Msg::ReadNotJson => "det er ikke JSON",
        Msg::ReadTooDeep => "det er indlejret for dybt",
        Msg::ReadUnreceived => "dataene kom ufuldstændigt frem",

        // Errors: origins.
        Msg::OriginEmpty => "den er tom",
        Msg::OriginBadScheme => "den skal starte med https:// (eller http:// for localhost)",
        Msg::OriginNoHost => "den har intet værtsnavn",
        Msg::OriginHasPath => "en oprindelse har ingen sti, forespørgsel eller fragment (fjern alt efter vært og port)",
        Msg::OriginBadPort => "dens port er ikke et tal fra 1 til 65535",
        Msg::OriginBadHost => "dens værtsnavn har tegn, som et værtsnavn ikke kan have",
        Msg::OriginInsecureRemote => "ukrypteret http er kun tilladt for localhost; brug https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Widgetten stoppede på grund af en intern fejl: %1. Genindlæs for at prøve igen.",
        Msg::FaultNoAbortController => "denne browser har ikke AbortController",
        Msg::FaultSignInCancelled => "login blev annulleret",
        Msg::CauseNetwork => "serveren kunne ikke nås",
    }
}
