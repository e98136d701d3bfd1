//! The plan's `configuration` block: which expressions reference which resources, and which
//! provider configuration (hence region) each resource uses.

use super::address::in_module;
use crate::load::tree::Tree;
use std::borrow::Cow;
use std::collections::HashMap;

/// One resource block of the configuration.
#[derive(Debug, Default)]
pub struct ConfigResource<'a> {
    pub provider_config_key: Option<String>,
    /// An object of the block's expressions by attribute name.
    pub expressions: Tree<'a>,
}

/// Borrows from the plan's text, as the planned values do: a 100k-resource plan's
/// configuration as `serde_json::Value` was 460 MB.
#[derive(Debug, Default)]
pub struct Configuration<'a> {
    /// Keyed by configuration address (`module.a.module.b.aws_x.y`).
    resources: HashMap<String, ConfigResource<'a>>,
    providers: Tree<'a>,
    variables: Tree<'a>,
    /// Whether the plan had a configuration block at all.
    pub present: bool,
}

type Entries<'a> = Vec<(Cow<'a, str>, Tree<'a>)>;

/// An object's entries, owned (empty for anything else).
fn into_entries(t: Tree<'_>) -> Entries<'_> {
    match t {
        Tree::Object(entries) => entries.into_vec(),
        _ => Vec::new(),
    }
}

fn remove<'a>(entries: &mut Entries<'a>, key: &str) -> Option<Tree<'a>> {
    let i = entries.iter().position(|(k, _)| k == key)?;
    Some(entries.swap_remove(i).1)
}

impl<'a> Configuration<'a> {
    /// Takes the parsed `configuration` and `variables` sections (owned: their parts are moved
    /// into the index, not copied).
    pub fn build(config: Option<Tree<'a>>, variables: Option<Tree<'a>>) -> Configuration<'a> {
        let mut out = Configuration {
            variables: variables.unwrap_or_default(),
            ..Default::default()
        };
        let Some(config @ Tree::Object(_)) = config else {
            return out;
        };
        let mut config = into_entries(config);
        out.present = true;
        if let Some(p) = remove(&mut config, "provider_config") {
            out.providers = p;
        }
        if let Some(root) = remove(&mut config, "root_module") {
            out.add_module(&[], root);
        }
        out
    }

    fn add_module(&mut self, modules: &[String], module: Tree<'a>) {
        let mut module = into_entries(module);
        if let Some(Tree::Array(resources)) = remove(&mut module, "resources") {
            for r in resources.into_vec() {
                let mut r = into_entries(r);
                let Some(Tree::String(addr)) = remove(&mut r, "address") else {
                    continue;
                };
                let provider_config_key = match remove(&mut r, "provider_config_key") {
                    Some(Tree::String(k)) => Some(k.into_owned()),
                    _ => None,
                };
                let expressions = match remove(&mut r, "expressions") {
                    Some(e @ Tree::Object(_)) => e,
                    _ => Tree::Null,
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
        if let Some(calls) = remove(&mut module, "module_calls") {
            for (name, call) in into_entries(calls) {
                let mut call = into_entries(call);
                if let Some(child) = remove(&mut call, "module") {
                    let mut path = modules.to_vec();
                    path.push(name.into_owned());
                    self.add_module(&path, child);
                }
            }
        }
    }

    pub fn resource(&self, config_address: &str) -> Option<&ConfigResource<'a>> {
        self.resources.get(config_address)
    }

    /// Whether the configuration writes `attr` for this resource (as opposed to the provider
    /// computing it).
    pub fn sets(&self, config_address: &str, attr: &str) -> bool {
        self.resource(config_address)
            .is_some_and(|r| r.expressions.get(attr).is_some())
    }

    /// Whether the configuration writes the (nested) attribute at `path`.
    pub fn sets_path(&self, config_address: &str, path: &[&str]) -> bool {
        match self.resource(config_address) {
            Some(r) if path.is_empty() => !r.expressions.entries().is_empty(),
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
        if let Some(s) = region.get("constant_value").and_then(Tree::as_str) {
            return Some(s.to_string());
        }
        // `region = var.x` in a root-module provider: the plan records the variable's value.
        let in_root = entry
            .get("module_address")
            .and_then(Tree::as_str)
            .is_none_or(str::is_empty);
        if in_root {
            let refs = region.get("references").and_then(Tree::as_array)?;
            for r in refs.iter().filter_map(Tree::as_str) {
                if let Some(var) = r.strip_prefix("var.") {
                    let name = var.split(['.', '[']).next().unwrap_or(var);
                    if let Some(v) = self
                        .variables
                        .get(name)
                        .and_then(|v| v.get("value"))
                        .and_then(Tree::as_str)
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
    fn providers_for(&self, modules: &[String], key: &str) -> Vec<&Tree<'a>> {
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
fn navigate<'e, 'a>(expressions: &'e Tree<'a>, path: &[&str]) -> Vec<&'e Tree<'a>> {
    let Some((first, rest)) = path.split_first() else {
        return Vec::new();
    };
    let mut current: Vec<&Tree<'a>> = expressions.get(first).into_iter().collect();
    for key in rest {
        current = match key.parse::<usize>() {
            Ok(i) => current
                .into_iter()
                .flat_map(|v| match v {
                    Tree::Array(a) if i < a.len() => vec![&a[i]],
                    Tree::Array(a) => a.iter().collect(),
                    other => vec![other],
                })
                .collect(),
            Err(_) => current
                .into_iter()
                .flat_map(|v| match v {
                    Tree::Array(a) => a.iter().filter_map(|b| b.get(key)).collect::<Vec<_>>(),
                    other => other.get(key).into_iter().collect(),
                })
                .collect(),
        };
        if current.is_empty() {
            break;
        }
    }
    current
}

fn collect_references(v: &Tree<'_>, out: &mut Vec<String>) {
    match v {
        Tree::Object(m) => {
            if let Some(refs) = v.get("references").and_then(Tree::as_array) {
                out.extend(refs.iter().filter_map(Tree::as_str).map(str::to_owned));
            }
            for (k, child) in m.iter() {
                if k != "references" && k != "constant_value" {
                    collect_references(child, out);
                }
            }
        }
        Tree::Array(a) => a.iter().for_each(|x| collect_references(x, out)),
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
    use crate::load::tree::StrictTree;
    use serde::de::DeserializeSeed;

    fn tree(text: &str) -> Tree<'_> {
        StrictTree
            .deserialize(&mut serde_json::Deserializer::from_str(text))
            .unwrap()
    }

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
        let config = tree(
            r#"{
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
        }"#,
        );
        let vars = tree(r#"{"dr_region": {"value": "eu-central-1"}}"#);
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
