//! CloudTrail trails, with what their event selectors record.

use super::planned::Reader;
use super::table::Table;
use super::values::Node;
use crate::load::trail_selectors::{
    self, AdvancedEventSelector, DataResource, EventSelector, FieldSelector, Recorded,
};
use crate::model::*;

pub const TRAIL: Table = Table {
    types: &[("aws_cloudtrail", |r| Attributes::CloudTrailTrail(trail(r)))],
    satellites: &[],
};

fn trail(r: &mut Reader<'_>) -> CloudTrailTrail {
    let n = r.root();
    let recorded = trail_recorded(n);
    if recorded.management_events.is_none() {
        r.mark_unknown("management_events");
    }
    if recorded.s3_data_events.is_none() {
        r.mark_unknown("s3_data_events");
    }
    CloudTrailTrail {
        trail_name: r.string(n.get("name"), "trail_name"),
        is_multi_region_trail: r.bool(
            n.get("is_multi_region_trail"),
            "is_multi_region_trail",
            Some(false),
        ),
        include_global_service_events: r.bool(
            n.get("include_global_service_events"),
            "include_global_service_events",
            Some(true),
        ),
        log_file_validation_enabled: r.bool(
            n.get("enable_log_file_validation"),
            "log_file_validation_enabled",
            Some(false),
        ),
        kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "kms_key"),
        is_logging: r.bool(n.get("enable_logging"), "is_logging", Some(true)),
        management_events: recorded.management_events.map(str::to_owned),
        s3_data_events: recorded.s3_data_events,
        s3_bucket: r.reference(n.get("s3_bucket_name"), &["s3_bucket_name"], "s3_bucket"),
        cloudwatch_logs_log_group: r.reference(
            n.get("cloud_watch_logs_group_arn"),
            &["cloud_watch_logs_group_arn"],
            "cloudwatch_logs_log_group",
        ),
        is_organization_trail: r.bool(
            n.get("is_organization_trail"),
            "is_organization_trail",
            Some(false),
        ),
        // Derived from the bucket, when the input holds it (`model/derive.rs`).
        s3_bucket_access_logging: None,
    }
}

/// What the trail's `event_selector` / `advanced_event_selector` blocks record, with the
/// provider's defaults for what a block leaves out (`read_write_type = "All"`,
/// `include_management_events = true`).
fn trail_recorded(n: Node<'_>) -> Recorded {
    let basic = n.get("event_selector");
    let advanced = n.get("advanced_event_selector");
    if basic.is_wholly_unknown() || advanced.is_wholly_unknown() {
        return Recorded::UNKNOWN;
    }
    let basic: Vec<EventSelector> = basic
        .items()
        .iter()
        .map(|s| {
            let rw = s.get("read_write_type");
            let management = s.get("include_management_events");
            let data = s.get("data_resource");
            EventSelector {
                read_write_type: (!rw.is_unknown())
                    .then(|| rw.as_str().unwrap_or("All").to_owned()),
                include_management_events: (!management.is_unknown())
                    .then(|| management.as_bool().unwrap_or(true)),
                data_resources: (!data.is_wholly_unknown()).then(|| {
                    data.items()
                        .iter()
                        .map(|d| {
                            let values = d.get("values");
                            DataResource {
                                // A value known only after apply reads as `None`: unknown.
                                resource_type: d.get("type").as_str().map(str::to_owned),
                                // Unknown as a whole when any ARN in it is (a bucket of the same
                                // plan): the list could be empty for all the plan shows.
                                has_values: (!values.is_wholly_unknown())
                                    .then(|| !values.items().is_empty()),
                            }
                        })
                        .collect()
                }),
            }
        })
        .collect();
    let advanced: Vec<AdvancedEventSelector> = advanced
        .items()
        .iter()
        .map(|s| {
            let fields = s.get("field_selector");
            AdvancedEventSelector {
                field_selectors: (!fields.is_wholly_unknown()).then(|| {
                    fields
                        .items()
                        .iter()
                        .map(|f| {
                            let equals = f.get("equals");
                            FieldSelector {
                                field: f.get("field").as_str().map(str::to_owned),
                                equals: (!equals.is_unknown()).then(|| equals.strings()),
                            }
                        })
                        .collect()
                }),
            }
        })
        .collect();
    trail_selectors::recorded(&basic, &advanced)
}
