//! `comply scan --aws` against moto's server, a real implementation of CloudTrail and Security
//! Hub, with AWS Config served by the loopback fake (moto does not implement Config for most
//! kinds). Each service is pointed at its server through the standard service-specific endpoint
//! variables (`AWS_ENDPOINT_URL_CLOUDTRAIL`, ...), as a user would point one service elsewhere.

mod common;

use common::fake_aws::{FakeAws, Faults};
use common::moto::{block_on, Moto, ACCOUNT};
use common::*;
use serde_json::Value;

const SNAPSHOT: &str = "fixtures/config/parity/snapshot.json";
const LOG_BUCKET: &str = "comply-moto-trail-logs";

/// The parity snapshot's items, all served in eu-west-1 (IAM's `global` ones too, as Config
/// records them in one region).
fn config_items() -> Vec<Value> {
    let snapshot: Value =
        serde_json::from_slice(&std::fs::read(root().join(SNAPSHOT)).unwrap()).unwrap();
    snapshot["configurationItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let mut item = item.clone();
            item["awsRegion"] = "eu-west-1".into();
            item
        })
        .collect()
}

fn credentials() -> Vec<(&'static str, String)> {
    FAKE_AWS.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

fn scan(extra_args: &[&str], env: &[(&'static str, String)]) -> (Option<i32>, Value, String) {
    let mut args = vec![
        "scan",
        "--aws",
        "--format",
        "json",
        "--fail-on",
        "none",
        "--quiet",
        "--max-attempts",
        "3",
        "--attempt-timeout",
        "10",
    ];
    args.extend_from_slice(extra_args);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let out = comply_env(&args, &env);
    let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), report, stderr(&out))
}

/// The verdict of `policy` on the resource whose name contains `name`.
fn verdict(report: &Value, policy: &str, name: &str) -> Option<String> {
    report["findings"]
        .as_array()?
        .iter()
        .find(|f| f["policy_id"] == policy && f["resource"].as_str().unwrap_or("").contains(name))
        .map(|f| f["status"].as_str().unwrap_or_default().to_string())
}

fn seed_trails(moto: &Moto) {
    moto.create_bucket(LOG_BUCKET);
    block_on(async {
        let eu = moto.cloudtrail("eu-west-1");
        // The trail Config recorded: CloudTrail adds that it is logging.
        eu.create_trail()
            .name("comply-parity-trail")
            .s3_bucket_name(LOG_BUCKET)
            .is_multi_region_trail(true)
            .enable_log_file_validation(true)
            .send()
            .await
            .expect("create the audit trail");
        eu.start_logging()
            .name("comply-parity-trail")
            .send()
            .await
            .expect("start logging");
        // A trail Config did not record: single-region, unvalidated, never started.
        eu.create_trail()
            .name("comply-quiet-trail")
            .s3_bucket_name(LOG_BUCKET)
            .send()
            .await
            .expect("create the quiet trail");
        // The account's audit trail in name, but it records only read-only management events.
        eu.create_trail()
            .name("comply-readonly-trail")
            .s3_bucket_name(LOG_BUCKET)
            .is_multi_region_trail(true)
            .enable_log_file_validation(true)
            .send()
            .await
            .expect("create the read-only trail");
        eu.put_event_selectors()
            .trail_name("comply-readonly-trail")
            .event_selectors(
                aws_sdk_cloudtrail::types::EventSelector::builder()
                    .read_write_type(aws_sdk_cloudtrail::types::ReadWriteType::ReadOnly)
                    .include_management_events(true)
                    .build(),
            )
            .send()
            .await
            .expect("put event selectors");
        eu.start_logging()
            .name("comply-readonly-trail")
            .send()
            .await
            .expect("start logging");
        let us = moto.cloudtrail("us-east-1");
        us.create_trail()
            .name("comply-us-trail")
            .s3_bucket_name(LOG_BUCKET)
            .enable_log_file_validation(true)
            .send()
            .await
            .expect("create the us trail");
        us.start_logging()
            .name("comply-us-trail")
            .send()
            .await
            .expect("start logging");
    });
}

fn seed_root_mfa_finding(moto: &Moto) {
    use aws_sdk_securityhub::types::{
        AwsSecurityFinding, Compliance, ComplianceStatus, RecordState, Resource, Severity,
        SeverityLabel,
    };
    let region = "eu-west-1";
    let finding = AwsSecurityFinding::builder()
        .schema_version("2018-10-08")
        .id(format!(
            "arn:aws:securityhub:{region}:{ACCOUNT}:security-control/IAM.9/finding/1"
        ))
        .product_arn(format!(
            "arn:aws:securityhub:{region}::product/aws/securityhub"
        ))
        .generator_id("security-control/IAM.9")
        .aws_account_id(ACCOUNT)
        .types("Software and Configuration Checks/Industry and Regulatory Standards")
        .created_at("2026-11-30T10:00:00Z")
        .updated_at("2026-11-30T10:00:00Z")
        .title("MFA should be enabled for the root user (seeded in moto)")
        .description("The root user has no MFA device.")
        .severity(Severity::builder().label(SeverityLabel::Critical).build())
        .resources(
            Resource::builder()
                .r#type("AwsAccount")
                .id(format!("AWS::::Account:{ACCOUNT}"))
                .build(),
        )
        .compliance(
            Compliance::builder()
                .status(ComplianceStatus::Failed)
                .security_control_id("IAM.9")
                .build(),
        )
        .record_state(RecordState::Active)
        .build();
    let out = block_on(
        moto.security_hub(region)
            .batch_import_findings()
            .findings(finding)
            .send(),
    )
    .expect("import a finding into moto's Security Hub");
    assert_eq!(out.failed_count(), Some(0), "{out:?}");
}

#[test]
fn trails_and_findings_from_moto_are_judged_and_attributed() {
    let moto = Moto::acquire();
    seed_trails(&moto);
    seed_root_mfa_finding(&moto);
    let config = FakeAws::start(config_items(), 2, Faults::default());
    let mut env = credentials();
    env.push(("AWS_ENDPOINT_URL_CONFIG_SERVICE", config.url.clone()));
    env.push(("AWS_ENDPOINT_URL_CLOUDTRAIL", moto.url.clone()));
    env.push(("AWS_ENDPOINT_URL_SECURITYHUB", moto.url.clone()));
    let (code, report, err) = scan(&["--regions", "eu-west-1,us-east-1"], &env);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        report["summary"]["incomplete"], false,
        "{:?}",
        report["errors"]
    );

    // Config's trail and the trails only CloudTrail knows are all judged. The account has a
    // multi-region trail that is logging all management events (CloudTrail says so; Config
    // records neither), so the single-region trails beside it do not fail AWS-CLOUDTRAIL-001.
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-001", "123456789012").as_deref(),
        Some("pass")
    );
    let account = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["policy_id"] == "AWS-CLOUDTRAIL-001")
        .map(|f| f["kind"].as_str().unwrap_or_default())
        .collect::<Vec<_>>();
    assert_eq!(account, ["AWS::::Account"]);
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-002", "comply-quiet-trail").as_deref(),
        Some("fail")
    );
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-002", "comply-us-trail").as_deref(),
        Some("pass")
    );
    // Logging status and event selectors come from CloudTrail: Config records neither.
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-004", "comply-parity-trail").as_deref(),
        Some("pass")
    );
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-004", "comply-quiet-trail").as_deref(),
        Some("fail")
    );
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-005", "comply-parity-trail").as_deref(),
        Some("pass")
    );
    assert_eq!(
        verdict(&report, "AWS-CLOUDTRAIL-005", "comply-readonly-trail").as_deref(),
        Some("fail")
    );
    // The us trail is judged in its own region, not in eu-west-1.
    let us_trail = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["resource"]
                .as_str()
                .unwrap_or("")
                .contains("comply-us-trail")
        })
        .unwrap();
    assert_eq!(us_trail["region"], "us-east-1");
    assert_eq!(us_trail["account"], ACCOUNT);

    // Security Hub's finding, read from moto, is evidence attributed to its source.
    let evidence = report["evidence"].as_array().unwrap();
    let root_mfa = evidence
        .iter()
        .find(|e| e["source"] == "security-hub" && e["check"] == "IAM.9")
        .unwrap_or_else(|| panic!("no IAM.9 evidence in {evidence:?}"));
    assert_eq!(root_mfa["status"], "FAILED");
    assert_eq!(
        root_mfa["title"],
        "MFA should be enabled for the root user (seeded in moto)"
    );
    assert_eq!(root_mfa["region"], "eu-west-1");
}

