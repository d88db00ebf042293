//! L0: helpers with no knowledge of the widget: JSON reading, text, time.

pub mod json;
pub mod text;
pub mod time;
