//! Terraform source mapping: one `.tf` file (HCL blocks, `module` calls, `# comply:waive`
//! comments) read by `Sources::load` gives the blocks and waivers or a `file:line:column`
//! error, never a panic; the blocks and waivers it returns are looked up again.
//!
//! The file goes through the public loader, as `--source-dir` reads it (file checks, the HCL
//! parser and the waiver scanner together): written to a per-process directory under $TMPDIR.
#![no_main]

use comply::source::Sources;
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("comply-fuzz-hcl-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("create the fuzz directory");
        d
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return; // Sources::load rejects it before parsing.
    };
    // A local module source (`../x`, or `..` spelt with `\u` escapes) would make the loader
    // read directories outside the fuzz directory: not deterministic, and not ours to read.
    if text.contains("module") && (text.contains("..") || text.contains("\\u") || text.contains("\\U")) {
        return;
    }
    // A new file each time: truncating one makes ext4 flush it (`auto_da_alloc`), 30x slower.
    let file = dir().join("main.tf");
    let _ = std::fs::remove_file(&file);
    std::fs::write(&file, text).expect("write main.tf");
    match Sources::load(dir()) {
        Ok(sources) => {
            for w in sources.waivers() {
                assert!(sources.block_by_id(w.block).is_some(), "waiver of no block: {w:?}");
            }
            let mut id = 0;
            while let Some(b) = sources.block_by_id(id) {
                assert!(b.line >= 1 && b.column >= 1, "place not 1-based: {b:?}");
                std::hint::black_box(sources.block(&b.address)); // instance keys stripped
                id += 1;
            }
            std::hint::black_box(sources.block("module.a[\"k\"].aws_s3_bucket.b[0]"));
        }
        Err(e) => drop(e.to_string()),
    }
});
