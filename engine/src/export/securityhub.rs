//! `comply export securityhub REPORT.json`: the report's findings in AWS Security Finding Format
//! (`comply_reports::asff`, the same mapping `--format asff` writes) imported with
//! `BatchImportFindings`, at most 100 per request.
//!
//! Every finding is sent, passes included: Security Hub keeps one finding per `Id` (policy and
//! resource), so a second export updates the same findings, and one that passes since the last
//! export arrives as `Compliance.Status = PASSED` and Security Hub closes it.

use crate::error::{Error, Result};
use crate::load::live::{sdk_config, LiveOptions};
use aws_sdk_securityhub::types::{
    AwsSecurityFinding, Compliance, ComplianceStatus, Note, Recommendation, RecordState,
    Remediation, Resource, Severity, SeverityLabel, Workflow, WorkflowStatus,
};
use comply_reports::asff::{self, AsffDefaults};
use serde_json::Value;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub report: PathBuf,
    /// Security Hub's region; else the profile's or `AWS_REGION`.
    pub region: Option<String>,
    /// The account findings without one are filed under; else the caller's (STS).
    pub account: Option<String>,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    pub max_attempts: u32,
    pub attempt_timeout: Duration,
}

/// A finding Security Hub did not take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub id: String,
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub region: String,
    pub batches: usize,
    pub imported: usize,
    pub refused: Vec<Refused>,
}

/// Error codes worth sending the finding again for.
fn transient(code: &str) -> bool {
    code.contains("Throttl") || code.contains("TooManyRequests") || code.contains("Internal")
}

pub fn export(options: &ExportOptions) -> Result<Outcome> {
    let report = crate::stored::read(&options.report)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the AWS client runtime: {e}")))?;
    runtime.block_on(export_async(options, &report))
}

async fn export_async(options: &ExportOptions, report: &comply_reports::Report) -> Result<Outcome> {
    let live = LiveOptions {
        profile: options.profile.clone(),
        endpoint_url: options.endpoint_url.clone(),
        max_attempts: options.max_attempts,
        attempt_timeout: options.attempt_timeout,
        ..LiveOptions::default()
    };
    let config = sdk_config(&live, options.region.as_deref()).await;
    let Some(region) = config.region().map(|r| r.to_string()) else {
        return Err(Error::Usage(
            "no AWS region for Security Hub: pass `--region eu-west-1` or set AWS_REGION".into(),
        ));
    };
    let account = match &options.account {
        Some(a) => a.clone(),
        None => aws_sdk_sts::Client::new(&config)
            .get_caller_identity()
            .send()
            .await
            .map_err(|e| live_error("sts:GetCallerIdentity", &e))?
            .account()
            .map(str::to_string)
            .ok_or_else(|| Error::Usage("sts:GetCallerIdentity returned no account".into()))?,
    };
    let partition = crate::aws::partition_of(&region).to_string();
    let (mut findings, left_out) = asff::findings(
        report,
        &AsffDefaults {
            account: Some(account.clone()),
            region: Some(region.clone()),
            partition: partition.clone(),
        },
    );
    debug_assert!(left_out.is_empty(), "every finding has an account here");
    // Findings are imported into the product of the region they are sent to.
    for f in &mut findings {
        let acct = f["AwsAccountId"].as_str().unwrap_or(&account).to_string();
        f["ProductArn"] = Value::String(format!(
            "arn:{partition}:securityhub:{region}:{acct}:product/{acct}/default"
        ));
    }
    let client = aws_sdk_securityhub::Client::new(&config);
    let mut outcome = Outcome {
        region: region.clone(),
        ..Outcome::default()
    };
    for batch in asff::batches(findings, 100) {
        outcome.batches += 1;
        let mut pending: Vec<(String, AwsSecurityFinding)> = Vec::new();
        for v in &batch {
            let id = v["Id"].as_str().unwrap_or_default().to_string();
            match to_sdk(v) {
                Ok(f) => pending.push((id, f)),
                Err(e) => outcome.refused.push(Refused {
                    id,
                    code: "comply".into(),
                    message: e,
                }),
            }
        }
        // The request itself is retried by the SDK (throttling, 5xx); findings Security Hub
        // refuses for a transient reason are sent again, with backoff, a few times.
        let mut attempt = 0;
        while !pending.is_empty() {
            attempt += 1;
            let out = client
                .batch_import_findings()
                .set_findings(Some(pending.iter().map(|(_, f)| f.clone()).collect()))
                .send()
                .await
                .map_err(|e| live_error("securityhub:BatchImportFindings", &e))?;
            let failed: Vec<Refused> = out
                .failed_findings()
                .iter()
                .map(|f| Refused {
                    id: f.id().unwrap_or_default().to_string(),
                    code: f.error_code().unwrap_or_default().to_string(),
                    message: f.error_message().unwrap_or_default().to_string(),
                })
                .collect();
            outcome.imported += pending.len() - failed.len();
            let (retry, refused): (Vec<Refused>, Vec<Refused>) = failed
                .into_iter()
                .partition(|r| transient(&r.code) && attempt < options.max_attempts);
            outcome.refused.extend(refused);
            pending.retain(|(id, _)| retry.iter().any(|r| &r.id == id));
            if !pending.is_empty() {
                tokio::time::sleep(Duration::from_millis(200 << attempt.min(5))).await;
            }
        }
    }
    outcome.refused.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(outcome)
}

