//! One scan: settings, policies, inputs, evaluation, report.

use crate::calendar::Date;
use crate::error::{Error, Result};
use crate::eval::Evaluator;
use crate::gate::select::Asked;
use crate::gate::waiver;
use crate::model::{Inventory, SourceKind};
use crate::policy::Bundle;
use comply_reports::{Input, Location, Report, Severity, Summary, Tool};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What the exit code gates on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    Never,
    At(Severity),
}

#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub inputs: Vec<PathBuf>,
    pub policy_dirs: Vec<PathBuf>,
    pub config: Option<PathBuf>,
    /// `None`: `[gate] fail_on`, else `high`.
    pub fail_on: Option<FailOn>,
    pub policy_timeout: Duration,
    /// Also read live AWS state.
    pub live: Option<crate::load::live::LiveOptions>,
    /// `--policy`, `--skip-policy`, `--framework`, `--severity`, `--changed-only`.
    pub select: Asked,
    pub baseline: Option<PathBuf>,
    /// The Terraform sources of the plans; `None`: each plan's own directory when it holds
    /// `.tf` files.
    pub source_dir: Option<PathBuf>,
    /// `None`: `[gate] max_waiver_days`, else unlimited.
    pub max_waiver_days: Option<u32>,
    /// The day waivers are judged on; `None`: today (UTC).
    pub as_of: Option<Date>,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            inputs: Vec::new(),
            policy_dirs: Vec::new(),
            config: None,
            fail_on: None,
            policy_timeout: crate::eval::DEFAULT_POLICY_TIMEOUT,
            live: None,
            select: Asked::default(),
            baseline: None,
            source_dir: None,
            max_waiver_days: None,
            as_of: None,
        }
    }
}

/// Loads everything, evaluates, applies the gate, and returns the finished report. Any input
/// or settings problem is an error: a broken input never reads as a pass.
pub fn scan(options: &ScanOptions) -> Result<Report> {
    crate::timings::mark(|| "started".into());
    let loaded = crate::settings::load(options.config.as_deref())?;
    let settings = &loaded.settings;
    let as_of = options.as_of.unwrap_or_else(Date::today);
    let limits = waiver::Limits {
        as_of,
        max_days: options.max_waiver_days.or(settings.gate.max_waiver_days),
    };
    // Waivers are checked before anything is scanned: a bad one is a settings error.
    let mut rules = waiver::from_settings(&loaded, limits)?;
    let fail_on = match options.fail_on {
        Some(f) => f,
        None => match settings.gate.fail_on.as_deref() {
            Some("none") => FailOn::Never,
            Some(s) => FailOn::At(Severity::parse(s).unwrap_or(Severity::High)),
            None => FailOn::At(Severity::High),
        },
    };
    let mut asked = options.select.clone();
    if asked.min_severity.is_none() {
        asked.min_severity = settings.gate.severity.as_deref().and_then(Severity::parse);
    }
    let mut bundle = Bundle::load(&options.policy_dirs)?;
    let selection =
        crate::gate::select::apply(&mut bundle, &asked, &settings.policies, &loaded.file_name())?;
    let baseline = options
        .baseline
        .as_deref()
        .map(crate::gate::baseline::read)
        .transpose()?;
    // Compiling the policies needs nothing the inputs say, so it runs beside the loading. A
    // broken input is still the error reported first.
    let (evaluator, files) = rayon::join(
        || Evaluator::new(&bundle, settings, options.policy_timeout),
        || {
            options
                .inputs
                .iter()
                .map(|path| crate::load::load_file(path).map(|loaded| (path, loaded)))
                .collect::<Result<Vec<_>>>()
        },
    );
    let files = files?;
    let evaluator = evaluator?;
    crate::timings::mark(|| {
        let (vm, kinds) = evaluator.vm_kinds();
        format!("read the inputs and compiled: the VM judges {vm} of {kinds} kinds")
    });
    let mut inventory = Inventory::default();
    let mut inputs = Vec::new();
    let mut plans = Vec::new();
    for (path, (inv, info)) in files {
        if info.format == "terraform-plan" {
            plans.push((path.clone(), info.file.clone()));
        }
        inventory.extend(inv);
        inputs.push(Input {
            file: info.file,
            format: info.format.to_string(),
            sha256: info.sha256,
            resources: info.resources,
        });
    }
    if asked.changed_only && plans.is_empty() {
        return Err(Error::Usage(
            "`--changed-only` needs a Terraform plan: live state and AWS Config items have no changes".into(),
        ));
    }
    // The Terraform sources, before the slow part: a broken .tf file or waiver stops here.
    let mut sources = Vec::new();
    for (path, file) in &plans {
        let dir = match &options.source_dir {
            Some(d) => d.clone(),
            None => match path.parent().map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            }) {
                Some(p) if has_tf(p) => p.to_path_buf(),
                _ => continue,
            },
        };
        let s = crate::source::Sources::load(&dir)?;
        rules.extend(waiver::from_sources(&s, sources.len(), limits)?);
        sources.push((file.clone(), s));
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
    inventory.finish(&settings.scope);
    let unchanged = if asked.changed_only {
        crate::gate::changed::retain(&mut inventory)
    } else {
        0
    };
    crate::timings::mark(|| format!("loaded {} resources", inventory.resources.len()));
    let mut findings = evaluator.evaluate(&inventory);
    crate::timings::mark(|| {
        format!(
            "evaluated: {} findings, {} resources judged by the interpreter after the VM",
            findings.len(),
            evaluator.fallbacks()
        )
    });

    // Where each finding's block is in the sources: the resource's own address, or the
    // satellite's that changes it when only a satellite does (and for a partial resource).
    let addresses: HashMap<(&str, &str), &str> = inventory
        .resources
        .iter()
        .filter(|r| r.source.kind == SourceKind::TerraformPlan)
        .map(|r| {
            let block = r.source.changed_by.as_deref().unwrap_or(&r.source.address);
            ((r.source.file.as_str(), r.id.as_str()), block)
        })
        .collect();
    let mut blocks: Vec<Option<(usize, usize)>> = vec![None; findings.len()];
    for (f, block) in findings.iter_mut().zip(blocks.iter_mut()) {
        let Some((k, s)) = sources
            .iter()
            .enumerate()
            .find(|(_, (file, _))| *file == f.location.file)
            .map(|(k, (_, s))| (k, s))
        else {
            continue;
        };
        let Some(address) = addresses.get(&(f.location.file.as_str(), f.resource.as_str())) else {
            continue;
        };
        if let Some(b) = s.block(address) {
            f.source = Some(Location {
                file: b.file.clone(),
                line: b.line,
                column: b.column,
            });
            *block = Some((k, b.id));
        }
    }
    let waivers = waiver::apply(&mut findings, &rules, &|i| blocks[i], as_of);
    let baseline = baseline.map(|b| {
        let ran: HashSet<&str> = bundle.policies.iter().map(|p| p.id.as_str()).collect();
        let judged: HashSet<&str> = inventory.resources.iter().map(|r| r.id.as_str()).collect();
        crate::gate::baseline::apply(&mut findings, &b, &|e| {
            ran.contains(e.policy_id.as_str()) && judged.contains(e.resource.as_str())
        })
    });
    if let Some(min) = asked.min_severity {
        findings.retain(|f| f.severity.at_least(min));
    }
    let fail_on = match fail_on {
        FailOn::Never => None,
        FailOn::At(s) => Some(s),
    };
    let mut report = report(&bundle, &inventory, inputs, findings, fail_on);
    report.errors = errors;
    report.evidence = evidence;
    report.selection = selection;
    report.as_of = Some(as_of.to_string());
    report.waivers = waivers;
    report.baseline = baseline;
    report.summary.unchanged = unchanged;
    report.scope = scope(&loaded, &inventory);
    report.frameworks = frameworks(&bundle, &asked.frameworks);
    // Before anything renders, stores or sends the report (and before the sort, which reads
    // resource names).
    comply_reports::redact::Redactor::from_env().report(&mut report);
    report.finalize();
    Ok(report)
}

