//! A JSON value borrowed from the input text: what the loaders read resources into.
//!
//! `serde_json::Value` copies every string and keeps each object in a B-tree; for the planned
//! values of 100,000 resources that was over a gigabyte of small allocations, most of the cost
//! of loading. A `Tree` points into the text for every string without escapes and keeps an
//! object as one sorted slice, so it costs a fraction of the memory and far fewer allocations.
//! Parsing is as strict as `json::StrictValue`: duplicate keys are an error, at their place.

use super::json::{duplicate_key, CowKey, SeenKeys};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::fmt;

/// A JSON value whose strings borrow from the text they were read from where they can.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Tree<'a> {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Box<[Tree<'a>]>),
    /// Entries sorted by key; keys are unique (a duplicate is an error when parsing).
    Object(Box<[(Cow<'a, str>, Tree<'a>)]>),
}

pub static NULL: Tree<'static> = Tree::Null;

impl<'a> Tree<'a> {
    /// The value at `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Tree<'a>> {
        match self {
            Tree::Object(entries) => entries
                .binary_search_by(|(k, _)| k.as_ref().cmp(key))
                .ok()
                .map(|i| &entries[i].1),
            _ => None,
        }
    }

    /// The element at `i` of an array.
    pub fn at(&self, i: usize) -> Option<&Tree<'a>> {
        match self {
            Tree::Array(items) => items.get(i),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Tree::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Tree<'a>]> {
        match self {
            Tree::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn entries(&self) -> &[(Cow<'a, str>, Tree<'a>)] {
        match self {
            Tree::Object(entries) => entries,
            _ => &[],
        }
    }

    /// An owned `serde_json::Value`, for the few readers that take one (policy documents).
    pub fn to_value(&self) -> Value {
        match self {
            Tree::Null => Value::Null,
            Tree::Bool(b) => Value::Bool(*b),
            Tree::Number(n) => Value::Number(n.clone()),
            Tree::String(s) => Value::String(s.to_string()),
            Tree::Array(items) => Value::Array(items.iter().map(Tree::to_value).collect()),
            Tree::Object(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_value()))
                    .collect::<Map<String, Value>>(),
            ),
        }
    }
}

/// Deserializes any JSON into a `Tree`, rejecting duplicate keys.
pub struct StrictTree;

impl<'de> DeserializeSeed<'de> for StrictTree {
    type Value = Tree<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Tree<'de>, D::Error> {
        d.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Tree<'de>, E> {
        Ok(Tree::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Tree<'de>, E> {
        Ok(Tree::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Tree<'de>, E> {
        Ok(Tree::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Tree<'de>, E> {
        Ok(Number::from_f64(v).map_or(Tree::Null, Tree::Number))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Tree<'de>, E> {
        Ok(Tree::String(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Tree<'de>, E> {
        Ok(Tree::Null)
    }
    fn visit_none<E>(self) -> Result<Tree<'de>, E> {
        Ok(Tree::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree<'de>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(StrictTree)? {
            out.push(v);
        }
        Ok(Tree::Array(out.into_boxed_slice()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree<'de>, A::Error> {
        let mut out: Vec<(Cow<'de, str>, Tree<'de>)> = Vec::new();
        let mut keys = SeenKeys::default();
        while let Some(CowKey(key)) = map.next_key::<CowKey<'de>>()? {
            if keys.repeats(out.iter().map(|(k, _)| k), &key) {
                return Err(duplicate_key(&key));
            }
            let v = map.next_value_seed(StrictTree)?;
            out.push((key, v));
        }
        // Terraform writes keys sorted, so this is usually a check of order.
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Tree::Object(out.into_boxed_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Tree<'_>, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(text);
        StrictTree.deserialize(&mut de)
    }

    #[test]
    fn reads_as_serde_json_does() {
        let text = r#"{"b": [1, -2, 3.5, true, null], "a": {"z": "x\"y", "y": "plain"}, "c": {}}"#;
        let tree = parse(text).unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(tree.to_value(), value);
        assert_eq!(
            tree.get("a")
                .and_then(|a| a.get("z"))
                .and_then(Tree::as_str),
            Some("x\"y")
        );
        assert!(matches!(
            tree.get("a").and_then(|a| a.get("y")),
            Some(Tree::String(Cow::Borrowed("plain")))
        ));
        assert_eq!(
            tree.get("b").and_then(|b| b.at(2)),
            Some(&Tree::Number(Number::from_f64(3.5).unwrap()))
        );
        assert_eq!(tree.get("missing"), None);
    }

    #[test]
    fn duplicate_keys_are_errors_small_and_large() {
        let err = parse(r#"{"a": 1, "a": 2}"#).unwrap_err().to_string();
        assert!(err.contains("duplicate key `a`"), "{err}");
        let mut keys: Vec<String> = (0..100).map(|i| format!("\"k{i}\": {i}")).collect();
        keys.push("\"k7\": 0".into());
        let text = format!("{{{}}}", keys.join(", "));
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("duplicate key `k7`"), "{err}");
        let unique: Vec<String> = (0..100).rev().map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}}}", unique.join(", "));
        let tree = parse(&text).unwrap();
        assert_eq!(tree.entries().len(), 100);
        assert_eq!(tree.get("k42"), Some(&Tree::Number(42.into())));
    }
}
