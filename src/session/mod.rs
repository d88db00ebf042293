//! The orchestration's I/O: the controller carries out what the core's scheduler decides, and
//! the executor does the I/O of each piece of work.

pub mod controller;
pub mod executor;
pub mod link;
pub mod shared;

pub use controller::{Controller, TokenSourceFactory, Tokens};
