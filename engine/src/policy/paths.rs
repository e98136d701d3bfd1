//! Model paths policies read and tests write, checked against the JSON Schema of the kinds: a
//! path no kind has reads as `undefined` in Rego, which would quietly make every deny rule on it
//! false, so a misspelled attribute would read as a pass.

use crate::model::{Kind, Resource};
use serde_json::Value;

/// Whether `path` (`attributes.encryption.at_rest`, `region`) names a field of a resource of
/// `kind`.
pub fn exists(kind: Kind, path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    match segments.split_first() {
        Some((&"attributes", rest)) => {
            let schema = serde_json::to_value(kind.attributes_schema()).unwrap_or_default();
            resolves(&schema, &schema, rest)
        }
        Some(_) => {
            let schema = serde_json::to_value(schemars::schema_for!(Resource)).unwrap_or_default();
            resolves(&schema, &schema, &segments)
        }
        None => false,
    }
}

/// Walks `properties`, following `$ref`, `anyOf`/`oneOf` (options), `items` (lists) and
/// `additionalProperties` (maps such as `tags`, whose keys are free).
fn resolves(root: &Value, schema: &Value, path: &[&str]) -> bool {
    let Some((first, rest)) = path.split_first() else {
        return true;
    };
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        return match target
            .strip_prefix("#/$defs/")
            .and_then(|name| root.get("$defs")?.get(name))
        {
            Some(def) => resolves(root, def, path),
            None => false,
        };
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            return options.iter().any(|o| resolves(root, o, path));
        }
    }
    if let Some(items) = schema.get("items") {
        return resolves(root, items, path);
    }
    if let Some(p) = schema.get("properties").and_then(|p| p.get(*first)) {
        return resolves(root, p, rest);
    }
    match schema.get("additionalProperties") {
        Some(Value::Bool(true)) => true,
        Some(v @ Value::Object(_)) => resolves(root, v, rest),
        _ => false,
    }
}

/// The key paths of the literal `"attributes": {...}` objects in a Rego test file, as far as
/// they are written out (a value that is a variable or a call ends the path there).
pub fn written_in_tests(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let needle: Vec<char> = "\"attributes\"".chars().collect();
    let mut i = 0;
    while i + needle.len() <= chars.len() {
        if chars[i..i + needle.len()] == needle[..] {
            let mut j = i + needle.len();
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            if chars.get(j) == Some(&':') {
                j += 1;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                if chars.get(j) == Some(&'{') {
                    object_paths(&chars, &mut j, "attributes", &mut out);
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Reads a `{ "key": value, ... }` at `chars[*at]`, pushing `prefix.key` for every key and
/// descending into literal objects (and the objects of literal arrays).
fn object_paths(chars: &[char], at: &mut usize, prefix: &str, out: &mut Vec<String>) {
    *at += 1; // `{`
    loop {
        skip_space(chars, at);
        match chars.get(*at) {
            Some('}') | None => {
                *at += 1;
                return;
            }
            Some(',') => *at += 1,
            Some('"') => {
                let key = string(chars, at);
                skip_space(chars, at);
                if chars.get(*at) != Some(&':') {
                    // A set element, not a key.
                    continue;
                }
                *at += 1;
                skip_space(chars, at);
                let path = format!("{prefix}.{key}");
                out.push(path.clone());
                value(chars, at, &path, out);
            }
            Some(_) => value(chars, at, prefix, out),
        }
    }
}

fn value(chars: &[char], at: &mut usize, path: &str, out: &mut Vec<String>) {
    match chars.get(*at) {
        Some('{') => object_paths(chars, at, path, out),
        Some('[') => {
            *at += 1;
            loop {
                skip_space(chars, at);
                match chars.get(*at) {
                    Some(']') | None => {
                        *at += 1;
                        return;
                    }
                    Some(',') => *at += 1,
                    Some(_) => value(chars, at, path, out),
                }
            }
        }
        Some('"') => {
            string(chars, at);
        }
        _ => {
            // A literal, a variable or a call: up to the next separator at this depth.
            let mut depth = 0;
            while let Some(c) = chars.get(*at) {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' if depth > 0 => depth -= 1,
                    ',' | '}' | ']' if depth == 0 => return,
                    '"' => {
                        string(chars, at);
                        continue;
                    }
                    _ => {}
                }
                *at += 1;
            }
        }
    }
}

fn string(chars: &[char], at: &mut usize) -> String {
    let mut s = String::new();
    *at += 1;
    while let Some(&c) = chars.get(*at) {
        *at += 1;
        match c {
            '\\' => {
                if let Some(&n) = chars.get(*at) {
                    s.push(n);
                    *at += 1;
                }
            }
            '"' => break,
            c => s.push(c),
        }
    }
    s
}

fn skip_space(chars: &[char], at: &mut usize) {
    while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
        *at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_through_refs_options_and_lists() {
        assert!(exists(Kind::S3Bucket, "attributes.encryption.at_rest"));
        assert!(exists(
            Kind::S3Bucket,
            "attributes.replication.destination_region"
        ));
        assert!(exists(Kind::Ec2SecurityGroup, "attributes.ingress"));
        assert!(exists(Kind::S3Bucket, "tags"));
        assert!(exists(Kind::S3Bucket, "region"));
        assert!(!exists(Kind::S3Bucket, "attributes.encryption.at_rst"));
        assert!(!exists(Kind::KmsKey, "attributes.encryption"));
        assert!(!exists(Kind::S3Bucket, "regoin"));
    }

    #[test]
    fn test_inputs_give_their_literal_attribute_paths() {
        let t = r#"x := {"resource": {"attributes": {"encryption": {"at_rest": true, "kms_key": k}, "acl": f(1, 2), "ingress": [{"protocol": "tcp"}], "tags": {"a", "b"}}}}"#;
        assert_eq!(
            written_in_tests(t),
            vec![
                "attributes.acl",
                "attributes.encryption",
                "attributes.encryption.at_rest",
                "attributes.encryption.kms_key",
                "attributes.ingress",
                "attributes.ingress.protocol",
                "attributes.tags",
            ]
        );
    }
}
