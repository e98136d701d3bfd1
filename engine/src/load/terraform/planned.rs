//! One resource instance as the plan will leave it, and the reading context normalizers use.

use super::address::Address;
use super::configuration::Configuration;
use super::values::Node;
use crate::load::tree::Tree;

/// A resource instance the plan keeps (created, updated, replaced or unchanged).
#[derive(Debug)]
pub struct Planned<'a> {
    pub address: String,
    pub addr: Address,
    pub tf_type: String,
    pub name: String,
    /// `create`, `update`, `no-op`, `replace`, `delete` (then `after` is the value before), or
    /// `null` when only planned_values described it.
    pub action: Option<String>,
    pub after: Tree<'a>,
    pub unknown: Tree<'a>,
    pub sensitive: Tree<'a>,
    pub line: usize,
    pub column: usize,
}

impl Planned<'_> {
    pub fn node(&self) -> Node<'_> {
        Node::new(&self.after, &self.unknown, &self.sensitive)
    }

    pub fn is_deleted(&self) -> bool {
        self.action.as_deref() == Some("delete")
    }

    /// The plan changes it: creates, updates, replaces or deletes it. `planned_values` plans
    /// (no actions) count as changed: they show what will exist, not what stays.
    pub fn changes(&self) -> bool {
        matches!(
            self.action.as_deref(),
            Some("create" | "update" | "replace" | "delete") | None
        )
    }

    pub fn config_address(&self) -> String {
        self.addr.config_address()
    }

    /// Known identifying values (`id`, `arn`, `name`, `bucket`), for joins by value. An API
    /// Gateway stage is named by `stage_name`, which its method settings often write literally.
    pub fn identities(&self) -> Vec<&str> {
        let n = self.node();
        [
            "id",
            "arn",
            "name",
            "bucket",
            "user",
            "group",
            "role",
            "stage_name",
        ]
        .iter()
        .filter_map(|k| n.get(k).as_str())
        .collect()
    }
}

/// Reads a planned resource into model attributes, noting unknown model paths as it goes.
pub struct Reader<'a> {
    pub planned: &'a Planned<'a>,
    pub config: &'a Configuration<'a>,
    config_address: String,
    pub unknown: Vec<String>,
}

impl<'a> Reader<'a> {
    pub fn new(planned: &'a Planned<'a>, config: &'a Configuration<'a>) -> Reader<'a> {
        Reader {
            planned,
            config,
            config_address: planned.config_address(),
            unknown: Vec::new(),
        }
    }

    pub fn root(&self) -> Node<'a> {
        self.planned.node()
    }

    pub fn mark_unknown(&mut self, model_path: &str) {
        let p = format!("attributes.{model_path}");
        if !self.unknown.contains(&p) {
            self.unknown.push(p);
        }
    }

    /// Whether the configuration writes the attribute at this node (versus the provider
    /// computing it). Plans without a configuration block count as configured: we cannot tell.
    pub fn configured_node(&self, node: Node<'_>) -> bool {
        !self.config.present || self.config.sets_path(&self.config_address, node.path())
    }

    /// Unknown and to be noted: a computed value the configuration does not set is the
    /// provider's default when we know one, not an unknown.
    fn unknown_value<T>(&mut self, node: Node<'_>, model_path: &str, default: &Option<T>) -> bool {
        if !node.is_unknown() {
            return false;
        }
        if default.is_some() && !self.configured_node(node) {
            return false;
        }
        self.mark_unknown(model_path);
        true
    }

    /// A boolean; `default` when not set, `None` (and noted) when unknown.
    pub fn bool(
        &mut self,
        node: Node<'_>,
        model_path: &str,
        default: Option<bool>,
    ) -> Option<bool> {
        if self.unknown_value(node, model_path, &default) {
            return None;
        }
        node.as_bool().or(default)
    }

    pub fn string(&mut self, node: Node<'_>, model_path: &str) -> Option<String> {
        if node.is_unknown() {
            self.mark_unknown(model_path);
            return None;
        }
        node.as_str().map(str::to_owned)
    }

    /// A string with the provider's default when the configuration leaves it to the provider.
    pub fn string_or(&mut self, node: Node<'_>, model_path: &str, default: &str) -> Option<String> {
        if node.is_unknown() && !self.configured_node(node) {
            return Some(default.to_string());
        }
        self.string(node, model_path)
            .or_else(|| (!node.is_unknown()).then(|| default.to_string()))
    }

    pub fn int(&mut self, node: Node<'_>, model_path: &str, default: Option<i64>) -> Option<i64> {
        if self.unknown_value(node, model_path, &default) {
            return None;
        }
        node.as_i64().or(default)
    }

    /// A string that names another resource (a key, a bucket): the known value, or, when it is
    /// only known after apply, the plan address of the resource the configuration references.
    pub fn reference(
        &mut self,
        node: Node<'_>,
        tf_path: &[&str],
        model_path: &str,
    ) -> Option<String> {
        if !node.is_unknown() {
            return node.as_str().filter(|s| !s.is_empty()).map(str::to_owned);
        }
        match self.config.resource_reference(
            &self.planned.addr.modules,
            &self.config_address,
            tf_path,
        ) {
            Some(r) => Some(r),
            // Not written in the configuration: the service's default (e.g. its default key).
            None if !self.configured_node(node) => None,
            None => {
                self.mark_unknown(model_path);
                None
            }
        }
    }

    /// A list of strings naming other resources (security groups, subnets): the known values,
    /// or, when the list is only known after apply, the plan addresses of the resources the
    /// configuration references. `None` (and noted) when it cannot be told.
    pub fn references(
        &mut self,
        node: Node<'_>,
        tf_path: &[&str],
        model_path: &str,
    ) -> Option<Vec<String>> {
        if !node.is_unknown() {
            return Some(node.strings());
        }
        let refs = self.config.resource_references(
            &self.planned.addr.modules,
            &self.config_address,
            tf_path,
        );
        if !refs.is_empty() {
            return Some(refs);
        }
        // Computed (the service's default) or written but known only after apply: either way
        // the plan cannot show it.
        self.mark_unknown(model_path);
        None
    }

    /// An IAM policy document (a JSON string or object); `None` (and noted) when only known
    /// after apply, `None` when absent or not a policy document.
    pub fn policy_document(
        &mut self,
        node: Node<'_>,
        model_path: &str,
    ) -> Option<crate::model::PolicyDocument> {
        if node.is_unknown() {
            self.mark_unknown(model_path);
            return None;
        }
        node.value()
            .map(Tree::to_value)
            .as_ref()
            .and_then(crate::model::PolicyDocument::parse)
    }

    /// Whether the configuration writes this attribute (versus the provider computing it).
    pub fn configured(&self, attr: &str) -> bool {
        self.config.sets(&self.config_address, attr)
    }
}
