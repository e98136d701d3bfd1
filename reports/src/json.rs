//! JSON: the report as it is, pretty-printed, newline-terminated.

use crate::Report;

pub fn render(report: &Report) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(report).expect("reports serialize");
    out.push(b'\n');
    out
}
