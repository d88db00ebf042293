//! Português europeu (European Portuguese).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Interações",
        Msg::ListLabel => "Interações",
        Msg::Connecting => "A ligar ao Genesys Cloud…",
        Msg::Empty => "Nenhuma interação ainda. Novas conversas aparecerão aqui.",
        Msg::NoMatches => "Nenhuma interação corresponde.",
        Msg::Retry => "Tentar novamente",
        Msg::Refresh => "Atualizar",
        Msg::RefreshLabel => "Recarregar as interações desde o início",
        Msg::SearchLabel => "Pesquisar contactos",
        Msg::SearchPlaceholder => "Pesquisar por nome ou endereço",
        Msg::FilterLabel => "Filtrar por tipo",
        Msg::FilterAll => "Todas",
        Msg::Shown => "%1 apresentadas",
        Msg::RangeLabel => "Período",
        Msg::RangeToday => "Hoje",
        Msg::RangeDays => "%1 dia|%1 de dias|%1 dias",
        Msg::ViewLabel => "Vista de lista",
        Msg::ViewByTime => "Por hora",
        Msg::ViewByContact => "Por contacto",
        Msg::Filters => "Filtros",
        Msg::FiltersActive => "Filtros, %1 ativo|Filtros, %1 de ativos|Filtros, %1 ativos",

        // A row, its card and its group.
        Msg::UnknownContact => "Contacto desconhecido",
        Msg::KindCall => "Chamada",
        Msg::KindCallback => "Chamada de retorno",
        Msg::KindChat => "Chat",
        Msg::KindEmail => "E-mail",
        Msg::KindMessage => "Mensagem",
        Msg::KindOther => "Interação",
        Msg::Queue => "Fila: %1",
        Msg::DirectionInbound => "Recebida",
        Msg::DirectionOutbound => "Efetuada",
        Msg::InProgress => "Em curso",
        Msg::Yesterday => "Ontem",
        Msg::OpenDetails => "Abrir no Genesys Cloud: %1",
        Msg::OpenContact => "Abrir perfil do contacto: %1",
        Msg::NewInteraction => "Nova interação de %1",
        Msg::CurrentInteraction => "Interação atual",
        Msg::Earlier => "%1 interação anterior com este contacto|%1 de interações anteriores com este contacto|%1 interações anteriores com este contacto",
        Msg::NoEarlierToday => "Nenhuma interação anterior hoje",
        Msg::NoEarlierDays => "Nenhuma interação anterior no último dia|Nenhuma interação anterior nos últimos %1 de dias|Nenhuma interação anterior nos últimos %1 dias",

        // Loading: progress and pauses.
        Msg::Loading => "A carregar…",
        Msg::LoadedOfTotal => "%1 de %2 carregadas",
        Msg::LoadedSoFar => "%1 carregadas…",
        Msg::Count => "%1 interação|%1 de interações|%1 interações",
        Msg::PauseRateLimited => "O serviço está ocupado (limite de pedidos). Nova tentativa em %1 s…",
        Msg::PauseRetrying => "O serviço não respondeu. Nova tentativa em %1 s…",
        Msg::PauseOffline => "Está offline. A lista continuará quando a ligação voltar.",

        // Live updates.
        Msg::LiveOn => "Em direto",
        Msg::LiveConnecting => "A ligar atualizações em direto…",
        Msg::LiveReconnecting => "A restabelecer atualizações em direto (tentativa %1)…",
        Msg::LiveOff => "Atualizações em direto desligadas",
        Msg::LiveOffline => "Offline: as atualizações são retomadas com a rede",
        Msg::LiveGaveUp => "As atualizações em direto pararam após várias tentativas. A lista continua a funcionar.",
        Msg::LiveReconnect => "Restabelecer ligação",

        // The sign-in prompt.
        Msg::SignInButton => "Iniciar sessão",
        Msg::SignInPrompt => "Inicie sessão no Genesys Cloud para ver as suas interações.",
        Msg::SignInExpiring => "A sua sessão está prestes a expirar. Inicie sessão novamente para manter a lista atualizada.",
        Msg::SignInWaiting => "A iniciar sessão no Genesys Cloud…",
        Msg::SignInPopupClosed => "A janela de início de sessão foi fechada antes de concluído o início de sessão. Inicie sessão para continuar.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Não foi possível ler o config.json: %1",
        Msg::ConfigMalformed => "O config.json está malformado: %1. Corrija o ficheiro ou remova-o para usar as predefinições.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins está vazio, pelo que nenhum host poderia ser confiável. Liste as origens do Genesys Cloud, por exemplo \"https://apps.mypurecloud.com\", ou remova a chave para usar as predefinições.",
        Msg::ConfigBadTrustedOrigin => "config.json: a entrada \"%1\" de trustedHostOrigins não é uma origem: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" não é um URL utilizável: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize deve ser um número inteiro de 1 a %1, não %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs deve ser um número inteiro de %1 a %2, não %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" não é um id de cliente OAuth. Copie o id do cliente Code Authorization no Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" não é um URL https:// absoluto (http:// só para localhost) sem consulta nem fragmento.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" não é um URL utilizável: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource deve ser \"interactions\" ou \"genesys\", não \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays deve ser um número inteiro de 1 a %1, não %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Este widget funciona dentro do Genesys Cloud e foi aberto sozinho. Adicione-o ao Genesys Cloud como Client Application ou Interaction Widget com o URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (veja o guia do administrador no README).",
        Msg::StartupMissingHostOrigin => "O URL do iframe não tem o parâmetro gcHostOrigin, pelo que o widget não sabe em qual host confiar. O administrador deve registar o URL com ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "O parâmetro gcHostOrigin \"%1\" não é uma origem: %2.",
        Msg::StartupUntrustedHost => "O host %1 não é confiável nesta implementação. Um administrador pode adicioná-lo a trustedHostOrigins no config.json.",
        Msg::StartupNoApiBase => "Nenhum endereço de API é conhecido para o host %1. Um administrador deve definir apiBase no config.json.",
        Msg::StartupTargetEnvMismatch => "O URL do iframe diz gcTargetEnv \"%1\", mas o host %2 é a região do Genesys Cloud %3. O administrador deve registar o URL com gcTargetEnv={{gcTargetEnv}}, que o Genesys Cloud preenche.",
        Msg::StartupNoLoginBase => "Nenhum endereço de início de sessão é conhecido para o host %1. Um administrador deve definir loginBase no config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 não está na origem do próprio widget (%2). Deve ser o URL do próprio widget, tal como registado no cliente OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "A página host não respondeu em %1 ms. Talvez o widget não esteja a ser executado dentro do Genesys Cloud (ou o host não respondeu): verifique se ele é aberto pelo Genesys Cloud e se a origem do host (%2) é a do parâmetro gcHostOrigin do URL do iframe.",
        Msg::HandshakeRefused => "O host não conseguiu fornecer um token de acesso: %1",
        Msg::HandshakeChannel => "O widget não conseguiu comunicar com o host: %1",
        Msg::ChannelNoParent => "não existe frame pai",
        Msg::ChannelNotSent => "não foi possível enviar a mensagem ao host",
        Msg::ChannelClosed => "o widget foi fechado",

        // Errors: the sign-in.
        Msg::SignInDenied => "O Genesys Cloud não iniciou a sua sessão: %1. Tente novamente para iniciar sessão de novo.",
        Msg::SignInUnknownState => "A resposta de início de sessão não pertence a nenhum início de sessão iniciado por este separador, por isso foi recusada. Tente novamente para iniciar sessão de novo.",
        Msg::SignInNoAnswer => "A página de início de sessão voltou sem resposta. Tente novamente; se continuar a acontecer, um administrador deve verificar a URI de redirecionamento do cliente OAuth.",
        Msg::SignInExchange => "Não foi possível concluir o início de sessão: %1. Tente novamente para iniciar sessão de novo.",
        Msg::SignInRefusedAtOnce => "O Genesys Cloud recusou o novo início de sessão de imediato (HTTP 401). Tente novamente; se continuar a acontecer, um administrador deve verificar as funções e permissões do cliente OAuth.",
        Msg::SignInPopupBlocked => "A janela de início de sessão foi bloqueada. Permita pop-ups para %1 e inicie sessão novamente.",
        Msg::SignInUnavailable => "Este navegador não consegue iniciar sessão aqui: %1 não está disponível.",
        Msg::ExchangeIncomplete => "a resposta do serviço de início de sessão está incompleta",
        Msg::ExchangeStatus => "o serviço de início de sessão respondeu HTTP %1",
        Msg::ExchangeRefused => "o serviço de início de sessão respondeu HTTP %1: %2",
        Msg::ExchangeUnreadable => "a resposta do serviço de início de sessão não pode ser lida: %1",
        Msg::ExchangeNoToken => "a resposta do serviço de início de sessão não tem um token de acesso utilizável",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "O serviço de interações está a limitar as pedidos e pediu para esperar %1 s, mais do que o widget espera. Tente novamente em alguns minutos.",
        Msg::LoadRateLimited => "O serviço de interações continuou a limitar as pedidos (%1 tentativas). Tente novamente em um minuto.",
        Msg::LoadUnauthorized => "O seu acesso não foi aceito, nem com um token novo. Recarregue o Genesys Cloud e tente novamente.",
        Msg::LoadRenewal => "Não foi possível obter um token de acesso novo: %1",
        Msg::LoadForbidden => "Não tem permissão para ver interações. Peça a um administrador a permissão interaction:read.",
        Msg::LoadAnalyticsForbidden => "Não tem permissão para ver as suas conversas. Peça a um administrador para conceder analytics:conversationDetail:view ou analytics:agentConversationDetail:view.",
        Msg::LoadServer => "O serviço de interações está a falhar (HTTP %1, %2 tentativas). Tente novamente em instantes.",
        Msg::LoadNetwork => "Não foi possível acessar o serviço de interações (%1 tentativas). Verifique a ligação de rede.",
        Msg::LoadUnexpected => "O serviço de interações respondeu HTTP %1, o que o widget não espera. Um administrador deve verificar apiBase no config.json.",
        Msg::LoadBadPage => "O serviço de interações enviou dados que o widget não consegue ler: %1.",
        Msg::LoadTooManyPages => "A lista foi interrompida após %1 páginas, o máximo para um carregamento.",
        Msg::LoadStalled => "O carregamento parou sem terminar. Recarregue para tentar novamente.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "a resposta não é a página de interações esperada: %1",
        Msg::PageNoEntities => "a resposta não tem uma lista \"entities\"",
        Msg::PageForeignNextUri => "o link para a próxima página aponta para outro site (%1), por isso não foi seguido",
        Msg::PageBadNextUri => "o link para a próxima página \"%1\" não é um caminho nem um URL que o widget possa seguir",
        Msg::ReadWrongType => "%1: %2 em vez de %3",
        Msg::ReadMissing => "o campo %1 está em falta",
        Msg::ReadNotJson => "não é JSON",
        Msg::ReadTooDeep => "está aninhado em demasia",
        Msg::ReadUnreceived => "os dados chegaram incompletos",

        // Errors: origins.
        Msg::OriginEmpty => "está vazia",
        Msg::OriginBadScheme => "deve começar com https:// (ou http:// para localhost)",
        Msg::OriginNoHost => "não tem nome de host",
        Msg::OriginHasPath => "uma origem não tem caminho, consulta nem fragmento (remova tudo depois do host e da porta)",
        Msg::OriginBadPort => "a porta não é um número de 1 a 65535",
        Msg::OriginBadHost => "o nome do host tem caracteres não permitidos",
        Msg::OriginInsecureRemote => "http sem encriptação só é permitido para localhost; use https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "O widget parou por causa de um erro interno: %1. Recarregue para tentar novamente.",
        Msg::FaultNoAbortController => "este navegador não tem AbortController",
        Msg::FaultSignInCancelled => "o início de sessão foi cancelado",
        Msg::CauseNetwork => "não foi possível aceder ao servidor",
    }
}
