//! Evaluation: the only module that touches regorus.
//!
//! Every policy and library is compiled once into one engine per kind (the libraries and that
//! kind's policies); each rayon worker takes clones of those prepared engines and evaluates a
//! resource with its kind's policies only. A policy
//! that errors or runs past its time limit becomes `status: error` for that resource: never a
//! crash, never a pass.

mod bounds;
mod recursion;
mod tests_runner;

pub use tests_runner::{run_tests, TestOutcome};

use crate::error::{Error, Result};
use crate::model::{Inventory, Kind, Resource, SourceKind};
use crate::policy::{Bundle, Policy};
use crate::settings::Settings;
use comply_reports::{Finding, Location, Status};
use rayon::prelude::*;
use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::program::Program;
use regorus::rvm::vm::RegoVM;
use regorus::utils::limits::ExecutionTimerConfig;
use regorus::{Engine, Value};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Default wall-clock limit for one policy on one resource.
pub const DEFAULT_POLICY_TIMEOUT: Duration = Duration::from_secs(2);

pub struct Evaluator<'b> {
    bundle: &'b Bundle,
    /// Kind -> the engine that judges it (the libraries, settings and only that kind's
    /// policies), the indexes of its policies, and the generated rule that evaluates all of
    /// them at once.
    by_kind: HashMap<Kind, KindEngine>,
    rules: Vec<String>,
    /// `data` as the policies see it (the settings), for the virtual machines.
    data: Value,
    timer: ExecutionTimerConfig,
    /// Resources the VM could not finish, judged by the interpreter instead.
    fallbacks: AtomicUsize,
    /// Indexed like the bundle's policies.
    shown: Vec<Shown>,
}

/// What every finding of a policy repeats, shared instead of copied: a million Config items
/// make millions of findings.
struct Shown {
    title: Arc<str>,
    themes: Arc<[String]>,
    controls: Arc<comply_reports::Controls>,
    remediation: Option<Arc<str>>,
}

impl Shown {
    fn of(p: &Policy) -> Shown {
        Shown {
            title: p.title.as_str().into(),
            themes: p.themes.as_slice().into(),
            controls: Arc::new(p.controls.clone()),
            remediation: p.remediation.as_deref().map(Arc::from),
        }
    }
}

struct KindEngine {
    engine: Engine,
    policies: Vec<usize>,
    /// Policies of the kind that are not evaluated, with the error every resource gets from
    /// them (a recursive function: evaluating it would overflow the stack).
    refused: Vec<(usize, String)>,
    batch: String,
    /// The batch rule compiled for regorus' virtual machine (RVM), which evaluates it 2-3x
    /// faster than the interpreter; `None` when the compiler does not support something the
    /// kind's policies use, and then the interpreter judges the kind.
    program: Option<Arc<Program>>,
}

/// How many VM instructions one resource may take before the interpreter judges it instead
/// (the interpreter has the time limit and the per-policy fallback).
const VM_INSTRUCTIONS: usize = 5_000_000;

/// Which evaluator judges resources: the VM where a kind compiles for it (the default), or the
/// interpreter for everything (`COMPLY_EVAL=interpreter`, to compare the two).
fn vm_enabled() -> bool {
    std::env::var("COMPLY_EVAL").map_or(true, |v| v != "interpreter")
}

/// The package of the generated per-kind rule.
const BATCH_PACKAGE: &str = "comply_internal.kinds";

