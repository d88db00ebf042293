//! 简体中文 (Simplified Chinese).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "交互",
        Msg::ListLabel => "交互",
        Msg::Connecting => "正在连接 Genesys Cloud…",
        Msg::Empty => "暂无交互。新的对话将显示在这里。",
        Msg::NoMatches => "没有匹配的交互。",
        Msg::Retry => "重试",
        Msg::Refresh => "刷新",
        Msg::RefreshLabel => "从头重新加载交互",
        Msg::SearchLabel => "搜索联系人",
        Msg::SearchPlaceholder => "按姓名或地址搜索",
        Msg::FilterLabel => "按类型筛选",
        Msg::FilterAll => "全部",
        Msg::Shown => "显示 %1 个",
        Msg::RangeLabel => "时间范围",
        Msg::RangeToday => "今天",
        Msg::RangeDays => "%1 天",
        Msg::ViewLabel => "列表视图",
        Msg::ViewByTime => "按时间",
        Msg::ViewByContact => "按联系人",
        Msg::Filters => "筛选",
        Msg::FiltersActive => "筛选，%1 个已启用",

        // A row, its card and its group.
        Msg::UnknownContact => "未知联系人",
        Msg::KindCall => "通话",
        Msg::KindCallback => "回拨",
        Msg::KindChat => "聊天",
        Msg::KindEmail => "电子邮件",
        Msg::KindMessage => "消息",
        Msg::KindOther => "交互",
        Msg::Queue => "队列：%1",
        Msg::DirectionInbound => "呼入",
        Msg::DirectionOutbound => "呼出",
        Msg::InProgress => "进行中",
        Msg::Yesterday => "昨天",
        Msg::OpenDetails => "在 Genesys Cloud 中打开：%1",
        Msg::OpenContact => "打开联系人资料：%1",
        Msg::NewInteraction => "来自 %1 的新交互",
        Msg::CurrentInteraction => "当前交互",
        Msg::Earlier => "与此联系人之前的 %1 个交互",
        Msg::NoEarlierToday => "今天没有之前的交互",
        Msg::NoEarlierDays => "最近 %1 天内没有之前的交互",

        // Loading: progress and pauses.
        Msg::Loading => "正在加载…",
        Msg::LoadedOfTotal => "已加载 %1/%2",
        Msg::LoadedSoFar => "已加载 %1…",
        Msg::Count => "%1 个交互",
        Msg::PauseRateLimited => "服务繁忙（速率限制）。%1 秒后重试…",
        Msg::PauseRetrying => "服务没有响应。%1 秒后重试…",
        Msg::PauseOffline => "您已离线。连接恢复后列表将继续加载。",

        // Live updates.
        Msg::LiveOn => "实时",
        Msg::LiveConnecting => "正在连接实时更新…",
        Msg::LiveReconnecting => "正在重新连接实时更新（第 %1 次尝试）…",
        Msg::LiveOff => "实时更新已关闭",
        Msg::LiveOffline => "离线：网络恢复后实时更新将继续",
        Msg::LiveGaveUp => "多次尝试后实时更新已停止。列表仍可使用。",
        Msg::LiveReconnect => "重新连接",

        // The sign-in prompt.
        Msg::SignInButton => "登录",
        Msg::SignInPrompt => "使用 Genesys Cloud 登录以查看您的交互。",
        Msg::SignInExpiring => "您的登录即将过期。请重新登录以保持列表最新。",
        Msg::SignInWaiting => "正在登录 Genesys Cloud…",
        Msg::SignInPopupClosed => "登录完成前登录窗口已关闭。请登录以继续。",

        // Errors: config.json.
        Msg::ConfigUnreadable => "无法读取 config.json：%1",
        Msg::ConfigMalformed => "config.json 格式错误：%1。请修复该文件，或删除它以使用默认值。",
        Msg::ConfigNoTrustedOrigins => "config.json：trustedHostOrigins 为空，因此任何主机都无法被信任。请列出 Genesys Cloud 源，例如 \"https://apps.mypurecloud.com\"，或删除该键以使用默认值。",
        Msg::ConfigBadTrustedOrigin => "config.json：trustedHostOrigins 条目 \"%1\" 不是源：%2。",
        Msg::ConfigBadApiBase => "config.json：apiBase \"%1\" 不是可用的 URL：%2。",
        Msg::ConfigBadPageSize => "config.json：pageSize 必须是 1 到 %1 之间的整数，而不是 %2。",
        Msg::ConfigBadHandshakeTimeout => "config.json：handshakeTimeoutMs 必须是 %1 到 %2 之间的整数，而不是 %3。",
        Msg::ConfigBadOAuthClientId => "config.json：oauthClientId \"%1\" 不是 OAuth 客户端 ID。请从 Genesys Cloud（Admin > OAuth）复制 Code Authorization 客户端的 ID。",
        Msg::ConfigBadRedirectUri => "config.json：oauthRedirectUri \"%1\" 不是不含查询或片段的绝对 https:// URL（http:// 仅限 localhost）。",
        Msg::ConfigBadLoginBase => "config.json：loginBase \"%1\" 不是可用的 URL：%2。",
        Msg::ConfigBadDataSource => "config.json：dataSource 必须是 \"interactions\" 或 \"genesys\"，而不是 \"%1\"。",
        Msg::ConfigBadHistoryDays => "config.json：historyDays 必须是 1 到 %1 之间的整数，而不是 %2。",

        // Errors: start-up.
        Msg::StartupNotFramed => "此小组件在 Genesys Cloud 内运行，但被单独打开了。请以 Client Application 或 Interaction Widget 的形式将其添加到 Genesys Cloud，URL 为 …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}}（参见 README 中的管理员指南）。",
        Msg::StartupMissingHostOrigin => "iframe URL 中没有 gcHostOrigin 参数，因此小组件无法判断应信任哪个主机。管理员应使用 ?gcHostOrigin={{gcHostOrigin}} 注册该 URL。",
        Msg::StartupBadHostOrigin => "gcHostOrigin 参数 \"%1\" 不是源：%2。",
        Msg::StartupUntrustedHost => "此部署不信任主机 %1。管理员可以将其添加到 config.json 的 trustedHostOrigins 中。",
        Msg::StartupNoApiBase => "主机 %1 没有已知的 API 地址。管理员应在 config.json 中设置 apiBase。",
        Msg::StartupTargetEnvMismatch => "iframe URL 中的 gcTargetEnv 为 \"%1\"，但主机 %2 属于 Genesys Cloud 区域 %3。管理员应使用由 Genesys Cloud 填写的 gcTargetEnv={{gcTargetEnv}} 注册该 URL。",
        Msg::StartupNoLoginBase => "主机 %1 没有已知的登录地址。管理员应在 config.json 中设置 loginBase。",
        Msg::StartupRedirectElsewhere => "config.json：oauthRedirectUri %1 不在小组件自身的源（%2）上。它必须是小组件自身的 URL，与 OAuth 客户端中注册的一致。",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "主机页面在 %1 毫秒内没有响应。小组件可能没有在 Genesys Cloud 内运行（或其主机没有响应）：请检查它是否从 Genesys Cloud 打开，以及主机的源（%2）是否与 iframe URL 中的 gcHostOrigin 一致。",
        Msg::HandshakeRefused => "主机无法提供登录令牌：%1",
        Msg::HandshakeChannel => "小组件无法与其主机通信：%1",
        Msg::ChannelNoParent => "没有父框架",
        Msg::ChannelNotSent => "无法向主机发送消息",
        Msg::ChannelClosed => "小组件已关闭",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud 未能让您登录：%1。请重试以再次登录。",
        Msg::SignInUnknownState => "此登录响应不属于本标签页发起的登录，因此已被拒绝。请重试以再次登录。",
        Msg::SignInNoAnswer => "登录页面返回时没有响应。请重试以再次登录；如果反复出现，管理员应检查 OAuth 客户端的重定向 URI。",
        Msg::SignInExchange => "无法完成登录：%1。请重试以再次登录。",
        Msg::SignInRefusedAtOnce => "Genesys Cloud 立即拒绝了新的登录（HTTP 401）。请重试以再次登录；如果反复出现，管理员应检查 OAuth 客户端的角色和权限。",
        Msg::SignInPopupBlocked => "登录窗口被阻止。请允许 %1 的弹出窗口，然后再次登录。",
        Msg::SignInUnavailable => "此浏览器无法在此处登录：%1 不可用。",
        Msg::ExchangeIncomplete => "登录服务的响应不完整",
        Msg::ExchangeStatus => "登录服务返回了 HTTP %1",
        Msg::ExchangeRefused => "登录服务返回了 HTTP %1：%2",
        Msg::ExchangeUnreadable => "无法读取登录服务的响应：%1",
        Msg::ExchangeNoToken => "登录服务的响应中没有可用的访问令牌",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "交互服务正在限制请求，并要求等待 %1 秒，超过了小组件的等待时间。请几分钟后重试。",
        Msg::LoadRateLimited => "交互服务持续限制请求（尝试 %1 次）。请一分钟后重试。",
        Msg::LoadUnauthorized => "即使使用新令牌，您的登录也未被接受。请重新加载 Genesys Cloud 后重试。",
        Msg::LoadRenewal => "无法获取新的登录令牌：%1",
        Msg::LoadForbidden => "您没有查看交互的权限。请让管理员授予 interaction:read 权限。",
        Msg::LoadAnalyticsForbidden => "您没有查看自己对话的权限。请让管理员授予 analytics:conversationDetail:view 或 analytics:agentConversationDetail:view。",
        Msg::LoadServer => "交互服务出现故障（HTTP %1，尝试 %2 次）。请稍后重试。",
        Msg::LoadNetwork => "无法连接到交互服务（尝试 %1 次）。请检查网络连接。",
        Msg::LoadUnexpected => "交互服务返回了小组件未预期的 HTTP %1。管理员应检查 config.json 中的 apiBase。",
        Msg::LoadBadPage => "交互服务发送了小组件无法读取的数据：%1。",
        Msg::LoadTooManyPages => "列表在 %1 页后停止，这是单次加载的上限。",
        Msg::LoadStalled => "加载未完成就停止了。请重新加载后重试。",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "响应不是预期的交互页面：%1",
        Msg::PageNoEntities => "响应中没有 \"entities\" 列表",
        Msg::PageForeignNextUri => "下一页链接指向其他网站（%1），因此未跟随",
        Msg::PageBadNextUri => "下一页链接 \"%1\" 不是小组件可以跟随的路径或 URL",
        Msg::ReadWrongType => "%1：应为 %3，实为 %2",
        Msg::ReadMissing => "缺少字段 %1",
        Msg::ReadNotJson => "不是 JSON",
        Msg::ReadTooDeep => "嵌套过深",
        Msg::ReadUnreceived => "数据接收不完整",

        // Errors: origins.
        Msg::OriginEmpty => "为空",
        Msg::OriginBadScheme => "必须以 https://（localhost 可用 http://）开头",
        Msg::OriginNoHost => "没有主机名",
        Msg::OriginHasPath => "源不包含路径、查询或片段（请删除主机和端口之后的所有内容）",
        Msg::OriginBadPort => "端口不是 1 到 65535 之间的数字",
        Msg::OriginBadHost => "主机名包含主机名中不能出现的字符",
        Msg::OriginInsecureRemote => "未加密的 http 仅允许用于 localhost；请使用 https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "小组件因内部错误而停止：%1。请重新加载后重试。",
        Msg::FaultNoAbortController => "此浏览器没有 AbortController",
        Msg::FaultSignInCancelled => "登录已取消",
        Msg::CauseNetwork => "无法连接到服务器",
    }
}
