//! Where tokens come from: the host handshake (CONTRACT §3) or the Genesys sign-in (§6).

pub mod host_token;
pub mod signin;