impl<'b> Evaluator<'b> {
    pub fn new(
        bundle: &'b Bundle,
        settings: &Settings,
        timeout: Duration,
    ) -> Result<Evaluator<'b>> {
        let mut policies_of: HashMap<Kind, Vec<usize>> = HashMap::new();
        for (i, p) in bundle.policies.iter().enumerate() {
            for k in &p.kinds {
                policies_of.entry(*k).or_default().push(i);
            }
        }
        let rules: Vec<String> = bundle.policies.iter().map(Policy::deny_rule).collect();
        // Every policy compiles in one engine first, so a broken one is reported the same way
        // whatever its kinds.
        let mut all = base_engine(bundle, settings)?;
        for p in &bundle.policies {
            add(&mut all, &p.source.display, &p.source.text)?;
        }
        prepare(&mut all)?;
        let refused = refuse_recursion(bundle, &mut all)?;
        // One engine per kind: regorus looks through every module of an engine for each rule it
        // evaluates, so an engine holding only its kind's policies costs the same however large
        // the library grows. One evaluation per resource: a generated rule gathers the deny
        // sets of every policy of the kind.
        let timer = ExecutionTimerConfig {
            limit: timeout,
            check_interval: NonZeroU32::new(64).expect("non-zero"),
        };
        let use_vm = vm_enabled();
        let mut by_kind = HashMap::new();
        let mut kinds: Vec<_> = policies_of.into_iter().collect();
        kinds.sort_by_key(|(k, _)| *k);
        for (kind, policies) in kinds {
            let (refused_here, policies): (Vec<usize>, Vec<usize>) =
                policies.into_iter().partition(|i| refused.contains_key(i));
            let refused_here = refused_here
                .into_iter()
                .map(|i| (i, refused[&i].clone()))
                .collect();
            let mut engine = base_engine(bundle, settings)?;
            for &i in &policies {
                let p = &bundle.policies[i];
                add(&mut engine, &p.source.display, &p.source.text)?;
            }
            let entries: Vec<String> = policies
                .iter()
                .map(|&i| format!("\"{i}\": {}", rules[i]))
                .collect();
            let module = format!(
                "package {BATCH_PACKAGE}\n\nbatch := {{{}}}\n",
                entries.join(", ")
            );
            add(&mut engine, "comply-internal/kinds.rego", &module)?;
            engine.set_execution_timer_config(timer);
            prepare(&mut engine)?;
            let batch = format!("data.{BATCH_PACKAGE}.batch");
            // The VM follows OPA's non-strict semantics: an error inside a rule body makes that
            // body fail instead of raising, so a policy that errors would read as compliant.
            // Only built-in policies, which `tests/vm.rs` holds to the interpreter's verdicts
            // on every fixture, run on it; a kind with any policy or library from a
            // `--policies` directory is judged by the interpreter, where an error is an error.
            let vetted = bundle.builtin_libraries()
                && policies.iter().all(|&i| bundle.policies[i].source.builtin);
            let program = if use_vm && vetted {
                compile_vm(&mut engine, &batch)
            } else {
                None
            };
            by_kind.insert(
                kind,
                KindEngine {
                    engine,
                    policies,
                    refused: refused_here,
                    batch,
                    program,
                },
            );
        }
        Ok(Evaluator {
            bundle,
            by_kind,
            rules,
            data: settings_data(settings)?,
            timer,
            fallbacks: AtomicUsize::new(0),
            shown: bundle.policies.iter().map(Shown::of).collect(),
        })
    }

    /// The same evaluator with the interpreter judging everything (what `COMPLY_EVAL=interpreter`
    /// does), to compare the two.
    pub fn interpreter_only(mut self) -> Self {
        for k in self.by_kind.values_mut() {
            k.program = None;
        }
        self
    }

    /// The kinds the VM judges, and all kinds with policies.
    pub fn vm_kinds(&self) -> (usize, usize) {
        let vm = self
            .by_kind
            .values()
            .filter(|k| k.program.is_some())
            .count();
        (vm, self.by_kind.len())
    }

    /// How many resources the VM started but the interpreter judged.
    pub fn fallbacks(&self) -> usize {
        self.fallbacks.load(Ordering::Relaxed)
    }

    /// A virtual machine loaded with a kind's program and the settings.
    fn vm(&self, program: &Arc<Program>) -> Option<RegoVM> {
        let mut vm = RegoVM::new();
        vm.load_program(program.clone());
        vm.set_data(self.data.clone()).ok()?;
        vm.set_max_instructions(VM_INSTRUCTIONS);
        // A builtin that fails (division by zero, a bad argument) is an error, as in the
        // interpreter, never a silent undefined that could read as a pass; the error sends the
        // resource to the interpreter, whose verdict stands.
        vm.set_strict_builtin_errors(true);
        vm.set_execution_timer_config(Some(self.timer));
        Some(vm)
    }

    /// Judges every resource with every policy of its kind, in parallel. Findings come back in
    /// report order.
    pub fn evaluate(&self, inventory: &Inventory) -> Vec<Finding> {
        let chunk = (inventory.resources.len() / (rayon::current_num_threads() * 4)).clamp(16, 512);
        let mut findings: Vec<Finding> = inventory
            .resources
            .par_chunks(chunk)
            .flat_map_iter(|resources| {
                // A clone of a kind's prepared engine per chunk, made when first needed.
                let mut engines: HashMap<Kind, Engine> = HashMap::new();
                let mut vms: HashMap<Kind, Option<RegoVM>> = HashMap::new();
                let mut out = Vec::new();
                for r in resources {
                    let Some(k) = self.by_kind.get(&r.kind) else {
                        continue;
                    };
                    let vm = vms
                        .entry(r.kind)
                        .or_insert_with(|| k.program.as_ref().and_then(|p| self.vm(p)));
                    self.judge(&mut engines, vm.as_mut(), k, r, &mut out);
                }
                out
            })
            .collect();
        // Stable, as `sort_by`: the same order at any thread count.
        findings.par_sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        findings
    }

    /// `engines`: the chunk's interpreters, cloned only when the VM cannot judge (a clone
    /// costs more than judging a resource).
    fn judge(
        &self,
        engines: &mut HashMap<Kind, Engine>,
        vm: Option<&mut RegoVM>,
        kind: &KindEngine,
        resource: &Resource,
        out: &mut Vec<Finding>,
    ) {
        let (policies, batch) = (&kind.policies, &kind.batch);
        for (i, message) in &kind.refused {
            out.push(finding(
                &self.bundle.policies[*i],
                &self.shown[*i],
                resource,
                Status::Error,
                message.clone(),
                Vec::new(),
            ));
        }
        let input = match resource_input(resource) {
            Ok(v) => v,
            Err(e) => {
                for &i in policies {
                    out.push(finding(
                        &self.bundle.policies[i],
                        &self.shown[i],
                        resource,
                        Status::Error,
                        e.clone(),
                        Vec::new(),
                    ));
                }
                return;
            }
        };
        // The VM first; anything it cannot finish (an error, its instruction cap) goes to the
        // interpreter, which has the time limit and can blame a single policy.
        let vm_result = vm.and_then(|vm| {
            vm.set_input(input.clone());
            let done = vm.execute().ok();
            if done.is_none() {
                self.fallbacks.fetch_add(1, Ordering::Relaxed);
            }
            done
        });
        let batched = match vm_result {
            Some(v @ Value::Object(_)) => Ok(v),
            _ => {
                let engine = engines
                    .entry(resource.kind)
                    .or_insert_with(|| kind.engine.clone());
                engine.set_input(input);
                engine.eval_rule(batch.clone()).map_err(|e| e.to_string())
            }
        };
        if let Ok(Value::Object(all)) = batched {
            for &i in policies {
                let deny = all
                    .get(&Value::from(i.to_string()))
                    .cloned()
                    .unwrap_or(Value::Undefined);
                if let Some(deny) = in_scope(&self.bundle.policies[i], resource, Ok(deny)) {
                    out.push(verdict(
                        &self.bundle.policies[i],
                        &self.shown[i],
                        resource,
                        deny,
                    ));
                }
            }
            return;
        }
        // Something failed: evaluate one policy at a time, so the error lands on the policy
        // that raised it and every other verdict stands.
        let engine = engines
            .entry(resource.kind)
            .or_insert_with(|| kind.engine.clone());
        for &i in policies {
            let policy = &self.bundle.policies[i];
            let result = engine
                .eval_rule(self.rules[i].clone())
                .map_err(|e| e.to_string());
            if let Some(result) = in_scope(policy, resource, result) {
                out.push(verdict(policy, &self.shown[i], resource, result));
            }
        }
    }
}

