use crm_core::model::Kind;
use leptos::prelude::*;

/// A 16 px inline SVG for an interaction type. Decorative: the type is also written as text.
///
/// - `kind`: which icon.
#[component]
pub fn KindIcon(kind: Kind) -> impl IntoView {
    let path = match kind {
        Kind::Call => "M3 2h3l1.5 3.5-2 1.2a8 8 0 0 0 3.8 3.8l1.2-2L14 10v3a1 1 0 0 1-1 1A11 11 0 0 1 2 3a1 1 0 0 1 1-1z",
        Kind::Callback => "M3 2h3l1.5 3.5-2 1.2a8 8 0 0 0 3.8 3.8l1.2-2L14 10v3a1 1 0 0 1-1 1A11 11 0 0 1 2 3a1 1 0 0 1 1-1zM10 1l4 0 0 4M14 1l-4 4",
        Kind::Chat => "M2 3h12v8H6l-3 3v-3H2z",
        Kind::Email => "M1.5 3.5h13v9h-13zM1.5 3.5 8 9l6.5-5.5",
        Kind::Message => "M2 2h12v9H9l-3 3v-3H2zM5 6h6M5 8h4",
        Kind::Other(_) => "M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2z",
    };
    view! {
        <svg class="crm-row__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="1.3" stroke-linejoin="round" stroke-linecap="round" />
        </svg>
    }
}

/// A 12 px arrow for a conversation's direction: into the agent (inbound) or out. Decorative:
/// the direction is also written as text. Mirrored in right-to-left layouts.
///
/// - `outbound`: which way it points.
#[component]
pub fn DirectionIcon(outbound: bool) -> impl IntoView {
    let path = if outbound { "M3 9 9 3M4.5 3H9v4.5" } else { "M9 3 3 9M7.5 9H3V4.5" };
    view! {
        <svg class="crm-row__direction-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
