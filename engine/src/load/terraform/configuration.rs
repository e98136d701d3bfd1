//! The plan's `configuration` block: which expressions reference which resources, and which
//! provider configuration (hence region) each resource uses.

use super::address::in_module;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One resource block of the configuration.
#[derive(Debug, Default)]
pub struct ConfigResource {
    pub provider_config_key: Option<String>,
    pub expressions: Map<String, Value>,
}

#[derive(Debug, Default)]
pub struct Configuration {
    /// Keyed by configuration address (`module.a.module.b.aws_x.y`).
    resources: HashMap<String, ConfigResource>,
    providers: Map<String, Value>,
    variables: Map<String, Value>,
    /// Whether the plan had a configuration block at all.
    pub present: bool,
}

impl Configuration {
    /// Takes the parsed `configuration` and `variables` sections (owned: their maps are moved
    /// into the index, not copied).
    pub fn build(config: Option<Value>, variables: Option<Value>) -> Configuration {
        let mut out = Configuration {
            variables: match variables {
                Some(Value::Object(m)) => m,
                _ => Map::new(),
            },
            ..Default::default()
        };
        let Some(Value::Object(mut config)) = config else {
            return out;
        };
        out.present = true;
        if let Some(Value::Object(p)) = config.remove("provider_config") {
            out.providers = p;
        }
        if let Some(root) = config.remove("root_module") {
            out.add_module(&[], root);
        }
        out
    }

    fn add_module(&mut self, modules: &[String], module: Value) {
        let Value::Object(mut module) = module else {
            return;
        };
        if let Some(Value::Array(resources)) = module.remove("resources") {
            for r in resources {
                let Value::Object(mut r) = r else {
                    continue;
                };
                let Some(Value::String(addr)) = r.remove("address") else {
                    continue;
                };
                let provider_config_key = match r.remove("provider_config_key") {
                    Some(Value::String(k)) => Some(k),
                    _ => None,
                };
                let expressions = match r.remove("expressions") {
                    Some(Value::Object(e)) => e,
                    _ => Map::new(),
                };
                self.resources.insert(
                    in_module(modules, &addr),
                    ConfigResource {
                        provider_config_key,
                        expressions,
                    },
                );
            }
        }
        if let Some(Value::Object(calls)) = module.remove("module_calls") {
            for (name, call) in calls {
                if let Value::Object(mut call) = call {
                    if let Some(child) = call.remove("module") {
                        let mut path = modules.to_vec();
                        path.push(name);
                        self.add_module(&path, child);
                    }
                }
            }
        }
    }

    pub fn resource(&self, config_address: &str) -> Option<&ConfigResource> {
        self.resources.get(config_address)
    }

    /// Whether the configuration writes `attr` for this resource (as opposed to the provider
    /// computing it).
    pub fn sets(&self, config_address: &str, attr: &str) -> bool {
        self.resource(config_address)
            .is_some_and(|r| r.expressions.contains_key(attr))
    }

    /// Whether the configuration writes the (nested) attribute at `path`.
    pub fn sets_path(&self, config_address: &str, path: &[&str]) -> bool {
        match self.resource(config_address) {
            Some(r) if path.is_empty() => !r.expressions.is_empty(),
            Some(r) => !navigate(&r.expressions, path).is_empty(),
            None => false,
        }
    }

    /// Every reference made by the expression at `path` (block names then attribute; a numeric
    /// segment picks one instance of a repeated block, as the planned value's index does).
    pub fn references(&self, config_address: &str, path: &[&str]) -> Vec<String> {
        let Some(r) = self.resource(config_address) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for v in navigate(&r.expressions, path) {
            collect_references(v, &mut out);
        }
        out
    }

    /// The managed resource an expression refers to, as a plan address in `modules`
    /// (`aws_kms_key.main`, `module.a.aws_kms_key.main`).
    pub fn resource_reference(
        &self,
        modules: &[String],
        config_address: &str,
        path: &[&str],
    ) -> Option<String> {
        self.references(config_address, path)
            .iter()
            .find_map(|r| resource_of(r))
            .map(|local| in_module(modules, &local))
    }

