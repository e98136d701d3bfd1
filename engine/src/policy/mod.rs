//! Policies: discovery (built-in, embedded in the binary, plus `--policies DIR`), METADATA, and
//! the catalog checks that keep ids, kinds, themes and control mappings honest.

pub mod catalog;
pub mod framework;
pub mod metadata;
pub mod paths;

use crate::boundary::Boundary;
use crate::error::{Error, Result};
use crate::model::Kind;
use comply_reports::{Controls, Severity};
use framework::Framework;
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../policies");

/// Themes a policy may declare.
pub const THEMES: &[&str] = &[
    "encryption-at-rest",
    "encryption-in-transit",
    "identity-mfa",
    "data-residency",
    "network-segmentation",
    "public-access",
    "logging-audit",
    "key-management",
    "backup-recovery",
];

/// `(path relative to the set's root, path shown in messages, contents)`.
type RawFile = (String, String, Vec<u8>);

/// A source file of a policy set: built-in (path relative to `policies/`) or on disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Shown in messages: `policies/aws/s3/x/x.rego` or the real path.
    pub display: String,
    pub text: String,
    /// Shipped inside the binary (and so held to the interpreter's verdicts by the VM
    /// differential test), not read from a `--policies` directory.
    pub builtin: bool,
}

/// Fixture files beside a policy.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub display: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub severity: Severity,
    pub kinds: Vec<Kind>,
    pub themes: Vec<String>,
    pub controls: Controls,
    pub remediation: Option<String>,
    pub package: String,
    /// Resource paths the policy reads (for `unknown` verdicts).
    pub reads: Vec<String>,
    /// The policy has an `applies` rule: it judges only the resources of its kinds for which
    /// `applies` is true (data of a classification), and says nothing of the others.
    pub scoped: bool,
    pub source: SourceFile,
    pub tests: Vec<SourceFile>,
    pub fixtures: Vec<Fixture>,
    /// The Terraform sources of the fixtures (`tf/**/*.tf`).
    pub sources: Vec<Fixture>,
}

impl Policy {
    /// The rule the evaluator queries: the deny set, or for a scoped policy
    /// `[deny, applies]`.
    pub fn deny_rule(&self) -> String {
        if self.scoped {
            format!("[data.{0}.deny, data.{0}.applies]", self.package)
        } else {
            format!("data.{}.deny", self.package)
        }
    }
}

/// Every policy, library module and framework catalog in use.
#[derive(Debug, Clone, Default)]
pub struct Bundle {
    pub policies: Vec<Policy>,
    /// Shared Rego modules (`policies/lib/`), loaded for every policy.
    pub libraries: Vec<SourceFile>,
    pub frameworks: BTreeMap<String, Framework>,
}

impl Bundle {
    /// Built-in policies, then each directory in turn: a policy with the same id replaces the
    /// earlier one.
    pub fn load(extra: &[PathBuf]) -> Result<Bundle> {
        let mut files = Vec::new();
        collect_builtin(&BUILTIN, &mut files);
        let mut bundle = Bundle::from_files(files, "built-in policies")?;
        bundle.mark_builtin();
        for dir in extra {
            let mut files = Vec::new();
            collect_dir(dir, dir, &mut files)?;
            if files.is_empty() {
                return Err(Error::Policy(format!(
                    "{}: no policies found (hint: a policy is a folder with a `.rego` file that has a `# METADATA` block)",
                    dir.display()
                )));
            }
            let more = Bundle::from_files(files, &dir.display().to_string())?;
            bundle.merge(more);
        }
        bundle.check()?;
        Ok(bundle)
    }

