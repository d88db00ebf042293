//! One page of rows, as every source delivers it.

use crate::model::Interaction;

/// A total above this is treated as unknown rather than believed.
pub const MAX_BELIEVABLE_TOTAL: f64 = 100_000_000.0;

/// A total as an API said it (`totalCount`, `totalHits`), when it is believable: a whole,
/// finite, non-negative number no larger than [`MAX_BELIEVABLE_TOTAL`].
pub fn believable_total(total: Option<f64>) -> Option<u64> {
    total.filter(|t| t.is_finite() && *t >= 0.0 && *t <= MAX_BELIEVABLE_TOTAL).map(|t| t as u64)
}

/// A page, checked: its rows in the order they are to be shown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub interactions: Vec<Interaction>,
    pub total_count: Option<u64>,
    /// Entities dropped because they had no usable id.
    pub skipped: usize,
}
