//! Deutsch.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interaktionen",
        Msg::ListLabel => "Interaktionen",
        Msg::Connecting => "Verbindung zu Genesys Cloud wird hergestellt…",
        Msg::Empty => "Noch keine Interaktionen. Neue Gespräche erscheinen hier.",
        Msg::NoMatches => "Keine Interaktionen gefunden.",
        Msg::Retry => "Erneut versuchen",
        Msg::Refresh => "Aktualisieren",
        Msg::RefreshLabel => "Interaktionen von vorn neu laden",
        Msg::SearchLabel => "Kontakte durchsuchen",
        Msg::SearchPlaceholder => "Nach Name oder Adresse suchen",
        Msg::FilterLabel => "Nach Typ filtern",
        Msg::FilterAll => "Alle",
        Msg::Shown => "%1 angezeigt",
        Msg::RangeLabel => "Zeitraum",
        Msg::RangeToday => "Heute",
        Msg::RangeDays => "%1 Tag|%1 Tage",
        Msg::ViewLabel => "Listenansicht",
        Msg::ViewByTime => "Nach Zeit",
        Msg::ViewByContact => "Nach Kontakt",
        Msg::Filters => "Filter",
        Msg::FiltersActive => "Filter, %1 aktiv|Filter, %1 aktiv",

        // A row, its card and its group.
        Msg::UnknownContact => "Unbekannter Kontakt",
        Msg::KindCall => "Anruf",
        Msg::KindCallback => "Rückruf",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-Mail",
        Msg::KindMessage => "Nachricht",
        Msg::KindOther => "Interaktion",
        Msg::Queue => "Warteschlange: %1",
        Msg::DirectionInbound => "Eingehend",
        Msg::DirectionOutbound => "Ausgehend",
        Msg::InProgress => "Läuft",
        Msg::Yesterday => "Gestern",
        Msg::OpenDetails => "In Genesys Cloud öffnen: %1",
        Msg::OpenContact => "Kontaktprofil öffnen: %1",
        Msg::NewInteraction => "Neue Interaktion von %1",
        Msg::CurrentInteraction => "Aktuelle Interaktion",
        Msg::Earlier => "%1 frühere Interaktion mit diesem Kontakt|%1 frühere Interaktionen mit diesem Kontakt",
        Msg::NoEarlierToday => "Heute keine früheren Interaktionen",
        Msg::NoEarlierDays => "Keine früheren Interaktionen am letzten Tag|Keine früheren Interaktionen in den letzten %1 Tagen",

        // Loading: progress and pauses.
        Msg::Loading => "Wird geladen…",
        Msg::LoadedOfTotal => "%1 von %2 geladen",
        Msg::LoadedSoFar => "%1 geladen…",
        Msg::Count => "%1 Interaktion|%1 Interaktionen",
        Msg::PauseRateLimited => "Der Dienst ist ausgelastet (Ratenlimit). Neuer Versuch in %1 s…",
        Msg::PauseRetrying => "Der Dienst hat nicht geantwortet. Neuer Versuch in %1 s…",
        Msg::PauseOffline => "Sie sind offline. Die Liste wird fortgesetzt, sobald die Verbindung wieder besteht.",

        // Live updates.
        Msg::LiveOn => "Live",
        Msg::LiveConnecting => "Live-Updates werden verbunden…",
        Msg::LiveReconnecting => "Live-Updates werden neu verbunden (Versuch %1)…",
        Msg::LiveOff => "Live-Updates aus",
        Msg::LiveOffline => "Offline: Live-Updates laufen mit dem Netz weiter",
        Msg::LiveGaveUp => "Live-Updates wurden nach mehreren Versuchen beendet. Die Liste funktioniert weiter.",
        Msg::LiveReconnect => "Neu verbinden",

        // The sign-in prompt.
        Msg::SignInButton => "Anmelden",
        Msg::SignInPrompt => "Melden Sie sich bei Genesys Cloud an, um Ihre Interaktionen zu sehen.",
        Msg::SignInExpiring => "Ihre Anmeldung läuft bald ab. Melden Sie sich erneut an, damit die Liste aktuell bleibt.",
        Msg::SignInWaiting => "Anmeldung bei Genesys Cloud…",
        Msg::SignInPopupClosed => "Das Anmeldefenster wurde geschlossen, bevor die Anmeldung fertig war. Melden Sie sich an, um fortzufahren.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json konnte nicht gelesen werden: %1",
        Msg::ConfigMalformed => "config.json ist fehlerhaft: %1. Korrigieren Sie die Datei oder entfernen Sie sie, um die Standardwerte zu verwenden.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins ist leer, daher könnte keinem Host je vertraut werden. Tragen Sie die Genesys-Cloud-Origin(s) ein, z. B. \"https://apps.mypurecloud.com\", oder entfernen Sie den Schlüssel für die Standardwerte.",
        Msg::ConfigBadTrustedOrigin => "config.json: Der Eintrag \"%1\" in trustedHostOrigins ist keine Origin: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" ist keine verwendbare URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize muss eine ganze Zahl von 1 bis %1 sein, nicht %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs muss eine ganze Zahl von %1 bis %2 sein, nicht %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" ist keine OAuth-Client-ID. Kopieren Sie die Client-ID des Code-Authorization-Clients aus Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" ist keine absolute https://-URL (http:// nur für localhost) ohne Query oder Fragment.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" ist keine verwendbare URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource muss \"interactions\" oder \"genesys\" sein, nicht \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays muss eine ganze Zahl von 1 bis %1 sein, nicht %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Dieses Widget läuft in Genesys Cloud und wurde direkt geöffnet. Fügen Sie es in Genesys Cloud als Client Application oder Interaction Widget mit der URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} hinzu (siehe Admin-Anleitung im README).",
        Msg::StartupMissingHostOrigin => "Die iframe-URL hat keinen Parameter gcHostOrigin, daher weiß das Widget nicht, welchem Host es vertrauen soll. Der Admin sollte die URL mit ?gcHostOrigin={{gcHostOrigin}} registrieren.",
        Msg::StartupBadHostOrigin => "Der Parameter gcHostOrigin \"%1\" ist keine Origin: %2.",
        Msg::StartupUntrustedHost => "Dem Host %1 vertraut diese Installation nicht. Ein Admin kann ihn in config.json unter trustedHostOrigins eintragen.",
        Msg::StartupNoApiBase => "Für den Host %1 ist keine API-Adresse bekannt. Ein Admin sollte apiBase in config.json setzen.",
        Msg::StartupTargetEnvMismatch => "Die iframe-URL nennt gcTargetEnv \"%1\", aber der Host %2 ist die Genesys-Cloud-Region %3. Ein Admin sollte die URL mit gcTargetEnv={{gcTargetEnv}} registrieren, das Genesys Cloud ausfüllt.",
        Msg::StartupNoLoginBase => "Für den Host %1 ist keine Anmeldeadresse bekannt. Ein Admin sollte loginBase in config.json setzen.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 liegt nicht auf der eigenen Origin des Widgets (%2). Es muss die eigene URL des Widgets sein, wie am OAuth-Client registriert.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Die Host-Seite hat nicht innerhalb von %1 ms geantwortet. Das Widget läuft vielleicht nicht in Genesys Cloud (oder der Host hat nicht geantwortet): Prüfen Sie, dass es aus Genesys Cloud geöffnet wird und dass die Origin des Hosts (%2) die in gcHostOrigin der iframe-URL ist.",
        Msg::HandshakeRefused => "Der Host konnte kein Anmelde-Token liefern: %1",
        Msg::HandshakeChannel => "Das Widget konnte nicht mit seinem Host sprechen: %1",
        Msg::ChannelNoParent => "es gibt keinen übergeordneten Frame",
        Msg::ChannelNotSent => "die Nachricht an den Host konnte nicht gesendet werden",
        Msg::ChannelClosed => "das Widget wurde geschlossen",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud hat Sie nicht angemeldet: %1. Versuchen Sie es erneut, um sich wieder anzumelden.",
        Msg::SignInUnknownState => "Die Anmeldeantwort gehört zu keiner Anmeldung, die dieser Tab begonnen hat, und wurde daher abgelehnt. Versuchen Sie es erneut, um sich wieder anzumelden.",
        Msg::SignInNoAnswer => "Die Anmeldeseite kam ohne Antwort zurück. Versuchen Sie es erneut; wenn es wieder passiert, sollte ein Admin die Redirect-URI des OAuth-Clients prüfen.",
        Msg::SignInExchange => "Die Anmeldung konnte nicht abgeschlossen werden: %1. Versuchen Sie es erneut, um sich wieder anzumelden.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud hat die neue Anmeldung sofort abgelehnt (HTTP 401). Versuchen Sie es erneut; wenn es wieder passiert, sollte ein Admin die Rollen und Berechtigungen des OAuth-Clients prüfen.",
        Msg::SignInPopupBlocked => "Das Anmeldefenster wurde blockiert. Erlauben Sie Pop-ups für %1 und melden Sie sich dann erneut an.",
        Msg::SignInUnavailable => "Dieser Browser kann sich hier nicht anmelden: %1 ist nicht verfügbar.",
        Msg::ExchangeIncomplete => "die Antwort des Anmeldedienstes ist unvollständig",
        Msg::ExchangeStatus => "der Anmeldedienst antwortete mit HTTP %1",
        Msg::ExchangeRefused => "der Anmeldedienst antwortete mit HTTP %1: %2",
        Msg::ExchangeUnreadable => "die Antwort des Anmeldedienstes ist nicht lesbar: %1",
        Msg::ExchangeNoToken => "die Antwort des Anmeldedienstes enthält kein verwendbares Zugriffs-Token",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Der Interaktionsdienst begrenzt die Anfragen und bat, %1 s zu warten – länger, als das Widget wartet. Versuchen Sie es in einigen Minuten erneut.",
        Msg::LoadRateLimited => "Der Interaktionsdienst hat die Anfragen wiederholt begrenzt (%1 Versuche). Versuchen Sie es in einer Minute erneut.",
        Msg::LoadUnauthorized => "Ihre Anmeldung wurde auch mit einem neuen Token nicht akzeptiert. Laden Sie Genesys Cloud neu und versuchen Sie es erneut.",
        Msg::LoadRenewal => "Es konnte kein neues Anmelde-Token bezogen werden: %1",
        Msg::LoadForbidden => "Sie haben keine Berechtigung, Interaktionen zu sehen. Bitten Sie einen Admin um die Berechtigung interaction:read.",
        Msg::LoadAnalyticsForbidden => "Sie haben keine Berechtigung, Ihre Konversationen zu sehen. Bitten Sie einen Admin um analytics:conversationDetail:view oder analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Der Interaktionsdienst hat Fehler (HTTP %1, %2 Versuche). Versuchen Sie es gleich erneut.",
        Msg::LoadNetwork => "Der Interaktionsdienst war nicht erreichbar (%1 Versuche). Prüfen Sie die Netzwerkverbindung.",
        Msg::LoadUnexpected => "Der Interaktionsdienst antwortete mit HTTP %1, was das Widget nicht erwartet. Ein Admin sollte apiBase in config.json prüfen.",
        Msg::LoadBadPage => "Der Interaktionsdienst hat Daten gesendet, die das Widget nicht lesen kann: %1.",
        Msg::LoadTooManyPages => "Die Liste wurde nach %1 Seiten angehalten, dem Maximum für einen Ladevorgang.",
        Msg::LoadStalled => "Das Laden wurde vor dem Ende angehalten. Laden Sie neu, um es erneut zu versuchen.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "die Antwort ist nicht die erwartete Seite mit Interaktionen: %1",
        Msg::PageNoEntities => "die Antwort hat keine Liste \"entities\"",
        Msg::PageForeignNextUri => "der Link zur nächsten Seite zeigt auf eine andere Website (%1) und wurde daher nicht verfolgt",
        Msg::PageBadNextUri => "der Link zur nächsten Seite \"%1\" ist kein Pfad und keine URL, der das Widget folgen kann",
        Msg::ReadWrongType => "%1: %2 statt %3",
        Msg::ReadMissing => "das Feld %1 fehlt",
        Msg::ReadNotJson => "es ist kein JSON",
        Msg::ReadTooDeep => "es ist zu tief verschachtelt",
        Msg::ReadUnreceived => "die Daten kamen unvollständig an",

        // Errors: origins.
        Msg::OriginEmpty => "sie ist leer",
        Msg::OriginBadScheme => "sie muss mit https:// beginnen (oder http:// für localhost)",
        Msg::OriginNoHost => "sie hat keinen Hostnamen",
        Msg::OriginHasPath => "eine Origin hat keinen Pfad, keine Query und kein Fragment (alles nach Host und Port entfernen)",
        Msg::OriginBadPort => "ihr Port ist keine Zahl von 1 bis 65535",
        Msg::OriginBadHost => "ihr Hostname enthält Zeichen, die ein Hostname nicht haben kann",
        Msg::OriginInsecureRemote => "reines http ist nur für localhost erlaubt; verwenden Sie https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Das Widget wurde wegen eines internen Fehlers angehalten: %1. Laden Sie neu, um es erneut zu versuchen.",
        Msg::FaultNoAbortController => "dieser Browser hat keinen AbortController",
        Msg::FaultSignInCancelled => "die Anmeldung wurde abgebrochen",
        Msg::CauseNetwork => "der Server war nicht erreichbar",
    }
}
