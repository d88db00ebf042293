//! Entry point: install the panic hook and mount. Everything else lives in the library.
//!
//! On wasm, `no_main`: wasm-bindgen's start function is the entry, so std's `lang_start` (its
//! runtime set-up and clean-up, which flushes a stdout that the browser does not have) is not
//! linked in. A native build (the workspace's `cargo test` and clippy) keeps a plain `main`.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg_attr(target_arch = "wasm32", wasm_bindgen::prelude::wasm_bindgen(start))]
fn main() {
    crm_widget::start();
}
