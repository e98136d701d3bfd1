//! The evidence store from the command line, in a SQLite file and on the PostgreSQL server
//! `.ci/test` starts: `scan --store`, `store verify` on a store somebody edited, and a scan
//! killed (SIGKILL) inside its write transaction.

mod common;

use common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn store_scan(store: &str) -> std::process::Output {
    comply(&[
        "scan",
        "--config",
        SETTINGS,
        "--fail-on",
        "none",
        "-o",
        "/dev/null",
        "--store",
        store,
        THEMES,
    ])
}

fn scans(store: &str) -> Vec<Value> {
    let out = comply(&["store", "list", store, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap()
}

fn verify(store: &str) -> (Option<i32>, String) {
    let out = comply(&["store", "verify", store]);
    (out.status.code(), stdout(&out))
}

/// Three scans of the themes plan; the second with fewer policies, so every scan has changes.
fn three_scans(store: &str) {
    for extra in [&[][..], &["--skip-policy", "AWS-S3-*"][..], &[][..]] {
        let mut args = vec![
            "scan",
            "--config",
            SETTINGS,
            "--fail-on",
            "none",
            "-o",
            "/dev/null",
            "--store",
            store,
        ];
        args.extend_from_slice(extra);
        args.push(THEMES);
        let out = comply(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
}

fn edit(store: &str, sql: &str) {
    if store.starts_with("postgres://") {
        return common::postgres::edit(store, sql);
    }
    let c = rusqlite::Connection::open(store).unwrap();
    c.execute_batch(&format!("PRAGMA foreign_keys = OFF; {sql}"))
        .unwrap();
}

/// A new store of each kind: a SQLite file and a PostgreSQL database.
fn stores(name: &str) -> [String; 2] {
    [temp_store(name), common::postgres::fresh_database(name)]
}

#[test]
fn scan_store_records_and_says_where() {
    for store in stores("record") {
        let out = store_scan(&store);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("stored scan 1 (complete)"), "{err}");
        assert!(err.contains("chain head "), "{err}");
        let again = store_scan(&store);
        assert!(
            stderr(&again).contains("stored scan 2 (complete)"),
            "{}",
            stderr(&again)
        );
        let list = scans(&store);
        assert_eq!(list.len(), 2);
        assert!(list[0]["changes"].as_u64().unwrap() > 100);
        assert_eq!(
            list[1]["changes"], 0,
            "an unchanged estate stores no changes"
        );
        let (code, text) = verify(&store);
        assert_eq!(code, Some(0), "{text}");
        assert!(text.starts_with("intact: 2 scans"), "{text}");
    }
}

/// The chain covers content only: the same scans give the same hashes in either database.
#[test]
fn sqlite_and_postgres_chain_the_same_scans_alike() {
    let [file, server] = stores("alike");
    three_scans(&file);
    three_scans(&server);
    let hashes = |s: &str| -> Vec<Value> { scans(s).iter().map(|x| x["hash"].clone()).collect() };
    assert_eq!(hashes(&file), hashes(&server));
}

/// A password in the URL is used (trust authentication ignores it here) and never printed.
#[test]
fn a_postgres_password_is_never_echoed() {
    let server = common::postgres::fresh_database("password");
    let with_password = server.replacen("://comply@", "://comply:hunter2-secret@", 1);
    assert_ne!(with_password, server, "the test server's user is `comply`");
    let out = store_scan(&with_password);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let verify = comply(&["store", "verify", &with_password]);
    let (_, db) = server.rsplit_once('/').unwrap();
    for text in [stderr(&out), stdout(&verify)] {
        assert!(!text.contains("hunter2"), "{text}");
        assert!(text.contains(db), "the store is named: {text}");
    }
    // An unreachable server: an error naming it, exit 2, nothing echoed.
    let down = "postgres://comply:hunter2-secret@127.0.0.1:1/nowhere";
    let out = comply(&["store", "list", down]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`postgres://comply@127.0.0.1:1/nowhere`"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("hunter2"), "{}", stderr(&out));
}

#[test]
fn verify_fails_on_a_modified_scan() {
    for store in stores("modified") {
        three_scans(&store);
        assert_eq!(verify(&store).0, Some(0));
        edit(
            &store,
            "UPDATE scans SET record = replace(record, '\"fail\":', '\"fail\": ') WHERE seq = 2",
        );
        let (code, text) = verify(&store);
        assert_eq!(code, Some(4), "{text}");
        assert!(
            text.contains("broken: scan 2: its record is not the one recorded"),
            "{text}"
        );
    }
    for store in stores("modified-status") {
        three_scans(&store);
        edit(
            &store,
            "UPDATE changes SET status = 'pass' WHERE (scan_seq, finding_id) = \
             (SELECT scan_seq, finding_id FROM changes WHERE scan_seq = 1 AND status = 'fail' ORDER BY finding_id LIMIT 1)",
        );
        let (code, text) = verify(&store);
        assert_eq!(code, Some(4), "{text}");
        assert!(text.contains("scan 1: its findings' statuses"), "{text}");
    }
}

#[test]
fn verify_fails_on_a_deleted_scan() {
    for store in stores("deleted") {
        three_scans(&store);
        edit(
            &store,
            "DELETE FROM changes WHERE scan_seq = 2; DELETE FROM scans WHERE seq = 2;",
        );
        let (code, text) = verify(&store);
        assert_eq!(code, Some(4), "{text}");
        assert!(text.contains("scan 2 is missing"), "{text}");
    }
}

#[test]
fn verify_fails_on_reordered_scans() {
    for store in stores("reordered") {
        three_scans(&store);
        edit(
            &store,
            "UPDATE scans SET seq = 100 WHERE seq = 2; UPDATE scans SET seq = 2 WHERE seq = 3; UPDATE scans SET seq = 3 WHERE seq = 100;
             UPDATE changes SET scan_seq = 100 WHERE scan_seq = 2; UPDATE changes SET scan_seq = 2 WHERE scan_seq = 3; UPDATE changes SET scan_seq = 3 WHERE scan_seq = 100;",
        );
        let (code, text) = verify(&store);
        assert_eq!(code, Some(4), "{text}");
        assert!(text.contains("previous hash"), "{text}");
    }
}

#[test]
fn a_kept_head_catches_the_newest_scan_deleted() {
    for store in stores("head") {
        three_scans(&store);
        let head = scans(&store)[2]["hash"].as_str().unwrap().to_string();
        edit(
            &store,
            "DELETE FROM changes WHERE scan_seq = 3; DELETE FROM scans WHERE seq = 3;",
        );
        assert_eq!(verify(&store).0, Some(0), "the chain alone cannot see it");
        let out = comply(&["store", "verify", &store, "--head", &head]);
        assert_eq!(out.status.code(), Some(4), "{}", stdout(&out));
        assert!(
            stdout(&out).contains("is not in the chain"),
            "{}",
            stdout(&out)
        );
    }
}

/// SIGKILL while the scan's transaction is written but not committed: the store is as it was.
#[test]
fn a_scan_killed_in_its_write_leaves_no_partial_scan() {
    for store in stores("killed") {
        assert_eq!(store_scan(&store).status.code(), Some(0));
        // Changes for the second scan, so its transaction has rows to lose.
        let mut child = Command::new(env!("CARGO_BIN_EXE_comply"))
            .current_dir(root())
            .args([
                "scan",
                "--config",
                SETTINGS,
                "--fail-on",
                "none",
                "-o",
                "/dev/null",
                "--store",
                &store,
                "--skip-policy",
                "AWS-S3-*",
                THEMES,
            ])
            .env("COMPLY_STORE_STALL_MS", "60000")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let written = lines
            .by_ref()
            .map_while(Result::ok)
            .any(|l| l.contains("store: scan 2 written, not yet committed"));
        assert!(written, "the scan never reached its write");
        child.kill().unwrap(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        assert_eq!(status.code(), None, "killed by a signal");

        let (code, text) = verify(&store);
        assert_eq!(code, Some(0), "{text}");
        assert!(text.starts_with("intact: 1 scans"), "{text}");
        assert_eq!(scans(&store).len(), 1, "no partial scan");
        // The store takes the next scan as scan 2.
        let out = store_scan(&store);
        assert!(stderr(&out).contains("stored scan 2"), "{}", stderr(&out));
        assert_eq!(verify(&store).0, Some(0));
    }
}

/// A scan that produced nothing is recorded as failed: a gap in the evidence, said as one.
#[test]
fn a_failed_scan_is_recorded_as_failed() {
    let store = temp_store("failed");
    let out = comply(&["scan", "--store", &store, "fixtures/no-such-plan.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("stored failed scan 1"),
        "{}",
        stderr(&out)
    );
    let list = scans(&store);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["outcome"], "failed");
    assert_eq!(list[0]["changes"], 0);
    assert_eq!(verify(&store).0, Some(0));
}

#[test]
fn a_store_refuses_filters_that_hide_findings_and_junk_files() {
    let store = temp_store("refuse");
    for flag in [&["--changed-only"][..], &["--severity", "high"][..]] {
        let mut args = vec!["scan", "--config", SETTINGS, "--store", &store];
        args.extend_from_slice(flag);
        args.push(THEMES);
        let out = comply(&args);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("`--store` records whole scans"),
            "{}",
            stderr(&out)
        );
    }
    assert!(
        !std::path::Path::new(&store).exists(),
        "refused before the store was made"
    );
    std::fs::write(
        &store,
        "not a database but a text file long enough to have a header ....",
    )
    .unwrap();
    let out = store_scan(&store);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("`{store}`: not a comply store")),
        "{err}"
    );
    assert!(!err.contains("stored scan"), "{err}");
}

/// A plan against the store's live state: the parity plan and the parity estate's Config
/// snapshot, the same buckets by name, the plan's new security group against the live one.
#[test]
fn a_plan_against_the_last_live_scan() {
    let store = temp_store("plan-drift");
    let out = comply(&[
        "scan",
        "--fail-on",
        "none",
        "-o",
        "/dev/null",
        "--store",
        &store,
        "fixtures/config/parity/snapshot.json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = comply(&[
        "store",
        "diff",
        &store,
        "--plan",
        "fixtures/plans/parity/plan.json",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let d: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(d["matched"].as_u64().unwrap() >= 3, "{d:#}");
    let has = |list: &str, key: &str, value: &str| {
        d[list].as_array().unwrap().iter().any(|x| x[key] == value)
    };
    assert!(
        has("terraform_only", "address", "aws_security_group.ssh"),
        "{d:#}"
    );
    assert!(
        has(
            "live_only",
            "resource",
            "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0c3e5a7b9d1f24680"
        ),
        "{d:#}"
    );
    assert!(
        !has("live_only", "resource", "arn:aws:s3:::comply-parity-plain"),
        "matched by name: {d:#}"
    );
    let open = d["still_open"].as_array().unwrap();
    assert!(
        open.iter().any(|f| f["policy_id"] == "AWS-S3-003"
            && f["address"] == "aws_s3_bucket.plain"
            && f["live_resource"] == "arn:aws:s3:::comply-parity-plain"),
        "{d:#}"
    );
    let empty = temp_store("plan-drift-empty");
    let out = comply(&[
        "store",
        "diff",
        &empty,
        "--plan",
        "fixtures/plans/parity/plan.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no scans"), "{}", stderr(&out));
}