/// regorus prepares (and reports compile errors) lazily on the first evaluation: do it once
/// here, so a broken policy is an error before any resource is judged, and clones start ready.
fn prepare(engine: &mut Engine) -> Result<()> {
    engine.set_input(Value::new_object());
    // A trivial query prepares every module (scheduling, semantic checks) without evaluating
    // any rule, so input-dependent runtime errors stay per-resource verdicts.
    engine.eval_query("true".to_string(), false).map_err(|e| {
        Error::Policy(format!(
            "cannot compile policies:\n{}",
            e.to_string().trim()
        ))
    })?;
    Ok(())
}

/// The batch rule compiled for the VM, or `None` where the RVM compiler does not support what
/// the policies use (the interpreter judges those kinds).
fn compile_vm(engine: &mut Engine, rule: &str) -> Option<Arc<Program>> {
    let compiled = engine.compile_with_entrypoint(&rule.into()).ok()?;
    Compiler::compile_from_policy(&compiled, &[rule]).ok()
}

/// Policies holding a function that calls itself (directly or through others), by index, with
/// the error they give every resource: regorus' interpreter would recurse until the stack
/// overflows and the process aborts. Such a function in a library is an error of the bundle.
fn refuse_recursion(bundle: &Bundle, engine: &mut Engine) -> Result<HashMap<usize, String>> {
    let mut refused = HashMap::new();
    for cycle in recursion::cycles(engine.get_modules()) {
        let message = format!(
            "policy error: {}:{}: recursion is not allowed in Rego: {}",
            cycle.file, cycle.line, cycle.chain
        );
        match bundle
            .policies
            .iter()
            .position(|p| p.source.display == cycle.file)
        {
            Some(i) => {
                refused.entry(i).or_insert(message);
            }
            None => {
                return Err(Error::Policy(format!(
                    "cannot compile policies: {}:{}: recursion is not allowed in Rego: {}",
                    cycle.file, cycle.line, cycle.chain
                )))
            }
        }
    }
    Ok(refused)
}

