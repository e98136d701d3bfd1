//! JSON Schemas of the model, written to `policies/schema/`.
//!
//! The schemas are generated from the Rust types, and a test keeps the committed files equal to
//! what the code generates (`COMPLY_UPDATE_SCHEMA=1 cargo test` rewrites them), so the documented
//! model cannot drift from what loaders produce.

use super::{Kind, Resource};

/// `(file name, pretty JSON)` for the envelope and every kind.
pub fn all() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let envelope = schemars::schema_for!(Resource);
    out.push(("resource.schema.json".to_string(), pretty(&envelope)));
    for kind in Kind::ALL {
        let name = format!("{}.schema.json", kind.as_str().replace("::", "_"));
        out.push((name, pretty(&kind.attributes_schema())));
    }
    out
}

fn pretty(schema: &schemars::Schema) -> String {
    let mut s = serde_json::to_string_pretty(schema).expect("schemas serialize");
    s.push('\n');
    s
}
