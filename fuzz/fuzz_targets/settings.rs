//! `comply.toml` parsing and validation: any text gives settings or a `file:line:column`
//! error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    if let Err(e) = comply::settings::parse("comply.toml", &text) {
        drop(e.to_string());
    }
});
