//! One configuration item, whatever its vintage: API style (`arn`, `accountId`) or snapshot /
//! stream style (`ARN`, `awsAccountId`); `configuration` as an object or a JSON string;
//! `supplementaryConfiguration` values as objects or JSON strings (sometimes encoded twice);
//! capture time as an epoch number or an ISO string; tags as an object or a list of pairs.

use super::envelope::{kind_of, Found, Node};
use super::{infer, time};
use crate::aws::{is_account, is_region, Arn};
use crate::error::{Error, Place, Result};
use crate::load::json::{parse_embedded, Document};
use crate::model::Kind;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The fields every item is sorted and deduplicated by, read cheaply from the raw slice.
#[derive(Deserialize, Default)]
struct RawHead {
    #[serde(rename = "resourceType")]
    resource_type: Option<Value>,
    #[serde(rename = "resourceId")]
    resource_id: Option<Value>,
    #[serde(rename = "resourceName")]
    resource_name: Option<Value>,
    #[serde(rename = "ARN")]
    arn_upper: Option<Value>,
    arn: Option<Value>,
    #[serde(rename = "configurationItemStatus")]
    status: Option<Value>,
    #[serde(rename = "configurationItemCaptureTime")]
    capture_time: Option<Value>,
}

/// What dedup and dispatch need of an item.
pub struct Head {
    pub resource_type: String,
    pub resource_id: Option<String>,
    pub resource_name: Option<String>,
    pub arn: Option<String>,
    pub status: Option<String>,
    /// Microseconds since the epoch.
    pub captured: Option<i64>,
}

impl Head {
    /// Items of one resource share this key (an ARN may be missing from some of them).
    pub fn key(&self) -> (String, String) {
        let id = self
            .resource_id
            .clone()
            .or_else(|| self.arn.clone())
            .or_else(|| self.resource_name.clone())
            .unwrap_or_default();
        (self.resource_type.clone(), id)
    }

    /// Not judged: gone, or gone and no longer recorded.
    pub fn is_deleted(&self) -> bool {
        matches!(
            self.status.as_deref(),
            Some("ResourceDeleted" | "ResourceDeletedNotRecorded")
        )
    }

    /// The resource id in the inventory: the ARN, else `type/resourceId`.
    pub fn id(&self) -> String {
        match &self.arn {
            Some(arn) => arn.clone(),
            None => format!("{}/{}", self.resource_type, self.key().1),
        }
    }
}

/// Reads the head of a found item; the whole item is parsed only when its type is not given.
pub fn head(doc: &Document<'_>, found: &Found<'_>) -> Result<(Head, Option<Value>)> {
    let place = found.node.place(doc);
    let path = &found.path;
    let (raw, value) = match &found.node {
        Node::Raw(raw) => {
            let h: RawHead = serde_json::from_str(raw.get()).map_err(|e| {
                let mut err = doc.json_error(Some(raw), e);
                if let Error::Input { message, .. } = &mut err {
                    *message = format!("`{path}`: {message}");
                }
                err
            })?;
            (h, None)
        }
        Node::Decoded(v, _) => (
            RawHead::deserialize(v).map_err(|e| Error::Input {
                place: place.clone(),
                message: format!("`{path}`: {e}"),
            })?,
            Some(v.clone()),
        ),
    };
    let field = |name: &str, v: &Option<Value>| text(v, name, path, &place);
    let mut head = Head {
        resource_type: field("resourceType", &raw.resource_type)?.unwrap_or_default(),
        resource_id: field("resourceId", &raw.resource_id)?,
        resource_name: field("resourceName", &raw.resource_name)?,
        arn: match field("ARN", &raw.arn_upper)? {
            Some(a) => Some(a),
            None => field("arn", &raw.arn)?,
        },
        status: field("configurationItemStatus", &raw.status)?,
        captured: match &raw.capture_time {
            None | Some(Value::Null) => None,
            Some(t) => Some(time::parse(t).ok_or_else(|| Error::Input {
                place: place.clone(),
                message: format!(
                    "`{path}.configurationItemCaptureTime`: `{}` is not a time (expected epoch \
                     seconds or an ISO 8601 string)",
                    match t {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    }
                ),
            })?),
        },
    };
    let mut value = value;
    if head.resource_type.is_empty() {
        // SelectResourceConfig returns only the selected fields: the type is the query's.
        let v = match value.take() {
            Some(v) => v,
            None => match &found.node {
                Node::Raw(raw) => doc.value(raw)?,
                Node::Decoded(v, _) => v.clone(),
            },
        };
        let item = Item::parse(doc, found, &v, &head)?;
        match infer::resource_type(&item, &[head.arn.as_deref(), head.resource_id.as_deref()]) {
            Some(found) => {
                head.resource_type = found.resource_type.to_string();
                if head.arn.is_none() {
                    head.arn = found.arn;
                }
                if head.resource_id.is_none() {
                    head.resource_id = found.id;
                }
                if head.resource_id.is_none() && head.resource_name.is_none() {
                    head.resource_name = infer::name(found.resource_type, &item);
                }
            }
            None => {
                return Err(Error::Input {
                    place,
                    message: format!(
                        "`{path}`: the item has no `resourceType` and its type cannot be told \
                         from its ARN or configuration (hint: add `resourceType` to the \
                         SelectResourceConfig SELECT list)"
                    ),
                })
            }
        }
        value = Some(v);
    }
    if head.resource_id.is_none() && head.arn.is_none() && head.resource_name.is_none() {
        return Err(Error::Input {
            place,
            message: format!(
                "`{path}`: the `{}` item has no `resourceId`, `ARN` or `resourceName`, so no \
                 finding could name it",
                head.resource_type
            ),
        });
    }
    Ok((head, value))
}

