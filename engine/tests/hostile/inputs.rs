//! Hostile input files and directories: each is refused with exit 2 and a message naming the
//! file and the problem, or, where it is valid input after all (a huge string is still JSON),
//! scanned like any other; always within a time bound.

use super::common::{root, SETTINGS, THEMES};
use super::run::{comply_cmd_within, comply_within, refused, s, scratch};
use std::io::Write;
use std::process::Command;
use std::time::Duration;

const BOUND: Duration = Duration::from_secs(60);

fn themes() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(THEMES)).unwrap()).unwrap()
}

/// The themes plan with `edit` applied to its first S3 bucket's planned values.
fn themes_with(edit: impl Fn(&mut serde_json::Map<String, serde_json::Value>)) -> String {
    let mut plan = themes();
    let rc = plan["resource_changes"].as_array_mut().unwrap();
    let bucket = rc
        .iter_mut()
        .find(|r| r["type"] == "aws_s3_bucket")
        .expect("the themes plan has a bucket");
    edit(bucket["change"]["after"].as_object_mut().unwrap());
    plan.to_string()
}

fn scan(file: &str) -> super::run::Run {
    comply_within(
        BOUND,
        &["scan", "--config", SETTINGS, "--format", "json", file],
    )
}

/// The (policy, resource, status) triples of a JSON report.
fn verdicts(stdout: &str) -> Vec<(String, String, String)> {
    let v: serde_json::Value = serde_json::from_str(stdout).expect("a JSON report");
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
}

#[test]
fn deep_nesting_is_refused_with_its_place() {
    let dir = scratch("deep");
    let file = dir.join("deep.json");
    let depth = 200_000;
    let deep = |body: String| {
        themes_with(|after| {
            after.insert("deep".into(), "DEEP".into());
        })
        .replace("\"DEEP\"", &body)
    };
    std::fs::write(&file, deep("[".repeat(depth) + &"]".repeat(depth))).unwrap();
    refused(
        &scan(s(&file)),
        &format!("{}:1:", s(&file)),
        "nesting is too deep",
    );
    let file = dir.join("deep-object.json");
    std::fs::write(
        &file,
        deep("{\"a\":".repeat(depth) + "1" + &"}".repeat(depth)),
    )
    .unwrap();
    refused(
        &scan(s(&file)),
        &format!("{}:1:", s(&file)),
        "nesting is too deep",
    );
    // Deep where no loader looks (an unknown top-level key) is skipped, not a stack overflow.
    let file = dir.join("deep-ignored.json");
    let body = "[".repeat(depth) + &"]".repeat(depth);
    std::fs::write(
        &file,
        format!("{{\"format_version\":\"1.2\",\"x\":{body}}}"),
    )
    .unwrap();
    refused(
        &scan(s(&file)),
        &format!("{}:1:1:", s(&file)),
        "neither a Terraform plan",
    );
}

