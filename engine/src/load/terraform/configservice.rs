//! AWS Config: `aws_config_configuration_recorder`, started or stopped by
//! `aws_config_configuration_recorder_status`.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

const RECORDER_TYPE: &str = "aws_config_configuration_recorder";

pub const RECORDER: Table = Table {
    types: &[(RECORDER_TYPE, |r| {
        Attributes::ConfigConfigurationRecorder(recorder(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_config_configuration_recorder_status",
        // The status's `name` is the recorder's name.
        join: Join::Parent {
            attr: "name",
            fold: status,
            deleted: Some(status_deleted),
        },
    }],
};

fn recorder(r: &mut Reader<'_>) -> ConfigConfigurationRecorder {
    let n = r.root();
    // A new recorder does not record until a status starts it; whether an existing one records
    // is not in the plan unless its status resource is.
    let recording = match r.planned.action.as_deref() {
        Some("create" | "replace") => Some(false),
        _ => {
            r.mark_unknown("recording");
            None
        }
    };
    let mut out = ConfigConfigurationRecorder {
        name: r.string_or(n.get("name"), "name", "default"),
        recording,
        ..Default::default()
    };
    let group = n.get("recording_group");
    if group.items().is_empty() {
        // No recording group known (computed when the configuration has none): AWS Config's
        // default, which the plan does not show.
        for path in [
            "all_supported",
            "include_global_resource_types",
            "resource_types",
            "excluded_resource_types",
            "recording_strategy",
        ] {
            r.mark_unknown(path);
        }
        return out;
    }
    let g = group.first();
    out.all_supported = r.bool(g.get("all_supported"), "all_supported", Some(true));
    out.include_global_resource_types = r.bool(
        g.get("include_global_resource_types"),
        "include_global_resource_types",
        Some(false),
    );
    out.resource_types = types(r, g.get("resource_types"), "resource_types");
    let exclusion = g.get("exclusion_by_resource_types");
    // Computed when not written: AWS Config excludes nothing unless told.
    if r.configured_node(exclusion) || !exclusion.is_unknown() {
        out.excluded_resource_types = types(
            r,
            exclusion.first().get("resource_types"),
            "excluded_resource_types",
        );
    }
    let strategy = g.get("recording_strategy");
    let use_only = strategy.first().get("use_only");
    out.recording_strategy = match use_only.as_str() {
        Some(s) if !use_only.is_unknown() => Some(s.to_string()),
        // Written, but known only after apply.
        _ if use_only.is_unknown() && r.configured_node(strategy) => {
            r.mark_unknown("recording_strategy");
            None
        }
        // Not written: the strategy AWS Config gives the group.
        _ => {
            let implied = ConfigConfigurationRecorder::implied_strategy(out.all_supported);
            if implied.is_none() {
                r.mark_unknown("recording_strategy");
            }
            implied
        }
    };
    out
}

fn types(r: &mut Reader<'_>, node: Node<'_>, model_path: &str) -> Vec<String> {
    if node.is_unknown() {
        r.mark_unknown(model_path);
        return Vec::new();
    }
    let mut out = node.strings();
    out.sort();
    out
}

fn status(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let Attributes::ConfigConfigurationRecorder(c) = parent else {
        return;
    };
    c.recording = r.bool(r.root().get("is_enabled"), "recording", None);
    if c.recording.is_some() {
        known_now(r, ctx);
    }
}

/// Deleting the status resource stops the recorder.
fn status_deleted(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    if let Attributes::ConfigConfigurationRecorder(c) = parent {
        c.recording = Some(false);
        known_now(r, ctx);
    }
}

/// The recorder listed `recording` unknown when it was normalized without its status.
fn known_now(r: &Reader<'_>, ctx: &mut Context<'_, '_>) {
    if let Some(i) = ctx.joiner.parent(r, "name", &[RECORDER_TYPE]) {
        ctx.unknown[i].retain(|p| p != "attributes.recording");
    }
}