fn live_error<E: std::error::Error + 'static>(
    call: &str,
    e: &aws_sdk_securityhub::error::SdkError<E>,
) -> Error {
    use aws_sdk_securityhub::error::DisplayErrorContext;
    Error::Usage(format!("{call} failed: {}", DisplayErrorContext(e)))
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The ASFF JSON of one finding as the SDK's type (its types have no serde).
fn to_sdk(v: &Value) -> std::result::Result<AwsSecurityFinding, String> {
    if v["Resources"].as_array().is_none_or(|r| r.is_empty()) {
        return Err("a finding needs a resource".into());
    }
    let mut b = AwsSecurityFinding::builder()
        .set_schema_version(text(v, "SchemaVersion"))
        .set_id(text(v, "Id"))
        .set_product_arn(text(v, "ProductArn"))
        .set_generator_id(text(v, "GeneratorId"))
        .set_aws_account_id(text(v, "AwsAccountId"))
        .set_created_at(text(v, "CreatedAt"))
        .set_updated_at(text(v, "UpdatedAt"))
        .set_title(text(v, "Title"))
        .set_description(text(v, "Description"))
        .set_record_state(text(v, "RecordState").map(|s| RecordState::from(s.as_str())));
    for t in v["Types"].as_array().into_iter().flatten() {
        if let Some(t) = t.as_str() {
            b = b.types(t);
        }
    }
    if let Some(label) = v["Severity"]["Label"].as_str() {
        b = b.severity(
            Severity::builder()
                .label(SeverityLabel::from(label))
                .build(),
        );
    }
    if let Some(t) = v["Remediation"]["Recommendation"]["Text"].as_str() {
        b = b.remediation(
            Remediation::builder()
                .recommendation(Recommendation::builder().text(t).build())
                .build(),
        );
    }
    let c = &v["Compliance"];
    if c.is_object() {
        let mut cb =
            Compliance::builder().set_status(c["Status"].as_str().map(ComplianceStatus::from));
        for r in c["RelatedRequirements"].as_array().into_iter().flatten() {
            if let Some(r) = r.as_str() {
                cb = cb.related_requirements(r);
            }
        }
        b = b.compliance(cb.build());
    }
    if let Some(s) = v["Workflow"]["Status"].as_str() {
        b = b.workflow(Workflow::builder().status(WorkflowStatus::from(s)).build());
    }
    let n = &v["Note"];
    if n.is_object() {
        b = b.note(
            Note::builder()
                .set_text(text(n, "Text"))
                .set_updated_by(text(n, "UpdatedBy"))
                .set_updated_at(text(n, "UpdatedAt"))
                .build(),
        );
    }
    for r in v["Resources"].as_array().into_iter().flatten() {
        b = b.resources(
            Resource::builder()
                .set_type(text(r, "Type"))
                .set_id(text(r, "Id"))
                .set_region(text(r, "Region"))
                .set_partition(text(r, "Partition").map(|p| p.as_str().into()))
                .build(),
        );
    }
    if let Some(fields) = v["ProductFields"].as_object() {
        for (k, val) in fields {
            if let Some(val) = val.as_str() {
                b = b.product_fields(k, val);
            }
        }
    }
    Ok(b.build())
}
