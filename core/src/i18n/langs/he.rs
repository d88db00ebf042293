//! עברית (Hebrew), written right to left.

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "אינטראקציות",
        Msg::ListLabel => "אינטראקציות",
        Msg::Connecting => "מתחבר אל Genesys Cloud…",
        Msg::Empty => "אין עדיין אינטראקציות. שיחות חדשות יופיעו כאן.",
        Msg::NoMatches => "אין אינטראקציות תואמות.",
        Msg::Retry => "ניסיון חוזר",
        Msg::Refresh => "רענון",
        Msg::RefreshLabel => "טעינה מחדש של האינטראקציות מההתחלה",
        Msg::SearchLabel => "חיפוש אנשי קשר",
        Msg::SearchPlaceholder => "חיפוש לפי שם או כתובת",
        Msg::FilterLabel => "סינון לפי סוג",
        Msg::FilterAll => "הכול",
        Msg::Shown => "מוצגות: %1",
        Msg::RangeLabel => "טווח זמן",
        Msg::RangeToday => "היום",
        Msg::RangeDays => "יום אחד|יומיים|%1 ימים",
        Msg::ViewLabel => "תצוגת רשימה",
        Msg::ViewByTime => "לפי זמן",
        Msg::ViewByContact => "לפי איש קשר",
        Msg::Filters => "מסננים",
        Msg::FiltersActive => "מסננים, מסנן פעיל אחד|מסננים, שני מסננים פעילים|מסננים, %1 פעילים",

        // A row, its card and its group.
        Msg::UnknownContact => "איש קשר לא ידוע",
        Msg::KindCall => "שיחה",
        Msg::KindCallback => "שיחה חוזרת",
        Msg::KindChat => "צ'אט",
        Msg::KindEmail => "דוא\"ל",
        Msg::KindMessage => "הודעה",
        Msg::KindOther => "אינטראקציה",
        Msg::Queue => "תור: %1",
        Msg::DirectionInbound => "נכנסת",
        Msg::DirectionOutbound => "יוצאת",
        Msg::InProgress => "בתהליך",
        Msg::Yesterday => "אתמול",
        Msg::OpenDetails => "פתיחה ב-Genesys Cloud: ‏%1",
        Msg::OpenContact => "פתיחת פרופיל איש הקשר: %1",
        Msg::NewInteraction => "אינטראקציה חדשה מ-%1",
        Msg::CurrentInteraction => "האינטראקציה הנוכחית",
        Msg::Earlier => "אינטראקציה קודמת אחת עם איש הקשר הזה|שתי אינטראקציות קודמות עם איש הקשר הזה|%1 אינטראקציות קודמות עם איש הקשר הזה",
        Msg::NoEarlierToday => "אין אינטראקציות קודמות היום",
        Msg::NoEarlierDays => "אין אינטראקציות קודמות ביום האחרון|אין אינטראקציות קודמות ביומיים האחרונים|אין אינטראקציות קודמות ב-%1 הימים האחרונים",

        // Loading: progress and pauses.
        Msg::Loading => "טוען…",
        Msg::LoadedOfTotal => "נטענו %1 מתוך %2",
        Msg::LoadedSoFar => "נטענו %1…",
        Msg::Count => "אינטראקציה אחת|שתי אינטראקציות|%1 אינטראקציות",
        Msg::PauseRateLimited => "השירות עמוס (הגבלת קצב). ניסיון חוזר בעוד %1 שנ'…",
        Msg::PauseRetrying => "השירות לא ענה. ניסיון חוזר בעוד %1 שנ'…",
        Msg::PauseOffline => "אין חיבור לרשת. הרשימה תמשיך כשהחיבור יחזור.",

        // Live updates.
        Msg::LiveOn => "חי",
        Msg::LiveConnecting => "מחבר עדכונים חיים…",
        Msg::LiveReconnecting => "מתחבר מחדש לעדכונים חיים (ניסיון %1)…",
        Msg::LiveOff => "העדכונים החיים כבויים",
        Msg::LiveOffline => "אין חיבור: העדכונים החיים יתחדשו עם הרשת",
        Msg::LiveGaveUp => "העדכונים החיים נעצרו אחרי כמה ניסיונות. הרשימה עדיין עובדת.",
        Msg::LiveReconnect => "התחברות מחדש",

        // The sign-in prompt.
        Msg::SignInButton => "כניסה",
        Msg::SignInPrompt => "היכנסו עם Genesys Cloud כדי לראות את האינטראקציות שלכם.",
        Msg::SignInExpiring => "תוקף הכניסה שלך עומד לפוג. היכנסו שוב כדי לשמור על הרשימה מעודכנת.",
        Msg::SignInWaiting => "נכנס אל Genesys Cloud…",
        Msg::SignInPopupClosed => "חלון הכניסה נסגר לפני שהכניסה הסתיימה. היכנסו כדי להמשיך.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "לא ניתן היה לקרוא את config.json: ‏%1",
        Msg::ConfigMalformed => "הקובץ config.json פגום: %1. תקנו את הקובץ או הסירו אותו כדי להשתמש בברירות המחדל.",
        Msg::ConfigNoTrustedOrigins => "config.json: ‏trustedHostOrigins ריק, ולכן אף מארח לא יוכל לקבל אמון. ציינו את המקור (או המקורות) של Genesys Cloud, למשל \"https://apps.mypurecloud.com\", או הסירו את המפתח לברירות המחדל.",
        Msg::ConfigBadTrustedOrigin => "config.json: הרשומה \"%1\" ב-trustedHostOrigins אינה מקור: %2.",
        Msg::ConfigBadApiBase => "config.json: ‏apiBase ‏\"%1\" אינו כתובת URL שמישה: %2.",
        Msg::ConfigBadPageSize => "config.json: ‏pageSize חייב להיות מספר שלם בין 1 ל-%1, לא %2.",
        Msg::ConfigBadHandshakeTimeout => "config.json: ‏handshakeTimeoutMs חייב להיות מספר שלם בין %1 ל-%2, לא %3.",
        Msg::ConfigBadOAuthClientId => "config.json: ‏oauthClientId ‏\"%1\" אינו מזהה לקוח OAuth. העתיקו את מזהה הלקוח של לקוח Code Authorization מ-Genesys Cloud ‏(Admin > OAuth).",
        Msg::ConfigBadRedirectUri => "config.json: ‏oauthRedirectUri ‏\"%1\" אינו כתובת https://‎ מלאה (http://‎ רק עבור localhost) ללא שאילתה או מקטע.",
        Msg::ConfigBadLoginBase => "config.json: ‏loginBase ‏\"%1\" אינו כתובת URL שמישה: %2.",
        Msg::ConfigBadDataSource => "config.json: ‏dataSource חייב להיות \"interactions\" או \"genesys\", לא \"%1\".",
        Msg::ConfigBadHistoryDays => "config.json: ‏historyDays חייב להיות מספר שלם בין 1 ל-%1, לא %2.",

        // Errors: start-up.
        Msg::StartupNotFramed => "הווידג'ט הזה פועל בתוך Genesys Cloud ונפתח לבדו. הוסיפו אותו ל-Genesys Cloud כ-Client Application או כ-Interaction Widget עם הכתובת …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (ראו את מדריך המנהל ב-README).",
        Msg::StartupMissingHostOrigin => "בכתובת ה-iframe אין פרמטר gcHostOrigin, ולכן הווידג'ט לא יכול לדעת באיזה מארח לתת אמון. על המנהל לרשום את הכתובת עם ?gcHostOrigin={{gcHostOrigin}}.",
        Msg::StartupBadHostOrigin => "הפרמטר gcHostOrigin ‏\"%1\" אינו מקור: %2.",
        Msg::StartupUntrustedHost => "המארח %1 אינו מהימן בפריסה הזו. מנהל יכול להוסיף אותו ל-trustedHostOrigins ב-config.json.",
        Msg::StartupNoApiBase => "לא ידועה כתובת API עבור המארח %1. על מנהל להגדיר apiBase ב-config.json.",
        Msg::StartupTargetEnvMismatch => "כתובת ה-iframe אומרת gcTargetEnv ‏\"%1\", אבל המארח %2 הוא אזור Genesys Cloud ‏%3. על המנהל לרשום את הכתובת עם gcTargetEnv={{gcTargetEnv}}, ש-Genesys Cloud ממלא.",
        Msg::StartupNoLoginBase => "לא ידועה כתובת כניסה עבור המארח %1. על מנהל להגדיר loginBase ב-config.json.",
        Msg::StartupRedirectElsewhere => "config.json: ‏oauthRedirectUri ‏%1 אינו במקור של הווידג'ט עצמו (%2). הוא חייב להיות הכתובת של הווידג'ט עצמו, כפי שנרשמה בלקוח ה-OAuth.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "דף המארח לא ענה תוך %1 אלפיות שנייה. ייתכן שהווידג'ט אינו פועל בתוך Genesys Cloud (או שהמארח שלו לא ענה): ודאו שהוא נפתח מתוך Genesys Cloud, ושמקור המארח (%2) הוא זה שב-gcHostOrigin של כתובת ה-iframe.",
        Msg::HandshakeRefused => "המארח לא הצליח לתת אסימון כניסה: %1",
        Msg::HandshakeChannel => "הווידג'ט לא הצליח לתקשר עם המארח שלו: %1",
        Msg::ChannelNoParent => "אין מסגרת אב",
        Msg::ChannelNotSent => "לא ניתן היה לשלוח את ההודעה למארח",
        Msg::ChannelClosed => "הווידג'ט נסגר",

        // Errors: the sign-in.
        Msg::SignInDenied => "‏Genesys Cloud לא הכניס אותך: %1. נסו שוב כדי להיכנס מחדש.",
        Msg::SignInUnknownState => "תשובת הכניסה אינה שייכת לכניסה שהכרטיסייה הזו התחילה, ולכן נדחתה. נסו שוב כדי להיכנס מחדש.",
        Msg::SignInNoAnswer => "דף הכניסה חזר בלי תשובה. נסו שוב כדי להיכנס מחדש; אם זה חוזר, על מנהל לבדוק את כתובת ההפניה (redirect URI) של לקוח ה-OAuth.",
        Msg::SignInExchange => "לא ניתן היה להשלים את הכניסה: %1. נסו שוב כדי להיכנס מחדש.",
        Msg::SignInRefusedAtOnce => "‏Genesys Cloud דחה את הכניסה החדשה מיד (HTTP 401). נסו שוב כדי להיכנס מחדש; אם זה חוזר, על מנהל לבדוק את התפקידים וההרשאות של לקוח ה-OAuth.",
        Msg::SignInPopupBlocked => "חלון הכניסה נחסם. אפשרו חלונות קופצים עבור %1, ואז היכנסו שוב.",
        Msg::SignInUnavailable => "הדפדפן הזה לא יכול להיכנס כאן: %1 אינו זמין.",
        Msg::ExchangeIncomplete => "התשובה של שירות הכניסה חלקית",
        Msg::ExchangeStatus => "שירות הכניסה השיב HTTP %1",
        Msg::ExchangeRefused => "שירות הכניסה השיב HTTP %1: %2",
        Msg::ExchangeUnreadable => "לא ניתן לקרוא את התשובה של שירות הכניסה: %1",
        Msg::ExchangeNoToken => "בתשובה של שירות הכניסה אין אסימון גישה שמיש",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "שירות האינטראקציות מגביל בקשות וביקש להמתין %1 שנ', יותר ממה שהווידג'ט ממתין. נסו שוב בעוד כמה דקות.",
        Msg::LoadRateLimited => "שירות האינטראקציות המשיך להגביל בקשות (%1 ניסיונות). נסו שוב בעוד דקה.",
        Msg::LoadUnauthorized => "הכניסה שלך לא התקבלה, גם עם אסימון חדש. טענו מחדש את Genesys Cloud ונסו שוב.",
        Msg::LoadRenewal => "לא ניתן היה לקבל אסימון כניסה חדש: %1",
        Msg::LoadForbidden => "אין לך הרשאה לראות אינטראקציות. בקשו ממנהל להעניק את ההרשאה interaction:read.",
        Msg::LoadAnalyticsForbidden => "אין לך הרשאה לראות את השיחות שלך. בקשו ממנהל להעניק analytics:conversationDetail:view או analytics:agentConversationDetail:view.",
        Msg::LoadServer => "שירות האינטראקציות נכשל (HTTP %1, %2 ניסיונות). נסו שוב בקרוב.",
        Msg::LoadNetwork => "לא ניתן היה להגיע לשירות האינטראקציות (%1 ניסיונות). בדקו את החיבור לרשת.",
        Msg::LoadUnexpected => "שירות האינטראקציות ענה HTTP %1, שהווידג'ט אינו מצפה לו. על מנהל לבדוק את apiBase ב-config.json.",
        Msg::LoadBadPage => "שירות האינטראקציות שלח נתונים שהווידג'ט לא יכול לקרוא: %1.",
        Msg::LoadTooManyPages => "הרשימה נעצרה אחרי %1 דפים, המקסימום לטעינה אחת.",
        Msg::LoadStalled => "הטעינה נעצרה לפני שהסתיימה. טענו מחדש כדי לנסות שוב.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "התגובה אינה דף האינטראקציות הצפוי: %1",
        Msg::PageNoEntities => "בתגובה אין רשימת \"entities\"",
        Msg::PageForeignNextUri => "הקישור לדף הבא מפנה לאתר אחר (%1), ולכן לא נעשה בו שימוש",
        Msg::PageBadNextUri => "הקישור לדף הבא \"%1\" אינו נתיב או כתובת URL שהווידג'ט יכול לעקוב אחריהם",
        Msg::ReadWrongType => "%1: %2 במקום %3",
        Msg::ReadMissing => "השדה %1 חסר",
        Msg::ReadNotJson => "זה לא JSON",
        Msg::ReadTooDeep => "הקינון בו עמוק מדי",
        Msg::ReadUnreceived => "הנתונים הגיעו חלקיים",

        // Errors: origins.
        Msg::OriginEmpty => "הוא ריק",
        Msg::OriginBadScheme => "הוא חייב להתחיל ב-https://‎ (או http://‎ עבור localhost)",
        Msg::OriginNoHost => "אין בו שם מארח",
        Msg::OriginHasPath => "למקור אין נתיב, שאילתה או מקטע (השמיטו את כל מה שאחרי המארח והפורט)",
        Msg::OriginBadPort => "הפורט שלו אינו מספר בין 1 ל-65535",
        Msg::OriginBadHost => "בשם המארח שלו יש תווים ששם מארח לא יכול להכיל",
        Msg::OriginInsecureRemote => "http לא מוצפן מותר רק עבור localhost; השתמשו ב-https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "הווידג'ט נעצר בגלל שגיאה פנימית: %1. טענו מחדש כדי לנסות שוב.",
        Msg::FaultNoAbortController => "בדפדפן הזה אין AbortController",
        Msg::FaultSignInCancelled => "הכניסה בוטלה",
        Msg::CauseNetwork => "לא ניתן היה להגיע לשרת",
    }
}
