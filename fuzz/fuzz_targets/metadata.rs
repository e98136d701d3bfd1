//! A policy's `# METADATA` block (YAML in comments), its `package` and the resource paths it
//! reads: any Rego text gives a value or a `MetadataError`, never a panic.
#![no_main]

use comply::policy::metadata;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let rego = String::from_utf8_lossy(bytes);
    if let Err(e) = metadata::parse(&rego) {
        assert!(e.line >= 1, "error line is 1-based: {e:?}");
    }
    drop(metadata::package(&rego));
    drop(metadata::reads(&rego));
});
