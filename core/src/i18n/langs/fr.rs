//! Français.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interactions",
        Msg::ListLabel => "Interactions",
        Msg::Connecting => "Connexion à Genesys Cloud…",
        Msg::Empty => "Aucune interaction pour l’instant. Les nouvelles conversations apparaîtront ici.",
        Msg::NoMatches => "Aucune interaction ne correspond.",
        Msg::Retry => "Réessayer",
        Msg::Refresh => "Actualiser",
        Msg::RefreshLabel => "Recharger les interactions depuis le début",
        Msg::SearchLabel => "Rechercher des contacts",
        Msg::SearchPlaceholder => "Rechercher par nom ou adresse",
        Msg::FilterLabel => "Filtrer par type",
        Msg::FilterAll => "Tous",
        Msg::Shown => "%1 affichées",
        Msg::RangeLabel => "Période",
        Msg::RangeToday => "Aujourd’hui",
        Msg::RangeDays => "%1 jour|%1 de jours|%1 jours",
        Msg::ViewLabel => "Affichage de la liste",
        Msg::ViewByTime => "Par date",
        Msg::ViewByContact => "Par contact",
        Msg::Filters => "Filtres",
        Msg::FiltersActive => "Filtres, %1 actif|Filtres, %1 d’actifs|Filtres, %1 actifs",

        // A row, its card and its group.
        Msg::UnknownContact => "Contact inconnu",
        Msg::KindCall => "Appel",
        Msg::KindCallback => "Rappel",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-mail",
        Msg::KindMessage => "Message",
        Msg::KindOther => "Interaction",
        Msg::Queue => "File d’attente : %1",
        Msg::DirectionInbound => "Entrant",
        Msg::DirectionOutbound => "Sortant",
        Msg::InProgress => "En cours",
        Msg::Yesterday => "Hier",
        Msg::OpenDetails => "Ouvrir dans Genesys Cloud : %1",
        Msg::OpenContact => "Ouvrir la fiche du contact : %1",
        Msg::NewInteraction => "Nouvelle interaction de %1",
        Msg::CurrentInteraction => "Interaction en cours",
        Msg::Earlier => "%1 interaction précédente avec ce contact|%1 d’interactions précédentes avec ce contact|%1 interactions précédentes avec ce contact",
        Msg::NoEarlierToday => "Aucune interaction précédente aujourd’hui",
        Msg::NoEarlierDays => "Aucune interaction précédente au cours du dernier jour|Aucune interaction précédente au cours des %1 de derniers jours|Aucune interaction précédente au cours des %1 derniers jours",

        // Loading: progress and pauses.
        Msg::Loading => "Chargement…",
        Msg::LoadedOfTotal => "%1 sur %2 chargées",
        Msg::LoadedSoFar => "%1 chargées…",
        Msg::Count => "%1 interaction|%1 d’interactions|%1 interactions",
        Msg::PauseRateLimited => "Le service est saturé (limite de débit). Nouvel essai dans %1 s…",
        Msg::PauseRetrying => "Le service n’a pas répondu. Nouvel essai dans %1 s…",
        Msg::PauseOffline => "Vous êtes hors ligne. La liste reprendra au retour de la connexion.",

        // Live updates.
        Msg::LiveOn => "En direct",
        Msg::LiveConnecting => "Connexion des mises à jour en direct…",
        Msg::LiveReconnecting => "Reconnexion des mises à jour en direct (essai %1)…",
        Msg::LiveOff => "Mises à jour en direct désactivées",
        Msg::LiveOffline => "Hors ligne : les mises à jour reprennent avec le réseau",
        Msg::LiveGaveUp => "Les mises à jour en direct se sont arrêtées après plusieurs essais. La liste fonctionne toujours.",
        Msg::LiveReconnect => "Reconnecter",

        // The sign-in prompt.
        Msg::SignInButton => "Se connecter",
        Msg::SignInPrompt => "Connectez-vous à Genesys Cloud pour voir vos interactions.",
        Msg::SignInExpiring => "Votre connexion va bientôt expirer. Reconnectez-vous pour garder la liste à jour.",
        Msg::SignInWaiting => "Connexion à Genesys Cloud…",
        Msg::SignInPopupClosed => "La fenêtre de connexion a été fermée avant la fin de la connexion. Connectez-vous pour continuer.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Impossible de lire config.json : %1",
        Msg::ConfigMalformed => "config.json est mal formé : %1. Corrigez le fichier ou supprimez-le pour utiliser les valeurs par défaut.",
        Msg::ConfigNoTrustedOrigins => "config.json : trustedHostOrigins est vide, aucun hôte ne pourrait donc être approuvé. Indiquez la ou les origines Genesys Cloud, p. ex. \"https://apps.mypurecloud.com\", ou supprimez la clé pour les valeurs par défaut.",
        Msg::ConfigBadTrustedOrigin => "config.json : l’entrée \"%1\" de trustedHostOrigins n’est pas une origine : %2.",
        Msg::ConfigBadApiBase => "config.json : apiBase \"%1\" n’est pas une URL utilisable : %2.",
        Msg::ConfigBadPageSize => "config.json : pageSize doit être un entier de 1 à %1, pas %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json : handshakeTimeoutMs doit être un entier de %1 à %2, pas %3.",
        Msg::ConfigBadOAuthClientId => "config.json : oauthClientId « %1 » n’est pas un identifiant de client OAuth. Copiez l’identifiant du client Code Authorization depuis Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json : oauthRedirectUri « %1 » n’est pas une URL https:// absolue (http:// seulement pour localhost) sans requête ni fragment.",
        Msg::ConfigBadLoginBase => "config.json : loginBase « %1 » n’est pas une URL utilisable : %2.",
        Msg::ConfigBadDataSource => "config.json : dataSource doit valoir « interactions » ou « genesys », pas « %1 ».",
        Msg::ConfigBadHistoryDays => "config.json : historyDays doit être un nombre entier de 1 à %1, pas %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Ce widget s’exécute dans Genesys Cloud et a été ouvert seul. Ajoutez-le à Genesys Cloud comme Client Application ou Interaction Widget avec l’URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (voir le guide d’administration du README).",
        Msg::StartupMissingHostOrigin => "L’URL de l’iframe n’a pas de paramètre gcHostOrigin : le widget ne sait pas à quel hôte faire confiance. L’administrateur doit enregistrer l’URL avec ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Le paramètre gcHostOrigin \"%1\" n’est pas une origine : %2.",
        Msg::StartupUntrustedHost => "L’hôte %1 n’est pas approuvé par ce déploiement. Un administrateur peut l’ajouter à trustedHostOrigins dans config.json.",
        Msg::StartupNoApiBase => "Aucune adresse d’API n’est connue pour l’hôte %1. Un administrateur doit définir apiBase dans config.json.",
        Msg::StartupTargetEnvMismatch => "L’URL de l’iframe indique gcTargetEnv « %1 », mais l’hôte %2 est la région Genesys Cloud %3. L’administrateur doit enregistrer l’URL avec gcTargetEnv={{gcTargetEnv}}, que Genesys Cloud remplit.",
        Msg::StartupNoLoginBase => "Aucune adresse de connexion n’est connue pour l’hôte %1. Un administrateur doit définir loginBase dans config.json.",
        Msg::StartupRedirectElsewhere => "config.json : oauthRedirectUri %1 n’est pas sur l’origine du widget (%2). Ce doit être l’URL du widget lui-même, telle qu’enregistrée sur le client OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "La page hôte n’a pas répondu dans les %1 ms. Le widget ne s’exécute peut-être pas dans Genesys Cloud (ou son hôte n’a pas répondu) : vérifiez qu’il est ouvert depuis Genesys Cloud et que l’origine de l’hôte (%2) est celle du paramètre gcHostOrigin de l’URL de l’iframe.",
        Msg::HandshakeRefused => "L’hôte n’a pas pu fournir de jeton de connexion : %1",
        Msg::HandshakeChannel => "Le widget n’a pas pu communiquer avec son hôte : %1",
        Msg::ChannelNoParent => "il n’y a pas de cadre parent",
        Msg::ChannelNotSent => "le message à l’hôte n’a pas pu être envoyé",
        Msg::ChannelClosed => "le widget a été fermé",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud ne vous a pas connecté : %1. Réessayez pour vous connecter à nouveau.",
        Msg::SignInUnknownState => "La réponse de connexion ne correspond à aucune connexion lancée par cet onglet ; elle a donc été refusée. Réessayez pour vous connecter à nouveau.",
        Msg::SignInNoAnswer => "La page de connexion est revenue sans réponse. Réessayez ; si cela se reproduit, un administrateur doit vérifier l’URI de redirection du client OAuth.",
        Msg::SignInExchange => "La connexion n’a pas pu aboutir : %1. Réessayez pour vous connecter à nouveau.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud a refusé immédiatement la nouvelle connexion (HTTP 401). Réessayez ; si cela se reproduit, un administrateur doit vérifier les rôles et autorisations du client OAuth.",
        Msg::SignInPopupBlocked => "La fenêtre de connexion a été bloquée. Autorisez les fenêtres pop-up pour %1, puis reconnectez-vous.",
        Msg::SignInUnavailable => "Ce navigateur ne peut pas se connecter ici : %1 n’est pas disponible.",
        Msg::ExchangeIncomplete => "la réponse du service de connexion est incomplète",
        Msg::ExchangeStatus => "le service de connexion a répondu HTTP %1",
        Msg::ExchangeRefused => "le service de connexion a répondu HTTP %1 : %2",
        Msg::ExchangeUnreadable => "la réponse du service de connexion est illisible : %1",
        Msg::ExchangeNoToken => "la réponse du service de connexion ne contient pas de jeton d’accès utilisable",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Le service des interactions limite les requêtes et demande d’attendre %1 s, plus longtemps que le widget n’attend. Réessayez dans quelques minutes.",
        Msg::LoadRateLimited => "Le service des interactions a continué de limiter les requêtes (%1 essais). Réessayez dans une minute.",
        Msg::LoadUnauthorized => "Votre connexion n’a pas été acceptée, même avec un nouveau jeton. Rechargez Genesys Cloud et réessayez.",
        Msg::LoadRenewal => "Impossible d’obtenir un nouveau jeton de connexion : %1",
        Msg::LoadForbidden => "Vous n’avez pas l’autorisation de voir les interactions. Demandez à un administrateur l’autorisation interaction:read.",
        Msg::LoadAnalyticsForbidden => "Vous n’avez pas l’autorisation de voir vos conversations. Demandez à un admin d’accorder analytics:conversationDetail:view ou analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Le service des interactions est en échec (HTTP %1, %2 essais). Réessayez dans un instant.",
        Msg::LoadNetwork => "Le service des interactions est injoignable (%1 essais). Vérifiez la connexion réseau.",
        Msg::LoadUnexpected => "Le service des interactions a répondu HTTP %1, ce que le widget n’attend pas. Un administrateur doit vérifier apiBase dans config.json.",
        Msg::LoadBadPage => "Le service des interactions a envoyé des données que le widget ne sait pas lire : %1.",
        Msg::LoadTooManyPages => "La liste a été arrêtée après %1 pages, le maximum pour un chargement.",
        Msg::LoadStalled => "Le chargement s’est arrêté avant la fin. Rechargez pour réessayer.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "la réponse n’est pas la page d’interactions attendue : %1",
        Msg::PageNoEntities => "la réponse n’a pas de liste \"entities\"",
        Msg::PageForeignNextUri => "le lien vers la page suivante pointe vers un autre site (%1) et n’a donc pas été suivi",
        Msg::PageBadNextUri => "le lien vers la page suivante \"%1\" n’est ni un chemin ni une URL que le widget peut suivre",
        Msg::ReadWrongType => "%1 : %2 au lieu de %3",
        Msg::ReadMissing => "le champ %1 est absent",
        Msg::ReadNotJson => "ce n’est pas du JSON",
        Msg::ReadTooDeep => "son imbrication est trop profonde",
        Msg::ReadUnreceived => "les données sont arrivées incomplètes",

        // Errors: origins.
        Msg::OriginEmpty => "elle est vide",
        Msg::OriginBadScheme => "elle doit commencer par https:// (ou http:// pour localhost)",
        Msg::OriginNoHost => "elle n’a pas de nom d’hôte",
        Msg::OriginHasPath => "une origine n’a ni chemin, ni requête, ni fragment (supprimez tout ce qui suit l’hôte et le port)",
        Msg::OriginBadPort => "son port n’est pas un nombre de 1 à 65535",
        Msg::OriginBadHost => "son nom d’hôte contient des caractères interdits",
        Msg::OriginInsecureRemote => "le http simple n’est autorisé que pour localhost ; utilisez https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Le widget s’est arrêté à cause d’une erreur interne : %1. Rechargez pour réessayer.",
        Msg::FaultNoAbortController => "ce navigateur n’a pas d’AbortController",
        Msg::FaultSignInCancelled => "la connexion a été annulée",
        Msg::CauseNetwork => "le serveur est injoignable",
    }
}
