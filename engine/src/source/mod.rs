//! Terraform sources: where a plan address is declared (`file:line:column` of its block), and the
//! inline waivers written on those blocks.
//!
//! Reads the root module's `*.tf` files and those of the modules it calls, each directory once;
//! a module called from several places maps every calling address to the same blocks.

pub mod hcl;
mod waiver;

use crate::boundary::Boundary;
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// Terraform's own limit is far deeper; real configurations stay within a handful.
const MAX_DEPTH: usize = 32;

/// The blocks and inline waivers of a Terraform configuration.
#[derive(Debug, Default)]
pub struct Sources {
    blocks: Vec<Block>,
    /// Configuration address (`module.a.module.b.aws_s3_bucket.x`, no instance keys) to block id.
    by_address: HashMap<String, usize>,
    waivers: Vec<InlineWaiver>,
    files: Vec<PathBuf>,
}

/// A `resource` or `data` block as written in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Index in load order; `InlineWaiver::block` refers to it.
    pub id: usize,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// `aws_s3_bucket.b` (or `data.x.y`) as written in its module.
    pub address: String,
}

/// A `# comply:waive POLICY key=value ...` comment on or just above a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineWaiver {
    /// `Block::id`.
    pub block: usize,
    pub policy: String,
    pub reason: Option<String>,
    pub expires: Option<String>,
    pub approved_by: Option<String>,
    pub ticket: Option<String>,
    pub file: String,
    pub line: usize,
}

impl Sources {
    /// Reads every `*.tf` file of `dir` (sorted, not recursive) and, recursively, of the modules
    /// its `module` blocks call: local sources (`./x`, `../x`, resolved lexically against the
    /// calling module's dir) and, when `DIR/.terraform/modules/modules.json` exists, the
    /// installed remote modules it lists (its `Key` is the dotted module path `a.b`, `Dir` is
    /// relative to DIR). A module source that is neither is skipped (its blocks are unknown).
    pub fn load(dir: &Path) -> Result<Sources> {
        let root = normalize(dir);
        let boundary = Boundary::repository_of(&root).map_err(|e| {
            Error::file(
                dir,
                format!("cannot read directory: {}", crate::error::io_reason(&e)),
            )
        })?;
        let mut loader = Loader {
            boundary,
            installed: installed(&root)?,
            dirs: HashMap::new(),
            sources: Sources::default(),
        };
        loader.visit(&root, &[], &mut vec![root.clone()])?;
        Ok(loader.sources)
    }

    /// The block that declares a plan address: `aws_s3_bucket.b`, `aws_s3_bucket.b[0]`,
    /// `module.a.aws_s3_bucket.b["k"]`, `module.a["x"].module.b[1].data.aws_iam_policy_document.d`.
    pub fn block(&self, address: &str) -> Option<&Block> {
        let id = *self.by_address.get(&without_keys(address))?;
        self.blocks.get(id)
    }

    /// A block by its id.
    pub fn block_by_id(&self, id: usize) -> Option<&Block> {
        self.blocks.get(id)
    }

    /// Inline waivers written on or just above resource blocks, in file and line order.
    pub fn waivers(&self) -> &[InlineWaiver] {
        &self.waivers
    }

    /// Files read, in order (for the report's inputs later).
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }
}

/// What one module directory declares.
#[derive(Clone)]
struct Module {
    /// (local address, block id)
    blocks: Vec<(String, usize)>,
    /// (calling file, call)
    calls: Vec<(String, hcl::Call)>,
}

struct Loader {
    /// Modules and files are read only inside the repository of the source directory.
    boundary: Boundary,
    /// `modules.json`: dotted module path to the installed directory.
    installed: HashMap<String, PathBuf>,
    dirs: HashMap<PathBuf, Module>,
    sources: Sources,
}

impl Loader {
    /// Indexes the module at `dir` under the module path `path`, then the modules it calls.
    /// `stack` holds the directories of the calls that led here, to catch cycles.
    fn visit(&mut self, dir: &Path, path: &[String], stack: &mut Vec<PathBuf>) -> Result<()> {
        let module = match self.dirs.get(dir) {
            Some(m) => m.clone(),
            None => {
                let m = self.read(dir)?;
                self.dirs.insert(dir.to_path_buf(), m.clone());
                m
            }
        };
        let prefix: String = path.iter().map(|m| format!("module.{m}.")).collect();
        for (address, id) in &module.blocks {
            // The first declaration wins; Terraform itself rejects duplicates.
            self.sources
                .by_address
                .entry(format!("{prefix}{address}"))
                .or_insert(*id);
        }
        for (file, call) in &module.calls {
            let mut sub = path.to_vec();
            sub.push(call.name.clone());
            let name = sub
                .iter()
                .map(|m| format!("module.{m}"))
                .collect::<Vec<_>>()
                .join(".");
            let at = |message: String| Error::Input {
                place: hcl::place(file, call.line, call.column),
                message,
            };
            let local = call.source.starts_with("./") || call.source.starts_with("../");
            let target = if local {
                normalize(&dir.join(&call.source))
            } else if let Some(installed) = self.installed.get(&sub.join(".")) {
                installed.clone()
            } else {
                continue; // A remote module not installed: its blocks are unknown.
            };
            if sub.len() > MAX_DEPTH {
                return Err(at(format!(
                    "module `{name}` nests more than {MAX_DEPTH} modules deep"
                )));
            }
            if stack.contains(&target) {
                return Err(at(format!(
                    "module `{name}` calls `{}`, which is already in its own call path (a module cycle)",
                    call.source
                )));
            }
            if target.is_dir() {
                self.boundary
                    .check(&target)
                    .map_err(|e| at(format!("module `{name}` source `{}`: {e}", call.source)))?;
            } else {
                let hint = if local {
                    "the path is relative to the calling module's directory"
                } else {
                    "run `terraform init` for remote modules"
                };
                return Err(at(format!(
                    "module `{name}` source `{}`: no directory `{}` (hint: {hint})",
                    call.source,
                    display(&target)
                )));
            }
            stack.push(target.clone());
            self.visit(&target, &sub, stack)?;
            stack.pop();
        }
        Ok(())
    }

