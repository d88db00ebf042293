//! ไทย (Thai).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "การโต้ตอบ",
        Msg::ListLabel => "การโต้ตอบ",
        Msg::Connecting => "กำลังเชื่อมต่อกับ Genesys Cloud…",
        Msg::Empty => "ยังไม่มีการโต้ตอบ การสนทนาใหม่จะแสดงที่นี่",
        Msg::NoMatches => "ไม่มีการโต้ตอบที่ตรงกัน",
        Msg::Retry => "ลองอีกครั้ง",
        Msg::Refresh => "รีเฟรช",
        Msg::RefreshLabel => "โหลดการโต้ตอบใหม่ตั้งแต่ต้น",
        Msg::SearchLabel => "ค้นหาผู้ติดต่อ",
        Msg::SearchPlaceholder => "ค้นหาตามชื่อหรือที่อยู่",
        Msg::FilterLabel => "กรองตามประเภท",
        Msg::FilterAll => "ทั้งหมด",
        Msg::Shown => "แสดง %1 รายการ",
        Msg::RangeLabel => "ช่วงเวลา",
        Msg::RangeToday => "วันนี้",
        Msg::RangeDays => "%1 วัน",
        Msg::ViewLabel => "มุมมองรายการ",
        Msg::ViewByTime => "ตามเวลา",
        Msg::ViewByContact => "ตามผู้ติดต่อ",
        Msg::Filters => "ตัวกรอง",
        Msg::FiltersActive => "ตัวกรอง ใช้งานอยู่ %1 รายการ",

        // A row, its card and its group.
        Msg::UnknownContact => "ผู้ติดต่อที่ไม่รู้จัก",
        Msg::KindCall => "การโทร",
        Msg::KindCallback => "การโทรกลับ",
        Msg::KindChat => "แชท",
        Msg::KindEmail => "อีเมล",
        Msg::KindMessage => "ข้อความ",
        Msg::KindOther => "การโต้ตอบ",
        Msg::Queue => "คิว: %1",
        Msg::DirectionInbound => "ขาเข้า",
        Msg::DirectionOutbound => "ขาออก",
        Msg::InProgress => "กำลังดำเนินการ",
        Msg::Yesterday => "เมื่อวาน",
        Msg::OpenDetails => "เปิดใน Genesys Cloud: %1",
        Msg::OpenContact => "เปิดโปรไฟล์ผู้ติดต่อ: %1",
        Msg::NewInteraction => "การโต้ตอบใหม่จาก %1",
        Msg::CurrentInteraction => "การโต้ตอบปัจจุบัน",
        Msg::Earlier => "การโต้ตอบก่อนหน้ากับผู้ติดต่อนี้ %1 รายการ",
        Msg::NoEarlierToday => "ไม่มีการโต้ตอบก่อนหน้าในวันนี้",
        Msg::NoEarlierDays => "ไม่มีการโต้ตอบก่อนหน้าใน %1 วันที่ผ่านมา",

        // Loading: progress and pauses.
        Msg::Loading => "กำลังโหลด…",
        Msg::LoadedOfTotal => "โหลดแล้ว %1 จาก %2",
        Msg::LoadedSoFar => "โหลดแล้ว %1…",
        Msg::Count => "การโต้ตอบ %1 รายการ",
        Msg::PauseRateLimited => "บริการไม่ว่าง (จำกัดอัตรา) จะลองอีกครั้งใน %1 วินาที…",
        Msg::PauseRetrying => "บริการไม่ตอบสนอง จะลองอีกครั้งใน %1 วินาที…",
        Msg::PauseOffline => "คุณออฟไลน์อยู่ รายการจะดำเนินต่อเมื่อการเชื่อมต่อกลับมา",

        // Live updates.
        Msg::LiveOn => "สด",
        Msg::LiveConnecting => "กำลังเชื่อมต่อการอัปเดตสด…",
        Msg::LiveReconnecting => "กำลังเชื่อมต่อการอัปเดตสดอีกครั้ง (ครั้งที่ %1)…",
        Msg::LiveOff => "ปิดการอัปเดตสดอยู่",
        Msg::LiveOffline => "ออฟไลน์: การอัปเดตสดจะกลับมาเมื่อมีเครือข่าย",
        Msg::LiveGaveUp => "การอัปเดตสดหยุดหลังจากลองหลายครั้ง รายการยังใช้งานได้",
        Msg::LiveReconnect => "เชื่อมต่ออีกครั้ง",

        // The sign-in prompt.
        Msg::SignInButton => "ลงชื่อเข้าใช้",
        Msg::SignInPrompt => "ลงชื่อเข้าใช้ด้วย Genesys Cloud เพื่อดูการโต้ตอบของคุณ",
        Msg::SignInExpiring => "การลงชื่อเข้าใช้ของคุณใกล้หมดอายุ ลงชื่อเข้าใช้อีกครั้งเพื่อให้รายการเป็นปัจจุบัน",
        Msg::SignInWaiting => "กำลังลงชื่อเข้าใช้ Genesys Cloud…",
        Msg::SignInPopupClosed => "หน้าต่างลงชื่อเข้าใช้ถูกปิดก่อนที่การลงชื่อเข้าใช้จะเสร็จ ลงชื่อเข้าใช้เพื่อดำเนินการต่อ",

        // Errors: config.json.
        Msg::ConfigUnreadable => "อ่าน config.json ไม่ได้: %1",
        Msg::ConfigMalformed => "config.json มีรูปแบบไม่ถูกต้อง: %1 แก้ไขไฟล์ หรือลบออกเพื่อใช้ค่าเริ่มต้น",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins ว่างเปล่า จึงไม่มีโฮสต์ใดที่เชื่อถือได้เลย ระบุต้นทางของ Genesys Cloud เช่น \"https://apps.mypurecloud.com\" หรือลบคีย์นี้เพื่อใช้ค่าเริ่มต้น",
        Msg::ConfigBadTrustedOrigin => "config.json: รายการ \"%1\" ใน trustedHostOrigins ไม่ใช่ต้นทาง: %2",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" ไม่ใช่ URL ที่ใช้งานได้: %2",
        Msg::ConfigBadPageSize => "config.json: pageSize ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง %1 ไม่ใช่ %2",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs ต้องเป็นจำนวนเต็มตั้งแต่ %1 ถึง %2 ไม่ใช่ %3",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" ไม่ใช่รหัสไคลเอ็นต์ OAuth คัดลอกรหัสไคลเอ็นต์ของไคลเอ็นต์ Code Authorization จาก Genesys Cloud (Admin > OAuth)",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\" ไม่ใช่ URL https:// แบบสมบูรณ์ (http:// สำหรับ localhost เท่านั้น) ที่ไม่มีคิวรีหรือแฟรกเมนต์",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" ไม่ใช่ URL ที่ใช้งานได้: %2",
        Msg::ConfigBadDataSource => "config.json: dataSource ต้องเป็น \"interactions\" หรือ \"genesys\" ไม่ใช่ \"%1\"",
        Msg::ConfigBadHistoryDays => "config.json: historyDays ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง %1 ไม่ใช่ %2",

        // Errors: start-up.
        Msg::StartupNotFramed => "วิดเจ็ตนี้ทำงานภายใน Genesys Cloud แต่ถูกเปิดแยกเดี่ยว เพิ่มลงใน Genesys Cloud เป็น Client Application หรือ Interaction Widget ด้วย URL …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} (ดูคู่มือผู้ดูแลระบบใน README)",
        Msg::StartupMissingHostOrigin => "URL ของ iframe ไม่มีพารามิเตอร์ gcHostOrigin วิดเจ็ตจึงไม่รู้ว่าควรเชื่อถือโฮสต์ใด ผู้ดูแลระบบควรลงทะเบียน URL พร้อม ?gcHostOrigin={{gcHostOrigin}}",
        Msg::StartupBadHostOrigin => "พารามิเตอร์ gcHostOrigin \"%1\" ไม่ใช่ต้นทาง: %2",
        Msg::StartupUntrustedHost => "โฮสต์ %1 ไม่ได้รับความเชื่อถือในการติดตั้งนี้ ผู้ดูแลระบบสามารถเพิ่มลงใน trustedHostOrigins ใน config.json ได้",
        Msg::StartupNoApiBase => "ไม่ทราบที่อยู่ API ของโฮสต์ %1 ผู้ดูแลระบบควรตั้งค่า apiBase ใน config.json",
        Msg::StartupTargetEnvMismatch => "URL ของ iframe ระบุ gcTargetEnv \"%1\" แต่โฮสต์ %2 อยู่ในภูมิภาค Genesys Cloud %3 ผู้ดูแลระบบควรลงทะเบียน URL พร้อม gcTargetEnv={{gcTargetEnv}} ซึ่ง Genesys Cloud จะกรอกให้",
        Msg::StartupNoLoginBase => "ไม่ทราบที่อยู่สำหรับลงชื่อเข้าใช้ของโฮสต์ %1 ผู้ดูแลระบบควรตั้งค่า loginBase ใน config.json",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1 ไม่ได้อยู่บนต้นทางของวิดเจ็ตเอง (%2) ต้องเป็น URL ของวิดเจ็ตเองตามที่ลงทะเบียนไว้ในไคลเอ็นต์ OAuth",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "หน้าโฮสต์ไม่ตอบภายใน %1 มิลลิวินาที วิดเจ็ตอาจไม่ได้ทำงานภายใน Genesys Cloud (หรือโฮสต์ไม่ตอบ): ตรวจสอบว่าเปิดจาก Genesys Cloud และต้นทางของโฮสต์ (%2) ตรงกับ gcHostOrigin ใน URL ของ iframe",
        Msg::HandshakeRefused => "โฮสต์ให้โทเค็นการลงชื่อเข้าใช้ไม่ได้: %1",
        Msg::HandshakeChannel => "วิดเจ็ตสื่อสารกับโฮสต์ไม่ได้: %1",
        Msg::ChannelNoParent => "ไม่มีเฟรมหลัก",
        Msg::ChannelNotSent => "ส่งข้อความถึงโฮสต์ไม่ได้",
        Msg::ChannelClosed => "วิดเจ็ตถูกปิดแล้ว",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud ไม่ได้ลงชื่อเข้าใช้ให้คุณ: %1 ลองอีกครั้งเพื่อลงชื่อเข้าใช้ใหม่",
        Msg::SignInUnknownState => "คำตอบการลงชื่อเข้าใช้นี้ไม่ได้เป็นของการลงชื่อเข้าใช้ที่แท็บนี้เริ่ม จึงถูกปฏิเสธ ลองอีกครั้งเพื่อลงชื่อเข้าใช้ใหม่",
        Msg::SignInNoAnswer => "หน้าลงชื่อเข้าใช้กลับมาโดยไม่มีคำตอบ ลองอีกครั้งเพื่อลงชื่อเข้าใช้ใหม่ หากยังเกิดขึ้นอีก ผู้ดูแลระบบควรตรวจสอบ URI การเปลี่ยนเส้นทางของไคลเอ็นต์ OAuth",
        Msg::SignInExchange => "ลงชื่อเข้าใช้ไม่สำเร็จ: %1 ลองอีกครั้งเพื่อลงชื่อเข้าใช้ใหม่",
        Msg::SignInRefusedAtOnce => "Genesys Cloud ปฏิเสธการลงชื่อเข้าใช้ใหม่ทันที (HTTP 401) ลองอีกครั้งเพื่อลงชื่อเข้าใช้ใหม่ หากยังเกิดขึ้นอีก ผู้ดูแลระบบควรตรวจสอบบทบาทและสิทธิ์ของไคลเอ็นต์ OAuth",
        Msg::SignInPopupBlocked => "หน้าต่างลงชื่อเข้าใช้ถูกบล็อก อนุญาตป๊อปอัปสำหรับ %1 แล้วลงชื่อเข้าใช้อีกครั้ง",
        Msg::SignInUnavailable => "เบราว์เซอร์นี้ลงชื่อเข้าใช้ที่นี่ไม่ได้: ไม่มี %1 ให้ใช้งาน",
        Msg::ExchangeIncomplete => "การตอบกลับของบริการลงชื่อเข้าใช้ไม่สมบูรณ์",
        Msg::ExchangeStatus => "บริการลงชื่อเข้าใช้ตอบกลับเป็น HTTP %1",
        Msg::ExchangeRefused => "บริการลงชื่อเข้าใช้ตอบกลับเป็น HTTP %1: %2",
        Msg::ExchangeUnreadable => "อ่านการตอบกลับของบริการลงชื่อเข้าใช้ไม่ได้: %1",
        Msg::ExchangeNoToken => "การตอบกลับของบริการลงชื่อเข้าใช้ไม่มีโทเค็นการเข้าถึงที่ใช้ได้",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "บริการการโต้ตอบกำลังจำกัดคำขอและขอให้รอ %1 วินาที ซึ่งนานกว่าที่วิดเจ็ตรอ ลองอีกครั้งในอีกไม่กี่นาที",
        Msg::LoadRateLimited => "บริการการโต้ตอบยังคงจำกัดคำขอ (%1 ครั้ง) ลองอีกครั้งในอีกหนึ่งนาที",
        Msg::LoadUnauthorized => "การลงชื่อเข้าใช้ของคุณไม่ได้รับการยอมรับแม้จะใช้โทเค็นใหม่ โหลด Genesys Cloud ใหม่แล้วลองอีกครั้ง",
        Msg::LoadRenewal => "ไม่สามารถรับโทเค็นการลงชื่อเข้าใช้ใหม่ได้: %1",
        Msg::LoadForbidden => "คุณไม่มีสิทธิ์ดูการโต้ตอบ ขอให้ผู้ดูแลระบบให้สิทธิ์ interaction:read",
        Msg::LoadAnalyticsForbidden => "คุณไม่มีสิทธิ์ดูการสนทนาของคุณ ขอให้ผู้ดูแลระบบให้สิทธิ์ analytics:conversationDetail:view หรือ analytics:agentConversationDetail:view",
        Msg::LoadServer => "บริการการโต้ตอบขัดข้อง (HTTP %1, %2 ครั้ง) ลองอีกครั้งในไม่ช้า",
        Msg::LoadNetwork => "ติดต่อบริการการโต้ตอบไม่ได้ (%1 ครั้ง) ตรวจสอบการเชื่อมต่อเครือข่าย",
        Msg::LoadUnexpected => "บริการการโต้ตอบตอบกลับ HTTP %1 ซึ่งวิดเจ็ตไม่ได้คาดไว้ ผู้ดูแลระบบควรตรวจสอบ apiBase ใน config.json",
        Msg::LoadBadPage => "บริการการโต้ตอบส่งข้อมูลที่วิดเจ็ตอ่านไม่ได้: %1",
        Msg::LoadTooManyPages => "รายการหยุดหลังจาก %1 หน้า ซึ่งเป็นจำนวนสูงสุดของการโหลดหนึ่งครั้ง",
        Msg::LoadStalled => "การโหลดหยุดก่อนเสร็จสิ้น โหลดใหม่เพื่อลองอีกครั้ง",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "การตอบกลับไม่ใช่หน้าการโต้ตอบที่คาดไว้: %1",
        Msg::PageNoEntities => "การตอบกลับไม่มีรายการ \"entities\"",
        Msg::PageForeignNextUri => "ลิงก์หน้าถัดไปชี้ไปยังเว็บไซต์อื่น (%1) จึงไม่ได้ติดตาม",
        Msg::PageBadNextUri => "ลิงก์หน้าถัดไป \"%1\" ไม่ใช่เส้นทางหรือ URL ที่วิดเจ็ตติดตามได้",
        Msg::ReadWrongType => "%1: เป็น %2 แทนที่จะเป็น %3",
        Msg::ReadMissing => "ไม่มีฟิลด์ %1",
        Msg::ReadNotJson => "ไม่ใช่ JSON",
        Msg::ReadTooDeep => "ซ้อนกันลึกเกินไป",
        Msg::ReadUnreceived => "ได้รับข้อมูลไม่ครบ",

        // Errors: origins.
        Msg::OriginEmpty => "ว่างเปล่า",
        Msg::OriginBadScheme => "ต้องขึ้นต้นด้วย https:// (หรือ http:// สำหรับ localhost)",
        Msg::OriginNoHost => "ไม่มีชื่อโฮสต์",
        Msg::OriginHasPath => "ต้นทางไม่มีเส้นทาง คิวรี หรือแฟรกเมนต์ (ลบทุกอย่างหลังโฮสต์และพอร์ต)",
        Msg::OriginBadPort => "พอร์ตไม่ใช่ตัวเลขตั้งแต่ 1 ถึง 65535",
        Msg::OriginBadHost => "ชื่อโฮสต์มีอักขระที่ชื่อโฮสต์มีไม่ได้",
        Msg::OriginInsecureRemote => "http ที่ไม่เข้ารหัสใช้ได้เฉพาะ localhost เท่านั้น ใช้ https",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "วิดเจ็ตหยุดทำงานเนื่องจากข้อผิดพลาดภายใน: %1 โหลดใหม่เพื่อลองอีกครั้ง",
        Msg::FaultNoAbortController => "เบราว์เซอร์นี้ไม่มี AbortController",
        Msg::FaultSignInCancelled => "การลงชื่อเข้าใช้ถูกยกเลิก",
        Msg::CauseNetwork => "ติดต่อเซิร์ฟเวอร์ไม่ได้",
    }
}
