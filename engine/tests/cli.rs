//! The command line as users and CI run it: exit codes, bad inputs, secrets, determinism.

mod common;

use common::*;

#[test]
fn quick_start_prints_the_failures_and_exits_1() {
    let out = comply_env(
        &["scan", "--config", SETTINGS, THEMES],
        &[("COLUMNS", "80")],
    );
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let table = stdout(&out);
    assert!(table.starts_with("Failed ("), "{table}");
    // Piped: no colour, whatever the terminal would have had.
    assert!(!table.contains('\u{1b}'), "{table}");
    assert!(
        table.contains("module.payments.aws_db_instance.fail_main"),
        "{table}"
    );
    // Failures only by default: passes are in the JSON, not the table.
    assert!(!table.contains("\nPassed ("), "{table}");
    // Severities in order, highest first.
    let high = table.find("\n  HIGH ").unwrap();
    let medium = table.find("\n  MEDIUM ").unwrap();
    let low = table.find("\n  LOW ").unwrap();
    assert!(high < medium && medium < low, "{table}");
    // The resource address is never broken, even at 80 columns.
    assert!(
        table
            .split_whitespace()
            .any(|w| w == "module.payments.aws_db_instance.fail_main"),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.contains(" failed (") && l.contains(" passed")),
        "{table}"
    );
}

