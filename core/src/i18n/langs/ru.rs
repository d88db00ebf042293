//! Русский (Russian).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Взаимодействия",
        Msg::ListLabel => "Взаимодействия",
        Msg::Connecting => "Подключение к Genesys Cloud…",
        Msg::Empty => "Взаимодействий пока нет. Новые разговоры появятся здесь.",
        Msg::NoMatches => "Нет подходящих взаимодействий.",
        Msg::Retry => "Повторить",
        Msg::Refresh => "Обновить",
        Msg::RefreshLabel => "Загрузить взаимодействия заново с начала",
        Msg::SearchLabel => "Поиск контактов",
        Msg::SearchPlaceholder => "Поиск по имени или адресу",
        Msg::FilterLabel => "Фильтр по типу",
        Msg::FilterAll => "Все",
        Msg::Shown => "Показано: %1",
        Msg::RangeLabel => "Период",
        Msg::RangeToday => "Сегодня",
        Msg::RangeDays => "%1 день|%1 дня|%1 дней",
        Msg::ViewLabel => "Вид списка",
        Msg::ViewByTime => "По времени",
        Msg::ViewByContact => "По контакту",
        Msg::Filters => "Фильтры",
        Msg::FiltersActive => "Фильтры, %1 активный|Фильтры, %1 активных|Фильтры, %1 активных",

        // A row, its card and its group.
        Msg::UnknownContact => "Неизвестный контакт",
        Msg::KindCall => "Звонок",
        Msg::KindCallback => "Обратный звонок",
        Msg::KindChat => "Чат",
        Msg::KindEmail => "Эл. почта",
        Msg::KindMessage => "Сообщение",
        Msg::KindOther => "Взаимодействие",
        Msg::Queue => "Очередь: %1",
        Msg::DirectionInbound => "Входящее",
        Msg::DirectionOutbound => "Исходящее",
        Msg::InProgress => "Выполняется",
        Msg::Yesterday => "Вчера",
        Msg::OpenDetails => "Открыть в Genesys Cloud: %1",
        Msg::OpenContact => "Открыть профиль контакта: %1",
        Msg::NewInteraction => "Новое взаимодействие от %1",
        Msg::CurrentInteraction => "Текущее взаимодействие",
        Msg::Earlier => "%1 предыдущее взаимодействие с этим контактом|%1 предыдущих взаимодействия с этим контактом|%1 предыдущих взаимодействий с этим контактом",
        Msg::NoEarlierToday => "Сегодня нет предыдущих взаимодействий",
        Msg::NoEarlierDays => "Нет предыдущих взаимодействий за последний %1 день|Нет предыдущих взаимодействий за последние %1 дня|Нет предыдущих взаимодействий за последние %1 дней",

        // Loading: progress and pauses.
        Msg::Loading => "Загрузка…",
        Msg::LoadedOfTotal => "Загружено %1 из %2",
        Msg::LoadedSoFar => "Загружено %1…",
        Msg::Count => "%1 взаимодействие|%1 взаимодействия|%1 взаимодействий",
        Msg::PauseRateLimited => "Сервис перегружен (ограничение частоты). Повтор через %1 с…",
        Msg::PauseRetrying => "Сервис не ответил. Повтор через %1 с…",
        Msg::PauseOffline => "Нет подключения к сети. Список продолжит загружаться, когда связь восстановится.",

        // Live updates.
        Msg::LiveOn => "В реальном времени",
        Msg::LiveConnecting => "Подключение обновлений в реальном времени…",
        Msg::LiveReconnecting => "Повторное подключение обновлений (попытка %1)…",
        Msg::LiveOff => "Обновления в реальном времени выключены",
        Msg::LiveOffline => "Нет сети: обновления возобновятся, когда сеть вернётся",
        Msg::LiveGaveUp => "Обновления в реальном времени остановлены после нескольких попыток. Список по-прежнему работает.",
        Msg::LiveReconnect => "Переподключить",

        // The sign-in prompt.
        Msg::SignInButton => "Войти",
        Msg::SignInPrompt => "Войдите через Genesys Cloud, чтобы увидеть свои взаимодействия.",
        Msg::SignInExpiring => "Срок действия входа скоро истечёт. Войдите снова, чтобы список оставался актуальным.",
        Msg::SignInWaiting => "Вход в Genesys Cloud…",
        Msg::SignInPopupClosed => "Окно входа закрыто до завершения входа. Войдите, чтобы продолжить.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Не удалось прочитать config.json: %1",
        Msg::ConfigMalformed => "Файл config.json повреждён: %1. Исправьте файл или удалите его, чтобы использовать значения по умолчанию.",
        Msg::ConfigNoTrustedOrigins => "config.json: список trustedHostOrigins пуст, поэтому ни одному хосту нельзя доверять. Укажите источник(и) Genesys Cloud, например \"https://apps.mypurecloud.com\", или удалите ключ для значений по умолчанию.",
        Msg::ConfigBadTrustedOrigin => "config.json: элемент trustedHostOrigins \"%1\" не является источником: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" не является пригодным URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize должен быть целым числом от 1 до %1, а не %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs должен быть целым числом от %1 до %2, а не %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" не является идентификатором клиента OAuth. Скопируйте идентификатор клиента Code Authorization из Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" не является абсолютным URL https:// (http:// только для localhost) без запроса и фрагмента.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" не является пригодным URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource должен быть \"interactions\" или \"genesys\", а не \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays должен быть целым числом от 1 до %1, а не %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Этот виджет работает внутри Genesys Cloud, а был открыт отдельно. Добавьте его в Genesys Cloud как Client Application или Interaction Widget с URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (см. руководство администратора в README).",
        Msg::StartupMissingHostOrigin => "В URL iframe нет параметра gcHostOrigin, поэтому виджет не может определить, какому хосту доверять. Администратору следует зарегистрировать URL с ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Параметр gcHostOrigin \"%1\" не является источником: %2.",
        Msg::StartupUntrustedHost => "Хост %1 не является доверенным в этом развёртывании. Администратор может добавить его в trustedHostOrigins в config.json.",
        Msg::StartupNoApiBase => "Для хоста %1 неизвестен адрес API. Администратору следует указать apiBase в config.json.",
        Msg::StartupTargetEnvMismatch => "В URL iframe указан gcTargetEnv \"%1\", но хост %2 относится к региону Genesys Cloud %3. Администратору следует зарегистрировать URL с gcTargetEnv={{gcTargetEnv}}, который заполняет Genesys Cloud.",
        Msg::StartupNoLoginBase => "Для хоста %1 неизвестен адрес входа. Администратору следует указать loginBase в config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 находится не на собственном источнике виджета (%2). Это должен быть URL самого виджета, зарегистрированный в клиенте OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Страница хоста не ответила за %1 мс. Возможно, виджет запущен не внутри Genesys Cloud (или его хост не ответил): проверьте, что он открыт из Genesys Cloud и что источник хоста (%2) совпадает с gcHostOrigin в URL iframe.",
        Msg::HandshakeRefused => "Хост не смог выдать токен входа: %1",
        Msg::HandshakeChannel => "Виджет не смог связаться со своим хостом: %1",
        Msg::ChannelNoParent => "нет родительского фрейма",
        Msg::ChannelNotSent => "не удалось отправить сообщение хосту",
        Msg::ChannelClosed => "виджет был закрыт",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud не выполнил вход: %1. Нажмите «Повторить», чтобы войти снова.",
        Msg::SignInUnknownState => "Ответ на вход не относится ко входу, начатому в этой вкладке, поэтому он отклонён. Нажмите «Повторить», чтобы войти снова.",
        Msg::SignInNoAnswer => "Страница входа вернулась без ответа. Нажмите «Повторить», чтобы войти снова; если это повторяется, администратору следует проверить redirect URI клиента OAuth.",
        Msg::SignInExchange => "Не удалось завершить вход: %1. Нажмите «Повторить», чтобы войти снова.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud сразу отклонил новый вход (HTTP 401). Нажмите «Повторить», чтобы войти снова; если это повторяется, администратору следует проверить роли и разрешения клиента OAuth.",
        Msg::SignInPopupBlocked => "Окно входа заблокировано. Разрешите всплывающие окна для %1 и войдите снова.",
        Msg::SignInUnavailable => "Этот браузер не может выполнить вход здесь: интерфейс %1 недоступен.",
        Msg::ExchangeIncomplete => "ответ службы входа неполный",
        Msg::ExchangeStatus => "служба входа ответила HTTP %1",
        Msg::ExchangeRefused => "служба входа ответила HTTP %1: %2",
        Msg::ExchangeUnreadable => "не удалось прочитать ответ службы входа: %1",
        Msg::ExchangeNoToken => "в ответе службы входа нет пригодного токена доступа",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Сервис взаимодействий ограничивает запросы и попросил подождать %1 с — дольше, чем ждёт виджет. Повторите попытку через несколько минут.",
        Msg::LoadRateLimited => "Сервис взаимодействий продолжал ограничивать запросы (попыток: %1). Повторите попытку через минуту.",
        Msg::LoadUnauthorized => "Ваш вход не принят даже с новым токеном. Перезагрузите Genesys Cloud и попробуйте снова.",
        Msg::LoadRenewal => "Не удалось получить новый токен входа: %1",
        Msg::LoadForbidden => "У вас нет разрешения на просмотр взаимодействий. Попросите администратора выдать разрешение interaction:read.",
        Msg::LoadAnalyticsForbidden => "У вас нет разрешения на просмотр ваших разговоров. Попросите администратора выдать analytics:conversationDetail:view или analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Сервис взаимодействий даёт сбой (HTTP %1, попыток: %2). Повторите попытку позже.",
        Msg::LoadNetwork => "Не удалось связаться с сервисом взаимодействий (попыток: %1). Проверьте подключение к сети.",
        Msg::LoadUnexpected => "Сервис взаимодействий ответил HTTP %1, чего виджет не ожидает. Администратору следует проверить apiBase в config.json.",
        Msg::LoadBadPage => "Сервис взаимодействий прислал данные, которые виджет не может прочитать: %1.",
        Msg::LoadTooManyPages => "Список остановлен после %1 стр. — это максимум для одной загрузки.",
        Msg::LoadStalled => "Загрузка остановилась, не завершившись. Перезагрузите страницу, чтобы попробовать снова.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "ответ не является ожидаемой страницей взаимодействий: %1",
        Msg::PageNoEntities => "в ответе нет списка \"entities\"",
        Msg::PageForeignNextUri => "ссылка на следующую страницу ведёт на другой сайт (%1), поэтому по ней не перешли",
        Msg::PageBadNextUri => "ссылка на следующую страницу \"%1\" не является путём или URL, по которому виджет может перейти",
        Msg::ReadWrongType => "%1: %2 вместо %3",
        Msg::ReadMissing => "отсутствует поле %1",
        Msg::ReadNotJson => "это не JSON",
        Msg::ReadTooDeep => "слишком глубокая вложенность",
        Msg::ReadUnreceived => "данные пришли не полностью",

        // Errors: origins.
        Msg::OriginEmpty => "значение пустое",
        Msg::OriginBadScheme => "оно должно начинаться с https:// (или http:// для localhost)",
        Msg::OriginNoHost => "в нём нет имени хоста",
        Msg::OriginHasPath => "у источника нет пути, запроса или фрагмента (удалите всё после хоста и порта)",
        Msg::OriginBadPort => "порт не является числом от 1 до 65535",
        Msg::OriginBadHost => "в имени хоста есть недопустимые символы",
        Msg::OriginInsecureRemote => "незашифрованный http разрешён только для localhost; используйте https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Виджет остановлен из-за внутренней ошибки: %1. Перезагрузите страницу, чтобы попробовать снова.",
        Msg::FaultNoAbortController => "в этом браузере нет AbortController",
        Msg::FaultSignInCancelled => "вход был отменён",
        Msg::CauseNetwork => "не удалось связаться с сервером",
    }
}