#[test]
fn huge_strings_and_arrays_are_still_input() {
    let dir = scratch("huge");
    // A 32 MB string and a million-element array in a bucket's values: valid JSON, valid plan.
    let file = dir.join("huge.json");
    std::fs::write(
        &file,
        themes_with(|after| {
            after.insert("description_unmodeled".into(), "x".repeat(32 << 20).into());
            after.insert("array_unmodeled".into(), vec![0u8; 1_000_000].into());
        }),
    )
    .unwrap();
    let run = scan(s(&file));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(verdicts(&run.stdout), verdicts(&scan(THEMES).stdout));
    // A string as the resource type: not modeled, counted, never a panic.
    let file = dir.join("huge-type.json");
    let mut plan = themes();
    plan["resource_changes"][0]["type"] = "t".repeat(1 << 20).into();
    std::fs::write(&file, plan.to_string()).unwrap();
    let run = scan(s(&file));
    assert!(matches!(run.code, Some(1 | 2)), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn numbers_beyond_a_double_are_refused_with_their_place() {
    let dir = scratch("numbers");
    let file = dir.join("big-number.json");
    let text = themes_with(|after| {
        after.insert("n".into(), serde_json::json!("NUMBER"));
    })
    .replace("\"NUMBER\"", "1e400");
    std::fs::write(&file, text).unwrap();
    refused(
        &scan(s(&file)),
        &format!("{}:", s(&file)),
        "number out of range",
    );
    // Long integers are numbers like any other (read as doubles).
    let file = dir.join("long-integer.json");
    let text = themes_with(|after| {
        after.insert("n".into(), serde_json::json!("NUMBER"));
    })
    .replace("\"NUMBER\"", &"9".repeat(5000));
    std::fs::write(&file, text).unwrap();
    let run = scan(s(&file));
    assert!(matches!(run.code, Some(1 | 2)), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn duplicate_keys_are_refused_at_any_depth() {
    let dir = scratch("duplicates");
    let file = dir.join("dup-top.json");
    std::fs::write(
        &file,
        "{\"format_version\":\"1.2\",\"format_version\":\"1.2\"}",
    )
    .unwrap();
    refused(
        &scan(s(&file)),
        &format!("{}:1:", s(&file)),
        "duplicate key `format_version`",
    );
    let file = dir.join("dup-deep.json");
    let text = themes_with(|after| {
        after.insert("bucket".into(), "DUP".into());
    })
    .replacen("\"bucket\":\"DUP\"", "\"bucket\":\"a\",\"bucket\":\"b\"", 1);
    std::fs::write(&file, text).unwrap();
    refused(&scan(s(&file)), s(&file), "duplicate key `bucket`");
    let file = dir.join("dup-config.json");
    std::fs::write(
        &file,
        r#"{"fileVersion":"1.0","configurationItems":[{"resourceType":"AWS::S3::Bucket","resourceType":"AWS::S3::Bucket"}]}"#,
    )
    .unwrap();
    // The item's keys are read by name: serde's word for it, the same place.
    refused(
        &scan(s(&file)),
        &format!("{}:1:", s(&file)),
        "duplicate field `resourceType`",
    );
}

#[test]
fn nul_bytes_raw_are_refused_and_escaped_are_text() {
    let dir = scratch("nul");
    let file = dir.join("raw-nul.json");
    let mut bytes = themes_with(|_| {}).into_bytes();
    let at = bytes.len() / 2;
    // Inside a string or between tokens, a raw NUL is not JSON.
    bytes.insert(at, 0);
    std::fs::write(&file, &bytes).unwrap();
    refused(&scan(s(&file)), &format!("{}:", s(&file)), "");
    let file = dir.join("escaped-nul.json");
    std::fs::write(
        &file,
        themes_with(|after| {
            after.insert("bucket".into(), "nul\u{0}inside".into());
        }),
    )
    .unwrap();
    let run = scan(s(&file));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
}

#[test]
fn invalid_utf8_is_refused_with_its_place() {
    let dir = scratch("utf8");
    let file = dir.join("latin1.json");
    let mut bytes = themes_with(|after| {
        after.insert("bucket".into(), "caf-E9".into());
    })
    .into_bytes();
    let at = bytes.windows(6).position(|w| w == b"caf-E9").unwrap();
    bytes.splice(at + 3..at + 6, [0xE9]);
    std::fs::write(&file, &bytes).unwrap();
    refused(&scan(s(&file)), &format!("{}:", s(&file)), "UTF-8");
}

#[test]
fn utf16_with_and_without_bom_scans_like_utf8_and_broken_utf16_is_refused() {
    let dir = scratch("utf16");
    let text = std::fs::read_to_string(root().join(THEMES)).unwrap();
    let want = verdicts(&scan(THEMES).stdout);
    for (name, bom, le) in [
        ("le-bom.json", true, true),
        ("be-bom.json", true, false),
        ("le.json", false, true),
        ("be.json", false, false),
    ] {
        let mut bytes = Vec::new();
        if bom {
            bytes.extend(if le { [0xFF, 0xFE] } else { [0xFE, 0xFF] });
        }
        for u in text.encode_utf16() {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        let file = dir.join(name);
        std::fs::write(&file, &bytes).unwrap();
        let run = scan(s(&file));
        assert_eq!(run.code, Some(1), "{name}: {}", run.stderr);
        assert_eq!(verdicts(&run.stdout), want, "{name}");
    }
    // An unpaired surrogate, and an odd number of bytes after a BOM.
    let file = dir.join("surrogate.json");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "{\"a\":\""
        .encode_utf16()
        .chain([0xD800])
        .chain("\"}".encode_utf16())
    {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(&file, &bytes).unwrap();
    refused(&scan(s(&file)), s(&file), "UTF-16");
    let file = dir.join("odd.json");
    std::fs::write(&file, [0xFF, 0xFE, b'{', 0, b'}']).unwrap();
    refused(&scan(s(&file)), s(&file), "UTF-16");
}

#[test]
fn a_truncated_gzip_and_a_gzip_bomb_are_refused() {
    let dir = scratch("gzip");
    let plain = std::fs::read(root().join("fixtures/config/parity/snapshot.json")).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&plain).unwrap();
    let gz = enc.finish().unwrap();
    let file = dir.join("cut.json.gz");
    std::fs::write(&file, &gz[..gz.len() / 2]).unwrap();
    refused(&scan(s(&file)), s(&file), "not valid gzip");
    // 1 GiB of spaces is 1 MB compressed: refused once it inflates past the bound, having
    // held no more than the bound.
    let file = dir.join("bomb.json.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..1024 {
        enc.write_all(&chunk).unwrap();
    }
    std::fs::write(&file, enc.finish().unwrap()).unwrap();
    let run = comply_within(
        BOUND,
        &[
            "scan",
            "--max-input-size",
            "64MiB",
            "--format",
            "json",
            s(&file),
        ],
    );
    refused(&run, s(&file), "inflates to more than 64.0 MiB");
}

#[test]
fn a_gigabyte_plan_is_refused_before_it_is_read() {
    let dir = scratch("gigabyte");
    let file = dir.join("plan.json");
    // Sparse: a 1 GiB file that costs no disk. It is refused on its size, before any read.
    let f = std::fs::File::create(&file).unwrap();
    f.set_len(1 << 30).unwrap();
    let run = comply_within(
        Duration::from_secs(10),
        &["scan", "--max-input-size", "512MiB", s(&file)],
    );
    refused(
        &run,
        s(&file),
        "is 1.0 GiB, more than comply loads: 512.0 MiB",
    );
    // A size that is not one.
    let run = comply_within(BOUND, &["scan", "--max-input-size", "lots", s(&file)]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains("`lots` is not a size"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_directory_given_as_a_file_and_a_missing_file_are_refused() {
    let dir = scratch("directory");
    refused(&scan(s(&dir)), s(&dir), "is a directory");
    let missing = dir.join("missing.json");
    refused(&scan(s(&missing)), s(&missing), "no such file");
}

#[test]
fn an_unreadable_file_is_refused() {
    let dir = scratch("unreadable");
    let file = dir.join("plan.json");
    std::fs::copy(root().join(THEMES), &file).unwrap();
    std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    // Root reads any file: without the capabilities that let it, it cannot.
    let mut cmd = if is_root() {
        let mut c = Command::new("setpriv");
        c.args([
            "--bounding-set",
            "-dac_override,-dac_read_search",
            "--inh-caps",
            "-dac_override,-dac_read_search",
            env!("CARGO_BIN_EXE_comply"),
        ]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_comply"))
    };
    cmd.args(["scan", s(&file)]);
    let run = comply_cmd_within(BOUND, &mut cmd);
    refused(&run, s(&file), "permission denied");
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

/// A user policy folder of one policy, for `--policies`.
fn write_policy(dir: &std::path::Path) {
    std::fs::create_dir_all(dir.join("ok")).unwrap();
    std::fs::write(
        dir.join("ok/ok.rego"),
        super::policies::policy(
            "ok",
            "USER-900",
            "deny contains msg if { false; msg := \"x\" }",
        ),
    )
    .unwrap();
}

#[test]
fn links_out_of_a_policy_directory_are_refused() {
    let dir = scratch("policy-links");
    let outside = dir.join("outside.rego");
    std::fs::write(
        &outside,
        "package secret\n# a file the policies must not read\n",
    )
    .unwrap();
    let policies = dir.join("policies");
    write_policy(&policies);
    std::os::unix::fs::symlink(&outside, policies.join("ok/linked.rego")).unwrap();
    let run = comply_within(BOUND, &["scan", "--policies", s(&policies), THEMES]);
    refused(&run, "linked.rego", "outside");
    assert!(!run.stderr.contains("a file the policies must not read"));
    // A link back to a parent is no loop: each directory is read once.
    std::fs::remove_file(policies.join("ok/linked.rego")).unwrap();
    std::os::unix::fs::symlink("..", policies.join("ok/parent")).unwrap();
    let run = comply_within(BOUND, &["scan", "--policies", s(&policies), THEMES]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    // A pipe where a policy file would be: never read (it would block forever).
    std::fs::remove_file(policies.join("ok/parent")).unwrap();
    let fifo = policies.join("ok/pipe.rego");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let run = comply_within(BOUND, &["scan", "--policies", s(&policies), THEMES]);
    refused(&run, "pipe.rego", "not a regular file");
}

#[test]
fn sources_outside_the_repository_are_refused() {
    let dir = scratch("source-links");
    let repo = dir.join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::create_dir_all(repo.join("infra")).unwrap();
    std::fs::create_dir_all(repo.join("modules/net")).unwrap();
    std::fs::write(
        repo.join("modules/net/main.tf"),
        "resource \"aws_vpc\" \"v\" {}\n",
    )
    .unwrap();
    let elsewhere = dir.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("secret.tf"), "not = hcl { at all\n").unwrap();
    // Inside the repository, `../modules` is fine.
    std::fs::write(
        repo.join("infra/main.tf"),
        "module \"net\" {\n  source = \"../modules/net\"\n}\n",
    )
    .unwrap();
    let source_dir = repo.join("infra");
    let args = |sd: &str| -> Vec<String> {
        ["scan", "--config", SETTINGS, "--source-dir", sd, THEMES]
            .iter()
            .map(|a| a.to_string())
            .collect()
    };
    let run = comply_within(
        BOUND,
        &args(s(&source_dir))
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    // A module leaving the repository.
    std::fs::write(
        repo.join("infra/main.tf"),
        "module \"out\" {\n  source = \"../../elsewhere\"\n}\n",
    )
    .unwrap();
    let run = comply_within(
        BOUND,
        &args(s(&source_dir))
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    refused(&run, "main.tf:1:", "outside");
    // A `.tf` that links out of it.
    std::fs::write(repo.join("infra/main.tf"), "").unwrap();
    std::os::unix::fs::symlink(elsewhere.join("secret.tf"), repo.join("infra/linked.tf")).unwrap();
    let run = comply_within(
        BOUND,
        &args(s(&source_dir))
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    refused(&run, "linked.tf", "outside");
    assert!(
        !run.stderr.contains("at all"),
        "the linked file's text: {}",
        run.stderr
    );
}
