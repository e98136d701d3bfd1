//! Terraform plan loading: any bytes, decoded (UTF-8 / UTF-16 / BOM) and dispatched by
//! `load_document` as `comply scan` does, give `Ok` or `Err`, never a panic. The loaded
//! inventory serializes (the engine hands it to Rego as JSON) and errors display.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("plan.json");
    let Ok(text) = comply::load::text::decode(path, bytes).map_err(|e| e.to_string()) else {
        return;
    };
    let doc = comply::load::json::Document::new("plan.json", &text);
    match comply::load::load_document(&doc) {
        Ok((inventory, _format)) => drop(serde_json::to_vec(&inventory)),
        Err(e) => drop(e.to_string()),
    }
});
