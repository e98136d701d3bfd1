//! The `# METADATA` annotation block of a policy. regorus ignores annotations, so we parse the
//! comment block ourselves: consecutive `#` lines after `# METADATA`, read as YAML.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Standard OPA annotation fields we accept and ignore.
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub related_resources: Option<serde_yaml_ng::Value>,
    #[serde(default)]
    pub authors: Option<serde_yaml_ng::Value>,
    pub custom: Custom,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Custom {
    pub id: String,
    pub severity: String,
    pub kinds: Vec<String>,
    pub themes: Vec<String>,
    #[serde(default)]
    pub remediation: Option<String>,
    #[serde(default)]
    pub controls: BTreeMap<String, Vec<String>>,
}

/// A parse problem at a 1-based line of the file.
#[derive(Debug)]
pub struct MetadataError {
    pub line: usize,
    pub message: String,
}

/// Finds and parses the first METADATA block. `Ok(None)` when the file has none.
pub fn parse(rego: &str) -> Result<Option<Metadata>, MetadataError> {
    let lines: Vec<&str> = rego.lines().collect();
    let Some(start) = lines.iter().position(|l| l.trim() == "# METADATA") else {
        return Ok(None);
    };
    let mut yaml = String::new();
    for l in &lines[start + 1..] {
        let t = l.trim_start();
        let Some(rest) = t.strip_prefix('#') else {
            break;
        };
        yaml.push_str(rest.strip_prefix(' ').unwrap_or(rest));
        yaml.push('\n');
    }
    serde_yaml_ng::from_str(&yaml)
        .map(Some)
        .map_err(|e| MetadataError {
            // The block's first YAML line is the line after `# METADATA`.
            line: start + 2 + e.location().map_or(0, |l| l.line().saturating_sub(1)),
            message: format!("invalid METADATA: {}", strip_location(&e.to_string())),
        })
}

fn strip_location(msg: &str) -> &str {
    match msg.find(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

/// The `package` of a Rego module.
pub fn package(rego: &str) -> Option<String> {
    rego.lines().find_map(|l| {
        let l = l.trim();
        l.strip_prefix("package ").map(|p| p.trim().to_string())
    })
}

/// Resource paths a policy reads (`attributes.encryption.at_rest`, `region`), found in its source.
/// A verdict on a resource that has an unknown value under one of these is `unknown`, not `pass`.
pub fn reads(rego: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in rego.lines() {
        let code = line.split('#').next().unwrap_or("");
        let bytes = code.as_bytes();
        for (i, _) in code.match_indices(".attributes") {
            let mut j = i + ".attributes".len();
            if bytes
                .get(j)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
            {
                continue;
            }
            let mut path = String::from("attributes");
            while bytes.get(j) == Some(&b'.') {
                let seg_start = j + 1;
                let mut k = seg_start;
                while bytes
                    .get(k)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                {
                    k += 1;
                }
                if k == seg_start {
                    break;
                }
                path.push('.');
                path.push_str(&code[seg_start..k]);
                j = k;
            }
            if !out.contains(&path) {
                out.push(path);
            }
        }
        // Envelope fields a loader may not know: the region, and (AWS Config items that do not
        // record them) the tags.
        for field in ["region", "tags"] {
            let dotted = format!(".{field}");
            for (i, _) in code.match_indices(&dotted) {
                let after = bytes.get(i + dotted.len());
                if !after.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
                    && !out.iter().any(|p| p == field)
                {
                    out.push(field.to_string());
                }
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = "# METADATA\n# title: T\n# custom:\n#   id: X-1\n#   severity: high\n#   kinds: [\"AWS::S3::Bucket\"]\n#   themes: [encryption-at-rest]\n#   controls:\n#     gdpr: [\"Art.32(1)(a)\"]\npackage comply.x\nimport rego.v1\n\ndeny contains msg if {\n  r := input.resource\n  r.attributes.encryption.at_rest == false # not .attributes.commented\n  r.region == \"x\"\n  msg := \"m\"\n}\n";

    #[test]
    fn parses_block_and_package() {
        let m = parse(POLICY).unwrap().unwrap();
        assert_eq!(m.custom.id, "X-1");
        assert_eq!(m.custom.controls["gdpr"], vec!["Art.32(1)(a)"]);
        assert_eq!(package(POLICY).as_deref(), Some("comply.x"));
    }

    #[test]
    fn reads_are_found_outside_comments() {
        assert_eq!(
            reads(POLICY),
            vec!["attributes.encryption.at_rest", "region"]
        );
        assert_eq!(
            reads("deny contains m if { c := lib.classification(input.resource.tags) }"),
            vec!["tags"]
        );
    }

    #[test]
    fn errors_point_at_the_line() {
        let bad = "package x\n# METADATA\n# title: T\n# custom:\n#   id: X\n#   severity: high\n#   kinds: []\n#   themes: []\n#   colour: red\n";
        let e = parse(bad).unwrap_err();
        assert_eq!(e.line, 9, "{}", e.message);
        assert!(
            e.message.contains("unknown field `colour`"),
            "{}",
            e.message
        );
    }
}
