//! A hand-built report with one finding of every kind the renderers treat apart.

use crate::*;
use std::collections::BTreeMap;

fn controls(pci: &[&str], soc2: &[&str]) -> Controls {
    Controls {
        pci_dss: pci.iter().map(|s| s.to_string()).collect(),
        soc2: soc2.iter().map(|s| s.to_string()).collect(),
        ..Controls::default()
    }
}

fn loc(file: &str, line: usize, column: usize) -> Location {
    Location {
        file: file.into(),
        line,
        column,
    }
}

pub fn finding(policy: &str, status: Status, severity: Severity, resource: &str) -> Finding {
    Finding {
        policy_id: policy.into(),
        title: format!("Title of {policy}").into(),
        status,
        severity,
        resource: resource.into(),
        kind: "aws_s3_bucket".into(),
        region: Some("eu-west-1".into()),
        account: None,
        themes: vec!["encryption".into()].into(),
        controls: controls(&["3.5.1"], &["CC6.1"]).into(),
        message: format!("{resource} is not compliant"),
        remediation: Some("Fix it.".into()),
        location: loc("plan.json", 10, 7),
        unknown: vec![],
        source: None,
        waiver: None,
        baselined: false,
        changed_by: None,
    }
}

fn policy(id: &str, title: &str, severity: Severity) -> PolicyInfo {
    PolicyInfo {
        id: id.into(),
        title: title.into(),
        description: Some(format!("Why {id} matters.")),
        severity,
        kinds: vec!["aws_s3_bucket".into()],
        themes: vec!["encryption".into(), "storage".into()],
        controls: controls(&["3.5.1", "3.6.1"], &["CC6.1"]),
        remediation: Some("Turn encryption on.".into()),
    }
}

fn waiver(policy: &str, resource: &str, expires: &str, origin: &str) -> Waiver {
    Waiver {
        policy: policy.into(),
        resource: resource.into(),
        reason: "Legacy bucket, migrating".into(),
        approved_by: Some("sec-team".into()),
        expires: expires.into(),
        ticket: Some("SEC-42".into()),
        origin: origin.into(),
    }
}

