//! Renderers: pure functions from a `Report` to bytes, one file per format.

mod json;
mod report;
mod table;

pub use report::*;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
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
    }
}
