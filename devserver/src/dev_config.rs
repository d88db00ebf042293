//! The dev `config.json` the widget reads: it trusts the dev host and points at the mocks.
//! The widget server serves it, and the mock API too (for `trunk serve`, which proxies it).

use serde_json::json;

use crate::data::CLIENT_ID;
use crate::scenario::AuthMode;
use crate::state::Shared;

/// The dev `config.json`: the scenario's override, or one that trusts the dev host.
pub(crate) fn dev_config(shared: &Shared) -> String {
    let origins = shared.origins.lock().expect("origins lock").clone();
    let scenario = shared.scenario.lock().expect("scenario lock").clone();
    if let Some(text) = scenario.config_json {
        return text;
    }
    let mut config = json!({
        "trustedHostOrigins": [origins.host],
        "apiBase": origins.api,
        "handshakeTimeoutMs": scenario.handshake_timeout_ms,
        // A debug build opened on its own (`trunk serve`) goes to the dev host, which frames it.
        "devHostUrl": format!("{}/", origins.host),
    });
    if scenario.auth != AuthMode::Handshake {
        config["oauthClientId"] = json!(CLIENT_ID);
        config["loginBase"] = json!(origins.login);
        config["oauthPopup"] = json!(scenario.auth == AuthMode::Popup);
    }
    // Both the mock's APIs are on the API origin: CONTRACT §4's, and the Genesys ones (§7).
    config["dataSource"] = json!(scenario.data_source.name());
    if let Some(size) = scenario.page_size {
        config["pageSize"] = json!(size);
    }
    config.to_string()
}
