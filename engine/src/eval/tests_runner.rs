//! `comply test`: each policy's Rego `test_*` rules, then its fixtures through the real loader
//! and evaluator. Fixture resources named `fail_*` must fail the policy, `pass_*` must pass it,
//! `unknown_*` must be unknown; other names are helpers and not asserted.

use super::{add, base_engine, Evaluator, DEFAULT_POLICY_TIMEOUT};
use crate::load::json::Document;
use crate::policy::{Bundle, Policy};
use crate::settings::{self, Settings};
use comply_reports::Status;

#[derive(Debug, Default)]
pub struct TestOutcome {
    pub passed: usize,
    pub failed: usize,
    /// One line per failure, naming the policy and what went wrong.
    pub failures: Vec<String>,
    /// One line per check run, for `--verbose`.
    pub lines: Vec<String>,
}

impl TestOutcome {
    fn record(&mut self, ok: bool, name: String, why: Option<String>) {
        if ok {
            self.passed += 1;
            self.lines.push(format!("ok   {name}"));
        } else {
            self.failed += 1;
            let line = match why {
                Some(w) => format!("FAIL {name}: {w}"),
                None => format!("FAIL {name}"),
            };
            self.lines.push(line.clone());
            self.failures.push(line);
        }
    }
}

pub fn run_tests(bundle: &Bundle) -> TestOutcome {
    let mut out = TestOutcome::default();
    for policy in &bundle.policies {
        rego_tests(bundle, policy, &mut out);
        fixture_tests(bundle, policy, &mut out);
    }
    out
}

fn rego_tests(bundle: &Bundle, policy: &Policy, out: &mut TestOutcome) {
    if policy.tests.is_empty() {
        out.record(
            false,
            format!("{} tests", policy.id),
            Some(format!("no `_test.rego` beside {}", policy.source.display)),
        );
        return;
    }
    let mut engine = match base_engine(bundle, &Settings::default()) {
        Ok(e) => e,
        Err(e) => return out.record(false, format!("{} engine", policy.id), Some(e.to_string())),
    };
    if let Err(e) = add(&mut engine, &policy.source.display, &policy.source.text) {
        return out.record(false, format!("{} compile", policy.id), Some(e.to_string()));
    }
    for t in &policy.tests {
        if let Err(e) = add(&mut engine, &t.display, &t.text) {
            out.record(false, format!("{} compile", policy.id), Some(e.to_string()));
            continue;
        }
        let Some(package) = crate::policy::metadata::package(&t.text) else {
            out.record(false, t.display.clone(), Some("no `package` line".into()));
            continue;
        };
        // What a test gives as input must be what a loader could produce.
        for path in crate::policy::paths::written_in_tests(&t.text) {
            if !policy
                .kinds
                .iter()
                .any(|k| crate::policy::paths::exists(*k, &path))
            {
                let kinds: Vec<&str> = policy.kinds.iter().map(|k| k.as_str()).collect();
                out.record(
                    false,
                    format!("{} test input", policy.id),
                    Some(format!(
                        "{}: `{path}` is not in the schema of {}",
                        t.display,
                        kinds.join(", ")
                    )),
                );
            }
        }
        let names = test_rules(&t.text);
        if names.is_empty() {
            out.record(false, t.display.clone(), Some("no `test_*` rules".into()));
        }
        for name in names {
            engine.set_input(regorus::Value::new_object());
            let result = engine.eval_rule(format!("data.{package}.{name}"));
            let label = format!("{} {name}", policy.id);
            match result {
                Ok(regorus::Value::Bool(true)) => out.record(true, label, None),
                Ok(regorus::Value::Undefined) => out.record(
                    false,
                    label,
                    Some("undefined (a condition did not hold)".into()),
                ),
                Ok(v) => out.record(false, label, Some(format!("evaluated to `{v}`"))),
                Err(e) => out.record(
                    false,
                    label,
                    Some(format!("error: {}", e.to_string().trim())),
                ),
            }
        }
    }
}

/// `test_name if {` / `test_name {` rule heads at the start of a line, in order, once each.
fn test_rules(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("test_") {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let full = format!("test_{name}");
            if !out.contains(&full) {
                out.push(full);
            }
        }
    }
    out
}