/// A string field; numbers are accepted as their text (account ids written as numbers).
fn text(v: &Option<Value>, name: &str, path: &str, place: &Place) -> Result<Option<String>> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(Error::Input {
            place: place.clone(),
            message: format!(
                "`{path}.{name}`: expected a string, found {}",
                kind_of(other)
            ),
        }),
    }
}

/// A whole configuration item, decoded.
pub struct Item {
    pub place: Place,
    pub account: Option<String>,
    pub region: Option<String>,
    pub availability_zone: Option<String>,
    /// Tags from `tags`, `supplementaryConfiguration.Tags` and `configuration.tags`.
    pub tags: BTreeMap<String, String>,
    /// Whether the item records tags at all (a partial Select result may not).
    pub tags_recorded: bool,
    /// `None` when the item does not record its configuration.
    pub configuration: Option<Value>,
    /// `None` when the item does not record supplementary configuration.
    pub supplementary: Option<Map<String, Value>>,
    pub relationships: Vec<Relationship>,
}

pub struct Relationship {
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    pub resource_name: Option<String>,
}

impl Item {
    pub fn parse(doc: &Document<'_>, found: &Found<'_>, v: &Value, head: &Head) -> Result<Item> {
        let place = found.node.place(doc);
        let path = found.path.clone();
        let obj = v
            .as_object()
            .expect("items are objects (checked when found)");
        let get = |k: &str| obj.get(k).filter(|v| !v.is_null());
        let err = |field: &str, message: String| Error::Input {
            place: place.clone(),
            message: format!("`{path}.{field}`: {message}"),
        };
        let str_of =
            |k: &str| -> Result<Option<String>> { text(&get(k).cloned(), k, &path, &place) };

        let configuration = match get("configuration") {
            None => None,
            Some(c) => match decode(c).map_err(|e| err("configuration", e))? {
                Value::Null => None,
                c @ Value::Object(_) => Some(c),
                other => {
                    return Err(err(
                        "configuration",
                        format!("expected an object, found {}", kind_of(&other)),
                    ))
                }
            },
        };
        let supplementary = match get("supplementaryConfiguration") {
            None => None,
            Some(s) => match decode(s).map_err(|e| err("supplementaryConfiguration", e))? {
                Value::Null => None,
                Value::Object(m) => {
                    let mut out = Map::new();
                    for (k, v) in m {
                        let field = format!("supplementaryConfiguration.{k}");
                        out.insert(k, decode(&v).map_err(|e| err(&field, e))?);
                    }
                    Some(out)
                }
                other => {
                    return Err(err(
                        "supplementaryConfiguration",
                        format!("expected an object, found {}", kind_of(&other)),
                    ))
                }
            },
        };

        let mut tags = BTreeMap::new();
        let mut tags_recorded = false;
        let sources = [
            get("tags"),
            supplementary.as_ref().and_then(|s| s.get("Tags")),
            configuration.as_ref().and_then(|c| {
                ["tags", "Tags", "tagList", "TagList"]
                    .iter()
                    .find_map(|k| c.get(*k))
            }),
        ];
        for source in sources.into_iter().flatten() {
            tags_recorded = true;
            add_tags(&mut tags, source);
        }

        let mut relationships = Vec::new();
        if let Some(Value::Array(rels)) = get("relationships") {
            for r in rels {
                let s = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_owned);
                relationships.push(Relationship {
                    resource_type: s("resourceType"),
                    resource_id: s("resourceId"),
                    resource_name: s("resourceName"),
                });
            }
        }

