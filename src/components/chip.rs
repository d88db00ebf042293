use leptos::prelude::*;

/// A pressable chip (`aria-pressed`): a time range, a view. One component for all of them, so
/// the bundle holds their view code once.
///
/// - `data`: the data attribute that names it, e.g. `("data-view", "contact")`.
/// - `pressed`: whether it is the chosen one.
/// - `on_click`: what choosing it does.
/// - `label`: its text.
#[component]
pub fn Chip(
    data: (&'static str, String),
    #[prop(into)] pressed: Signal<bool>,
    on_click: Callback<()>,
    label: String,
) -> impl IntoView {
    view! {
        <button type="button" class="crm-chip" aria-pressed=move || pressed.get().to_string() on:click=move |_| on_click.run(())>
            {label}
        </button>
    }
    .attr(data.0, data.1)
}
