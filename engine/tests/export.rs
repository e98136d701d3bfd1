//! `comply export securityhub` against moto's Security Hub on loopback (real SDK, real HTTP):
//! every finding arrives, in batches of at most 100; a second export after a fix updates the
//! same findings (one now PASSED) and duplicates none. The loopback fake refuses chosen findings,
//! which moto never does: each is named and the export exits 3.

mod common;

use common::fake_aws::{FakeAws, Faults};
use common::moto::{block_on, Moto, ACCOUNT};
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const FIXED_BUCKET: &str = "comply-kinds-bucket-logs";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("comply-export-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The kinds' AWS Config items (one account, real-shaped ARNs), copied into `dir`; with `fix`,
/// the logs bucket has versioning turned on, as it would after the fix.
fn config_inputs(dir: &Path, fix: bool) -> Vec<String> {
    let mut out = Vec::new();
    std::fs::create_dir_all(dir).unwrap();
    let kinds = root().join("fixtures/kinds");
    let mut names: Vec<_> = std::fs::read_dir(&kinds)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let src = kinds.join(&name).join("config.json");
        if !src.is_file() {
            continue;
        }
        let mut v: Value = serde_json::from_slice(&std::fs::read(&src).unwrap()).unwrap();
        if fix {
            for item in v["configurationItems"].as_array_mut().into_iter().flatten() {
                if item["resourceName"] == FIXED_BUCKET {
                    item["supplementaryConfiguration"]["BucketVersioningConfiguration"]["status"] =
                        "Enabled".into();
                }
            }
        }
        let to = dir.join(format!("{name}.json"));
        std::fs::write(&to, serde_json::to_vec(&v).unwrap()).unwrap();
        out.push(to.display().to_string());
    }
    out
}

fn scan_to(dir: &Path, fix: bool, name: &str) -> (PathBuf, Value) {
    let inputs = config_inputs(&dir.join(name), fix);
    let report = dir.join(format!("{name}.json"));
    let mut args = vec!["scan", "--format", "json", "--fail-on", "none", "-o"];
    let r = report.display().to_string();
    args.push(&r);
    args.extend(inputs.iter().map(String::as_str));
    let out = comply(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    (report, v)
}

fn env_for(url: &str) -> Vec<(&'static str, String)> {
    let mut env: Vec<(&'static str, String)> =
        FAKE_AWS.iter().map(|(k, v)| (*k, v.to_string())).collect();
    env.push(("AWS_ENDPOINT_URL_SECURITYHUB", url.to_string()));
    env.push(("AWS_ENDPOINT_URL_STS", url.to_string()));
    env
}

fn export(report: &Path, env: &[(&'static str, String)], extra: &[&str]) -> (Option<i32>, String) {
    let r = report.display().to_string();
    let mut args = vec!["export", "securityhub", &r, "--max-attempts", "2"];
    args.extend_from_slice(extra);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let out = comply_env(&args, &env);
    (out.status.code(), stderr(&out))
}

/// Id -> compliance status of every finding moto's Security Hub holds.
fn held(moto: &Moto) -> BTreeMap<String, String> {
    let client = moto.security_hub("eu-west-1");
    let mut out = BTreeMap::new();
    let mut next: Option<String> = None;
    let mut total = 0;
    loop {
        let page = block_on(
            client
                .get_findings()
                .max_results(100)
                .set_next_token(next.clone())
                .send(),
        )
        .expect("get findings from moto");
        for f in page.findings() {
            total += 1;
            out.insert(
                f.id().unwrap_or_default().to_string(),
                f.compliance()
                    .and_then(|c| c.status())
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
            );
        }
        next = page.next_token().map(str::to_string);
        if next.is_none() {
            break;
        }
    }
    assert_eq!(total, out.len(), "Security Hub holds a finding twice");
    out
}

fn identities(report: &Value) -> BTreeSet<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["policy_id"].as_str().unwrap().to_string(),
                f["resource"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn findings_arrive_in_batches_and_a_fix_updates_them_without_duplicates() {
    let moto = Moto::acquire();
    let dir = temp_dir("moto");
    let (before, report) = scan_to(&dir, false, "before");
    let unique = identities(&report).len();
    assert!(unique > 100, "{unique}");

    let env = env_for(&moto.url);
    let (code, err) = export(&before, &env, &["--region", "eu-west-1"]);
    assert_eq!(code, Some(0), "{err}");
    let sent = report["findings"].as_array().unwrap().len();
    let batches = sent.div_ceil(100);
    assert!(batches >= 3, "{sent}");
    assert!(
        err.contains(&format!(
            "{sent} findings imported into Security Hub in eu-west-1 in {batches} batches"
        )),
        "{err}"
    );
    let first = held(&moto);
    // The same resource in two inputs is one finding (the same Id).
    assert_eq!(first.len(), unique);
    let fixed_id = first
        .keys()
        .find(|id| id.contains("AWS-S3-006") && id.contains(FIXED_BUCKET))
        .unwrap_or_else(|| {
            panic!(
                "no AWS-S3-006 finding of {FIXED_BUCKET}: {:?}",
                first.keys().take(5).collect::<Vec<_>>()
            )
        })
        .clone();
    assert_eq!(first[&fixed_id], "FAILED");
    assert!(first.values().any(|s| s == "PASSED"));
    // Ids name the account: the findings of the same resource in two accounts stay apart.
    assert!(fixed_id.contains(ACCOUNT), "{fixed_id}");

    // After the fix: the same Ids, that one now PASSED, nothing else changed.
    let (after, _) = scan_to(&dir, true, "after");
    let (code, err) = export(&after, &env, &["--region", "eu-west-1"]);
    assert_eq!(code, Some(0), "{err}");
    let second = held(&moto);
    assert_eq!(
        second.keys().collect::<Vec<_>>(),
        first.keys().collect::<Vec<_>>()
    );
    assert_eq!(second[&fixed_id], "PASSED");
    let changed: Vec<&String> = first
        .keys()
        .filter(|id| first[*id] != second[*id])
        .collect();
    assert_eq!(changed, vec![&fixed_id]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_refused_finding_is_named_and_the_export_exits_3() {
    let dir = temp_dir("refused");
    let (report, _) = scan_to(&dir, false, "before");
    let hub = FakeAws::start(
        Vec::new(),
        100,
        Faults {
            refuse_findings: Some("AWS-KMS-002".into()),
            ..Faults::default()
        },
    );
    let env = env_for(&hub.url);
    let (code, err) = export(
        &report,
        &env,
        &["--region", "eu-west-1", "--account", ACCOUNT],
    );
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("refused"), "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("AWS-KMS-002") && l.contains("InvalidInput")),
        "{err}"
    );
    // The rest arrived.
    assert!(err.contains("findings imported into Security Hub"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_report_that_is_not_one_is_an_input_error() {
    let dir = temp_dir("bad");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "[1, 2]").unwrap();
    let (code, err) = export(
        &bad,
        &env_for("http://127.0.0.1:9"),
        &["--region", "eu-west-1"],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("not a comply JSON report"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
