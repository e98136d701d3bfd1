//! `comply watch` against the loopback AWS server: a region that fails every other period is
//! recorded as an incomplete scan and the next period tries again; SIGTERM stops the loop after
//! the scan in flight, leaving a verifiable store.

mod common;

use common::fake_aws::{two_region_items, FakeAws, Faults};
use common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[test]
fn watch_survives_a_region_failing_every_other_period() {
    let failing = Arc::new(AtomicBool::new(false));
    let server = FakeAws::start(
        two_region_items(),
        50,
        Faults {
            failing_region_while: Some(("us-east-1".into(), failing.clone())),
            ..Default::default()
        },
    );
    let store = temp_store("flaky");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_comply"));
    cmd.current_dir(root())
        .args([
            "watch",
            "--every",
            "2s",
            "--store",
            &store,
            "--aws",
            "--endpoint-url",
            &server.url,
            "--regions",
            "eu-west-1,us-east-1",
            "--config",
            SETTINGS,
            "--quiet",
            "--max-attempts",
            "1",
            "--attempt-timeout",
            "5",
        ])
        // The real clock: each scan has its own time.
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in FAKE_AWS {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut log = Vec::new();
    while log.len() < 4 {
        let Some(Ok(line)) = lines.next() else {
            break;
        };
        if !line.contains(" scan ") {
            continue;
        }
        // The next period fails us-east-1 when this one did not, and the reverse.
        failing.store(log.len() % 2 == 0, Ordering::SeqCst);
        log.push(line);
    }
    assert_eq!(log.len(), 4, "four scans logged: {log:?}");
    let term = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "SIGTERM stops cleanly: {err}");
    assert!(err.contains("stopped after"), "{err}");
    log.extend(rest.into_iter().filter(|l| l.contains(" scan ")));

    for (i, line) in log.iter().enumerate() {
        let want = if i % 2 == 0 { "complete" } else { "incomplete" };
        assert!(
            line.contains(&format!("scan {} {want}:", i + 1)),
            "line {i}: {line}\n{log:#?}"
        );
    }
    assert!(
        log[1].contains("us-east-1"),
        "the failure names the region: {}",
        log[1]
    );

    let list = comply(&["store", "list", &store, "--format", "json"]);
    let scans: Vec<Value> = serde_json::from_slice(&list.stdout).unwrap();
    let outcomes: Vec<&str> = scans
        .iter()
        .map(|s| s["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes.len(), log.len(), "one record per logged scan");
    assert_eq!(
        &outcomes[..4],
        ["complete", "incomplete", "complete", "incomplete"]
    );
    // Distinct times, in order, a period apart at least.
    let times: Vec<&str> = scans
        .iter()
        .map(|s| s["scanned_at"].as_str().unwrap())
        .collect();
    assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
    let verify = comply(&["store", "verify", &store]);
    assert_eq!(verify.status.code(), Some(0), "{}", stdout(&verify));
}