        let arn = head.arn.as_deref();
        let account = match str_of("awsAccountId")? {
            Some(a) => Some(a),
            None => str_of("accountId")?,
        }
        .filter(|a| is_account(a))
        .or_else(|| {
            arn.and_then(Arn::parse)
                .and_then(|a| a.account())
                .map(str::to_owned)
        });
        let availability_zone = match str_of("availabilityZone")? {
            Some(z) => Some(z),
            // The AWS Config documentation's own example spells it so.
            None => str_of("availibilityZone")?,
        };
        let region = str_of("awsRegion")?
            .or_else(|| {
                arn.and_then(Arn::parse)
                    .and_then(|a| a.region())
                    .filter(|r| is_region(r))
                    .map(str::to_owned)
            })
            .or_else(|| {
                // An availability zone is its region and one letter.
                let z = availability_zone.as_deref()?;
                let r = z.strip_suffix(|c: char| c.is_ascii_lowercase())?;
                is_region(r).then(|| r.to_string())
            })
            .or_else(|| {
                Kind::parse(&head.resource_type)
                    .is_some_and(Kind::is_global)
                    .then(|| "global".into())
            });

        Ok(Item {
            place,
            account,
            region,
            availability_zone,
            tags,
            tags_recorded,
            configuration,
            supplementary,
            relationships,
        })
    }
}

/// Decodes a value that AWS Config may have written as a JSON string (up to twice over).
fn decode(v: &Value) -> std::result::Result<Value, String> {
    let mut v = v.clone();
    for _ in 0..3 {
        let Value::String(s) = &v else { break };
        let t = s.trim_start();
        let looks_json = t.starts_with(['{', '[', '"'])
            || matches!(t.trim_end(), "true" | "false" | "null")
            || t.parse::<f64>().is_ok();
        if !looks_json {
            break;
        }
        match parse_embedded(s) {
            Ok(inner) => v = inner,
            Err(e) if t.starts_with(['{', '[', '"']) => {
                return Err(format!("the string is not valid JSON: {e}"))
            }
            Err(_) => break,
        }
    }
    Ok(v)
}

fn add_tags(tags: &mut BTreeMap<String, String>, v: &Value) {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    };
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if let Some(v) = text(v) {
                    tags.entry(k.clone()).or_insert(v);
                }
            }
        }
        Value::Array(list) => {
            for t in list {
                let pick = |names: &[&str]| names.iter().find_map(|n| t.get(*n)).and_then(text);
                if let (Some(k), Some(v)) = (
                    pick(&["key", "Key", "tagName"]),
                    pick(&["value", "Value", "tagValue"]),
                ) {
                    tags.entry(k).or_insert(v);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn twice_encoded_strings_decode() {
        let v = json!("\"{\\\"grantList\\\":[]}\"");
        assert_eq!(decode(&v).unwrap(), json!({"grantList": []}));
        assert_eq!(decode(&json!("false")).unwrap(), json!(false));
        assert_eq!(decode(&json!("Enabled")).unwrap(), json!("Enabled"));
        assert!(decode(&json!("{\"a\":1,\"a\":2}")).is_err());
    }

    #[test]
    fn tag_lists_of_every_spelling() {
        let mut tags = BTreeMap::new();
        add_tags(
            &mut tags,
            &json!([{"key": "a", "value": "1"}, {"Key": "b", "Value": "2"}, {"tagName": "c", "tagValue": "3"}]),
        );
        assert_eq!(tags.len(), 3);
    }
}