/// Fail with and without source, waived, unknown, error, pass, a baselined fail; policies,
/// waivers of each state and a baseline.
pub fn report() -> Report {
    let mut with_source = finding(
        "s3.encryption",
        Status::Fail,
        Severity::High,
        "aws_s3_bucket.logs",
    );
    with_source.source = Some(loc("infra/storage.tf", 12, 1));
    with_source.location = loc("plan.json", 120, 9);

    let mut no_source = finding(
        "rds.public",
        Status::Fail,
        Severity::Critical,
        "arn:aws:rds:eu-west-1:111122223333:db:main",
    );
    no_source.account = Some("111122223333".into());
    no_source.kind = "aws_db_instance".into();
    no_source.remediation = None;
    no_source.location = loc("config-snapshot.json", 0, 0);
    no_source.changed_by = Some(crate::ChangeEvent {
        event_name: "ModifyDBInstance".into(),
        event_time: "2026-11-30T22:14:05Z".into(),
        principal: Some("arn:aws:iam::111122223333:user/mallory".into()),
        source_ip: Some("198.51.100.23".into()),
        event_id: "0c6f3a5e-1".into(),
    });

    let mut low = finding(
        "s3.versioning",
        Status::Fail,
        Severity::Low,
        "aws_s3_bucket.tmp",
    );
    low.source = Some(loc("infra/storage.tf", 40, 1));

    let mut waived = finding(
        "s3.encryption",
        Status::Waived,
        Severity::High,
        "aws_s3_bucket.legacy",
    );
    waived.waiver = Some(waiver(
        "s3.encryption",
        "aws_s3_bucket.legacy",
        "2024-06-20",
        "comply.toml:12",
    ));

    let mut unknown = finding(
        "s3.versioning",
        Status::Unknown,
        Severity::Low,
        "aws_s3_bucket.new",
    );
    unknown.unknown = vec!["versioning.enabled".into()];
    unknown.message = "versioning is only known after apply".into();

    let mut error = finding(
        "rds.public",
        Status::Error,
        Severity::Critical,
        "aws_db_instance.replica",
    );
    error.message = "policy raised: undefined function".into();

    let pass = finding(
        "s3.encryption",
        Status::Pass,
        Severity::High,
        "aws_s3_bucket.ok",
    );

    let mut baselined = finding(
        "s3.encryption",
        Status::Fail,
        Severity::High,
        "aws_s3_bucket.old",
    );
    baselined.baselined = true;

    let mut report = Report {
        tool: Tool {
            name: "comply".into(),
            version: "0.1.0".into(),
        },
        summary: Summary {
            resources: 7,
            policies: 3,
            fail_on: Some(Severity::High),
            unmodeled: BTreeMap::new(),
            ..Summary::default()
        },
        inputs: vec![Input {
            file: "plan.json".into(),
            format: "terraform-plan".into(),
            sha256: "ab".repeat(32),
            resources: 7,
        }],
        policy_bundle_sha256: "cd".repeat(32),
        errors: vec!["region ap-south-1: AccessDenied".into()],
        findings: vec![
            pass,
            baselined,
            error,
            unknown,
            waived,
            low,
            no_source,
            with_source,
        ],
        evidence: vec![],
        policies: vec![
            policy(
                "rds.public",
                "RDS instances are not public",
                Severity::Critical,
            ),
            policy(
                "s3.encryption",
                "S3 buckets are encrypted at rest",
                Severity::High,
            ),
            policy("s3.versioning", "S3 buckets keep versions", Severity::Low),
        ],
        selection: Selection {
            policies: vec!["s3.*".into(), "rds.*".into()],
            ..Selection::default()
        },
        as_of: Some("2024-06-01".into()),
        waivers: vec![
            WaiverUse {
                waiver: waiver(
                    "s3.encryption",
                    "aws_s3_bucket.legacy",
                    "2024-06-20",
                    "comply.toml:12",
                ),
                state: WaiverState::Active,
                matched: 1,
            },
            WaiverUse {
                waiver: waiver("rds.*", "arn:aws:rds:*", "2024-05-01", "comply.toml:20"),
                state: WaiverState::Expired,
                matched: 1,
            },
            WaiverUse {
                waiver: waiver(
                    "s3.logging",
                    "aws_s3_bucket.gone",
                    "2025-01-01",
                    "infra/main.tf:4",
                ),
                state: WaiverState::Unused,
                matched: 0,
            },
        ],
        baseline: Some(BaselineUse {
            file: ".comply-baseline.json".into(),
            sha256: "ef".repeat(32),
            entries: 3,
            unchanged: 1,
            resolved: vec![
                BaselineEntry {
                    policy_id: "s3.encryption".into(),
                    resource: "aws_s3_bucket.deleted".into(),
                    account: None,
                    status: Status::Fail,
                },
                BaselineEntry {
                    policy_id: "s3.versioning".into(),
                    resource: "aws_s3_bucket.fixed".into(),
                    account: None,
                    status: Status::Fail,
                },
            ],
        }),
        scope: Scope {
            scanned_at: Some("2024-06-01T09:30:00Z".into()),
            settings: Some(SettingsFile {
                file: "comply.toml".into(),
                sha256: "12".repeat(32),
            }),
            accounts: vec!["111122223333".into()],
            regions: vec!["eu-west-1".into()],
        },
        frameworks: vec![
            framework(
                "pci-dss-4.0",
                "PCI DSS",
                "4.0.1",
                &[
                    ("3", "Stored account data is protected"),
                    ("8", "Users are identified and authenticated"),
                    ("10", "Access is logged and monitored"),
                ],
                &[
                    (
                        "3.5.1",
                        "3",
                        Automation::Automated,
                        &["rds.public", "s3.encryption"],
                    ),
                    ("3.6.1", "3", Automation::Partial, &["s3.encryption"]),
                    ("8.2.6", "8", Automation::Manual, &[]),
                    ("10.2.1", "10", Automation::Automated, &[]),
                ],
            ),
            framework(
                "soc2",
                "SOC 2",
                "2017 (2022 points of focus)",
                &[
                    ("CC1", "Control environment"),
                    ("CC6", "Logical and physical access controls"),
                ],
                &[
                    ("CC1.1", "CC1", Automation::Manual, &[]),
                    (
                        "CC6.1",
                        "CC6",
                        Automation::Automated,
                        &["s3.encryption", "s3.versioning"],
                    ),
                ],
            ),
        ],
    };
    report.finalize();
    report
}

type ControlRow<'a> = (&'a str, &'a str, Automation, &'a [&'a str]);

fn framework(
    id: &str,
    name: &str,
    version: &str,
    groups: &[(&str, &str)],
    controls: &[ControlRow<'_>],
) -> FrameworkInfo {
    FrameworkInfo {
        id: id.into(),
        name: name.into(),
        version: version.into(),
        publisher: "Publisher".into(),
        groups: groups
            .iter()
            .map(|(id, title)| ControlGroup {
                id: id.to_string(),
                title: title.to_string(),
            })
            .collect(),
        controls: controls
            .iter()
            .map(|(id, group, automation, policies)| ControlInfo {
                id: id.to_string(),
                title: format!("Control {id} in our words"),
                group: Some(group.to_string()),
                automation: *automation,
                policies: policies.iter().map(|p| p.to_string()).collect(),
            })
            .collect(),
    }
}

/// Strings that break naive XML, Markdown and JSON writers.
pub const HOSTILE: &str =
    "<script>alert(\"x\")</script> ]]> a|b & 'q' `tick` *bold* [l](u) \u{1b}[0m \u{0} é 🔥 日本";

/// The report with hostile text in every user-supplied string.
pub fn hostile() -> Report {
    let mut r = report();
    for f in &mut r.findings {
        f.resource = format!("{}{HOSTILE}", f.resource);
        f.message = format!("{HOSTILE}\nsecond line");
        f.title = HOSTILE.into();
        f.remediation = Some(HOSTILE.into());
        if let Some(w) = &mut f.waiver {
            w.reason = HOSTILE.into();
        }
    }
    for p in &mut r.policies {
        p.title = HOSTILE.into();
        p.description = Some(HOSTILE.into());
    }
    for w in &mut r.waivers {
        w.waiver.reason = HOSTILE.into();
        w.waiver.resource = HOSTILE.into();
    }
    r.errors.push(HOSTILE.into());
    r
}
