//! Lambda functions.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const FUNCTION: Table = Table {
    types: &[("aws_lambda_function", |r| {
        Attributes::LambdaFunction(function(r))
    })],
    satellites: &[],
};

fn function(r: &mut Reader<'_>) -> LambdaFunction {
    let n = r.root();
    let vpc = n.get("vpc_config").first();
    let variables = n.get("environment").first().get("variables");
    // Names only: a value never leaves the plan, sensitive or not.
    let mut environment_variable_names: Vec<String> = variables
        .entries()
        .into_iter()
        .map(|(k, _)| k.to_string())
        .collect();
    environment_variable_names.sort();
    if variables.is_wholly_unknown() || n.get("environment").is_wholly_unknown() {
        r.mark_unknown("environment_variable_names");
    }
    LambdaFunction {
        function_name: r.string(n.get("function_name"), "function_name"),
        runtime: r.string(n.get("runtime"), "runtime"),
        role: r.reference(n.get("role"), &["role"], "role"),
        kms_key: r.reference(n.get("kms_key_arn"), &["kms_key_arn"], "kms_key"),
        environment_variable_names,
        tracing_mode: r.string_or(
            n.get("tracing_config").first().get("mode"),
            "tracing_mode",
            "PassThrough",
        ),
        network: Network {
            subnets: r
                .references(
                    vpc.get("subnet_ids"),
                    &["vpc_config", "subnet_ids"],
                    "network.subnets",
                )
                .unwrap_or_default(),
            security_groups: r
                .references(
                    vpc.get("security_group_ids"),
                    &["vpc_config", "security_group_ids"],
                    "network.security_groups",
                )
                .unwrap_or_default(),
            ..Default::default()
        },
        reserved_concurrency: r.int(
            n.get("reserved_concurrent_executions"),
            "reserved_concurrency",
            Some(-1),
        ),
        dead_letter_target: r.reference(
            n.get("dead_letter_config").first().get("target_arn"),
            &["dead_letter_config", "target_arn"],
            "dead_letter_target",
        ),
    }
}
