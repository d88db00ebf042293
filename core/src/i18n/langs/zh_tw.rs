//! 繁體中文 (Traditional Chinese).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "互動",
        Msg::ListLabel => "互動",
        Msg::Connecting => "正在連線到 Genesys Cloud…",
        Msg::Empty => "目前沒有互動。新的對話會顯示在這裡。",
        Msg::NoMatches => "沒有符合的互動。",
        Msg::Retry => "重試",
        Msg::Refresh => "重新整理",
        Msg::RefreshLabel => "從頭重新載入互動",
        Msg::SearchLabel => "搜尋聯絡人",
        Msg::SearchPlaceholder => "依姓名或位址搜尋",
        Msg::FilterLabel => "依類型篩選",
        Msg::FilterAll => "全部",
        Msg::Shown => "顯示 %1 個",
        Msg::RangeLabel => "時間範圍",
        Msg::RangeToday => "今天",
        Msg::RangeDays => "%1 天",
        Msg::ViewLabel => "清單檢視",
        Msg::ViewByTime => "依時間",
        Msg::ViewByContact => "依聯絡人",
        Msg::Filters => "篩選",
        Msg::FiltersActive => "篩選，%1 個已啟用",

        // A row, its card and its group.
        Msg::UnknownContact => "未知的聯絡人",
        Msg::KindCall => "通話",
        Msg::KindCallback => "回撥",
        Msg::KindChat => "聊天",
        Msg::KindEmail => "電子郵件",
        Msg::KindMessage => "訊息",
        Msg::KindOther => "互動",
        Msg::Queue => "佇列：%1",
        Msg::DirectionInbound => "撥入",
        Msg::DirectionOutbound => "撥出",
        Msg::InProgress => "進行中",
        Msg::Yesterday => "昨天",
        Msg::OpenDetails => "在 Genesys Cloud 中開啟：%1",
        Msg::OpenContact => "開啟聯絡人資料：%1",
        Msg::NewInteraction => "來自 %1 的新互動",
        Msg::CurrentInteraction => "目前的互動",
        Msg::Earlier => "與此聯絡人之前的 %1 個互動",
        Msg::NoEarlierToday => "今天沒有之前的互動",
        Msg::NoEarlierDays => "最近 %1 天內沒有之前的互動",

        // Loading: progress and pauses.
        Msg::Loading => "正在載入…",
        Msg::LoadedOfTotal => "已載入 %1/%2",
        Msg::LoadedSoFar => "已載入 %1…",
        Msg::Count => "%1 個互動",
        Msg::PauseRateLimited => "服務忙碌（速率限制）。%1 秒後重試…",
        Msg::PauseRetrying => "服務沒有回應。%1 秒後重試…",
        Msg::PauseOffline => "您已離線。連線恢復後清單會繼續載入。",

        // Live updates.
        Msg::LiveOn => "即時",
        Msg::LiveConnecting => "正在連線即時更新…",
        Msg::LiveReconnecting => "正在重新連線即時更新（第 %1 次嘗試）…",
        Msg::LiveOff => "即時更新已關閉",
        Msg::LiveOffline => "離線：網路恢復後即時更新會繼續",
        Msg::LiveGaveUp => "多次嘗試後即時更新已停止。清單仍可使用。",
        Msg::LiveReconnect => "重新連線",

        // The sign-in prompt.
        Msg::SignInButton => "登入",
        Msg::SignInPrompt => "使用 Genesys Cloud 登入以檢視您的互動。",
        Msg::SignInExpiring => "您的登入即將到期。請重新登入以保持清單為最新。",
        Msg::SignInWaiting => "正在登入 Genesys Cloud…",
        Msg::SignInPopupClosed => "登入完成前登入視窗已關閉。請登入以繼續。",

        // Errors: config.json.
        Msg::ConfigUnreadable => "無法讀取 config.json：%1",
        Msg::ConfigMalformed => "config.json 格式錯誤：%1。請修正該檔案，或刪除它以使用預設值。",
        Msg::ConfigNoTrustedOrigins => "config.json：trustedHostOrigins 為空，因此任何主機都無法被信任。請列出 Genesys Cloud 來源，例如 \"https://apps.mypurecloud.com\"，或刪除該鍵以使用預設值。",
        Msg::ConfigBadTrustedOrigin => "config.json：trustedHostOrigins 項目 \"%1\" 不是來源：%2。",
        Msg::ConfigBadApiBase => "config.json：apiBase \"%1\" 不是可用的 URL：%2。",
        Msg::ConfigBadPageSize => "config.json：pageSize 必須是 1 到 %1 之間的整數，而不是 %2。",
        Msg::ConfigBadHandshakeTimeout => "config.json：handshakeTimeoutMs 必須是 %1 到 %2 之間的整數，而不是 %3。",
        Msg::ConfigBadOAuthClientId => "config.json：oauthClientId \"%1\" 不是 OAuth 用戶端 ID。請從 Genesys Cloud（Admin > OAuth）複製 Code Authorization 用戶端的 ID。",
        Msg::ConfigBadRedirectUri => "config.json：oauthRedirectUri \"%1\" 不是不含查詢或片段的絕對 https:// URL（http:// 僅限 localhost）。",
        Msg::ConfigBadLoginBase => "config.json：loginBase \"%1\" 不是可用的 URL：%2。",
        Msg::ConfigBadDataSource => "config.json：dataSource 必須是 \"interactions\" 或 \"genesys\"，而不是 \"%1\"。",
        Msg::ConfigBadHistoryDays => "config.json：historyDays 必須是 1 到 %1 之間的整數，而不是 %2。",

        // Errors: start-up.
        Msg::StartupNotFramed => "此小工具在 Genesys Cloud 內執行，卻被單獨開啟了。請以 Client Application 或 Interaction Widget 的形式將其新增到 Genesys Cloud，URL 為 …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}}（請參閱 README 中的管理員指南）。",
        Msg::StartupMissingHostOrigin => "iframe URL 中沒有 gcHostOrigin 參數，因此小工具無法判斷應信任哪個主機。管理員應使用 ?gcHostOrigin={{gcHostOrigin}} 註冊該 URL。",
        Msg::StartupBadHostOrigin => "gcHostOrigin 參數 \"%1\" 不是來源：%2。",
        Msg::StartupUntrustedHost => "此部署不信任主機 %1。管理員可以將其新增到 config.json 的 trustedHostOrigins 中。",
        Msg::StartupNoApiBase => "主機 %1 沒有已知的 API 位址。管理員應在 config.json 中設定 apiBase。",
        Msg::StartupTargetEnvMismatch => "iframe URL 中的 gcTargetEnv 為 \"%1\"，但主機 %2 屬於 Genesys Cloud 區域 %3。管理員應使用由 Genesys Cloud 填入的 gcTargetEnv={{gcTargetEnv}} 註冊該 URL。",
        Msg::StartupNoLoginBase => "主機 %1 沒有已知的登入位址。管理員應在 config.json 中設定 loginBase。",
        Msg::StartupRedirectElsewhere => "config.json：oauthRedirectUri %1 不在小工具本身的來源（%2）上。它必須是小工具本身的 URL，與 OAuth 用戶端中註冊的一致。",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "主機頁面在 %1 毫秒內沒有回應。小工具可能沒有在 Genesys Cloud 內執行（或其主機沒有回應）：請檢查它是否從 Genesys Cloud 開啟，以及主機的來源（%2）是否與 iframe URL 中的 gcHostOrigin 一致。",
        Msg::HandshakeRefused => "主機無法提供登入權杖：%1",
        Msg::HandshakeChannel => "小工具無法與其主機通訊：%1",
        Msg::ChannelNoParent => "沒有父框架",
        Msg::ChannelNotSent => "無法向主機傳送訊息",
        Msg::ChannelClosed => "小工具已關閉",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud 未能讓您登入：%1。請重試以再次登入。",
        Msg::SignInUnknownState => "此登入回應不屬於本分頁發起的登入，因此已被拒絕。請重試以再次登入。",
        Msg::SignInNoAnswer => "登入頁面返回時沒有回應。請重試以再次登入；如果反覆出現，管理員應檢查 OAuth 用戶端的重新導向 URI。",
        Msg::SignInExchange => "無法完成登入：%1。請重試以再次登入。",
        Msg::SignInRefusedAtOnce => "Genesys Cloud 立即拒絕了新的登入（HTTP 401）。請重試以再次登入；如果反覆出現，管理員應檢查 OAuth 用戶端的角色和權限。",
        Msg::SignInPopupBlocked => "登入視窗被封鎖。請允許 %1 的快顯視窗，然後再次登入。",
        Msg::SignInUnavailable => "此瀏覽器無法在此處登入：%1 無法使用。",
        Msg::ExchangeIncomplete => "登入服務的回應不完整",
        Msg::ExchangeStatus => "登入服務傳回了 HTTP %1",
        Msg::ExchangeRefused => "登入服務傳回了 HTTP %1：%2",
        Msg::ExchangeUnreadable => "無法讀取登入服務的回應：%1",
        Msg::ExchangeNoToken => "登入服務的回應中沒有可用的存取權杖",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "互動服務正在限制要求，並要求等待 %1 秒，超過了小工具的等待時間。請幾分鐘後重試。",
        Msg::LoadRateLimited => "互動服務持續限制要求（嘗試 %1 次）。請一分鐘後重試。",
        Msg::LoadUnauthorized => "即使使用新權杖，您的登入仍未被接受。請重新載入 Genesys Cloud 後重試。",
        Msg::LoadRenewal => "無法取得新的登入權杖：%1",
        Msg::LoadForbidden => "您沒有檢視互動的權限。請讓管理員授予 interaction:read 權限。",
        Msg::LoadAnalyticsForbidden => "您沒有檢視自己對話的權限。請讓管理員授予 analytics:conversationDetail:view 或 analytics:agentConversationDetail:view。",
        Msg::LoadServer => "互動服務發生故障（HTTP %1，嘗試 %2 次）。請稍後重試。",
        Msg::LoadNetwork => "無法連線到互動服務（嘗試 %1 次）。請檢查網路連線。",
        Msg::LoadUnexpected => "互動服務傳回了小工具未預期的 HTTP %1。管理員應檢查 config.json 中的 apiBase。",
        Msg::LoadBadPage => "互動服務傳送了小工具無法讀取的資料：%1。",
        Msg::LoadTooManyPages => "清單在 %1 頁後停止，這是單次載入的上限。",
        Msg::LoadStalled => "載入未完成就停止了。請重新載入後重試。",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "回應不是預期的互動頁面：%1",
        Msg::PageNoEntities => "回應中沒有 \"entities\" 清單",
        Msg::PageForeignNextUri => "下一頁連結指向其他網站（%1），因此未跟隨",
        Msg::PageBadNextUri => "下一頁連結 \"%1\" 不是小工具可以跟隨的路徑或 URL",
        Msg::ReadWrongType => "%1：應為 %3，實為 %2",
        Msg::ReadMissing => "缺少欄位 %1",
        Msg::ReadNotJson => "不是 JSON",
        Msg::ReadTooDeep => "巢狀層級過深",
        Msg::ReadUnreceived => "資料接收不完整",

        // Errors: origins.
        Msg::OriginEmpty => "為空",
        Msg::OriginBadScheme => "必須以 https://（localhost 可用 http://）開頭",
        Msg::OriginNoHost => "沒有主機名稱",
        Msg::OriginHasPath => "來源不包含路徑、查詢或片段（請刪除主機和連接埠之後的所有內容）",
        Msg::OriginBadPort => "連接埠不是 1 到 65535 之間的數字",
        Msg::OriginBadHost => "主機名稱包含主機名稱中不能出現的字元",
        Msg::OriginInsecureRemote => "未加密的 http 僅允許用於 localhost；請使用 https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "小工具因內部錯誤而停止：%1。請重新載入後重試。",
        Msg::FaultNoAbortController => "此瀏覽器沒有 AbortController",
        Msg::FaultSignInCancelled => "登入已取消",
        Msg::CauseNetwork => "無法連線到伺服器",
    }
}
