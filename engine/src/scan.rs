//! One scan: settings, policies, inputs, evaluation, report.

use crate::error::Result;
use crate::eval::Evaluator;
use crate::model::Inventory;
use crate::policy::Bundle;
use comply_reports::{Input, Report, Severity, Summary, Tool};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub inputs: Vec<PathBuf>,
    pub policy_dirs: Vec<PathBuf>,
    pub config: Option<PathBuf>,
    pub fail_on: Option<Severity>,
    pub policy_timeout: Duration,
    /// Also read live AWS state.
    pub live: Option<crate::load::live::LiveOptions>,
}

/// Loads everything, evaluates, and returns the finished report. Any input or settings problem
/// is an error: a broken input never reads as a pass.
pub fn scan(options: &ScanOptions) -> Result<Report> {
    let t0 = std::time::Instant::now();
    let timings = std::env::var_os("COMPLY_TIMINGS").is_some();
    let settings = crate::settings::load(options.config.as_deref())?;
    let bundle = Bundle::load(&options.policy_dirs)?;
    let mut inventory = Inventory::default();
    let mut inputs = Vec::new();
    for path in &options.inputs {
        let (inv, info) = crate::load::load_file(path)?;
        inventory.extend(inv);
        inputs.push(Input {
            file: info.file,
            format: info.format.to_string(),
            sha256: info.sha256,
            resources: info.resources,
        });
    }
    let mut errors = Vec::new();
    let mut evidence = Vec::new();
    if let Some(live) = &options.live {
        let got = crate::load::live::scan(live)?;
        inputs.push(Input {
            file: got.label.clone(),
            format: "aws-live".to_string(),
            sha256: crate::digest::sha256_hex(
                &serde_json::to_vec(&got.inventory).unwrap_or_default(),
            ),
            resources: got.inventory.resources.len(),
        });
        inventory.extend(got.inventory);
        errors.extend(got.failures.iter().map(|f| f.to_string()));
        evidence = got.evidence;
    }
    inventory.finish(&settings.settings.scope);
    if timings {
        eprintln!("loaded {:?}", t0.elapsed());
    }
    let evaluator = Evaluator::new(&bundle, &settings.settings, options.policy_timeout)?;
    if timings {
        eprintln!("compiled {:?}", t0.elapsed());
    }
    let findings = evaluator.evaluate(&inventory);
    if timings {
        eprintln!("evaluated {:?}", t0.elapsed());
    }
    let mut report = report(&bundle, &inventory, inputs, findings, options.fail_on);
    report.errors = errors;
    report.evidence = evidence;
    report.finalize();
    Ok(report)
}

pub fn report(
    bundle: &Bundle,
    inventory: &Inventory,
    inputs: Vec<Input>,
    findings: Vec<comply_reports::Finding>,
    fail_on: Option<Severity>,
) -> Report {
    let mut report = Report {
        tool: Tool {
            name: "comply".to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        },
        summary: Summary {
            resources: inventory.resources.len(),
            policies: bundle.policies.len(),
            deleted: inventory.deleted.len(),
            partial: inventory.resources.iter().filter(|r| r.partial).count(),
            unmodeled: inventory.unmodeled.clone(),
            fail_on,
            ..Default::default()
        },
        inputs,
        policy_bundle_sha256: bundle.digest(),
        errors: Vec::new(),
        findings,
        evidence: Vec::new(),
        policies: bundle.policies.iter().map(policy_info).collect(),
        selection: Default::default(),
        as_of: None,
        waivers: Vec::new(),
        baseline: None,
    };
    report.finalize();
    report
}

fn policy_info(p: &crate::policy::Policy) -> comply_reports::PolicyInfo {
    comply_reports::PolicyInfo {
        id: p.id.clone(),
        title: p.title.clone(),
        description: p.description.clone(),
        severity: p.severity,
        kinds: p.kinds.iter().map(|k| k.as_str().to_string()).collect(),
        themes: p.themes.clone(),
        controls: p.controls.clone(),
        remediation: p.remediation.clone(),
    }
}
