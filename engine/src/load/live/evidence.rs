//! Evidence from other judges, attributed to its source: AWS Config rule results and Security
//! Hub control findings (such as root MFA, which Config does not record). Shown beside comply's
//! own findings, never merged into them.

use super::describe;
use comply_reports::Evidence;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Every evaluation result of every Config rule in the region.
pub async fn config_rules(
    client: &aws_sdk_config::Client,
    region: &str,
    limit: &Arc<Semaphore>,
) -> Result<Vec<Evidence>, String> {
    let mut rules = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            client
                .describe_config_rules()
                .set_next_token(token.clone())
                .send()
                .await
                .map_err(|e| format!("DescribeConfigRules: {}", describe(&e)))?
        };
        rules.extend(
            page.config_rules()
                .iter()
                .filter_map(|r| r.config_rule_name().map(str::to_owned)),
        );
        match page.next_token() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    let mut out = Vec::new();
    for rule in rules {
        let mut token: Option<String> = None;
        loop {
            let page = {
                let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
                client
                    .get_compliance_details_by_config_rule()
                    .config_rule_name(&rule)
                    .set_next_token(token.clone())
                    .send()
                    .await
                    .map_err(|e| {
                        format!(
                            "GetComplianceDetailsByConfigRule `{rule}`: {}",
                            describe(&e)
                        )
                    })?
            };
            for r in page.evaluation_results() {
                let qualifier = r
                    .evaluation_result_identifier()
                    .and_then(|i| i.evaluation_result_qualifier());
                out.push(Evidence {
                    source: "aws-config-rule".into(),
                    check: rule.clone(),
                    resource: qualifier
                        .and_then(|q| q.resource_id())
                        .unwrap_or_default()
                        .to_string(),
                    resource_type: qualifier.and_then(|q| q.resource_type()).map(str::to_owned),
                    region: Some(region.to_string()),
                    status: r
                        .compliance_type()
                        .map(|c| c.as_str().to_string())
                        .unwrap_or_else(|| "UNKNOWN".into()),
                    title: None,
                    detail: r.annotation().map(str::to_owned),
                });
            }
            match page.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_string()),
                _ => break,
            }
        }
    }
    Ok(out)
}

/// Active Security Hub findings of the region's security controls.
pub async fn security_hub(
    client: &aws_sdk_securityhub::Client,
    region: &str,
    limit: &Arc<Semaphore>,
) -> Result<Vec<Evidence>, String> {
    use aws_sdk_securityhub::types::{
        AwsSecurityFindingFilters, StringFilter, StringFilterComparison,
    };
    let filters = AwsSecurityFindingFilters::builder()
        .record_state(
            StringFilter::builder()
                .comparison(StringFilterComparison::Equals)
                .value("ACTIVE")
                .build(),
        )
        .build();
    let mut out = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            match client
                .get_findings()
                .filters(filters.clone())
                .max_results(100)
                .set_next_token(token.clone())
                .send()
                .await
            {
                Ok(p) => p,
                // Security Hub not enabled here: nothing to read, which is not a failure.
                Err(e) if describe(&e).starts_with("InvalidAccessException") => return Ok(out),
                Err(e) => return Err(format!("GetFindings: {}", describe(&e))),
            }
        };
        for f in page.findings() {
            let compliance = f.compliance();
            out.push(Evidence {
                source: "security-hub".into(),
                check: compliance
                    .and_then(|c| c.security_control_id())
                    .or(f.generator_id())
                    .unwrap_or_default()
                    .to_string(),
                resource: f
                    .resources()
                    .first()
                    .and_then(|r| r.id())
                    .unwrap_or_default()
                    .to_string(),
                resource_type: f
                    .resources()
                    .first()
                    .and_then(|r| r.r#type())
                    .map(str::to_owned),
                region: f.region().map(str::to_owned).or(Some(region.to_string())),
                status: compliance
                    .and_then(|c| c.status())
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_else(|| "UNKNOWN".into()),
                title: f.title().map(str::to_owned),
                detail: f
                    .severity()
                    .and_then(|s| s.label())
                    .map(|l| format!("severity {}", l.as_str())),
            });
        }
        match page.next_token() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    Ok(out)
}
