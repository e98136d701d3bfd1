//! ECS container definitions into the model, for the plan loader (`container_definitions`, a
//! JSON string of the `RegisterTaskDefinition` shape, camelCase) and the AWS Config loader
//! (`ContainerDefinitions`, PascalCase) alike: keys are matched ignoring case.
//!
//! Environment variables keep their names only: their values never reach the model.

use crate::model::EcsContainer;
use serde_json::Value;

/// The containers of a definition list; `None` when it is not a list of objects.
pub fn containers(list: &Value) -> Option<Vec<EcsContainer>> {
    list.as_array()?.iter().map(container).collect()
}

fn container(c: &Value) -> Option<EcsContainer> {
    c.as_object()?;
    let string = |k: &str| field(c, k).and_then(Value::as_str).map(str::to_owned);
    // ECS's defaults when the definition leaves them out.
    let flag = |k: &str| field(c, k).map_or(Some(false), as_bool);
    let log = field(c, "logConfiguration");
    Some(EcsContainer {
        name: string("name"),
        image: string("image"),
        privileged: flag("privileged"),
        user: string("user").filter(|u| !u.is_empty()),
        readonly_root_filesystem: flag("readonlyRootFilesystem"),
        environment_variable_names: names(field(c, "environment")),
        secret_names: names(field(c, "secrets")),
        log_driver: log
            .and_then(|l| field(l, "logDriver"))
            .and_then(Value::as_str)
            .map(str::to_owned),
    })
}

/// A member by key ignoring ASCII case; `null` is absent.
fn field<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.as_object()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v)
        .filter(|v| !v.is_null())
}

fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// The sorted `name`s of `[{name, value}]` or `[{name, valueFrom}]`.
fn names(list: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = list
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(|e| field(e, "name").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn both_spellings_read_alike_and_values_are_dropped() {
        let plan = json!([{"name": "app", "privileged": true,
            "environment": [{"name": "DB_PASSWORD", "value": "hunter2"}],
            "logConfiguration": {"logDriver": "awslogs"}}]);
        let config = json!([{"Name": "app", "Privileged": true,
            "Environment": [{"Name": "DB_PASSWORD", "Value": "hunter2"}],
            "LogConfiguration": {"LogDriver": "awslogs"}}]);
        for list in [plan, config] {
            let c = &containers(&list).unwrap()[0];
            assert_eq!(c.privileged, Some(true));
            assert_eq!(c.readonly_root_filesystem, Some(false));
            assert_eq!(c.environment_variable_names, ["DB_PASSWORD"]);
            assert_eq!(c.log_driver.as_deref(), Some("awslogs"));
            assert!(!format!("{c:?}").contains("hunter2"));
        }
        assert!(containers(&json!({"name": "x"})).is_none());
    }
}
