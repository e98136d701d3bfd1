//! `AWS::Lambda::Function`: the `GetFunctionConfiguration` shape. Reserved concurrency is
//! `GetFunctionConcurrency`, which AWS Config records only where an item carries it.

use super::item::Head;
use super::reader::{as_i64, as_str, Conf, Got, Reader, Supp};
use crate::model::*;
use serde_json::Value;

pub fn function(head: &Head, r: &mut Reader<'_>) -> LambdaFunction {
    // Written only when the function has variables; names only, never values.
    let mut environment_variable_names: Vec<String> =
        match r.get(Conf, &["environment", "variables"]) {
            Got::Value(Value::Object(m)) => m.keys().cloned().collect(),
            Got::Absent => Vec::new(),
            _ => {
                r.mark("environment_variable_names");
                Vec::new()
            }
        };
    environment_variable_names.sort();
    let ids = |r: &mut Reader<'_>, key: &str, model: &str| -> Vec<String> {
        r.opt_list(Conf, &["vpcConfig", key], model)
            .iter()
            .filter_map(as_str)
            .collect()
    };
    let subnets = ids(r, "subnetIds", "network.subnets");
    let security_groups = ids(r, "securityGroupIds", "network.security_groups");
    let reserved_concurrency = [
        r.get(Conf, &["reservedConcurrentExecutions"]),
        r.get(Supp, &["Concurrency", "reservedConcurrentExecutions"]),
    ]
    .into_iter()
    .find_map(|g| match g {
        Got::Value(v) => as_i64(v),
        _ => None,
    });
    if reserved_concurrency.is_none() {
        r.mark("reserved_concurrency");
    }
    LambdaFunction {
        function_name: r.req_str_or(
            Conf,
            &["functionName"],
            "function_name",
            head.resource_name.as_ref(),
        ),
        runtime: r.opt_str(Conf, &["runtime"], "runtime"),
        role: r.req_str(Conf, &["role"], "role"),
        kms_key: r.opt_str(Conf, &["kmsKeyArn"], "kms_key"),
        environment_variable_names,
        tracing_mode: r.req_str(Conf, &["tracingConfig", "mode"], "tracing_mode"),
        network: Network {
            subnets,
            security_groups,
            ..Default::default()
        },
        reserved_concurrency,
        dead_letter_target: r.opt_str(
            Conf,
            &["deadLetterConfig", "targetArn"],
            "dead_letter_target",
        ),
    }
}
