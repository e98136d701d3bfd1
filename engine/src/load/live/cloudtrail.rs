//! CloudTrail: the trails of a region with their logging status and event selectors. Config
//! records a trail's settings but neither of those; the live scan adds them (`isLogging`,
//! `eventSelectors`, `advancedEventSelectors`), and describes trails Config does not record.

use super::describe;
use aws_sdk_cloudtrail::operation::get_event_selectors::GetEventSelectorsOutput;
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
        let selectors = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            client
                .get_event_selectors()
                .trail_name(arn)
                .send()
                .await
                .map_err(|e| format!("GetEventSelectors `{name}`: {}", describe(&e)))?
        };
        let account = arn.split(':').nth(4).unwrap_or_default();
        let mut item = json!({
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
        });
        item["configuration"]
            .as_object_mut()
            .expect("an object")
            .extend(selectors_json(&selectors));
        out.push(item);
    }
    Ok(out)
}

/// `GetEventSelectors` in the camelCase shape the Config loader reads. A list the API did not
/// return is left out, so the loader does not take it for an empty one.
fn selectors_json(out: &GetEventSelectorsOutput) -> Map<String, Value> {
    let mut m = Map::new();
    if let Some(list) = out.event_selectors.as_deref() {
        let list = list
            .iter()
            .map(|s| {
                json!({
                    "readWriteType": s.read_write_type().map(|t| t.as_str()),
                    "includeManagementEvents": s.include_management_events(),
                    "dataResources": s
                        .data_resources()
                        .iter()
                        .map(|d| json!({"type": d.r#type(), "values": d.values()}))
                        .collect::<Vec<_>>(),
                    "excludeManagementEventSources": s.exclude_management_event_sources(),
                })
            })
            .collect();
        m.insert("eventSelectors".into(), Value::Array(list));
    }
    if let Some(list) = out.advanced_event_selectors.as_deref() {
        let list = list
            .iter()
            .map(|s| {
                let fields: Vec<Value> = s
                    .field_selectors()
                    .iter()
                    .map(|f| {
                        let mut field = Map::new();
                        field.insert("field".into(), f.field().into());
                        for (key, values) in [
                            ("equals", f.equals()),
                            ("notEquals", f.not_equals()),
                            ("startsWith", f.starts_with()),
                            ("endsWith", f.ends_with()),
                            ("notStartsWith", f.not_starts_with()),
                            ("notEndsWith", f.not_ends_with()),
                        ] {
                            if !values.is_empty() {
                                field.insert(key.into(), values.into());
                            }
                        }
                        Value::Object(field)
                    })
                    .collect();
                json!({"name": s.name(), "fieldSelectors": fields})
            })
            .collect();
        m.insert("advancedEventSelectors".into(), Value::Array(list));
    }
    m
}

/// What CloudTrail adds to the settings AWS Config records.
const LIVE_ONLY: [&str; 3] = ["isLogging", "eventSelectors", "advancedEventSelectors"];

/// Adds CloudTrail's view to Config's items: logging status and event selectors on trails Config
/// recorded, whole items for trails it did not.
pub fn merge(items: &mut Vec<Value>, trails: Vec<Value>) {
    for trail in trails {
        let arn = trail["arn"].as_str().unwrap_or_default().to_string();
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
                for key in LIVE_ONLY {
                    if let Some(v) = trail["configuration"].get(key) {
                        config.insert(key.into(), v.clone());
                    }
                }
                item["configuration"] = Value::Object(config);
            }
            None => items.push(trail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::json::Document;
    use crate::model::Attributes;
    use aws_sdk_cloudtrail::types::{
        AdvancedEventSelector, AdvancedFieldSelector, DataResource, EventSelector, ReadWriteType,
    };

    const ARN: &str = "arn:aws:cloudtrail:eu-west-1:123456789012:trail/audit";

    fn field(name: &str, equals: &str) -> AdvancedFieldSelector {
        AdvancedFieldSelector::builder()
            .field(name)
            .equals(equals)
            .build()
            .unwrap()
    }

    /// A trail item as `trail_items` makes it, from these selectors.
    fn live_trail(selectors: &GetEventSelectorsOutput) -> Value {
        let mut configuration = json!({"name": "audit", "isLogging": false});
        configuration
            .as_object_mut()
            .unwrap()
            .extend(selectors_json(selectors));
        json!({"arn": ARN, "resourceType": TRAIL, "configuration": configuration})
    }

    /// The trail's model attributes when `items` go through the Config loader.
    fn trail_of(items: Vec<Value>) -> (crate::model::CloudTrailTrail, Vec<String>) {
        let text = json!({ "baseConfigurationItems": items }).to_string();
        let (inv, _) = crate::load::load_document(&Document::new("live", &text)).unwrap();
        let r = &inv.resources[0];
        match &r.attributes {
            Attributes::CloudTrailTrail(t) => (t.clone(), r.unknown.clone()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn event_selectors_take_the_config_shape() {
        let out = GetEventSelectorsOutput::builder()
            .trail_arn(ARN)
            .event_selectors(
                EventSelector::builder()
                    .read_write_type(ReadWriteType::WriteOnly)
                    .include_management_events(true)
                    .data_resources(
                        DataResource::builder()
                            .r#type("AWS::S3::Object")
                            .values("arn:aws:s3:::logs/")
                            .build(),
                    )
                    .build(),
            )
            .build();
        assert_eq!(
            Value::Object(selectors_json(&out)),
            json!({"eventSelectors": [{
                "readWriteType": "WriteOnly",
                "includeManagementEvents": true,
                "dataResources": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3:::logs/"]}],
                "excludeManagementEventSources": [],
            }]})
        );
        let advanced = GetEventSelectorsOutput::builder()
            .advanced_event_selectors(
                AdvancedEventSelector::builder()
                    .name("reads")
                    .field_selectors(field("eventCategory", "Management"))
                    .field_selectors(field("readOnly", "true"))
                    .field_selectors(
                        AdvancedFieldSelector::builder()
                            .field("eventSource")
                            .not_equals("kms.amazonaws.com")
                            .build()
                            .unwrap(),
                    )
                    .build()
                    .unwrap(),
            )
            .build();
        assert_eq!(
            Value::Object(selectors_json(&advanced)),
            json!({"advancedEventSelectors": [{"name": "reads", "fieldSelectors": [
                {"field": "eventCategory", "equals": ["Management"]},
                {"field": "readOnly", "equals": ["true"]},
                {"field": "eventSource", "notEquals": ["kms.amazonaws.com"]},
            ]}]})
        );
    }

    #[test]
    fn merge_adds_logging_status_and_selectors_to_recorded_trails() {
        // BatchGetResourceConfig writes `configuration` as a string, without selectors.
        let recorded = json!({
            "resourceType": TRAIL, "resourceId": "audit", "resourceName": "audit", "arn": ARN,
            "awsRegion": "eu-west-1",
            "configuration": json!({
                "name": "audit", "isMultiRegionTrail": true, "includeGlobalServiceEvents": true,
                "logFileValidationEnabled": true, "s3BucketName": "logs",
                "hasCustomEventSelectors": true,
            }).to_string(),
        });
        let (t, unknown) = trail_of(vec![recorded.clone()]);
        assert_eq!((t.management_events, t.s3_data_events), (None, None));
        assert!(unknown.contains(&"attributes.management_events".to_string()));

        let selectors = GetEventSelectorsOutput::builder()
            .advanced_event_selectors(
                AdvancedEventSelector::builder()
                    .field_selectors(field("eventCategory", "Management"))
                    .field_selectors(field("readOnly", "true"))
                    .build()
                    .unwrap(),
            )
            .build();
        let mut items = vec![recorded];
        merge(&mut items, vec![live_trail(&selectors)]);
        assert_eq!(items.len(), 1, "merged into the recorded item");
        let (t, unknown) = trail_of(items);
        assert_eq!(t.is_logging, Some(false));
        assert_eq!(t.management_events.as_deref(), Some("ReadOnly"));
        assert_eq!(t.s3_data_events, Some(false));
        // (BatchGetResourceConfig items carry no tags; the trail's bucket is not in the input.)
        assert_eq!(
            unknown,
            vec![
                "attributes.s3_bucket_access_logging".to_string(),
                "tags".to_string()
            ]
        );
        // Settings only Config recorded are kept.
        assert_eq!(t.is_multi_region_trail, Some(true));
    }
}
