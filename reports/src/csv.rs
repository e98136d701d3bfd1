//! CSV for assessors: one row per finding and mapped control, every status, so a spreadsheet
//! filters by framework, control, status or resource. A finding mapped to no control of the
//! report's frameworks gets one row with those columns empty, so none is lost.

use crate::{Controls, Finding, Report};

const HEADER: [&str; 20] = [
    "framework",
    "control",
    "status",
    "severity",
    "policy",
    "title",
    "resource",
    "kind",
    "account",
    "region",
    "message",
    "remediation",
    "waiver_reason",
    "waiver_approved_by",
    "waiver_expires",
    "waiver_ticket",
    "baselined",
    "unknown",
    "file",
    "line",
];

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return) gets a
/// leading `'`, as OWASP advises: findings carry text from the inputs.
pub(crate) fn inert(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// The frameworks the rows cover: the report's catalogs (what `--framework` kept), else all.
fn frameworks(report: &Report) -> Vec<&str> {
    if report.frameworks.is_empty() {
        Controls::FRAMEWORKS.to_vec()
    } else {
        report.frameworks.iter().map(|f| f.id.as_str()).collect()
    }
}

fn row(f: &Finding, framework: &str, control: &str) -> Vec<String> {
    let w = f.waiver.as_ref();
    let loc = f.primary_location();
    vec![
        framework.to_string(),
        control.to_string(),
        f.status.to_string(),
        f.severity.to_string(),
        f.policy_id.clone(),
        f.title.to_string(),
        f.resource.clone(),
        f.kind.clone(),
        f.account.clone().unwrap_or_default(),
        f.region.clone().unwrap_or_default(),
        f.message.clone(),
        f.remediation.as_deref().unwrap_or_default().to_string(),
        w.map(|w| w.reason.clone()).unwrap_or_default(),
        w.and_then(|w| w.approved_by.clone()).unwrap_or_default(),
        w.map(|w| w.expires.clone()).unwrap_or_default(),
        w.and_then(|w| w.ticket.clone()).unwrap_or_default(),
        if f.baselined { "yes" } else { "" }.to_string(),
        f.unknown.join(" "),
        loc.file.clone(),
        match loc.line {
            0 => String::new(),
            n => n.to_string(),
        },
    ]
}

pub fn render(report: &Report) -> Vec<u8> {
    let frameworks = frameworks(report);
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let mut write = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| inert(c)).collect();
        w.write_record(&cells).expect("csv into memory");
    };
    write(HEADER.iter().map(|s| s.to_string()).collect());
    for f in &report.findings {
        let mut any = false;
        for fw in &frameworks {
            for c in f.controls.get(fw).into_iter().flatten() {
                any = true;
                write(row(f, fw, c));
            }
        }
        if !any {
            write(row(f, "", ""));
        }
    }
    w.into_inner().expect("csv into memory")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(String::from_utf8(render(&testdata::report())).unwrap());
    }

    #[test]
    fn one_row_per_finding_and_control() {
        let r = testdata::report();
        let out = render(&r);
        let mut rd = csv::Reader::from_reader(out.as_slice());
        let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
        let kept = frameworks(&r);
        let want: usize = r
            .findings
            .iter()
            .map(|f| {
                kept.iter()
                    .map(|fw| f.controls.get(fw).map_or(0, Vec::len))
                    .sum::<usize>()
                    .max(1)
            })
            .sum();
        assert_eq!(rows.len(), want);
        assert!(rows.iter().all(|r| r.len() == HEADER.len()));
    }

    #[test]
    fn hostile_cells_stay_cells_and_never_formulas() {
        let mut r = testdata::hostile();
        r.findings[0].message = "=cmd|' /C calc'!A0".into();
        r.findings[1].resource = "@SUM(1+1)".into();
        let out = render(&r);
        let mut rd = csv::Reader::from_reader(out.as_slice());
        for rec in rd.records() {
            let rec = rec.unwrap();
            assert_eq!(rec.len(), HEADER.len());
            for cell in rec.iter() {
                assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
            }
        }
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(inert("a=b"), "a=b");
    }
}
