//! L2: tokens and where they come from: a token's lifetime, and the Genesys sign-in (CONTRACT §6).

pub mod signin;
pub mod token;

pub use token::{Grant, Token};
