use super::*;

// Unit tests run in `engine/`; the fixtures' paths keep the `..` the caller wrote.
const ROOT: &str = "../fixtures/sources/root";

fn load(dir: &str) -> Sources {
    Sources::load(Path::new(dir)).unwrap_or_else(|e| panic!("{e}"))
}

fn error(dir: &str) -> String {
    Sources::load(Path::new(dir)).unwrap_err().to_string()
}

fn at(s: &Sources, address: &str) -> Option<(String, usize, usize, String)> {
    s.block(address)
        .map(|b| (b.file.clone(), b.line, b.column, b.address.clone()))
}

#[test]
fn root_module_addresses_with_instance_keys() {
    let s = load(ROOT);
    let main = format!("{ROOT}/main.tf");
    let logs = Some((main.clone(), 29, 1, "aws_s3_bucket.logs".to_string()));
    assert_eq!(at(&s, "aws_s3_bucket.logs"), logs);
    assert_eq!(at(&s, "aws_s3_bucket.logs[1]"), logs);
    assert_eq!(
        at(&s, r#"aws_s3_bucket.per_region["eu"]"#).map(|b| b.1),
        Some(34)
    );
    assert_eq!(
        at(&s, "data.aws_iam_policy_document.d"),
        Some((main, 40, 1, "data.aws_iam_policy_document.d".to_string()))
    );
    assert_eq!(at(&s, "aws_s3_bucket.nope"), None);
    // A data source is not the resource of the same type and name.
    assert_eq!(at(&s, "aws_iam_policy_document.d"), None);
}

#[test]
fn a_module_called_twice_and_nested_maps_to_the_same_block() {
    let s = load(ROOT);
    let storage = format!("{ROOT}/modules/storage/main.tf");
    let b = Some((storage, 6, 1, "aws_s3_bucket.b".to_string()));
    for address in [
        "module.a[0].aws_s3_bucket.b[0]",
        "module.a[1].aws_s3_bucket.b",
        r#"module.b["x"].aws_s3_bucket.b[0]"#,
        r#"module.b["a.b[\"c\"]"].aws_s3_bucket.b[0]"#,
        "module.net.module.inner.aws_s3_bucket.b[0]",
    ] {
        assert_eq!(at(&s, address), b, "{address}");
    }
    let id = s.block("module.a[0].aws_s3_bucket.b[0]").unwrap().id;
    assert_eq!(
        s.block("module.net.module.inner.aws_s3_bucket.b")
            .unwrap()
            .id,
        id
    );
    assert_eq!(
        at(&s, "module.net.aws_vpc.v"),
        Some((
            format!("{ROOT}/modules/network/main.tf"),
            5,
            1,
            "aws_vpc.v".to_string()
        ))
    );
    // The module's blocks exist only under the paths that call it.
    assert_eq!(at(&s, "aws_s3_bucket.b"), None);
    assert_eq!(at(&s, "module.net.aws_s3_bucket.b"), None);
}

#[test]
fn installed_remote_modules_are_read_and_others_skipped() {
    let s = load(ROOT);
    assert_eq!(
        at(&s, "module.remote.aws_sqs_queue.this"),
        Some((
            format!("{ROOT}/.terraform/modules/remote/main.tf"),
            1,
            1,
            "aws_sqs_queue.this".to_string()
        ))
    );
    // `modules.json` lists `a`, a local module: the local source decides, not the manifest.
    assert_eq!(
        s.block("module.a.aws_s3_bucket.b").unwrap().file,
        format!("{ROOT}/modules/storage/main.tf")
    );
}

#[test]
fn files_are_read_once_in_order_with_normalized_paths() {
    let s = load(ROOT);
    let files: Vec<String> = s.files().iter().map(|f| display(f)).collect();
    assert_eq!(
        files,
        [
            "main.tf",
            "unicode.tf",
            "modules/storage/main.tf",
            "modules/network/main.tf",
            ".terraform/modules/remote/main.tf"
        ]
        .map(|f| format!("{ROOT}/{f}"))
    );
    // `./x/` and `x/../x` are the same directory, written the same way.
    let again = load("./../fixtures/sources/root/../root/");
    assert_eq!(again.files(), s.files());
}

#[test]
fn columns_count_characters_after_multibyte_text() {
    let s = load(ROOT);
    assert_eq!(
        at(&s, "aws_sqs_queue.q"),
        Some((
            format!("{ROOT}/unicode.tf"),
            3,
            11,
            "aws_sqs_queue.q".to_string()
        ))
    );
}

#[test]
fn inline_waivers_of_each_form() {
    let s = load(ROOT);
    let logs = s.block("aws_s3_bucket.logs").unwrap().id;
    let per_region = s.block("aws_s3_bucket.per_region").unwrap().id;
    let d = s.block("data.aws_iam_policy_document.d").unwrap().id;
    let b = s.block("module.b[\"x\"].aws_s3_bucket.b").unwrap().id;
    let main = format!("{ROOT}/main.tf");
    let w = s.waivers();
    assert_eq!(
        w[0],
        InlineWaiver {
            block: logs,
            policy: "s3.encryption".into(),
            reason: Some("logs are public by design".into()),
            expires: Some("2026-06-30".into()),
            approved_by: Some("Ann Lee".into()),
            ticket: Some("SEC-1".into()),
            file: main.clone(),
            line: 27,
        }
    );
    let short: Vec<String> = w
        .iter()
        .map(|w| {
            let (r, e) = (w.reason.as_deref(), w.expires.as_deref());
            format!("{} {} {r:?} {e:?} {}", w.block, w.policy, w.line)
        })
        .collect();
    assert_eq!(
        short,
        [
            format!(
                "{logs} s3.encryption Some(\"logs are public by design\") Some(\"2026-06-30\") 27"
            ),
            format!("{logs} s3.versioning Some(\"rebuilt from source\") Some(\"2026-06-30\") 28"),
            format!("{per_region} s3.* Some(\"temporary\") Some(\"2026-01-31\") 34"),
            format!("{d} iam.wildcard_actions Some(\"read-only \\\"audit\\\" role\") None 39"),
            format!("{b} s3.public_access Some(\"a static website\") Some(\"2026-12-31\") 5"),
        ]
    );
    // One module directory, one waiver, however many times it is called.
    assert_eq!(
        w.last().unwrap().file,
        format!("{ROOT}/modules/storage/main.tf")
    );
}

#[test]
fn errors_name_their_place() {
    let e = "../fixtures/sources/errors";
    let parse = error(&format!("{e}/parse"));
    assert!(
        parse.starts_with(&format!(
            "{e}/parse/main.tf:2:12: invalid expression; expected "
        )),
        "{parse}"
    );
    assert!(!parse.contains('\n'), "{parse}");
    assert_eq!(
        error(&format!("{e}/cycle")),
        format!("{e}/cycle/a/main.tf:1:1: module `module.a.module.back` calls `../`, which is already in its own call path (a module cycle)")
    );
    assert_eq!(
        error(&format!("{e}/missing_local")),
        format!("{e}/missing_local/main.tf:3:1: module `module.gone` source `./modules/gone`: no directory `{e}/missing_local/modules/gone` (hint: the path is relative to the calling module's directory)")
    );
    assert_eq!(
        error(&format!("{e}/missing_remote")),
        format!("{e}/missing_remote/main.tf:1:1: module `module.vpc` source `terraform-aws-modules/vpc/aws`: no directory `{e}/missing_remote/.terraform/modules/vpc` (hint: run `terraform init` for remote modules)")
    );
    let nothing = "`comply:waive` waives nothing here (hint: put it on or just above a `resource` or `data` block)";
    assert_eq!(
        error(&format!("{e}/floating")),
        format!("{e}/floating/main.tf:3:1: {nothing}")
    );
    assert_eq!(
        error(&format!("{e}/above_module")),
        format!("{e}/above_module/main.tf:1:1: {nothing}")
    );
    assert_eq!(
        error(&format!("{e}/bad_waiver")),
        format!("{e}/bad_waiver/main.tf:1:1: `comply:waive` has an unterminated quote in `reason` (hint: write `# comply:waive POLICY reason=\"...\" expires=YYYY-MM-DD approved_by=\"...\" ticket=ID`)")
    );
    let missing = Sources::load(Path::new(&format!("{e}/none"))).unwrap_err();
    assert!(matches!(missing, Error::File { .. }));
    assert_eq!(
        missing.to_string(),
        format!("{e}/none: cannot read directory: no such file or directory")
    );
}

#[test]
fn nesting_deeper_than_the_limit_is_an_error() {
    // 34 nested directories, each calling the next: no cycle, just too deep.
    let base = std::env::temp_dir().join(format!("comply-sources-deep-{}", std::process::id()));
    let mut dir = base.clone();
    for i in 0..=MAX_DEPTH + 1 {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("main.tf"),
            format!("module \"m{i}\" {{\n  source = \"./next\"\n}}\n"),
        )
        .unwrap();
        dir = dir.join("next");
    }
    std::fs::create_dir_all(&dir).unwrap();
    let err = Sources::load(&base).unwrap_err().to_string();
    std::fs::remove_dir_all(&base).unwrap();
    assert!(
        err.ends_with(&format!(
            "module.m31.module.m32` nests more than {MAX_DEPTH} modules deep"
        )),
        "{err}"
    );
}

