//! Español.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interacciones",
        Msg::ListLabel => "Interacciones",
        Msg::Connecting => "Conectando con Genesys Cloud…",
        Msg::Empty => "Todavía no hay interacciones. Las conversaciones nuevas aparecerán aquí.",
        Msg::NoMatches => "Ninguna interacción coincide.",
        Msg::Retry => "Reintentar",
        Msg::Refresh => "Actualizar",
        Msg::RefreshLabel => "Volver a cargar las interacciones desde el principio",
        Msg::SearchLabel => "Buscar contactos",
        Msg::SearchPlaceholder => "Buscar por nombre o dirección",
        Msg::FilterLabel => "Filtrar por tipo",
        Msg::FilterAll => "Todas",
        Msg::Shown => "%1 mostradas",
        Msg::RangeLabel => "Periodo",
        Msg::RangeToday => "Hoy",
        Msg::RangeDays => "%1 día|%1 de días|%1 días",
        Msg::ViewLabel => "Vista de la lista",
        Msg::ViewByTime => "Por hora",
        Msg::ViewByContact => "Por contacto",
        Msg::Filters => "Filtros",
        Msg::FiltersActive => "Filtros, %1 activo|Filtros, %1 de activos|Filtros, %1 activos",

        // A row, its card and its group.
        Msg::UnknownContact => "Contacto desconocido",
        Msg::KindCall => "Llamada",
        Msg::KindCallback => "Devolución de llamada",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "Correo electrónico",
        Msg::KindMessage => "Mensaje",
        Msg::KindOther => "Interacción",
        Msg::Queue => "Cola: %1",
        Msg::DirectionInbound => "Entrante",
        Msg::DirectionOutbound => "Saliente",
        Msg::InProgress => "En curso",
        Msg::Yesterday => "Ayer",
        Msg::OpenDetails => "Abrir en Genesys Cloud: %1",
        Msg::OpenContact => "Abrir el perfil del contacto: %1",
        Msg::NewInteraction => "Nueva interacción de %1",
        Msg::CurrentInteraction => "Interacción actual",
        Msg::Earlier => "%1 interacción anterior con este contacto|%1 de interacciones anteriores con este contacto|%1 interacciones anteriores con este contacto",
        Msg::NoEarlierToday => "No hay interacciones anteriores hoy",
        Msg::NoEarlierDays => "No hay interacciones anteriores en el último día|No hay interacciones anteriores en los últimos %1 de días|No hay interacciones anteriores en los últimos %1 días",

        // Loading: progress and pauses.
        Msg::Loading => "Cargando…",
        Msg::LoadedOfTotal => "%1 de %2 cargadas",
        Msg::LoadedSoFar => "%1 cargadas…",
        Msg::Count => "%1 interacción|%1 de interacciones|%1 interacciones",
        Msg::PauseRateLimited => "El servicio está saturado (límite de solicitudes). Reintento en %1 s…",
        Msg::PauseRetrying => "El servicio no respondió. Reintento en %1 s…",
        Msg::PauseOffline => "No hay conexión. La lista continuará cuando vuelva la conexión.",

        // Live updates.
        Msg::LiveOn => "En vivo",
        Msg::LiveConnecting => "Conectando actualizaciones en vivo…",
        Msg::LiveReconnecting => "Reconectando actualizaciones en vivo (intento %1)…",
        Msg::LiveOff => "Actualizaciones en vivo desactivadas",
        Msg::LiveOffline => "Sin conexión: las actualizaciones vuelven con la red",
        Msg::LiveGaveUp => "Las actualizaciones en vivo se detuvieron tras varios intentos. La lista sigue funcionando.",
        Msg::LiveReconnect => "Reconectar",

        // The sign-in prompt.
        Msg::SignInButton => "Iniciar sesión",
        Msg::SignInPrompt => "Inicie sesión en Genesys Cloud para ver sus interacciones.",
        Msg::SignInExpiring => "Su sesión está a punto de caducar. Inicie sesión de nuevo para mantener la lista al día.",
        Msg::SignInWaiting => "Iniciando sesión en Genesys Cloud…",
        Msg::SignInPopupClosed => "La ventana de inicio de sesión se cerró antes de terminar. Inicie sesión para continuar.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "No se pudo leer config.json: %1",
        Msg::ConfigMalformed => "config.json no es válido: %1. Corrija el archivo o elimínelo para usar los valores predeterminados.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins está vacío, así que nunca se podría confiar en ningún host. Indique los orígenes de Genesys Cloud, p. ej. \"https://apps.mypurecloud.com\", o elimine la clave para usar los predeterminados.",
        Msg::ConfigBadTrustedOrigin => "config.json: la entrada \"%1\" de trustedHostOrigins no es un origen: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" no es una URL utilizable: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize debe ser un número entero de 1 a %1, no %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs debe ser un número entero de %1 a %2, no %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" no es un id de cliente OAuth. Copie el id del cliente Code Authorization desde Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" no es una URL https:// absoluta (http:// solo para localhost) sin consulta ni fragmento.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" no es una URL utilizable: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource debe ser \"interactions\" o \"genesys\", no \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays debe ser un número entero de 1 a %1, no %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Este widget funciona dentro de Genesys Cloud y se abrió por separado. Añádalo a Genesys Cloud como Client Application o Interaction Widget con la URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (consulte la guía de administración del README).",
        Msg::StartupMissingHostOrigin => "La URL del iframe no tiene el parámetro gcHostOrigin, así que el widget no sabe en qué host confiar. El administrador debe registrar la URL con ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "El parámetro gcHostOrigin \"%1\" no es un origen: %2.",
        Msg::StartupUntrustedHost => "Esta implementación no confía en el host %1. Un administrador puede añadirlo a trustedHostOrigins en config.json.",
        Msg::StartupNoApiBase => "No se conoce ninguna dirección de API para el host %1. Un administrador debe definir apiBase en config.json.",
        Msg::StartupTargetEnvMismatch => "La URL del iframe indica gcTargetEnv \"%1\", pero el host %2 es la región de Genesys Cloud %3. El administrador debe registrar la URL con gcTargetEnv={{gcTargetEnv}}, que Genesys Cloud completa.",
        Msg::StartupNoLoginBase => "No se conoce ninguna dirección de inicio de sesión para el host %1. Un administrador debe definir loginBase en config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 no está en el origen propio del widget (%2). Debe ser la URL del propio widget, tal como está registrada en el cliente OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "La página host no respondió en %1 ms. Puede que el widget no se esté ejecutando dentro de Genesys Cloud (o que su host no haya respondido): compruebe que se abre desde Genesys Cloud y que el origen del host (%2) es el del parámetro gcHostOrigin de la URL del iframe.",
        Msg::HandshakeRefused => "El host no pudo proporcionar un token de inicio de sesión: %1",
        Msg::HandshakeChannel => "El widget no pudo comunicarse con su host: %1",
        Msg::ChannelNoParent => "no hay marco principal",
        Msg::ChannelNotSent => "no se pudo enviar el mensaje al host",
        Msg::ChannelClosed => "se cerró el widget",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud no inició su sesión: %1. Vuelva a intentarlo para iniciar sesión de nuevo.",
        Msg::SignInUnknownState => "La respuesta de inicio de sesión no corresponde a ningún inicio de sesión de esta pestaña, así que se rechazó. Vuelva a intentarlo para iniciar sesión de nuevo.",
        Msg::SignInNoAnswer => "La página de inicio de sesión volvió sin respuesta. Vuelva a intentarlo; si sigue ocurriendo, un administrador debe revisar la URI de redirección del cliente OAuth.",
        Msg::SignInExchange => "No se pudo completar el inicio de sesión: %1. Vuelva a intentarlo para iniciar sesión de nuevo.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud rechazó de inmediato el nuevo inicio de sesión (HTTP 401). Vuelva a intentarlo; si sigue ocurriendo, un administrador debe revisar los roles y permisos del cliente OAuth.",
        Msg::SignInPopupBlocked => "La ventana de inicio de sesión se bloqueó. Permita las ventanas emergentes para %1 e inicie sesión de nuevo.",
        Msg::SignInUnavailable => "Este navegador no puede iniciar sesión aquí: %1 no está disponible.",
        Msg::ExchangeIncomplete => "la respuesta del servicio de inicio de sesión está incompleta",
        Msg::ExchangeStatus => "el servicio de inicio de sesión respondió HTTP %1",
        Msg::ExchangeRefused => "el servicio de inicio de sesión respondió HTTP %1: %2",
        Msg::ExchangeUnreadable => "la respuesta del servicio de inicio de sesión no se puede leer: %1",
        Msg::ExchangeNoToken => "la respuesta del servicio de inicio de sesión no contiene un token de acceso válido",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "El servicio de interacciones está limitando las solicitudes y pidió esperar %1 s, más de lo que espera el widget. Vuelva a intentarlo en unos minutos.",
        Msg::LoadRateLimited => "El servicio de interacciones siguió limitando las solicitudes (%1 intentos). Vuelva a intentarlo en un minuto.",
        Msg::LoadUnauthorized => "Su inicio de sesión no se aceptó, ni siquiera con un token nuevo. Vuelva a cargar Genesys Cloud e inténtelo de nuevo.",
        Msg::LoadRenewal => "No se pudo obtener un token de inicio de sesión nuevo: %1",
        Msg::LoadForbidden => "No tiene permiso para ver interacciones. Pida a un administrador el permiso interaction:read.",
        Msg::LoadAnalyticsForbidden => "No tiene permiso para ver sus conversaciones. Pida a un admin que conceda analytics:conversationDetail:view o analytics:agentConversationDetail:view.",
        Msg::LoadServer => "El servicio de interacciones está fallando (HTTP %1, %2 intentos). Vuelva a intentarlo en breve.",
        Msg::LoadNetwork => "No se pudo contactar con el servicio de interacciones (%1 intentos). Compruebe la conexión de red.",
        Msg::LoadUnexpected => "El servicio de interacciones respondió HTTP %1, algo que el widget no espera. Un administrador debe revisar apiBase en config.json.",
        Msg::LoadBadPage => "El servicio de interacciones envió datos que el widget no puede leer: %1.",
        Msg::LoadTooManyPages => "La lista se detuvo tras %1 páginas, el máximo para una carga.",
        Msg::LoadStalled => "La carga se detuvo sin terminar. Vuelva a cargar para intentarlo de nuevo.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "la respuesta no es la página de interacciones esperada: %1",
        Msg::PageNoEntities => "la respuesta no tiene una lista \"entities\"",
        Msg::PageForeignNextUri => "el enlace a la página siguiente apunta a otro sitio (%1), así que no se siguió",
        Msg::PageBadNextUri => "el enlace a la página siguiente \"%1\" no es una ruta ni una URL que el widget pueda seguir",
        Msg::ReadWrongType => "%1: %2 en lugar de %3",
        Msg::ReadMissing => "falta el campo %1",
        Msg::ReadNotJson => "no es JSON",
        Msg::ReadTooDeep => "está anidado a demasiada profundidad",
        Msg::ReadUnreceived => "los datos llegaron incompletos",

        // Errors: origins.
        Msg::OriginEmpty => "está vacío",
        Msg::OriginBadScheme => "debe empezar por https:// (o http:// para localhost)",
        Msg::OriginNoHost => "no tiene nombre de host",
        Msg::OriginHasPath => "un origen no tiene ruta, consulta ni fragmento (quite todo lo que va después del host y el puerto)",
        Msg::OriginBadPort => "su puerto no es un número de 1 a 65535",
        Msg::OriginBadHost => "su nombre de host tiene caracteres no permitidos",
        Msg::OriginInsecureRemote => "http sin cifrar solo se permite para localhost; use https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "El widget se detuvo por un error interno: %1. Vuelva a cargar para intentarlo de nuevo.",
        Msg::FaultNoAbortController => "este navegador no tiene AbortController",
        Msg::FaultSignInCancelled => "se canceló el inicio de sesión",
        Msg::CauseNetwork => "no se pudo contactar con el servidor",
    }
}
