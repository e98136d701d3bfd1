//! Every input a fuzz target crashed on (`fuzz/regressions/<target>/`), replayed through the
//! same entry point: it must load or be refused, never panic.

use super::common::root;
use comply::load::json::Document;
use std::path::Path;

fn each(target: &str, check: impl Fn(&Path, &[u8])) -> usize {
    let dir = root().join("fuzz/regressions").join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut n = 0;
    for e in entries {
        let path = e.unwrap().path();
        if path.is_file() {
            check(&path, &std::fs::read(&path).unwrap());
            n += 1;
        }
    }
    n
}

fn document(path: &Path, bytes: &[u8]) {
    let Ok(inflated) = comply::load::text::gunzip(path, bytes) else {
        return;
    };
    let Ok(text) = comply::load::text::decode(path, &inflated) else {
        return;
    };
    let _ = comply::load::load_document(&Document::new("regression.json", &text));
}

#[test]
fn fuzz_crashes_stay_fixed() {
    let mut n = each("plan", document) + each("config", document);
    n += each("settings", |_, b| {
        let _ = comply::settings::parse("comply.toml", &String::from_utf8_lossy(b));
    });
    n += each("metadata", |_, b| {
        let text = String::from_utf8_lossy(b);
        let _ = comply::policy::metadata::parse(&text);
        let _ = comply::policy::metadata::package(&text);
        let _ = comply::policy::metadata::reads(&text);
    });
    n += each("hcl", |_, b| {
        let _ = comply::source::hcl::parse("main.tf", &String::from_utf8_lossy(b));
    });
    // The folder is committed with the crashes fuzzing found; none is an empty run.
    assert!(
        n > 0 || !root().join("fuzz/regressions").exists(),
        "no regression inputs found"
    );
}
