//! CloudTrail: the trails of a region with their logging status. Config records a trail's
//! settings but not whether it is logging; the live scan adds `isLogging`, and describes trails
//! Config does not record.

use super::describe;
use aws_sdk_cloudtrail::Client;
use serde_json::{json, Map, Value};
use std::sync::Arc;
use tokio::sync::Semaphore;

const TRAIL: &str = "AWS::CloudTrail::Trail";

/// Trails whose home region is `region`, as Config-shaped items.
pub async fn trail_items(
    client: &Client,
    region: &str,
    limit: &Arc<Semaphore>,
) -> Result<Vec<Value>, String> {
    let trails = {
        let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
        client
            .describe_trails()
            .include_shadow_trails(false)
            .send()
            .await
            .map_err(|e| format!("DescribeTrails: {}", describe(&e)))?
    };
    let mut out = Vec::new();
    for t in trails.trail_list() {
        if t.home_region().is_some_and(|h| h != region) {
            continue;
        }
        let (Some(name), Some(arn)) = (t.name(), t.trail_arn()) else {
            continue;
        };
        let status = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            client
                .get_trail_status()
                .name(arn)
                .send()
                .await
                .map_err(|e| format!("GetTrailStatus `{name}`: {}", describe(&e)))?
        };
        let account = arn.split(':').nth(4).unwrap_or_default();
        out.push(json!({
            "version": "1.3",
            "accountId": account,
            "configurationItemStatus": "OK",
            "resourceType": TRAIL,
            "resourceId": name,
            "resourceName": name,
            "arn": arn,
            "awsRegion": region,
            "configuration": {
                "name": name,
                "trailARN": arn,
                "homeRegion": t.home_region(),
                "isMultiRegionTrail": t.is_multi_region_trail(),
                "logFileValidationEnabled": t.log_file_validation_enabled(),
                "includeGlobalServiceEvents": t.include_global_service_events(),
                "isOrganizationTrail": t.is_organization_trail(),
                "kmsKeyId": t.kms_key_id(),
                "s3BucketName": t.s3_bucket_name(),
                "cloudWatchLogsLogGroupArn": t.cloud_watch_logs_log_group_arn(),
                "isLogging": status.is_logging(),
            },
            "supplementaryConfiguration": {},
        }));
    }
    Ok(out)
}

/// Adds CloudTrail's view to Config's items: `isLogging` on trails Config recorded, whole
/// items for trails it did not.
pub fn merge(items: &mut Vec<Value>, trails: Vec<Value>) {
    for trail in trails {
        let arn = trail["arn"].as_str().unwrap_or_default().to_string();
        let logging = trail["configuration"]["isLogging"].clone();
        let existing = items
            .iter_mut()
            .find(|i| i["resourceType"] == TRAIL && i["arn"].as_str() == Some(arn.as_str()));
        match existing {
            Some(item) => {
                let mut config: Map<String, Value> = match &item["configuration"] {
                    Value::String(s) => serde_json::from_str(s).unwrap_or_default(),
                    Value::Object(m) => m.clone(),
                    _ => Map::new(),
                };
                config.insert("isLogging".into(), logging);
                item["configuration"] = Value::Object(config);
            }
            None => items.push(trail),
        }
    }
}
