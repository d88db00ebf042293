//! L0: helpers with no knowledge of the widget: JSON reading, text, time, the maps' hasher.

pub mod hash;
pub mod json;
pub mod json_text;
pub mod text;
pub mod time;
