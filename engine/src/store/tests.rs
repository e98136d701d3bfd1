use super::*;
use comply_reports::{Report, Status};

fn report(at: &str, findings: &[(&str, &str, &str)], incomplete: bool) -> Report {
    scoped(at, findings, incomplete, &["S3-1"], &["eu-west-1"])
}

/// A report whose scan ran `policies` over `regions` of account 111122223333.
fn scoped(
    at: &str,
    findings: &[(&str, &str, &str)],
    incomplete: bool,
    policies: &[&str],
    regions: &[&str],
) -> Report {
    let policies: Vec<serde_json::Value> = policies
        .iter()
        .map(|id| serde_json::json!({"id": id, "title": "t", "severity": "high", "kinds": [], "themes": [],
            "controls": {"pci-dss-4.0": [], "gdpr": [], "soc2": [], "iso27001-2022": []}}))
        .collect();
    let findings: Vec<serde_json::Value> = findings
        .iter()
        .map(|(policy, resource, status)| {
            serde_json::json!({
                "policy_id": policy, "title": "t", "status": status, "severity": "high",
                "resource": resource, "kind": "AWS::S3::Bucket", "region": resource.split('/').nth(1).unwrap_or("eu-west-1"),
                "account": "111122223333", "themes": [], "controls": {"pci-dss-4.0": [], "gdpr": [], "soc2": [], "iso27001-2022": []},
                "message": "m", "remediation": null, "location": {"file": "live", "line": 0, "column": 0}
            })
        })
        .collect();
    let mut r: Report = serde_json::from_value(serde_json::json!({
        "tool": {"name": "comply", "version": "0.1.0"},
        "summary": {"resources": 1, "policies": 1, "findings": 0, "pass": 0, "fail": 0, "unknown": 0,
                    "waived": 0, "error": 0, "fail_by_severity": {}, "deleted": 0, "partial": 0,
                    "unmodeled": {}, "fail_on": null, "incomplete": false},
        "inputs": [], "policy_bundle_sha256": "ab", "errors": if incomplete { vec!["region us-east-1: throttled"] } else { vec![] },
        "findings": findings, "policies": policies,
        "frameworks": [{"id": "soc2", "name": "SOC 2", "version": "2017", "publisher": "AICPA", "groups": [],
            "controls": [{"id": "CC6.1", "title": "Logical access", "automation": "automated", "policies": ["S3-1"]},
                         {"id": "CC1.1", "title": "Integrity", "automation": "manual", "policies": []}]}],
        "scope": {"scanned_at": at, "accounts": ["111122223333"], "regions": regions}
    }))
    .unwrap();
    r.finalize();
    r
}

fn temp(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("comply-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("audit.db").display().to_string()
}

/// A second connection, as somebody editing the file would open it.
fn tamper(path: &str, sql: &str) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(&format!("PRAGMA foreign_keys = OFF; {sql}"))
        .unwrap();
}

/// Three scans: a bucket fails, is fixed, and a second bucket disappears.
fn three_scans(path: &str) -> Store {
    let mut s = Store::open(path).unwrap();
    let a = s
        .record(&report(
            "2026-01-01T00:00:00Z",
            &[("S3-1", "a", "fail"), ("S3-1", "b", "pass")],
            false,
        ))
        .unwrap();
    assert_eq!((a.seq, a.changes), (1, 2));
    let b = s
        .record(&report(
            "2026-01-01T01:00:00Z",
            &[("S3-1", "a", "fail"), ("S3-1", "b", "pass")],
            false,
        ))
        .unwrap();
    assert_eq!(
        (b.seq, b.changes),
        (2, 0),
        "unchanged statuses are not stored again"
    );
    let c = s
        .record(&report(
            "2026-01-01T02:00:00Z",
            &[("S3-1", "a", "pass")],
            false,
        ))
        .unwrap();
    assert_eq!((c.seq, c.changes), (3, 2), "a fixed and b gone");
    s
}

#[test]
fn changes_not_snapshots_and_an_intact_chain() {
    let path = temp("chain");
    let mut s = three_scans(&path);
    let v = s.verify(None).unwrap();
    assert!(v.problems.is_empty(), "{:?}", v.problems);
    assert_eq!(v.scans, 3);
    let h = s.history().unwrap();
    let statuses: Vec<&str> = h
        .changes
        .iter()
        .filter(|c| c.scan_seq == 3)
        .map(|c| c.status.as_str())
        .collect();
    assert_eq!(statuses, ["pass", "gone"]);
}

