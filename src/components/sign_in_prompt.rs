use std::rc::Rc;

use crm_core::i18n::{Locale, Msg};
use crm_core::signin::Prompt;
use leptos::prelude::*;

use crate::shell::signin::SignInUi;

/// The popup sign-in's notice and button (`"oauthPopup": true`): why a sign-in is needed, and
/// `<button data-action="sign-in">`, which opens the popup within the click. A blocked popup is
/// an alert that names the origin to allow. Renders nothing while no sign-in is asked for.
///
/// - `ui`: the sign-in's prompt state and its click.
/// - `locale`: the language to say it in.
#[component]
pub fn SignInPrompt(ui: Rc<SignInUi>, locale: Locale) -> impl IntoView {
    let prompt = ui.prompt;
    let ui = StoredValue::new_local(ui);
    let text = move || {
        prompt.with(|p| match p {
            Prompt::Hidden => String::new(),
            Prompt::SignIn => locale.text(Msg::SignInPrompt, &[]),
            Prompt::Expiring => locale.text(Msg::SignInExpiring, &[]),
            Prompt::Blocked(origin) => locale.text(Msg::SignInPopupBlocked, &[origin]),
            Prompt::Closed => locale.text(Msg::SignInPopupClosed, &[]),
            Prompt::Waiting => locale.text(Msg::SignInWaiting, &[]),
        })
    };
    let role = move || if prompt.with(|p| matches!(p, Prompt::Blocked(_))) { "alert" } else { "status" };
    view! {
        <Show when=move || prompt.with(|p| *p != Prompt::Hidden)>
            <div class="crm__signin" data-prompt=move || prompt.with(Prompt::name)>
                <p class="crm__signin-text" role=role>{text}</p>
                <Show when=move || prompt.with(|p| *p != Prompt::Waiting)>
                    <button
                        type="button"
                        class="crm__button"
                        data-action="sign-in"
                        on:click=move |_| ui.with_value(|ui| ui.click())
                    >
                        {locale.text(Msg::SignInButton, &[])}
                    </button>
                </Show>
            </div>
        </Show>
    }
}
