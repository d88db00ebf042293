//! Suomi (Finnish).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Vuorovaikutukset",
        Msg::ListLabel => "Vuorovaikutukset",
        Msg::Connecting => "Yhdistetään Genesys Cloudiin…",
        Msg::Empty => "Ei vielä vuorovaikutuksia. Uudet keskustelut näkyvät tässä.",
        Msg::NoMatches => "Ei vastaavia vuorovaikutuksia.",
        Msg::Retry => "Yritä uudelleen",
        Msg::Refresh => "Päivitä",
        Msg::RefreshLabel => "Lataa vuorovaikutukset uudelleen alusta",
        Msg::SearchLabel => "Hae yhteystietoja",
        Msg::SearchPlaceholder => "Hae nimellä tai osoitteella",
        Msg::FilterLabel => "Suodata tyypin mukaan",
        Msg::FilterAll => "Kaikki",
        Msg::Shown => "%1 näytetään",
        Msg::RangeLabel => "Aikaväli",
        Msg::RangeToday => "Tänään",
        Msg::RangeDays => "%1 päivä|%1 päivää",
        Msg::ViewLabel => "Luettelonäkymä",
        Msg::ViewByTime => "Ajan mukaan",
        Msg::ViewByContact => "Yhteystiedon mukaan",
        Msg::Filters => "Suodattimet",
        Msg::FiltersActive => "Suodattimet, %1 käytössä|Suodattimet, %1 käytössä",

        // A row, its card and its group.
        Msg::UnknownContact => "Tuntematon yhteystieto",
        Msg::KindCall => "Puhelu",
        Msg::KindCallback => "Takaisinsoitto",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "Sähköposti",
        Msg::KindMessage => "Viesti",
        Msg::KindOther => "Vuorovaikutus",
        Msg::Queue => "Jono: %1",
        Msg::DirectionInbound => "Saapuva",
        Msg::DirectionOutbound => "Lähtevä",
        Msg::InProgress => "Käynnissä",
        Msg::Yesterday => "Eilen",
        Msg::OpenDetails => "Avaa Genesys Cloudissa: %1",
        Msg::OpenContact => "Avaa yhteystiedon profiili: %1",
        Msg::NewInteraction => "Uusi vuorovaikutus: %1",
        Msg::CurrentInteraction => "Nykyinen vuorovaikutus",
        Msg::Earlier => "%1 aiempi vuorovaikutus tämän yhteystiedon kanssa|%1 aiempaa vuorovaikutusta tämän yhteystiedon kanssa",
        Msg::NoEarlierToday => "Ei aiempia vuorovaikutuksia tänään",
        Msg::NoEarlierDays => "Ei aiempia vuorovaikutuksia viimeisen päivän aikana|Ei aiempia vuorovaikutuksia viimeisten %1 päivän aikana",

        // Loading: progress and pauses.
        Msg::Loading => "Ladataan…",
        Msg::LoadedOfTotal => "Ladattu %1/%2",
        Msg::LoadedSoFar => "Ladattu %1…",
        Msg::Count => "%1 vuorovaikutus|%1 vuorovaikutusta",
        Msg::PauseRateLimited => "Palvelu on ruuhkautunut (pyyntörajoitus). Yritetään uudelleen %1 s kuluttua…",
        Msg::PauseRetrying => "Palvelu ei vastannut. Yritetään uudelleen %1 s kuluttua…",
        Msg::PauseOffline => "Olet offline-tilassa. Luettelo jatkuu, kun yhteys palaa.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Yhdistetään reaaliaikaisia päivityksiä…",
        Msg::LiveReconnecting => "Yhdistetään reaaliaikaisia päivityksiä uudelleen (yritys %1)…",
        Msg::LiveOff => "Reaaliaikaiset päivitykset pois",
        Msg::LiveOffline => "Offline: reaaliaikaiset päivitykset jatkuvat, kun verkko palaa",
        Msg::LiveGaveUp => "Reaaliaikaiset päivitykset pysähtyivät useiden yritysten jälkeen. Luettelo toimii edelleen.",
        Msg::LiveReconnect => "Yhdistä uudelleen",

        // The sign-in prompt.
        Msg::SignInButton => "Kirjaudu",
        Msg::SignInPrompt => "Kirjaudu Genesys Cloudilla nähdäksesi vuorovaikutuksesi.",
        Msg::SignInExpiring => "Kirjautumisesi vanhenee pian. Kirjaudu uudelleen pitääksesi luettelon ajan tasalla.",
        Msg::SignInWaiting => "Kirjaudutaan Genesys Cloudiin…",
        Msg::SignInPopupClosed => "Kirjautumisikkuna suljettiin ennen kuin kirjautuminen valmistui. Jatka kirjautumalla.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json-tiedostoa ei voitu lukea: %1",
        Msg::ConfigMalformed => "config.json on virheellinen: %1. Korjaa tiedosto tai poista se käyttääksesi oletusarvoja.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins on tyhjä, joten mihinkään isäntään ei voida koskaan luottaa. Luettele Genesys Cloudin alkuperä(t), esim. \"https://apps.mypurecloud.com\", tai poista avain käyttääksesi oletusarvoja.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins-merkintä \"%1\" ei ole alkuperä: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" ei ole käyttökelpoinen URL-osoite: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize-arvon on oltava kokonaisluku väliltä 1–%1, ei %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs-arvon on oltava kokonaisluku väliltä %1–%2, ei %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" ei ole OAuth-asiakastunnus. Kopioi Code Authorization -asiakkaan tunnus Genesys Cloudista (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" ei ole absoluuttinen https://-URL-osoite (http:// vain localhostille) ilman kyselyä tai fragmenttia.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" ei ole käyttökelpoinen URL-osoite: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource-arvon on oltava \"interactions\" tai \"genesys\", ei \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays-arvon on oltava kokonaisluku väliltä 1–%1, ei %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Tämä pienoisohjelma toimii Genesys Cloudin sisällä, ja se avattiin yksinään. Lisää se Genesys Cloudiin Client Application- tai Interaction Widget -sovelluksena URL-osoitteella …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (katso README-tiedoston ylläpitäjän opas).",
        Msg::StartupMissingHostOrigin => "Iframe-URL-osoitteessa ei ole gcHostOrigin-parametria, joten pienoisohjelma ei tiedä, mihin isäntään luottaa. Ylläpitäjän tulee rekisteröidä URL-osoite muodossa ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "gcHostOrigin-parametri \"%1\" ei ole alkuperä: %2.",
        Msg::StartupUntrustedHost => "Isäntä %1 ei ole luotettu tässä käyttöönotossa. Ylläpitäjä voi lisätä sen config.json-tiedoston trustedHostOrigins-luetteloon.",
        Msg::StartupNoApiBase => "Isännälle %1 ei tunneta API-osoitetta. Ylläpitäjän tulee asettaa apiBase config.json-tiedostoon.",
        Msg::StartupTargetEnvMismatch => "Iframe-URL-osoitteessa on gcTargetEnv \"%1\", mutta isäntä %2 on Genesys Cloudin alue %3. Ylläpitäjän tulee rekisteröidä URL-osoite parametrilla gcTargetEnv={{gcTargetEnv}}, jonka Genesys Cloud täyttää.",
        Msg::StartupNoLoginBase => "Isännälle %1 ei tunneta kirjautumisosoitetta. Ylläpitäjän tulee asettaa loginBase config.json-tiedostoon.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 ei ole pienoisohjelman omassa alkuperässä (%2). Sen on oltava pienoisohjelman oma URL-osoite sellaisena kuin se on rekisteröity OAuth-asiakkaaseen.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Isäntäsivu ei vastannut %1 ms:n kuluessa. Pienoisohjelma ei ehkä toimi Genesys Cloudin sisällä (tai sen isäntä ei vastannut): tarkista, että se avataan Genesys Cloudista ja että isännän alkuperä (%2) on sama kuin iframe-URL-osoitteen gcHostOrigin.",
        Msg::HandshakeRefused => "Isäntä ei voinut antaa kirjautumistunnusta: %1",
        Msg::HandshakeChannel => "Pienoisohjelma ei saanut yhteyttä isäntäänsä: %1",
        Msg::ChannelNoParent => "ylätason kehystä ei ole",
        Msg::ChannelNotSent => "viestiä isännälle ei voitu lähettää",
        Msg::ChannelClosed => "pienoisohjelma suljettiin",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud ei kirjannut sinua sisään: %1. Yritä uudelleen kirjautuaksesi.",
        Msg::SignInUnknownState => "Kirjautumisvastaus ei kuulu tämän välilehden aloittamaan kirjautumiseen, joten se hylättiin. Yritä uudelleen kirjautuaksesi.",
        Msg::SignInNoAnswer => "Kirjautumissivu palasi ilman vastausta. Yritä uudelleen kirjautuaksesi; jos tämä toistuu, ylläpitäjän tulee tarkistaa OAuth-asiakkaan uudelleenohjaus-URI.",
        Msg::SignInExchange => "Kirjautumista ei voitu viedä loppuun: %1. Yritä uudelleen kirjautuaksesi.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud hylkäsi uuden kirjautumisen heti (HTTP 401). Yritä uudelleen kirjautuaksesi; jos tämä toistuu, ylläpitäjän tulee tarkistaa OAuth-asiakkaan roolit ja oikeudet.",
        Msg::SignInPopupBlocked => "Kirjautumisikkuna estettiin. Salli ponnahdusikkunat kohteelle %1 ja kirjaudu sitten uudelleen.",
        Msg::SignInUnavailable => "Tämä selain ei voi kirjautua tässä: %1 ei ole käytettävissä.",
        Msg::ExchangeIncomplete => "kirjautumispalvelun vastaus on puutteellinen",
        Msg::ExchangeStatus => "kirjautumispalvelu vastasi HTTP %1",
        Msg::ExchangeRefused => "kirjautumispalvelu vastasi HTTP %1: %2",
        Msg::ExchangeUnreadable => "kirjautumispalvelun vastausta ei voi lukea: %1",
        Msg::ExchangeNoToken => "kirjautumispalvelun vastauksessa ei ole käyttökelpoista käyttöoikeustunnusta",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Vuorovaikutuspalvelu rajoittaa pyyntöjä ja pyysi odottamaan %1 s, pidempään kuin pienoisohjelma odottaa. Yritä uudelleen muutaman minuutin kuluttua.",
        Msg::LoadRateLimited => "Vuorovaikutuspalvelu rajoitti pyyntöjä edelleen (%1 yritystä). Yritä uudelleen minuutin kuluttua.",
        Msg::LoadUnauthorized => "Kirjautumistasi ei hyväksytty edes uudella tunnuksella. Lataa Genesys Cloud uudelleen ja yritä uudelleen.",
        Msg::LoadRenewal => "Uutta kirjautumistunnusta ei saatu: %1",
        Msg::LoadForbidden => "Sinulla ei ole oikeutta nähdä vuorovaikutuksia. Pyydä ylläpitäjää myöntämään interaction:read-oikeus.",
        Msg::LoadAnalyticsForbidden => "Sinulla ei ole oikeutta nähdä keskustelujasi. Pyydä ylläpitäjää myöntämään analytics:conversationDetail:view tai analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Vuorovaikutuspalvelu ei toimi (HTTP %1, %2 yritystä). Yritä pian uudelleen.",
        Msg::LoadNetwork => "Vuorovaikutuspalveluun ei saatu yhteyttä (%1 yritystä). Tarkista verkkoyhteys.",
        Msg::LoadUnexpected => "Vuorovaikutuspalvelu vastasi HTTP %1, jota pienoisohjelma ei odota. Ylläpitäjän tulee tarkistaa apiBase config.json-tiedostosta.",
        Msg::LoadBadPage => "Vuorovaikutuspalvelu lähetti tietoja, joita pienoisohjelma ei osaa lukea: %1.",
        Msg::LoadTooManyPages => "Luettelo pysäytettiin %1 sivun jälkeen, mikä on yhden latauksen enimmäismäärä.",
        Msg::LoadStalled => "Lataus pysähtyi ennen kuin se valmistui. Lataa uudelleen ja yritä uudelleen.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "vastaus ei ole odotettu vuorovaikutussivu: %1",
        Msg::PageNoEntities => "vastauksessa ei ole \"entities\"-luetteloa",
        Msg::PageForeignNextUri => "seuraavan sivun linkki osoittaa toiseen sivustoon (%1), joten sitä ei seurattu",
        Msg::PageBadNextUri => "seuraavan sivun linkki \"%1\" ei ole polku tai URL-osoite, jota pienoisohjelma voi seurata",
        Msg::ReadWrongType => "%1: %2, odotettiin %3",
        Msg::ReadMissing => "kenttä %1 puuttuu",
        Msg::ReadNotJson => "se ei ole JSONia",
        Msg::ReadTooDeep => "se on sisäkkäistetty liian syvälle",
        Msg::ReadUnreceived => "tiedot saapuivat puutteellisina",

        // Errors: origins.
        Msg::OriginEmpty => "se on tyhjä",
        Msg::OriginBadScheme => "sen on alettava https:// (tai http:// localhostille)",
        Msg::OriginNoHost => "siinä ei ole isäntänimeä",
        Msg::OriginHasPath => "alkuperässä ei ole polkua, kyselyä tai fragmenttia (poista kaikki isännän ja portin jälkeen)",
        Msg::OriginBadPort => "sen portti ei ole luku väliltä 1–65535",
        Msg::OriginBadHost => "sen isäntänimessä on merkkejä, joita isäntänimessä ei voi olla",
        Msg::OriginInsecureRemote => "salaamaton http on sallittu vain localhostille; käytä https:ää",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Pienoisohjelma pysähtyi sisäisen virheen vuoksi: %1. Lataa uudelleen ja yritä uudelleen.",
        Msg::FaultNoAbortController => "tässä selaimessa ei ole AbortController-rajapintaa",
        Msg::FaultSignInCancelled => "kirjautuminen peruttiin",
        Msg::CauseNetwork => "palvelimeen ei saatu yhteyttä",
    }
}