/// moto writes Config timestamps as `2026-12-01 11:08:12.327940+00:00`, which is not the
/// protocol's epoch seconds, so the SDK refuses its `BatchGetResourceConfig` response. A real
/// server answering badly must fail the region by name, never read as an empty, passing account.
#[test]
fn a_server_answering_malformed_items_fails_the_region_by_name() {
    let moto = Moto::acquire();
    moto.create_bucket("comply-moto-data");
    block_on(async {
        use aws_sdk_config::types::{ConfigurationRecorder, RecordingGroup};
        let client = moto.config("us-east-1");
        client
            .put_configuration_recorder()
            .configuration_recorder(
                ConfigurationRecorder::builder()
                    .name("default")
                    .role_arn(format!("arn:aws:iam::{ACCOUNT}:role/config"))
                    .recording_group(RecordingGroup::builder().all_supported(true).build())
                    .build(),
            )
            .send()
            .await
            .expect("a configuration recorder in moto");
    });
    let mut env = credentials();
    env.push(("AWS_ENDPOINT_URL", moto.url.clone()));
    let (code, report, err) = scan(&["--regions", "us-east-1"], &env);
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(report["summary"]["incomplete"], true);
    let errors = errors(&report);
    assert!(
        errors.iter().any(|e| e.contains("us-east-1")
            && e.contains("AWS::S3::Bucket")
            && e.contains("BatchGetResourceConfig")),
        "{errors:?}"
    );
}
