//! ECS task definitions.

use super::planned::Reader;
use super::table::Table;
use crate::load::container_definitions;
use crate::model::*;

pub const TASK_DEFINITION: Table = Table {
    types: &[("aws_ecs_task_definition", |r| {
        Attributes::EcsTaskDefinition(task_definition(r))
    })],
    satellites: &[],
};

fn task_definition(r: &mut Reader<'_>) -> EcsTaskDefinition {
    let n = r.root();
    // A JSON string; unknown as a whole when any part is only known after apply.
    let definitions = n.get("container_definitions");
    let containers = if definitions.is_unknown() {
        None
    } else {
        definitions
            .as_str()
            .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
            .and_then(|v| container_definitions::containers(&v))
    };
    if containers.is_none() {
        r.mark_unknown("containers");
    }
    let compat = n.get("requires_compatibilities");
    if compat.is_unknown() {
        r.mark_unknown("requires_compatibilities");
    }
    let mut requires_compatibilities = compat.strings();
    requires_compatibilities.sort();
    EcsTaskDefinition {
        family: r.string(n.get("family"), "family"),
        // ECS's default when none is given: `bridge` (Fargate requires `awsvpc`, so a Fargate
        // task definition always says it).
        network_mode: r
            .string_or(n.get("network_mode"), "network_mode", "bridge")
            .map(|m| {
                if m.is_empty() {
                    "bridge".to_string()
                } else {
                    m
                }
            }),
        requires_compatibilities,
        task_role: r.reference(n.get("task_role_arn"), &["task_role_arn"], "task_role"),
        execution_role: r.reference(
            n.get("execution_role_arn"),
            &["execution_role_arn"],
            "execution_role",
        ),
        containers: containers.unwrap_or_default(),
    }
}
