//! `AWS::Config::ConfigurationRecorder`. The item records the recorder's status too
//! (`Recording`), which a plan has in `aws_config_configuration_recorder_status`.

use super::item::Head;
use super::reader::{as_str, Conf, Reader};
use crate::model::*;
use serde_json::Value;

pub fn recorder(head: &Head, r: &mut Reader<'_>) -> ConfigConfigurationRecorder {
    let all_supported = r.req_bool(Conf, &["RecordingGroup", "AllSupported"], "all_supported");
    // Items from before recording strategies (2023) have none: the one AWS Config implies.
    let recording_strategy = r
        .opt_str(
            Conf,
            &["RecordingGroup", "RecordingStrategy", "UseOnly"],
            "recording_strategy",
        )
        .or_else(|| ConfigConfigurationRecorder::implied_strategy(all_supported));
    if recording_strategy.is_none() {
        r.mark("recording_strategy");
    }
    ConfigConfigurationRecorder {
        name: r.req_str_or(Conf, &["Name"], "name", head.resource_name.as_ref()),
        recording: r.req_bool(Conf, &["Recording"], "recording"),
        all_supported,
        include_global_resource_types: r.req_bool(
            Conf,
            &["RecordingGroup", "IncludeGlobalResourceTypes"],
            "include_global_resource_types",
        ),
        resource_types: strings(r.opt_list(
            Conf,
            &["RecordingGroup", "ResourceTypes"],
            "resource_types",
        )),
        excluded_resource_types: strings(r.opt_list(
            Conf,
            &[
                "RecordingGroup",
                "ExclusionByResourceTypes",
                "ResourceTypes",
            ],
            "excluded_resource_types",
        )),
        recording_strategy,
    }
}

fn strings(list: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = list.iter().filter_map(as_str).collect();
    out.sort();
    out
}