/// `data.comply.settings`.
fn settings_data(settings: &Settings) -> Result<Value> {
    let data = serde_json::json!({"comply": {"settings": settings}});
    Value::from_json_str(&data.to_string()).map_err(|e| Error::Policy(format!("settings: {e}")))
}

/// An engine with the libraries and settings, without policies.
pub(crate) fn base_engine(bundle: &Bundle, settings: &Settings) -> Result<Engine> {
    let mut engine = Engine::new();
    engine.set_rego_v0(false);
    bounds::install(&mut engine)?;
    for lib in &bundle.libraries {
        add(&mut engine, &lib.display, &lib.text)?;
    }
    engine
        .add_data(settings_data(settings)?)
        .map_err(|e| Error::Policy(format!("settings: {e}")))?;
    Ok(engine)
}

pub(crate) fn add(engine: &mut Engine, display: &str, text: &str) -> Result<()> {
    engine
        .add_policy(display.to_string(), text.to_string())
        .map(|_| ())
        .map_err(|e| {
            Error::Policy(format!(
                "{display}: cannot compile: {}",
                e.to_string().trim()
            ))
        })
}

/// The policy input: `{"resource": <normalized resource>}`.
pub(crate) fn resource_input(resource: &Resource) -> std::result::Result<Value, String> {
    let json =
        serde_json::to_string(resource).map_err(|e| format!("cannot encode resource: {e}"))?;
    let mut text = String::with_capacity(json.len() + 16);
    text.push_str("{\"resource\":");
    text.push_str(&json);
    text.push('}');
    Value::from_json_str(&text).map_err(|e| format!("cannot encode resource: {e}"))
}

/// A scoped policy's `[deny, applies]` -> its deny set, or `None` when the policy does not
/// apply to the resource. `applies` reads tags: with tags unknown (a resource outside the plan)
/// the policy applies, so that not knowing is never silence.
fn in_scope(
    policy: &Policy,
    resource: &Resource,
    result: std::result::Result<Value, String>,
) -> Option<std::result::Result<Value, String>> {
    if !policy.scoped {
        return Some(result);
    }
    let Ok(Value::Array(pair)) = &result else {
        return Some(result);
    };
    let (deny, applies) = match pair.as_slice() {
        [deny, applies] => (deny.clone(), applies.clone()),
        _ => return Some(Err("`applies` and `deny` did not evaluate".to_string())),
    };
    let tags_unknown = resource.unknown.iter().any(|u| overlaps(u, "tags"));
    if applies == Value::from(false) && !tags_unknown {
        return None;
    }
    Some(Ok(deny))
}

/// deny results -> a finding. `unknown` when nothing failed but the policy reads a value that is
/// only known after apply.
fn verdict(
    policy: &Policy,
    shown: &Shown,
    resource: &Resource,
    result: std::result::Result<Value, String>,
) -> Finding {
    let messages = match result {
        Err(msg) => {
            let why = if msg.contains("time limit") || msg.contains("exceeded") {
                format!("policy exceeded its time limit: {}", msg.trim())
            } else {
                format!("policy error: {}", msg.trim())
            };
            return finding(policy, shown, resource, Status::Error, why, Vec::new());
        }
        Ok(v) => messages_of(&v),
    };
    match messages {
        Err(e) => finding(policy, shown, resource, Status::Error, e, Vec::new()),
        Ok(m) if !m.is_empty() => finding(
            policy,
            shown,
            resource,
            Status::Fail,
            m.join("; "),
            Vec::new(),
        ),
        Ok(_) => {
            let depends: Vec<String> = resource
                .unknown
                .iter()
                .filter(|u| policy.reads.iter().any(|r| overlaps(u, r)))
                .cloned()
                .collect();
            if depends.is_empty() {
                let message = if resource.partial {
                    format!(
                        "what this plan changes is compliant (`{}` itself is not in the plan)",
                        resource.id
                    )
                } else {
                    "compliant".to_string()
                };
                finding(policy, shown, resource, Status::Pass, message, Vec::new())
            } else {
                let network = depends.iter().all(|d| d.starts_with("attributes.network."));
                let joined = depends
                    .iter()
                    .all(|d| crate::model::derive::JOINED.contains(&d.as_str()));
                let msg = match resource.source.kind {
                    _ if resource.kind.is_summary() => summary_unknown(resource, &depends),
                    _ if joined => format!(
                        "cannot be judged: {} depends on a resource the input does not hold (scan them together)",
                        depends.join(", ")
                    ),
                    _ if network => format!(
                        "cannot be judged: where it sits in the network ({}) depends on resources the input does not hold or values only known after apply",
                        depends.join(", ")
                    ),
                    SourceKind::TerraformPlan if resource.partial => format!(
                        "cannot be judged: `{}` is not in the plan, and {} is not set by it",
                        resource.id,
                        depends.join(", ")
                    ),
                    SourceKind::TerraformPlan => format!(
                        "cannot be judged until apply: {} only known after apply",
                        depends.join(", ")
                    ),
                    SourceKind::AwsConfig => format!(
                        "cannot be judged: {} not recorded by AWS Config",
                        depends.join(", ")
                    ),
                };
                finding(policy, shown, resource, Status::Unknown, msg, depends)
            }
        }
    }
}

