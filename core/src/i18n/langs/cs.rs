//! Čeština (Czech).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interakce",
        Msg::ListLabel => "Interakce",
        Msg::Connecting => "Připojování ke Genesys Cloud…",
        Msg::Empty => "Zatím žádné interakce. Nové konverzace se zobrazí zde.",
        Msg::NoMatches => "Žádné odpovídající interakce.",
        Msg::Retry => "Zkusit znovu",
        Msg::Refresh => "Obnovit",
        Msg::RefreshLabel => "Načíst interakce znovu od začátku",
        Msg::SearchLabel => "Hledat kontakty",
        Msg::SearchPlaceholder => "Hledat podle jména nebo adresy",
        Msg::FilterLabel => "Filtrovat podle typu",
        Msg::FilterAll => "Vše",
        Msg::Shown => "Zobrazeno: %1",
        Msg::RangeLabel => "Časové období",
        Msg::RangeToday => "Dnes",
        Msg::RangeDays => "%1 den|%1 dny|%1 dní",
        Msg::ViewLabel => "Zobrazení seznamu",
        Msg::ViewByTime => "Podle času",
        Msg::ViewByContact => "Podle kontaktu",
        Msg::Filters => "Filtry",
        Msg::FiltersActive => "Filtry, %1 aktivní|Filtry, %1 aktivní|Filtry, %1 aktivních",

        // A row, its card and its group.
        Msg::UnknownContact => "Neznámý kontakt",
        Msg::KindCall => "Hovor",
        Msg::KindCallback => "Zpětné volání",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-mail",
        Msg::KindMessage => "Zpráva",
        Msg::KindOther => "Interakce",
        Msg::Queue => "Fronta: %1",
        Msg::DirectionInbound => "Příchozí",
        Msg::DirectionOutbound => "Odchozí",
        Msg::InProgress => "Probíhá",
        Msg::Yesterday => "Včera",
        Msg::OpenDetails => "Otevřít v Genesys Cloud: %1",
        Msg::OpenContact => "Otevřít profil kontaktu: %1",
        Msg::NewInteraction => "Nová interakce od %1",
        Msg::CurrentInteraction => "Aktuální interakce",
        Msg::Earlier => "%1 dřívější interakce s tímto kontaktem|%1 dřívější interakce s tímto kontaktem|%1 dřívějších interakcí s tímto kontaktem",
        Msg::NoEarlierToday => "Dnes žádné dřívější interakce",
        Msg::NoEarlierDays => "Žádné dřívější interakce za poslední %1 den|Žádné dřívější interakce za poslední %1 dny|Žádné dřívější interakce za posledních %1 dní",

        // Loading: progress and pauses.
        Msg::Loading => "Načítání…",
        Msg::LoadedOfTotal => "Načteno %1 z %2",
        Msg::LoadedSoFar => "Načteno %1…",
        Msg::Count => "%1 interakce|%1 interakce|%1 interakcí",
        Msg::PauseRateLimited => "Služba je přetížená (omezení počtu požadavků). Nový pokus za %1 s…",
        Msg::PauseRetrying => "Služba neodpověděla. Nový pokus za %1 s…",
        Msg::PauseOffline => "Jste offline. Seznam bude pokračovat, až se připojení obnoví.",

        // Live updates.
        Msg::LiveOn => "Živě",
        Msg::LiveConnecting => "Připojování živých aktualizací…",
        Msg::LiveReconnecting => "Opětovné připojování živých aktualizací (pokus %1)…",
        Msg::LiveOff => "Živé aktualizace vypnuty",
        Msg::LiveOffline => "Offline: živé aktualizace se obnoví se sítí",
        Msg::LiveGaveUp => "Živé aktualizace se po několika pokusech zastavily. Seznam stále funguje.",
        Msg::LiveReconnect => "Znovu připojit",

        // The sign-in prompt.
        Msg::SignInButton => "Přihlásit se",
        Msg::SignInPrompt => "Přihlaste se přes Genesys Cloud a uvidíte své interakce.",
        Msg::SignInExpiring => "Vaše přihlášení brzy vyprší. Přihlaste se znovu, aby byl seznam aktuální.",
        Msg::SignInWaiting => "Přihlašování ke Genesys Cloud…",
        Msg::SignInPopupClosed => "Přihlašovací okno bylo zavřeno před dokončením přihlášení. Pokračujte přihlášením.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Soubor config.json nelze přečíst: %1",
        Msg::ConfigMalformed => "Soubor config.json je poškozený: %1. Opravte soubor nebo ho odstraňte a použijte výchozí hodnoty.",
        Msg::ConfigNoTrustedOrigins => "config.json: seznam trustedHostOrigins je prázdný, takže žádnému hostiteli nelze nikdy důvěřovat. Uveďte původ (původy) Genesys Cloud, např. \"https://apps.mypurecloud.com\", nebo klíč odstraňte a použijte výchozí hodnoty.",
        Msg::ConfigBadTrustedOrigin => "config.json: položka trustedHostOrigins \"%1\" není původ: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" není použitelná adresa URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize musí být celé číslo od 1 do %1, ne %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs musí být celé číslo od %1 do %2, ne %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" není ID klienta OAuth. Zkopírujte ID klienta Code Authorization z Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" není absolutní adresa URL https:// (http:// jen pro localhost) bez dotazu a fragmentu.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" není použitelná adresa URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource musí být \"interactions\" nebo \"genesys\", ne \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays musí být celé číslo od 1 do %1, ne %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Tento widget běží uvnitř Genesys Cloud a byl otevřen samostatně. Přidejte ho do Genesys Cloud jako Client Application nebo Interaction Widget s adresou URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (viz příručka správce v README).",
        Msg::StartupMissingHostOrigin => "Adresa URL rámce iframe nemá parametr gcHostOrigin, takže widget nepozná, kterému hostiteli má důvěřovat. Správce by měl adresu URL zaregistrovat s ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Parametr gcHostOrigin \"%1\" není původ: %2.",
        Msg::StartupUntrustedHost => "Hostitel %1 není v tomto nasazení důvěryhodný. Správce ho může přidat do trustedHostOrigins v config.json.",
        Msg::StartupNoApiBase => "Pro hostitele %1 není známa adresa API. Správce by měl nastavit apiBase v config.json.",
        Msg::StartupTargetEnvMismatch => "Adresa URL rámce iframe uvádí gcTargetEnv \"%1\", ale hostitel %2 patří do oblasti Genesys Cloud %3. Správce by měl adresu URL zaregistrovat s gcTargetEnv={{gcTargetEnv}}, který vyplní Genesys Cloud.",
        Msg::StartupNoLoginBase => "Pro hostitele %1 není známa přihlašovací adresa. Správce by měl nastavit loginBase v config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 není na vlastním původu widgetu (%2). Musí to být vlastní adresa URL widgetu, jak je zaregistrována u klienta OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Stránka hostitele neodpověděla do %1 ms. Widget možná neběží uvnitř Genesys Cloud (nebo jeho hostitel neodpověděl): ověřte, že je otevřen z Genesys Cloud a že původ hostitele (%2) je ten z gcHostOrigin v adrese URL rámce iframe.",
        Msg::HandshakeRefused => "Hostitel nemohl poskytnout přihlašovací token: %1",
        Msg::HandshakeChannel => "Widget nemohl komunikovat se svým hostitelem: %1",
        Msg::ChannelNoParent => "neexistuje nadřazený rámec",
        Msg::ChannelNotSent => "zprávu hostiteli se nepodařilo odeslat",
        Msg::ChannelClosed => "widget byl zavřen",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud vás nepřihlásil: %1. Zkuste se přihlásit znovu.",
        Msg::SignInUnknownState => "Odpověď přihlášení nepatří k přihlášení zahájenému v této kartě, proto byla odmítnuta. Zkuste se přihlásit znovu.",
        Msg::SignInNoAnswer => "Přihlašovací stránka se vrátila bez odpovědi. Zkuste se přihlásit znovu; pokud se to opakuje, správce by měl zkontrolovat URI přesměrování klienta OAuth.",
        Msg::SignInExchange => "Přihlášení se nepodařilo dokončit: %1. Zkuste se přihlásit znovu.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud nové přihlášení okamžitě odmítl (HTTP 401). Zkuste se přihlásit znovu; pokud se to opakuje, správce by měl zkontrolovat role a oprávnění klienta OAuth.",
        Msg::SignInPopupBlocked => "Přihlašovací okno bylo zablokováno. Povolte vyskakovací okna pro %1 a přihlaste se znovu.",
        Msg::SignInUnavailable => "Tento prohlížeč se zde nemůže přihlásit: %1 není k dispozici.",
        Msg::ExchangeIncomplete => "odpověď přihlašovací služby je neúplná",
        Msg::ExchangeStatus => "přihlašovací služba odpověděla HTTP %1",
        Msg::ExchangeRefused => "přihlašovací služba odpověděla HTTP %1: %2",
        Msg::ExchangeUnreadable => "odpověď přihlašovací služby nelze přečíst: %1",
        Msg::ExchangeNoToken => "odpověď přihlašovací služby neobsahuje použitelný přístupový token",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Služba interakcí omezuje požadavky a požádala o čekání %1 s, déle, než widget čeká. Zkuste to znovu za několik minut.",
        Msg::LoadRateLimited => "Služba interakcí stále omezovala požadavky (pokusů: %1). Zkuste to znovu za minutu.",
        Msg::LoadUnauthorized => "Vaše přihlášení nebylo přijato ani s novým tokenem. Znovu načtěte Genesys Cloud a zkuste to znovu.",
        Msg::LoadRenewal => "Nový přihlašovací token se nepodařilo získat: %1",
        Msg::LoadForbidden => "Nemáte oprávnění zobrazit interakce. Požádejte správce o udělení oprávnění interaction:read.",
        Msg::LoadAnalyticsForbidden => "Nemáte oprávnění zobrazit své konverzace. Požádejte správce o udělení analytics:conversationDetail:view nebo analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Služba interakcí selhává (HTTP %1, pokusů: %2). Zkuste to znovu za chvíli.",
        Msg::LoadNetwork => "Službu interakcí se nepodařilo zastihnout (pokusů: %1). Zkontrolujte síťové připojení.",
        Msg::LoadUnexpected => "Služba interakcí odpověděla HTTP %1, což widget neočekává. Správce by měl zkontrolovat apiBase v config.json.",
        Msg::LoadBadPage => "Služba interakcí poslala data, která widget neumí přečíst: %1.",
        Msg::LoadTooManyPages => "Seznam byl zastaven po %1 stránkách, což je maximum jednoho načtení.",
        Msg::LoadStalled => "Načítání se zastavilo před dokončením. Načtěte stránku znovu a zkuste to znovu.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "odpověď není očekávaná stránka interakcí: %1",
        Msg::PageNoEntities => "odpověď nemá seznam \"entities\"",
        Msg::PageForeignNextUri => "odkaz na další stránku vede na jiný web (%1), proto nebyl následován",
        Msg::PageBadNextUri => "odkaz na další stránku \"%1\" není cesta ani adresa URL, kterou widget může následovat",
        Msg::ReadWrongType => "%1: %2 místo %3",
        Msg::ReadMissing => "chybí pole %1",
        Msg::ReadNotJson => "nejde o JSON",
        Msg::ReadTooDeep => "je příliš hluboce vnořený",
        Msg::ReadUnreceived => "data nedorazila celá",

        // Errors: origins.
        Msg::OriginEmpty => "je prázdný",
        Msg::OriginBadScheme => "musí začínat https:// (nebo http:// pro localhost)",
        Msg::OriginNoHost => "nemá název hostitele",
        Msg::OriginHasPath => "původ nemá cestu, dotaz ani fragment (odstraňte vše za hostitelem a portem)",
        Msg::OriginBadPort => "jeho port není číslo od 1 do 65535",
        Msg::OriginBadHost => "název hostitele obsahuje znaky, které název hostitele mít nemůže",
        Msg::OriginInsecureRemote => "nešifrovaný http je povolen jen pro localhost; použijte https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Widget se zastavil kvůli vnitřní chybě: %1. Načtěte stránku znovu a zkuste to znovu.",
        Msg::FaultNoAbortController => "tento prohlížeč nemá AbortController",
        Msg::FaultSignInCancelled => "přihlášení bylo zrušeno",
        Msg::CauseNetwork => "server se nepodařilo zastihnout",
    }
}
