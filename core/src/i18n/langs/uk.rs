//! Українська (Ukrainian).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Взаємодії",
        Msg::ListLabel => "Взаємодії",
        Msg::Connecting => "Підключення до Genesys Cloud…",
        Msg::Empty => "Взаємодій ще немає. Нові розмови з'являться тут.",
        Msg::NoMatches => "Немає відповідних взаємодій.",
        Msg::Retry => "Повторити",
        Msg::Refresh => "Оновити",
        Msg::RefreshLabel => "Завантажити взаємодії заново з початку",
        Msg::SearchLabel => "Пошук контактів",
        Msg::SearchPlaceholder => "Пошук за іменем або адресою",
        Msg::FilterLabel => "Фільтр за типом",
        Msg::FilterAll => "Усі",
        Msg::Shown => "Показано: %1",
        Msg::RangeLabel => "Період",
        Msg::RangeToday => "Сьогодні",
        Msg::RangeDays => "%1 день|%1 дні|%1 днів",
        Msg::ViewLabel => "Вигляд списку",
        Msg::ViewByTime => "За часом",
        Msg::ViewByContact => "За контактом",
        Msg::Filters => "Фільтри",
        Msg::FiltersActive => "Фільтри, %1 активний|Фільтри, %1 активні|Фільтри, %1 активних",

        // A row, its card and its group.
        Msg::UnknownContact => "Невідомий контакт",
        Msg::KindCall => "Дзвінок",
        Msg::KindCallback => "Зворотний дзвінок",
        Msg::KindChat => "Чат",
        Msg::KindEmail => "Ел. пошта",
        Msg::KindMessage => "Повідомлення",
        Msg::KindOther => "Взаємодія",
        Msg::Queue => "Черга: %1",
        Msg::DirectionInbound => "Вхідна",
        Msg::DirectionOutbound => "Вихідна",
        Msg::InProgress => "Триває",
        Msg::Yesterday => "Учора",
        Msg::OpenDetails => "Відкрити в Genesys Cloud: %1",
        Msg::OpenContact => "Відкрити профіль контакту: %1",
        Msg::NewInteraction => "Нова взаємодія від %1",
        Msg::CurrentInteraction => "Поточна взаємодія",
        Msg::Earlier => "%1 попередня взаємодія з цим контактом|%1 попередні взаємодії з цим контактом|%1 попередніх взаємодій з цим контактом",
        Msg::NoEarlierToday => "Сьогодні немає попередніх взаємодій",
        Msg::NoEarlierDays => "Немає попередніх взаємодій за останній %1 день|Немає попередніх взаємодій за останні %1 дні|Немає попередніх взаємодій за останні %1 днів",

        // Loading: progress and pauses.
        Msg::Loading => "Завантаження…",
        Msg::LoadedOfTotal => "Завантажено %1 з %2",
        Msg::LoadedSoFar => "Завантажено %1…",
        Msg::Count => "%1 взаємодія|%1 взаємодії|%1 взаємодій",
        Msg::PauseRateLimited => "Сервіс перевантажений (обмеження частоти). Повтор через %1 с…",
        Msg::PauseRetrying => "Сервіс не відповів. Повтор через %1 с…",
        Msg::PauseOffline => "Немає з'єднання з мережею. Список продовжить завантажуватися, коли зв'язок відновиться.",

        // Live updates.
        Msg::LiveOn => "Наживо",
        Msg::LiveConnecting => "Підключення оновлень наживо…",
        Msg::LiveReconnecting => "Повторне підключення оновлень (спроба %1)…",
        Msg::LiveOff => "Оновлення наживо вимкнено",
        Msg::LiveOffline => "Немає мережі: оновлення відновляться, коли мережа повернеться",
        Msg::LiveGaveUp => "Оновлення наживо зупинено після кількох спроб. Список і далі працює.",
        Msg::LiveReconnect => "Перепідключити",

        // The sign-in prompt.
        Msg::SignInButton => "Увійти",
        Msg::SignInPrompt => "Увійдіть через Genesys Cloud, щоб побачити свої взаємодії.",
        Msg::SignInExpiring => "Термін дії входу скоро завершиться. Увійдіть знову, щоб список залишався актуальним.",
        Msg::SignInWaiting => "Вхід до Genesys Cloud…",
        Msg::SignInPopupClosed => "Вікно входу закрито до завершення входу. Увійдіть, щоб продовжити.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "Не вдалося прочитати config.json: %1",
        Msg::ConfigMalformed => "Файл config.json пошкоджено: %1. Виправте файл або видаліть його, щоб використати значення за замовчуванням.",
        Msg::ConfigNoTrustedOrigins => "config.json: список trustedHostOrigins порожній, тому жодному хосту не можна довіряти. Укажіть джерело (джерела) Genesys Cloud, наприклад \"https://apps.mypurecloud.com\", або видаліть ключ для значень за замовчуванням.",
        Msg::ConfigBadTrustedOrigin => "config.json: елемент trustedHostOrigins \"%1\" не є джерелом: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" не є придатним URL: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize має бути цілим числом від 1 до %1, а не %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs має бути цілим числом від %1 до %2, а не %3.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" не є ідентифікатором клієнта OAuth. Скопіюйте ідентифікатор клієнта Code Authorization з Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" не є абсолютним URL https:// (http:// лише для localhost) без запиту чи фрагмента.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" не є придатним URL: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource має бути \"interactions\" або \"genesys\", а не \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: historyDays має бути цілим числом від 1 до %1, а не %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Цей віджет працює всередині Genesys Cloud, а його відкрито окремо. Додайте його до Genesys Cloud як Client Application або Interaction Widget з URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (див. посібник адміністратора в README).",
        Msg::StartupMissingHostOrigin => "В URL iframe немає параметра gcHostOrigin, тому віджет не може визначити, якому хосту довіряти. Адміністратор має зареєструвати URL з ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "Параметр gcHostOrigin \"%1\" не є джерелом: %2.",
        Msg::StartupUntrustedHost => "Хост %1 не є довіреним у цьому розгортанні. Адміністратор може додати його до trustedHostOrigins у config.json.",
        Msg::StartupNoApiBase => "Для хоста %1 невідома адреса API. Адміністратор має вказати apiBase у config.json.",
        Msg::StartupTargetEnvMismatch => "В URL iframe вказано gcTargetEnv \"%1\", але хост %2 належить до регіону Genesys Cloud %3. Адміністратор має зареєструвати URL з gcTargetEnv={{gcTargetEnv}}, який заповнює Genesys Cloud.",
        Msg::StartupNoLoginBase => "Для хоста %1 невідома адреса входу. Адміністратор має вказати loginBase у config.json.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 не на власному джерелі віджета (%2). Це має бути URL самого віджета, зареєстрований у клієнті OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Сторінка хоста не відповіла протягом %1 мс. Можливо, віджет працює не всередині Genesys Cloud (або його хост не відповів): перевірте, що його відкрито з Genesys Cloud і що джерело хоста (%2) збігається з gcHostOrigin в URL iframe.",
        Msg::HandshakeRefused => "Хост не зміг надати токен входу: %1",
        Msg::HandshakeChannel => "Віджет не зміг зв'язатися зі своїм хостом: %1",
        Msg::ChannelNoParent => "немає батьківського фрейму",
        Msg::ChannelNotSent => "не вдалося надіслати повідомлення хосту",
        Msg::ChannelClosed => "віджет було закрито",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud не виконав вхід: %1. Натисніть «Повторити», щоб увійти знову.",
        Msg::SignInUnknownState => "Відповідь на вхід не належить до входу, розпочатого в цій вкладці, тому її відхилено. Натисніть «Повторити», щоб увійти знову.",
        Msg::SignInNoAnswer => "Сторінка входу повернулася без відповіді. Натисніть «Повторити», щоб увійти знову; якщо це повторюється, адміністратор має перевірити redirect URI клієнта OAuth.",
        Msg::SignInExchange => "Не вдалося завершити вхід: %1. Натисніть «Повторити», щоб увійти знову.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud одразу відхилив новий вхід (HTTP 401). Натисніть «Повторити», щоб увійти знову; якщо це повторюється, адміністратор має перевірити ролі й дозволи клієнта OAuth.",
        Msg::SignInPopupBlocked => "Вікно входу заблоковано. Дозвольте спливні вікна для %1, а потім увійдіть знову.",
        Msg::SignInUnavailable => "Цей браузер не може виконати вхід тут: інтерфейс %1 недоступний.",
        Msg::ExchangeIncomplete => "відповідь служби входу неповна",
        Msg::ExchangeStatus => "служба входу відповіла HTTP %1",
        Msg::ExchangeRefused => "служба входу відповіла HTTP %1: %2",
        Msg::ExchangeUnreadable => "не вдалося прочитати відповідь служби входу: %1",
        Msg::ExchangeNoToken => "у відповіді служби входу немає придатного токена доступу",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Сервіс взаємодій обмежує запити й попросив зачекати %1 с — довше, ніж чекає віджет. Спробуйте ще раз за кілька хвилин.",
        Msg::LoadRateLimited => "Сервіс взаємодій і далі обмежував запити (спроб: %1). Спробуйте ще раз за хвилину.",
        Msg::LoadUnauthorized => "Ваш вхід не прийнято навіть із новим токеном. Перезавантажте Genesys Cloud і спробуйте ще раз.",
        Msg::LoadRenewal => "Не вдалося отримати новий токен входу: %1",
        Msg::LoadForbidden => "У вас немає дозволу на перегляд взаємодій. Попросіть адміністратора надати дозвіл interaction:read.",
        Msg::LoadAnalyticsForbidden => "У вас немає дозволу на перегляд ваших розмов. Попросіть адміністратора надати analytics:conversationDetail:view або analytics:agentConversationDetail:view.",
        Msg::LoadServer => "Сервіс взаємодій дає збій (HTTP %1, спроб: %2). Спробуйте ще раз згодом.",
        Msg::LoadNetwork => "Не вдалося зв'язатися із сервісом взаємодій (спроб: %1). Перевірте з'єднання з мережею.",
        Msg::LoadUnexpected => "Сервіс взаємодій відповів HTTP %1, чого віджет не очікує. Адміністратор має перевірити apiBase у config.json.",
        Msg::LoadBadPage => "Сервіс взаємодій надіслав дані, які віджет не може прочитати: %1.",
        Msg::LoadTooManyPages => "Список зупинено після %1 стор. — це максимум для одного завантаження.",
        Msg::LoadStalled => "Завантаження зупинилося, не завершившись. Перезавантажте, щоб спробувати ще раз.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "відповідь не є очікуваною сторінкою взаємодій: %1",
        Msg::PageNoEntities => "у відповіді немає списку \"entities\"",
        Msg::PageForeignNextUri => "посилання на наступну сторінку веде на інший сайт (%1), тому за ним не перейшли",
        Msg::PageBadNextUri => "посилання на наступну сторінку \"%1\" не є шляхом або URL, за яким віджет може перейти",
        Msg::ReadWrongType => "%1: %2 замість %3",
        Msg::ReadMissing => "відсутнє поле %1",
        Msg::ReadNotJson => "це не JSON",
        Msg::ReadTooDeep => "надто глибока вкладеність",
        Msg::ReadUnreceived => "дані надійшли не повністю",

        // Errors: origins.
        Msg::OriginEmpty => "значення порожнє",
        Msg::OriginBadScheme => "воно має починатися з https:// (або http:// для localhost)",
        Msg::OriginNoHost => "у ньому немає імені хоста",
        Msg::OriginHasPath => "джерело не має шляху, запиту чи фрагмента (видаліть усе після хоста й порту)",
        Msg::OriginBadPort => "порт не є числом від 1 до 65535",
        Msg::OriginBadHost => "в імені хоста є недопустимі символи",
        Msg::OriginInsecureRemote => "незашифрований http дозволено лише для localhost; використовуйте https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Віджет зупинився через внутрішню помилку: %1. Перезавантажте, щоб спробувати ще раз.",
        Msg::FaultNoAbortController => "у цьому браузері немає AbortController",
        Msg::FaultSignInCancelled => "вхід було скасовано",
        Msg::CauseNetwork => "не вдалося зв'язатися із сервером",
    }
}
