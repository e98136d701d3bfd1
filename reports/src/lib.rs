//! Renderers: pure functions from a `Report` to bytes, one file per format.

pub mod asff;
mod codequality;
mod compliance;
mod csv;
mod html;
mod json;
mod junit;
mod manifest;
mod markdown;
mod ocsf;
pub mod period;
pub mod redact;
mod report;
mod sarif;
mod summary;
mod table;
#[cfg(test)]
mod testdata;
mod util;

pub use report::*;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    /// SARIF 2.1.0 for GitHub code scanning.
    Sarif,
    /// JUnit XML for CI test reporters (GitLab, Jenkins, GitHub).
    Junit,
    /// Markdown for a pull-request comment or a GitHub job summary.
    Summary,
    /// GitLab Code Quality (Code Climate issues).
    CodeQuality,
    /// AWS Security Finding Format, as `BatchImportFindings` takes it.
    Asff,
    /// The compliance report for an assessor: one self-contained HTML file.
    Html,
    /// The compliance report's content in Markdown.
    Markdown,
    /// One row per finding and mapped control.
    Csv,
    /// OCSF Compliance Finding (class 2003) events, one JSON object per line.
    Ocsf,
}

/// What a renderer may be told beyond the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Table: show every finding, passes included (the default shows failures, errors and unknowns).
    pub all: bool,
    /// Table: box-drawing characters for a terminal (ASCII otherwise).
    pub terminal: bool,
    /// Table: the columns to fit (`0`: 100).
    pub width: usize,
    /// Table: ANSI colours (a terminal, and `NO_COLOR` unset).
    pub colour: bool,
}

pub fn render(report: &Report, format: Format, options: RenderOptions) -> Vec<u8> {
    match format {
        Format::Table => table::render(report, options).into_bytes(),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Junit => junit::render(report),
        Format::Summary => summary::render(report).into_bytes(),
        Format::CodeQuality => codequality::render(report),
        Format::Asff => asff::render(report),
        Format::Html => html::render(report),
        Format::Markdown => markdown::render(report).into_bytes(),
        Format::Csv => csv::render(report),
        Format::Ocsf => ocsf::render(report),
    }
}

/// [`render`] to a writer. JSON, the format of large scans, is written as it is serialized;
/// the others are rendered, then written.
pub fn write(
    report: &Report,
    format: Format,
    options: RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(report, out),
        _ => out.write_all(&render(report, format, options)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With `COMPLY_REPORTS_OUT` set, writes every format of the test reports there, for the
    /// real validators (`.ci/validate-reports`).
    #[test]
    fn write_outputs_for_validators() {
        let Some(dir) = std::env::var_os("COMPLY_REPORTS_OUT") else {
            return;
        };
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        let formats = [
            (Format::Json, "json"),
            (Format::Sarif, "sarif"),
            (Format::Junit, "junit.xml"),
            (Format::Summary, "summary.md"),
            (Format::CodeQuality, "codequality.json"),
            (Format::Table, "table.txt"),
            (Format::Html, "html"),
            (Format::Markdown, "md"),
            (Format::Csv, "csv"),
            (Format::Ocsf, "ocsf.jsonl"),
        ];
        for (name, report) in [
            ("report", testdata::report()),
            ("hostile", testdata::hostile()),
        ] {
            for (format, ext) in formats {
                let out = render(&report, format, RenderOptions::default());
                std::fs::write(dir.join(format!("{name}.{ext}")), out).unwrap();
            }
        }
    }
}
