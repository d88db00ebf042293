//! Entry point: install the panic hook and mount. Everything else lives in the library.

fn main() {
    crm_widget::start();
}