    /// Only the policies of one directory (with the built-in libraries and frameworks), for
    /// `comply test DIR`.
    pub fn load_dir_only(dir: &Path) -> Result<Bundle> {
        // Built-in libraries and catalogs only: the built-in policies are not under test.
        let mut builtin = Vec::new();
        collect_builtin(&BUILTIN, &mut builtin);
        builtin.retain(|(rel, _, _)| rel.starts_with("lib/") || rel.starts_with("frameworks/"));
        let mut base = Bundle::from_files(builtin, "built-in policies")?;
        base.mark_builtin();
        let mut files = Vec::new();
        collect_dir(dir, dir, &mut files)?;
        let mut own = Bundle::from_files(files, &dir.display().to_string())?;
        if own.frameworks.is_empty() {
            own.frameworks = base.frameworks;
        }
        if own.libraries.is_empty() {
            own.libraries = base.libraries;
        }
        own.check()?;
        Ok(own)
    }

    fn mark_builtin(&mut self) {
        for p in &mut self.policies {
            p.source.builtin = true;
        }
        for l in &mut self.libraries {
            l.builtin = true;
        }
    }

    /// Whether every library is built in: a library from a `--policies` directory can change
    /// what a built-in policy's helpers mean.
    pub fn builtin_libraries(&self) -> bool {
        self.libraries.iter().all(|l| l.builtin)
    }

