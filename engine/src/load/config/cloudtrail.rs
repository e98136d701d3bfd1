//! `AWS::CloudTrail::Trail`. AWS Config records a trail's settings, not whether it is logging.

use super::item::Head;
use super::reader::{Conf, Got, Reader};
use crate::model::*;

pub fn trail(head: &Head, r: &mut Reader<'_>) -> CloudTrailTrail {
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
    }
}
