//! Errors in messages between frames (a range's load failed: its mirrors show the same error,
//! each in its own language). Placeholder until the error types settle.

use crate::error::WidgetError;
use crate::util::json::{field, Json};
use crate::util::text::json_string;

pub fn write(error: &WidgetError) -> String {
    format!("{{\"e\":\"internal\",\"s\":{}}}", json_string(&error.to_string()))
}

pub fn read(json: &Json) -> Result<WidgetError, String> {
    Ok(WidgetError::Internal(field::<String>(json, "s")?.unwrap_or_default()))
}