    /// All distinct managed resources referenced at `path`.
    pub fn resource_references(
        &self,
        modules: &[String],
        config_address: &str,
        path: &[&str],
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in self.references(config_address, path) {
            if let Some(local) = resource_of(&r) {
                let a = in_module(modules, &local);
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        out
    }

    /// The region of the provider configuration a resource uses; `None` when it cannot be known.
    pub fn region(&self, modules: &[String], config_address: &str) -> Option<String> {
        let key = self
            .resource(config_address)
            .and_then(|r| r.provider_config_key.clone())
            .unwrap_or_else(|| "aws".to_string());
        // Module entries without a region are (in older plans) proxies of an inherited
        // provider: the nearest configuration that sets a region decides.
        let entry = self
            .providers_for(modules, &key)
            .into_iter()
            .find(|e| e.get("expressions").and_then(|x| x.get("region")).is_some())?;
        let region = entry.get("expressions")?.get("region")?;
        if let Some(s) = region.get("constant_value").and_then(Value::as_str) {
            return Some(s.to_string());
        }
        // `region = var.x` in a root-module provider: the plan records the variable's value.
        let in_root = entry
            .get("module_address")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty);
        if in_root {
            let refs = region.get("references").and_then(Value::as_array)?;
            for r in refs.iter().filter_map(Value::as_str) {
                if let Some(var) = r.strip_prefix("var.") {
                    let name = var.split(['.', '[']).next().unwrap_or(var);
                    if let Some(v) = self
                        .variables
                        .get(name)
                        .and_then(|v| v.get("value"))
                        .and_then(Value::as_str)
                    {
                        return Some(v.to_string());
                    }
                }
            }
        }
        None
    }

    /// Provider configurations that may serve `key` in module `modules`, nearest first: the
    /// exact key, then the module's own provider, then each ancestor's (providers are inherited).
    fn providers_for(&self, modules: &[String], key: &str) -> Vec<&Value> {
        let mut out = Vec::new();
        if let Some(p) = self.providers.get(key) {
            out.push(p);
        }
        let local = key.rsplit_once(':').map_or(key, |(_, l)| l);
        for depth in (0..=modules.len()).rev() {
            if depth == 0 {
                out.extend(self.providers.get(local));
                continue;
            }
            let full = format!("module.{}:{local}", modules[..depth].join(".module."));
            out.extend(self.providers.get(&full));
            // Terraform before 0.14 keyed module providers by the call name alone.
            let short = format!("{}:{local}", modules[depth - 1]);
            out.extend(self.providers.get(&short));
        }
        out
    }
}

/// The expressions at `path`. Blocks are lists of objects; a numeric segment selects one element
/// (all of them when the configuration has fewer, as with `dynamic` blocks).
fn navigate<'e>(expressions: &'e Map<String, Value>, path: &[&str]) -> Vec<&'e Value> {
    let Some((first, rest)) = path.split_first() else {
        return Vec::new();
    };
    let mut current: Vec<&Value> = expressions.get(*first).into_iter().collect();
    for key in rest {
        current = match key.parse::<usize>() {
            Ok(i) => current
                .into_iter()
                .flat_map(|v| match v {
                    Value::Array(a) if i < a.len() => vec![&a[i]],
                    Value::Array(a) => a.iter().collect(),
                    other => vec![other],
                })
                .collect(),
            Err(_) => current
                .into_iter()
                .flat_map(|v| match v {
                    Value::Array(a) => a.iter().filter_map(|b| b.get(*key)).collect::<Vec<_>>(),
                    other => other.get(*key).into_iter().collect(),
                })
                .collect(),
        };
        if current.is_empty() {
            break;
        }
    }
    current
}

fn collect_references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(refs) = m.get("references").and_then(Value::as_array) {
                out.extend(refs.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            for (k, child) in m {
                if k != "references" && k != "constant_value" {
                    collect_references(child, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_references(x, out)),
        _ => {}
    }
}

/// `aws_kms_key.k.arn` -> `aws_kms_key.k`; `var.x`, `data.y.z`, `module.m.out` -> none.
fn resource_of(reference: &str) -> Option<String> {
    let mut parts = reference.split('.');
    let ty = parts.next()?;
    let name = parts.next()?;
    if matches!(
        ty,
        "var" | "local" | "data" | "module" | "each" | "count" | "path" | "self" | "terraform"
    ) {
        return None;
    }
    let name = name.split('[').next().unwrap_or(name);
    Some(format!("{ty}.{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn references_resolve_to_resources() {
        assert_eq!(
            resource_of("aws_kms_key.k.arn").as_deref(),
            Some("aws_kms_key.k")
        );
        assert_eq!(
            resource_of("aws_s3_bucket.b[0]").as_deref(),
            Some("aws_s3_bucket.b")
        );
        assert_eq!(resource_of("var.region"), None);
        assert_eq!(resource_of("data.aws_iam_policy_document.p.json"), None);
    }

    #[test]
    fn region_from_alias_variable_and_inheritance() {
        let config = json!({
            "provider_config": {
                "aws": {"name": "aws", "expressions": {"region": {"constant_value": "eu-west-1"}}},
                "aws.dr": {"name": "aws", "alias": "dr", "expressions": {"region": {"references": ["var.dr_region"]}}},
                "module.m:aws": {"name": "aws", "module_address": "module.m", "expressions": {"region": {"constant_value": "ap-south-1"}}}
            },
            "root_module": {
                "resources": [
                    {"address": "aws_s3_bucket.a", "provider_config_key": "aws"},
                    {"address": "aws_s3_bucket.b", "provider_config_key": "aws.dr"}
                ],
                "module_calls": {"m": {"module": {"resources": [
                    {"address": "aws_s3_bucket.c", "provider_config_key": "m:aws"}
                ], "module_calls": {"n": {"module": {"resources": [
                    {"address": "aws_s3_bucket.d", "provider_config_key": "n:aws"}
                ]}}}}}}
            }
        });
        let vars = json!({"dr_region": {"value": "eu-central-1"}});
        let c = Configuration::build(Some(config), Some(vars));
        assert_eq!(
            c.region(&[], "aws_s3_bucket.a").as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(
            c.region(&[], "aws_s3_bucket.b").as_deref(),
            Some("eu-central-1")
        );
        let m = vec!["m".to_string()];
        assert_eq!(
            c.region(&m, "module.m.aws_s3_bucket.c").as_deref(),
            Some("ap-south-1")
        );
        let mn = vec!["m".to_string(), "n".to_string()];
        assert_eq!(
            c.region(&mn, "module.m.module.n.aws_s3_bucket.d")
                .as_deref(),
            Some("ap-south-1")
        );
    }
}
