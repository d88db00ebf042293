use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

/// The error state's alert: what went wrong, what to do, and a Retry button.
///
/// - `message`: the error, already phrased for the person reading it.
/// - `on_retry`: called when Retry is pressed.
/// - `retry_label`: the Retry button's text, in the widget's language.
#[component]
pub fn ErrorBanner(message: String, on_retry: UnsyncCallback<()>, retry_label: String) -> impl IntoView {
    view! {
        <div class="crm__error">
            <p class="crm__error-text" role="alert">{message}</p>
            <button type="button" class="crm__button" data-action="retry" on:click=move |_| on_retry.run(())>
                {retry_label}
            </button>
        </div>
    }
}
