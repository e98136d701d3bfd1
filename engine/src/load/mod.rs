//! Inputs to one `Inventory`. Each source has its own module; this one reads files, decodes
//! them and picks the loader by the document's shape.

pub mod config;
mod container_definitions;
pub mod json;
pub mod limit;
pub mod live;
pub mod terraform;
pub mod text;
mod trail_selectors;
pub mod tree;

use crate::error::{Error, Result};
use crate::model::Inventory;
use json::Document;
use serde::Deserialize;
use serde_json::value::RawValue;
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
    let cannot = |e: std::io::Error| {
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
    };
    let bytes = read(path)
        .map_err(cannot)?
        .map_err(|e| Error::file(path, e))?;
    let bytes: &[u8] = &bytes;
    let file = path.display().to_string();
    crate::timings::mark(|| format!("read {file}"));
    // Hashing a large plan costs as much as parsing it: do both at once.
    let (sha256, loaded) = rayon::join(
        || crate::digest::sha256_hex(bytes),
        || -> Result<(Inventory, &'static str)> {
            // AWS Config delivers snapshot and history files gzipped; the digest stays the
            // file's own.
            let inflated = text::gunzip(path, bytes)?;
            let text = text::decode(path, &inflated)?;
            load_document(&Document::new(&file, &text))
        },
    );
    let (inventory, format) = loaded?;
    let info = LoadedInput {
        file,
        format,
        sha256,
        resources: inventory.resources.len(),
    };
    Ok((inventory, info))
}

/// A file's bytes, read whole, or why it is too large to load. Not mapped: a file truncated by
/// another process while mapped faults the reading process (SIGBUS) where a read only gets
/// fewer bytes, and comply forbids `unsafe` (mapping is unsafe for that reason); the copy costs
/// about 0.2 s for 440 MB in the page cache (`benches/RESULTS.md`).
fn read(path: &Path) -> std::io::Result<std::result::Result<Vec<u8>, String>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory));
    }
    let (max, why) = limit::max();
    let too_large = |n: u64| {
        format!(
            "is {}{}, more than comply loads: {} ({why}) (hint: raise --max-input-size, or \
             split the input)",
            if meta.is_file() { "" } else { "more than " },
            limit::size(n),
            limit::size(max)
        )
    };
    if meta.is_file() && meta.len() > max {
        return Ok(Err(too_large(meta.len())));
    }
    // A pipe or a device has no length: read one byte past the bound to know.
    let mut out = Vec::with_capacity(if meta.is_file() {
        meta.len() as usize
    } else {
        0
    });
    (&file).take(max + 1).read_to_end(&mut out)?;
    if out.len() as u64 > max {
        return Ok(Err(too_large(max)));
    }
    Ok(Ok(out))
}

/// Dispatches on the top-level keys, then computes the facts that join resources.
pub fn load_document(doc: &Document<'_>) -> Result<(Inventory, &'static str)> {
    let (mut inventory, format) = dispatch(doc)?;
    crate::timings::mark(|| format!("normalized {} resources", inventory.resources.len()));
    crate::model::derive::apply(&mut inventory.resources);
    crate::timings::mark(|| "derived".into());
    Ok((inventory, format))
}

fn dispatch(doc: &Document<'_>) -> Result<(Inventory, &'static str)> {
    let top = TopLevel::parse(doc)?;
    crate::timings::mark(|| "split the document".into());
    let keys = top.keys();
    if top.is_item_list {
        return Ok((config::load(doc)?, "aws-config"));
    }
    if terraform::looks_like_plan(&keys) {
        return Ok((terraform::load(doc, &top)?, "terraform-plan"));
    }
    if config::looks_like_config(&keys) {
        return Ok((config::load(doc)?, "aws-config"));
    }
    Err(Error::Input {
        place: doc.place_at(0),
        message: format!(
            "unrecognized input: a JSON object with keys {} is neither a Terraform plan nor \
             AWS Config data (hint: pass the output of `terraform show -json plan.out`)",
            describe_keys(&keys)
        ),
    })
}

/// The top-level object as borrowed slices of the text: one pass over the whole document that
/// checks it is well-formed JSON with no duplicate top-level key; loaders parse the sections
/// they need from the slices.
pub struct TopLevel<'a> {
    entries: Vec<(String, &'a RawValue)>,
    /// The document is a list whose first element is an AWS Config configuration item.
    pub is_item_list: bool,
}

