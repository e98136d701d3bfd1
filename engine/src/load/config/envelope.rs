//! Finding the configuration items in whatever AWS Config wrapped them in.
//!
//! | shape | recognized by | items |
//! | --- | --- | --- |
//! | snapshot / history file delivered to S3 | `configurationItems` (+ `fileVersion`) | each element |
//! | `GetResourceConfigHistory` output | `configurationItems` (+ `nextToken`) | each element |
//! | `BatchGetResourceConfig` output | `baseConfigurationItems` | each element |
//! | `SelectResourceConfig` output | `Results` (+ `QueryInfo`) | each element, a JSON string |
//! | change notification | `configurationItem` / `messageType` | `configurationItem` |
//! | SNS delivery | `Message` with `Type` / `TopicArn` | `Message`, a JSON string (or object) |
//! | EventBridge event | `detail` with `detail-type` / `source` | `detail` |
//! | rule invocation event | `invokingEvent` | `invokingEvent`, a JSON string (or object) |
//! | one item, or a list of items | `resourceType` ... | itself |
//!
//! Wrappers nest (an SNS message holding a notification holding an item), so the walk recurses.
//! Items in the file keep their raw slice (and so their exact place); items decoded from a JSON
//! string are owned values placed at that string.

use crate::error::{Error, Place, Result};
use crate::load::json::{parse_embedded, Document};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt;

/// How deep wrappers may nest (SNS > notification > item is 2).
const MAX_WRAPPING: usize = 8;

/// A JSON value of the input: a slice of the file, or a value decoded from a JSON string there.
pub enum Node<'a> {
    Raw(&'a RawValue),
    Decoded(Value, Place),
}

/// One configuration item found in the input.
pub struct Found<'a> {
    pub node: Node<'a>,
    /// Where it is, for messages: `configurationItems[3]`, `Message.configurationItem`.
    pub path: String,
}

impl<'a> Node<'a> {
    pub fn place(&self, doc: &Document<'_>) -> Place {
        match self {
            Node::Raw(raw) => doc.place_of(raw),
            Node::Decoded(_, place) => place.clone(),
        }
    }

    /// The first significant character of a raw value, or the decoded value's kind.
    fn kind(&self) -> &'static str {
        match self {
            Node::Raw(raw) => match raw.get().as_bytes().first() {
                Some(b'{') => "an object",
                Some(b'[') => "an array",
                Some(b'"') => "a string",
                Some(b't' | b'f') => "a boolean",
                Some(b'n') => "null",
                _ => "a number",
            },
            Node::Decoded(v, _) => kind_of(v),
        }
    }

    /// The members of an object, in input order; `None` when this is not an object.
    fn entries(&self, doc: &Document<'_>, path: &str) -> Result<Option<Vec<(String, Node<'a>)>>> {
        match self {
            Node::Raw(raw) => {
                if !raw.get().starts_with('{') {
                    return Ok(None);
                }
                let obj: RawObject = serde_json::from_str(raw.get())
                    .map_err(|e| at_path(doc.json_error(Some(raw), e), path))?;
                Ok(Some(
                    obj.0.into_iter().map(|(k, v)| (k, Node::Raw(v))).collect(),
                ))
            }
            Node::Decoded(Value::Object(m), place) => Ok(Some(
                m.iter()
                    .map(|(k, v)| (k.clone(), Node::Decoded(v.clone(), place.clone())))
                    .collect(),
            )),
            Node::Decoded(..) => Ok(None),
        }
    }

    /// The elements of an array; `None` when this is not an array.
    fn elements(&self, doc: &Document<'_>, path: &str) -> Result<Option<Vec<Node<'a>>>> {
        match self {
            Node::Raw(raw) => {
                if !raw.get().starts_with('[') {
                    return Ok(None);
                }
                let items: Vec<&'a RawValue> = serde_json::from_str(raw.get())
                    .map_err(|e| at_path(doc.json_error(Some(raw), e), path))?;
                Ok(Some(items.into_iter().map(Node::Raw).collect()))
            }
            Node::Decoded(Value::Array(a), place) => Ok(Some(
                a.iter()
                    .map(|v| Node::Decoded(v.clone(), place.clone()))
                    .collect(),
            )),
            Node::Decoded(..) => Ok(None),
        }
    }

    /// A JSON string holding JSON, decoded (strictly) and placed at the string.
    fn decode_string(&self, doc: &Document<'_>, path: &str) -> Result<Option<Node<'a>>> {
        let (text, place) = match self {
            Node::Raw(raw) if raw.get().starts_with('"') => {
                let s: String = serde_json::from_str(raw.get())
                    .map_err(|e| at_path(doc.json_error(Some(raw), e), path))?;
                (s, doc.place_of(raw))
            }
            Node::Decoded(Value::String(s), place) => (s.clone(), place.clone()),
            _ => return Ok(None),
        };
        let value = parse_embedded(&text).map_err(|e| Error::Input {
            place: place.clone(),
            message: format!("`{path}`: the string is not valid JSON: {e}"),
        })?;
        Ok(Some(Node::Decoded(value, place)))
    }

    /// Checks a part the loader does not read for duplicate keys (raw parts only: decoded
    /// values were parsed strictly already).
    fn check(&self, doc: &Document<'_>) -> Result<()> {
        match self {
            Node::Raw(raw) => doc.check(raw),
            Node::Decoded(..) => Ok(()),
        }
    }
}

pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "an object",
        Value::Array(_) => "an array",
        Value::String(_) => "a string",
        Value::Bool(_) => "a boolean",
        Value::Null => "null",
        Value::Number(_) => "a number",
    }
}

