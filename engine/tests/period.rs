//! Scans over time into an evidence store, against the loopback AWS server: a bucket is made
//! public, then fixed. The period report shows the failure window (first seen, resolved,
//! duration) and the CloudTrail principal that made it public, looked up within CloudTrail's
//! two requests a second.

mod common;

use common::fake_aws::{two_region_items, FakeAws};
use common::*;
use comply::calendar::{parse_rfc3339_utc, rfc3339};
use serde_json::{json, Value};
use std::sync::atomic::Ordering;

const BUCKET: &str = "comply-parity-plain";
const MALLORY: &str = "arn:aws:iam::123456789012:user/mallory";

/// The parity items of eu-west-1, the bucket's public access block on or off.
fn items(public: bool) -> Vec<Value> {
    let mut items: Vec<Value> = two_region_items()
        .into_iter()
        .filter(|i| i["awsRegion"] == "eu-west-1")
        .collect();
    let bucket = items
        .iter_mut()
        .find(|i| i["resourceName"] == BUCKET)
        .expect("the parity bucket");
    let block = &mut bucket["supplementaryConfiguration"]["PublicAccessBlockConfiguration"];
    for flag in [
        "blockPublicAcls",
        "ignorePublicAcls",
        "blockPublicPolicy",
        "restrictPublicBuckets",
    ] {
        block[flag] = json!(!public);
    }
    items
}

/// A CloudTrail event on the bucket, as `LookupEvents` returns it.
fn event(id: &str, name: &str, at: i64, who: &str, read_only: bool) -> Value {
    json!({
        "EventId": id,
        "EventName": name,
        "ReadOnly": read_only.to_string(),
        "EventTime": at,
        "EventSource": "s3.amazonaws.com",
        "Username": who.rsplit('/').next().unwrap(),
        "Resources": [{"ResourceType": "AWS::S3::Bucket", "ResourceName": BUCKET}],
        "CloudTrailEvent": json!({
            "eventVersion": "1.09", "eventID": id, "eventName": name, "awsRegion": "eu-west-1",
            "eventTime": rfc3339(at), "sourceIPAddress": "198.51.100.23", "readOnly": read_only,
            "userIdentity": {"type": "IAMUser", "arn": who, "accountId": "123456789012"}
        }).to_string()
    })
}

/// One scan at `at` of what the account looks like then, into each store (a server each, so
/// that each scan's lookups are paced on their own); the first store's report.
fn scan_at(stores: &[String], at: i64, public: bool, events: Vec<Value>) -> (Value, usize) {
    let mut first = None;
    let mut too_fast = 0;
    for store in stores {
        let (report, n) = scan_one(store, at, public, events.clone());
        first.get_or_insert(report);
        too_fast += n;
    }
    (first.unwrap(), too_fast)
}

fn scan_one(store: &str, at: i64, public: bool, events: Vec<Value>) -> (Value, usize) {
    let server = FakeAws::start_with_events(items(public), events);
    let epoch = at.to_string();
    let mut env = FAKE_AWS.to_vec();
    env.push(("SOURCE_DATE_EPOCH", &epoch));
    let out = comply_env(
        &[
            "scan",
            "--aws",
            "--endpoint-url",
            &server.url,
            "--regions",
            "eu-west-1",
            "--config",
            SETTINGS,
            "--quiet",
            "--max-attempts",
            "2",
            "--policy",
            "AWS-S3-*",
            "--format",
            "json",
            "--fail-on",
            "none",
            "--store",
            store,
        ],
        &env,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("stored scan"), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    (report, server.lookups_too_fast.load(Ordering::SeqCst))
}

fn bucket_finding(report: &Value) -> &Value {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["policy_id"] == "AWS-S3-002" && f["resource"].as_str().unwrap().ends_with(BUCKET)
        })
        .expect("the bucket's public access finding")
}

