//! How large an input comply loads. Loading holds the text and its parse (about three times the
//! text for a plan), so an input too large for the memory left is refused with its size before
//! a byte is read, never an out-of-memory kill halfway through; a gzip input is refused as soon
//! as it inflates past the same bound (a decompression bomb stops there).

use std::sync::atomic::{AtomicU64, Ordering};

/// 0: not set, derive it from the memory available.
static MAX: AtomicU64 = AtomicU64::new(0);

/// Sets the bound (`--max-input-size`).
pub fn set(bytes: u64) {
    MAX.store(bytes.max(1), Ordering::Relaxed);
}

/// The bound in bytes, and where it came from (for the message).
pub fn max() -> (u64, &'static str) {
    match MAX.load(Ordering::Relaxed) {
        0 => (
            default_from(available_memory()),
            "a third of the memory available",
        ),
        n => (n, "--max-input-size"),
    }
}

/// Loading needs about three times the text; without `/proc/meminfo`, 4 GiB.
fn default_from(available: Option<u64>) -> u64 {
    available.map_or(4 << 30, |a| (a / 3).max(64 << 20))
}

fn available_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let kb: u64 = info
        .lines()
        .find_map(|l| l.strip_prefix("MemAvailable:"))?
        .trim()
        .strip_suffix("kB")?
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// `1.5 GiB`, `300.0 MiB`.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KiB", "MiB", "GiB"];
    let mut v = bytes as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// Parses `512MiB`, `2GiB`, `2G`, `1500000` (bytes) for `--max-input-size`.
pub fn parse(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a size (hint: 512MiB, 2GiB)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(format!("`{text}`: unknown unit (hint: 512MiB, 2GiB)")),
    };
    n.checked_mul(1 << shift)
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("`{text}` is not a usable size"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_print() {
        assert_eq!(parse("512MiB"), Ok(512 << 20));
        assert_eq!(parse("2G"), Ok(2 << 30));
        assert_eq!(parse("1500"), Ok(1500));
        assert!(parse("lots").unwrap_err().contains("not a size"));
        assert!(parse("2PB").unwrap_err().contains("unknown unit"));
        assert!(parse("0").is_err());
        assert!(parse("99999999999999999999G").is_err());
        assert_eq!(size(1 << 30), "1.0 GiB");
        assert_eq!(size(300 << 20), "300.0 MiB");
        assert_eq!(size(12), "12 bytes");
    }

    #[test]
    fn the_default_is_a_third_of_what_is_available() {
        assert_eq!(default_from(Some(24 << 30)), 8 << 30);
        assert_eq!(default_from(Some(1 << 20)), 64 << 20);
        assert_eq!(default_from(None), 4 << 30);
    }
}
