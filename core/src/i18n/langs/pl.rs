//! Polski (Polish).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interakcje",
        Msg::ListLabel => "Interakcje",
        Msg::Connecting => "Łączenie z Genesys Cloud…",
        Msg::Empty => "Nie ma jeszcze interakcji. Nowe rozmowy pojawią się tutaj.",
        Msg::NoMatches => "Brak pasujących interakcji.",
        Msg::Retry => "Ponów",
        Msg::Refresh => "Odśwież",
        Msg::RefreshLabel => "Wczytaj interakcje ponownie od początku",
        Msg::SearchLabel => "Szukaj kontaktów",
        Msg::SearchPlaceholder => "Szukaj według nazwy lub adresu",
        Msg::FilterLabel => "Filtruj według typu",
        Msg::FilterAll => "Wszystkie",
        Msg::Shown => "Wyświetlane: %1",
        Msg::RangeLabel => "Zakres czasu",
        Msg::RangeToday => "Dzisiaj",
        Msg::RangeDays => "%1 dzień|%1 dni|%1 dni",
        Msg::ViewLabel => "Widok listy",
        Msg::ViewByTime => "Według czasu",
        Msg::ViewByContact => "Według kontaktu",
        Msg::Filters => "Filtry",
        Msg::FiltersActive => "Filtry, %1 aktywny|Filtry, %1 aktywne|Filtry, %1 aktywnych",

        // A row, its card and its group.
        Msg::UnknownContact => "Nieznany kontakt",
        Msg::KindCall => "Połączenie",
        Msg::KindCallback => "Oddzwonienie",
        Msg::KindChat => "Czat",
        Msg::KindEmail => "E-mail",
        Msg::KindMessage => "Wiadomość",
        Msg::KindOther => "Interakcja",
        Msg::Queue => "Kolejka: %1",
        Msg::DirectionInbound => "Przychodzące",
        Msg::DirectionOutbound => "Wychodzące",
        Msg::InProgress => "W toku",
        Msg::Yesterday => "Wczoraj",
        Msg::OpenDetails => "Otwórz w Genesys Cloud: %1",
        Msg::OpenContact => "Otwórz profil kontaktu: %1",
        Msg::NewInteraction => "Nowa interakcja od %1",
        Msg::CurrentInteraction => "Bieżąca interakcja",
        Msg::Earlier => "%1 wcześniejsza interakcja z tym kontaktem|%1 wcześniejsze interakcje z tym kontaktem|%1 wcześniejszych interakcji z tym kontaktem",
        Msg::NoEarlierToday => "Brak wcześniejszych interakcji dzisiaj",
        Msg::NoEarlierDays => "Brak wcześniejszych interakcji w ostatnim dniu|Brak wcześniejszych interakcji w ostatnich %1 dniach|Brak wcześniejszych interakcji w ostatnich %1 dniach",

        // Loading: progress and pauses.
        Msg::Loading => "Wczytywanie…",
        Msg::LoadedOfTotal => "Wczytano %1 z %2",
        Msg::LoadedSoFar => "Wczytano %1…",
        Msg::Count => "%1 interakcja|%1 interakcje|%1 interakcji",
        Msg::PauseRateLimited => "Usługa jest przeciążona (limit żądań). Ponowienie za %1 s…",
        Msg::PauseRetrying => "Usługa nie odpowiedziała. Ponowienie za %1 s…",
        Msg::PauseOffline => "Jesteś offline. Lista będzie kontynuowana po przywróceniu połączenia.",

        // Live updates.
        Msg::LiveOn => "Na żywo",
        Msg::LiveConnecting => "Łączenie aktualizacji na żywo…",
        Msg::LiveReconnecting => "Ponowne łączenie aktualizacji na żywo (próba %1)…",
        Msg::LiveOff => "Aktualizacje na żywo wyłączone",
        Msg::LiveOffline => "Offline: aktualizacje na żywo wrócą z siecią",
        Msg::LiveGaveUp => "Aktualizacje na żywo zatrzymały się po kilku próbach. Lista nadal działa.",
        Msg::LiveReconnect => "Połącz ponownie",

        // The sign-in prompt.
        Msg::SignInButton => "Zaloguj się",
        Msg::SignInPrompt => "Zaloguj się przez Genesys Cloud, aby zobaczyć swoje interakcje.",
        Msg::SignInExpiring => "Twoje logowanie wkrótce wygaśnie. Zaloguj się ponownie, aby lista była aktualna.",
        Msg::SignInWaiting => "Logowanie do Genesys Cloud…",
        Msg::SignInPopupClosed => "Okno logowania zostało zamknięte przed zakończeniem logowania. Zaloguj się, aby kontynuować.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Nie można odczytać config.json: %1",
        Msg::ConfigMalformed => "Plik config.json jest nieprawidłowy: %1. Popraw plik lub usuń go, aby użyć wartości domyślnych.",
        Msg::ConfigNoTrustedOrigins => "config.json: lista trustedHostOrigins jest pusta, więc żaden host nie może być zaufany. Podaj źródło (źródła) Genesys Cloud, np. \"https://apps.mypurecloud.com\", albo usuń klucz, aby użyć wartości domyślnych.",
        Msg::ConfigBadTrustedOrigin => "config.json: wpis trustedHostOrigins \"%1\" nie jest źródłem: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" nie jest użytecznym adresem URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize musi być liczbą całkowitą od 1 do %1, a nie %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs musi być liczbą całkowitą od %1 do %2, a nie %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" nie jest identyfikatorem klienta OAuth. Skopiuj identyfikator klienta Code Authorization z Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" nie jest bezwzględnym adresem URL https:// (http:// tylko dla localhost) bez zapytania ani fragmentu.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" nie jest użytecznym adresem URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource musi mieć wartość \"interactions\" lub \"genesys\", a nie \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays musi być liczbą całkowitą od 1 do %1, a nie %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Ten widżet działa wewnątrz Genesys Cloud, a został otwarty samodzielnie. Dodaj go do Genesys Cloud jako Client Application lub Interaction Widget z adresem URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (zobacz przewodnik administratora w README).",
        Msg::StartupMissingHostOrigin => "Adres URL ramki iframe nie ma parametru gcHostOrigin, więc widżet nie wie, któremu hostowi ufać. Administrator powinien zarejestrować adres URL z ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Parametr gcHostOrigin \"%1\" nie jest źródłem: %2.",
        Msg::StartupUntrustedHost => "Host %1 nie jest zaufany w tym wdrożeniu. Administrator może dodać go do trustedHostOrigins w config.json.",
        Msg::StartupNoApiBase => "Nie jest znany adres API dla hosta %1. Administrator powinien ustawić apiBase w config.json.",
        Msg::StartupTargetEnvMismatch => "Adres URL ramki iframe podaje gcTargetEnv \"%1\", ale host %2 należy do regionu Genesys Cloud %3. Administrator powinien zarejestrować adres URL z gcTargetEnv={{gcTargetEnv}}, który wypełnia Genesys Cloud.",
        Msg::StartupNoLoginBase => "Nie jest znany adres logowania dla hosta %1. Administrator powinien ustawić loginBase w config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 nie znajduje się w źródle samego widżetu (%2). Musi to być adres URL widżetu, zarejestrowany w kliencie OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Strona hosta nie odpowiedziała w ciągu %1 ms. Widżet może nie działać wewnątrz Genesys Cloud (lub jego host nie odpowiedział): sprawdź, czy jest otwierany z Genesys Cloud i czy źródło hosta (%2) jest tym z gcHostOrigin w adresie URL ramki iframe.",
        Msg::HandshakeRefused => "Host nie mógł przekazać tokenu logowania: %1",
        Msg::HandshakeChannel => "Widżet nie mógł porozumieć się ze swoim hostem: %1",
        Msg::ChannelNoParent => "brak ramki nadrzędnej",
        Msg::ChannelNotSent => "nie udało się wysłać wiadomości do hosta",
        Msg::ChannelClosed => "widżet został zamknięty",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud nie zalogował Cię: %1. Ponów, aby zalogować się ponownie.",
        Msg::SignInUnknownState => "Odpowiedź logowania nie należy do logowania rozpoczętego w tej karcie, więc została odrzucona. Ponów, aby zalogować się ponownie.",
        Msg::SignInNoAnswer => "Strona logowania wróciła bez odpowiedzi. Ponów, aby zalogować się ponownie; jeśli to się powtarza, administrator powinien sprawdzić identyfikator URI przekierowania klienta OAuth.",
        Msg::SignInExchange => "Nie udało się dokończyć logowania: %1. Ponów, aby zalogować się ponownie.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud od razu odrzucił nowe logowanie (HTTP 401). Ponów, aby zalogować się ponownie; jeśli to się powtarza, administrator powinien sprawdzić role i uprawnienia klienta OAuth.",
        Msg::SignInPopupBlocked => "Okno logowania zostało zablokowane. Zezwól na wyskakujące okna dla %1, a następnie zaloguj się ponownie.",
        Msg::SignInUnavailable => "Ta przeglądarka nie może się tutaj zalogować: interfejs %1 jest niedostępny.",
        Msg::ExchangeIncomplete => "odpowiedź usługi logowania jest niekompletna",
        Msg::ExchangeStatus => "usługa logowania odpowiedziała HTTP %1",
        Msg::ExchangeRefused => "usługa logowania odpowiedziała HTTP %1: %2",
        Msg::ExchangeUnreadable => "nie można odczytać odpowiedzi usługi logowania: %1",
        Msg::ExchangeNoToken => "odpowiedź usługi logowania nie zawiera użytecznego tokenu dostępu",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Usługa interakcji ogranicza żądania i poprosiła o odczekanie %1 s, dłużej niż czeka widżet. Spróbuj ponownie za kilka minut.",
        Msg::LoadRateLimited => "Usługa interakcji nadal ograniczała żądania (prób: %1). Spróbuj ponownie za minutę.",
        Msg::LoadUnauthorized => "Twoje logowanie nie zostało przyjęte nawet z nowym tokenem. Wczytaj ponownie Genesys Cloud i spróbuj jeszcze raz.",
        Msg::LoadRenewal => "Nie udało się uzyskać nowego tokenu logowania: %1",
        Msg::LoadForbidden => "Nie masz uprawnień do wyświetlania interakcji. Poproś administratora o nadanie uprawnienia interaction:read.",
        Msg::LoadAnalyticsForbidden => "Nie masz uprawnień do wyświetlania swoich rozmów. Poproś administratora o nadanie analytics:conversationDetail:view lub analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Usługa interakcji zawodzi (HTTP %1, prób: %2). Spróbuj ponownie wkrótce.",
        Msg::LoadNetwork => "Nie można połączyć się z usługą interakcji (prób: %1). Sprawdź połączenie sieciowe.",
        Msg::LoadUnexpected => "Usługa interakcji odpowiedziała HTTP %1, czego widżet się nie spodziewa. Administrator powinien sprawdzić apiBase w config.json.",
        Msg::LoadBadPage => "Usługa interakcji wysłała dane, których widżet nie potrafi odczytać: %1.",
        Msg::LoadTooManyPages => "Lista została zatrzymana po %1 stronach, czyli maksimum jednego wczytywania.",
        Msg::LoadStalled => "Wczytywanie zatrzymało się przed zakończeniem. Wczytaj ponownie, aby spróbować jeszcze raz.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "odpowiedź nie jest oczekiwaną stroną interakcji: %1",
        Msg::PageNoEntities => "odpowiedź nie zawiera listy \"entities\"",
        Msg::PageForeignNextUri => "link do następnej strony prowadzi do innej witryny (%1), więc nie został użyty",
        Msg::PageBadNextUri => "link do następnej strony \"%1\" nie jest ścieżką ani adresem URL, za którym widżet może podążyć",
        Msg::ReadWrongType => "%1: %2 zamiast %3",
        Msg::ReadMissing => "brak pola %1",
        Msg::ReadNotJson => "to nie jest JSON",
        Msg::ReadTooDeep => "ma zbyt głębokie zagnieżdżenie",
        Msg::ReadUnreceived => "dane dotarły niekompletne",

        // Errors: origins.
        Msg::OriginEmpty => "jest pusty",
        Msg::OriginBadScheme => "musi zaczynać się od https:// (lub http:// dla localhost)",
        Msg::OriginNoHost => "nie ma nazwy hosta",
        Msg::OriginHasPath => "źródło nie ma ścieżki, zapytania ani fragmentu (usuń wszystko po hoście i porcie)",
        Msg::OriginBadPort => "jego port nie jest liczbą od 1 do 65535",
        Msg::OriginBadHost => "nazwa hosta zawiera znaki niedozwolone w nazwie hosta",
        Msg::OriginInsecureRemote => "nieszyfrowany http jest dozwolony tylko dla localhost; użyj https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Widżet zatrzymał się z powodu błędu wewnętrznego: %1. Wczytaj ponownie, aby spróbować jeszcze raz.",
        Msg::FaultNoAbortController => "ta przeglądarka nie obsługuje AbortController",
        Msg::FaultSignInCancelled => "logowanie zostało anulowane",
        Msg::CauseNetwork => "nie można połączyć się z serwerem",
    }
}
