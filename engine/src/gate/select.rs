//! Which policies run: `--policy`, `--skip-policy`, `--framework`, `[policies] disabled`, and
//! the severity each is reported with (`[policies.severity]`).

use crate::error::{Error, Result};
use crate::policy::Bundle;
use crate::settings::PolicySettings;
use comply_reports::{Selection, Severity};
use wildmatch::WildMatch;

/// The selection asked for on the command line.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    pub policies: Vec<String>,
    pub skip: Vec<String>,
    pub frameworks: Vec<String>,
    pub min_severity: Option<Severity>,
    pub changed_only: bool,
}

/// Ids and globs are matched case-insensitively, as `comply explain` matches ids.
fn glob(p: &str) -> WildMatch {
    WildMatch::new(&p.trim().to_ascii_uppercase())
}

/// Keeps the selected policies of `bundle` and applies the severity overrides. A pattern that
/// matches no policy is an error: a typo would otherwise select nothing, or skip nothing,
/// silently. `settings_file` names the settings for errors about them.
pub fn apply(
    bundle: &mut Bundle,
    asked: &Asked,
    settings: &PolicySettings,
    settings_file: &str,
) -> Result<Selection> {
    let ids: Vec<String> = bundle
        .policies
        .iter()
        .map(|p| p.id.to_ascii_uppercase())
        .collect();
    let check = |patterns: &[String], what: &dyn Fn(&str) -> String| -> Result<Vec<WildMatch>> {
        patterns
            .iter()
            .map(|p| {
                let g = glob(p);
                if ids.iter().any(|id| g.matches(id)) {
                    Ok(g)
                } else {
                    Err(Error::Usage(format!(
                        "{}: `{p}` matches no policy (hint: `comply policies` lists them; `*` and `?` are wildcards)",
                        what(p)
                    )))
                }
            })
            .collect()
    };
    let only = check(&asked.policies, &|_| "`--policy`".into())?;
    let skip = check(&asked.skip, &|_| "`--skip-policy`".into())?;
    let disabled = check(&settings.disabled, &|_| {
        format!("{settings_file}: policies.disabled")
    })
    .map_err(|e| Error::Settings(e.to_string()))?;
    for f in &asked.frameworks {
        if !bundle.frameworks.contains_key(f) {
            let known: Vec<&str> = bundle.frameworks.keys().map(String::as_str).collect();
            return Err(Error::Usage(format!(
                "`--framework`: no framework `{f}` (hint: one of {})",
                known.join(", ")
            )));
        }
    }
    let mut overrides = std::collections::BTreeMap::new();
    for (id, sev) in &settings.severity {
        let Some(p) = bundle
            .policies
            .iter_mut()
            .find(|p| p.id.eq_ignore_ascii_case(id))
        else {
            return Err(Error::Settings(format!(
                "{settings_file}: policies.severity: no policy `{id}` (hint: `comply policies` lists them)"
            )));
        };
        // settings::parse checked the names.
        if let Some(s) = Severity::parse(sev) {
            p.severity = s;
            overrides.insert(p.id.clone(), s);
        }
    }
    bundle.policies.retain(|p| {
        let id = p.id.to_ascii_uppercase();
        (only.is_empty() || only.iter().any(|g| g.matches(&id)))
            && !skip.iter().chain(&disabled).any(|g| g.matches(&id))
            && (asked.frameworks.is_empty()
                || asked
                    .frameworks
                    .iter()
                    .any(|f| p.controls.get(f).is_some_and(|c| !c.is_empty())))
    });
    if bundle.policies.is_empty() {
        return Err(Error::Usage(
            "the selection leaves no policy to run (hint: check `--policy`, `--skip-policy`, `--framework` and `[policies] disabled`)".into(),
        ));
    }
    let mut skipped: Vec<String> = asked.skip.clone();
    skipped.extend(settings.disabled.iter().cloned());
    Ok(Selection {
        policies: asked.policies.clone(),
        skipped,
        frameworks: asked.frameworks.clone(),
        min_severity: asked.min_severity,
        severity_overrides: overrides,
        changed_only: asked.changed_only,
    })
}
