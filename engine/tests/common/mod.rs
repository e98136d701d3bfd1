#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The repository's copy of real public inputs (`fixtures/corpus/`, sources in its SOURCES.md).
pub fn corpus_dir() -> PathBuf {
    root().join("fixtures/corpus")
}

/// Runs the `comply` binary in the repository root.
pub fn comply(args: &[&str]) -> Output {
    comply_env(args, &[])
}

pub fn comply_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_comply"));
    // A fixed clock (2026-12-02T00:00:00Z): the report's scan time and today's date for
    // waivers, so that runs compare byte for byte. A test may set its own.
    cmd.current_dir(root())
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1796169600");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("comply runs")
}

/// A path for a new SQLite evidence store, in a fresh directory of its own.
pub fn temp_store(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("comply-test-store-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("audit.db").display().to_string()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub const THEMES: &str = "fixtures/plans/themes/plan.json";
pub const SETTINGS: &str = "fixtures/comply.toml";

/// Scans the themes plan to JSON and returns the parsed report.
pub fn scan_json(inputs: &[&str], extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "scan",
        "--format",
        "json",
        "--config",
        SETTINGS,
        "--fail-on",
        "none",
    ];
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    let out = comply(&args);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("json report")
}
/// A fake identity in eu-west-1 for the loopback AWS servers; nothing of the host's AWS setup
/// (profiles, instance metadata) leaks in. A later `AWS_REGION` overrides the region.
pub const FAKE_AWS: [(&str, &str); 6] = [
    ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
    ("AWS_SECRET_ACCESS_KEY", "fake-secret-for-loopback"),
    ("AWS_REGION", "eu-west-1"),
    ("AWS_EC2_METADATA_DISABLED", "true"),
    ("AWS_CONFIG_FILE", "/dev/null"),
    ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null"),
];

/// A report's `errors`, as text.
pub fn errors(report: &serde_json::Value) -> Vec<&str> {
    report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect()
}

pub mod fake_aws;
pub mod moto;
pub mod postgres;
