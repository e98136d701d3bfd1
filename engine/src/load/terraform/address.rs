//! Terraform resource addresses: `module.a["x"].module.b[0].aws_s3_bucket.logs[1]`.

/// The parts of an instance address that joins need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// Module call names from the root, without instance keys: `["a", "b"]`.
    pub modules: Vec<String>,
    /// The module path with instance keys, as written: `module.a["x"].module.b[0]`.
    pub module_prefix: String,
    /// `aws_s3_bucket.logs`, or `data.aws_iam_policy_document.x`.
    pub local: String,
    /// The instance key as written: `[1]`, `["eu"]`, or empty.
    pub key: String,
}

impl Address {
    pub fn parse(address: &str) -> Address {
        let parts = split(address);
        let mut modules = Vec::new();
        let mut i = 0;
        let mut prefix_end = 0;
        while i + 1 < parts.len() && parts[i].0 == "module" {
            let (name, _key) = strip_key(parts[i + 1].0);
            modules.push(name.to_string());
            prefix_end = parts[i + 1].1;
            i += 2;
        }
        let rest: Vec<&str> = parts[i..].iter().map(|p| p.0).collect();
        let local_full = rest.join(".");
        let (local, key) = strip_key(&local_full);
        Address {
            modules,
            module_prefix: address[..prefix_end].to_string(),
            local: local.to_string(),
            key: key.to_string(),
        }
    }

    /// The configuration address: module path without keys plus the resource (`module.a.module.b.aws_x.y`).
    pub fn config_address(&self) -> String {
        let mut s = String::new();
        for m in &self.modules {
            s.push_str("module.");
            s.push_str(m);
            s.push('.');
        }
        s.push_str(&self.local);
        s
    }
}

/// Prefixes a module-relative reference with a module path (`module.a.` + `aws_kms_key.k`).
pub fn in_module(modules: &[String], local: &str) -> String {
    let mut s = String::new();
    for m in modules {
        s.push_str("module.");
        s.push_str(m);
        s.push('.');
    }
    s.push_str(local);
    s
}

/// Splits on dots outside brackets and quotes; returns each part with its end offset.
fn split(address: &str) -> Vec<(&str, usize)> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut in_str = false;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in address.char_indices() {
        if in_str {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '.' if depth == 0 => {
                parts.push((&address[start..i], i));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push((&address[start..], address.len()));
    parts
}

fn strip_key(s: &str) -> (&str, &str) {
    match s.find('[') {
        Some(i) if s.ends_with(']') => (&s[..i], &s[i..]),
        _ => (s, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_module_instances() {
        let a = Address::parse(r#"module.a["x.y"].module.b[0].aws_s3_bucket.logs[1]"#);
        assert_eq!(a.modules, vec!["a", "b"]);
        assert_eq!(a.module_prefix, r#"module.a["x.y"].module.b[0]"#);
        assert_eq!(a.local, "aws_s3_bucket.logs");
        assert_eq!(a.key, "[1]");
        assert_eq!(a.config_address(), "module.a.module.b.aws_s3_bucket.logs");
    }

    #[test]
    fn parses_root_and_data() {
        let a = Address::parse("data.aws_iam_policy_document.p");
        assert!(a.modules.is_empty());
        assert_eq!(a.local, "data.aws_iam_policy_document.p");
        let b = Address::parse(r#"aws_s3_bucket.b["eu"]"#);
        assert_eq!(b.key, r#"["eu"]"#);
        assert_eq!(b.local, "aws_s3_bucket.b");
    }
}
