//! Which rows to render: list virtualisation and keyboard movement, as pure functions of the
//! scroll position, the viewport size and the row count.

/// Lists this short are rendered whole: no scrolling cost to save, and find-in-page and screen
/// readers see every row.
pub const FULL_RENDER_MAX: usize = 50;
/// Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps.
pub const OVERSCAN: usize = 8;

/// How many rows to render beyond each edge of the viewport: none until the first rows' frame
/// has been drawn (that frame, the one the agent waits for at start-up, then styles, lays out and
/// paints only the rows in view), [`OVERSCAN`] from then on, and while the viewport has not been
/// measured yet (so the first rows are never an empty list).
pub fn overscan(first_rows_drawn: bool, g: Geometry) -> usize {
    let measured = g.viewport_height.is_finite() && g.viewport_height > 0.0;
    if first_rows_drawn || !measured {
        OVERSCAN
    } else {
        0
    }
}

/// The geometry the list is laid out with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub row_height: f64,
    pub scroll_top: f64,
    pub viewport_height: f64,
}

/// The indices of the rows to render, in order: those in the viewport and `overscan` rows beyond
/// each edge (all of them for short lists), plus `keep` (the row that has focus) wherever it is,
/// so focus survives scrolling.
pub fn rows_to_render(n: usize, g: Geometry, keep: Option<usize>, overscan: usize) -> Vec<usize> {
    let (start, end) = if n <= FULL_RENDER_MAX {
        (0, n)
    } else {
        let h = if g.row_height.is_finite() && g.row_height > 0.0 { g.row_height } else { 1.0 };
        let top = if g.scroll_top.is_finite() { g.scroll_top.max(0.0) } else { 0.0 };
        let height = if g.viewport_height.is_finite() { g.viewport_height.max(0.0) } else { 0.0 };
        let first = ((top / h).floor() as usize).min(n);
        let last = (((top + height) / h).ceil() as usize).min(n);
        (first.saturating_sub(overscan), (last + overscan).min(n))
    };
    let mut rows: Vec<usize> = (start..end).collect();
    if let Some(k) = keep.filter(|k| *k < n && !(start..end).contains(k)) {
        let at = rows.partition_point(|r| *r < k);
        rows.insert(at, k);
    }
    rows
}

/// A key that moves the active row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
}

impl Move {
    /// From a `KeyboardEvent.key`.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowUp" => Move::Up,
            "ArrowDown" => Move::Down,
            "PageUp" => Move::PageUp,
            "PageDown" => Move::PageDown,
            "Home" => Move::Home,
            "End" => Move::End,
            _ => return None,
        })
    }
}

/// The row a key moves to from `active`, in a list of `n` rows of which `page` fit on screen.
pub fn move_active(active: Option<usize>, m: Move, n: usize, page: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    let page = page.max(1);
    let last = n - 1;
    let Some(a) = active.map(|a| a.min(last)) else {
        return Some(if matches!(m, Move::End) { last } else { 0 });
    };
    Some(match m {
        Move::Up => a.saturating_sub(1),
        Move::Down => (a + 1).min(last),
        Move::PageUp => a.saturating_sub(page),
        Move::PageDown => (a + page).min(last),
        Move::Home => 0,
        Move::End => last,
    })
}

