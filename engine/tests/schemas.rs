//! Every fixture's normalized resources validate against the JSON Schema of their kind (the
//! committed `policies/schema/` files), so a policy test cannot pass on data no loader produces.

mod common;

use common::*;
use comply::load::json::Document;
use std::path::{Path, PathBuf};

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            if !p.ends_with(".terraform") {
                fixtures(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
}

fn validator(file: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("policies/schema").join(file)).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn every_fixture_resource_validates_against_its_kind_schema() {
    let mut files = Vec::new();
    for dir in [
        "policies/aws",
        "fixtures/kinds",
        "fixtures/plans",
        "fixtures/config",
        "fixtures/pull-requests",
    ] {
        fixtures(&root().join(dir), &mut files);
    }
    files.sort();
    let envelope = validator("resource.schema.json");
    let mut invalid = Vec::new();
    let mut checked = 0;
    for path in &files {
        let rel = path
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(path).unwrap();
        let Ok(text) = comply::load::text::decode(path, &bytes) else {
            continue;
        };
        // Not every JSON file under these folders is an input (expected results, for one).
        let Ok((mut inv, _)) = comply::load::load_document(&Document::new(&rel, &text)) else {
            continue;
        };
        inv.finish(&Default::default());
        for r in &inv.resources {
            let value = serde_json::to_value(r).unwrap();
            let kind_file = format!("{}.schema.json", r.kind.as_str().replace("::", "_"));
            for (schema, v) in [
                (&envelope, &value),
                (&validator(&kind_file), &value["attributes"]),
            ] {
                for e in schema.iter_errors(v) {
                    invalid.push(format!("{rel} `{}`: {} at {}", r.id, e, e.instance_path()));
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 400, "only {checked} resources checked");
    assert!(invalid.is_empty(), "{}", invalid.join("\n"));
}
