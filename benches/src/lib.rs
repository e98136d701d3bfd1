//! Benchmarks for comply live in `benches/scan.rs`; this crate only hosts them.
