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
    /// The tree's first level; every control belongs to exactly one group.
    pub groups: Vec<Group>,
    pub controls: Vec<Control>,
}

/// A group of controls: a principal requirement, a theme, a category, a chapter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub title: String,
    /// Control id prefixes of its members (default: its id). A prefix matches an id that is
    /// the prefix or continues with a character that is not a letter or digit: `1` holds
    /// `1.2.3`, not `10.2.1`; `Art.32` holds `Art.32(1)(a)`, not `Art.33`.
    #[serde(default)]
    pub prefixes: Vec<String>,
}

impl Group {
    pub fn holds(&self, control: &str) -> bool {
        let prefixes: &[String] = if self.prefixes.is_empty() {
            std::slice::from_ref(&self.id)
        } else {
            &self.prefixes
        };
        prefixes.iter().any(|p| {
            control
                .strip_prefix(p.as_str())
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
    }
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
            let groups: Vec<&str> = f
                .groups
                .iter()
                .filter(|g| g.holds(&c.id))
                .map(|g| g.id.as_str())
                .collect();
            if groups.len() != 1 {
                return Err(format!(
                    "{file}: control `{}` belongs to {} groups ({}), not one",
                    c.id,
                    groups.len(),
                    groups.join(", ")
                ));
            }
        }
        Ok(f)
    }

    pub fn group_of(&self, control: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.holds(control))
    }

    pub fn control(&self, id: &str) -> Option<&Control> {
        self.controls.iter().find(|c| c.id == id)
    }
}
