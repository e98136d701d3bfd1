//! Corpus verdicts: what each real public plan and Config file in `fixtures/corpus/` fails,
//! under the built-in policies and default settings, is written down in
//! `fixtures/corpus-verdicts.md`, and the findings are held to it. A change in any verdict fails
//! this test; after reading the difference, `COMPLY_UPDATE_VERDICTS=1 cargo test --test corpus`
//! rewrites the file.

mod common;

use common::*;
use comply::eval::{Evaluator, DEFAULT_POLICY_TIMEOUT};
use comply::load::json::Document;
use comply::policy::Bundle;
use std::collections::BTreeMap;
use std::fmt::Write;

fn verdicts(evaluator: &Evaluator, path: &std::path::Path, name: &str) -> String {
    let mut out = String::new();
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let inventory = comply::load::text::decode(path, &bytes)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            comply::load::load_document(&Document::new(name, &text))
                .map(|(inv, _)| inv)
                .map_err(|e| e.to_string())
        });
    let inv = match inventory {
        Ok(inv) => inv,
        Err(e) => {
            writeln!(out, "- refused: {e}").unwrap();
            return out;
        }
    };
    // resource -> (failed policies, unknown policies)
    let mut by_resource: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    let mut passed = 0;
    for f in evaluator.evaluate(&inv) {
        let slot = by_resource.entry(f.resource.clone()).or_default();
        match f.status.as_str() {
            "fail" => slot.0.push(f.policy_id.clone()),
            "unknown" => slot.1.push(f.policy_id.clone()),
            "pass" => passed += 1,
            other => slot.0.push(format!("{}({other})", f.policy_id)),
        }
    }
    writeln!(
        out,
        "{} resources judged, {} passing verdicts",
        inv.resources.len(),
        passed
    )
    .unwrap();
    for (resource, (mut fails, mut unknowns)) in by_resource {
        if fails.is_empty() && unknowns.is_empty() {
            continue;
        }
        fails.sort();
        unknowns.sort();
        write!(out, "- `{resource}`").unwrap();
        if !fails.is_empty() {
            write!(out, " fails {}", fails.join(", ")).unwrap();
        }
        if !unknowns.is_empty() {
            write!(out, "; unknown {}", unknowns.join(", ")).unwrap();
        }
        out.push('\n');
    }
    out
}

#[test]
fn corpus_findings_match_the_written_verdicts() {
    let bundle = Bundle::load(&[]).unwrap();
    let evaluator = Evaluator::new(&bundle, &Default::default(), DEFAULT_POLICY_TIMEOUT).unwrap();
    let mut doc = String::from(
        "# Corpus verdicts\n\nWhat each real public input in `fixtures/corpus/` (sources in its \
         `SOURCES.md`) fails under the built-in policies and default settings: per resource, the \
         policies it fails and those it cannot be judged by. `engine/tests/corpus.rs` holds the \
         findings to this file; `COMPLY_UPDATE_VERDICTS=1 cargo test --test corpus` rewrites it \
         after a reviewed change.\n",
    );
    for section in ["plans", "config"] {
        let dir = corpus_dir().join(section);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "gz"))
            .collect();
        files.sort();
        writeln!(doc, "\n## {section}").unwrap();
        for path in files {
            let name = format!(
                "fixtures/corpus/{section}/{}",
                path.file_name().unwrap().to_string_lossy()
            );
            writeln!(doc, "\n### `{name}`\n").unwrap();
            doc.push_str(&verdicts(&evaluator, &path, &name));
        }
    }
    let file = root().join("fixtures/corpus-verdicts.md");
    if std::env::var_os("COMPLY_UPDATE_VERDICTS").is_some() {
        std::fs::write(&file, &doc).unwrap();
        return;
    }
    let written = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        written == doc,
        "corpus verdicts changed; read the difference, then `COMPLY_UPDATE_VERDICTS=1 cargo test --test corpus`:\n{}",
        first_difference(&written, &doc)
    );
}

fn first_difference(a: &str, b: &str) -> String {
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  written: {x}\n  now:     {y}", i + 1);
        }
    }
    format!(
        "lengths differ: written {} lines, now {}",
        a.lines().count(),
        b.lines().count()
    )
}