#[test]
fn an_incomplete_scan_records_no_fix() {
    let path = temp("incomplete");
    let mut s = Store::open(&path).unwrap();
    s.record(&report(
        "2026-01-01T00:00:00Z",
        &[("S3-1", "a", "fail")],
        false,
    ))
    .unwrap();
    let r = s
        .record(&report("2026-01-01T01:00:00Z", &[], true))
        .unwrap();
    assert_eq!(r.changes, 0, "a gap is not a fix");
    let f = s
        .record_failure("2026-01-01T02:00:00Z", "0.1.0", "credentials refused")
        .unwrap();
    assert_eq!(f.changes, 0);
    let outcomes: Vec<String> = s.scans().unwrap().into_iter().map(|x| x.outcome).collect();
    assert_eq!(outcomes, ["complete", "incomplete", "failed"]);
    assert!(s.verify(None).unwrap().problems.is_empty());
}

fn tampered(name: &str, sql: &str) -> Vec<String> {
    let path = temp(name);
    let mut s = three_scans(&path);
    tamper(&path, sql);
    s.verify(None).unwrap().problems
}

#[test]
fn verify_finds_a_modified_scan() {
    let p = tampered(
        "modified",
        "UPDATE changes SET status = 'pass' WHERE scan_seq = 1 AND status = 'fail'",
    );
    assert!(
        p.iter()
            .any(|p| p.contains("scan 1: its findings' statuses")),
        "{p:?}"
    );
    let p = tampered(
        "modified-record",
        "UPDATE scans SET record = replace(record, 'throttled', 'x'), scanned_at = '2026-01-01T01:30:00Z' WHERE seq = 2",
    );
    assert!(p.iter().any(|p| p.contains("scan 2: its record")), "{p:?}");
    let p = tampered(
        "modified-identity",
        "UPDATE findings SET resource = 'other' WHERE resource = 'a'",
    );
    assert!(!p.is_empty());
}

#[test]
fn verify_finds_a_deleted_scan() {
    let p = tampered(
        "deleted",
        "DELETE FROM changes WHERE scan_seq = 2; DELETE FROM scans WHERE seq = 2;",
    );
    assert!(p.iter().any(|p| p.contains("scan 2 is missing")), "{p:?}");
    // Renumbered to hide the gap: the links still break.
    let p = tampered(
        "deleted-renumbered",
        "DELETE FROM changes WHERE scan_seq = 2; DELETE FROM scans WHERE seq = 2;
         UPDATE changes SET scan_seq = 2 WHERE scan_seq = 3; UPDATE scans SET seq = 2 WHERE seq = 3;",
    );
    assert!(p.iter().any(|p| p.contains("previous hash")), "{p:?}");
}

#[test]
fn verify_finds_reordered_scans() {
    let p = tampered(
        "reordered",
        "PRAGMA foreign_keys = OFF;
         UPDATE scans SET seq = 100 WHERE seq = 2; UPDATE scans SET seq = 2 WHERE seq = 3; UPDATE scans SET seq = 3 WHERE seq = 100;
         UPDATE changes SET scan_seq = 100 WHERE scan_seq = 2; UPDATE changes SET scan_seq = 2 WHERE scan_seq = 3; UPDATE changes SET scan_seq = 3 WHERE scan_seq = 100;",
    );
    assert!(p.iter().any(|p| p.contains("previous hash")), "{p:?}");
    assert!(p.iter().any(|p| p.contains("reordered")), "{p:?}");
}

#[test]
fn a_recorded_head_catches_the_newest_scans_deleted() {
    let path = temp("head");
    let mut s = three_scans(&path);
    let head = s.verify(None).unwrap().head.unwrap();
    tamper(
        &path,
        "DELETE FROM changes WHERE scan_seq = 3; DELETE FROM scans WHERE seq = 3;",
    );
    assert!(
        s.verify(None).unwrap().problems.is_empty(),
        "the chain alone cannot see it"
    );
    let p = s.verify(Some(&head)).unwrap().problems;
    assert!(p.iter().any(|p| p.contains("not in the chain")), "{p:?}");
}

