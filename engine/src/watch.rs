//! `comply watch`: scans on a schedule into the evidence store. One scan at a time (the loop
//! waits for a scan to end before the next period starts, and a period a scan overran is
//! skipped, not queued); a failed or incomplete scan is recorded as such and the next period
//! tries again; a stop request ends the loop between scans, so the scan in flight is recorded
//! whole (or, killed, not at all: the store's write is one transaction).

use crate::error::Result;
use crate::scan::{scan, ScanOptions};
use crate::store::Store;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

pub struct WatchOptions {
    pub scan: ScanOptions,
    pub every: Duration,
    /// Stop after this many scans (for a bounded run); `None`: until stopped.
    pub max_scans: Option<u64>,
    /// Name who changed failing live resources (CloudTrail), cached in the store.
    pub attribute: bool,
}

/// How the loop ended.
#[derive(Debug, Default)]
pub struct Watched {
    pub scans: u64,
    /// Scans the store could not record.
    pub unrecorded: u64,
}

/// Runs scans until `stop` is set (checked between scans and while waiting), writing one line
/// per scan to `log`.
pub fn run(
    opts: &WatchOptions,
    store: &mut Store,
    stop: &AtomicBool,
    log: &mut dyn FnMut(&str),
) -> Result<Watched> {
    let start = Instant::now();
    let mut watched = Watched::default();
    while !stop.load(Ordering::SeqCst) {
        let began = Instant::now();
        let at = crate::calendar::now_rfc3339();
        let mut result = scan(&opts.scan);
        let mut warnings = Vec::new();
        if let (Ok(report), true, Some(live)) = (&mut result, opts.attribute, &opts.scan.live) {
            match crate::attribution::attribute(report, live, Some(store)) {
                Ok(done) => warnings.extend(done.failures),
                Err(e) => warnings.push(e.to_string()),
            }
        }
        let took = began.elapsed().as_secs_f64();
        let recorded = match &result {
            Ok(report) => store.record(report),
            Err(e) => store.record_failure(&at, env!("CARGO_PKG_VERSION"), &e.to_string()),
        };
        watched.scans += 1;
        let line = match (&result, recorded) {
            (_, Err(e)) => {
                watched.unrecorded += 1;
                format!("{at} scan not recorded: {e}")
            }
            (Ok(report), Ok(r)) => {
                let mut line = format!(
                    "{at} scan {} {}: {} resources, {} failing, {} unknown, {} changes, {took:.1} s",
                    r.seq,
                    r.outcome.as_str(),
                    report.summary.resources,
                    report.summary.fail,
                    report.summary.unknown,
                    r.changes,
                );
                if let Some(first) = report.errors.first() {
                    line.push_str(&format!("; {} errors, first: {first}", report.errors.len()));
                }
                line
            }
            (Err(e), Ok(r)) => format!("{at} scan {} failed: {e}", r.seq),
        };
        log(&line);
        for w in &warnings {
            log(&format!("{at} warning: not attributed: {w}"));
        }
        if opts.max_scans.is_some_and(|m| watched.scans >= m) {
            break;
        }
        // The next period boundary after now: an overrun skips the periods it covered.
        let every = opts.every.as_nanos().max(1);
        let periods = start.elapsed().as_nanos() / every + 1;
        let next = start + Duration::from_nanos((periods * every).min(u64::MAX as u128) as u64);
        while !stop.load(Ordering::SeqCst) {
            let now = Instant::now();
            if now >= next {
                break;
            }
            std::thread::sleep((next - now).min(Duration::from_millis(100)));
        }
    }
    Ok(watched)
}
