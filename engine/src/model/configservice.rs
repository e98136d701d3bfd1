//! `AWS::Config::ConfigurationRecorder`.

use schemars::JsonSchema;
use serde::Serialize;

/// An AWS Config recorder (one per account and region).
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ConfigConfigurationRecorder {
    pub name: Option<String>,
    /// Whether it is recording (the `aws_config_configuration_recorder_status` satellite in a
    /// plan; Config's own item). A recorder the plan creates without a status does not record.
    pub recording: Option<bool>,
    /// Whether every supported resource type is recorded.
    pub all_supported: Option<bool>,
    /// Whether global types (IAM) are recorded too; only with `all_supported`.
    pub include_global_resource_types: Option<bool>,
    /// Resource types recorded when not all are (`INCLUSION_BY_RESOURCE_TYPES`).
    pub resource_types: Vec<String>,
    /// Resource types not recorded (`EXCLUSION_BY_RESOURCE_TYPES`).
    pub excluded_resource_types: Vec<String>,
    /// `ALL_SUPPORTED_RESOURCE_TYPES`, `INCLUSION_BY_RESOURCE_TYPES`,
    /// `EXCLUSION_BY_RESOURCE_TYPES`.
    pub recording_strategy: Option<String>,
}

impl ConfigConfigurationRecorder {
    /// The strategy AWS Config gives a group that names none: all supported types, or the
    /// listed ones (excluding types always names its strategy).
    pub fn implied_strategy(all_supported: Option<bool>) -> Option<String> {
        all_supported.map(|all| {
            if all {
                "ALL_SUPPORTED_RESOURCE_TYPES"
            } else {
                "INCLUSION_BY_RESOURCE_TYPES"
            }
            .to_string()
        })
    }
}
