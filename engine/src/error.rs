//! Errors a user can act on, and the exit code each maps to.
//!
//! Style: lowercase, no final period, user values in backticks, `file:line:column: ` first when
//! the problem has a place, and a hint after ` (hint: ...)` when one helps.

use std::fmt;
use std::path::Path;

/// Process exit codes: the contract CI gates on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitCode {
    /// Nothing at or above `--fail-on`.
    Clean = 0,
    /// Findings at or above `--fail-on`.
    Findings = 1,
    /// Usage, settings or input error: nothing trustworthy was evaluated.
    Input = 2,
    /// A policy errored or a source failed part-way: results are incomplete.
    Incomplete = 3,
    /// `comply store verify`: the store's hash chain is broken (edited, deleted or reordered).
    Tampered = 4,
}

/// A place in an input file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Malformed or unusable input, at a place in it.
    #[error("{place}: {message}")]
    Input { place: Place, message: String },
    /// An input problem that belongs to the whole file (unreadable, wrong encoding, unknown shape).
    #[error("{file}: {message}")]
    File { file: String, message: String },
    /// `comply.toml` problems.
    #[error("{0}")]
    Settings(String),
    /// Policy discovery, metadata, catalog or compile problems.
    #[error("{0}")]
    Policy(String),
    /// Command-line misuse that clap cannot see.
    #[error("{0}")]
    Usage(String),
    /// The evidence store cannot be opened, migrated, read or written.
    #[error("{0}")]
    Store(String),
    /// Writing output failed.
    #[error("{file}: cannot write: {source}")]
    Output {
        file: String,
        source: std::io::Error,
    },
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Output { .. } => ExitCode::Incomplete,
            _ => ExitCode::Input,
        }
    }

    pub fn file(path: &Path, message: impl Into<String>) -> Error {
        Error::File {
            file: path.display().to_string(),
            message: message.into(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An I/O error as a reason in a message: the common ones in words, the rest as the OS says.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}
