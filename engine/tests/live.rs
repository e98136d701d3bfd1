//! `comply scan --aws` against a loopback AWS endpoint: the real SDK over real HTTP, across two
//! regions or through an aggregator over two accounts, with pagination, tags through advanced
//! query, and injected faults (throttling, a failing region, slow and truncated responses,
//! denied queries, unprocessed batch keys, a failed aggregator source).

mod common;

use common::fake_aws::{Aggregator, FakeAws, Faults};
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::OnceLock;
use std::time::Duration;

const SNAPSHOT: &str = "fixtures/config/parity/snapshot.json";
const SECOND_ACCOUNT: &str = "222222222222";

fn seeded_items() -> Vec<Value> {
    common::fake_aws::two_region_items()
}

/// The seeded items of the snapshot's account and a renamed copy in a second account.
fn two_accounts() -> Vec<Value> {
    let mut items = seeded_items();
    let copies: Vec<Value> = items
        .iter()
        .map(|i| {
            let text = i
                .to_string()
                .replace("123456789012", SECOND_ACCOUNT)
                .replace("comply-", "comply-b-");
            serde_json::from_str(&text).unwrap()
        })
        .collect();
    items.extend(copies);
    items
}

struct Run<'a> {
    url: &'a str,
    args: &'a [&'a str],
    attempt_timeout: &'a str,
    max_attempts: &'a str,
    region: &'a str,
}

impl<'a> Run<'a> {
    fn new(url: &'a str, args: &'a [&'a str]) -> Run<'a> {
        Run {
            url,
            args,
            attempt_timeout: "5",
            max_attempts: "4",
            region: "eu-west-1",
        }
    }

    fn go(&self) -> (Option<i32>, Value, String) {
        let mut args = vec![
            "scan",
            "--aws",
            "--endpoint-url",
            self.url,
            "--format",
            "json",
            "--fail-on",
            "none",
            "--config",
            SETTINGS,
            "--quiet",
            "--max-attempts",
            self.max_attempts,
            "--attempt-timeout",
            self.attempt_timeout,
        ];
        args.extend_from_slice(self.args);
        let mut env = FAKE_AWS.to_vec();
        env.push(("AWS_REGION", self.region));
        let out = comply_env(&args, &env);
        let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out.status.code(), report, stderr(&out))
    }
}

fn live_scan(url: &str, regions: &str) -> (Option<i32>, Value, String) {
    Run::new(url, &["--regions", regions]).go()
}

/// A calm two-region scan, made once and compared with the faulty ones: its report and how
/// many requests it made.
fn calm_scan() -> &'static (Value, usize) {
    static CALM: OnceLock<(Value, usize)> = OnceLock::new();
    CALM.get_or_init(|| {
        let server = FakeAws::start(seeded_items(), 2, Faults::default());
        let (code, report, err) = live_scan(&server.url, "eu-west-1,us-east-1");
        assert_eq!(code, Some(0), "{err}");
        (report, requests(&server))
    })
}

fn calm() -> &'static Value {
    &calm_scan().0
}

fn requests(server: &FakeAws) -> usize {
    server.requests.load(std::sync::atomic::Ordering::SeqCst)
}

type Verdicts = BTreeSet<(String, String, String)>;

/// (policy, resource, status), the resource named as the snapshot names it: the second
/// account's and us-east-1's copies read as the originals.
fn verdict(f: &Value) -> (String, String, String) {
    (
        f["policy_id"].as_str().unwrap().to_string(),
        f["resource"]
            .as_str()
            .unwrap()
            .replace(SECOND_ACCOUNT, "123456789012")
            .replace("comply-b-", "comply-")
            .replace("comply-us-", "comply-parity-")
            .replace("us-east-1", "eu-west-1"),
        f["status"].as_str().unwrap().to_string(),
    )
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"]
        .as_array()
        .expect("a report with findings")
}

fn verdicts(report: &Value, region: &str) -> Verdicts {
    findings(report)
        .iter()
        // Global resources count once, with eu-west-1; the account's summary is in neither.
        .filter(|f| f["kind"] != "AWS::::Account")
        .filter(|f| f["region"] == region || (region == "eu-west-1" && f["region"] == "global"))
        .map(verdict)
        .collect()
}

