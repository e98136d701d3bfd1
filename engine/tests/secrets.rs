//! Planted secrets never come out: sensitive plan values, the AWS credentials comply runs with,
//! and values shaped like credentials in resource names and attributes (an access key id, a
//! private key, tokens) appear in no output format, no log line, no error message and not in
//! the evidence store.

mod common;

use common::{comply_env, root, stderr, stdout, SETTINGS, THEMES};
use std::path::Path;

/// Credentials in the environment of every run. The secret key is also planted as a resource
/// name, so the report would carry it if the exact values were not redacted.
const ENV_SECRET_KEY: &str = "Planted-Env-Secret-0123456789abcdef";
const ENV_SESSION_TOKEN: &str = "FwoGZXIvYXdzEJr-planted-session-token-0123456789";
const ENV_KEY_ID: &str = "AKIAI44QH8DHBEXAMPLE";

/// Shaped like credentials, planted in names and attributes.
const KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
const GITHUB_TOKEN: &str = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
const PEM_BODY: &str = "MIIEowIBAAKCAQEAplantedprivatekeybody0123456789";
const JWT: &str = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.c2lnbmF0dXJlLXBsYW50ZWQ";

const FORMATS: &[&str] = &[
    "table",
    "json",
    "sarif",
    "junit",
    "summary",
    "codequality",
    "asff",
    "html",
    "markdown",
    "csv",
    "ocsf",
];

fn env() -> Vec<(&'static str, &'static str)> {
    vec![
        ("AWS_SECRET_ACCESS_KEY", ENV_SECRET_KEY),
        ("AWS_SESSION_TOKEN", ENV_SESSION_TOKEN),
        ("AWS_ACCESS_KEY_ID", ENV_KEY_ID),
        ("COMPLY_TIMINGS", "1"),
    ]
}