#[test]
fn instance_keys_are_dropped_whatever_they_hold() {
    assert_eq!(
        without_keys(r#"module.a["x.y]"].module.b[0].data.t.n["k\"]"]"#),
        "module.a.module.b.data.t.n"
    );
    assert_eq!(without_keys("aws_s3_bucket.b"), "aws_s3_bucket.b");
}

#[test]
fn paths_normalize_lexically() {
    for (path, want) in [
        ("./a/./b/../c/", "a/c"),
        ("../x/../../y", "../../y"),
        (".", ""),
        ("/a/../../b", "/b"),
    ] {
        assert_eq!(display(&normalize(Path::new(path))), want, "{path}");
    }
}

/// Every planned address of real Terraform plans maps to its block: the line there starts
/// with `resource "TYPE" "NAME"` (or `data`).
#[test]
fn real_plans_addresses_map_to_their_blocks() {
    for dir in ["../fixtures/plans/themes", "../fixtures/plans/regions"] {
        let s = load(dir);
        let plan: serde_json::Value =
            serde_json::from_slice(&std::fs::read(format!("{dir}/plan.json")).unwrap()).unwrap();
        let changes = plan["resource_changes"].as_array().unwrap();
        assert!(!changes.is_empty());
        for change in changes {
            let address = change["address"].as_str().unwrap();
            let block = s
                .block(address)
                .unwrap_or_else(|| panic!("{dir}: no block for `{address}`"));
            let text = std::fs::read_to_string(&block.file).unwrap();
            let line = text.lines().nth(block.line - 1).unwrap();
            let line: String = line.chars().skip(block.column - 1).collect();
            let kind = if change["mode"] == "data" {
                "data"
            } else {
                "resource"
            };
            let head = format!(
                "{kind} \"{}\" \"{}\"",
                change["type"].as_str().unwrap(),
                change["name"].as_str().unwrap()
            );
            assert!(
                line.starts_with(&head),
                "{address}: {}:{}: {line}",
                block.file,
                block.line
            );
        }
    }
}

/// hcl-edit reads every `.tf` file in the repository's fixtures.
#[test]
fn every_terraform_fixture_parses() {
    let mut dirs = std::collections::BTreeSet::new();
    let mut stack = vec![PathBuf::from("../fixtures")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "tf") {
                dirs.insert(dir.clone());
            }
        }
    }
    let mut read = 0;
    for dir in dirs
        .iter()
        .filter(|d| !d.starts_with("../fixtures/sources/errors"))
    {
        read += Sources::load(dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .files()
            .len();
    }
    assert!(read > 50, "{read}");
}
