//! The pre-merge gate on the scenario of `fixtures/gate/` (real plans of one workspace against
//! moto, `fixtures/gate/regen.sh`): waivers in force, expired, unused and inline; findings at
//! their `.tf` line through a local module called twice; baselines; `--changed-only`; policy
//! selection; SARIF fingerprints that survive reordering.

mod common;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const ESTATE: &str = "fixtures/gate/estate/plan.json";
const PR: &str = "fixtures/gate/pull-request/plan.json";
const GATE_SETTINGS: &str = "fixtures/gate/comply.toml";
/// The day the scenario is judged on: the first waiver has expired, the others are in force.
const AS_OF: &str = "2026-12-02";

fn gate(inputs: &[&str], extra: &[&str]) -> (Option<i32>, Value, String) {
    let mut args = vec!["scan", "--format", "json", "--config", GATE_SETTINGS];
    if !extra.contains(&"--as-of") {
        args.extend(["--as-of", AS_OF]);
    }
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    let out = comply(&args);
    let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), report, stderr(&out))
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings")
}

fn find<'a>(report: &'a Value, policy: &str, resource: &str) -> &'a Value {
    findings(report)
        .iter()
        .find(|f| f["policy_id"] == policy && f["resource"] == resource)
        .unwrap_or_else(|| panic!("no finding {policy} {resource}"))
}

/// The line of `file` (repository-relative) where `needle` starts a line: found by reading the
/// file, not by asking comply.
fn line_of(file: &str, needle: &str) -> usize {
    let hits = lines_of(file, needle);
    assert_eq!(hits.len(), 1, "`{needle}` in {file}: {hits:?}");
    hits[0]
}

fn lines_of(file: &str, needle: &str) -> Vec<usize> {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with(needle))
        .map(|(i, _)| i + 1)
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("comply-gate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_scenario_gets_waivers_statuses_and_tf_lines_right() {
    let (code, report, err) = gate(&[ESTATE], &[]);
    // The expired waiver no longer waives the legacy bucket's public access: high, exit 1.
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(report["as_of"], AS_OF);

    let rds = find(&report, "AWS-RDS-001", "aws_db_instance.reports");
    assert_eq!(rds["status"], "waived");
    assert_eq!(rds["waiver"]["approved_by"], "ciso@acme.example");
    assert_eq!(rds["waiver"]["ticket"], "SEC-398");
    assert_eq!(rds["waiver"]["expires"], "2027-02-28");
    assert_eq!(
        rds["waiver"]["origin"],
        format!(
            "{GATE_SETTINGS}:{}",
            lines_of(GATE_SETTINGS, "[[waiver]]")[0]
        )
    );
    let legacy = find(&report, "AWS-S3-002", "aws_s3_bucket.legacy_exports");
    assert_eq!(legacy["status"], "fail");
    assert!(legacy.get("waiver").is_none());
    // The inline waiver on the module's bucket block waives both instances of the module.
    let module = "fixtures/gate/estate/modules/bucket/bucket.tf";
    let comment = line_of(module, "# comply:waive AWS-S3-003");
    for bucket in [
        "module.statements.aws_s3_bucket.this",
        "module.audit_logs.aws_s3_bucket.this",
    ] {
        let f = find(&report, "AWS-S3-003", bucket);
        assert_eq!(f["status"], "waived", "{bucket}");
        assert_eq!(f["waiver"]["origin"], format!("{module}:{comment}"));
        assert_eq!(f["waiver"]["ticket"], "SEC-412");
        // Other policies on the same block are not waived.
        assert_eq!(find(&report, "AWS-S3-005", bucket)["status"], "fail");
    }
    // The same policy on a bucket outside the module is not waived by it.
    assert_eq!(
        find(&report, "AWS-S3-003", "aws_s3_bucket.legacy_exports")["status"],
        "fail"
    );

    // What each waiver did.
    let waivers: Vec<(String, String, u64)> = report["waivers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["policy"].as_str().unwrap().to_string(),
                w["state"].as_str().unwrap().to_string(),
                w["matched"].as_u64().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, String, u64)> = [
        ("AWS-RDS-001", "active", 1),
        ("AWS-S3-002", "expired", 1),
        ("AWS-EC2-003", "unused", 0),
        ("AWS-S3-003", "active", 2),
    ]
    .iter()
    .map(|(p, s, n)| (p.to_string(), s.to_string(), *n))
    .collect();
    assert_eq!(waivers, want);
    assert_eq!(report["summary"]["waived"], 3);

    // Every finding on a resource is at the `.tf` block that declares it; the summaries
    // (account, region) are made from the whole plan and have none.
    let mut located = 0;
    for f in findings(&report) {
        let resource = f["resource"].as_str().unwrap();
        if resource == "account" || resource.starts_with("account/") {
            assert!(f.get("source").is_none(), "{f}");
            continue;
        }
        let source = &f["source"];
        let file = source["file"].as_str().unwrap_or_else(|| panic!("{f}"));
        let line = source["line"].as_u64().unwrap() as usize;
        let parts: Vec<&str> = resource.split('.').collect();
        let (ty, name) = (parts[parts.len() - 2], parts[parts.len() - 1]);
        assert_eq!(
            line,
            line_of(file, &format!("resource \"{ty}\" \"{name}\"")),
            "{resource} in {file}"
        );
        let want_file = if resource.starts_with("module.") {
            module
        } else {
            "fixtures/gate/estate/estate.tf"
        };
        assert_eq!(file, want_file, "{resource}");
        // The place in the plan stays beside it.
        assert_eq!(f["location"]["file"], ESTATE);
        located += 1;
    }
    assert!(located >= 20, "{located}");
}

