//! Hostile user policies: one that loops, recurses or asks for unbounded memory is stopped and
//! reported as `error` (exit 3) while every other finding survives; none can reach the network,
//! the files or the environment.

use super::common::{SETTINGS, THEMES};
use super::run::{comply_within, s, scratch};
use std::collections::BTreeMap;
use std::time::Duration;

/// A user policy of `AWS::S3::Bucket` whose body is `rules`.
pub fn policy(name: &str, id: &str, rules: &str) -> String {
    format!(
        "# METADATA\n# title: hostile {name}\n# custom:\n#   id: {id}\n#   severity: low\n\
         #   kinds: [\"AWS::S3::Bucket\"]\n#   themes: [public-access]\n#   controls:\n\
         #     soc2: [\"CC6.1\"]\npackage user.{name}\n\nimport rego.v1\n\n{rules}\n"
    )
}

/// (policy, resource) -> status of a JSON report.
fn statuses(stdout: &str) -> BTreeMap<(String, String), String> {
    let v: serde_json::Value = serde_json::from_str(stdout).expect("a JSON report");
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                (
                    f["policy_id"].as_str().unwrap().to_string(),
                    f["resource"].as_str().unwrap().to_string(),
                ),
                f["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn scan(extra: &[&str]) -> super::run::Run {
    let mut args = vec![
        "scan",
        "--config",
        SETTINGS,
        "--format",
        "json",
        "--policy-timeout-ms",
        "300",
    ];
    args.extend(extra);
    args.push(THEMES);
    comply_within(Duration::from_secs(120), &args)
}

/// Scans with the one policy `rules` and checks: exit 3, every bucket's finding of it is an
/// error whose message contains `why`, and every other finding is what it is without it.
fn stopped(name: &str, rules: &str, why: &str) {
    let dir = scratch(&format!("policy-{name}"));
    std::fs::create_dir_all(dir.join(name)).unwrap();
    let id = "USER-666";
    std::fs::write(
        dir.join(name).join(format!("{name}.rego")),
        policy(name, id, rules),
    )
    .unwrap();
    let run = scan(&["--policies", s(&dir)]);
    assert_eq!(run.code, Some(3), "{name}: {}", run.stderr);
    let with = statuses(&run.stdout);
    let without = statuses(&scan(&[]).stdout);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mine: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["policy_id"] == id)
        .collect();
    assert!(!mine.is_empty(), "{name}: the policy judged no bucket");
    for f in &mine {
        assert_eq!(f["status"], "error", "{name}: {f}");
        let message = f["message"].as_str().unwrap();
        assert!(message.contains(why), "{name}: `{why}` not in `{message}`");
    }
    let others: BTreeMap<_, _> = with.into_iter().filter(|((p, _), _)| p != id).collect();
    assert_eq!(others, without, "{name}: the other findings changed");
}

#[test]
fn a_policy_that_loops_is_stopped_by_the_time_limit() {
    stopped(
        "loop",
        "deny contains msg if {\n  some i in numbers.range(1, 100000)\n  some j in numbers.range(1, 100000)\n  i == j + 100000000\n  msg := \"never\"\n}",
        "time limit",
    );
}

#[test]
fn a_policy_that_recurses_is_an_error_not_a_stack_overflow() {
    stopped(
        "recurse",
        "f(x) := y if { y := f(x) }\n\ndeny contains msg if { f(1); msg := \"never\" }",
        "recursion is not allowed in Rego: user.recurse.f -> user.recurse.f",
    );
    stopped(
        "mutual",
        "f(x) := y if { y := g(x) }\n\ng(x) := y if { y := data.user.mutual.f(x) }\n\ndeny contains msg if { f(1); msg := \"never\" }",
        "user.mutual.f -> user.mutual.g -> user.mutual.f",
    );
}

#[test]
fn a_policy_that_asks_for_unbounded_memory_is_refused_it() {
    stopped(
        "allocate",
        "deny contains msg if { n := count(numbers.range(1, 100000000000)); n > 0; msg := \"never\" }",
        "comply allows at most 1000000",
    );
    stopped(
        "allocate_step",
        "deny contains msg if { n := count(numbers.range_step(0, 100000000000, 2)); n > 0; msg := \"never\" }",
        "comply allows at most 1000000",
    );
}

#[test]
fn a_policy_cannot_reach_the_network_the_files_or_the_environment() {
    // Each is a builtin comply does not build into regorus (no `http`, `opa-runtime` or DNS
    // features): calling it is an error, never a value. No builtin reads a file.
    for (name, call) in [
        (
            "http",
            "r := http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1:9/\"})",
        ),
        ("runtime", "r := opa.runtime()"),
        ("lookup", "r := net.lookup_ip_addr(\"localhost\")"),
        ("env", "r := opa.runtime().env.COMPLY_PLANTED"),
    ] {
        stopped(
            name,
            &format!("deny contains msg if {{ {call}; msg := sprintf(\"%v\", [r]) }}"),
            "could not find function",
        );
    }
}
