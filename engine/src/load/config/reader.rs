//! Reading an item's `configuration` and `supplementaryConfiguration` into model values, noting
//! what the item does not record.
//!
//! Two kinds of field:
//! - *recorded* (`req_*`): AWS Config writes the field whenever it records the configuration
//!   (`storageEncrypted`, `ipPermissions`). Missing means not recorded: `null`, listed unknown.
//! - *optional* (`opt_*`): AWS Config writes the field only when it is set (`kmsKeyId`,
//!   `PublicAccessBlockConfiguration`). Missing means not set: the effective default.
//!
//! Either way, when the item does not record the section at all (a SelectResourceConfig result
//! that did not select it, a `ResourceNotRecorded` item) the value is unknown.
//!
//! Keys are matched exactly, then ignoring case: AWS Config's spellings of one field vary
//! between resource types and years (`dBClusterIdentifier`, `dbclusterIdentifier`).

use serde_json::{Map, Value};

#[derive(Clone, Copy)]
pub enum Sec {
    Conf,
    Supp,
}
pub use Sec::{Conf, Supp};

/// A lookup's outcome.
pub enum Got<'a> {
    /// The item does not record this section.
    NotRecorded,
    /// Recorded, and the field is missing or `null`.
    Absent,
    Value(&'a Value),
}

pub struct Reader<'a> {
    conf: Option<&'a Value>,
    supp: Option<&'a Map<String, Value>>,
    /// Model paths (`attributes.encryption.at_rest`) whose value the item does not record.
    pub unknown: Vec<String>,
}

/// A member by exact key, else by key ignoring ASCII case.
pub fn member<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    let obj = v.as_object()?;
    obj.get(key)
        .or_else(|| {
            obj.iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
        .filter(|v| !v.is_null())
}

/// A path of members (`["metadataOptions", "httpTokens"]`).
pub fn at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, k| member(v, k))
}