/// The themes plan with secrets planted: two resources renamed to credential-shaped names (in
/// their addresses and the configuration alike), and a bucket tagged with a token, a private
/// key and a JWT.
fn planted_plan(dir: &Path) -> String {
    let text = std::fs::read_to_string(root().join(THEMES)).unwrap();
    assert!(text.contains("fail_unencrypted") && text.contains("fail_sessions"));
    let text = text
        .replace("fail_unencrypted", KEY_ID)
        .replace("fail_sessions", ENV_SECRET_KEY);
    let mut plan: serde_json::Value = serde_json::from_str(&text).unwrap();
    let pem = format!("-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----");
    let tags = serde_json::json!({"deploy_token": GITHUB_TOKEN, "ssh_key": pem, "session": JWT, "Name": "planted"});
    let bucket = plan["resource_changes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["type"] == "aws_s3_bucket")
        .unwrap();
    bucket["change"]["after"]["tags"] = tags.clone();
    bucket["change"]["after"]["tags_all"] = tags;
    let path = dir.join("planted.plan.json");
    std::fs::write(&path, plan.to_string()).unwrap();
    path.display().to_string()
}

/// The parity AWS Config snapshot with a bucket renamed to a credential-shaped name (ASFF and
/// OCSF carry Config resources, which have an account).
fn planted_snapshot(dir: &Path) -> String {
    let text =
        std::fs::read_to_string(root().join("fixtures/config/parity/snapshot.json")).unwrap();
    assert!(text.contains("comply-parity-plain"));
    let path = dir.join("planted.snapshot.json");
    std::fs::write(&path, text.replace("comply-parity-plain", KEY_ID)).unwrap();
    path.display().to_string()
}

fn secrets() -> Vec<String> {
    let file = std::fs::read_to_string(root().join("fixtures/plans/secrets/SECRETS.txt")).unwrap();
    let mut all: Vec<String> = file
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    all.extend(
        [
            // The themes plan's database password and the fixtures' fake provider key.
            "Sup3r-Secret-Fixture-Pw!",
            "fixture-secret-key-not-real",
            ENV_SECRET_KEY,
            ENV_SESSION_TOKEN,
            ENV_KEY_ID,
            KEY_ID,
            GITHUB_TOKEN,
            PEM_BODY,
            JWT,
        ]
        .map(String::from),
    );
    all
}

fn assert_clean(what: &str, text: &str) {
    for s in secrets() {
        assert!(!text.contains(&s), "secret `{s}` leaked into {what}");
    }
}

#[test]
fn planted_secrets_appear_in_no_format_log_error_or_store() {
    let dir = std::env::temp_dir().join(format!("comply-secrets-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let plan = planted_plan(&dir);
    let snapshot = planted_snapshot(&dir);
    let sensitive = "fixtures/plans/secrets/plan.json";
    // The inputs carry what the test looks for: it would prove nothing otherwise.
    let raw = std::fs::read_to_string(&plan).unwrap()
        + &std::fs::read_to_string(root().join(sensitive)).unwrap();
    let only_in_the_environment = [ENV_SESSION_TOKEN, ENV_KEY_ID, "fixture-secret-key-not-real"];
    for s in secrets() {
        if !only_in_the_environment.contains(&s.as_str()) {
            assert!(raw.contains(&s), "`{s}` is not in the inputs");
        }
    }
    let store = dir.join("audit.db");
    let env = env();
    for (i, format) in FORMATS.iter().enumerate() {
        let out_file = dir.join(format!("report.{format}"));
        let mut args = vec![
            "scan",
            "--all",
            "--config",
            SETTINGS,
            "--format",
            format,
            "-o",
            out_file.to_str().unwrap(),
            &plan,
            sensitive,
            &snapshot,
        ];
        let store_arg = store.display().to_string();
        if i == 0 {
            args.extend(["--store", &store_arg]);
        }
        let out = comply_env(&args, &env);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{format}: {}",
            stderr(&out)
        );
        let written = std::fs::read(&out_file).unwrap();
        let written = String::from_utf8_lossy(&written);
        assert_clean(&format!("--format {format}"), &written);
        assert_clean(
            &format!("--format {format} (stdout, stderr)"),
            &(stdout(&out) + &stderr(&out)),
        );
        // The planted names did reach the report, as the redaction marker.
        assert!(
            written.contains("(redacted)"),
            "--format {format}: no redaction marker"
        );
        // Log lines: COMPLY_TIMINGS is on.
        assert!(
            stderr(&out).contains(" s  "),
            "{format}: timings were not printed"
        );
    }
    // The evidence store, its listing, and a stored report rendered again.
    let db = std::fs::read(&store).unwrap();
    assert_clean("the evidence store", &String::from_utf8_lossy(&db));
    let listed = comply_env(
        &[
            "store",
            "list",
            &store.display().to_string(),
            "--format",
            "json",
        ],
        &env,
    );
    assert_clean("store list", &(stdout(&listed) + &stderr(&listed)));
    let json = dir.join("report.json").display().to_string();
    for format in ["table", "html", "sarif"] {
        let again = comply_env(&["report", &json, "--format", format], &env);
        assert_clean(
            &format!("comply report --format {format}"),
            &(stdout(&again) + &stderr(&again)),
        );
    }
    // The inventory, and errors that quote their input.
    let inv = comply_env(&["inventory", &plan, sensitive], &env);
    assert_eq!(inv.status.code(), Some(0), "{}", stderr(&inv));
    assert_clean("comply inventory", &(stdout(&inv) + &stderr(&inv)));
    let missing = dir.join(format!("{GITHUB_TOKEN}.json"));
    let err = comply_env(&["scan", &missing.display().to_string()], &env);
    assert_eq!(err.status.code(), Some(2));
    assert!(stderr(&err).contains("(redacted)"), "{}", stderr(&err));
    assert_clean("an error message", &stderr(&err));
    let bad_store = format!("postgres://comply:{ENV_SECRET_KEY}@127.0.0.1:1/nothing");
    let err = comply_env(&["scan", "--store", &bad_store, &plan], &env);
    assert!(matches!(err.status.code(), Some(2 | 3)), "{}", stderr(&err));
    assert!(
        stderr(&err).contains("127.0.0.1"),
        "the error names the server: {}",
        stderr(&err)
    );
    assert_clean("a store error", &(stdout(&err) + &stderr(&err)));
    std::fs::remove_dir_all(&dir).unwrap();
}