#[test]
fn fail_on_threshold_decides_the_exit_code() {
    let none = comply(&["scan", "--config", SETTINGS, "--fail-on", "none", THEMES]);
    assert_eq!(none.status.code(), Some(0));
    let report = scan_json(&[THEMES], &[]);
    let worst = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "fail")
        .map(|f| f["severity"].as_str().unwrap().to_string())
        .collect::<Vec<_>>();
    // Nothing critical fails in the fixture, so gating on critical passes it.
    if !worst.iter().any(|s| s == "critical") {
        let out = comply(&[
            "scan",
            "--config",
            SETTINGS,
            "--fail-on",
            "critical",
            THEMES,
        ]);
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn bad_inputs_exit_2_with_file_and_place() {
    let cases = [
        (
            "truncated.json",
            "fixtures/inputs/truncated.json:1:",
            "unexpected end of input",
        ),
        (
            "empty.json",
            "fixtures/inputs/empty.json: ",
            "file is empty",
        ),
        (
            "not-json.json",
            "fixtures/inputs/not-json.json:1:",
            "invalid JSON",
        ),
        (
            "wrong-shape.json",
            "fixtures/inputs/wrong-shape.json:2:",
            "not a valid Terraform plan",
        ),
        (
            "deep.json",
            "fixtures/inputs/deep.json:1:",
            "nesting is too deep",
        ),
        (
            "duplicate-key.json",
            "fixtures/inputs/duplicate-key.json:6:",
            "duplicate key `storage_encrypted`",
        ),
        (
            "top-array.json",
            "fixtures/inputs/top-array.json:1:1:",
            "expected a JSON object",
        ),
        (
            "state-not-plan.json",
            "fixtures/inputs/state-not-plan.json:1:1:",
            "neither a Terraform plan",
        ),
        (
            "missing.json",
            "fixtures/inputs/missing.json: ",
            "no such file",
        ),
    ];
    for (file, place, what) in cases {
        let path = format!("fixtures/inputs/{file}");
        for format in ["table", "json"] {
            let out = comply(&["scan", "--format", format, &path]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{file}: {err}");
            assert!(err.starts_with(&format!("error: {place}")), "{file}: {err}");
            assert!(err.contains(what), "{file}: {err}");
            assert!(!err.contains("panicked"), "{file}: {err}");
            assert!(
                out.stdout.is_empty(),
                "{file}: a broken input must not print a report"
            );
        }
    }
}

#[test]
fn a_bad_input_among_good_ones_is_still_an_error() {
    let out = comply(&["scan", THEMES, "fixtures/inputs/truncated.json"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn settings_errors_exit_2_with_line() {
    let dir = tempdir();
    let cfg = dir.join("comply.toml");
    std::fs::write(&cfg, "[data_residency]\ntag_kee = \"x\"\n").unwrap();
    let out = comply(&["scan", "--config", cfg.to_str().unwrap(), THEMES]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("comply.toml:2:1: unknown field `tag_kee`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn secrets_appear_in_no_output_format() {
    let secrets_file =
        std::fs::read_to_string(root().join("fixtures/plans/secrets/SECRETS.txt")).unwrap();
    let mut secrets: Vec<&str> = secrets_file
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    // The themes plan's database password, and the fake provider secret in every fixture.
    secrets.push("Sup3r-Secret-Fixture-Pw!");
    secrets.push("fixture-secret-key-not-real");
    assert!(secrets.len() >= 5);
    let inputs = ["fixtures/plans/secrets/plan.json", THEMES];
    // The plan really carries them: the test would prove nothing otherwise.
    let raw = std::fs::read_to_string(root().join(inputs[0])).unwrap();
    assert!(secrets[..4].iter().all(|s| raw.contains(s)));
    let mut outputs = Vec::new();
    for format in ["table", "json"] {
        let out = comply(&[
            "scan", "--all", "--format", format, "--config", SETTINGS, inputs[0], inputs[1],
        ]);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        outputs.push(stdout(&out) + &stderr(&out));
    }
    let inv = comply(&["inventory", inputs[0], inputs[1]]);
    outputs.push(stdout(&inv) + &stderr(&inv));
    for out in &outputs {
        for s in &secrets {
            assert!(!out.contains(s), "secret `{s}` leaked into output");
        }
    }
    assert!(
        outputs[2].contains("(sensitive)"),
        "the sensitive tag is kept as a marker"
    );
}

#[test]
fn json_is_identical_at_one_and_two_threads() {
    let args = [
        "scan",
        "--format",
        "json",
        "--config",
        SETTINGS,
        "--fail-on",
        "none",
        THEMES,
        "fixtures/plans/lifecycle/plan.json",
    ];
    let one = comply_env(&args, &[("RAYON_NUM_THREADS", "1")]);
    let two = comply_env(&args, &[("RAYON_NUM_THREADS", "2")]);
    assert_eq!(one.status.code(), Some(0));
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn utf16_plans_give_the_same_findings() {
    let text = std::fs::read_to_string(root().join(THEMES)).unwrap();
    let dir = tempdir();
    let path = dir.join("plan.json");
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.replace('\n', "\r\n").encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    let a = scan_json(&[THEMES], &[]);
    let b = scan_json(&[path.to_str().unwrap()], &[]);
    let strip = |v: &serde_json::Value| -> Vec<(String, String, String)> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["policy_id"].to_string(),
                    f["resource"].to_string(),
                    f["status"].to_string(),
                )
            })
            .collect()
    };
    assert_eq!(strip(&a), strip(&b));
    assert!(!strip(&a).is_empty());
}

#[test]
fn gzipped_aws_config_snapshots_scan_like_the_plain_file() {
    let gz = "fixtures/config/parity/snapshot.json.gz";
    let plain = "fixtures/config/parity/snapshot.json";
    let out = comply(&["scan", "--config", SETTINGS, gz]);
    // The snapshot holds failures: exit 1, like a plan with failures.
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    assert!(
        stdout(&out).contains("arn:aws:s3:::comply-parity-plain"),
        "{}",
        stdout(&out)
    );
    let a = scan_json(&[gz], &[]);
    let b = scan_json(&[plain], &[]);
    assert_eq!(a["inputs"][0]["format"], "aws-config");
    assert_eq!(a["inputs"][0]["file"], gz);
    // The digest is of the file as given, the compressed bytes.
    assert_ne!(a["inputs"][0]["sha256"], b["inputs"][0]["sha256"]);
    let findings = |v: &serde_json::Value| -> Vec<(String, String, String, u64)> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["policy_id"].to_string(),
                    f["resource"].to_string(),
                    f["status"].to_string(),
                    f["location"]["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(findings(&a), findings(&b));
    assert!(findings(&a).len() > 30);
    // `comply inventory` reads it too.
    let inv = comply(&["inventory", gz]);
    assert_eq!(inv.status.code(), Some(0), "{}", stderr(&inv));
    assert!(stdout(&inv).contains("\"type\": \"aws-config\""));
}

#[test]
fn json_report_has_the_contract_fields() {
    let report = scan_json(&[THEMES], &[]);
    assert_eq!(report["tool"]["name"], "comply");
    assert!(report["tool"]["version"].is_string());
    let f = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["resource"] == "module.payments.aws_db_instance.fail_main"
                && f["policy_id"] == "AWS-RDS-001"
        })
        .expect("RDS-001 finding for the module's database");
    assert_eq!(f["status"], "fail");
    assert_eq!(f["severity"], "high");
    assert_eq!(f["kind"], "AWS::RDS::DBInstance");
    assert_eq!(f["region"], "eu-west-1");
    assert_eq!(f["themes"][0], "encryption-at-rest");
    for fw in ["pci-dss-4.0", "gdpr", "soc2", "iso27001-2022"] {
        assert!(f["controls"][fw].is_array(), "{fw}");
    }
    assert_eq!(f["location"]["file"], THEMES);
    assert!(f["location"]["line"].as_u64().unwrap() > 1);
    // Passes are part of the report: auditors need them.
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["status"] == "pass"));
    assert_eq!(report["inputs"][0]["sha256"].as_str().unwrap().len(), 64);
}

#[test]
fn output_file_gets_the_report() {
    let dir = tempdir();
    let path = dir.join("out.json");
    let out = comply(&[
        "scan",
        "--format",
        "json",
        "-o",
        path.to_str().unwrap(),
        "--config",
        SETTINGS,
        THEMES,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(report["summary"]["fail"].as_u64().unwrap() > 0);
}

#[test]
fn a_policy_that_errors_is_status_error_and_exit_3() {
    let dir = tempdir();
    let pdir = dir.join("broken");
    std::fs::create_dir_all(&pdir).unwrap();
    std::fs::write(
        pdir.join("broken.rego"),
        "# METADATA\n# title: Broken on purpose\n# custom:\n#   id: TEST-BROKEN-1\n#   severity: high\n#   kinds: [\"AWS::S3::Bucket\"]\n#   themes: [public-access]\npackage comply.test.broken\nimport rego.v1\n\ndeny contains msg if {\n  x := 1 / 0\n  msg := sprintf(\"%v\", [x])\n}\n",
    )
    .unwrap();
    let out = comply(&[
        "scan",
        "--format",
        "json",
        "--policies",
        dir.to_str().unwrap(),
        THEMES,
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["incomplete"], true);
    let errors: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["policy_id"] == "TEST-BROKEN-1")
        .collect();
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|f| f["status"] == "error"), "{errors:?}");
    // Other policies' findings are still there.
    assert!(report["summary"]["fail"].as_u64().unwrap() > 0);
}

#[test]
fn a_directory_policy_replaces_the_builtin_with_the_same_id() {
    let dir = tempdir();
    let pdir = dir.join("override");
    std::fs::create_dir_all(&pdir).unwrap();
    std::fs::write(
        pdir.join("override.rego"),
        "# METADATA\n# title: Replaced\n# custom:\n#   id: AWS-RDS-001\n#   severity: low\n#   kinds: [\"AWS::RDS::DBInstance\"]\n#   themes: [encryption-at-rest]\npackage comply.test.override\nimport rego.v1\n\ndeny contains \"always\" if { input.resource.kind == \"AWS::RDS::DBInstance\" }\n",
    )
    .unwrap();
    let report = scan_json(&[THEMES], &["--policies", dir.to_str().unwrap()]);
    let rds: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["policy_id"] == "AWS-RDS-001")
        .collect();
    assert!(!rds.is_empty());
    assert!(rds
        .iter()
        .all(|f| f["title"] == "Replaced" && f["severity"] == "low"));
}