fn scope(loaded: &crate::settings::Loaded, inventory: &Inventory) -> comply_reports::Scope {
    let mut accounts: Vec<String> = inventory
        .resources
        .iter()
        .filter_map(|r| r.account.clone())
        .collect();
    accounts.sort();
    accounts.dedup();
    let mut regions: Vec<String> = inventory
        .resources
        .iter()
        .filter_map(|r| r.region.clone())
        .collect();
    regions.sort();
    regions.dedup();
    comply_reports::Scope {
        scanned_at: Some(crate::calendar::now_rfc3339()),
        settings: loaded.file.as_ref().map(|f| comply_reports::SettingsFile {
            file: f.display().to_string(),
            sha256: crate::digest::sha256_hex(loaded.text.as_bytes()),
        }),
        accounts,
        regions,
    }
}

/// The catalogs with the policies that ran for each control; `only` keeps those frameworks.
fn frameworks(bundle: &Bundle, only: &[String]) -> Vec<comply_reports::FrameworkInfo> {
    use crate::policy::framework::Automation as A;
    bundle
        .frameworks
        .values()
        .filter(|f| only.is_empty() || only.contains(&f.id))
        .map(|f| comply_reports::FrameworkInfo {
            id: f.id.clone(),
            name: f.name.clone(),
            version: f.version.clone(),
            publisher: f.publisher.clone(),
            groups: f
                .groups
                .iter()
                .map(|g| comply_reports::ControlGroup {
                    id: g.id.clone(),
                    title: g.title.clone(),
                })
                .collect(),
            controls: f
                .controls
                .iter()
                .map(|c| comply_reports::ControlInfo {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    group: f.group_of(&c.id).map(|g| g.id.clone()),
                    automation: match c.automation {
                        A::Automated => comply_reports::Automation::Automated,
                        A::Partial => comply_reports::Automation::Partial,
                        A::Manual => comply_reports::Automation::Manual,
                    },
                    policies: bundle
                        .policies
                        .iter()
                        .filter(|p| p.controls.get(&f.id).is_some_and(|ids| ids.contains(&c.id)))
                        .map(|p| p.id.clone())
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

fn has_tf(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "tf") && e.path().is_file())
    })
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
        scope: Default::default(),
        frameworks: Vec::new(),
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
