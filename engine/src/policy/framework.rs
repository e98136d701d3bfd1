//! Framework catalogs (`policies/frameworks/*.yaml`): each framework's controls with a short
//! title in our own words and whether configuration evidence can decide them.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub id: String,
    pub name: String,
    pub version: String,
    pub publisher: String,
    pub controls: Vec<Control>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    pub id: String,
    pub title: String,
    pub automation: Automation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Automation {
    Automated,
    Partial,
    Manual,
}

impl Framework {
    pub fn parse(file: &str, text: &str) -> Result<Framework, String> {
        let f: Framework = serde_yaml_ng::from_str(text).map_err(|e| match e.location() {
            Some(l) => format!("{file}:{}:{}: {}", l.line(), l.column(), e),
            None => format!("{file}: {e}"),
        })?;
        let stem = std::path::Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if f.id != stem {
            return Err(format!(
                "{file}: framework id `{}` does not match the file name `{stem}`",
                f.id
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for c in &f.controls {
            if !seen.insert(c.id.as_str()) {
                return Err(format!("{file}: duplicate control id `{}`", c.id));
            }
        }
        Ok(f)
    }

    pub fn control(&self, id: &str) -> Option<&Control> {
        self.controls.iter().find(|c| c.id == id)
    }
}