/// Why an account or region summary cannot say: the input does not show the whole scope.
fn summary_unknown(resource: &Resource, depends: &[String]) -> String {
    let hint = match resource.source.kind {
        SourceKind::TerraformPlan => {
            "a plan shows only what it declares (hint: set `[scope] plan_covers_account = true` when each plan declares its whole account)"
        }
        SourceKind::AwsConfig => {
            "the input does not show it (hint: AWS Config must record the resource types involved in every region scanned)"
        }
    };
    format!("cannot be judged: {} not known; {hint}", depends.join(", "))
}

/// `a.b` overlaps `a.b.c` and `a`, not `a.bc`.
fn overlaps(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long == short || (long.starts_with(short) && long.as_bytes()[short.len()] == b'.')
}

/// A deny set of strings -> sorted messages.
fn messages_of(v: &Value) -> std::result::Result<Vec<String>, String> {
    let mut out = match v {
        Value::Undefined | Value::Null => Vec::new(),
        Value::Set(s) => s
            .iter()
            .map(message_of)
            .collect::<std::result::Result<Vec<_>, _>>()?,
        Value::Array(a) => a
            .iter()
            .map(message_of)
            .collect::<std::result::Result<Vec<_>, _>>()?,
        other => {
            return Err(format!(
                "policy error: `deny` must be a set of messages, got {}",
                describe(other)
            ))
        }
    };
    out.sort();
    out.dedup();
    Ok(out)
}

fn message_of(v: &Value) -> std::result::Result<String, String> {
    match v {
        Value::String(s) => Ok(s.to_string()),
        Value::Object(o) => match o.get(&Value::from("msg")) {
            Some(Value::String(s)) => Ok(s.to_string()),
            _ => Err("policy error: a `deny` object needs a string `msg`".to_string()),
        },
        other => Err(format!(
            "policy error: a `deny` message must be a string, got {}",
            describe(other)
        )),
    }
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Set(_) => "a set",
        Value::Object(_) => "an object",
        Value::Null => "null",
        Value::Undefined => "undefined",
    }
}

fn finding(
    policy: &Policy,
    shown: &Shown,
    resource: &Resource,
    status: Status,
    message: String,
    unknown: Vec<String>,
) -> Finding {
    Finding {
        policy_id: policy.id.clone(),
        title: shown.title.clone(),
        status,
        severity: policy.severity,
        resource: resource.id.clone(),
        kind: resource.kind.as_str().to_string(),
        region: resource.region.clone(),
        account: resource.account.clone(),
        themes: shown.themes.clone(),
        controls: shown.controls.clone(),
        message,
        remediation: shown.remediation.clone(),
        location: Location {
            file: resource.source.file.clone(),
            line: resource.source.line,
            column: resource.source.column,
        },
        unknown,
        source: None,
        waiver: None,
        baselined: false,
        changed_by: None,
    }
}

#[cfg(test)]
mod tests {
    use super::overlaps;

    #[test]
    fn path_overlap_is_by_segment() {
        assert!(overlaps(
            "attributes.encryption",
            "attributes.encryption.at_rest"
        ));
        assert!(overlaps("attributes.encryption.at_rest", "attributes"));
        assert!(!overlaps("attributes.enc", "attributes.encryption"));
        assert!(overlaps("region", "region"));
    }
}
