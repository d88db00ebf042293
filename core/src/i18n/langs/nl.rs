//! Nederlands (Dutch).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interacties",
        Msg::ListLabel => "Interacties",
        Msg::Connecting => "Verbinden met Genesys Cloud…",
        Msg::Empty => "Nog geen interacties. Nieuwe gesprekken verschijnen hier.",
        Msg::NoMatches => "Geen interacties gevonden.",
        Msg::Retry => "Opnieuw proberen",
        Msg::Refresh => "Vernieuwen",
        Msg::RefreshLabel => "De interacties opnieuw laden vanaf het begin",
        Msg::SearchLabel => "Contacten zoeken",
        Msg::SearchPlaceholder => "Zoeken op naam of adres",
        Msg::FilterLabel => "Filteren op type",
        Msg::FilterAll => "Alle",
        Msg::Shown => "%1 getoond",
        Msg::RangeLabel => "Periode",
        Msg::RangeToday => "Vandaag",
        Msg::RangeDays => "%1 dag|%1 dagen",
        Msg::ViewLabel => "Lijstweergave",
        Msg::ViewByTime => "Op tijd",
        Msg::ViewByContact => "Op contact",
        Msg::Filters => "Filters",
        Msg::FiltersActive => "Filters, %1 actief|Filters, %1 actief",

        // A row, its card and its group.
        Msg::UnknownContact => "Onbekend contact",
        Msg::KindCall => "Gesprek",
        Msg::KindCallback => "Terugbelverzoek",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-mail",
        Msg::KindMessage => "Bericht",
        Msg::KindOther => "Interactie",
        Msg::Queue => "Wachtrij: %1",
        Msg::DirectionInbound => "Inkomend",
        Msg::DirectionOutbound => "Uitgaand",
        Msg::InProgress => "Bezig",
        Msg::Yesterday => "Gisteren",
        Msg::OpenDetails => "Openen in Genesys Cloud: %1",
        Msg::OpenContact => "Contactprofiel openen: %1",
        Msg::NewInteraction => "Nieuwe interactie van %1",
        Msg::CurrentInteraction => "Huidige interactie",
        Msg::Earlier => "%1 eerdere interactie met dit contact|%1 eerdere interacties met dit contact",
        Msg::NoEarlierToday => "Vandaag geen eerdere interacties",
        Msg::NoEarlierDays => "Geen eerdere interacties in de afgelopen dag|Geen eerdere interacties in de afgelopen %1 dagen",

        // Loading: progress and pauses.
        Msg::Loading => "Laden…",
        Msg::LoadedOfTotal => "%1 van %2 geladen",
        Msg::LoadedSoFar => "%1 geladen…",
        Msg::Count => "%1 interactie|%1 interacties",
        Msg::PauseRateLimited => "De service is bezet (snelheidslimiet). Nieuwe poging over %1 s…",
        Msg::PauseRetrying => "De service antwoordde niet. Nieuwe poging over %1 s…",
        Msg::PauseOffline => "Je bent offline. De lijst gaat verder wanneer de verbinding terug is.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Live-updates verbinden…",
        Msg::LiveReconnecting => "Live-updates opnieuw verbinden (poging %1)…",
        Msg::LiveOff => "Live-updates uit",
        Msg::LiveOffline => "Offline: live-updates gaan verder met het netwerk",
        Msg::LiveGaveUp => "Live-updates zijn gestopt na meerdere pogingen. De lijst werkt nog steeds.",
        Msg::LiveReconnect => "Opnieuw verbinden",

        // The sign-in prompt.
        Msg::SignInButton => "Aanmelden",
        Msg::SignInPrompt => "Meld je aan met Genesys Cloud om je interacties te zien.",
        Msg::SignInExpiring => "Je aanmelding verloopt binnenkort. Meld je opnieuw aan om de lijst actueel te houden.",
        Msg::SignInWaiting => "Aanmelden bij Genesys Cloud…",
        Msg::SignInPopupClosed => "Het aanmeldvenster is gesloten voordat de aanmelding klaar was. Meld je aan om verder te gaan.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json kon niet worden gelezen: %1",
        Msg::ConfigMalformed => "config.json is ongeldig: %1. Herstel het bestand of verwijder het om de standaardwaarden te gebruiken.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins is leeg, dus geen enkele host kan ooit worden vertrouwd. Vermeld de Genesys Cloud-oorsprong(en), bijv. \"https://apps.mypurecloud.com\", of verwijder de sleutel voor de standaardwaarden.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins-item \"%1\" is geen oorsprong: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" is geen bruikbare URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize moet een geheel getal van 1 tot %1 zijn, niet %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs moet een geheel getal van %1 tot %2 zijn, niet %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" is geen OAuth-client-ID. Kopieer de client-ID van de Code Authorization-client uit Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" is geen absolute https://-URL (http:// alleen voor localhost) zonder query of fragment.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" is geen bruikbare URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource moet \"interactions\" of \"genesys\" zijn, niet \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays moet een geheel getal van 1 tot %1 zijn, niet %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Deze widget draait binnen Genesys Cloud en is los geopend. Voeg hem toe aan Genesys Cloud als Client Application of Interaction Widget met de URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (zie de beheerdershandleiding in de README).",
        Msg::StartupMissingHostOrigin => "De iframe-URL heeft geen gcHostOrigin-parameter, dus de widget kan niet bepalen welke host hij moet vertrouwen. De beheerder moet de URL registreren met ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "De gcHostOrigin-parameter \"%1\" is geen oorsprong: %2.",
        Msg::StartupUntrustedHost => "De host %1 wordt in deze implementatie niet vertrouwd. Een beheerder kan hem toevoegen aan trustedHostOrigins in config.json.",
        Msg::StartupNoApiBase => "Er is geen API-adres bekend voor de host %1. Een beheerder moet apiBase instellen in config.json.",
        Msg::StartupTargetEnvMismatch => "De iframe-URL zegt gcTargetEnv \"%1\", maar de host %2 is de Genesys Cloud-regio %3. De beheerder moet de URL registreren met gcTargetEnv={{gcTargetEnv}}, dat Genesys Cloud invult.",
        Msg::StartupNoLoginBase => "Er is geen aanmeldadres bekend voor de host %1. Een beheerder moet loginBase instellen in config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 staat niet op de eigen oorsprong van de widget (%2). Het moet de eigen URL van de widget zijn, zoals geregistreerd bij de OAuth-client.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "De hostpagina antwoordde niet binnen %1 ms. De widget draait mogelijk niet binnen Genesys Cloud (of zijn host antwoordde niet): controleer of hij vanuit Genesys Cloud wordt geopend en of de oorsprong van de host (%2) die in de gcHostOrigin van de iframe-URL is.",
        Msg::HandshakeRefused => "De host kon geen aanmeldtoken geven: %1",
        Msg::HandshakeChannel => "De widget kon niet communiceren met zijn host: %1",
        Msg::ChannelNoParent => "er is geen bovenliggend frame",
        Msg::ChannelNotSent => "het bericht aan de host kon niet worden verzonden",
        Msg::ChannelClosed => "de widget is gesloten",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud heeft je niet aangemeld: %1. Probeer opnieuw om je opnieuw aan te melden.",
        Msg::SignInUnknownState => "Het aanmeldantwoord hoort niet bij een aanmelding die dit tabblad heeft gestart en is daarom geweigerd. Probeer opnieuw om je opnieuw aan te melden.",
        Msg::SignInNoAnswer => "De aanmeldpagina kwam terug zonder antwoord. Probeer opnieuw om je opnieuw aan te melden; blijft dit gebeuren, dan moet een beheerder de omleidings-URI van de OAuth-client controleren.",
        Msg::SignInExchange => "De aanmelding kon niet worden voltooid: %1. Probeer opnieuw om je opnieuw aan te melden.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud weigerde de nieuwe aanmelding meteen (HTTP 401). Probeer opnieuw om je opnieuw aan te melden; blijft dit gebeuren, dan moet een beheerder de rollen en machtigingen van de OAuth-client controleren.",
        Msg::SignInPopupBlocked => "Het aanmeldvenster is geblokkeerd. Sta pop-ups toe voor %1 en meld je daarna opnieuw aan.",
        Msg::SignInUnavailable => "Deze browser kan zich hier niet aanmelden: %1 is niet beschikbaar.",
        Msg::ExchangeIncomplete => "het antwoord van de aanmeldservice is onvolledig",
        Msg::ExchangeStatus => "de aanmeldservice antwoordde HTTP %1",
        Msg::ExchangeRefused => "de aanmeldservice antwoordde HTTP %1: %2",
        Msg::ExchangeUnreadable => "het antwoord van de aanmeldservice kan niet worden gelezen: %1",
        Msg::ExchangeNoToken => "het antwoord van de aanmeldservice bevat geen bruikbaar toegangstoken",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "De interactieservice beperkt verzoeken en vroeg %1 s te wachten, langer dan de widget wacht. Probeer het over een paar minuten opnieuw.",
        Msg::LoadRateLimited => "De interactieservice bleef verzoeken beperken (%1 pogingen). Probeer het over een minuut opnieuw.",
        Msg::LoadUnauthorized => "Je aanmelding werd niet geaccepteerd, zelfs niet met een nieuw token. Laad Genesys Cloud opnieuw en probeer het nog eens.",
        Msg::LoadRenewal => "Er kon geen nieuw aanmeldtoken worden verkregen: %1",
        Msg::LoadForbidden => "Je hebt geen toestemming om interacties te zien. Vraag een beheerder om de machtiging interaction:read.",
        Msg::LoadAnalyticsForbidden => "Je hebt geen toestemming om je gesprekken te zien. Vraag een beheerder om analytics:conversationDetail:view of analytics:agentConversationDetail:view.",
        Msg::LoadServer => "De interactieservice faalt (HTTP %1, %2 pogingen). Probeer het zo opnieuw.",
        Msg::LoadNetwork => "De interactieservice kon niet worden bereikt (%1 pogingen). Controleer de netwerkverbinding.",
        Msg::LoadUnexpected => "De interactieservice antwoordde HTTP %1, wat de widget niet verwacht. Een beheerder moet apiBase in config.json controleren.",
        Msg::LoadBadPage => "De interactieservice stuurde gegevens die de widget niet kan lezen: %1.",
        Msg::LoadTooManyPages => "De lijst is gestopt na %1 pagina's, het maximum voor één keer laden.",
        Msg::LoadStalled => "Het laden is gestopt voordat het klaar was. Laad opnieuw om het nog eens te proberen.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "het antwoord is niet de verwachte pagina met interacties: %1",
        Msg::PageNoEntities => "het antwoord heeft geen \"entities\"-lijst",
        Msg::PageForeignNextUri => "de link naar de volgende pagina wijst naar een andere site (%1) en is daarom niet gevolgd",
        Msg::PageBadNextUri => "de link naar de volgende pagina \"%1\" is geen pad of URL die de widget kan volgen",
        Msg::ReadWrongType => "%1: %2 in plaats van %3",
        Msg::ReadMissing => "het veld %1 ontbreekt",
        Msg::ReadNotJson => "het is geen JSON",
        Msg::ReadTooDeep => "het is te diep genest",
        Msg::ReadUnreceived => "de gegevens kwamen onvolledig aan",

        // Errors: origins.
        Msg::OriginEmpty => "het is leeg",
        Msg::OriginBadScheme => "het moet beginnen met https:// (of http:// voor localhost)",
        Msg::OriginNoHost => "het heeft geen hostnaam",
        Msg::OriginHasPath => "een oorsprong heeft geen pad, query of fragment (verwijder alles na de host en poort)",
        Msg::OriginBadPort => "de poort is geen getal van 1 tot 65535",
        Msg::OriginBadHost => "de hostnaam bevat tekens die een hostnaam niet kan hebben",
        Msg::OriginInsecureRemote => "onversleuteld http is alleen toegestaan voor localhost; gebruik https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "De widget is gestopt door een interne fout: %1. Laad opnieuw om het nog eens te proberen.",
        Msg::FaultNoAbortController => "deze browser heeft geen AbortController",
        Msg::FaultSignInCancelled => "de aanmelding is geannuleerd",
        Msg::CauseNetwork => "de server kon niet worden bereikt",
    }
}
