//! `AWS::CloudTrail::Trail`. AWS Config records a trail's settings, not whether it is logging;
//! its event selectors only when the item carries them (the live scan adds both).

use super::item::Head;
use super::reader::{as_bool, as_str, member, Conf, Got, Reader};
use crate::load::trail_selectors::{
    self, AdvancedEventSelector, DataResource, EventSelector, FieldSelector, Recorded,
};
use crate::model::*;
use serde_json::Value;

pub fn trail(head: &Head, r: &mut Reader<'_>) -> CloudTrailTrail {
    let recorded = recorded(r);
    if recorded.management_events.is_none() {
        r.mark("management_events");
    }
    if recorded.s3_data_events.is_none() {
        r.mark("s3_data_events");
    }
    CloudTrailTrail {
        trail_name: r.req_str_or(Conf, &["name"], "trail_name", head.resource_name.as_ref()),
        is_multi_region_trail: r.req_bool(Conf, &["isMultiRegionTrail"], "is_multi_region_trail"),
        include_global_service_events: r.req_bool(
            Conf,
            &["includeGlobalServiceEvents"],
            "include_global_service_events",
        ),
        log_file_validation_enabled: r.req_bool(
            Conf,
            &["logFileValidationEnabled"],
            "log_file_validation_enabled",
        ),
        kms_key: r.opt_str(Conf, &["kmsKeyId"], "kms_key"),
        // `GetTrailStatus`, which AWS Config does not record.
        is_logging: match r.get(Conf, &["isLogging"]) {
            Got::Value(_) => r.req_bool(Conf, &["isLogging"], "is_logging"),
            _ => {
                r.mark("is_logging");
                None
            }
        },
        management_events: recorded.management_events.map(str::to_owned),
        s3_data_events: recorded.s3_data_events,
        s3_bucket: r.req_str(Conf, &["s3BucketName"], "s3_bucket"),
        cloudwatch_logs_log_group: r.opt_str(
            Conf,
            &["cloudWatchLogsLogGroupArn"],
            "cloudwatch_logs_log_group",
        ),
        is_organization_trail: r.opt_bool(
            Conf,
            &["isOrganizationTrail"],
            "is_organization_trail",
            false,
        ),
        // Derived from the bucket, when the input holds it (`model/derive.rs`).
        s3_bucket_access_logging: None,
    }
}

/// What the trail records, from `eventSelectors` / `advancedEventSelectors` (`GetEventSelectors`,
/// in Config's camelCase or the API's PascalCase). Without them, `hasCustomEventSelectors: false`
/// says the trail has AWS's default selector; anything else leaves it unknown.
fn recorded(r: &Reader<'_>) -> Recorded {
    let basic = r.get(Conf, &["eventSelectors"]);
    let advanced = r.get(Conf, &["advancedEventSelectors"]);
    match (basic, advanced) {
        (Got::NotRecorded, _) | (_, Got::NotRecorded) => Recorded::UNKNOWN,
        (Got::Absent, Got::Absent) => match r.get(Conf, &["hasCustomEventSelectors"]) {
            Got::Value(v) if as_bool(v) == Some(false) => Recorded::AWS_DEFAULT,
            _ => Recorded::UNKNOWN,
        },
        (basic, advanced) => {
            let (Some(basic), Some(advanced)) = (list(basic), list(advanced)) else {
                // Present but not lists: nothing we can vouch for.
                return Recorded::UNKNOWN;
            };
            let basic: Vec<EventSelector> = basic.iter().map(event_selector).collect();
            let advanced: Vec<AdvancedEventSelector> =
                advanced.iter().map(advanced_selector).collect();
            trail_selectors::recorded(&basic, &advanced)
        }
    }
}

fn list<'v>(got: Got<'v>) -> Option<&'v [Value]> {
    match got {
        Got::Value(Value::Array(a)) => Some(a),
        Got::Value(_) => None,
        _ => Some(&[]),
    }
}

/// A list member: missing is empty (Config leaves empty lists out), not a list is unknown.
fn items<'v>(v: &'v Value, key: &str) -> Option<&'v [Value]> {
    match member(v, key) {
        None => Some(&[]),
        Some(Value::Array(a)) => Some(a),
        Some(_) => None,
    }
}

fn strings(v: &Value, key: &str) -> Option<Vec<String>> {
    items(v, key)?.iter().map(as_str).collect()
}

fn event_selector(v: &Value) -> EventSelector {
    EventSelector {
        // The API's defaults when a selector leaves them out.
        read_write_type: match member(v, "readWriteType") {
            None => Some("All".into()),
            Some(t) => as_str(t),
        },
        include_management_events: match member(v, "includeManagementEvents") {
            None => Some(true),
            Some(b) => as_bool(b),
        },
        data_resources: items(v, "dataResources").map(|resources| {
            resources
                .iter()
                .map(|d| DataResource {
                    resource_type: member(d, "type").and_then(as_str),
                    has_values: items(d, "values").map(|values| !values.is_empty()),
                })
                .collect()
        }),
    }
}

fn advanced_selector(v: &Value) -> AdvancedEventSelector {
    AdvancedEventSelector {
        field_selectors: items(v, "fieldSelectors").map(|fields| {
            fields
                .iter()
                .map(|f| FieldSelector {
                    field: member(f, "field").and_then(as_str),
                    equals: strings(f, "equals"),
                })
                .collect()
        }),
    }
}
