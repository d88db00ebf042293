//! Entry point: install the panic hook and mount. Everything else lives in the library.
//!
//! `no_main`: wasm-bindgen's start function is the entry, so std's `lang_start` (its runtime
//! set-up and clean-up, which flushes a stdout that the browser does not have) is not linked in.
#![no_main]

#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn main() {
    crm_widget::start();
}