impl<'a> TopLevel<'a> {
    pub fn parse(doc: &Document<'a>) -> Result<TopLevel<'a>> {
        let mut de = serde_json::Deserializer::from_str(doc.text);
        let top = Top::deserialize(&mut de)
            .and_then(|t| de.end().map(|_| t))
            .map_err(|e| doc.json_error(None, e))?;
        match top {
            Top::Object(entries) => Ok(TopLevel {
                entries,
                is_item_list: false,
            }),
            // A bare list of AWS Config configuration items.
            Top::Array(Some(first))
                if config::looks_like_item(
                    &first.iter().map(String::as_str).collect::<Vec<_>>(),
                ) =>
            {
                Ok(TopLevel {
                    entries: Vec::new(),
                    is_item_list: true,
                })
            }
            Top::Array(_) => Err(not_an_object(doc, "an array")),
            Top::Other(kind) => Err(not_an_object(doc, kind)),
        }
    }

    pub fn keys(&self) -> Vec<&str> {
        self.entries.iter().map(|(k, _)| k.as_str()).collect()
    }

    pub fn get(&self, key: &str) -> Option<&'a RawValue> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }
}

enum Top<'a> {
    Object(Vec<(String, &'a RawValue)>),
    /// An array, with the keys of its first element when that is an object.
    Array(Option<Vec<String>>),
    Other(&'static str),
}

/// The keys of an object, its values skipped.
struct Keys(Option<Vec<String>>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(Some(keys)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Keys, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Keys(None))
            }
            fn visit_str<E>(self, _: &str) -> std::result::Result<Keys, E> {
                Ok(Keys(None))
            }
            fn visit_bool<E>(self, _: bool) -> std::result::Result<Keys, E> {
                Ok(Keys(None))
            }
            fn visit_unit<E>(self) -> std::result::Result<Keys, E> {
                Ok(Keys(None))
            }
            fn visit_i64<E>(self, _: i64) -> std::result::Result<Keys, E> {
                Ok(Keys(None))
            }
            fn visit_u64<E>(self, _: u64) -> std::result::Result<Keys, E> {
                Ok(Keys(None))
            }
            fn visit_f64<E>(self, _: f64) -> std::result::Result<Keys, E> {
                Ok(Keys(None))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Top<'de>, A::Error> {
                let mut entries: Vec<(String, &'de RawValue)> = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    if entries.iter().any(|(e, _)| *e == k) {
                        return Err(serde::de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            k.escape_debug()
                        )));
                    }
                    let v: &'de RawValue = map.next_value()?;
                    entries.push((k, v));
                }
                Ok(Top::Object(entries))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Top<'de>, A::Error> {
                let first = seq.next_element::<Keys>()?.and_then(|k| k.0);
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Top::Array(first))
            }
            fn visit_str<E>(self, _: &str) -> std::result::Result<Top<'de>, E> {
                Ok(Top::Other("a string"))
            }
            fn visit_bool<E>(self, _: bool) -> std::result::Result<Top<'de>, E> {
                Ok(Top::Other("a boolean"))
            }
            fn visit_unit<E>(self) -> std::result::Result<Top<'de>, E> {
                Ok(Top::Other("null"))
            }
            fn visit_i64<E>(self, _: i64) -> std::result::Result<Top<'de>, E> {
                Ok(Top::Other("a number"))
            }
            fn visit_u64<E>(self, _: u64) -> std::result::Result<Top<'de>, E> {
                Ok(Top::Other("a number"))
            }
            fn visit_f64<E>(self, _: f64) -> std::result::Result<Top<'de>, E> {
                Ok(Top::Other("a number"))
            }
        }
        d.deserialize_any(V)
    }
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

fn first_non_space(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

fn describe_keys(keys: &[&str]) -> String {
    if keys.is_empty() {
        return "(none)".to_string();
    }
    let mut shown: Vec<String> = keys.iter().take(5).map(|k| format!("`{k}`")).collect();
    if keys.len() > 5 {
        shown.push(format!("and {} more", keys.len() - 5));
    }
    shown.join(", ")
}