pub fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| {
            // Select results write integers as `7.0`.
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9e15)
                .map(|f| f as i64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

pub fn as_str(v: &Value) -> Option<String> {
    v.as_str().filter(|s| !s.is_empty()).map(str::to_owned)
}

impl<'a> Reader<'a> {
    pub fn new(conf: Option<&'a Value>, supp: Option<&'a Map<String, Value>>) -> Reader<'a> {
        Reader {
            conf,
            supp,
            unknown: Vec::new(),
        }
    }

    pub fn recorded(&self, sec: Sec) -> bool {
        match sec {
            Conf => self.conf.is_some(),
            Supp => self.supp.is_some(),
        }
    }

    pub fn get(&self, sec: Sec, path: &[&str]) -> Got<'a> {
        let found = match sec {
            Conf => match self.conf {
                None => return Got::NotRecorded,
                Some(c) => at(c, path),
            },
            Supp => match self.supp {
                None => return Got::NotRecorded,
                Some(s) => {
                    let (first, rest) = path.split_first().expect("a non-empty path");
                    s.get(*first)
                        .or_else(|| {
                            s.iter()
                                .find(|(k, _)| k.eq_ignore_ascii_case(first))
                                .map(|(_, v)| v)
                        })
                        .filter(|v| !v.is_null())
                        .and_then(|v| at(v, rest))
                }
            },
        };
        match found {
            Some(v) => Got::Value(v),
            None => Got::Absent,
        }
    }

    /// The value if present; notes `model` unknown when the section is not recorded.
    pub fn value(&mut self, sec: Sec, path: &[&str], model: &str) -> Option<&'a Value> {
        match self.get(sec, path) {
            Got::Value(v) => Some(v),
            Got::Absent => None,
            Got::NotRecorded => {
                self.mark(model);
                None
            }
        }
    }

    pub fn mark(&mut self, model: &str) {
        let p = format!("attributes.{model}");
        if !self.unknown.contains(&p) {
            self.unknown.push(p);
        }
    }

    fn req<T>(
        &mut self,
        sec: Sec,
        path: &[&str],
        model: &str,
        f: fn(&Value) -> Option<T>,
    ) -> Option<T> {
        let out = match self.get(sec, path) {
            Got::Value(v) => f(v),
            _ => None,
        };
        if out.is_none() {
            self.mark(model);
        }
        out
    }

    fn opt<T>(
        &mut self,
        sec: Sec,
        path: &[&str],
        model: &str,
        default: Option<T>,
        f: fn(&Value) -> Option<T>,
    ) -> Option<T> {
        match self.get(sec, path) {
            Got::Value(v) => {
                let out = f(v);
                if out.is_none() && !matches!(v, Value::String(s) if s.is_empty()) {
                    // Present but not of the expected type: not a value we can vouch for.
                    self.mark(model);
                }
                out.or(default)
            }
            Got::Absent => default,
            Got::NotRecorded => {
                self.mark(model);
                None
            }
        }
    }

    /// A recorded boolean: missing is unknown.
    pub fn req_bool(&mut self, sec: Sec, path: &[&str], model: &str) -> Option<bool> {
        self.req(sec, path, model, as_bool)
    }

    /// A boolean written only when set: missing is `default`.
    pub fn opt_bool(
        &mut self,
        sec: Sec,
        path: &[&str],
        model: &str,
        default: bool,
    ) -> Option<bool> {
        self.opt(sec, path, model, Some(default), as_bool)
    }

    pub fn req_str(&mut self, sec: Sec, path: &[&str], model: &str) -> Option<String> {
        self.req(sec, path, model, as_str)
    }

    /// A recorded string that the item also names elsewhere (an identifier that is the
    /// resource's id or name): unknown only when neither says.
    pub fn req_str_or(
        &mut self,
        sec: Sec,
        path: &[&str],
        model: &str,
        fallback: Option<&String>,
    ) -> Option<String> {
        match self.get(sec, path) {
            Got::Value(v) if as_str(v).is_some() => as_str(v),
            _ => match fallback {
                Some(f) => Some(f.clone()),
                None => {
                    self.mark(model);
                    None
                }
            },
        }
    }

    /// A string written only when set: missing (or empty) is `null`, not unknown.
    pub fn opt_str(&mut self, sec: Sec, path: &[&str], model: &str) -> Option<String> {
        self.opt(sec, path, model, None, as_str)
    }

    pub fn req_int(&mut self, sec: Sec, path: &[&str], model: &str) -> Option<i64> {
        self.req(sec, path, model, as_i64)
    }

    pub fn opt_int(
        &mut self,
        sec: Sec,
        path: &[&str],
        model: &str,
        default: Option<i64>,
    ) -> Option<i64> {
        self.opt(sec, path, model, default, as_i64)
    }

    /// A recorded list: missing is unknown (and empty).
    pub fn req_list(&mut self, sec: Sec, path: &[&str], model: &str) -> &'a [Value] {
        match self.get(sec, path) {
            Got::Value(Value::Array(a)) => a,
            _ => {
                self.mark(model);
                &[]
            }
        }
    }

    /// A list written only when not empty.
    pub fn opt_list(&mut self, sec: Sec, path: &[&str], model: &str) -> &'a [Value] {
        match self.get(sec, path) {
            Got::Value(Value::Array(a)) => a,
            Got::Value(_) | Got::NotRecorded => {
                self.mark(model);
                &[]
            }
            Got::Absent => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn recorded_and_optional_fields_differ_when_missing() {
        let conf = json!({"storageEncrypted": false, "dbclusterIdentifier": "c"});
        let mut r = Reader::new(Some(&conf), None);
        assert_eq!(
            r.req_bool(Conf, &["storageEncrypted"], "encryption.at_rest"),
            Some(false)
        );
        assert_eq!(
            r.req_bool(Conf, &["publiclyAccessible"], "publicly_accessible"),
            None
        );
        assert_eq!(r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"), None);
        assert_eq!(
            r.req_str(Conf, &["dBClusterIdentifier"], "identifier")
                .as_deref(),
            Some("c")
        );
        assert_eq!(r.unknown, vec!["attributes.publicly_accessible"]);
        // No supplementary configuration recorded: even optional fields are unknown.
        assert_eq!(
            r.opt_bool(
                Supp,
                &["ObjectLockConfiguration"],
                "object_lock_enabled",
                false
            ),
            None
        );
        assert!(r
            .unknown
            .contains(&"attributes.object_lock_enabled".to_string()));
    }

    #[test]
    fn numbers_of_every_spelling() {
        assert_eq!(as_i64(&json!(7.0)), Some(7));
        assert_eq!(as_i64(&json!("7")), Some(7));
        assert_eq!(as_i64(&json!(7.5)), None);
        assert_eq!(as_bool(&json!("FALSE")), Some(false));
    }
}