#[test]
fn migrations_from_the_first_version_up_keep_the_record() {
    let path = temp("migrate");
    {
        let mut s = Store {
            db: Box::new(sqlite::Sqlite::open(std::path::Path::new(&path)).unwrap()),
        };
        s.migrate(1).unwrap();
        assert_eq!(s.version().unwrap(), 1);
        v1_record(
            &mut s,
            &report("2026-01-01T00:00:00Z", &[("S3-1", "a", "fail")], false),
        );
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.version().unwrap(), migrations::LATEST);
    s.record(&report(
        "2026-01-01T01:00:00Z",
        &[("S3-1", "a", "pass")],
        false,
    ))
    .unwrap();
    let v = s.verify(None).unwrap();
    assert!(v.problems.is_empty(), "{:?}", v.problems);
    assert_eq!(v.scans, 2);
    // Every migration applies on an empty store too.
    let mut fresh = Store::open(&temp("migrate-empty")).unwrap();
    assert_eq!(fresh.version().unwrap(), migrations::LATEST);
}

/// A scan as a comply of schema version 1 wrote it: the record names no policies or
/// frameworks (version 2 keeps those), so nothing touches the later tables.
fn v1_record(s: &mut Store, r: &Report) {
    let record = serde_json::json!({
        "scope": r.scope, "inputs": r.inputs, "errors": r.errors, "summary": r.summary,
    })
    .to_string();
    s.write(
        Head {
            scanned_at: r.scope.scanned_at.clone().unwrap(),
            outcome: Outcome::Complete,
            tool_version: r.tool.version.clone(),
            policy_bundle_sha256: r.policy_bundle_sha256.clone(),
            settings_sha256: None,
            record,
            blobs: Vec::new(),
        },
        &r.findings,
        Some(&Coverage::of(r)),
    )
    .unwrap();
}

/// A new database on the test server (`.ci/test` starts it and sets `COMPLY_POSTGRES_URL`).
fn postgres_database(name: &str) -> String {
    let url = std::env::var("COMPLY_POSTGRES_URL")
        .expect("PostgreSQL is not running: run the tests with `.ci/test`, which starts it");
    let mut c = ::postgres::Client::connect(&url, ::postgres::NoTls).unwrap();
    let db = format!("comply_unit_{name}_{}", std::process::id());
    c.batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    c.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
    let (base, _) = url.rsplit_once('/').unwrap();
    format!("{base}/{db}")
}

#[test]
fn postgres_migrations_from_the_first_version_up_keep_the_record() {
    let url = postgres_database("migrate");
    {
        let mut s = Store {
            db: Box::new(postgres::Postgres::open(&url).unwrap()),
        };
        assert_eq!(s.version().unwrap(), 0);
        s.migrate(1).unwrap();
        assert_eq!(s.version().unwrap(), 1);
        v1_record(
            &mut s,
            &report("2026-01-01T00:00:00Z", &[("S3-1", "a", "fail")], false),
        );
    }
    let mut s = Store::open(&url).unwrap();
    assert_eq!(s.version().unwrap(), migrations::LATEST);
    // Opening again migrates nothing.
    let mut again = Store::open(&url).unwrap();
    assert_eq!(again.version().unwrap(), migrations::LATEST);
    v1_record(
        &mut s,
        &report("2026-01-01T00:00:00Z", &[("S3-1", "a", "fail")], false),
    );
    let v = s.verify(None).unwrap();
    assert!(v.problems.is_empty(), "{:?}", v.problems);
    assert_eq!(v.scans, 2);
    let mut c = ::postgres::Client::connect(&url, ::postgres::NoTls).unwrap();
    c.batch_execute(&format!(
        "UPDATE comply_schema SET version = {}",
        migrations::LATEST + 1
    ))
    .unwrap();
    let e = Store::open(&url).err().unwrap().to_string();
    assert!(e.contains("use a newer comply"), "{e}");
}

#[test]
fn a_store_from_a_newer_comply_or_not_a_store_is_refused() {
    let path = temp("newer");
    tamper(
        &path,
        &format!("PRAGMA user_version = {}", migrations::LATEST + 1),
    );
    let e = Store::open(&path).err().unwrap().to_string();
    assert!(e.contains("use a newer comply"), "{e}");
    let junk = temp("junk");
    std::fs::write(
        &junk,
        "this is not a database, just text that is long enough to be a header....",
    )
    .unwrap();
    let e = Store::open(&junk).err().unwrap().to_string();
    assert!(e.contains("not a comply store"), "{e}");
    let _ = Status::Pass;
}

