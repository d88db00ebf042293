//! 日本語.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "やり取り",
        Msg::ListLabel => "やり取り",
        Msg::Connecting => "Genesys Cloud に接続しています…",
        Msg::Empty => "やり取りはまだありません。新しい会話はここに表示されます。",
        Msg::NoMatches => "一致するやり取りはありません。",
        Msg::Retry => "再試行",
        Msg::Refresh => "更新",
        Msg::RefreshLabel => "やり取りを最初から読み込み直す",
        Msg::SearchLabel => "連絡先を検索",
        Msg::SearchPlaceholder => "名前またはアドレスで検索",
        Msg::FilterLabel => "種類で絞り込み",
        Msg::FilterAll => "すべて",
        Msg::Shown => "%1 件を表示",
        Msg::RangeLabel => "期間",
        Msg::RangeToday => "今日",
        Msg::RangeDays => "%1 日間",
        Msg::ViewLabel => "リスト表示",
        Msg::ViewByTime => "時間順",
        Msg::ViewByContact => "連絡先別",
        Msg::Filters => "フィルター",
        Msg::FiltersActive => "フィルター（%1 件適用中）",

        // A row, its card and its group.
        Msg::UnknownContact => "不明な連絡先",
        Msg::KindCall => "通話",
        Msg::KindCallback => "コールバック",
        Msg::KindChat => "チャット",
        Msg::KindEmail => "メール",
        Msg::KindMessage => "メッセージ",
        Msg::KindOther => "やり取り",
        Msg::Queue => "キュー: %1",
        Msg::DirectionInbound => "着信",
        Msg::DirectionOutbound => "発信",
        Msg::InProgress => "進行中",
        Msg::Yesterday => "昨日",
        Msg::OpenDetails => "Genesys Cloud で開く: %1",
        Msg::OpenContact => "連絡先プロフィールを開く: %1",
        Msg::NewInteraction => "%1 からの新しいインタラクション",
        Msg::CurrentInteraction => "現在のインタラクション",
        Msg::Earlier => "この連絡先との過去のインタラクション %1 件",
        Msg::NoEarlierToday => "今日の過去のインタラクションはありません",
        Msg::NoEarlierDays => "過去 %1 日間に以前のインタラクションはありません",

        // Loading: progress and pauses.
        Msg::Loading => "読み込み中…",
        Msg::LoadedOfTotal => "%2 件中 %1 件を読み込みました",
        Msg::LoadedSoFar => "%1 件を読み込みました…",
        Msg::Count => "%1 件のやり取り",
        Msg::PauseRateLimited => "サービスが混み合っています（レート制限）。%1 秒後に再試行します…",
        Msg::PauseRetrying => "サービスが応答しませんでした。%1 秒後に再試行します…",
        Msg::PauseOffline => "オフラインです。接続が戻るとリストの読み込みを再開します。",

        // Live updates.
        Msg::LiveOn => "ライブ",
        Msg::LiveConnecting => "ライブ更新に接続しています…",
        Msg::LiveReconnecting => "ライブ更新に再接続しています (試行 %1)…",
        Msg::LiveOff => "ライブ更新はオフです",
        Msg::LiveOffline => "オフライン: ネットワークが戻るとライブ更新を再開します",
        Msg::LiveGaveUp => "何度か試しましたがライブ更新を停止しました。リストは引き続き使えます。",
        Msg::LiveReconnect => "再接続",

        // The sign-in prompt.
        Msg::SignInButton => "サインイン",
        Msg::SignInPrompt => "インタラクションを表示するには Genesys Cloud にサインインしてください。",
        Msg::SignInExpiring => "サインインの有効期限がまもなく切れます。リストを最新に保つため、もう一度サインインしてください。",
        Msg::SignInWaiting => "Genesys Cloud にサインインしています…",
        Msg::SignInPopupClosed => "サインインが終わる前にサインインウィンドウが閉じられました。続けるにはサインインしてください。",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json を読み込めませんでした: %1",
        Msg::ConfigMalformed => "config.json の形式が正しくありません: %1。ファイルを修正するか、削除して既定値を使用してください。",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins が空のため、どのホストも信頼できません。\"https://apps.mypurecloud.com\" のように Genesys Cloud のオリジンを指定するか、既定値を使うにはキーを削除してください。",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins の項目 \"%1\" はオリジンではありません: %2。",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" は使用できる URL ではありません: %2。",
        Msg::ConfigBadPageSize => "config.json: pageSize は 1 から %1 までの整数にしてください（%2 ではなく）。",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs は %1 から %2 までの整数にしてください（%3 ではなく）。",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId「%1」は OAuth クライアント ID ではありません。Genesys Cloud (管理 > OAuth) から Code Authorization クライアントの ID をコピーしてください。",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri「%1」は、クエリやフラグメントのない絶対 https:// URL (http:// は localhost のみ) ではありません。",
        Msg::ConfigBadLoginBase => "config.json: loginBase「%1」は使用できる URL ではありません: %2。",
        Msg::ConfigBadDataSource => "config.json: dataSource は「interactions」か「genesys」でなければなりません (「%1」ではありません)。",
        Msg::ConfigBadHistoryDays => "config.json: historyDays は 1 から %1 までの整数でなければなりません (%2 ではありません)。",

        // Errors: start-up.
        Msg::StartupNotFramed => "このウィジェットは Genesys Cloud の中で動作するもので、単独で開かれました。URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} で Client Application または Interaction Widget として Genesys Cloud に追加してください（README の管理者ガイドを参照）。",
        Msg::StartupMissingHostOrigin => "iframe の URL に gcHostOrigin パラメーターがないため、どのホストを信頼すべきか判断できません。管理者は ?gcHostOrigin={{gcHostOrigin}} を付けて URL を登録してください。",
        Msg::StartupBadHostOrigin => "gcHostOrigin パラメーター \"%1\" はオリジンではありません: %2。",
        Msg::StartupUntrustedHost => "ホスト %1 はこのデプロイで信頼されていません。管理者は config.json の trustedHostOrigins に追加できます。",
        Msg::StartupNoApiBase => "ホスト %1 の API アドレスがわかりません。管理者は config.json で apiBase を設定してください。",
        Msg::StartupTargetEnvMismatch => "iframe の URL は gcTargetEnv「%1」を指定していますが、ホスト %2 は Genesys Cloud のリージョン %3 です。管理者は Genesys Cloud が値を入れる gcTargetEnv={{gcTargetEnv}} 付きで URL を登録してください。",
        Msg::StartupNoLoginBase => "ホスト %1 のサインイン先が不明です。管理者は config.json に loginBase を設定してください。",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 はウィジェット自身のオリジン (%2) 上にありません。OAuth クライアントに登録された、ウィジェット自身の URL でなければなりません。",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "ホストページが %1 ms 以内に応答しませんでした。ウィジェットが Genesys Cloud の中で動作していない（またはホストが応答しなかった）可能性があります。Genesys Cloud から開かれていること、ホストのオリジン（%2）が iframe URL の gcHostOrigin と一致することを確認してください。",
        Msg::HandshakeRefused => "ホストがサインイン用トークンを渡せませんでした: %1",
        Msg::HandshakeChannel => "ウィジェットがホストと通信できませんでした: %1",
        Msg::ChannelNoParent => "親フレームがありません",
        Msg::ChannelNotSent => "ホストへのメッセージを送信できませんでした",
        Msg::ChannelClosed => "ウィジェットが閉じられました",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud にサインインできませんでした: %1。再試行してもう一度サインインしてください。",
        Msg::SignInUnknownState => "このサインインの応答は、このタブが開始したサインインのものではないため拒否しました。再試行してもう一度サインインしてください。",
        Msg::SignInNoAnswer => "サインインページが応答なしで戻りました。再試行してください。繰り返し起きる場合は、管理者が OAuth クライアントのリダイレクト URI を確認してください。",
        Msg::SignInExchange => "サインインを完了できませんでした: %1。再試行してもう一度サインインしてください。",
        Msg::SignInRefusedAtOnce => "Genesys Cloud は新しいサインインをすぐに拒否しました (HTTP 401)。再試行してください。繰り返し起きる場合は、管理者が OAuth クライアントのロールと権限を確認してください。",
        Msg::SignInPopupBlocked => "サインインウィンドウがブロックされました。%1 のポップアップを許可してから、もう一度サインインしてください。",
        Msg::SignInUnavailable => "このブラウザーではここでサインインできません: %1 を利用できません。",
        Msg::ExchangeIncomplete => "サインイン サービスの応答が不完全です",
        Msg::ExchangeStatus => "サインイン サービスが HTTP %1 を返しました",
        Msg::ExchangeRefused => "サインイン サービスが HTTP %1 を返しました: %2",
        Msg::ExchangeUnreadable => "サインイン サービスの応答を読み取れません: %1",
        Msg::ExchangeNoToken => "サインイン サービスの応答に使用できるアクセス トークンがありません",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "やり取りサービスがリクエストを制限しており、%1 秒の待機を求めています。これはウィジェットが待つ時間より長いため、数分後にもう一度お試しください。",
        Msg::LoadRateLimited => "やり取りサービスがリクエストを制限し続けました（%1 回試行）。1 分後にもう一度お試しください。",
        Msg::LoadUnauthorized => "新しいトークンでもサインインが受け付けられませんでした。Genesys Cloud を再読み込みしてもう一度お試しください。",
        Msg::LoadRenewal => "新しいサインイン用トークンを取得できませんでした: %1",
        Msg::LoadForbidden => "やり取りを表示する権限がありません。管理者に interaction:read 権限の付与を依頼してください。",
        Msg::LoadAnalyticsForbidden => "会話を表示する権限がありません。管理者に analytics:conversationDetail:view または analytics:agentConversationDetail:view の付与を依頼してください。",
        Msg::LoadServer => "やり取りサービスでエラーが発生しています（HTTP %1、%2 回試行）。しばらくしてからもう一度お試しください。",
        Msg::LoadNetwork => "やり取りサービスに接続できませんでした（%1 回試行）。ネットワーク接続を確認してください。",
        Msg::LoadUnexpected => "やり取りサービスが想定外の HTTP %1 を返しました。管理者は config.json の apiBase を確認してください。",
        Msg::LoadBadPage => "やり取りサービスから読み取れないデータが送られてきました: %1。",
        Msg::LoadTooManyPages => "1 回の読み込みの上限である %1 ページでリストを停止しました。",
        Msg::LoadStalled => "読み込みが完了せずに停止しました。再読み込みしてもう一度お試しください。",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "応答が想定したやり取りのページではありません: %1",
        Msg::PageNoEntities => "応答に \"entities\" のリストがありません",
        Msg::PageForeignNextUri => "次ページへのリンクが別のサイト（%1）を指しているため、たどりませんでした",
        Msg::PageBadNextUri => "次ページへのリンク \"%1\" はウィジェットがたどれるパスや URL ではありません",
        Msg::ReadWrongType => "%1: %3 が必要な箇所に %2 があります",
        Msg::ReadMissing => "%1 がありません",
        Msg::ReadNotJson => "JSON ではありません",
        Msg::ReadTooDeep => "入れ子が深すぎます",
        Msg::ReadUnreceived => "データが途中までしか届きませんでした",

        // Errors: origins.
        Msg::OriginEmpty => "空です",
        Msg::OriginBadScheme => "https://（localhost の場合は http://）で始める必要があります",
        Msg::OriginNoHost => "ホスト名がありません",
        Msg::OriginHasPath => "オリジンにはパス、クエリ、フラグメントは含めません（ホストとポートより後ろを削除してください）",
        Msg::OriginBadPort => "ポートが 1 から 65535 までの数値ではありません",
        Msg::OriginBadHost => "ホスト名に使用できない文字が含まれています",
        Msg::OriginInsecureRemote => "暗号化されていない http は localhost でのみ使用できます。https を使用してください",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "内部エラーのためウィジェットが停止しました: %1。再読み込みしてもう一度お試しください。",
        Msg::FaultNoAbortController => "このブラウザーには AbortController がありません",
        Msg::FaultSignInCancelled => "サインインがキャンセルされました",
        Msg::CauseNetwork => "サーバーに接続できませんでした",
    }
}
