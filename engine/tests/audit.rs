//! The assessor's formats through the CLI: the compliance report (HTML, Markdown), CSV and
//! OCSF, rendered straight from a scan or again from its stored JSON, byte for byte, at any
//! thread count; `comply report --framework` selects one framework.

mod common;

use common::*;
use std::path::PathBuf;

const PR: &str = "fixtures/gate/pull-request/plan.json";
const GATE_SETTINGS: &str = "fixtures/gate/comply.toml";
const AS_OF: &str = "2026-12-02";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("comply-audit-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn scan(format: &str, threads: &str) -> Vec<u8> {
    let out = comply_env(
        &[
            "scan",
            "--config",
            GATE_SETTINGS,
            "--as-of",
            AS_OF,
            "--format",
            format,
            PR,
        ],
        &[("RAYON_NUM_THREADS", threads)],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    out.stdout
}

#[test]
fn the_stored_report_renders_every_format_as_the_scan_did() {
    let dir = temp_dir("formats");
    let json = dir.join("report.json");
    std::fs::write(&json, scan("json", "2")).unwrap();
    for format in ["html", "markdown", "csv", "ocsf"] {
        let direct = scan(format, "1");
        assert_eq!(
            direct,
            scan(format, "2"),
            "{format} differs with the thread count"
        );
        let again = comply(&["report", json.to_str().unwrap(), "--format", format]);
        assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
        assert!(again.stdout == direct, "{format}: report differs from scan");
    }
}

#[test]
fn the_compliance_report_carries_scope_exceptions_and_controls() {
    let html = String::from_utf8(scan("html", "2")).unwrap();
    for want in [
        "fixtures/gate/pull-request/plan.json",
        "fixtures/gate/comply.toml",
        "2026-12-02T00:00:00Z",
        "Exceptions register",
        "ciso@acme.example",
        "Run manifest",
        "PCI DSS",
        "SOC 2",
        "ISO/IEC 27001",
        "GDPR",
    ] {
        assert!(html.contains(want), "`{want}` missing from the HTML report");
    }
    // Self-contained: nothing fetched, nothing run.
    for banned in ["<script", "src=\"http", "href=\"http", "<link", "@import"] {
        assert!(!html.contains(banned), "`{banned}` in the HTML report");
    }
    let md = String::from_utf8(scan("markdown", "2")).unwrap();
    assert!(md.contains("## Exceptions register") && md.contains("ciso@acme.example"));
}

#[test]
fn report_framework_selects_one() {
    let dir = temp_dir("framework");
    let json = dir.join("report.json");
    std::fs::write(&json, scan("json", "2")).unwrap();
    let j = json.to_str().unwrap();
    let out = comply(&["report", j, "--format", "html", "--framework", "soc2"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains("id=\"fw-soc2\""));
    assert!(!html.contains("id=\"fw-pci-dss-4.0\""));
    let out = comply(&["report", j, "--format", "csv", "--framework", "soc2"]);
    let csv = stdout(&out);
    let mut rows = csv.lines().skip(1).peekable();
    assert!(rows.peek().is_some());
    assert!(rows.all(|l| l.starts_with("soc2,")), "{csv}");
    let out = comply(&["report", j, "--framework", "hipaa"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`hipaa` is not in this report"),
        "{}",
        stderr(&out)
    );
}