#[test]
fn waivers_follow_the_day_they_are_judged_on() {
    // Before the legacy waiver expired: nothing high is left failing.
    let (code, report, err) = gate(&[ESTATE], &["--as-of", "2026-09-01"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        find(&report, "AWS-S3-002", "aws_s3_bucket.legacy_exports")["status"],
        "waived"
    );
    // The day after the inline waiver's expiry: the module buckets fail again.
    let (_, report, _) = gate(&[ESTATE], &["--as-of", "2027-04-01"]);
    assert_eq!(
        find(
            &report,
            "AWS-S3-003",
            "module.statements.aws_s3_bucket.this"
        )["status"],
        "fail"
    );
    // Refused when a waiver is too far ahead, naming its place.
    let (code, _, err) = gate(&[ESTATE], &["--max-waiver-days", "30"]);
    assert_eq!(code, Some(2), "{err}");
    let line = lines_of(GATE_SETTINGS, "[[waiver]]")[0];
    assert!(
        err.contains(&format!(
            "{GATE_SETTINGS}:{line}: waiver of `AWS-RDS-001` expires `2027-02-28`, 88 days after 2026-12-02: at most 30"
        )),
        "{err}"
    );
}

#[test]
fn a_waiver_without_reason_or_expiry_is_an_error_at_its_line() {
    let dir = temp_dir("bad-waiver");
    for (body, problem) in [
        (
            "policy = \"AWS-S3-002\"\nresource = \"*\"\nexpires = 2027-01-01\n",
            "waiver of `AWS-S3-002` has no `reason`",
        ),
        (
            "policy = \"AWS-S3-002\"\nresource = \"*\"\nreason = \"x\"\n",
            "waiver of `AWS-S3-002` has no `expires`",
        ),
        (
            "policy = \"AWS-S3-002\"\nresource = \"*\"\nreason = \"x\"\nexpires = \"2027-02-30\"\n",
            "expires `2027-02-30` is not a date",
        ),
        (
            "policy = \"AWS-S3-002\"\nresource = \"*\"\nreason = \"x\"\nexpires = 2027-01-01\nowner = \"me\"\n",
            "unknown field `owner`",
        ),
    ] {
        let settings = dir.join("comply.toml");
        std::fs::write(&settings, format!("# settings\n\n[[waiver]]\n{body}")).unwrap();
        let s = settings.to_str().unwrap();
        let out = comply(&["scan", "--config", s, "--as-of", AS_OF, ESTATE]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(&format!("{s}:")), "{err}");
        assert!(err.contains(problem), "{err}");
        if !problem.starts_with("unknown field") {
            assert!(err.contains(&format!("{s}:3: ")), "{err}");
        }
    }
}

#[test]
fn a_baseline_gates_only_what_the_pull_request_adds() {
    let dir = temp_dir("baseline");
    let baseline = dir.join("baseline.json");
    let b = baseline.to_str().unwrap();
    let out = comply(&[
        "baseline",
        "create",
        "--config",
        GATE_SETTINGS,
        "--as-of",
        AS_OF,
        ESTATE,
        "-o",
        b,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let file: Value = serde_json::from_slice(&std::fs::read(&baseline).unwrap()).unwrap();
    assert_eq!(file["comply_baseline"], 1);
    assert!(findings(&file)
        .iter()
        .any(|e| e["policy_id"] == "AWS-S3-002" && e["status"] == "fail"));

    // The estate against its own baseline: nothing new, exit 0.
    let (code, report, err) = gate(&[ESTATE], &["--baseline", b]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(report["summary"]["fail"], 0);
    assert!(report["summary"]["baselined"].as_u64().unwrap() > 10);
    assert_eq!(report["baseline"]["resolved"], serde_json::json!([]));

    // The pull request: exactly the SSH rule's finding, at the rule's line.
    let (code, report, err) = gate(&[PR], &["--baseline", b]);
    assert_eq!(code, Some(1), "{err}");
    let new: Vec<(&str, &str)> = findings(&report)
        .iter()
        .filter(|f| f["status"] == "fail" && f.get("baselined").is_none())
        .map(|f| {
            (
                f["policy_id"].as_str().unwrap(),
                f["resource"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(new, vec![("AWS-EC2-003", "aws_security_group.shared")]);
    assert_eq!(report["summary"]["fail"], 1);
    let ssh = find(&report, "AWS-EC2-003", "aws_security_group.shared");
    let rule = "fixtures/gate/pull-request/pull-request.tf";
    assert_eq!(ssh["source"]["file"], rule);
    assert_eq!(
        ssh["source"]["line"],
        line_of(
            rule,
            "resource \"aws_security_group_rule\" \"ssh_from_anywhere\""
        )
    );

    // An earlier JSON report serves as the baseline just the same.
    let (_, estate_report, _) = gate(&[ESTATE], &[]);
    let as_report = dir.join("estate-report.json");
    std::fs::write(&as_report, serde_json::to_vec(&estate_report).unwrap()).unwrap();
    let (code, report2, _) = gate(&[PR], &["--baseline", as_report.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert_eq!(report2["summary"], report["summary"]);

    // The other way round: the pull request's finding is resolved by the estate.
    let pr_baseline = dir.join("pr-baseline.json");
    let out = comply(&[
        "baseline",
        "create",
        "--config",
        GATE_SETTINGS,
        "--as-of",
        AS_OF,
        PR,
        "-o",
        pr_baseline.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (code, report, _) = gate(&[ESTATE], &["--baseline", pr_baseline.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    let resolved = report["baseline"]["resolved"].as_array().unwrap();
    assert_eq!(resolved.len(), 1, "{resolved:?}");
    assert_eq!(resolved[0]["policy_id"], "AWS-EC2-003");

    // A file that is not a baseline is an input error naming it.
    let (code, _, err) = gate(&[PR], &["--baseline", GATE_SETTINGS]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(GATE_SETTINGS) && err.contains("not a comply baseline"),
        "{err}"
    );
}

#[test]
fn changed_only_judges_what_the_plan_changes() {
    let (code, report, err) = gate(&[PR], &["--changed-only"]);
    assert_eq!(code, Some(1), "{err}");
    let resources: std::collections::BTreeSet<&str> = findings(&report)
        .iter()
        .map(|f| f["resource"].as_str().unwrap())
        .collect();
    // The group the new rule changes, and the summaries of the account and region it is in.
    assert_eq!(
        resources.into_iter().collect::<Vec<_>>(),
        vec!["account", "account/eu-west-1", "aws_security_group.shared"]
    );
    // The database, the VPC and the three buckets stay as they are.
    assert_eq!(report["summary"]["unchanged"], 5);
    assert_eq!(report["selection"]["changed_only"], true);
    // The estate's plan changes nothing.
    let (code, report, _) = gate(&[ESTATE], &["--changed-only"]);
    assert_eq!(code, Some(0));
    assert_eq!(report["summary"]["findings"], 0);
    // Live state has no changes to judge.
    let out = comply(&[
        "scan",
        "--changed-only",
        "fixtures/config/parity/snapshot.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`--changed-only` needs a Terraform plan"));
}

#[test]
fn policies_and_findings_are_selected() {
    let ids = |report: &Value| -> std::collections::BTreeSet<String> {
        findings(report)
            .iter()
            .map(|f| f["policy_id"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, report, _) = gate(
        &[ESTATE],
        &["--policy", "aws-s3-*", "--skip-policy", "AWS-S3-005"],
    );
    let got = ids(&report);
    assert!(got.iter().all(|p| p.starts_with("AWS-S3-")), "{got:?}");
    assert!(got.contains("AWS-S3-002") && !got.contains("AWS-S3-005"));
    assert!(report["policies"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["id"].as_str().unwrap().starts_with("AWS-S3-")));
    assert_eq!(
        report["selection"]["skipped"],
        serde_json::json!(["AWS-S3-005"])
    );

    // Only policies mapped to GDPR: every finding carries a GDPR article.
    let (_, report, _) = gate(&[ESTATE], &["--framework", "gdpr"]);
    assert!(findings(&report)
        .iter()
        .all(|f| !f["controls"]["gdpr"].as_array().unwrap().is_empty()));
    assert!(report["summary"]["policies"].as_u64().unwrap() < 126);

    // At or above high only.
    let (_, report, _) = gate(&[ESTATE], &["--severity", "high"]);
    assert!(findings(&report)
        .iter()
        .all(|f| f["severity"] == "high" || f["severity"] == "critical"));

    // --soft-fail never fails; a typo is an error, not an empty selection.
    let (code, _, _) = gate(&[ESTATE], &["--soft-fail"]);
    assert_eq!(code, Some(0));
    let (code, _, err) = gate(&[ESTATE], &["--policy", "AWS-S3-0O2"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("`AWS-S3-0O2` matches no policy"), "{err}");

    // Settings: a disabled policy, a severity override, the gate's defaults.
    let dir = temp_dir("select");
    let settings = dir.join("comply.toml");
    std::fs::write(
        &settings,
        "[policies]\ndisabled = [\"AWS-S3-002\"]\n[policies.severity]\n\"AWS-RDS-001\" = \"critical\"\n[gate]\nfail_on = \"critical\"\n",
    )
    .unwrap();
    let s = settings.to_str().unwrap();
    let out = comply(&["scan", "--format", "json", "--config", s, ESTATE]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!ids(&report).contains("AWS-S3-002"));
    assert_eq!(
        find(&report, "AWS-RDS-001", "aws_db_instance.reports")["severity"],
        "critical"
    );
    assert_eq!(report["summary"]["fail_on"], "critical");
    assert_eq!(
        report["selection"]["severity_overrides"]["AWS-RDS-001"],
        "critical"
    );
}

#[test]
fn a_stored_report_renders_as_the_scan_did() {
    let dir = temp_dir("report");
    let json = dir.join("report.json");
    let out = comply(&[
        "scan",
        "--config",
        GATE_SETTINGS,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "-o",
        json.to_str().unwrap(),
        PR,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let direct = comply(&["scan", "--config", GATE_SETTINGS, "--as-of", AS_OF, PR]);
    let again = comply(&["report", json.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(stdout(&again), stdout(&direct));
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"tool\": 1}").unwrap();
    let out = comply(&["report", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a comply JSON report"),
        "{}",
        stderr(&out)
    );
}

/// Reverses the order of every list of resources in a plan.
fn reordered(plan: &Path, to: &Path) {
    let mut v: Value = serde_json::from_slice(&std::fs::read(plan).unwrap()).unwrap();
    if let Some(rc) = v["resource_changes"].as_array_mut() {
        rc.reverse();
    }
    fn reverse_modules(m: &mut Value) {
        if let Some(r) = m["resources"].as_array_mut() {
            r.reverse();
        }
        if let Some(children) = m["child_modules"].as_array_mut() {
            children.reverse();
            children.iter_mut().for_each(reverse_modules);
        }
    }
    reverse_modules(&mut v["planned_values"]["root_module"]);
    reverse_modules(&mut v["prior_state"]["values"]["root_module"]);
    std::fs::write(to, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

#[test]
fn sarif_fingerprints_survive_reordering() {
    let dir = temp_dir("sarif");
    let shuffled = dir.join("reordered.plan.json");
    reordered(&root().join(PR), &shuffled);
    let sarif = |plan: &str| -> Vec<(String, String, String)> {
        let out = comply(&[
            "scan",
            "--config",
            GATE_SETTINGS,
            "--as-of",
            AS_OF,
            "--source-dir",
            "fixtures/gate/pull-request",
            "--format",
            "sarif",
            plan,
        ]);
        assert!(out.status.code() == Some(1), "{}", stderr(&out));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut got: Vec<(String, String, String)> = v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap().to_string(),
                    r["partialFingerprints"]["comply/v1"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                    // The account and region summaries are at the plan, which is elsewhere.
                    match r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                        .as_str()
                        .unwrap()
                    {
                        uri if uri.ends_with(".json") => "the plan".to_string(),
                        uri => uri.to_string(),
                    },
                )
            })
            .collect();
        got.sort();
        got
    };
    let a = sarif(PR);
    let b = sarif(shuffled.to_str().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!a.is_empty());
    assert_eq!(a, b);
}
