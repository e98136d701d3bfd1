//! Inputs to one `Inventory`. Each source has its own module; this one reads files, decodes
//! them and picks the loader by the document's shape.

pub mod config;
pub mod json;
pub mod terraform;
pub mod text;

use crate::error::{Error, Result};
use crate::model::Inventory;
use json::Document;
use serde::Deserialize;
use std::path::Path;

/// What an input file was, with digests for the report.
#[derive(Debug, Clone)]
pub struct LoadedInput {
    pub file: String,
    pub format: &'static str,
    pub sha256: String,
    pub resources: usize,
}

/// Loads one input file, whatever its supported format.
pub fn load_file(path: &Path) -> Result<(Inventory, LoadedInput)> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::file(
            path,
            match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                _ if path.is_dir() => {
                    "is a directory (hint: pass plan files, not folders)".to_string()
                }
                _ => format!("cannot read: {e}"),
            },
        )
    })?;
    let t0 = std::time::Instant::now();
    let sha256 = crate::digest::sha256_hex(&bytes);
    if std::env::var_os("COMPLY_TIMINGS").is_some() {
        eprintln!("sha {:?}", t0.elapsed());
    }
    let bytes = text::gunzip(path, bytes)?;
    let text = text::decode(path, bytes)?;
    let file = path.display().to_string();
    let doc = Document::new(&file, &text);
    if std::env::var_os("COMPLY_TIMINGS").is_some() {
        eprintln!("decode+index {:?}", t0.elapsed());
    }
    let (inventory, format) = load_document(&doc)?;
    let info = LoadedInput {
        file: file.clone(),
        format,
        sha256,
        resources: inventory.resources.len(),
    };
    Ok((inventory, info))
}

/// Dispatches on the top-level keys.
pub fn load_document(doc: &Document<'_>) -> Result<(Inventory, &'static str)> {
    let t0 = std::time::Instant::now();
    let top = top_level_keys(doc)?;
    if std::env::var_os("COMPLY_TIMINGS").is_some() {
        eprintln!("topkeys {:?}", t0.elapsed());
    }
    let keys = match top {
        TopKeys::Object(keys) => keys,
        // A bare list of AWS Config configuration items.
        TopKeys::Array(Some(first)) if config::looks_like_item(&as_strs(&first)) => {
            return Ok((config::load(doc)?, "aws-config"));
        }
        TopKeys::Array(_) => return Err(not_an_object(doc, "an array")),
        TopKeys::Other(kind) => return Err(not_an_object(doc, kind)),
    };
    let keys = as_strs(&keys);
    if terraform::looks_like_plan(&keys) {
        return Ok((terraform::load(doc)?, "terraform-plan"));
    }
    if config::looks_like_config(&keys) {
        return Ok((config::load(doc)?, "aws-config"));
    }
    Err(Error::Input {
        place: doc.place_at(0),
        message: format!(
            "unrecognized input: a JSON object with keys {} is neither a Terraform plan nor \
             AWS Config data (hint: pass the output of `terraform show -json plan.out`, or an \
             AWS Config snapshot, API output or notification)",
            describe_keys(&keys)
        ),
    })
}

fn as_strs(keys: &[String]) -> Vec<&str> {
    keys.iter().map(String::as_str).collect()
}

fn not_an_object(doc: &Document<'_>, kind: &str) -> Error {
    Error::Input {
        place: doc.place_at(first_non_space(doc.text)),
        message: format!(
            "expected a JSON object at the top level, found {kind} (a list is read only as AWS \
             Config configuration items)"
        ),
    }
}

pub(crate) fn describe_keys(keys: &[&str]) -> String {
    if keys.is_empty() {
        return "(none)".to_string();
    }
    let mut shown: Vec<String> = keys.iter().take(5).map(|k| format!("`{k}`")).collect();
    if keys.len() > 5 {
        shown.push(format!("and {} more", keys.len() - 5));
    }
    shown.join(", ")
}

/// The keys of the top-level object (or of the first element of a top-level array), in one pass
/// that also checks the whole text is one well-formed JSON value with no duplicate top-level key.
fn top_level_keys(doc: &Document<'_>) -> Result<TopKeys> {
    let mut de = serde_json::Deserializer::from_str(doc.text);
    TopKeys::deserialize(&mut de)
        .and_then(|k| de.end().map(|_| k))
        .map_err(|e| doc.json_error(None, e))
}

enum TopKeys {
    Object(Vec<String>),
    /// The keys of the first element, when it is an object.
    Array(Option<Vec<String>>),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for TopKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = TopKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<TopKeys, A::Error> {
                let mut keys: Vec<String> = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    if keys.contains(&k) {
                        return Err(serde::de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            k.escape_debug()
                        )));
                    }
                    map.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(TopKeys::Object(keys))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<TopKeys, A::Error> {
                let first = match seq.next_element::<TopKeys>()? {
                    Some(TopKeys::Object(keys)) => Some(keys),
                    _ => None,
                };
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(TopKeys::Array(first))
            }
            fn visit_str<E>(self, _: &str) -> std::result::Result<TopKeys, E> {
                Ok(TopKeys::Other("a string"))
            }
            fn visit_bool<E>(self, _: bool) -> std::result::Result<TopKeys, E> {
                Ok(TopKeys::Other("a boolean"))
            }
            fn visit_unit<E>(self) -> std::result::Result<TopKeys, E> {
                Ok(TopKeys::Other("null"))
            }
            fn visit_i64<E>(self, _: i64) -> std::result::Result<TopKeys, E> {
                Ok(TopKeys::Other("a number"))
            }
            fn visit_u64<E>(self, _: u64) -> std::result::Result<TopKeys, E> {
                Ok(TopKeys::Other("a number"))
            }
            fn visit_f64<E>(self, _: f64) -> std::result::Result<TopKeys, E> {
                Ok(TopKeys::Other("a number"))
            }
        }
        d.deserialize_any(V)
    }
}

fn first_non_space(text: &str) -> usize {
    text.len() - text.trim_start().len()
}