    /// Parses the `*.tf` files of one directory, recording its blocks and waivers.
    fn read(&mut self, dir: &Path) -> Result<Module> {
        let entries = std::fs::read_dir(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .map_err(|e| {
            Error::file(
                dir,
                format!("cannot read directory: {}", crate::error::io_reason(&e)),
            )
        })?;
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::file(dir, crate::error::io_reason(&e)))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // Links are resolved and checked when read; a `.tf` that is a directory is not one.
            if name.ends_with(".tf") && !entry.path().is_dir() {
                names.push(name);
            }
        }
        names.sort();
        let mut module = Module {
            blocks: Vec::new(),
            calls: Vec::new(),
        };
        for name in names {
            let path = dir.join(&name);
            let file = display(&path);
            self.boundary
                .file(&path)
                .map_err(|e| Error::file(&path, e))?;
            let bytes = std::fs::read(&path).map_err(|e| {
                Error::file(
                    &path,
                    format!("cannot read: {}", crate::error::io_reason(&e)),
                )
            })?;
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            let text = std::str::from_utf8(bytes).map_err(|_| {
                Error::file(
                    &path,
                    "not valid UTF-8 (hint: Terraform reads `.tf` files as UTF-8)",
                )
            })?;
            let parsed = hcl::parse(&file, text)?;
            let mut lines = Vec::new();
            for (address, line, column) in parsed.blocks {
                let id = self.sources.blocks.len();
                lines.push((line, id));
                module.blocks.push((address.clone(), id));
                self.sources.blocks.push(Block {
                    id,
                    file: file.clone(),
                    line,
                    column,
                    address,
                });
            }
            self.sources
                .waivers
                .extend(waiver::find(&file, text, &lines)?);
            module
                .calls
                .extend(parsed.calls.into_iter().map(|c| (file.clone(), c)));
            self.sources.files.push(path);
        }
        Ok(module)
    }
}

/// `DIR/.terraform/modules/modules.json`, as `terraform init` writes it.
fn installed(root: &Path) -> Result<HashMap<String, PathBuf>> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        #[serde(rename = "Modules", default)]
        modules: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        #[serde(rename = "Key")]
        key: String,
        #[serde(rename = "Dir")]
        dir: String,
    }
    let path = root.join(".terraform/modules/modules.json");
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(e) => {
            return Err(Error::file(
                &path,
                format!("cannot read: {}", crate::error::io_reason(&e)),
            ))
        }
    };
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| {
        Error::file(
            &path,
            format!("not a Terraform module manifest: {e} (hint: run `terraform init`)"),
        )
    })?;
    Ok(manifest
        .modules
        .into_iter()
        .filter(|m| !m.key.is_empty())
        // `Dir` is written with `/` on every platform.
        .map(|m| (m.key, normalize(&root.join(m.dir))))
        .collect())
}

/// `module.a["x"].module.b[0].aws_x.y[1]` to `module.a.module.b.aws_x.y`: drops every bracketed
/// instance key (keys may hold dots, brackets and escaped quotes inside their quotes).
fn without_keys(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    let mut depth = 0usize;
    let mut in_str = false;
    let mut escaped = false;
    for c in address.chars() {
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
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_str = true,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Lexical normalization: no `.`, `a/../b` collapsed, leading `..` kept. Never touches the disk,
/// so paths stay as the user wrote them (relative stays relative).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.components().next_back() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(".."),
            },
            other => out.push(other),
        }
    }
    out
}

/// A path as a `/`-separated string, the same on every platform.
fn display(path: &Path) -> String {
    let mut s = String::new();
    for c in path.components() {
        match c {
            Component::RootDir => s.push('/'),
            other => {
                if !s.is_empty() && !s.ends_with('/') {
                    s.push('/');
                }
                s.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    s
}

#[cfg(test)]
mod tests;
