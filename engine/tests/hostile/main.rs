//! Hostile inputs and hostile policies: whatever a file, a directory or a user policy holds, a
//! scan ends within a time bound with a verdict or an error that names the file and the
//! problem (exit 2 for input, exit 3 for a policy that cannot be judged), never a panic, a hang,
//! an out-of-memory kill or a pass. Every crash `fuzz/` found has its input in
//! `fuzz/regressions/`, replayed here.

#[path = "../common/mod.rs"]
mod common;

mod inputs;
mod json;
mod policies;
mod regressions;
mod run;
