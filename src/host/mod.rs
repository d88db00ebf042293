//! The Client App protocol with the host frame (CONTRACT §8).

pub mod lifecycle;
