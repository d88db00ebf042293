//! Live updates' I/O: the Notifications requests, the WebSocket, the timers (CONTRACT §9).

pub mod feed;
