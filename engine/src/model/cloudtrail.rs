//! `AWS::CloudTrail::Trail`.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct CloudTrailTrail {
    pub trail_name: Option<String>,
    pub is_multi_region_trail: Option<bool>,
    pub include_global_service_events: Option<bool>,
    pub log_file_validation_enabled: Option<bool>,
    pub kms_key: Option<String>,
    /// Whether the trail is recording.
    pub is_logging: Option<bool>,
    /// Which management events the trail records: `All`, `ReadOnly`, `WriteOnly` or `None`.
    pub management_events: Option<String>,
    /// Whether the trail records S3 object-level data events, for any bucket.
    pub s3_data_events: Option<bool>,
    pub s3_bucket: Option<String>,
    /// Whether the bucket the trail delivers to has S3 server access logging on, so reads of
    /// the audit logs are themselves logged; `null` when that bucket is not in the input.
    pub s3_bucket_access_logging: Option<bool>,
    pub cloudwatch_logs_log_group: Option<String>,
    pub is_organization_trail: Option<bool>,
}
