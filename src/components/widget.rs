use crm_core::auth::signin::Prompt;
use crm_core::i18n::{Locale, Localized, Msg};
use crm_core::model::Range;
use crm_core::startup::DataSource;
use crm_core::view::filter::Filter;
use crm_core::view::Phase;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use web_sys::Element;

use super::dom::{bind, child, closest, element, on, set, show_when};
use super::{action_notice, current_card, interaction_list, live_status, pause_notice, progress, search_bar, Open};
use crate::platform::browser::mark_next_frame;
use crate::platform::reactive::{effect, memo, Read, Slot};
use crate::state::ListView;

/// What the widget's buttons ask for.
///
/// - `retry`: the error state's Retry button.
/// - `refresh`: the Refresh button.
/// - `sign_in`: the popup sign-in's "Sign in" button (it opens the popup within the click).
/// - `open`: what activating a Genesys row (or an earlier interaction on the card) asks Genesys
///   Cloud to open.
/// - `reconnect`: the live-updates status's Reconnect button (Genesys source).
/// - `range`: a time-range chip (Genesys source).
pub struct Actions {
    pub retry: UnsyncCallback<()>,
    pub refresh: UnsyncCallback<()>,
    pub sign_in: UnsyncCallback<()>,
    pub open: UnsyncCallback<Open>,
    pub reconnect: UnsyncCallback<()>,
    pub range: UnsyncCallback<Range>,
}

/// The widget's root, drawn by hand (`super::dom`): the test hooks of CONTRACT §5 and the
/// layout. Build it under a reactive owner; it follows the state while the owner lives.
///
/// - `view`: the list to show (read-only signals); its load's phase drives `data-state`.
/// - `locale`: the language to show.
/// - `prompt`: the popup sign-in's prompt (`"oauthPopup": true`): why a sign-in is needed and
///   `<button data-action="sign-in">`. A blocked popup is an alert naming the origin to allow.
/// - `actions`: what the buttons call. The header's and the notices' buttons are heard by one
///   listener of the root, in the capture phase, by their `data-action`.
pub fn widget(view: ListView, locale: Locale, prompt: Read<Prompt>, actions: Actions) -> Element {
    let Actions { retry, refresh, sign_in, open, reconnect, range } = actions;
    // While the popup sign-in asks for a click, that is what the agent sees, not "Connecting…".
    let prompt_text = move || {
        prompt.with(|p| match p {
            Prompt::SignIn => Some((locale.text(Msg::SignInPrompt, &[]), "status")),
            Prompt::Expiring => Some((locale.text(Msg::SignInExpiring, &[]), "status")),
            Prompt::Blocked(origin) => Some((locale.text(Msg::SignInPopupBlocked, &[origin]), "alert")),
            Prompt::Closed => Some((locale.text(Msg::SignInPopupClosed, &[]), "status")),
            // The popup is open: the handshake notice says "Connecting…" meanwhile.
            Prompt::Hidden | Prompt::Waiting => None,
        })
    };
    let phase = memo(move |_| view.load.with(|l| l.phase.clone()));
    let handshake = move || phase.with(|p| *p == Phase::Handshake);
    let filter = Slot::new(Filter::default());
    let grouped = Slot::new(false);
    let error = move || {
        phase.with(|p| match p {
            Phase::Failed(e) => Some(e.localize(locale)),
            _ => None,
        })
    };
    // Mark when a load has finished and painted, for the benchmark.
    effect(move |was_done: Option<bool>| {
        let done = phase.with(|p| matches!(p, Phase::Ready | Phase::Empty));
        if done && was_done != Some(true) {
            mark_next_frame("crm:ready");
        }
        done
    });

    let root = element(
        "section",
        "crm",
        &[("id", "crm-widget"), ("lang", locale.lang()), ("aria-labelledby", "crm-title")],
        None,
    );
    if locale.rtl() {
        set(&root, "dir", Some("rtl"));
    }
    bind(&root, "data-state", move || Some(phase.with(Phase::name).to_owned()));
    bind(&root, "data-loaded", move || Some(view.rows.with(|r| r.loaded().to_string())));
    bind(&root, "data-total", move || view.rows.with(|r| r.total().map(|t| t.to_string())));
    bind(&root, "aria-busy", move || Some(phase.with(|p| matches!(p, Phase::Handshake | Phase::Loading)).to_string()));
    on(&root, "click", true, move |e| {
        match closest(&e, "button").and_then(|b| b.get_attribute("data-action")).as_deref() {
            Some("refresh") => refresh.run(()),
            Some("retry") => retry.run(()),
            Some("sign-in") => sign_in.run(()),
            Some("reconnect") => reconnect.run(()),
            _ => {}
        }
    });

    let header = child(&root, "header", "crm__header", &[], None);
    child(&header, "h1", "crm__title", &[("id", "crm-title")], Some(&locale.text(Msg::Title, &[])));
    progress(&header, view, locale);
    live_status(&header, view, locale);
    // Each part shows while its condition holds, and is built once each time it becomes true
    // (so a button keeps its node, and its focus, while the load goes on).
    show_when(
        &header,
        move || !handshake(),
        move || {
            element(
                "button",
                "crm__button crm__button--secondary",
                &[("type", "button"), ("data-action", "refresh"), ("title", &locale.text(Msg::RefreshLabel, &[]))],
                Some(&locale.text(Msg::Refresh, &[])),
            )
        },
    );
    show_when(
        &root,
        move || error().is_some(),
        move || {
            action_notice("crm__error", "retry", locale.text(Msg::Retry, &[]), move || error().map(|m| (m, "alert")))
        },
    );
    show_when(
        &root,
        move || prompt_text().is_some(),
        move || action_notice("crm__signin", "sign-in", locale.text(Msg::SignInButton, &[]), prompt_text),
    );
    show_when(
        &root,
        move || handshake() && prompt_text().is_none(),
        move || {
            let p = element("p", "crm__notice", &[("role", "status")], None);
            child(&p, "span", "crm__spinner", &[("aria-hidden", "true")], None);
            let _text = p.append_with_str_1(&locale.text(Msg::Connecting, &[]));
            p
        },
    );
    show_when(&root, move || view.load.with(|l| l.pause.is_some()), move || pause_notice(view, locale));
    show_when(
        &root,
        move || phase.with(|p| matches!(p, Phase::Empty)),
        move || element("p", "crm__notice crm__notice--empty", &[], Some(&locale.text(Msg::Empty, &[]))),
    );
    // The search and the filters come with the first row, or with a source of time ranges (so
    // a longer range can be chosen when there are none).
    show_when(
        &root,
        move || view.rows.with(|r| r.loaded() > 0) || view.source_has(DataSource::has_ranges),
        move || search_bar(view, filter, grouped, range, locale),
    );
    current_card(&root, view, locale, open);
    interaction_list(&root, view, filter, grouped.read_only(), locale, open);
    root
}