/// The scroll position that brings row `index` fully into view, or `None` if it already is.
pub fn reveal(index: usize, g: Geometry) -> Option<f64> {
    let top = index as f64 * g.row_height;
    let bottom = top + g.row_height;
    if top < g.scroll_top {
        Some(top)
    } else if bottom > g.scroll_top + g.viewport_height {
        Some((bottom - g.viewport_height).max(0.0))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(scroll_top: f64) -> Geometry {
        Geometry { row_height: 50.0, scroll_top, viewport_height: 500.0 }
    }

    #[test]
    fn short_lists_render_whole() {
        assert_eq!(rows_to_render(3, g(0.0), None, OVERSCAN), [0, 1, 2]);
        assert_eq!(rows_to_render(FULL_RENDER_MAX, g(0.0), None, OVERSCAN).len(), FULL_RENDER_MAX);
        assert!(rows_to_render(0, g(0.0), None, OVERSCAN).is_empty());
    }

    #[test]
    fn long_lists_render_the_viewport_and_overscan() {
        let rows = rows_to_render(10_000, g(0.0), None, OVERSCAN);
        assert_eq!(rows, (0..10 + OVERSCAN).collect::<Vec<_>>());
        let rows = rows_to_render(10_000, g(5000.0), None, OVERSCAN);
        assert_eq!(rows.first(), Some(&(100 - OVERSCAN)));
        assert_eq!(rows.last(), Some(&(110 + OVERSCAN - 1)));
        // At the very end the last row is there and nothing past it.
        let rows = rows_to_render(10_000, g(10_000.0 * 50.0 - 500.0), None, OVERSCAN);
        assert_eq!(rows.last(), Some(&9_999));
        // Scrolled past the end (a shrinking list): clamped, never out of range.
        assert!(rows_to_render(100, g(1e9), None, OVERSCAN).iter().all(|r| *r < 100));
    }

    #[test]
    fn the_first_rows_frame_renders_only_the_viewport() {
        assert_eq!(overscan(false, g(0.0)), 0);
        assert_eq!(overscan(true, g(0.0)), OVERSCAN);
        assert_eq!(rows_to_render(10_000, g(0.0), None, overscan(false, g(0.0))), (0..10).collect::<Vec<_>>());
        assert_eq!(
            rows_to_render(10_000, g(0.0), None, overscan(true, g(0.0))),
            (0..10 + OVERSCAN).collect::<Vec<_>>()
        );
        // Short lists are whole either way; the focused row is still kept.
        assert_eq!(rows_to_render(FULL_RENDER_MAX, g(0.0), None, 0).len(), FULL_RENDER_MAX);
        assert_eq!(rows_to_render(10_000, g(0.0), Some(40), 0).last(), Some(&40));
        // A viewport not measured yet still gets rows: the overscan's, from the top.
        let unmeasured = Geometry { viewport_height: 0.0, ..g(0.0) };
        assert_eq!(overscan(false, unmeasured), OVERSCAN);
        assert_eq!(
            rows_to_render(10_000, unmeasured, None, overscan(false, unmeasured)),
            (0..OVERSCAN).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_count_is_bounded_whatever_n_is() {
        for n in [51, 1_000, 100_000, 10_000_000] {
            for top in [0.0, 12_345.0, 1e12] {
                assert!(rows_to_render(n, g(top), Some(n / 2), OVERSCAN).len() <= 10 + 2 * OVERSCAN + 2);
            }
        }
    }

    #[test]
    fn the_focused_row_is_kept_in_order() {
        let rows = rows_to_render(10_000, g(5000.0), Some(3), OVERSCAN);
        assert_eq!(rows[0], 3);
        assert!(rows.windows(2).all(|w| w[0] < w[1]));
        let rows = rows_to_render(10_000, g(5000.0), Some(9_000), OVERSCAN);
        assert_eq!(*rows.last().unwrap(), 9_000);
        assert_eq!(
            rows_to_render(10_000, g(5000.0), Some(100), OVERSCAN).len(),
            rows_to_render(10_000, g(5000.0), None, OVERSCAN).len()
        );
    }

    #[test]
    fn bad_geometry_never_panics() {
        let bad = Geometry { row_height: 0.0, scroll_top: f64::NAN, viewport_height: -3.0 };
        assert!(rows_to_render(1000, bad, None, OVERSCAN).len() <= 2 * OVERSCAN + 1);
    }

    #[test]
    fn keys_move_within_bounds() {
        assert_eq!(move_active(None, Move::Down, 10, 3), Some(0));
        assert_eq!(move_active(None, Move::End, 10, 3), Some(9));
        assert_eq!(move_active(Some(0), Move::Up, 10, 3), Some(0));
        assert_eq!(move_active(Some(0), Move::Down, 10, 3), Some(1));
        assert_eq!(move_active(Some(9), Move::Down, 10, 3), Some(9));
        assert_eq!(move_active(Some(5), Move::PageDown, 10, 3), Some(8));
        assert_eq!(move_active(Some(8), Move::PageDown, 10, 3), Some(9));
        assert_eq!(move_active(Some(2), Move::PageUp, 10, 3), Some(0));
        assert_eq!(move_active(Some(5), Move::Home, 10, 3), Some(0));
        assert_eq!(move_active(Some(50), Move::Up, 10, 3), Some(8), "a stale index is clamped first");
        assert_eq!(move_active(Some(1), Move::Down, 0, 3), None);
        assert_eq!(Move::from_key("ArrowDown"), Some(Move::Down));
        assert_eq!(Move::from_key("a"), None);
    }

    #[test]
    fn reveal_scrolls_only_when_needed() {
        assert_eq!(reveal(3, g(0.0)), None);
        assert_eq!(reveal(10, g(0.0)), Some(50.0));
        assert_eq!(reveal(2, g(500.0)), Some(100.0));
    }
}
