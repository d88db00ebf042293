//! 한국어 (Korean).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "상호 작용",
        Msg::ListLabel => "상호 작용",
        Msg::Connecting => "Genesys Cloud에 연결하는 중…",
        Msg::Empty => "아직 상호 작용이 없습니다. 새 대화가 여기에 표시됩니다.",
        Msg::NoMatches => "일치하는 상호 작용이 없습니다.",
        Msg::Retry => "다시 시도",
        Msg::Refresh => "새로 고침",
        Msg::RefreshLabel => "상호 작용을 처음부터 다시 불러오기",
        Msg::SearchLabel => "연락처 검색",
        Msg::SearchPlaceholder => "이름 또는 주소로 검색",
        Msg::FilterLabel => "유형별 필터",
        Msg::FilterAll => "전체",
        Msg::Shown => "%1개 표시",
        Msg::RangeLabel => "기간",
        Msg::RangeToday => "오늘",
        Msg::RangeDays => "%1일",
        Msg::ViewLabel => "목록 보기",
        Msg::ViewByTime => "시간순",
        Msg::ViewByContact => "연락처별",
        Msg::Filters => "필터",
        Msg::FiltersActive => "필터, %1개 적용됨",

        // A row, its card and its group.
        Msg::UnknownContact => "알 수 없는 연락처",
        Msg::KindCall => "통화",
        Msg::KindCallback => "콜백",
        Msg::KindChat => "채팅",
        Msg::KindEmail => "이메일",
        Msg::KindMessage => "메시지",
        Msg::KindOther => "상호 작용",
        Msg::Queue => "대기열: %1",
        Msg::DirectionInbound => "수신",
        Msg::DirectionOutbound => "발신",
        Msg::InProgress => "진행 중",
        Msg::Yesterday => "어제",
        Msg::OpenDetails => "Genesys Cloud에서 열기: %1",
        Msg::OpenContact => "연락처 프로필 열기: %1",
        Msg::NewInteraction => "%1의 새 상호 작용",
        Msg::CurrentInteraction => "현재 상호 작용",
        Msg::Earlier => "이 연락처와의 이전 상호 작용 %1개",
        Msg::NoEarlierToday => "오늘 이전 상호 작용 없음",
        Msg::NoEarlierDays => "최근 %1일 동안 이전 상호 작용 없음",

        // Loading: progress and pauses.
        Msg::Loading => "불러오는 중…",
        Msg::LoadedOfTotal => "%2개 중 %1개 불러옴",
        Msg::LoadedSoFar => "%1개 불러옴…",
        Msg::Count => "상호 작용 %1개",
        Msg::PauseRateLimited => "서비스가 사용 중입니다(속도 제한). %1초 후 다시 시도합니다…",
        Msg::PauseRetrying => "서비스가 응답하지 않았습니다. %1초 후 다시 시도합니다…",
        Msg::PauseOffline => "오프라인 상태입니다. 연결이 돌아오면 목록이 계속됩니다.",

        // Live updates.
        Msg::LiveOn => "실시간",
        Msg::LiveConnecting => "실시간 업데이트 연결 중…",
        Msg::LiveReconnecting => "실시간 업데이트 다시 연결 중(시도 %1)…",
        Msg::LiveOff => "실시간 업데이트 꺼짐",
        Msg::LiveOffline => "오프라인: 네트워크가 돌아오면 실시간 업데이트가 재개됩니다",
        Msg::LiveGaveUp => "여러 번 시도한 후 실시간 업데이트가 중지되었습니다. 목록은 계속 작동합니다.",
        Msg::LiveReconnect => "다시 연결",

        // The sign-in prompt.
        Msg::SignInButton => "로그인",
        Msg::SignInPrompt => "상호 작용을 보려면 Genesys Cloud로 로그인하세요.",
        Msg::SignInExpiring => "로그인이 곧 만료됩니다. 목록을 최신 상태로 유지하려면 다시 로그인하세요.",
        Msg::SignInWaiting => "Genesys Cloud에 로그인하는 중…",
        Msg::SignInPopupClosed => "로그인이 끝나기 전에 로그인 창이 닫혔습니다. 계속하려면 로그인하세요.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json을 읽을 수 없습니다: %1",
        Msg::ConfigMalformed => "config.json 형식이 잘못되었습니다: %1. 파일을 수정하거나 기본값을 사용하려면 파일을 삭제하세요.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins가 비어 있어 어떤 호스트도 신뢰할 수 없습니다. \"https://apps.mypurecloud.com\"처럼 Genesys Cloud 오리진을 나열하거나, 기본값을 사용하려면 키를 삭제하세요.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins 항목 \"%1\"은(는) 오리진이 아닙니다: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\"은(는) 사용할 수 있는 URL이 아닙니다: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize는 1에서 %1 사이의 정수여야 합니다(%2 아님).",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs는 %1에서 %2 사이의 정수여야 합니다(%3 아님).",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\"은(는) OAuth 클라이언트 ID가 아닙니다. Genesys Cloud(Admin > OAuth)에서 Code Authorization 클라이언트의 ID를 복사하세요.",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\"은(는) 쿼리나 프래그먼트가 없는 절대 https:// URL(http://은 localhost만)이 아닙니다.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\"은(는) 사용할 수 있는 URL이 아닙니다: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource는 \"interactions\" 또는 \"genesys\"여야 합니다(\"%1\" 아님).",
        Msg::ConfigBadHistoryDays => "config.json: historyDays는 1에서 %1 사이의 정수여야 합니다(%2 아님).",

        // Errors: start-up.
        Msg::StartupNotFramed => "이 위젯은 Genesys Cloud 안에서 실행되는데 단독으로 열렸습니다. URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}}로 Genesys Cloud에 Client Application 또는 Interaction Widget으로 추가하세요(README의 관리자 가이드 참조).",
        Msg::StartupMissingHostOrigin => "iframe URL에 gcHostOrigin 매개변수가 없어 위젯이 어떤 호스트를 신뢰할지 알 수 없습니다. 관리자는 ?gcHostOrigin={{gcHostOrigin}}을 붙여 URL을 등록해야 합니다.",
        Msg::StartupBadHostOrigin => "gcHostOrigin 매개변수 \"%1\"은(는) 오리진이 아닙니다: %2.",
        Msg::StartupUntrustedHost => "호스트 %1은(는) 이 배포에서 신뢰되지 않습니다. 관리자가 config.json의 trustedHostOrigins에 추가할 수 있습니다.",
        Msg::StartupNoApiBase => "호스트 %1의 API 주소를 알 수 없습니다. 관리자가 config.json에서 apiBase를 설정해야 합니다.",
        Msg::StartupTargetEnvMismatch => "iframe URL에는 gcTargetEnv \"%1\"이(가) 있지만 호스트 %2은(는) Genesys Cloud 리전 %3입니다. 관리자는 Genesys Cloud가 채우는 gcTargetEnv={{gcTargetEnv}}로 URL을 등록해야 합니다.",
        Msg::StartupNoLoginBase => "호스트 %1의 로그인 주소를 알 수 없습니다. 관리자가 config.json에서 loginBase를 설정해야 합니다.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1이(가) 위젯 자체의 오리진(%2)에 있지 않습니다. OAuth 클라이언트에 등록된 위젯 자체의 URL이어야 합니다.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "호스트 페이지가 %1ms 안에 응답하지 않았습니다. 위젯이 Genesys Cloud 안에서 실행되고 있지 않을 수 있습니다(또는 호스트가 응답하지 않음). Genesys Cloud에서 열렸는지, 호스트의 오리진(%2)이 iframe URL의 gcHostOrigin과 같은지 확인하세요.",
        Msg::HandshakeRefused => "호스트가 로그인 토큰을 제공하지 못했습니다: %1",
        Msg::HandshakeChannel => "위젯이 호스트와 통신하지 못했습니다: %1",
        Msg::ChannelNoParent => "상위 프레임이 없습니다",
        Msg::ChannelNotSent => "호스트에 메시지를 보낼 수 없습니다",
        Msg::ChannelClosed => "위젯이 닫혔습니다",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud에서 로그인하지 못했습니다: %1. 다시 시도하여 다시 로그인하세요.",
        Msg::SignInUnknownState => "이 로그인 응답은 이 탭에서 시작한 로그인에 속하지 않아 거부되었습니다. 다시 시도하여 다시 로그인하세요.",
        Msg::SignInNoAnswer => "로그인 페이지가 응답 없이 돌아왔습니다. 다시 시도하여 다시 로그인하세요. 계속 발생하면 관리자가 OAuth 클라이언트의 리디렉션 URI를 확인해야 합니다.",
        Msg::SignInExchange => "로그인을 완료할 수 없습니다: %1. 다시 시도하여 다시 로그인하세요.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud가 새 로그인을 즉시 거부했습니다(HTTP 401). 다시 시도하여 다시 로그인하세요. 계속 발생하면 관리자가 OAuth 클라이언트의 역할과 권한을 확인해야 합니다.",
        Msg::SignInPopupBlocked => "로그인 창이 차단되었습니다. %1의 팝업을 허용한 다음 다시 로그인하세요.",
        Msg::SignInUnavailable => "이 브라우저에서는 여기서 로그인할 수 없습니다: %1을(를) 사용할 수 없습니다.",
        Msg::ExchangeIncomplete => "로그인 서비스의 응답이 불완전합니다",
        Msg::ExchangeStatus => "로그인 서비스가 HTTP %1(으)로 응답했습니다",
        Msg::ExchangeRefused => "로그인 서비스가 HTTP %1(으)로 응답했습니다: %2",
        Msg::ExchangeUnreadable => "로그인 서비스의 응답을 읽을 수 없습니다: %1",
        Msg::ExchangeNoToken => "로그인 서비스의 응답에 사용할 수 있는 액세스 토큰이 없습니다",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "상호 작용 서비스가 요청을 제한하고 있으며 %1초 기다리라고 했습니다. 이는 위젯이 기다리는 시간보다 깁니다. 몇 분 후 다시 시도하세요.",
        Msg::LoadRateLimited => "상호 작용 서비스가 계속 요청을 제한했습니다(%1회 시도). 1분 후 다시 시도하세요.",
        Msg::LoadUnauthorized => "새 토큰으로도 로그인이 받아들여지지 않았습니다. Genesys Cloud를 새로 고친 후 다시 시도하세요.",
        Msg::LoadRenewal => "새 로그인 토큰을 받을 수 없습니다: %1",
        Msg::LoadForbidden => "상호 작용을 볼 권한이 없습니다. 관리자에게 interaction:read 권한을 요청하세요.",
        Msg::LoadAnalyticsForbidden => "내 대화를 볼 권한이 없습니다. 관리자에게 analytics:conversationDetail:view 또는 analytics:agentConversationDetail:view를 요청하세요.",
        Msg::LoadServer => "상호 작용 서비스에 오류가 발생하고 있습니다(HTTP %1, %2회 시도). 잠시 후 다시 시도하세요.",
        Msg::LoadNetwork => "상호 작용 서비스에 연결할 수 없습니다(%1회 시도). 네트워크 연결을 확인하세요.",
        Msg::LoadUnexpected => "상호 작용 서비스가 위젯이 예상하지 않은 HTTP %1로 응답했습니다. 관리자가 config.json의 apiBase를 확인해야 합니다.",
        Msg::LoadBadPage => "상호 작용 서비스가 위젯이 읽을 수 없는 데이터를 보냈습니다: %1.",
        Msg::LoadTooManyPages => "한 번의 불러오기에서 허용되는 최대인 %1페이지 후 목록을 중지했습니다.",
        Msg::LoadStalled => "불러오기가 끝나기 전에 중지되었습니다. 다시 시도하려면 새로 고치세요.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "응답이 예상한 상호 작용 페이지가 아닙니다: %1",
        Msg::PageNoEntities => "응답에 \"entities\" 목록이 없습니다",
        Msg::PageForeignNextUri => "다음 페이지 링크가 다른 사이트(%1)를 가리켜 따라가지 않았습니다",
        Msg::PageBadNextUri => "다음 페이지 링크 \"%1\"은(는) 위젯이 따라갈 수 있는 경로나 URL이 아닙니다",
        Msg::ReadWrongType => "%1: %3 대신 %2",
        Msg::ReadMissing => "%1 필드가 없습니다",
        Msg::ReadNotJson => "JSON이 아닙니다",
        Msg::ReadTooDeep => "중첩이 너무 깊습니다",
        Msg::ReadUnreceived => "데이터가 완전히 도착하지 않았습니다",

        // Errors: origins.
        Msg::OriginEmpty => "비어 있습니다",
        Msg::OriginBadScheme => "https://(localhost는 http://)로 시작해야 합니다",
        Msg::OriginNoHost => "호스트 이름이 없습니다",
        Msg::OriginHasPath => "오리진에는 경로, 쿼리, 프래그먼트가 없습니다(호스트와 포트 뒤의 모든 것을 삭제하세요)",
        Msg::OriginBadPort => "포트가 1에서 65535 사이의 숫자가 아닙니다",
        Msg::OriginBadHost => "호스트 이름에 사용할 수 없는 문자가 있습니다",
        Msg::OriginInsecureRemote => "암호화되지 않은 http는 localhost에서만 허용됩니다. https를 사용하세요",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "내부 오류로 위젯이 중지되었습니다: %1. 다시 시도하려면 새로 고치세요.",
        Msg::FaultNoAbortController => "이 브라우저에는 AbortController가 없습니다",
        Msg::FaultSignInCancelled => "로그인이 취소되었습니다",
        Msg::CauseNetwork => "서버에 연결할 수 없습니다",
    }
}
