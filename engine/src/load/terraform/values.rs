//! Reading a planned value together with what Terraform says about it: unknown until apply
//! (`after_unknown`) or sensitive (`after_sensitive`). Sensitive values read as absent, so they
//! can never reach the model.

use crate::load::tree::{Tree, NULL};

static FALSE: Tree<'static> = Tree::Bool(false);

/// A position in a planned value, with the matching positions in the unknown and sensitive masks.
#[derive(Clone, Copy)]
pub struct Node<'v> {
    value: &'v Tree<'v>,
    unknown: &'v Tree<'v>,
    sensitive: &'v Tree<'v>,
    /// Attribute names from the resource root (list indexes left out), for configuration lookups.
    path: [&'v str; MAX_DEPTH],
    depth: usize,
}

const MAX_DEPTH: usize = 6;

impl<'v> Node<'v> {
    pub fn new(value: &'v Tree<'v>, unknown: &'v Tree<'v>, sensitive: &'v Tree<'v>) -> Node<'v> {
        Node {
            value,
            unknown,
            sensitive,
            path: [""; MAX_DEPTH],
            depth: 0,
        }
    }

    /// The attribute path from the resource root, list indexes left out.
    pub fn path(&self) -> &[&'v str] {
        &self.path[..self.depth]
    }

    pub fn get(&self, key: &'v str) -> Node<'v> {
        let mut path = self.path;
        let depth = if self.depth < MAX_DEPTH {
            path[self.depth] = key;
            self.depth + 1
        } else {
            self.depth
        };
        Node {
            path,
            depth,
            value: self.value.get(key).unwrap_or(&NULL),
            unknown: match self.unknown {
                Tree::Bool(true) => self.unknown,
                u => u.get(key).unwrap_or(&FALSE),
            },
            sensitive: match self.sensitive {
                Tree::Bool(true) => self.sensitive,
                s => s.get(key).unwrap_or(&FALSE),
            },
        }
    }

    /// The first element of a nested block list (`root_block_device[0]`).
    pub fn first(&self) -> Node<'v> {
        self.at(0)
    }

    pub fn at(&self, i: usize) -> Node<'v> {
        Node {
            path: self.path,
            depth: self.depth,
            value: self.value.at(i).unwrap_or(&NULL),
            unknown: match self.unknown {
                Tree::Bool(true) => self.unknown,
                u => u.at(i).unwrap_or(&FALSE),
            },
            sensitive: match self.sensitive {
                Tree::Bool(true) => self.sensitive,
                s => s.at(i).unwrap_or(&FALSE),
            },
        }
    }

    /// Elements of a list or set value. An unknown list has none (check `is_unknown`).
    pub fn items(&self) -> Vec<Node<'v>> {
        match self.value {
            Tree::Array(a) => (0..a.len()).map(|i| self.at(i)).collect(),
            _ => Vec::new(),
        }
    }

    /// Entries of a map value (tags), sensitive entries included as `None`.
    pub fn entries(&self) -> Vec<(&'v str, Node<'v>)> {
        let value: &'v Tree<'v> = self.value;
        value
            .entries()
            .iter()
            .map(|(k, _)| (k.as_ref(), self.get(k.as_ref())))
            .collect()
    }

    /// Unknown until apply, wholly or in part.
    pub fn is_unknown(&self) -> bool {
        match self.unknown {
            Tree::Bool(b) => *b,
            Tree::Null => false,
            // A partly unknown block or list: some leaf is unknown.
            other => contains_true(other),
        }
    }

    /// Unknown as a whole (not merely a part of it).
    pub fn is_wholly_unknown(&self) -> bool {
        matches!(self.unknown, Tree::Bool(true))
    }

    pub fn is_sensitive(&self) -> bool {
        matches!(self.sensitive, Tree::Bool(true))
    }

    /// The raw value unless sensitive.
    pub fn value(&self) -> Option<&'v Tree<'v>> {
        if self.is_sensitive() || self.is_wholly_unknown() {
            return None;
        }
        match self.value {
            Tree::Null => None,
            v => Some(v),
        }
    }

    /// The raw value even if sensitive, for presence checks only; never copy it into the model.
    pub fn is_set_even_if_sensitive(&self) -> bool {
        match self.value {
            Tree::Null => false,
            Tree::String(s) => !s.is_empty(),
            _ => true,
        }
    }

    /// Booleans, and `"true"`/`"false"` strings as some provider attributes are typed.
    pub fn as_bool(&self) -> Option<bool> {
        match self.value()? {
            Tree::Bool(b) => Some(*b),
            Tree::String(s) if s == "true" => Some(true),
            Tree::String(s) if s == "false" => Some(false),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&'v str> {
        self.value()?.as_str()
    }

    /// Numbers, and numeric strings as Terraform writes some ports.
    pub fn as_i64(&self) -> Option<i64> {
        match self.value()? {
            Tree::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
            Tree::String(s) => s.parse().ok(),
            _ => None,
        }
    }

    pub fn strings(&self) -> Vec<String> {
        self.items()
            .iter()
            .filter_map(|n| n.as_str().map(str::to_owned))
            .collect()
    }
}

fn contains_true(v: &Tree<'_>) -> bool {
    match v {
        Tree::Bool(b) => *b,
        Tree::Array(a) => a.iter().any(contains_true),
        Tree::Object(m) => m.iter().any(|(_, v)| contains_true(v)),
        _ => false,
    }
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
    fn unknown_and_sensitive_masks_follow_paths() {
        let after = tree(r#"{"a": {"b": null}, "pw": "secret", "l": [{"x": 1}]}"#);
        let unknown = tree(r#"{"a": {"b": true}, "l": [{}]}"#);
        let sensitive = tree(r#"{"pw": true}"#);
        let n = Node::new(&after, &unknown, &sensitive);
        assert!(n.get("a").get("b").is_wholly_unknown());
        assert!(n.get("a").is_unknown());
        assert_eq!(n.get("pw").as_str(), None);
        assert!(n.get("pw").is_set_even_if_sensitive());
        assert_eq!(n.get("l").first().get("x").as_i64(), Some(1));
    }

    #[test]
    fn wholly_unknown_blocks_make_children_unknown() {
        let after = tree("{}");
        let unknown = tree(r#"{"root_block_device": true}"#);
        let n = Node::new(&after, &unknown, &FALSE);
        assert!(n
            .get("root_block_device")
            .first()
            .get("encrypted")
            .is_wholly_unknown());
    }
}
