//! AWS Config loading, as `load_file` reads a file: gzip (S3 delivers `.json.gz`) inflated,
//! decoded, dispatched by `load_document`; every envelope (snapshot and history files, API
//! outputs, notifications, item lists) is in the seed corpus. `Ok` or `Err`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("snapshot.json.gz");
    let Ok(inflated) = comply::load::text::gunzip(path, bytes).map_err(|e| e.to_string()) else {
        return;
    };
    let Ok(text) = comply::load::text::decode(path, &inflated).map_err(|e| e.to_string()) else {
        return;
    };
    let doc = comply::load::json::Document::new("snapshot.json.gz", &text);
    match comply::load::load_document(&doc) {
        Ok((inventory, _format)) => drop(serde_json::to_vec(&inventory)),
        Err(e) => drop(e.to_string()),
    }
});
