//! A stored `--format json` report, read back for `comply report` (rendering again without
//! scanning). The JSON is the contract every renderer reads, so any report comply wrote renders
//! in every format.

use crate::error::{Error, Result};
use comply_reports::Report;
use std::path::Path;

pub fn read(path: &Path) -> Result<Report> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Error::file(
            path,
            match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                _ if path.is_dir() => "is a directory (hint: a `--format json` report)".to_string(),
                _ => format!("cannot read: {e}"),
            },
        )
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Error::file(
            path,
            "not UTF-8 (hint: a `comply scan --format json` report)",
        )
    })?;
    let mut report: Report = serde_json::from_str(text).map_err(|e| {
        match crate::load::json::Document::new(&file, text).json_error(None, e) {
            Error::Input { place, message } => Error::Input {
                place,
                message: format!(
                    "not a comply JSON report: {message} (hint: `comply scan --format json -o FILE` writes one)"
                ),
            },
            other => other,
        }
    })?;
    // A report edited by hand still renders counts that agree with its findings.
    report.finalize();
    Ok(report)
}
