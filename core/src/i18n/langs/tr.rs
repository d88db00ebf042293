//! Türkçe (Turkish).

use crate::i18n::Msg;

/// The text of each message, with `%1`, `%2`… for its arguments.
pub fn text(m: Msg) -> &'static str {
    match m {
        // The list and its controls.
        Msg::Title => "Etkileşimler",
        Msg::ListLabel => "Etkileşimler",
        Msg::Connecting => "Genesys Cloud'a bağlanılıyor…",
        Msg::Empty => "Henüz etkileşim yok. Yeni konuşmalar burada görünecek.",
        Msg::NoMatches => "Eşleşen etkileşim yok.",
        Msg::Retry => "Yeniden dene",
        Msg::Refresh => "Yenile",
        Msg::RefreshLabel => "Etkileşimleri baştan yeniden yükle",
        Msg::SearchLabel => "Kişilerde ara",
        Msg::SearchPlaceholder => "Ada veya adrese göre ara",
        Msg::FilterLabel => "Türe göre filtrele",
        Msg::FilterAll => "Tümü",
        Msg::Shown => "%1 gösteriliyor",
        Msg::RangeLabel => "Zaman aralığı",
        Msg::RangeToday => "Bugün",
        Msg::RangeDays => "%1 gün|%1 gün",
        Msg::ViewLabel => "Liste görünümü",
        Msg::ViewByTime => "Zamana göre",
        Msg::ViewByContact => "Kişiye göre",
        Msg::Filters => "Filtreler",
        Msg::FiltersActive => "Filtreler, %1 etkin|Filtreler, %1 etkin",

        // A row, its card and its group.
        Msg::UnknownContact => "Bilinmeyen kişi",
        Msg::KindCall => "Arama",
        Msg::KindCallback => "Geri arama",
        Msg::KindChat => "Sohbet",
        Msg::KindEmail => "E-posta",
        Msg::KindMessage => "Mesaj",
        Msg::KindOther => "Etkileşim",
        Msg::Queue => "Kuyruk: %1",
        Msg::DirectionInbound => "Gelen",
        Msg::DirectionOutbound => "Giden",
        Msg::InProgress => "Devam ediyor",
        Msg::Yesterday => "Dün",
        Msg::OpenDetails => "Genesys Cloud'da aç: %1",
        Msg::OpenContact => "Kişi profilini aç: %1",
        Msg::NewInteraction => "%1 kaynaklı yeni etkileşim",
        Msg::CurrentInteraction => "Geçerli etkileşim",
        Msg::Earlier => "Bu kişiyle %1 önceki etkileşim|Bu kişiyle %1 önceki etkileşim",
        Msg::NoEarlierToday => "Bugün önceki etkileşim yok",
        Msg::NoEarlierDays => "Son %1 günde önceki etkileşim yok|Son %1 günde önceki etkileşim yok",

        // Loading: progress and pauses.
        Msg::Loading => "Yükleniyor…",
        Msg::LoadedOfTotal => "%2 öğeden %1 yüklendi",
        Msg::LoadedSoFar => "%1 yüklendi…",
        Msg::Count => "%1 etkileşim|%1 etkileşim",
        Msg::PauseRateLimited => "Hizmet meşgul (hız sınırı). %1 sn içinde yeniden deneniyor…",
        Msg::PauseRetrying => "Hizmet yanıt vermedi. %1 sn içinde yeniden deneniyor…",
        Msg::PauseOffline => "Çevrimdışısınız. Bağlantı geri geldiğinde liste devam edecek.",

        // Live updates.
        Msg::LiveOn => "Canlı",
        Msg::LiveConnecting => "Canlı güncellemeler bağlanıyor…",
        Msg::LiveReconnecting => "Canlı güncellemeler yeniden bağlanıyor (deneme %1)…",
        Msg::LiveOff => "Canlı güncellemeler kapalı",
        Msg::LiveOffline => "Çevrimdışı: canlı güncellemeler ağ ile devam eder",
        Msg::LiveGaveUp => "Canlı güncellemeler birkaç denemeden sonra durdu. Liste çalışmaya devam ediyor.",
        Msg::LiveReconnect => "Yeniden bağlan",

        // The sign-in prompt.
        Msg::SignInButton => "Oturum aç",
        Msg::SignInPrompt => "Etkileşimlerinizi görmek için Genesys Cloud ile oturum açın.",
        Msg::SignInExpiring => "Oturumunuzun süresi dolmak üzere. Listeyi güncel tutmak için yeniden oturum açın.",
        Msg::SignInWaiting => "Genesys Cloud'da oturum açılıyor…",
        Msg::SignInPopupClosed => "Oturum açma penceresi, oturum açma bitmeden kapatıldı. Devam etmek için oturum açın.",

        // Errors: config.json.
        Msg::ConfigUnreadable => "config.json okunamadı: %1",
        Msg::ConfigMalformed => "config.json hatalı: %1. Dosyayı düzeltin veya varsayılanları kullanmak için kaldırın.",
        Msg::ConfigNoTrustedOrigins => "config.json: trustedHostOrigins boş, bu nedenle hiçbir ana bilgisayara güvenilemez. Genesys Cloud kaynaklarını listeleyin, ör. \"https://apps.mypurecloud.com\", veya varsayılanlar için anahtarı kaldırın.",
        Msg::ConfigBadTrustedOrigin => "config.json: trustedHostOrigins girdisi \"%1\" bir kaynak değil: %2.",
        Msg::ConfigBadApiBase => "config.json: apiBase \"%1\" kullanılabilir bir URL değil: %2.",
        Msg::ConfigBadPageSize => "config.json: pageSize 1 ile %1 arasında bir tam sayı olmalı, %2 değil.",
        Msg::ConfigBadHandshakeTimeout => "config.json: handshakeTimeoutMs %1 ile %2 arasında bir tam sayı olmalı, %3 değil.",
        Msg::ConfigBadOAuthClientId => "config.json: oauthClientId \"%1\" bir OAuth istemci kimliği değil. Code Authorization istemcisinin kimliğini Genesys Cloud'dan (Admin > OAuth) kopyalayın.",
        Msg::ConfigBadRedirectUri => "config.json: oauthRedirectUri \"%1\", sorgu veya parça içermeyen mutlak bir https:// URL'si (http:// yalnızca localhost için) değil.",
        Msg::ConfigBadLoginBase => "config.json: loginBase \"%1\" kullanılabilir bir URL değil: %2.",
        Msg::ConfigBadDataSource => "config.json: dataSource \"interactions\" veya \"genesys\" olmalı, \"%1\" değil.",
        Msg::ConfigBadHistoryDays => "config.json: historyDays 1 ile %1 arasında bir tam sayı olmalı, %2 değil.",

        // Errors: start-up.
        Msg::StartupNotFramed => "Bu pencere öğesi Genesys Cloud içinde çalışır ve tek başına açıldı. Onu Genesys Cloud'a …/?gcHostOrigin={{gcHostOrigin}}&gcTargetEnv={{gcTargetEnv}}&gcLangTag={{gcLangTag}} URL'siyle Client Application veya Interaction Widget olarak ekleyin (README'deki yönetici kılavuzuna bakın).",
        Msg::StartupMissingHostOrigin => "iframe URL'sinde gcHostOrigin parametresi yok, bu nedenle pencere öğesi hangi ana bilgisayara güveneceğini bilemiyor. Yönetici URL'yi ?gcHostOrigin={{gcHostOrigin}} ile kaydetmelidir.",
        Msg::StartupBadHostOrigin => "gcHostOrigin parametresi \"%1\" bir kaynak değil: %2.",
        Msg::StartupUntrustedHost => "%1 ana bilgisayarı bu dağıtımda güvenilir değil. Bir yönetici onu config.json içindeki trustedHostOrigins listesine ekleyebilir.",
        Msg::StartupNoApiBase => "%1 ana bilgisayarı için bilinen bir API adresi yok. Bir yönetici config.json içinde apiBase ayarlamalıdır.",
        Msg::StartupTargetEnvMismatch => "iframe URL'si gcTargetEnv \"%1\" diyor, ancak %2 ana bilgisayarı Genesys Cloud bölgesi %3. Yönetici URL'yi Genesys Cloud'un doldurduğu gcTargetEnv={{gcTargetEnv}} ile kaydetmelidir.",
        Msg::StartupNoLoginBase => "%1 ana bilgisayarı için bilinen bir oturum açma adresi yok. Bir yönetici config.json içinde loginBase ayarlamalıdır.",
        Msg::StartupRedirectElsewhere => "config.json: oauthRedirectUri %1, pencere öğesinin kendi kaynağında (%2) değil. OAuth istemcisinde kayıtlı olduğu gibi pencere öğesinin kendi URL'si olmalıdır.",

        // Errors: the host's token.
        Msg::HandshakeTimeout => "Ana sayfa %1 ms içinde yanıt vermedi. Pencere öğesi Genesys Cloud içinde çalışmıyor olabilir (veya ana bilgisayarı yanıt vermedi): Genesys Cloud'dan açıldığını ve ana bilgisayarın kaynağının (%2) iframe URL'sindeki gcHostOrigin ile aynı olduğunu kontrol edin.",
        Msg::HandshakeRefused => "Ana bilgisayar oturum açma belirteci veremedi: %1",
        Msg::HandshakeChannel => "Pencere öğesi ana bilgisayarıyla iletişim kuramadı: %1",
        Msg::ChannelNoParent => "üst çerçeve yok",
        Msg::ChannelNotSent => "ana bilgisayara ileti gönderilemedi",
        Msg::ChannelClosed => "pencere öğesi kapatıldı",

        // Errors: the sign-in.
        Msg::SignInDenied => "Genesys Cloud oturumunuzu açmadı: %1. Yeniden oturum açmak için yeniden deneyin.",
        Msg::SignInUnknownState => "Oturum açma yanıtı bu sekmenin başlattığı bir oturum açmaya ait değil, bu nedenle reddedildi. Yeniden oturum açmak için yeniden deneyin.",
        Msg::SignInNoAnswer => "Oturum açma sayfası yanıtsız döndü. Yeniden oturum açmak için yeniden deneyin; bu sürerse bir yönetici OAuth istemcisinin yönlendirme URI'sini kontrol etmelidir.",
        Msg::SignInExchange => "Oturum açma tamamlanamadı: %1. Yeniden oturum açmak için yeniden deneyin.",
        Msg::SignInRefusedAtOnce => "Genesys Cloud yeni oturum açmayı hemen reddetti (HTTP 401). Yeniden oturum açmak için yeniden deneyin; bu sürerse bir yönetici OAuth istemcisinin rollerini ve izinlerini kontrol etmelidir.",
        Msg::SignInPopupBlocked => "Oturum açma penceresi engellendi. %1 için açılır pencerelere izin verin, ardından yeniden oturum açın.",
        Msg::SignInUnavailable => "Bu tarayıcı burada oturum açamıyor: %1 kullanılamıyor.",
        Msg::ExchangeIncomplete => "oturum açma hizmetinin yanıtı eksik",
        Msg::ExchangeStatus => "oturum açma hizmeti HTTP %1 yanıtı verdi",
        Msg::ExchangeRefused => "oturum açma hizmeti HTTP %1 yanıtı verdi: %2",
        Msg::ExchangeUnreadable => "oturum açma hizmetinin yanıtı okunamıyor: %1",
        Msg::ExchangeNoToken => "oturum açma hizmetinin yanıtında kullanılabilir bir erişim belirteci yok",

        // Errors: the load.
        Msg::LoadRateLimitTooLong => "Etkileşim hizmeti istekleri sınırlıyor ve %1 sn beklenmesini istedi; bu, pencere öğesinin beklediğinden uzun. Birkaç dakika sonra yeniden deneyin.",
        Msg::LoadRateLimited => "Etkileşim hizmeti istekleri sınırlamaya devam etti (%1 deneme). Bir dakika sonra yeniden deneyin.",
        Msg::LoadUnauthorized => "Oturum açmanız yeni bir belirteçle bile kabul edilmedi. Genesys Cloud'u yeniden yükleyip tekrar deneyin.",
        Msg::LoadRenewal => "Yeni bir oturum açma belirteci alınamadı: %1",
        Msg::LoadForbidden => "Etkileşimleri görme izniniz yok. Bir yöneticiden interaction:read iznini vermesini isteyin.",
        Msg::LoadAnalyticsForbidden => "Konuşmalarınızı görme izniniz yok. Bir yöneticiden analytics:conversationDetail:view veya analytics:agentConversationDetail:view vermesini isteyin.",
        Msg::LoadServer => "Etkileşim hizmeti hata veriyor (HTTP %1, %2 deneme). Kısa süre sonra yeniden deneyin.",
        Msg::LoadNetwork => "Etkileşim hizmetine ulaşılamadı (%1 deneme). Ağ bağlantısını kontrol edin.",
        Msg::LoadUnexpected => "Etkileşim hizmeti, pencere öğesinin beklemediği HTTP %1 yanıtını verdi. Bir yönetici config.json içindeki apiBase değerini kontrol etmelidir.",
        Msg::LoadBadPage => "Etkileşim hizmeti, pencere öğesinin okuyamadığı veriler gönderdi: %1.",
        Msg::LoadTooManyPages => "Liste, bir yüklemenin alabileceği en fazla sayı olan %1 sayfadan sonra durduruldu.",
        Msg::LoadStalled => "Yükleme tamamlanmadan durdu. Yeniden denemek için yeniden yükleyin.",

        // Errors: a page, and reading JSON.
        Msg::PageNotAPage => "yanıt beklenen etkileşim sayfası değil: %1",
        Msg::PageNoEntities => "yanıtta \"entities\" listesi yok",
        Msg::PageForeignNextUri => "sonraki sayfa bağlantısı başka bir siteyi (%1) gösteriyor, bu nedenle izlenmedi",
        Msg::PageBadNextUri => "sonraki sayfa bağlantısı \"%1\", pencere öğesinin izleyebileceği bir yol veya URL değil",
        Msg::ReadWrongType => "%1: %3 beklenirken %2",
        Msg::ReadMissing => "%1 alanı eksik",
        Msg::ReadNotJson => "JSON değil",
        Msg::ReadTooDeep => "çok derin iç içe geçmiş",
        Msg::ReadUnreceived => "veriler eksik ulaştı",

        // Errors: origins.
        Msg::OriginEmpty => "boş",
        Msg::OriginBadScheme => "https:// ile başlamalıdır (localhost için http://)",
        Msg::OriginNoHost => "ana bilgisayar adı yok",
        Msg::OriginHasPath => "bir kaynakta yol, sorgu veya parça bulunmaz (ana bilgisayar ve bağlantı noktasından sonraki her şeyi silin)",
        Msg::OriginBadPort => "bağlantı noktası 1 ile 65535 arasında bir sayı değil",
        Msg::OriginBadHost => "ana bilgisayar adında, bir ana bilgisayar adında bulunamayacak karakterler var",
        Msg::OriginInsecureRemote => "şifrelenmemiş http yalnızca localhost için izinlidir; https kullanın",

        // Errors: the widget itself, and causes several errors share.
        Msg::Internal => "Pencere öğesi dahili bir hata nedeniyle durdu: %1. Yeniden denemek için yeniden yükleyin.",
        Msg::FaultNoAbortController => "bu tarayıcıda AbortController yok",
        Msg::FaultSignInCancelled => "oturum açma iptal edildi",
        Msg::CauseNetwork => "sunucuya ulaşılamadı",
    }
}
