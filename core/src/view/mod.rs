//! L5: what the list shows: the load's state, the rows, search, grouping, virtualisation.

pub mod filter;
pub mod group;
pub mod rows;
pub mod viewport;
pub mod when;
