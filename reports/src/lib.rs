//! Renderers: pure functions from a `Report` to bytes, one file per format.

pub mod asff;
mod codequality;
mod json;
mod junit;
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
}

/// What a renderer may be told beyond the report.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Table: show every finding, passes included (the default shows failures, errors and unknowns).
    pub all: bool,
    /// Table: box-drawing characters and colour-free layout for a terminal.
    pub terminal: bool,
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
