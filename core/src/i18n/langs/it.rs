//! Italiano (Italian).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interazioni",
        Msg::ListLabel => "Interazioni",
        Msg::Connecting => "Connessione a Genesys Cloud…",
        Msg::Empty => "Nessuna interazione per ora. Le nuove conversazioni appariranno qui.",
        Msg::NoMatches => "Nessuna interazione corrispondente.",
        Msg::Retry => "Riprova",
        Msg::Refresh => "Aggiorna",
        Msg::RefreshLabel => "Ricarica le interazioni dall'inizio",
        Msg::SearchLabel => "Cerca contatti",
        Msg::SearchPlaceholder => "Cerca per nome o indirizzo",
        Msg::FilterLabel => "Filtra per tipo",
        Msg::FilterAll => "Tutti",
        Msg::Shown => "%1 visualizzate",
        Msg::RangeLabel => "Intervallo di tempo",
        Msg::RangeToday => "Oggi",
        Msg::RangeDays => "%1 giorno|%1 di giorni|%1 giorni",
        Msg::ViewLabel => "Visualizzazione elenco",
        Msg::ViewByTime => "Per ora",
        Msg::ViewByContact => "Per contatto",
        Msg::Filters => "Filtri",
        Msg::FiltersActive => "Filtri, %1 attivo|Filtri, %1 di attivi|Filtri, %1 attivi",

        // A row, its card and its group.
        Msg::UnknownContact => "Contatto sconosciuto",
        Msg::KindCall => "Chiamata",
        Msg::KindCallback => "Richiamata",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "Email",
        Msg::KindMessage => "Messaggio",
        Msg::KindOther => "Interazione",
        Msg::Queue => "Coda: %1",
        Msg::DirectionInbound => "In entrata",
        Msg::DirectionOutbound => "In uscita",
        Msg::InProgress => "In corso",
        Msg::Yesterday => "Ieri",
        Msg::OpenDetails => "Apri in Genesys Cloud: %1",
        Msg::OpenContact => "Apri il profilo del contatto: %1",
        Msg::NewInteraction => "Nuova interazione da %1",
        Msg::CurrentInteraction => "Interazione corrente",
        Msg::Earlier => "%1 interazione precedente con questo contatto|%1 di interazioni precedenti con questo contatto|%1 interazioni precedenti con questo contatto",
        Msg::NoEarlierToday => "Nessuna interazione precedente oggi",
        Msg::NoEarlierDays => "Nessuna interazione precedente nell’ultimo giorno|Nessuna interazione precedente negli ultimi %1 di giorni|Nessuna interazione precedente negli ultimi %1 giorni",

        // Loading: progress and pauses.
        Msg::Loading => "Caricamento…",
        Msg::LoadedOfTotal => "Caricate %1 di %2",
        Msg::LoadedSoFar => "Caricate %1…",
        Msg::Count => "%1 interazione|%1 di interazioni|%1 interazioni",
        Msg::PauseRateLimited => "Il servizio è occupato (limite di frequenza). Nuovo tentativo tra %1 s…",
        Msg::PauseRetrying => "Il servizio non ha risposto. Nuovo tentativo tra %1 s…",
        Msg::PauseOffline => "Sei offline. L'elenco riprenderà quando la connessione tornerà.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Connessione degli aggiornamenti live…",
        Msg::LiveReconnecting => "Riconnessione degli aggiornamenti live (tentativo %1)…",
        Msg::LiveOff => "Aggiornamenti live disattivati",
        Msg::LiveOffline => "Offline: gli aggiornamenti live riprendono con la rete",
        Msg::LiveGaveUp => "Gli aggiornamenti live si sono interrotti dopo diversi tentativi. L'elenco funziona ancora.",
        Msg::LiveReconnect => "Riconnetti",

        // The sign-in prompt.
        Msg::SignInButton => "Accedi",
        Msg::SignInPrompt => "Accedi con Genesys Cloud per vedere le tue interazioni.",
        Msg::SignInExpiring => "Il tuo accesso sta per scadere. Accedi di nuovo per mantenere l'elenco aggiornato.",
        Msg::SignInWaiting => "Accesso a Genesys Cloud…",
        Msg::SignInPopupClosed => "La finestra di accesso è stata chiusa prima del termine dell'accesso. Accedi per continuare.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Impossibile leggere config.json: %1",
        Msg::ConfigMalformed => "config.json non è valido: %1. Correggi il file o rimuovilo per usare i valori predefiniti.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins è vuoto, quindi nessun host potrà mai essere considerato attendibile. Elenca le origini di Genesys Cloud, ad es. \"https://apps.mypurecloud.com\", oppure rimuovi la chiave per i valori predefiniti.",
        Msg::ConfigBadTrustedOrigin => "config.json: la voce di trustedHostOrigins \"%1\" non è un'origine: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" non è un URL utilizzabile: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize deve essere un numero intero da 1 a %1, non %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs deve essere un numero intero da %1 a %2, non %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" non è un ID client OAuth. Copia l'ID client del client Code Authorization da Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" non è un URL https:// assoluto (http:// solo per localhost) senza query o frammento.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" non è un URL utilizzabile: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource deve essere \"interactions\" o \"genesys\", non \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays deve essere un numero intero da 1 a %1, non %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Questo widget funziona all'interno di Genesys Cloud ed è stato aperto da solo. Aggiungilo a Genesys Cloud come Client Application o Interaction Widget con l'URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (vedi la guida per l'amministratore nel README).",
        Msg::StartupMissingHostOrigin => "L'URL dell'iframe non ha il parametro gcHostOrigin, quindi il widget non può sapere di quale host fidarsi. L'amministratore deve registrare l'URL con ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Il parametro gcHostOrigin \"%1\" non è un'origine: %2.",
        Msg::StartupUntrustedHost => "L'host %1 non è attendibile in questa installazione. Un amministratore può aggiungerlo a trustedHostOrigins in config.json.",
        Msg::StartupNoApiBase => "Nessun indirizzo API è noto per l'host %1. Un amministratore deve impostare apiBase in config.json.",
        Msg::StartupTargetEnvMismatch => "L'URL dell'iframe indica gcTargetEnv \"%1\", ma l'host %2 è la regione Genesys Cloud %3. L'amministratore deve registrare l'URL con gcTargetEnv={{gcTargetEnv}}, che Genesys Cloud compila.",
        Msg::StartupNoLoginBase => "Nessun indirizzo di accesso è noto per l'host %1. Un amministratore deve impostare loginBase in config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 non è sull'origine del widget (%2). Deve essere l'URL del widget stesso, come registrato nel client OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "La pagina host non ha risposto entro %1 ms. Il widget potrebbe non essere in esecuzione all'interno di Genesys Cloud (o il suo host non ha risposto): verifica che sia aperto da Genesys Cloud e che l'origine dell'host (%2) sia quella in gcHostOrigin dell'URL dell'iframe.",
        Msg::HandshakeRefused => "L'host non ha potuto fornire un token di accesso: %1",
        Msg::HandshakeChannel => "Il widget non è riuscito a comunicare con il suo host: %1",
        Msg::ChannelNoParent => "non c'è un frame padre",
        Msg::ChannelNotSent => "impossibile inviare il messaggio all'host",
        Msg::ChannelClosed => "il widget è stato chiuso",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud non ti ha fatto accedere: %1. Riprova per accedere di nuovo.",
        Msg::SignInUnknownState => "La risposta di accesso non appartiene a un accesso avviato da questa scheda, quindi è stata rifiutata. Riprova per accedere di nuovo.",
        Msg::SignInNoAnswer => "La pagina di accesso è tornata senza risposta. Riprova per accedere di nuovo; se continua a succedere, un amministratore deve controllare l'URI di reindirizzamento del client OAuth.",
        Msg::SignInExchange => "Impossibile completare l'accesso: %1. Riprova per accedere di nuovo.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud ha rifiutato subito il nuovo accesso (HTTP 401). Riprova per accedere di nuovo; se continua a succedere, un amministratore deve controllare i ruoli e le autorizzazioni del client OAuth.",
        Msg::SignInPopupBlocked => "La finestra di accesso è stata bloccata. Consenti i popup per %1, quindi accedi di nuovo.",
        Msg::SignInUnavailable => "Questo browser non può accedere qui: %1 non è disponibile.",
        Msg::ExchangeIncomplete => "la risposta del servizio di accesso è incompleta",
        Msg::ExchangeStatus => "il servizio di accesso ha risposto HTTP %1",
        Msg::ExchangeRefused => "il servizio di accesso ha risposto HTTP %1: %2",
        Msg::ExchangeUnreadable => "la risposta del servizio di accesso non è leggibile: %1",
        Msg::ExchangeNoToken => "la risposta del servizio di accesso non contiene un token di accesso utilizzabile",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Il servizio delle interazioni sta limitando le richieste e ha chiesto di attendere %1 s, più di quanto attende il widget. Riprova tra qualche minuto.",
        Msg::LoadRateLimited => "Il servizio delle interazioni ha continuato a limitare le richieste (%1 tentativi). Riprova tra un minuto.",
        Msg::LoadUnauthorized => "Il tuo accesso non è stato accettato, nemmeno con un nuovo token. Ricarica Genesys Cloud e riprova.",
        Msg::LoadRenewal => "Impossibile ottenere un nuovo token di accesso: %1",
        Msg::LoadForbidden => "Non hai l'autorizzazione per vedere le interazioni. Chiedi a un amministratore di concedere l'autorizzazione interaction:read.",
        Msg::LoadAnalyticsForbidden => "Non hai l'autorizzazione per vedere le tue conversazioni. Chiedi a un amministratore di concedere analytics:conversationDetail:view o analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Il servizio delle interazioni non funziona (HTTP %1, %2 tentativi). Riprova a breve.",
        Msg::LoadNetwork => "Impossibile raggiungere il servizio delle interazioni (%1 tentativi). Controlla la connessione di rete.",
        Msg::LoadUnexpected => "Il servizio delle interazioni ha risposto HTTP %1, che il widget non si aspetta. Un amministratore deve controllare apiBase in config.json.",
        Msg::LoadBadPage => "Il servizio delle interazioni ha inviato dati che il widget non sa leggere: %1.",
        Msg::LoadTooManyPages => "L'elenco è stato interrotto dopo %1 pagine, il massimo per un caricamento.",
        Msg::LoadStalled => "Il caricamento si è interrotto prima di finire. Ricarica per riprovare.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "la risposta non è la pagina di interazioni prevista: %1",
        Msg::PageNoEntities => "la risposta non ha un elenco \"entities\"",
        Msg::PageForeignNextUri => "il link alla pagina successiva punta a un altro sito (%1), quindi non è stato seguito",
        Msg::PageBadNextUri => "il link alla pagina successiva \"%1\" non è un percorso o un URL che il widget può seguire",
        Msg::ReadWrongType => "%1: %2 invece di %3",
        Msg::ReadMissing => "manca il campo %1",
        Msg::ReadNotJson => "non è JSON",
        Msg::ReadTooDeep => "è annidato troppo in profondità",
        Msg::ReadUnreceived => "i dati sono arrivati incompleti",

        // Errors: origins.
        Msg::OriginEmpty => "è vuoto",
        Msg::OriginBadScheme => "deve iniziare con https:// (o http:// per localhost)",
        Msg::OriginNoHost => "non ha un nome host",
        Msg::OriginHasPath => "un'origine non ha percorso, query o frammento (elimina tutto dopo host e porta)",
        Msg::OriginBadPort => "la porta non è un numero da 1 a 65535",
        Msg::OriginBadHost => "il nome host contiene caratteri che un nome host non può avere",
        Msg::OriginInsecureRemote => "http non crittografato è consentito solo per localhost; usa https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Il widget si è interrotto per un errore interno: %1. Ricarica per riprovare.",
        Msg::FaultNoAbortController => "questo browser non ha AbortController",
        Msg::FaultSignInCancelled => "l'accesso è stato annullato",
        Msg::CauseNetwork => "impossibile raggiungere il server",
    }
}
