//! العربية (Arabic), written right to left.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "التفاعلات",
        Msg::ListLabel => "التفاعلات",
        Msg::Connecting => "جارٍ الاتصال بـ Genesys Cloud…",
        Msg::Empty => "لا توجد تفاعلات بعد. ستظهر المحادثات الجديدة هنا.",
        Msg::NoMatches => "لا توجد تفاعلات مطابقة.",
        Msg::Retry => "إعادة المحاولة",
        Msg::Refresh => "تحديث",
        Msg::RefreshLabel => "إعادة تحميل التفاعلات من البداية",
        Msg::SearchLabel => "البحث في جهات الاتصال",
        Msg::SearchPlaceholder => "البحث بالاسم أو العنوان",
        Msg::FilterLabel => "التصفية حسب النوع",
        Msg::FilterAll => "الكل",
        Msg::Shown => "المعروض: %1",
        Msg::RangeLabel => "النطاق الزمني",
        Msg::RangeToday => "اليوم",
        Msg::RangeDays => "لا أيام|يوم واحد|يومان|%1 أيام|%1 يومًا|%1 يوم",
        Msg::ViewLabel => "عرض القائمة",
        Msg::ViewByTime => "حسب الوقت",
        Msg::ViewByContact => "حسب جهة الاتصال",
        Msg::Filters => "عوامل التصفية",
        Msg::FiltersActive => "عوامل التصفية، لا يوجد عامل نشط|عوامل التصفية، عامل واحد نشط|عوامل التصفية، عاملان نشطان|عوامل التصفية، %1 عوامل نشطة|عوامل التصفية، %1 عاملًا نشطًا|عوامل التصفية، %1 عامل نشط",

        // A row, its card and its group.
        Msg::UnknownContact => "جهة اتصال غير معروفة",
        Msg::KindCall => "مكالمة",
        Msg::KindCallback => "معاودة اتصال",
        Msg::KindChat => "دردشة",
        Msg::KindEmail => "بريد إلكتروني",
        Msg::KindMessage => "رسالة",
        Msg::KindOther => "تفاعل",
        Msg::Queue => "قائمة الانتظار: %1",
        Msg::DirectionInbound => "وارد",
        Msg::DirectionOutbound => "صادر",
        Msg::InProgress => "قيد التنفيذ",
        Msg::Yesterday => "أمس",
        Msg::OpenDetails => "فتح في Genesys Cloud: %1",
        Msg::OpenContact => "فتح ملف جهة الاتصال: %1",
        Msg::NewInteraction => "تفاعل جديد من %1",
        Msg::CurrentInteraction => "التفاعل الحالي",
        Msg::Earlier => "لا توجد تفاعلات سابقة مع جهة الاتصال هذه|تفاعل سابق واحد مع جهة الاتصال هذه|تفاعلان سابقان مع جهة الاتصال هذه|%1 تفاعلات سابقة مع جهة الاتصال هذه|%1 تفاعلًا سابقًا مع جهة الاتصال هذه|%1 تفاعل سابق مع جهة الاتصال هذه",
        Msg::NoEarlierToday => "لا توجد تفاعلات سابقة اليوم",
        Msg::NoEarlierDays => "لا توجد تفاعلات سابقة|لا توجد تفاعلات سابقة في آخر يوم|لا توجد تفاعلات سابقة في آخر يومين|لا توجد تفاعلات سابقة في آخر %1 أيام|لا توجد تفاعلات سابقة في آخر %1 يومًا|لا توجد تفاعلات سابقة في آخر %1 يوم",

        // Loading: progress and pauses.
        Msg::Loading => "جارٍ التحميل…",
        Msg::LoadedOfTotal => "تم تحميل %1 من %2",
        Msg::LoadedSoFar => "تم تحميل %1…",
        Msg::Count => "لا توجد تفاعلات|تفاعل واحد|تفاعلان|%1 تفاعلات|%1 تفاعلًا|%1 تفاعل",
        Msg::PauseRateLimited => "الخدمة مشغولة (حد المعدل). إعادة المحاولة خلال %1 ث…",
        Msg::PauseRetrying => "لم تستجب الخدمة. إعادة المحاولة خلال %1 ث…",
        Msg::PauseOffline => "أنت غير متصل. ستستمر القائمة عند عودة الاتصال.",

        // Live updates.
        Msg::LiveOn => "مباشر",
        Msg::LiveConnecting => "جارٍ توصيل التحديثات المباشرة…",
        Msg::LiveReconnecting => "جارٍ إعادة توصيل التحديثات المباشرة (المحاولة %1)…",
        Msg::LiveOff => "التحديثات المباشرة متوقفة",
        Msg::LiveOffline => "غير متصل: تُستأنف التحديثات المباشرة مع عودة الشبكة",
        Msg::LiveGaveUp => "توقفت التحديثات المباشرة بعد عدة محاولات. لا تزال القائمة تعمل.",
        Msg::LiveReconnect => "إعادة الاتصال",

        // The sign-in prompt.
        Msg::SignInButton => "تسجيل الدخول",
        Msg::SignInPrompt => "سجّل الدخول باستخدام Genesys Cloud لعرض تفاعلاتك.",
        Msg::SignInExpiring => "ستنتهي صلاحية تسجيل دخولك قريبًا. سجّل الدخول مرة أخرى لإبقاء القائمة محدّثة.",
        Msg::SignInWaiting => "جارٍ تسجيل الدخول إلى Genesys Cloud…",
        Msg::SignInPopupClosed => "أُغلقت نافذة تسجيل الدخول قبل اكتمال تسجيل الدخول. سجّل الدخول للمتابعة.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "تعذرت قراءة config.json: %1",
        Msg::ConfigMalformed => "config.json غير صالح: %1. أصلح الملف أو احذفه لاستخدام القيم الافتراضية.",
        Msg::ConfigNoTrustedOrigins => "config.json: القائمة trustedHostOrigins فارغة، لذا لا يمكن الوثوق بأي مضيف. اذكر أصل (أصول) Genesys Cloud، مثل \"https://apps.mypurecloud.com\"، أو احذف المفتاح لاستخدام القيم الافتراضية.",
        Msg::ConfigBadTrustedOrigin => "config.json: العنصر \"%1\" في trustedHostOrigins ليس أصلًا: %2.",
        Msg::ConfigBadApiBase => "config.json: قيمة apiBase \"%1\" ليست عنوان URL صالحًا للاستخدام: %2.",
        Msg::ConfigBadPageSize => "config.json: يجب أن تكون قيمة pageSize عددًا صحيحًا من 1 إلى %1، وليس %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: يجب أن تكون قيمة handshakeTimeoutMs عددًا صحيحًا من %1 إلى %2، وليس %3.",
        Msg::ConfigBadOAuthClientId => "config.json: القيمة oauthClientId \"%1\" ليست معرّف عميل OAuth. انسخ معرّف عميل Code Authorization من Genesys Cloud (Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: القيمة oauthRedirectUri \"%1\" ليست عنوان URL مطلقًا يبدأ بـ https:// (و http:// لـ localhost فقط) دون استعلام أو جزء.",
        Msg::ConfigBadLoginBase => "config.json: قيمة loginBase \"%1\" ليست عنوان URL صالحًا للاستخدام: %2.",
        Msg::ConfigBadDataSource => "config.json: يجب أن تكون قيمة dataSource إما \"interactions\" أو \"genesys\"، وليس \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: يجب أن تكون قيمة historyDays عددًا صحيحًا من 1 إلى %1، وليس %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "تعمل هذه الأداة داخل Genesys Cloud وقد فُتحت بمفردها. أضفها إلى Genesys Cloud كتطبيق عميل (Client Application) أو أداة تفاعل (Interaction Widget) بعنوان URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (راجع دليل المسؤول في README).",
        Msg::StartupMissingHostOrigin => "لا يحتوي عنوان URL الخاص بالإطار على المعامل gcHostOrigin، لذا لا تستطيع الأداة معرفة المضيف الذي تثق به. على المسؤول تسجيل عنوان URL مع ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "المعامل gcHostOrigin \"%1\" ليس أصلًا: %2.",
        Msg::StartupUntrustedHost => "المضيف %1 غير موثوق به في هذا النشر. يمكن للمسؤول إضافته إلى trustedHostOrigins في config.json.",
        Msg::StartupNoApiBase => "لا يُعرف عنوان API للمضيف %1. على المسؤول تعيين apiBase في config.json.",
        Msg::StartupTargetEnvMismatch => "يذكر عنوان URL الخاص بالإطار gcTargetEnv \"%1\"، لكن المضيف %2 هو منطقة Genesys Cloud ‏%3. على المسؤول تسجيل عنوان URL مع gcTargetEnv={{gcTargetEnv}}، الذي يملؤه Genesys Cloud.",
        Msg::StartupNoLoginBase => "لا يُعرف عنوان تسجيل دخول للمضيف %1. على المسؤول تعيين loginBase في config.json.",
        Msg::StartupRedirectElsewhere => "config.json: القيمة oauthRedirectUri %1 ليست على أصل الأداة نفسها (%2). يجب أن تكون عنوان URL الخاص بالأداة، كما هو مسجل في عميل OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "لم تستجب الصفحة المضيفة خلال %1 مللي ثانية. قد لا تعمل الأداة داخل Genesys Cloud (أو لم يستجب مضيفها): تحقق من أنها مفتوحة من Genesys Cloud، وأن أصل المضيف (%2) هو نفسه الموجود في gcHostOrigin في عنوان URL الخاص بالإطار.",
        Msg::HandshakeRefused => "تعذر على المضيف تقديم رمز تسجيل الدخول: %1",
        Msg::HandshakeChannel => "تعذر على الأداة التواصل مع مضيفها: %1",
        Msg::ChannelNoParent => "لا يوجد إطار أصل",
        Msg::ChannelNotSent => "تعذر إرسال الرسالة إلى المضيف",
        Msg::ChannelClosed => "تم إغلاق الأداة",

        // Errors: the sign-in.
        Msg::SignInDenied => "لم يُسجّل Genesys Cloud دخولك: %1. أعد المحاولة لتسجيل الدخول مرة أخرى.",
        Msg::SignInUnknownState => "رد تسجيل الدخول لا يخص عملية تسجيل دخول بدأتها علامة التبويب هذه، لذا رُفض. أعد المحاولة لتسجيل الدخول مرة أخرى.",
        Msg::SignInNoAnswer => "عادت صفحة تسجيل الدخول دون رد. أعد المحاولة لتسجيل الدخول مرة أخرى؛ وإذا تكرر ذلك، فعلى المسؤول التحقق من عنوان URI لإعادة التوجيه في عميل OAuth.",
        Msg::SignInExchange => "تعذر إكمال تسجيل الدخول: %1. أعد المحاولة لتسجيل الدخول مرة أخرى.",
        Msg::SignInRefusedAtOnce => "رفض Genesys Cloud تسجيل الدخول الجديد فورًا (HTTP 401). أعد المحاولة لتسجيل الدخول مرة أخرى؛ وإذا تكرر ذلك، فعلى المسؤول التحقق من أدوار عميل OAuth وصلاحياته.",
        Msg::SignInPopupBlocked => "تم حظر نافذة تسجيل الدخول. اسمح بالنوافذ المنبثقة لـ %1، ثم سجّل الدخول مرة أخرى.",
        Msg::SignInUnavailable => "لا يستطيع هذا المتصفح تسجيل الدخول هنا: %1 غير متاح.",
        Msg::ExchangeIncomplete => "استجابة خدمة تسجيل الدخول غير مكتملة",
        Msg::ExchangeStatus => "ردت خدمة تسجيل الدخول بـ HTTP %1",
        Msg::ExchangeRefused => "ردت خدمة تسجيل الدخول بـ HTTP %1: %2",
        Msg::ExchangeUnreadable => "تعذرت قراءة استجابة خدمة تسجيل الدخول: %1",
        Msg::ExchangeNoToken => "لا تحتوي استجابة خدمة تسجيل الدخول على رمز وصول صالح للاستخدام",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "تحدّ خدمة التفاعلات من الطلبات وطلبت الانتظار %1 ث، وهي مدة أطول مما تنتظره الأداة. حاول مرة أخرى بعد بضع دقائق.",
        Msg::LoadRateLimited => "استمرت خدمة التفاعلات في الحد من الطلبات (%1 محاولات). حاول مرة أخرى بعد دقيقة.",
        Msg::LoadUnauthorized => "لم يُقبل تسجيل دخولك حتى برمز جديد. أعد تحميل Genesys Cloud وحاول مرة أخرى.",
        Msg::LoadRenewal => "تعذر الحصول على رمز تسجيل دخول جديد: %1",
        Msg::LoadForbidden => "ليست لديك صلاحية لعرض التفاعلات. اطلب من المسؤول منح الصلاحية interaction:read.",
        Msg::LoadAnalyticsForbidden => "ليست لديك صلاحية لعرض محادثاتك. اطلب من المسؤول منح analytics:conversationDetail:view أو analytics:agentConversationDetail:view.",
        Msg::LoadServer => "خدمة التفاعلات تواجه أعطالًا (HTTP %1، %2 محاولات). حاول مرة أخرى بعد قليل.",
        Msg::LoadNetwork => "تعذر الوصول إلى خدمة التفاعلات (%1 محاولات). تحقق من اتصال الشبكة.",
        Msg::LoadUnexpected => "أجابت خدمة التفاعلات بـ HTTP %1، وهو ما لا تتوقعه الأداة. على المسؤول التحقق من apiBase في config.json.",
        Msg::LoadBadPage => "أرسلت خدمة التفاعلات بيانات لا تستطيع الأداة قراءتها: %1.",
        Msg::LoadTooManyPages => "توقفت القائمة بعد %1 صفحة، وهو الحد الأقصى لعملية تحميل واحدة.",
        Msg::LoadStalled => "توقف التحميل قبل اكتماله. أعد التحميل للمحاولة مرة أخرى.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "الاستجابة ليست صفحة التفاعلات المتوقعة: %1",
        Msg::PageNoEntities => "لا تحتوي الاستجابة على قائمة \"entities\"",
        Msg::PageForeignNextUri => "يشير رابط الصفحة التالية إلى موقع آخر (%1)، لذا لم يُتبع",
        Msg::PageBadNextUri => "رابط الصفحة التالية \"%1\" ليس مسارًا أو عنوان URL يمكن للأداة اتباعه",
        Msg::ReadWrongType => "%1: %2 بدلاً من %3",
        Msg::ReadMissing => "الحقل %1 مفقود",
        Msg::ReadNotJson => "ليس بتنسيق JSON",
        Msg::ReadTooDeep => "التداخل فيه عميق جدًا",
        Msg::ReadUnreceived => "وصلت البيانات غير مكتملة",

        // Errors: origins.
        Msg::OriginEmpty => "إنه فارغ",
        Msg::OriginBadScheme => "يجب أن يبدأ بـ https:// (أو http:// لـ localhost)",
        Msg::OriginNoHost => "لا يحتوي على اسم مضيف",
        Msg::OriginHasPath => "الأصل لا يحتوي على مسار أو استعلام أو جزء (احذف كل ما بعد المضيف والمنفذ)",
        Msg::OriginBadPort => "منفذه ليس رقمًا من 1 إلى 65535",
        Msg::OriginBadHost => "يحتوي اسم مضيفه على أحرف لا يمكن أن يحتويها اسم مضيف",
        Msg::OriginInsecureRemote => "لا يُسمح باستخدام http غير المشفر إلا لـ localhost؛ استخدم https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "توقفت الأداة بسبب خطأ داخلي: %1. أعد التحميل للمحاولة مرة أخرى.",
        Msg::FaultNoAbortController => "لا يتوفر AbortController في هذا المتصفح",
        Msg::FaultSignInCancelled => "تم إلغاء تسجيل الدخول",
        Msg::CauseNetwork => "تعذر الوصول إلى الخادم",
    }
}
