//! L3: the Notifications connection (CONTRACT §9), schema-agnostic: channel, socket,
//! subscription, reconnects. What an event means is the Genesys source's business.

pub mod connection;

pub use connection::{
    channel_request, subscribe_request, Channel, Command, Live, LivePolicy, RawChannel, RawFrame, RawTopics, Refusal,
    Status, Subscription, HEARTBEAT_MS,
};
