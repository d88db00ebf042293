use crm_core::auth::signin::Prompt;
use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::Range;
use crm_core::startup::DataSource;
use crm_core::view::filter::Filter;
use crm_core::view::Phase;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use super::{ActionNotice, CurrentCard, InteractionList, LiveStatus, Open, PauseNotice, Progress, SearchBar};
use crate::platform::browser::mark_after_paint;
use crate::state::ListView;

/// The widget's root: the test hooks of CONTRACT §5 and the layout.
///
/// - `view`: the list to show (read-only signals); its load's phase drives `data-state`.
/// - `on_retry`: called by the error state's Retry button.
/// - `on_refresh`: called by the Refresh button.
/// - `locale`: the language to show.
/// - `prompt`: the popup sign-in's prompt (`"oauthPopup": true`): why a sign-in is needed and
///   `<button data-action="sign-in">`, which calls `on_sign_in` (it opens the popup within the
///   click). A blocked popup is an alert naming the origin to allow.
/// - `on_open`: what activating a Genesys row asks Genesys Cloud to open.
/// - `on_reconnect`: the live-updates status's Reconnect button (Genesys source).
/// - `on_range`: a time-range chip (Genesys source).
#[component]
pub fn Widget(
    view: ListView,
    on_retry: UnsyncCallback<()>,
    on_refresh: UnsyncCallback<()>,
    locale: Locale,
    #[prop(optional)] prompt: Option<Signal<Prompt>>,
    #[prop(optional)] on_sign_in: Option<UnsyncCallback<()>>,
    #[prop(optional)] on_open: Option<UnsyncCallback<Open>>,
    #[prop(optional)] on_reconnect: Option<UnsyncCallback<()>>,
    #[prop(optional)] on_range: Option<UnsyncCallback<Range>>,
) -> impl IntoView {
    let on_range = on_range.unwrap_or_else(|| UnsyncCallback::new(|_| {}));
    let on_reconnect = on_reconnect.unwrap_or_else(|| UnsyncCallback::new(|()| {}));
    // While the popup sign-in asks for a click, that is what the agent sees, not "Connecting…".
    let prompt_text = move || {
        prompt?.with(|p| match p {
            Prompt::SignIn => Some((locale.text(Msg::SignInPrompt, &[]), "status")),
            Prompt::Expiring => Some((locale.text(Msg::SignInExpiring, &[]), "status")),
            Prompt::Blocked(origin) => Some((locale.text(Msg::SignInPopupBlocked, &[origin]), "alert")),
            Prompt::Closed => Some((locale.text(Msg::SignInPopupClosed, &[]), "status")),
            // The popup is open: the handshake notice says "Connecting…" meanwhile.
            Prompt::Hidden | Prompt::Waiting => None,
        })
    };
    let prompting = move || prompt_text().is_some();
    let on_sign_in = on_sign_in.unwrap_or_else(|| UnsyncCallback::new(|()| {}));
    let phase = Memo::new(move |_| view.load.with(|l| l.phase.clone()));
    let paused = Memo::new(move |_| view.load.with(|l| l.pause.is_some()));
    // The search and the filters come with the first row, or with a source of time ranges (so
    // a longer range can be chosen when there are none).
    let tools = Memo::new(move |_| view.rows.with(|r| r.loaded() > 0) || view.source_has(DataSource::has_ranges));
    // Each part shows while its condition holds, and is built once each time it becomes true
    // (so a button keeps its node, and its focus, while the load goes on).
    let started = Memo::new(move |_| !phase.with(|p| matches!(p, Phase::Handshake)));
    let empty = Memo::new(move |_| phase.with(|p| matches!(p, Phase::Empty)));
    let connecting = Memo::new(move |_| phase.with(|p| matches!(p, Phase::Handshake)) && !prompting());
    let filter = RwSignal::new(Filter::default());
    let grouped = RwSignal::new(false);
    let state = move || phase.with(Phase::name);
    let loaded = move || view.rows.with(|r| r.loaded().to_string());
    let total = move || view.rows.with(|r| r.total().map(|t| t.to_string()));
    let busy = move || phase.with(|p| matches!(p, Phase::Handshake | Phase::Loading)).to_string();
    let error = move || {
        phase.with(|p| match p {
            Phase::Failed(e) => Some(e.localize(locale)),
            _ => None,
        })
    };
    // Mark when a load has finished and painted, for the benchmark.
    Effect::new(move |was_done: Option<bool>| {
        let done = phase.with(|p| matches!(p, Phase::Ready | Phase::Empty));
        if done && was_done != Some(true) {
            mark_after_paint("crm:ready");
        }
        done
    });
    view! {
        <section
            id="crm-widget"
            class="crm"
            lang=locale.lang()
            dir=locale.rtl().then_some("rtl")
            data-state=state
            data-loaded=loaded
            data-total=total
            aria-busy=busy
            aria-labelledby="crm-title"
        >
            <header class="crm__header">
                <h1 id="crm-title" class="crm__title">{locale.text(Msg::Title, &[])}</h1>
                <Progress view=view locale=locale />
                <LiveStatus view=view on_reconnect=on_reconnect locale=locale />
                {move || started.get().then(|| view! {
                    <button
                        type="button"
                        class="crm__button crm__button--secondary"
                        data-action="refresh"
                        title=locale.text(Msg::RefreshLabel, &[])
                        on:click=move |_| on_refresh.run(())
                    >
                        {locale.text(Msg::Refresh, &[])}
                    </button>
                })}
            </header>
            {move || error().map(|message| view! {
                <ActionNotice message=message class="crm__error" role="alert" action="retry" label=locale.text(Msg::Retry, &[]) on_action=on_retry />
            })}
            {move || prompt_text().map(|(message, role)| view! {
                <ActionNotice message=message class="crm__signin" role=role action="sign-in" label=locale.text(Msg::SignInButton, &[]) on_action=on_sign_in />
            })}
            {move || connecting.get().then(|| view! {
                <p class="crm__notice" role="status">
                    <span class="crm__spinner" aria-hidden="true"></span>
                    {locale.text(Msg::Connecting, &[])}
                </p>
            })}
            {move || paused.get().then(|| view! { <PauseNotice view=view locale=locale /> })}
            {move || empty.get().then(|| view! {
                <p class="crm__notice crm__notice--empty">{locale.text(Msg::Empty, &[])}</p>
            })}
            {move || tools.get().then(|| view! { <SearchBar view=view filter=filter grouped=grouped on_range=on_range locale=locale /> })}
            <CurrentCard view=view locale=locale on_open=on_open />
            <InteractionList view=view filter=filter grouped=grouped locale=locale on_open=on_open />
        </section>
    }
}