/// The verdicts of the resources loaded from one source (`aws-config:ACCOUNT:REGION`).
fn verdicts_from(report: &Value, file: &str) -> Verdicts {
    findings(report)
        .iter()
        .filter(|f| f["location"]["file"] == file)
        .map(verdict)
        .collect()
}

/// The verdicts of policies that read tags (residency, and what needs a customer managed key
/// per data classification).
fn residency(s: &Verdicts) -> Verdicts {
    let bundle = comply::policy::Bundle::load(&[]).unwrap();
    let readers: Vec<&str> = bundle
        .policies
        .iter()
        .filter(|p| p.reads.iter().any(|r| r == "tags"))
        // Tags are not all they read: where the network is outside the input, they are unknown.
        .filter(|p| !p.reads.iter().any(|r| r.starts_with("attributes.network")))
        .map(|p| p.id.as_str())
        .collect();
    assert!(readers.contains(&"AWS-RES-001"), "{readers:?}");
    s.iter()
        .filter(|(p, _, _)| readers.contains(&p.as_str()))
        .cloned()
        .collect()
}

#[test]
fn live_scan_finds_the_seeded_misconfigurations_in_two_regions() {
    let server = FakeAws::start(seeded_items(), 2, Faults::default());
    let (code, report, err) = live_scan(&server.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        report["summary"]["incomplete"], false,
        "{:?}",
        report["errors"]
    );
    let eu = verdicts(&report, "eu-west-1");
    let us = verdicts(&report, "us-east-1");
    assert!(eu.iter().any(|(_, _, s)| s == "fail"), "{eu:?}");
    // The same resources in both regions get the same verdicts (IAM is global, read once),
    // except residency: data classified `personal` may live in eu-west-1, not in us-east-1.
    let regional = |s: &Verdicts| -> Verdicts {
        s.iter()
            .filter(|(p, _, _)| !p.starts_with("AWS-IAM") && !p.starts_with("AWS-RES"))
            .cloned()
            .collect()
    };
    assert_eq!(regional(&eu), regional(&us));
    let misplaced = |s: &Verdicts, status: &str| -> BTreeSet<String> {
        s.iter()
            .filter(|(p, _, st)| p == "AWS-RES-001" && st == status)
            .map(|(_, r, _)| r.clone())
            .collect()
    };
    // The bucket, the volume and the database tagged `DataClassification = personal`.
    let personal = misplaced(&us, "fail");
    assert_eq!(personal.len(), 3, "{us:?}");
    assert!(personal.is_subset(&misplaced(&eu, "pass")), "{eu:?}");
    // Pagination: more requests than one page per type, and more than one query page.
    assert!(requests(&server) > 20);
    assert!(server.calls("SelectResourceConfig") > 2);
    // Evidence from other judges is attributed to its source.
    let evidence = report["evidence"].as_array().unwrap();
    assert!(evidence
        .iter()
        .any(|e| e["source"] == "aws-config-rule" && e["status"] == "NON_COMPLIANT"));
    assert!(evidence
        .iter()
        .any(|e| e["source"] == "security-hub" && e["check"] == "IAM.9"));
}

#[test]
fn live_and_offline_snapshot_agree() {
    let server = FakeAws::start(seeded_items(), 3, Faults::default());
    let (code, live, err) = live_scan(&server.url, "eu-west-1");
    assert_eq!(code, Some(0), "{err}");
    let offline = scan_json(&[SNAPSHOT], &[]);
    // Trail logging status comes from CloudTrail live (the fake reports no trails there):
    // compare the rest. Residency reads tags, which the advanced query supplies.
    let keep = |s: Verdicts| -> Verdicts {
        s.into_iter()
            .filter(|(p, _, _)| !p.starts_with("AWS-CLOUDTRAIL"))
            .collect()
    };
    let live = keep(verdicts(&live, "eu-west-1"));
    assert_eq!(live, keep(verdicts(&offline, "eu-west-1")));
    let res = residency(&live);
    assert!(
        !res.is_empty() && res.iter().all(|(_, _, s)| s != "unknown"),
        "{res:?}"
    );
}

