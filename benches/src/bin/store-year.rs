//! A year of hourly scans of an estate in the evidence store: how big the store grows and how
//! long the period report and verification take. Findings are synthetic (the store keeps what
//! a scan reports, whatever made it): `--resources` resources, three policies each, and
//! `--churn` findings changing status every hour (a deterministic sequence).
//!
//! cargo run -p comply-benches --release --bin store-year -- --scans 8760 --resources 10000 \
//!     --store /tmp/year.db

use comply::reports::Report;

// The allocator the comply binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use comply::store::{period, verify_history, Store};
use serde_json::json;
use std::time::Instant;

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn text_arg(name: &str, default: &str) -> String {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| default.to_string())
}

const POLICIES: [(&str, &str); 3] = [
    ("AWS-S3-001", "CC6.1"),
    ("AWS-S3-002", "CC6.6"),
    ("AWS-S3-003", "CC6.7"),
];

fn base(resources: u64) -> Report {
    let mut findings = Vec::new();
    for r in 0..resources {
        for (p, _) in POLICIES {
            findings.push(json!({
                "policy_id": p, "title": format!("{p} title"), "status": "pass", "severity": "high",
                "resource": format!("arn:aws:s3:::bucket-{r:05}"), "kind": "AWS::S3::Bucket",
                "region": "eu-west-1", "account": "111122223333", "themes": ["encryption"],
                "controls": {"pci-dss-4.0": [], "gdpr": [], "soc2": [], "iso27001-2022": []},
                "message": format!("bucket-{r:05} is compliant"), "remediation": "Turn it on.",
                "location": {"file": "aws-config:eu-west-1", "line": 0, "column": 0}
            }));
        }
    }
    let policies: Vec<_> = POLICIES
        .iter()
        .map(|(p, _)| json!({"id": p, "title": p, "severity": "high", "kinds": ["AWS::S3::Bucket"], "themes": [],
            "controls": {"pci-dss-4.0": [], "gdpr": [], "soc2": [], "iso27001-2022": []}}))
        .collect();
    let controls: Vec<_> = POLICIES
        .iter()
        .map(|(p, c)| json!({"id": c, "title": c, "automation": "automated", "policies": [p]}))
        .collect();
    serde_json::from_value(json!({
        "tool": {"name": "comply", "version": "0.1.0"},
        "summary": {"resources": resources, "policies": 3, "findings": 0, "pass": 0, "fail": 0, "unknown": 0,
                    "waived": 0, "error": 0, "fail_by_severity": {}, "deleted": 0, "partial": 0,
                    "unmodeled": {}, "fail_on": null, "incomplete": false},
        "inputs": [], "policy_bundle_sha256": "ab".repeat(32), "errors": [], "findings": findings,
        "policies": policies,
        "frameworks": [{"id": "soc2", "name": "SOC 2", "version": "2017", "publisher": "AICPA", "groups": [], "controls": controls}],
        "scope": {"accounts": ["111122223333"], "regions": ["eu-west-1"]}
    }))
    .expect("a report")
}

fn main() {
    let scans = arg("--scans", 8760);
    let resources = arg("--resources", 10_000);
    let churn = arg("--churn", 30);
    let path = text_arg("--store", "/tmp/comply-store-year.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{path}{suffix}"));
    }
    let mut store = Store::open(&path).expect("store");
    let mut report = base(resources);
    let n = report.findings.len() as u64;
    let start = 1_767_225_600i64; // 2026-01-01T00:00:00Z
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let began = Instant::now();
    let mut last_100 = Instant::now();
    let mut changes = 0usize;
    for s in 0..scans {
        if s > 0 {
            for _ in 0..churn {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let f = &mut report.findings[((seed >> 33) % n) as usize];
                f.status = match f.status {
                    comply::reports::Status::Pass => comply::reports::Status::Fail,
                    _ => comply::reports::Status::Pass,
                };
            }
        }
        report.scope.scanned_at = Some(comply::calendar::rfc3339(start + s as i64 * 3600));
        let r = store.record(&report).expect("record");
        changes += r.changes;
        if (s + 1) % 1000 == 0 {
            eprintln!(
                "{} scans, {changes} changes, last 1000 in {:.1} s",
                s + 1,
                last_100.elapsed().as_secs_f64()
            );
            last_100 = Instant::now();
        }
    }
    let write = began.elapsed().as_secs_f64();
    drop(store);
    let size: u64 = ["", "-wal"]
        .iter()
        .filter_map(|s| std::fs::metadata(format!("{path}{s}")).ok())
        .map(|m| m.len())
        .sum();
    let mut store = Store::open(&path).expect("store");
    let t = Instant::now();
    let history = store.history().expect("history");
    let read = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let chain = verify_history(&history, None);
    let verify = t.elapsed().as_secs_f64();
    assert!(chain.problems.is_empty(), "{:?}", chain.problems);
    let t = Instant::now();
    let year = period::report(
        &history,
        &[],
        &chain,
        &period::PeriodOptions {
            from: comply::calendar::Date::parse("2026-01-01").unwrap(),
            to: comply::calendar::Date::parse("2026-12-31").unwrap(),
            frameworks: &[],
            store: &path,
            tool: comply::reports::Tool {
                name: "comply".into(),
                version: "0.1.0".into(),
            },
        },
    )
    .expect("period");
    let period_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let html = comply::reports::period::render(&year, comply::reports::period::PeriodFormat::Html);
    let render = t.elapsed().as_secs_f64();
    println!(
        "scans {scans}, findings per scan {n}, churn {churn}/scan, changes stored {changes}, windows {}",
        year.windows.len()
    );
    println!("store {:.1} MB ({} bytes)", size as f64 / 1e6, size);
    println!(
        "writing all scans {write:.1} s ({:.1} ms a scan)",
        write * 1000.0 / scans as f64
    );
    println!("reading the history {read:.2} s, verifying the chain {verify:.2} s, the year's period report {period_s:.2} s, its HTML {render:.2} s ({} KB)", html.len() / 1000);
}
