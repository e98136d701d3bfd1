//! The directory a user names (`--policies DIR`, `--source-dir DIR`) is where comply reads
//! from: a link inside it that leads elsewhere is refused, not followed, because an error quotes
//! the line it failed on, and `x.rego -> /etc/shadow` would print the file it leads to. Only
//! regular files are read: a FIFO would block the scan forever.

use std::path::{Path, PathBuf};

/// A directory's real location, and the name the user gave it.
pub struct Boundary {
    root: PathBuf,
    shown: String,
}

impl Boundary {
    /// `dir` itself; the error is the caller's to word (it knows which flag named `dir`).
    pub fn new(dir: &Path) -> std::io::Result<Boundary> {
        let root = std::fs::canonicalize(dir)?;
        Ok(Boundary {
            root,
            shown: dir.display().to_string(),
        })
    }

    /// The repository `dir` is in (the nearest directory above it holding `.git`), else `dir`:
    /// Terraform modules are often called as `../modules/x` from a root module in the same
    /// repository.
    pub fn repository_of(dir: &Path) -> std::io::Result<Boundary> {
        let inner = Boundary::new(dir)?;
        match inner.root.ancestors().find(|a| a.join(".git").exists()) {
            Some(repo) => Ok(Boundary {
                root: repo.to_path_buf(),
                shown: repo.display().to_string(),
            }),
            None => Ok(inner),
        }
    }

    /// Whether `path` (a file or directory, links resolved) is inside, with the reason when not.
    pub fn check(&self, path: &Path) -> Result<PathBuf, String> {
        let real = std::fs::canonicalize(path)
            .map_err(|e| format!("`{}`: {}", path.display(), crate::error::io_reason(&e)))?;
        if real.starts_with(&self.root) {
            Ok(real)
        } else {
            Err(format!(
                "`{}` leads to `{}`, outside `{}`: comply reads only what is inside the \
                 directory it is given (hint: copy the file in, or give the directory that \
                 holds both)",
                path.display(),
                real.display(),
                self.shown
            ))
        }
    }

    /// A file to read: inside, and a regular file once links are resolved.
    pub fn file(&self, path: &Path) -> Result<PathBuf, String> {
        let real = self.check(path)?;
        let meta = std::fs::metadata(&real)
            .map_err(|e| format!("`{}`: {}", path.display(), crate::error::io_reason(&e)))?;
        if meta.is_file() {
            Ok(real)
        } else {
            Err(format!(
                "`{}` is not a regular file (a pipe, a socket or a device is never read)",
                path.display()
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_out_of_the_directory_are_refused() {
        let base = std::env::temp_dir().join(format!("comply-boundary-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let inside = base.join("inside");
        std::fs::create_dir_all(inside.join("sub")).unwrap();
        std::fs::write(base.join("secret.txt"), "x").unwrap();
        std::fs::write(inside.join("sub/ok.rego"), "x").unwrap();
        std::os::unix::fs::symlink("../secret.txt", inside.join("out.rego")).unwrap();
        std::os::unix::fs::symlink("sub/ok.rego", inside.join("in.rego")).unwrap();
        let b = Boundary::new(&inside).unwrap();
        assert!(b.file(&inside.join("in.rego")).is_ok());
        assert!(b.file(&inside.join("sub/ok.rego")).is_ok());
        let err = b.file(&inside.join("out.rego")).unwrap_err();
        assert!(err.contains("outside"), "{err}");
        let err = b.file(&inside.join("sub")).unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
        std::fs::remove_dir_all(&base).unwrap();
    }
}
