//! `AWS::ECS::TaskDefinition`: the task definition in CloudFormation's spelling
//! (`ContainerDefinitions`, `NetworkMode`). Environment variable values are recorded by AWS
//! Config; only their names are read.

use super::item::Head;
use super::reader::{as_str, Conf, Got, Reader};
use crate::load::container_definitions;
use crate::model::*;

pub fn task_definition(head: &Head, r: &mut Reader<'_>) -> EcsTaskDefinition {
    let containers = match r.get(Conf, &["ContainerDefinitions"]) {
        Got::Value(v) => container_definitions::containers(v),
        _ => None,
    };
    if containers.is_none() {
        r.mark("containers");
    }
    let mut requires_compatibilities: Vec<String> = r
        .opt_list(
            Conf,
            &["RequiresCompatibilities"],
            "requires_compatibilities",
        )
        .iter()
        .filter_map(as_str)
        .collect();
    requires_compatibilities.sort();
    EcsTaskDefinition {
        family: r.req_str_or(Conf, &["Family"], "family", head.resource_name.as_ref()),
        network_mode: r
            .opt_str(Conf, &["NetworkMode"], "network_mode")
            .or_else(|| r.recorded(Conf).then(|| "bridge".to_string())),
        requires_compatibilities,
        task_role: r.opt_str(Conf, &["TaskRoleArn"], "task_role"),
        execution_role: r.opt_str(Conf, &["ExecutionRoleArn"], "execution_role"),
        containers: containers.unwrap_or_default(),
    }
}