#[test]
fn a_resource_without_tags_has_known_empty_tags() {
    let mut items: Vec<Value> = seeded_items()
        .into_iter()
        .filter(|i| i["awsRegion"] == "eu-west-1")
        .collect();
    let mut bare = items
        .iter()
        .find(|i| i["resourceId"] == "comply-parity-secure")
        .unwrap()
        .to_string()
        .replace("comply-parity-secure", "comply-parity-bare")
        .parse::<Value>()
        .unwrap();
    bare.as_object_mut().unwrap().remove("tags");
    items.push(bare);
    let server = FakeAws::start(items, 2, Faults::default());
    let (code, report, err) = live_scan(&server.url, "eu-west-1");
    assert_eq!(code, Some(0), "{err}");
    let bare: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| {
            f["resource"] == "arn:aws:s3:::comply-parity-bare"
                && f["policy_id"].as_str().unwrap().starts_with("AWS-RES")
        })
        .collect();
    // Known to carry no classification: judged, not unknown.
    assert!(
        !bare.is_empty() && bare.iter().all(|f| f["status"] == "pass"),
        "{bare:?}"
    );
}

#[test]
fn a_denied_advanced_query_is_named_and_leaves_residency_unjudged() {
    let server = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            deny_select: true,
            ..Default::default()
        },
    );
    let (code, report, err) = live_scan(&server.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(3), "{err}");
    let errors = errors(&report);
    assert_eq!(errors.len(), 2, "{errors:?}");
    for (e, region) in errors.iter().zip(["eu-west-1", "us-east-1"]) {
        assert!(
            e.starts_with(&format!("region `{region}`: AWS Config advanced query: "))
                && e.contains("SelectResourceConfig: AccessDeniedException")
                && e.contains("unknown"),
            "{e}"
        );
    }
    let expected: Verdicts = findings(calm()).iter().map(verdict).collect();
    let got: Verdicts = findings(&report).iter().map(verdict).collect();
    // Everything but residency as in a calm scan; residency never passes without its tags
    // (some items record tags in their configuration, and are still judged).
    let not_res = |s: &Verdicts| -> Verdicts { s.difference(&residency(s)).cloned().collect() };
    assert_eq!(not_res(&got), not_res(&expected));
    let unjudged: Vec<_> = residency(&got)
        .into_iter()
        .filter(|v| !expected.contains(v))
        .collect();
    assert!(
        !unjudged.is_empty() && unjudged.iter().all(|(_, _, s)| s == "unknown"),
        "{unjudged:?}"
    );
}

#[test]
fn throttling_is_retried_and_changes_nothing() {
    let throttled = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            throttle_first: 3,
            ..Default::default()
        },
    );
    let (code, report, err) = live_scan(&throttled.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        throttled
            .throttled
            .load(std::sync::atomic::Ordering::SeqCst),
        2 * 3
    );
    // Each throttled request was asked again, once.
    assert_eq!(requests(&throttled), calm_scan().1 + 2 * 3);
    assert_eq!(report["findings"], calm()["findings"]);
}

#[test]
fn slow_responses_are_retried_and_change_nothing() {
    let slow = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            slow_first: 2,
            slow_by: Duration::from_millis(2500),
            ..Default::default()
        },
    );
    let mut run = Run::new(&slow.url, &["--regions", "eu-west-1,us-east-1"]);
    run.attempt_timeout = "1";
    let started = std::time::Instant::now();
    let (code, report, err) = run.go();
    assert_eq!(code, Some(0), "{err} {:?}", report["errors"]);
    // Two attempts per region were given up after the one-second attempt timeout, and asked
    // again.
    assert!(started.elapsed() >= Duration::from_secs(2));
    assert_eq!(requests(&slow), calm_scan().1 + 2 * 2);
    assert_eq!(report["findings"], calm()["findings"]);
}

#[test]
fn truncated_responses_are_retried_and_change_nothing() {
    let cut = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            truncate_first: 2,
            ..Default::default()
        },
    );
    let (code, report, err) = live_scan(&cut.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(0), "{err} {:?}", report["errors"]);
    assert_eq!(requests(&cut), calm_scan().1 + 2 * 2);
    assert_eq!(report["findings"], calm()["findings"]);
}

