//! Live faults, through the real AWS SDK over real HTTP: connections reset, a host name that
//! does not resolve, expired and missing credentials, one service denied, throttling that
//! outlasts the retries, and a server too slow for the scan's `--deadline`. Each is reported
//! precisely (the region, the service, the cause), retried where retrying helps, ends within a
//! bound, and is never a pass: the exit code is 3 and the report says it is incomplete.

mod common;

use common::fake_aws::{FakeAws, Faults};
use common::{comply_env, errors, stderr, FAKE_AWS, SETTINGS};
use serde_json::Value;
use std::time::{Duration, Instant};

/// The parity snapshot's items in two regions, as `tests/live.rs` serves them.
fn items() -> Vec<Value> {
    common::fake_aws::two_region_items()
}

/// A live scan of eu-west-1 (and `more`) against `url`, with `env` added: exit code, report,
/// standard error, and how long it took.
fn scan(url: &str, more: &[&str], env: &[(&str, &str)]) -> (Option<i32>, Value, String, Duration) {
    let mut args = vec![
        "scan",
        "--aws",
        "--endpoint-url",
        url,
        "--format",
        "json",
        "--fail-on",
        "none",
        "--config",
        SETTINGS,
        "--quiet",
        "--max-attempts",
        "3",
        "--attempt-timeout",
        "3",
    ];
    args.extend_from_slice(more);
    let mut all: Vec<(&str, &str)> = FAKE_AWS.to_vec();
    all.extend_from_slice(env);
    let started = Instant::now();
    let out = comply_env(&args, &all);
    let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), report, stderr(&out), started.elapsed())
}

/// Exit 3, an incomplete report whose errors all name `region` and one of them `cause`.
fn failed(code: Option<i32>, report: &Value, err: &str, region: &str, cause: &str) {
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(report["summary"]["incomplete"], true, "{err}");
    let errors = errors(report);
    assert!(!errors.is_empty(), "no error reported: {err}");
    assert!(errors.iter().all(|e| e.contains(region)), "{errors:?}");
    assert!(
        errors.iter().any(|e| e.contains(cause)),
        "`{cause}` in none of {errors:?}"
    );
}

#[test]
fn connections_reset_fail_the_region_by_name_and_keep_the_healthy_one() {
    let server = FakeAws::start(
        items(),
        2,
        Faults {
            reset_region: Some("us-east-1".into()),
            ..Default::default()
        },
    );
    let (code, report, err, took) = scan(&server.url, &["--regions", "eu-west-1,us-east-1"], &[]);
    failed(code, &report, &err, "us-east-1", "connection reset");
    assert!(took < Duration::from_secs(60), "{took:?}");
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["region"] == "eu-west-1" && f["status"] == "fail"),
        "the healthy region's findings are kept"
    );
}

#[test]
fn a_host_name_that_does_not_resolve_is_named() {
    // In a network namespace of its own, with only loopback, the resolver cannot be reached:
    // the lookup fails at once, and nothing leaves this machine.
    let probe = std::process::Command::new("unshare")
        .args(["-n", "true"])
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        eprintln!("skipped: `unshare -n` is not permitted here");
        return;
    }
    let args = [
        "-n",
        env!("CARGO_BIN_EXE_comply"),
        "scan",
        "--aws",
        "--endpoint-url",
        "http://config.comply-test.invalid",
        "--format",
        "json",
        "--config",
        SETTINGS,
        "--quiet",
        "--max-attempts",
        "2",
        "--attempt-timeout",
        "2",
    ];
    let started = Instant::now();
    let out = std::process::Command::new("unshare")
        .args(args)
        .current_dir(common::root())
        .envs(FAKE_AWS)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    failed(
        out.status.code(),
        &report,
        &stderr(&out),
        "eu-west-1",
        "cannot resolve",
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn expired_credentials_are_named_and_not_retried() {
    let server = FakeAws::start(
        items(),
        2,
        Faults {
            expired_credentials: true,
            ..Default::default()
        },
    );
    let (code, report, err, _) = scan(&server.url, &[], &[]);
    failed(code, &report, &err, "eu-west-1", "ExpiredTokenException");
    // One try per call the region makes before it stops asking: never retried.
    let asked = server.requests.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        asked <= 8,
        "expired credentials were retried: {asked} requests"
    );
}

