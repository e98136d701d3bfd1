//! Strict JSON: duplicate keys are an error (serde_json silently keeps the last one, which would
//! let a crafted plan hide a value from the policies), nesting is bounded by serde_json's
//! recursion limit, and every error carries the place in the original file.

use crate::error::{Error, Place};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use super::text::LineIndex;

/// A whole input: its name, text, and line index for turning offsets into places.
pub struct Document<'a> {
    pub file: &'a str,
    pub text: &'a str,
    index: LineIndex,
}

impl<'a> Document<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Document<'a> {
        Document {
            file,
            text,
            index: LineIndex::new(text),
        }
    }

    /// Byte offset of a slice of this document's text.
    pub fn offset_of(&self, raw: &RawValue) -> usize {
        let start = raw.get().as_ptr() as usize;
        let base = self.text.as_ptr() as usize;
        debug_assert!(start >= base && start <= base + self.text.len());
        start.saturating_sub(base)
    }

    pub fn place_at(&self, offset: usize) -> Place {
        let (line, column) = self.index.position(offset);
        Place {
            file: self.file.to_string(),
            line,
            column,
        }
    }

    pub fn place_of(&self, raw: &RawValue) -> Place {
        self.place_at(self.offset_of(raw))
    }

    /// An error at the start of `raw`.
    pub fn error_at(&self, raw: &RawValue, message: impl Into<String>) -> Error {
        Error::Input {
            place: self.place_of(raw),
            message: message.into(),
        }
    }

    /// Turns a serde_json error raised while parsing `raw` (or the whole text when `None`) into an
    /// error at the right place of the file.
    pub fn json_error(&self, raw: Option<&RawValue>, err: serde_json::Error) -> Error {
        let (line, column) = match raw {
            None => (err.line(), err.column()),
            Some(raw) => {
                let base = self.place_of(raw);
                if err.line() <= 1 {
                    (base.line, base.column + err.column().saturating_sub(1))
                } else {
                    (base.line + err.line() - 1, err.column())
                }
            }
        };
        Error::Input {
            place: Place {
                file: self.file.to_string(),
                line: line.max(1),
                column: column.max(1),
            },
            message: describe(&err),
        }
    }

    /// Parses a slice of this document strictly into a value.
    pub fn value(&self, raw: &RawValue) -> Result<Value, Error> {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        let v = StrictValue
            .deserialize(&mut de)
            .map_err(|e| self.json_error(Some(raw), e))?;
        Ok(v)
    }

    /// Parses a slice of this document strictly into a tree borrowing its strings.
    pub fn tree(&self, raw: &'a RawValue) -> Result<super::tree::Tree<'a>, Error> {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        super::tree::StrictTree
            .deserialize(&mut de)
            .map_err(|e| self.json_error(Some(raw), e))
    }

    /// Checks a slice we do not otherwise read (syntax was checked already) for duplicate keys.
    pub fn check(&self, raw: &RawValue) -> Result<(), Error> {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        StrictIgnore
            .deserialize(&mut de)
            .map_err(|e| self.json_error(Some(raw), e))
    }
}

/// Parses JSON held inside a JSON string (AWS Config nests whole documents in strings) with the
/// same strictness as the file itself. The error says where in the string the problem is, since
/// the caller can only point at the string.
pub fn parse_embedded(text: &str) -> Result<Value, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    StrictValue
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|_| v))
        .map_err(|e| {
            format!(
                "{} (at line {}, column {} of the string)",
                describe(&e),
                e.line(),
                e.column()
            )
        })
}

/// serde_json's message without its trailing position, and without echoing input strings (a
/// wrong-typed value may be a secret).
fn describe(err: &serde_json::Error) -> String {
    let full = err.to_string();
    let msg = match full.rfind(" at line ") {
        Some(i) => &full[..i],
        None => full.as_str(),
    };
    let msg = redact_quoted(msg);
    match err.classify() {
        serde_json::error::Category::Eof => {
            format!("unexpected end of input: {msg} (hint: the file looks truncated)")
        }
        serde_json::error::Category::Syntax if msg.contains("recursion limit") => {
            "nesting is too deep (more than 128 levels)".to_string()
        }
        serde_json::error::Category::Syntax => match msg.as_str() {
            "expected ident" | "expected value" => "invalid JSON: expected a value (an object, array, string, number, true, false or null)".to_string(),
            _ => format!("invalid JSON: {msg}"),
        },
        _ => msg,
    }
}