#[test]
fn a_region_whose_responses_are_always_truncated_fails_and_is_named() {
    let server = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            truncated_region: Some("us-east-1".into()),
            ..Default::default()
        },
    );
    let mut run = Run::new(&server.url, &["--regions", "eu-west-1,us-east-1"]);
    run.max_attempts = "3";
    let (code, report, err) = run.go();
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(
        errors(&report),
        [
            "region `us-east-1`: AWS Config `AWS::S3::Bucket`: ListDiscoveredResources: \
          malformed or truncated response"
        ]
    );
    assert_eq!(
        verdicts(&report, "eu-west-1"),
        verdicts(calm(), "eu-west-1")
    );
    assert!(verdicts(&report, "us-east-1").is_empty());
}

#[test]
fn a_failing_region_is_named_and_the_healthy_one_is_kept() {
    let server = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            failing_region: Some("us-east-1".into()),
            ..Default::default()
        },
    );
    let (code, report, err) = live_scan(&server.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(report["summary"]["incomplete"], true);
    let errors = errors(&report);
    assert!(
        !errors.is_empty() && errors.iter().all(|e| e.contains("us-east-1")),
        "{errors:?}"
    );
    let eu = verdicts(&report, "eu-west-1");
    assert!(
        eu.iter().any(|(_, _, s)| s == "fail"),
        "findings of the healthy region are kept"
    );
    assert!(verdicts(&report, "us-east-1").is_empty());
}

fn org(failed: &[(&str, &str)]) -> Option<Aggregator> {
    Some(Aggregator {
        name: "org".into(),
        region: "eu-west-1".into(),
        failed_sources: failed
            .iter()
            .map(|(a, r)| (a.to_string(), r.to_string()))
            .collect(),
    })
}

#[test]
fn an_aggregator_covers_every_account_and_region_and_names_a_failed_source() {
    let server = FakeAws::start_with(
        two_accounts(),
        2,
        Faults {
            unprocessed_half: true,
            ..Default::default()
        },
        org(&[(SECOND_ACCOUNT, "us-east-1")]),
    );
    let (code, report, err) = Run::new(&server.url, &["--aggregator", "org"]).go();
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(
        errors(&report),
        [format!(
            "account `{SECOND_ACCOUNT}` region `us-east-1`: aggregator `org` failed to collect \
             this source (AccessDeniedException: the source account has not authorized the \
             aggregator); its data may be stale or missing"
        )]
    );
    assert_eq!(report["inputs"][0]["file"], "aws-aggregator:org@eu-west-1");
    // Each account and region is judged as a single-account scan judges that region, tags
    // (and so residency) included.
    for account in ["123456789012", SECOND_ACCOUNT] {
        for region in ["eu-west-1", "us-east-1"] {
            let got = verdicts_from(&report, &format!("aws-config:{account}:{region}"));
            let expected = verdicts_from(calm(), &format!("aws-config:{region}"));
            assert!(!got.is_empty(), "{account} {region}");
            assert_eq!(got, expected, "{account} {region}");
        }
    }
    // Only aggregate reads for the inventory; unprocessed identifiers were retried.
    assert_eq!(server.calls("ListDiscoveredResources"), 0);
    assert_eq!(server.calls("BatchGetResourceConfig"), 0);
    assert!(server.calls("SelectAggregateResourceConfig") > 2);
    // Eight seeded types, each with at least four resources: half of each batch came back
    // unprocessed and was asked for again.
    assert!(server.calls("BatchGetAggregateResourceConfig") >= 2 * 8);
    // Trails, rules and Security Hub: the caller's account, in the aggregator's region only.
    assert_eq!(server.calls("DescribeTrails"), 1);
    assert_eq!(server.calls("GetFindings"), 1);
    let evidence = report["evidence"].as_array().unwrap();
    assert!(!evidence.is_empty() && evidence.iter().all(|e| e["region"] == "eu-west-1"));
}

#[test]
fn with_an_aggregator_regions_filter_the_source_regions() {
    let server = FakeAws::start_with(
        two_accounts(),
        2,
        Faults::default(),
        org(&[(SECOND_ACCOUNT, "us-east-1")]),
    );
    let (code, report, err) = Run::new(
        &server.url,
        &["--aggregator", "org", "--regions", "eu-west-1"],
    )
    .go();
    // The failed source is in a region not asked for.
    assert_eq!(code, Some(0), "{err} {:?}", report["errors"]);
    let files: BTreeSet<&str> = findings(&report)
        .iter()
        .map(|f| f["location"]["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        BTreeSet::from([
            "aws-config:123456789012:eu-west-1",
            "aws-config:222222222222:eu-west-1"
        ])
    );
}