fn fixture_tests(bundle: &Bundle, policy: &Policy, out: &mut TestOutcome) {
    let plans: Vec<_> = policy
        .fixtures
        .iter()
        .filter(|f| f.display.ends_with(".json"))
        .collect();
    if plans.is_empty() {
        out.record(
            false,
            format!("{} fixtures", policy.id),
            Some("no fixture `plan.json` beside the policy".into()),
        );
        return;
    }
    // Only this policy: a fixture tests its own policy, not its neighbours.
    let single = Bundle {
        policies: vec![policy.clone()],
        libraries: bundle.libraries.clone(),
        frameworks: bundle.frameworks.clone(),
    };
    let (mut fails, mut passes) = (0, 0);
    for fixture in plans {
        let settings = match fixture_settings(policy, &fixture.display) {
            Ok(s) => s,
            Err(e) => return out.record(false, format!("{} settings", policy.id), Some(e)),
        };
        let evaluator = match Evaluator::new(&single, &settings, DEFAULT_POLICY_TIMEOUT) {
            Ok(e) => e,
            Err(e) => {
                return out.record(false, format!("{} compile", policy.id), Some(e.to_string()))
            }
        };
        let text =
            match crate::load::text::decode(std::path::Path::new(&fixture.display), &fixture.bytes)
            {
                Ok(t) => t,
                Err(e) => {
                    out.record(false, fixture.display.clone(), Some(e.to_string()));
                    continue;
                }
            };
        let doc = Document::new(&fixture.display, &text);
        let mut inventory = match crate::load::load_document(&doc) {
            Ok((inv, _)) => inv,
            Err(e) => {
                out.record(false, fixture.display.clone(), Some(e.to_string()));
                continue;
            }
        };
        inventory.finish(&settings.scope);
        let names: std::collections::HashMap<&str, String> = inventory
            .resources
            .iter()
            // The plan's resource name, or a Config item's resource name; an account or region
            // summary is named by its fixture file (`fail_no_trail.json`).
            .map(|r| {
                let stem = || {
                    let file = fixture.display.rsplit('/').next().unwrap_or("");
                    file.strip_suffix(".json").unwrap_or(file).to_string()
                };
                let name = if r.kind.is_summary() {
                    stem()
                } else {
                    r.name
                        .clone()
                        .unwrap_or_else(|| r.id.rsplit('.').next().unwrap_or("").to_string())
                };
                (r.id.as_str(), name)
            })
            .collect();
        // `fail_` in Terraform names; `fail-` where AWS allows no underscore (RDS).
        let named = |name: &str, prefix: &str| {
            name.strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with(['_', '-']))
        };
        let findings = evaluator.evaluate(&inventory);
        // Every named resource of the policy's kinds gets its verdict; `skip_` gets none (a
        // scoped policy that does not apply to it).
        for r in &inventory.resources {
            if !policy.kinds.contains(&r.kind) {
                continue;
            }
            let name = &names[r.id.as_str()];
            let judged = findings.iter().any(|f| f.resource == r.id);
            if named(name, "skip") && judged {
                out.record(
                    false,
                    format!("{} {} is not judged", policy.id, r.id),
                    Some("got a finding".into()),
                );
            } else if named(name, "skip") {
                out.record(true, format!("{} {} is not judged", policy.id, r.id), None);
            } else if ["fail", "pass", "unknown"].iter().any(|p| named(name, p)) && !judged {
                out.record(
                    false,
                    format!("{} {} is judged", policy.id, r.id),
                    Some("got no finding".into()),
                );
            }
        }
        for f in findings {
            let name = names.get(f.resource.as_str()).cloned().unwrap_or_default();
            let is = |prefix: &str| named(&name, prefix);
            let expected = if is("fail") {
                Status::Fail
            } else if is("pass") {
                Status::Pass
            } else if is("unknown") {
                Status::Unknown
            } else {
                continue;
            };
            match expected {
                Status::Fail => fails += 1,
                Status::Pass => passes += 1,
                _ => {}
            }
            // A summary's id (`account`) is the same in every fixture: name the fixture.
            let label = if f.kind.starts_with("AWS::::") {
                format!(
                    "{} {} in {} is {}",
                    policy.id, f.resource, fixture.display, expected
                )
            } else {
                format!("{} {} is {}", policy.id, f.resource, expected)
            };
            let why = (f.status != expected).then(|| format!("got {}: {}", f.status, f.message));
            out.record(f.status == expected, label, why);
        }
    }
    if fails == 0 || passes == 0 {
        out.record(
            false,
            format!("{} fixtures", policy.id),
            Some(format!("fixtures need at least one `fail_` and one `pass_` resource of the policy's kinds (found {fails} and {passes})")),
        );
    }
}

/// A `comply.toml` beside the policy sets what its fixtures run with; `NAME.comply.toml` sets
/// what fixture `NAME.json` runs with.
fn fixture_settings(policy: &Policy, fixture: &str) -> Result<Settings, String> {
    let own = format!(
        "{}.{}",
        fixture.strip_suffix(".json").unwrap_or(fixture),
        settings::FILE_NAME
    );
    let shared =
        |f: &&crate::policy::Fixture| f.display.rsplit('/').next() == Some(settings::FILE_NAME);
    match policy
        .fixtures
        .iter()
        .find(|f| f.display == own)
        .or_else(|| policy.fixtures.iter().find(shared))
    {
        None => Ok(Settings::default()),
        Some(f) => {
            let text = String::from_utf8(f.bytes.clone())
                .map_err(|_| format!("{}: not UTF-8", f.display))?;
            settings::parse(&f.display, &text).map_err(|e| e.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_rules;

    #[test]
    fn finds_test_rule_heads() {
        let t = "package x\ntest_a if {\n}\ntest_b_2 if { true }\n  test_indented := 1\ntest_a if { false }\n";
        assert_eq!(test_rules(t), vec!["test_a", "test_b_2"]);
    }
}