fn at_path(mut err: Error, path: &str) -> Error {
    if let Error::Input { message, .. } = &mut err {
        *message = format!("`{path}`: {message}");
    }
    err
}

/// What an object is, by its keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A list of items under this key.
    List(&'static str),
    Select,
    Notification,
    /// A wrapper whose member (maybe a JSON string) holds the rest.
    Wrapper(&'static str),
    Item,
}

pub fn shape(keys: &[&str]) -> Option<Shape> {
    let has = |k: &str| keys.contains(&k);
    Some(if has("configurationItems") {
        Shape::List("configurationItems")
    } else if has("baseConfigurationItems") {
        Shape::List("baseConfigurationItems")
    } else if has("Results") && (has("QueryInfo") || keys.len() <= 2) {
        Shape::Select
    } else if has("invokingEvent") {
        Shape::Wrapper("invokingEvent")
    } else if has("detail") && (has("detail-type") || has("source")) {
        Shape::Wrapper("detail")
    } else if has("Message") && (has("Type") || has("TopicArn")) {
        Shape::Wrapper("Message")
    } else if has("configurationItem") || has("messageType") {
        Shape::Notification
    } else if is_item(keys) {
        Shape::Item
    } else {
        return None;
    })
}

/// Keys only a configuration item has.
pub fn is_item(keys: &[&str]) -> bool {
    let has = |k: &str| keys.contains(&k);
    (has("resourceType") && (has("resourceId") || has("configuration") || has("ARN") || has("arn")))
        || has("configurationItemCaptureTime")
        || has("configurationItemStatus")
}

/// Every configuration item of the document, in input order.
pub fn find<'a>(doc: &'a Document<'a>) -> Result<Vec<Found<'a>>> {
    let top: &RawValue = serde_json::from_str(doc.text).map_err(|e| doc.json_error(None, e))?;
    let mut out = Vec::new();
    let node = Node::Raw(top);
    if let Some(elements) = node.elements(doc, "")? {
        // A bare list of items.
        for (i, e) in elements.into_iter().enumerate() {
            push_item(doc, e, format!("[{i}]"), &mut out)?;
        }
        return Ok(out);
    }
    walk(doc, node, String::new(), 0, &mut out)?;
    Ok(out)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn walk<'a>(
    doc: &Document<'_>,
    node: Node<'a>,
    path: String,
    depth: usize,
    out: &mut Vec<Found<'a>>,
) -> Result<()> {
    let place = node.place(doc);
    let shown = if path.is_empty() { "the input" } else { &path };
    if depth > MAX_WRAPPING {
        return Err(Error::Input {
            place,
            message: format!("`{shown}`: AWS Config wrappers nest too deep"),
        });
    }
    let Some(entries) = node.entries(doc, &path)? else {
        return Err(Error::Input {
            place,
            message: format!(
                "`{shown}`: expected AWS Config data (an object), found {}",
                node.kind()
            ),
        });
    };
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    let Some(found) = shape(&keys) else {
        return Err(Error::Input {
            place,
            message: format!(
                "`{shown}`: not AWS Config data: no configuration items, notification or event \
                 among keys {}",
                crate::load::describe_keys(&keys)
            ),
        });
    };
    let string_of = |k: &str| -> Option<String> {
        entries
            .iter()
            .find(|(key, _)| key == k)
            .and_then(|(_, n)| match n {
                Node::Raw(raw) => serde_json::from_str::<String>(raw.get()).ok(),
                Node::Decoded(Value::String(s), _) => Some(s.clone()),
                _ => None,
            })
    };
    let message_type = string_of("messageType");
    if found == Shape::Item {
        out.push(Found { node, path });
        return Ok(());
    }
    let mut used = false;
    for (key, child) in entries {
        let child_path = join(&path, &key);
        match found {
            Shape::List(list) if key == list => {
                used = true;
                let Some(elements) = child.elements(doc, &child_path)? else {
                    return Err(Error::Input {
                        place: child.place(doc),
                        message: format!(
                            "`{child_path}`: expected a list of configuration items, found {}",
                            child.kind()
                        ),
                    });
                };
                for (i, e) in elements.into_iter().enumerate() {
                    push_item(doc, e, format!("{child_path}[{i}]"), out)?;
                }
            }
            Shape::Select if key == "Results" => {
                used = true;
                let Some(elements) = child.elements(doc, &child_path)? else {
                    return Err(Error::Input {
                        place: child.place(doc),
                        message: format!(
                            "`{child_path}`: expected a list of results, found {}",
                            child.kind()
                        ),
                    });
                };
                for (i, e) in elements.into_iter().enumerate() {
                    push_item(doc, e, format!("{child_path}[{i}]"), out)?;
                }
            }
            Shape::Notification if key == "configurationItem" => {
                used = true;
                push_item(doc, child, child_path, out)?;
            }
            Shape::Wrapper(w) if key == w => {
                used = true;
                let inner = match child.decode_string(doc, &child_path)? {
                    Some(decoded) => decoded,
                    None => child,
                };
                walk(doc, inner, child_path, depth + 1, out)?;
            }
            _ => child.check(doc)?,
        }
    }
    if !used {
        let what = match message_type.as_deref() {
            Some(t @ "OversizedConfigurationItemChangeNotification") => format!(
                "`{shown}`: messageType `{t}` carries no configuration item (hint: AWS Config \
                 put the item in S3: fetch it from `s3DeliverySummary.s3BucketLocation`)"
            ),
            Some(t) => format!("`{shown}`: messageType `{t}` carries no configuration item"),
            None => format!("`{shown}`: no configuration item"),
        };
        return Err(Error::Input {
            place,
            message: what,
        });
    }
    Ok(())
}

/// An element that should be an item: an object, or a JSON string holding one.
fn push_item<'a>(
    doc: &Document<'_>,
    node: Node<'a>,
    path: String,
    out: &mut Vec<Found<'a>>,
) -> Result<()> {
    let node = match node.decode_string(doc, &path)? {
        Some(decoded) => decoded,
        None => node,
    };
    let is_object = match &node {
        Node::Raw(raw) => raw.get().starts_with('{'),
        Node::Decoded(v, _) => v.is_object(),
    };
    if !is_object {
        return Err(Error::Input {
            place: node.place(doc),
            message: format!(
                "`{path}`: expected a configuration item (an object), found {}",
                node.kind()
            ),
        });
    }
    out.push(Found { node, path });
    Ok(())
}

/// An object's members as raw slices, in order, rejecting duplicate keys.
struct RawObject<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for RawObject<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = RawObject<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<RawObject<'a>, A::Error> {
                let mut out: Vec<(String, &'a RawValue)> = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    if out.iter().any(|(key, _)| *key == k) {
                        return Err(de::Error::custom(format_args!(
                            "duplicate key `{}`",
                            k.escape_debug()
                        )));
                    }
                    let v: &'de RawValue = map.next_value()?;
                    out.push((k, v));
                }
                Ok(RawObject(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}
