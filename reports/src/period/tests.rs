use super::*;
use crate::{Automation, ControlGroup, ControlInfo, Tool};

/// A quarter: one bucket public for three hours (attributed), one open failure, a gap.
fn sample() -> PeriodReport {
    let window = |resource: &str, resolved: Option<(&str, i64)>, cause: bool| Window {
        policy_id: "AWS-S3-001".into(),
        title: "S3 bucket blocks public access".into(),
        severity: "high".into(),
        resource: resource.into(),
        account: Some("111122223333".into()),
        region: Some("eu-west-1".into()),
        first_seen: "2026-01-02T10:00:00Z".into(),
        first_seen_scan: 3,
        resolved_at: resolved.map(|(at, _)| at.to_string()),
        resolved_scan: resolved.map(|_| 6),
        resolution: if resolved.is_some() { "fixed" } else { "open" }.into(),
        duration_seconds: resolved.map(|(_, d)| d),
        caused_by: cause.then(|| crate::ChangeEvent {
            event_name: "PutBucketPolicy".into(),
            event_time: "2026-01-02T09:58:12Z".into(),
            principal: Some("arn:aws:iam::111122223333:user/mallory".into()),
            source_ip: Some("203.0.113.7".into()),
            event_id: "e-1".into(),
        }),
        controls: vec!["soc2/CC6.1".into()],
    };
    PeriodReport {
        tool: Tool {
            name: "comply".into(),
            version: "0.1.0".into(),
        },
        store: "audit.db".into(),
        from: "2026-01-01".into(),
        to: "2026-03-31".into(),
        chain: Chain {
            scans: 10,
            head: Some("ab".repeat(32)),
            intact: true,
            problems: vec![],
        },
        scans: ScanCounts {
            total: 10,
            complete: 8,
            incomplete: 1,
            failed: 1,
            first: Some("2026-01-02T07:00:00Z".into()),
            last: Some("2026-01-02T16:00:00Z".into()),
        },
        gaps: vec![
            Gap {
                scan: 4,
                scanned_at: "2026-01-02T11:00:00Z".into(),
                outcome: "incomplete".into(),
                errors: vec!["region `us-east-1`: throttled | retried".into()],
            },
            Gap {
                scan: 5,
                scanned_at: "2026-01-02T12:00:00Z".into(),
                outcome: "failed".into(),
                errors: vec!["credentials <refused>".into()],
            },
        ],
        frameworks: vec![PeriodFramework {
            id: "soc2".into(),
            name: "SOC 2".into(),
            version: "2017".into(),
            groups: vec![ControlGroup {
                id: "CC6".into(),
                title: "Logical and physical access".into(),
            }],
            controls: vec![
                PeriodControl {
                    control: ControlInfo {
                        id: "CC6.1".into(),
                        title: "Logical access security".into(),
                        group: Some("CC6".into()),
                        automation: Automation::Automated,
                        policies: vec!["AWS-S3-001".into()],
                    },
                    scans: ControlScans {
                        passed: 5,
                        failed: 3,
                        exception: 0,
                        unknown: 0,
                        gap: 2,
                        not_evaluated: 0,
                    },
                    windows: vec![0, 1],
                    remediation: Remediation {
                        resolved: 1,
                        open: 1,
                        waived: 0,
                        median_seconds: Some(10_800),
                        worst_seconds: Some(10_800),
                    },
                },
                PeriodControl {
                    control: ControlInfo {
                        id: "CC1.1".into(),
                        title: "Integrity and ethical values".into(),
                        group: None,
                        automation: Automation::Manual,
                        policies: vec![],
                    },
                    scans: ControlScans::default(),
                    windows: vec![],
                    remediation: Remediation::default(),
                },
            ],
        }],
        windows: vec![
            window(
                "arn:aws:s3:::public-bucket",
                Some(("2026-01-02T13:00:00Z", 10_800)),
                true,
            ),
            window("=cmd|' /C calc'!A0", None, false),
        ],
    }
}

fn text(format: PeriodFormat) -> String {
    String::from_utf8(render(&sample(), format)).unwrap()
}

#[test]
fn period_json() {
    let json = text(PeriodFormat::Json);
    let back: PeriodReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, sample(), "the JSON reads back as the report");
    insta::assert_snapshot!(json);
}

#[test]
fn period_markdown() {
    insta::assert_snapshot!(text(PeriodFormat::Markdown));
}

#[test]
fn period_html() {
    let html = text(PeriodFormat::Html);
    assert!(!html.contains("<script"));
    assert!(html.contains("credentials &lt;refused&gt;"));
    insta::assert_snapshot!(html);
}

#[test]
fn period_csv() {
    let csv = text(PeriodFormat::Csv);
    assert!(csv.contains(",'=cmd"), "a formula is made inert: {csv}");
    insta::assert_snapshot!(csv);
}

#[test]
fn verdicts_never_read_a_gap_as_a_pass() {
    let mut c = sample().frameworks[0].controls[0].clone();
    assert_eq!(c.verdict(), "failed");
    c.scans = ControlScans {
        gap: 3,
        ..Default::default()
    };
    c.remediation.open = 0;
    assert_eq!(c.verdict(), "gap");
    c.scans.passed = 7;
    assert_eq!(c.verdict(), "passed with gaps");
    c.scans.gap = 0;
    assert_eq!(c.verdict(), "passed");
    assert_eq!(c.scans.passed_per_mille(), Some(1000));
    assert_eq!(duration(10_800), "3 h 0 min");
    assert_eq!(duration(90_061), "1 d 1 h");
}