#[test]
fn a_scan_says_nothing_of_what_it_did_not_cover() {
    let path = temp("coverage");
    let mut s = Store::open(&path).unwrap();
    let both = ["eu-west-1", "us-east-1"];
    s.record(&scoped(
        "2026-01-01T00:00:00Z",
        &[
            ("S3-1", "a/eu-west-1", "fail"),
            ("S3-2", "b/us-east-1", "fail"),
        ],
        false,
        &["S3-1", "S3-2"],
        &both,
    ))
    .unwrap();
    // Only S3-1, only eu-west-1: S3-2 in us-east-1 is not gone.
    let r = s
        .record(&scoped(
            "2026-01-01T01:00:00Z",
            &[("S3-1", "a/eu-west-1", "fail")],
            false,
            &["S3-1"],
            &["eu-west-1"],
        ))
        .unwrap();
    assert_eq!(r.changes, 0);
    // The policy ran but the region was not scanned: still not gone.
    let r = s
        .record(&scoped(
            "2026-01-01T02:00:00Z",
            &[("S3-1", "a/eu-west-1", "fail")],
            false,
            &["S3-1", "S3-2"],
            &["eu-west-1"],
        ))
        .unwrap();
    assert_eq!(r.changes, 0);
    // Both covered, b not found: gone.
    let r = s
        .record(&scoped(
            "2026-01-01T03:00:00Z",
            &[("S3-1", "a/eu-west-1", "fail")],
            false,
            &["S3-1", "S3-2"],
            &both,
        ))
        .unwrap();
    assert_eq!(r.changes, 1);
    let h = s.history().unwrap();
    assert_eq!(h.changes.last().unwrap().status, GONE);
}

#[test]
fn a_period_counts_gaps_as_gaps_and_measures_the_window() {
    use crate::calendar::Date;
    let path = temp("period");
    let mut s = Store::open(&path).unwrap();
    s.record(&report(
        "2026-01-01T00:00:00Z",
        &[("S3-1", "a", "fail")],
        false,
    ))
    .unwrap();
    // An incomplete scan that saw nothing of eu-west-1, then one that failed outright.
    s.record(&scoped("2026-01-01T01:00:00Z", &[], true, &["S3-1"], &[]))
        .unwrap();
    s.record_failure("2026-01-01T02:00:00Z", "0.1.0", "credentials refused")
        .unwrap();
    s.record(&report(
        "2026-01-01T03:00:00Z",
        &[("S3-1", "a", "pass")],
        false,
    ))
    .unwrap();
    // Outside the period: the next day.
    s.record(&report(
        "2026-01-02T00:00:00Z",
        &[("S3-1", "a", "fail")],
        false,
    ))
    .unwrap();
    let h = s.history().unwrap();
    let chain = verify_history(&h, None);
    let day = Date::parse("2026-01-01").unwrap();
    let p = period::report(
        &h,
        &[],
        &chain,
        &period::PeriodOptions {
            from: day,
            to: day,
            frameworks: &[],
            store: "audit.db",
            tool: comply_reports::Tool {
                name: "comply".into(),
                version: "0.1.0".into(),
            },
        },
    )
    .unwrap();
    assert_eq!(
        (
            p.scans.total,
            p.scans.complete,
            p.scans.incomplete,
            p.scans.failed
        ),
        (4, 2, 1, 1)
    );
    assert_eq!(p.gaps.len(), 2);
    let c = &p.frameworks[0].controls[0];
    assert_eq!(c.control.id, "CC6.1");
    assert_eq!(
        (c.scans.failed, c.scans.gap, c.scans.passed),
        (1, 2, 1),
        "{:?}",
        c.scans
    );
    assert_eq!(c.verdict(), "failed");
    assert_eq!(
        p.windows.len(),
        1,
        "the next day's failure is outside the period"
    );
    let w = &p.windows[0];
    assert_eq!(w.first_seen, "2026-01-01T00:00:00Z");
    assert_eq!(w.resolved_at.as_deref(), Some("2026-01-01T03:00:00Z"));
    assert_eq!(
        (w.resolution.as_str(), w.duration_seconds),
        ("fixed", Some(10_800))
    );
    assert_eq!(c.remediation.median_seconds, Some(10_800));
    let manual = &p.frameworks[0].controls[1];
    assert_eq!(manual.verdict(), "manual");
    assert_eq!(manual.scans.total(), 0);
}
