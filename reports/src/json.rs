//! JSON: the report as it is, pretty-printed, newline-terminated.
//!
//! Findings are most of a report (300 MB of JSON for a 100k-resource plan) and each is
//! independent, so they are rendered in parallel, a window at a time, into exactly the bytes
//! `serde_json::to_writer_pretty` writes for the whole report (a test holds the two equal).

use crate::{Finding, Report};
use rayon::prelude::*;
use std::io::Write;

pub fn render(report: &Report) -> Vec<u8> {
    let mut out = Vec::new();
    write(report, &mut out).expect("writing to memory does not fail");
    out
}

/// Findings rendered at once: enough for both cores, few enough to keep memory flat.
const WINDOW: usize = 16_384;

/// The same bytes straight to a writer: a report of millions of findings is never held in
/// memory as text.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    if report.findings.is_empty() {
        return whole(report, out);
    }
    // Everything but the findings, whose empty list marks where they go: the only key at the
    // top level's indentation named `findings`.
    let mut skeleton = Vec::new();
    serde_json::to_writer_pretty(&mut skeleton, &without_findings(report))?;
    const MARK: &[u8] = b"\n  \"findings\": []";
    let Some(at) = skeleton.windows(MARK.len()).position(|w| w == MARK) else {
        return whole(report, out);
    };
    let open = at + MARK.len() - 1;
    out.write_all(&skeleton[..open])?;
    for (w, window) in report.findings.chunks(WINDOW).enumerate() {
        let parts: Vec<std::io::Result<Vec<u8>>> = window
            .par_chunks(256)
            .enumerate()
            .map(|(c, chunk)| {
                let mut buf = Vec::with_capacity(chunk.len() * 1024);
                for (i, f) in chunk.iter().enumerate() {
                    if w + c + i > 0 {
                        buf.push(b',');
                    }
                    buf.extend_from_slice(b"\n    ");
                    finding(f, &mut buf)?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            out.write_all(&part?)?;
        }
    }
    out.write_all(b"\n  ")?;
    out.write_all(&skeleton[open..])?;
    out.write_all(b"\n")
}

fn whole(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}

/// One finding as it reads inside the report: two levels deeper than on its own.
fn finding(f: &Finding, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let mut own = Vec::with_capacity(1024);
    serde_json::to_writer_pretty(&mut own, f)?;
    // JSON strings hold no raw newline, so every newline is a line break of the layout.
    for (i, line) in own.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            buf.extend_from_slice(b"\n    ");
        }
        buf.extend_from_slice(line);
    }
    Ok(())
}

/// The report with no findings. Every field is named, so a new one cannot be forgotten.
fn without_findings(r: &Report) -> Report {
    let Report {
        tool,
        summary,
        inputs,
        policy_bundle_sha256,
        errors,
        findings: _,
        evidence,
        policies,
        selection,
        as_of,
        waivers,
        baseline,
        scope,
        frameworks,
    } = r;
    Report {
        tool: tool.clone(),
        summary: summary.clone(),
        inputs: inputs.clone(),
        policy_bundle_sha256: policy_bundle_sha256.clone(),
        errors: errors.clone(),
        findings: Vec::new(),
        evidence: evidence.clone(),
        policies: policies.clone(),
        selection: selection.clone(),
        as_of: as_of.clone(),
        waivers: waivers.clone(),
        baseline: baseline.clone(),
        scope: scope.clone(),
        frameworks: frameworks.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot() {
        let out = super::render(&crate::testdata::report());
        insta::assert_snapshot!(String::from_utf8(out).unwrap());
    }

    #[test]
    fn the_contract_reads_back() {
        let r = crate::testdata::report();
        let back: crate::Report = serde_json::from_slice(&super::render(&r)).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn the_same_bytes_as_serde_json_at_any_size() {
        let base = crate::testdata::report();
        for n in [0, 1, 2, 255, 256, 257, WINDOW - 1, WINDOW, WINDOW + 300] {
            let mut r = base.clone();
            r.findings = (0..n)
                .map(|i| base.findings[i % base.findings.len()].clone())
                .collect();
            let mut expected = serde_json::to_vec_pretty(&r).unwrap();
            expected.push(b'\n');
            assert!(render(&r) == expected, "{n} findings render differently");
        }
    }
}
