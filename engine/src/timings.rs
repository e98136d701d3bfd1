//! `COMPLY_TIMINGS=1`: each stage's end, as time since the process started and memory, on
//! stderr. A diagnostic for profiling; reports never depend on it.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Option<Instant>> = OnceLock::new();

fn start() -> Option<Instant> {
    *START.get_or_init(|| std::env::var_os("COMPLY_TIMINGS").map(|_| Instant::now()))
}

/// Whether timings are on (and the clock started).
pub fn enabled() -> bool {
    start().is_some()
}

/// Prints that `what` is done, when timings are on.
pub fn mark(what: impl FnOnce() -> String) {
    if let Some(t0) = start() {
        eprintln!(
            "{:>9.3} s  {}{}",
            t0.elapsed().as_secs_f64(),
            comply_reports::redact::clean(&what()),
            memory()
        );
    }
}

/// Resident memory now and at peak (Linux only).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
    };
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(now), Some(peak)) => format!(" ({now} resident, {peak} at peak)"),
        _ => String::new(),
    }
}
