//! The pre-merge gate, after evaluation and before rendering: waivers, baselines and the
//! selection of policies and findings. Each step is its own module; `scan` calls them in order
//! (select → evaluate → changed-only → waive → baseline → severity floor).

pub mod baseline;
pub mod changed;
pub mod select;
pub mod waiver;
