//! IAM policy documents, normalized so policies need not handle every spelling AWS accepts:
//! `Action`, `NotAction`, `Resource`, `NotResource` are always arrays, and `Statement` is always
//! a list.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq, Default)]
pub struct PolicyDocument {
    #[serde(rename = "Version")]
    pub version: Option<String>,
    #[serde(rename = "Statement")]
    pub statement: Vec<Statement>,
}

#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq, Default)]
pub struct Statement {
    #[serde(rename = "Sid")]
    pub sid: Option<String>,
    /// `Allow` or `Deny`.
    #[serde(rename = "Effect")]
    pub effect: String,
    #[serde(rename = "Action")]
    pub action: Vec<String>,
    #[serde(rename = "NotAction")]
    pub not_action: Vec<String>,
    #[serde(rename = "Resource")]
    pub resource: Vec<String>,
    #[serde(rename = "NotResource")]
    pub not_resource: Vec<String>,
    /// Principal as written (`"*"`, or an object of lists).
    #[serde(rename = "Principal")]
    pub principal: Option<Value>,
    /// Condition block as written: operator -> key -> value(s).
    #[serde(rename = "Condition")]
    pub condition: Option<Value>,
}

impl PolicyDocument {
    /// Parses a document given as a JSON string (Terraform, Config, URL-encoded in Config's
    /// IAM items) or as an object. Returns `None` for anything that is not a policy document.
    pub fn parse(value: &Value) -> Option<PolicyDocument> {
        match value {
            Value::String(s) => {
                let text = if s.trim_start().starts_with('{') {
                    std::borrow::Cow::Borrowed(s.as_str())
                } else {
                    std::borrow::Cow::Owned(percent_decode(s))
                };
                let v: Value = serde_json::from_str(&text).ok()?;
                Self::from_object(&v)
            }
            Value::Object(_) => Self::from_object(value),
            _ => None,
        }
    }

    fn from_object(v: &Value) -> Option<PolicyDocument> {
        let obj = v.as_object()?;
        let get = |k: &str| {
            obj.iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v)
        };
        let statements = match get("Statement") {
            Some(Value::Array(a)) => a.iter().filter_map(Statement::from_value).collect(),
            Some(s @ Value::Object(_)) => Statement::from_value(s).into_iter().collect(),
            _ => Vec::new(),
        };
        Some(PolicyDocument {
            version: get("Version").and_then(|v| v.as_str()).map(str::to_owned),
            statement: statements,
        })
    }
}

impl Statement {
    fn from_value(v: &Value) -> Option<Statement> {
        let obj = v.as_object()?;
        let get = |k: &str| {
            obj.iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(k))
                .map(|(_, v)| v)
        };
        let list = |k: &str| -> Vec<String> {
            match get(k) {
                Some(Value::String(s)) => vec![s.clone()],
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect(),
                _ => Vec::new(),
            }
        };
        Some(Statement {
            sid: get("Sid").and_then(|v| v.as_str()).map(str::to_owned),
            effect: get("Effect")
                .and_then(|v| v.as_str())
                .unwrap_or("Allow")
                .to_owned(),
            action: list("Action"),
            not_action: list("NotAction"),
            resource: list("Resource"),
            not_resource: list("NotResource"),
            principal: get("Principal").cloned(),
            condition: get("Condition").cloned(),
        })
    }
}

/// Config delivers IAM policy documents URL-encoded.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn single_statement_and_string_actions_become_lists() {
        let doc = PolicyDocument::parse(&json!(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#
        ))
        .unwrap();
        assert_eq!(doc.statement.len(), 1);
        assert_eq!(doc.statement[0].action, vec!["*"]);
        assert_eq!(doc.statement[0].resource, vec!["*"]);
    }

    #[test]
    fn url_encoded_documents_decode() {
        let doc = PolicyDocument::parse(&json!(
            "%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Deny%22%2C%22Action%22%3A%22s3%3A%2A%22%7D%5D%7D"
        ))
        .unwrap();
        assert_eq!(doc.statement[0].effect, "Deny");
        assert_eq!(doc.statement[0].action, vec!["s3:*"]);
    }

    #[test]
    fn non_documents_are_none() {
        assert!(PolicyDocument::parse(&json!("not json")).is_none());
        assert!(PolicyDocument::parse(&json!(3)).is_none());
    }
}
