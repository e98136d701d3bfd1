//! The period report as CSV: a row per control of each framework, then a row per failure
//! window and control it counts against (`row` says which), for an assessor's spreadsheet.

use super::PeriodReport;
use crate::csv::inert;

const HEADER: [&str; 25] = [
    "row",
    "framework",
    "control",
    "title",
    "verdict",
    "scans",
    "passed",
    "failed",
    "exception",
    "unknown",
    "gap",
    "not_evaluated",
    "passed_percent",
    "windows_open",
    "median_remediation_seconds",
    "worst_remediation_seconds",
    "policy",
    "resource",
    "account",
    "region",
    "first_seen",
    "resolved_at",
    "resolution",
    "duration_seconds",
    "caused_by",
];

pub fn render(r: &PeriodReport) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut write = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| inert(c)).collect();
        w.write_record(&cells).expect("csv into memory");
    };
    write(HEADER.iter().map(|s| s.to_string()).collect());
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for f in &r.frameworks {
        for c in &f.controls {
            let s = &c.scans;
            let mut row = vec![
                "control".to_string(),
                f.id.clone(),
                c.control.id.clone(),
                c.control.title.clone(),
                c.verdict().to_string(),
                s.total().to_string(),
                s.passed.to_string(),
                s.failed.to_string(),
                s.exception.to_string(),
                s.unknown.to_string(),
                s.gap.to_string(),
                s.not_evaluated.to_string(),
                s.passed_per_mille()
                    .map(|p| format!("{}.{}", p / 10, p % 10))
                    .unwrap_or_default(),
                c.remediation.open.to_string(),
                opt(c.remediation.median_seconds),
                opt(c.remediation.worst_seconds),
            ];
            row.resize(HEADER.len(), String::new());
            write(row);
        }
    }
    for win in &r.windows {
        for control in &win.controls {
            let (fw, id) = control.split_once('/').unwrap_or(("", control));
            if !r.frameworks.iter().any(|f| f.id == fw) {
                continue;
            }
            let mut row = vec![
                "window".to_string(),
                fw.to_string(),
                id.to_string(),
                win.title.clone(),
                if win.resolution == "open" {
                    "failed".into()
                } else {
                    win.resolution.clone()
                },
            ];
            row.resize(16, String::new());
            row.extend([
                win.policy_id.clone(),
                win.resource.clone(),
                win.account.clone().unwrap_or_default(),
                win.region.clone().unwrap_or_default(),
                win.first_seen.clone(),
                win.resolved_at.clone().unwrap_or_default(),
                win.resolution.clone(),
                opt(win.duration_seconds),
                win.caused_by
                    .as_ref()
                    .map(|c| {
                        format!(
                            "{} {} {}",
                            c.principal.as_deref().unwrap_or("unknown principal"),
                            c.event_name,
                            c.event_time
                        )
                    })
                    .unwrap_or_default(),
            ]);
            write(row);
        }
    }
    w.into_inner().expect("csv into memory")
}