#[test]
fn the_period_report_shows_a_public_bucket_window_and_who_opened_it() {
    let file = temp_store("period");
    let server_store = common::postgres::fresh_database("period");
    let stores = [file.clone(), server_store.clone()];
    let store = file.as_str();
    let t0 = parse_rfc3339_utc("2026-01-05T08:00:00Z").unwrap();
    let hour = 3600;
    let opened = t0 + 50 * 60;
    let read = event(
        "ev-read",
        "GetBucketAcl",
        t0 + 55 * 60,
        "arn:aws:iam::123456789012:user/auditor",
        true,
    );
    let open = event(
        "ev-open",
        "PutBucketPublicAccessBlock",
        opened,
        MALLORY,
        false,
    );
    let fix = event(
        "ev-fix",
        "PutBucketPublicAccessBlock",
        t0 + 2 * hour + 50 * 60,
        "arn:aws:iam::123456789012:role/ops",
        false,
    );

    let mut too_fast = 0;
    let (r1, n) = scan_at(&stores, t0, false, vec![]);
    too_fast += n;
    assert_eq!(bucket_finding(&r1)["status"], "pass");
    // Made public at 08:50; the 09:00 scan sees it and asks CloudTrail who.
    let (r2, n) = scan_at(&stores, t0 + hour, true, vec![read.clone(), open.clone()]);
    too_fast += n;
    let f = bucket_finding(&r2);
    assert_eq!(f["status"], "fail");
    assert_eq!(f["changed_by"]["principal"], MALLORY, "{f:#}");
    assert_eq!(f["changed_by"]["event_name"], "PutBucketPublicAccessBlock");
    assert_eq!(f["changed_by"]["source_ip"], "198.51.100.23");
    let (r3, n) = scan_at(
        &stores,
        t0 + 2 * hour,
        true,
        vec![read.clone(), open.clone()],
    );
    too_fast += n;
    assert_eq!(
        bucket_finding(&r3)["changed_by"]["principal"],
        MALLORY,
        "from the store's cache"
    );
    // Fixed at 10:50.
    let (r4, n) = scan_at(&stores, t0 + 3 * hour, false, vec![read, open, fix]);
    too_fast += n;
    assert_eq!(bucket_finding(&r4)["status"], "pass");
    assert_eq!(
        too_fast, 0,
        "never faster than CloudTrail's 2 lookups a second"
    );

    let out = comply(&[
        "report",
        "--store",
        store,
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--framework",
        "soc2",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let period: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(period["scans"]["total"], 4);
    assert_eq!(period["chain"]["intact"], true);
    let windows = period["windows"].as_array().unwrap();
    let w = windows
        .iter()
        .find(|w| {
            w["policy_id"] == "AWS-S3-002" && w["resource"].as_str().unwrap().ends_with(BUCKET)
        })
        .unwrap_or_else(|| panic!("no window for the bucket: {windows:#?}"));
    assert_eq!(w["first_seen"], "2026-01-05T09:00:00Z");
    assert_eq!(w["resolved_at"], "2026-01-05T11:00:00Z");
    assert_eq!(w["resolution"], "fixed");
    assert_eq!(w["duration_seconds"], 2 * hour);
    assert_eq!(w["caused_by"]["principal"], MALLORY);
    assert_eq!(w["caused_by"]["event_time"], rfc3339(opened));
    assert_eq!(w["caused_by"]["event_id"], "ev-open");
    // The window counts against the policy's SOC 2 controls: failed in 2 of 4 scans.
    let soc2 = &period["frameworks"][0];
    assert_eq!(soc2["id"], "soc2");
    let cc66 = soc2["controls"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "CC6.6")
        .unwrap();
    let i = windows.iter().position(|x| x == w).unwrap();
    assert!(
        cc66["windows"].as_array().unwrap().contains(&json!(i)),
        "{cc66:#}"
    );
    assert!(cc66["scans"]["failed"].as_u64().unwrap() >= 2, "{cc66:#}");

    let md = comply(&[
        "report",
        "--store",
        store,
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--framework",
        "soc2",
        "--format",
        "markdown",
    ]);
    let md = stdout(&md);
    assert!(
        md.contains("2026-01-05T11:00:00Z (fixed, 2 h 0 min)"),
        "{md}"
    );
    assert!(
        md.contains(&format!("`PutBucketPublicAccessBlock` by `{MALLORY}`")),
        "{md}"
    );

    // The same period report from SQLite and from PostgreSQL, byte for byte but the store's name.
    for format in ["json", "markdown", "html", "csv"] {
        let render = |s: &str| {
            let out = comply(&[
                "report",
                "--store",
                s,
                "--from",
                "2026-01-01",
                "--to",
                "2026-03-31",
                "--format",
                format,
            ]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            let (_, db) = server_store.rsplit_once('/').unwrap();
            stdout(&out)
                .replace(s, "STORE")
                .replace(
                    &format!(
                        "postgres://comply@{}",
                        server_store.split('@').nth(1).unwrap()
                    ),
                    "STORE",
                )
                .replace(db, "STORE")
        };
        let (from_file, from_server) = (render(&file), render(&server_store));
        assert!(from_file.len() > 1000, "{format}: {from_file}");
        assert_eq!(
            from_file, from_server,
            "{format} differs between SQLite and PostgreSQL"
        );
    }

    // Drift between stored scans: the bucket's failure is new in scan 2, resolved in scan 4.
    let diff = |a: &str, b: &str| -> Value {
        let out = comply(&["store", "diff", store, a, b, "--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let is_bucket = |f: &Value| {
        f["policy_id"] == "AWS-S3-002" && f["resource"].as_str().unwrap().ends_with(BUCKET)
    };
    let d = diff("1", "2");
    assert!(d["new"].as_array().unwrap().iter().any(is_bucket), "{d:#}");
    let d = diff("2", "3");
    assert!(
        d["still_open"].as_array().unwrap().iter().any(is_bucket),
        "{d:#}"
    );
    assert!(d["new"].as_array().unwrap().is_empty(), "{d:#}");
    let d = diff("3", "4");
    let fixed = d["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| is_bucket(f))
        .cloned();
    assert_eq!(fixed.unwrap()["now"], "pass", "{d:#}");
    let out = comply(&["store", "diff", store, "1", "9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no scan 9"), "{}", stderr(&out));
}
