//! L2: the host frame: the token handshake (CONTRACT §3) and the Client App protocol (§8).

pub mod client_app;
pub mod handshake;