#[test]
fn missing_credentials_are_named_before_any_request() {
    let server = FakeAws::start(items(), 2, Faults::default());
    let mut env: Vec<(&str, &str)> = FAKE_AWS
        .iter()
        .copied()
        .filter(|(k, _)| !k.starts_with("AWS_ACCESS_KEY") && !k.starts_with("AWS_SECRET"))
        .collect();
    env.push(("HOME", "/nonexistent"));
    let mut args = vec![
        "scan",
        "--aws",
        "--endpoint-url",
        &server.url,
        "--format",
        "json",
        "--config",
        SETTINGS,
        "--quiet",
        "--max-attempts",
        "2",
        "--attempt-timeout",
        "2",
    ];
    args.push("--fail-on");
    args.push("none");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_comply"));
    cmd.current_dir(common::root())
        .args(&args)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove("AWS_PROFILE")
        .envs(env);
    let started = Instant::now();
    let out = cmd.output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    failed(
        out.status.code(),
        &report,
        &stderr(&out),
        "eu-west-1",
        "credentials",
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(server.requests.load(std::sync::atomic::Ordering::SeqCst), 0);
}

#[test]
fn one_denied_service_is_named_and_the_rest_is_judged() {
    let server = FakeAws::start(
        items(),
        2,
        Faults {
            denied_service: Some("cloudtrail".into()),
            ..Default::default()
        },
    );
    let (code, report, err, _) = scan(&server.url, &[], &[]);
    failed(
        code,
        &report,
        &err,
        "eu-west-1",
        "CloudTrail: DescribeTrails: AccessDeniedException",
    );
    let errors = errors(&report);
    assert_eq!(errors.len(), 1, "only CloudTrail failed: {errors:?}");
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["status"] == "fail"),
        "Config's resources are still judged"
    );
    // What CloudTrail alone knows (is the trail logging) is unknown, not a pass.
    assert!(
        !findings
            .iter()
            .any(|f| f["kind"] == "AWS::CloudTrail::Trail"
                && f["status"] == "pass"
                && f["unknown"].as_array().is_some_and(|u| u.is_empty())
                && f["policy_id"]
                    .as_str()
                    .is_some_and(|p| p.contains("CLOUDTRAIL-00"))
                && f["message"].as_str().is_some_and(|m| m.contains("logging"))),
        "a trail's logging cannot pass without CloudTrail"
    );
}

#[test]
fn a_throttling_storm_longer_than_the_retries_fails_the_region_within_a_bound() {
    let server = FakeAws::start(
        items(),
        2,
        Faults {
            throttle_always: true,
            ..Default::default()
        },
    );
    let (code, report, err, took) = scan(&server.url, &[], &[]);
    failed(code, &report, &err, "eu-west-1", "ThrottlingException");
    assert!(took < Duration::from_secs(90), "{took:?}");
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["status"] != "pass"));
}

#[test]
fn the_deadline_ends_a_slow_scan_and_keeps_what_was_read() {
    // Every response takes 700 ms: a whole region takes far longer than the deadline.
    let server = FakeAws::start(
        items(),
        2,
        Faults {
            delay: Some(Duration::from_millis(700)),
            ..Default::default()
        },
    );
    let (code, report, err, took) = scan(&server.url, &["--deadline", "4s"], &[]);
    failed(
        code,
        &report,
        &err,
        "eu-west-1",
        "--deadline (4s) passed while reading",
    );
    assert!(
        took < Duration::from_secs(15),
        "the deadline did not hold: {took:?}"
    );
    // What came back before the deadline is judged.
    assert!(
        !report["findings"].as_array().unwrap().is_empty(),
        "what was read before the deadline is kept"
    );
    let (code, _, err, _) = scan(&server.url, &["--deadline", "soon"], &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("`soon` is not a period"), "{err}");
}