#[test]
fn an_aggregator_that_does_not_exist_there_is_a_usage_error() {
    let server = FakeAws::start_with(seeded_items(), 2, Faults::default(), org(&[]));
    let mut run = Run::new(&server.url, &["--aggregator", "org"]);
    run.region = "us-east-1";
    let (code, _, err) = run.go();
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("there is no AWS Config aggregator `org` in region `us-east-1`"),
        "{err}"
    );
}

#[test]
fn a_failing_aggregator_is_named_once_per_cause_and_no_longer_asked() {
    let server = FakeAws::start_with(
        seeded_items(),
        2,
        Faults {
            failing_region: Some("eu-west-1".into()),
            ..Default::default()
        },
        org(&[]),
    );
    let mut run = Run::new(&server.url, &["--aggregator", "org"]);
    run.max_attempts = "2";
    let (code, report, err) = run.go();
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(
        errors(&report),
        [
            "region `eu-west-1`: aggregator `org`: AWS Config (every resource type): \
             ListAggregateDiscoveredResources: InternalFailure: injected failure",
            "region `eu-west-1`: aggregator `org`: DescribeConfigurationAggregatorSourcesStatus: \
             InternalFailure: injected failure; whether each source's data is current is not known"
        ]
    );
    assert_eq!(server.calls("SelectAggregateResourceConfig"), 0);
    assert_eq!(server.calls("DescribeTrails"), 0);
    assert!(findings(&report).is_empty());
}

/// Progress is for people: drawn on a terminal (a pseudo-terminal from script(1) here), never
/// into a pipe or CI log, and never with `--quiet`.
#[test]
fn progress_shows_on_a_terminal_only() {
    let server = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            // Long enough for the bars to be drawn between requests.
            delay: Some(Duration::from_millis(15)),
            ..Default::default()
        },
    );
    let env = FAKE_AWS;
    let args = [
        "scan",
        "--aws",
        "--endpoint-url",
        &server.url,
        "--regions",
        "eu-west-1,us-east-1",
        "--format",
        "json",
        "--fail-on",
        "none",
    ];

    let piped = comply_env(&args, &env);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert_eq!(stderr(&piped), "", "nothing but the result when piped");

    let on_terminal = |extra: &str| {
        let report = std::env::temp_dir().join(format!(
            "comply-progress-{}-{}.json",
            std::process::id(),
            extra.len()
        ));
        let line = format!(
            "{} {} -o {} {extra}",
            env!("CARGO_BIN_EXE_comply"),
            args.join(" "),
            report.display()
        );
        let out = std::process::Command::new("script")
            .args(["-qefc", &line, "/dev/null"])
            .current_dir(root())
            .envs(env)
            .output()
            .expect("script(1) runs");
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
        let written: Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
        std::fs::remove_file(&report).ok();
        assert_eq!(written["summary"]["incomplete"], false);
        stdout(&out)
    };
    let shown = on_terminal("");
    assert!(
        shown.contains("eu-west-1") && shown.contains("us-east-1") && shown.contains("reading "),
        "{shown:?}"
    );
    let quiet = on_terminal("--quiet");
    assert!(!quiet.contains("reading "), "{quiet:?}");
}

/// A region without a Config recorder lists nothing: that is not a clean region. A stopped
/// recorder's items are still judged, and the report says they may be out of date.
#[test]
fn a_region_config_does_not_record_is_named_not_passed() {
    let server = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            no_recorder_region: Some("us-east-1".into()),
            stopped_recorder_region: Some("eu-west-1".into()),
            ..Default::default()
        },
    );
    let (code, report, err) = Run::new(&server.url, &["--regions", "eu-west-1,us-east-1"]).go();
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(report["summary"]["incomplete"], true);
    let errors = errors(&report);
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("region `us-east-1`: AWS Config has no configuration recorder")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with(
            "region `eu-west-1`: AWS Config is not recording (recorder `default`, last status `Failure`)"
        )),
        "{errors:?}"
    );
    assert_eq!(errors.len(), 2, "{errors:?}");
    // The stopped region's items are judged all the same.
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["region"] == "eu-west-1" && f["status"] == "fail"));
}