#[test]
fn invalid_policy_metadata_is_an_error_naming_the_file() {
    let dir = tempdir();
    let pdir = dir.join("bad");
    std::fs::create_dir_all(&pdir).unwrap();
    std::fs::write(
        pdir.join("bad.rego"),
        "# METADATA\n# title: Bad\n# custom:\n#   id: TEST-BAD-1\n#   severity: urgent\n#   kinds: [\"AWS::S3::Bucket\"]\n#   themes: []\npackage comply.test.bad\nimport rego.v1\ndeny contains \"x\" if { false }\n",
    )
    .unwrap();
    let out = comply(&["scan", "--policies", dir.to_str().unwrap(), THEMES]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.rego: unknown severity `urgent`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn comply_test_runs_the_builtin_policy_tests_green() {
    let out = comply(&["test"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let last = text.lines().last().unwrap();
    assert!(last.ends_with(" passed, 0 failed"), "{last}");
    let passed: usize = last.split(' ').next().unwrap().parse().unwrap();
    assert!(passed > 100, "{last}");
}

#[test]
fn comply_test_fails_when_a_fixture_expectation_fails() {
    // A copy of a real policy with its verdict inverted must fail its own fixtures.
    let dir = tempdir();
    let src = root().join("policies/aws/rds/instance_storage_unencrypted");
    let dst = dir.join("instance_storage_unencrypted");
    std::fs::create_dir_all(&dst).unwrap();
    for f in [
        "instance_storage_unencrypted.rego",
        "instance_storage_unencrypted_test.rego",
        "plan.json",
    ] {
        std::fs::copy(src.join(f), dst.join(f)).unwrap();
    }
    let rego = std::fs::read_to_string(dst.join("instance_storage_unencrypted.rego")).unwrap();
    std::fs::write(
        dst.join("instance_storage_unencrypted.rego"),
        rego.replace("encryption.at_rest == false", "encryption.at_rest == true"),
    )
    .unwrap();
    let out = comply(&["test", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("FAIL AWS-RDS-001 aws_db_instance.fail_unencrypted is fail"),
        "{text}"
    );
    assert!(
        text.contains("FAIL AWS-RDS-001 test_unencrypted_instance_fails"),
        "{text}"
    );
}

fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let p = std::env::temp_dir().join(format!(
        "comply-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

#[test]
fn bad_live_options_are_usage_errors() {
    for (args, expected) in [
        (
            vec!["--regions", "eu-west-1,mars"],
            "`--regions`: `mars` is not an AWS region name",
        ),
        (vec!["--regions", " , "], "`--regions` is empty"),
        (vec!["--concurrency", "0"], "--concurrency"),
        (vec!["--max-attempts", "0"], "--max-attempts"),
        (vec!["--attempt-timeout", "0"], "--attempt-timeout"),
    ] {
        let mut all = vec!["scan", "--aws", "--quiet"];
        all.extend(args.iter().copied());
        let mut env = FAKE_AWS.to_vec();
        // Nothing listens here: a usage error must come before any request.
        env.push(("AWS_ENDPOINT_URL", "http://127.0.0.1:9"));
        let out = comply_env(&all, &env);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