    fn merge(&mut self, other: Bundle) {
        for p in other.policies {
            match self.policies.iter().position(|q| q.id == p.id) {
                Some(i) => self.policies[i] = p,
                None => self.policies.push(p),
            }
        }
        self.libraries.extend(other.libraries);
        for (k, v) in other.frameworks {
            self.frameworks.insert(k, v);
        }
        self.policies.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// Builds a bundle from `(relative path, display, bytes)` files of one policy set.
    fn from_files(files: Vec<RawFile>, origin: &str) -> Result<Bundle> {
        let mut bundle = Bundle::default();
        let text_of = |display: &str, bytes: &[u8]| {
            String::from_utf8(bytes.to_vec())
                .map_err(|_| Error::Policy(format!("{display}: not UTF-8")))
        };
        // Folder -> files, so a policy finds its tests and fixtures.
        let mut by_dir: BTreeMap<String, Vec<&RawFile>> = BTreeMap::new();
        for f in &files {
            let dir = f.0.rsplit_once('/').map_or("", |(d, _)| d).to_string();
            by_dir.entry(dir).or_default().push(f);
        }
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (rel, display, bytes) in &files {
            if rel.starts_with("frameworks/") && rel.ends_with(".yaml") {
                let fw =
                    Framework::parse(display, &text_of(display, bytes)?).map_err(Error::Policy)?;
                bundle.frameworks.insert(fw.id.clone(), fw);
                continue;
            }
            if !rel.ends_with(".rego") || rel.ends_with("_test.rego") {
                continue;
            }
            let text = text_of(display, bytes)?;
            if rel.starts_with("lib/") {
                bundle.libraries.push(SourceFile {
                    display: display.clone(),
                    text,
                    builtin: false,
                });
                continue;
            }
            let meta = metadata::parse(&text)
                .map_err(|e| Error::Policy(format!("{display}:{}: {}", e.line, e.message)))?;
            let Some(meta) = meta else {
                return Err(Error::Policy(format!(
                    "{display}: a policy needs a `# METADATA` block with `custom.id` (hint: shared helpers belong in `lib/`)"
                )));
            };
            if let Some(first) = ids.insert(meta.custom.id.clone(), display.clone()) {
                return Err(Error::Policy(format!(
                    "{display}: policy id `{}` is already used by {first} in {origin}",
                    meta.custom.id
                )));
            }
            let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
            let siblings = by_dir.get(dir).cloned().unwrap_or_default();
            let mut tests = Vec::new();
            let mut fixtures = Vec::new();
            for (srel, sdisplay, sbytes) in siblings {
                if srel.ends_with("_test.rego") {
                    tests.push(SourceFile {
                        display: sdisplay.clone(),
                        text: text_of(sdisplay, sbytes)?,
                        builtin: false,
                    });
                } else if srel.ends_with(".json") || srel.ends_with("comply.toml") {
                    fixtures.push(Fixture {
                        display: sdisplay.clone(),
                        bytes: sbytes.clone(),
                    });
                }
            }
            // The Terraform the fixtures were made from (`tf/`, `tf/CASE/`), for `explain`.
            let tf = if dir.is_empty() {
                "tf".to_string()
            } else {
                format!("{dir}/tf")
            };
            let sources: Vec<Fixture> = by_dir
                .iter()
                .filter(|(d, _)| **d == tf || d.starts_with(&format!("{tf}/")))
                .flat_map(|(_, files)| files.iter())
                .filter(|(srel, _, _)| srel.ends_with(".tf"))
                .map(|(_, sdisplay, sbytes)| Fixture {
                    display: sdisplay.clone(),
                    bytes: sbytes.clone(),
                })
                .collect();
            let mut policy = policy_from(meta, &text, display, tests, fixtures)?;
            policy.sources = sources;
            bundle.policies.push(policy);
        }
        bundle.policies.sort_by(|a, b| a.id.cmp(&b.id));
        bundle.libraries.sort_by(|a, b| a.display.cmp(&b.display));
        Ok(bundle)
    }

    /// Catalog checks across the bundle: control ids exist in the framework catalogs, and every
    /// path a policy reads exists in the schema of each of its kinds.
    fn check(&self) -> Result<()> {
        for p in &self.policies {
            // Each path in one of its kinds at least: a policy over several kinds reads each
            // kind's own attributes.
            for path in &p.reads {
                if !p.kinds.iter().any(|k| paths::exists(*k, path)) {
                    let schemas: Vec<String> = p
                        .kinds
                        .iter()
                        .map(|k| {
                            format!(
                                "policies/schema/{}.schema.json",
                                k.as_str().replace("::", "_")
                            )
                        })
                        .collect();
                    return Err(Error::Policy(format!(
                        "{}: policy `{}` reads `input.resource.{path}`, which no kind it judges has (hint: see {})",
                        p.source.display,
                        p.id,
                        schemas.join(", ")
                    )));
                }
            }
            for fw in Controls::FRAMEWORKS {
                let Some(catalog) = self.frameworks.get(fw) else {
                    continue;
                };
                for id in p.controls.get(fw).into_iter().flatten() {
                    if catalog.control(id).is_none() {
                        return Err(Error::Policy(format!(
                            "{}: policy `{}` maps to control `{id}`, which is not in the {fw} catalog",
                            p.source.display, p.id
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// sha256 over every policy and library source, in bundle order.
    pub fn digest(&self) -> String {
        let mut all = Vec::new();
        for l in &self.libraries {
            all.extend(l.display.as_bytes());
            all.push(0);
            all.extend(l.text.as_bytes());
            all.push(0);
        }
        for p in &self.policies {
            all.extend(p.source.display.as_bytes());
            all.push(0);
            all.extend(p.source.text.as_bytes());
            all.push(0);
        }
        crate::digest::sha256_hex(&all)
    }
}

fn policy_from(
    meta: metadata::Metadata,
    text: &str,
    display: &str,
    tests: Vec<SourceFile>,
    fixtures: Vec<Fixture>,
) -> Result<Policy> {
    let bad = |m: String| Error::Policy(format!("{display}: {m}"));
    let c = meta.custom;
    if !is_id(&c.id) {
        return Err(bad(format!("policy id `{}` must look like `AWS-S3-001` (upper-case words and a number, joined by `-`)", c.id)));
    }
    let severity = Severity::parse(&c.severity).ok_or_else(|| {
        bad(format!(
            "unknown severity `{}` (expected one of critical, high, medium, low, info)",
            c.severity
        ))
    })?;
    if c.kinds.is_empty() {
        return Err(bad(
            "`custom.kinds` is empty: say which resource kinds the policy judges".into(),
        ));
    }
    let mut kinds = Vec::new();
    for k in &c.kinds {
        kinds.push(Kind::parse(k).ok_or_else(|| {
            let known: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
            bad(format!("unknown kind `{k}` (known: {})", known.join(", ")))
        })?);
    }
    for t in &c.themes {
        if !THEMES.contains(&t.as_str()) {
            return Err(bad(format!(
                "unknown theme `{t}` (known: {})",
                THEMES.join(", ")
            )));
        }
    }
    let mut controls = Controls::default();
    for (fw, ids) in c.controls {
        let slot = controls.get_mut(&fw).ok_or_else(|| {
            bad(format!(
                "unknown framework `{fw}` (known: {})",
                Controls::FRAMEWORKS.join(", ")
            ))
        })?;
        *slot = ids;
    }
    let package = metadata::package(text).ok_or_else(|| bad("no `package` line".into()))?;
    if !text.contains("deny contains") && !text.contains("deny[") {
        return Err(bad(
            "no `deny` rule (hint: `deny contains msg if { ... }`)".into()
        ));
    }
    let scoped = text.lines().any(|l| l.starts_with("applies if"));
    if scoped && !text.lines().any(|l| l.trim() == "default applies := false") {
        return Err(bad(
            "an `applies` rule needs `default applies := false` (hint: a policy judges only the resources it applies to)".into(),
        ));
    }
    Ok(Policy {
        id: c.id,
        title: meta.title,
        description: meta.description,
        severity,
        kinds,
        themes: c.themes,
        controls,
        remediation: c.remediation,
        package,
        reads: metadata::reads(text),
        scoped,
        source: SourceFile {
            display: display.to_string(),
            text: text.to_string(),
            builtin: false,
        },
        tests,
        fixtures,
        sources: Vec::new(),
    })
}

fn is_id(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    parts.len() >= 2
        && parts[..parts.len() - 1].iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
        && parts
            .last()
            .is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a file of a policy set (its path inside the set) is read: of a fixture's Terraform
/// (`tf/`), only the sources, for `explain`.
fn keep(rel: &str) -> bool {
    let in_tf = rel.starts_with("tf/") || rel.contains("/tf/");
    !in_tf || rel.ends_with(".tf")
}

fn collect_builtin(dir: &Dir<'static>, out: &mut Vec<RawFile>) {
    for f in dir.files() {
        let rel = f.path().to_string_lossy().replace('\\', "/");
        if !keep(&rel) || rel.starts_with("schema/") {
            continue;
        }
        out.push((
            rel.clone(),
            format!("policies/{rel}"),
            f.contents().to_vec(),
        ));
    }
    for d in dir.dirs() {
        collect_builtin(d, out);
    }
}

/// Every file under `root` the bundle may use, sorted. Links are followed only while they stay
/// inside `root` (`crate::boundary`), each directory is read once (a link back to a parent is
/// not a loop), and only regular files are read.
fn collect_dir(root: &Path, dir: &Path, out: &mut Vec<RawFile>) -> Result<()> {
    let boundary = Boundary::new(root).map_err(|e| {
        Error::Policy(format!(
            "--policies `{}`: {}",
            root.display(),
            crate::error::io_reason(&e)
        ))
    })?;
    let mut seen = std::collections::HashSet::new();
    collect_under(&boundary, root, dir, &mut seen, out)
}

fn collect_under(
    boundary: &Boundary,
    root: &Path,
    dir: &Path,
    seen: &mut std::collections::HashSet<PathBuf>,
    out: &mut Vec<RawFile>,
) -> Result<()> {
    let policy_error = |e: String| Error::Policy(e);
    let real = boundary.check(dir).map_err(policy_error)?;
    if !seen.insert(real) {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Error::Policy(format!(
            "{}: cannot read policy directory: {}",
            dir.display(),
            crate::error::io_reason(&e)
        ))
    })?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            Error::Policy(format!(
                "{}: {}",
                dir.display(),
                crate::error::io_reason(&e)
            ))
        })?;
        paths.push(entry.path());
    }
    paths.sort();
    for p in paths {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == ".terraform") {
                continue;
            }
            collect_under(boundary, root, &p, seen, out)?;
        } else {
            let rel = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            if !keep(&rel) {
                continue;
            }
            boundary.file(&p).map_err(policy_error)?;
            let bytes = std::fs::read(&p).map_err(|e| {
                Error::Policy(format!("{}: {}", p.display(), crate::error::io_reason(&e)))
            })?;
            out.push((rel, p.display().to_string(), bytes));
        }
    }
    Ok(())
}
