use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

/// A message with one button: the error state's alert with Retry, or the popup sign-in's
/// prompt with "Sign in". One component for both, so the bundle carries its view code once.
///
/// - `message`: the text, already phrased for the person reading it.
/// - `class`: the block's class (`crm__error`, `crm__signin`).
/// - `role`: the message's role: `alert` for errors, `status` for a prompt.
/// - `action`: the button's `data-action` (`retry`, `sign-in`).
/// - `label`: the button's text, in the widget's language.
/// - `on_action`: called when the button is pressed.
#[component]
pub fn ActionNotice(
    message: String,
    class: &'static str,
    role: &'static str,
    action: &'static str,
    label: String,
    on_action: UnsyncCallback<()>,
) -> impl IntoView {
    view! {
        <div class=class data-notice=action>
            <p class="crm__notice-text" role=role>{message}</p>
            <button type="button" class="crm__button" data-action=action on:click=move |_| on_action.run(())>
                {label}
            </button>
        </div>
    }
}