/// `invalid type: string "hunter2", expected ...` -> `invalid type: string, expected ...`.
fn redact_quoted(msg: &str) -> String {
    if let Some(rest) = msg.strip_prefix("invalid type: string \"") {
        if let Some(end) = rest.rfind("\", expected") {
            return format!("invalid type: string{}", &rest[end + 1..]);
        }
    }
    if let Some(rest) = msg.strip_prefix("invalid value: string \"") {
        if let Some(end) = rest.rfind("\", expected") {
            return format!("invalid value: string{}", &rest[end + 1..]);
        }
    }
    msg.to_string()
}

/// Deserializes any JSON into a `serde_json::Value`, rejecting duplicate keys.
pub struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(StrictValue)? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(duplicate_key(&key));
            }
            let v = map.next_value_seed(StrictValue)?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Like `IgnoredAny`, but rejects duplicate keys.
pub struct StrictIgnore;

impl<'de> DeserializeSeed<'de> for StrictIgnore {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(IgnoreVisitor)
    }
}

struct IgnoreVisitor;

impl<'de> Visitor<'de> for IgnoreVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(StrictIgnore)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Borrowed keys where the text allows.
        let mut seen: Vec<Cow<'de, str>> = Vec::new();
        let mut keys = SeenKeys::default();
        while let Some(CowKey(key)) = map.next_key::<CowKey<'de>>()? {
            if keys.repeats(seen.iter(), &key) {
                return Err(duplicate_key(&key));
            }
            seen.push(key);
            map.next_value_seed(StrictIgnore)?;
        }
        Ok(())
    }
}

/// An object key, borrowed where the text allows.
pub(super) struct CowKey<'de>(pub(super) Cow<'de, str>);

impl<'de> de::Deserialize<'de> for CowKey<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CowKey<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<CowKey<'de>, E> {
                Ok(CowKey(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<CowKey<'de>, E> {
                Ok(CowKey(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

/// Objects up to this size look for a repeated key by scanning; larger ones keep a set.
const SCAN_LIMIT: usize = 16;

/// What an object's keys so far need to tell a repeated one: nothing while the object is small
/// (a scan of them is fastest), a set once it is not, so a hostile object of many keys costs
/// linear time.
#[derive(Default)]
pub(super) struct SeenKeys<'de> {
    set: Option<HashSet<Cow<'de, str>>>,
}

impl<'de> SeenKeys<'de> {
    /// Whether `key` repeats one of `earlier`, the object's keys before it (asked of every key
    /// in turn).
    // A `Cow`, not a `&str`: a key the set keeps stays borrowed from the text.
    #[allow(clippy::ptr_arg)]
    pub(super) fn repeats<'k>(
        &mut self,
        mut earlier: impl ExactSizeIterator<Item = &'k Cow<'de, str>>,
        key: &Cow<'de, str>,
    ) -> bool
    where
        'de: 'k,
    {
        match &mut self.set {
            Some(set) => !set.insert(key.clone()),
            None if earlier.len() < SCAN_LIMIT => earlier.any(|k| k == key),
            None => {
                let mut set: HashSet<Cow<'de, str>> = earlier.cloned().collect();
                let repeated = !set.insert(key.clone());
                self.set = Some(set);
                repeated
            }
        }
    }
}

pub(super) fn duplicate_key<E: de::Error>(key: &str) -> E {
    E::custom(format_args!("duplicate key `{}`", key.escape_debug()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Value, String> {
        let doc = Document::new("t.json", text);
        let raw: &RawValue =
            serde_json::from_str(text).map_err(|e| doc.json_error(None, e).to_string())?;
        doc.value(raw).map_err(|e| e.to_string())
    }

    #[test]
    fn duplicate_keys_are_errors_with_place() {
        let err = parse("{\n \"a\": 1,\n \"a\": 2\n}").unwrap_err();
        assert!(err.starts_with("t.json:3:"), "{err}");
        assert!(err.contains("duplicate key `a`"), "{err}");
    }

    #[test]
    fn duplicate_keys_found_by_check_too() {
        let text = "[{\"x\": {\"k\": 1, \"k\": 1}}]";
        let doc = Document::new("t.json", text);
        let raw: &RawValue = serde_json::from_str(text).unwrap();
        let err = doc.check(raw).unwrap_err().to_string();
        assert!(err.contains("duplicate key `k`"), "{err}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let err = parse(&text).unwrap_err();
        assert!(err.contains("nesting is too deep"), "{err}");
    }

    #[test]
    fn wrong_typed_strings_are_not_echoed() {
        assert_eq!(
            redact_quoted("invalid type: string \"hunter2\", expected a boolean"),
            "invalid type: string, expected a boolean"
        );
    }
}
