//! Running the binary under a time bound, and scratch directories.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a bounded run gave.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// `comply ARGS` in the repository root; fails the test if it is still running after `limit`
/// (killed, so a hang cannot stall the suite).
pub fn comply_within(limit: Duration, args: &[&str]) -> Run {
    comply_cmd_within(limit, Command::new(env!("CARGO_BIN_EXE_comply")).args(args))
}

pub fn comply_cmd_within(limit: Duration, cmd: &mut Command) -> Run {
    let started = Instant::now();
    let mut child = cmd
        .current_dir(super::common::root())
        .env("SOURCE_DATE_EPOCH", "1796169600")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("comply starts");
    // Drain both pipes on threads so a large output cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("comply ran longer than {limit:?}: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
    }
}

/// A fresh, empty directory of the test's own.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("comply-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Exit 2, an `error:` line naming `file` and containing `what`, no report, no panic.
pub fn refused(run: &Run, file: &str, what: &str) {
    assert_eq!(
        run.code,
        Some(2),
        "{file}: exit {:?}: {}",
        run.code,
        run.stderr
    );
    assert!(
        run.stderr.starts_with("error: ") && run.stderr.contains(file),
        "{file}: the error must name the file: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains(what),
        "{file}: expected `{what}` in: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{file}: {}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "{file}: no report for a refused input"
    );
}
