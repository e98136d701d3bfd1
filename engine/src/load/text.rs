//! Input bytes to text: encodings shells and tools really write, and byte offsets to places.

use crate::error::{Error, Place, Result};
use std::path::Path;

/// Decodes an input file: UTF-8 (with or without BOM) or UTF-16 LE/BE with BOM, as Windows
/// PowerShell writes `terraform show -json > plan.json`.
pub fn decode<'b>(path: &Path, bytes: &'b [u8]) -> Result<std::borrow::Cow<'b, str>> {
    if bytes.is_empty() || bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::file(
            path,
            "file is empty (hint: write the plan with `terraform show -json plan.out > plan.json`)",
        ));
    }
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => utf8(path, &bytes[3..], 3),
        [0xFF, 0xFE, ..] => utf16(path, &bytes[2..], u16::from_le_bytes),
        [0xFE, 0xFF, ..] => utf16(path, &bytes[2..], u16::from_be_bytes),
        // UTF-16 without BOM: JSON starts with ASCII, so every other byte is zero.
        [a, 0, ..] if *a != 0 && bytes.len() % 2 == 0 => utf16(path, bytes, u16::from_le_bytes),
        [0, b, ..] if *b != 0 && bytes.len() % 2 == 0 => utf16(path, bytes, u16::from_be_bytes),
        _ => utf8(path, bytes, 0),
    }
}

/// Inflates gzip input (AWS Config delivers snapshot and history files to S3 as `.json.gz`):
/// bytes that start with the gzip magic `1F 8B`, whatever the file is called. Anything else is
/// returned as it is.
pub fn gunzip<'b>(path: &Path, bytes: &'b [u8]) -> Result<std::borrow::Cow<'b, [u8]>> {
    use std::io::Read;
    if !bytes.starts_with(&[0x1F, 0x8B]) {
        return Ok(std::borrow::Cow::Borrowed(bytes));
    }
    // The bound on any input applies to what it inflates to: a decompression bomb stops there.
    let (max, why) = super::limit::max();
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(8).min(max as usize));
    flate2::read::MultiGzDecoder::new(bytes)
        .take(max + 1)
        .read_to_end(&mut out)
        .map_err(|e| Error::file(path, format!("not valid gzip: {e}")))?;
    if out.len() as u64 > max {
        return Err(Error::file(
            path,
            format!(
                "gzip input inflates to more than {}, the most comply loads ({why}) (hint: \
                 raise --max-input-size if the file is genuine)",
                super::limit::size(max)
            ),
        ));
    }
    Ok(std::borrow::Cow::Owned(out))
}

/// UTF-8 is the text itself: borrowed, not copied (a 100k-resource plan is 440 MB).
fn utf8<'b>(path: &Path, bytes: &'b [u8], skipped: usize) -> Result<std::borrow::Cow<'b, str>> {
    std::str::from_utf8(bytes)
        .map(std::borrow::Cow::Borrowed)
        .map_err(|e| {
            let at = e.valid_up_to();
            let index = LineIndex::new(&String::from_utf8_lossy(&bytes[..at]));
            let (line, column) = index.position(at);
            Error::Input {
                place: Place {
                    file: path.display().to_string(),
                    line,
                    column,
                },
                message: format!(
                    "invalid UTF-8 at byte {} (hint: save the file as UTF-8 or UTF-16 with BOM)",
                    at + skipped
                ),
            }
        })
}

fn utf16<'b>(
    path: &Path,
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
) -> Result<std::borrow::Cow<'b, str>> {
    if bytes.len() % 2 != 0 {
        return Err(Error::file(path, "UTF-16 input has an odd number of bytes"));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<std::result::Result<String, _>>()
        .map(std::borrow::Cow::Owned)
        .map_err(|e| {
            Error::file(
                path,
                format!(
                    "invalid UTF-16: unpaired surrogate `{:#06x}`",
                    e.unpaired_surrogate()
                ),
            )
        })
}

/// Byte offset to 1-based line and column (columns count bytes, as serde_json's do).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        (line, offset - start + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_le_with_bom_decodes() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "{\"a\": \"é\"}".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(Path::new("p"), &bytes).unwrap(), "{\"a\": \"é\"}");
    }

    #[test]
    fn utf16_be_with_bom_decodes() {
        let mut bytes = vec![0xFE, 0xFF];
        for u in "{}".encode_utf16() {
            bytes.extend(u.to_be_bytes());
        }
        assert_eq!(decode(Path::new("p"), &bytes).unwrap(), "{}");
    }

    #[test]
    fn utf8_bom_is_skipped() {
        let bytes = b"\xEF\xBB\xBF{}".to_vec();
        assert_eq!(decode(Path::new("p"), &bytes).unwrap(), "{}");
    }

    #[test]
    fn invalid_utf8_names_the_place() {
        let err = decode(Path::new("p.json"), b"{\n  \"a\": \"\xFF\"}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.json:2:9: invalid UTF-8 at byte 10 (hint: save the file as UTF-8 or UTF-16 with BOM)"
        );
    }

    #[test]
    fn gzip_inflates_and_other_bytes_pass_through() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(b"{\"configurationItems\": []}").unwrap();
        let gz = enc.finish().unwrap();
        let out = gunzip(Path::new("s.json.gz"), &gz).unwrap();
        assert_eq!(&*out, b"{\"configurationItems\": []}");
        assert_eq!(&*gunzip(Path::new("p"), b"{}").unwrap(), b"{}");
        let err = gunzip(Path::new("bad.json.gz"), &[0x1F, 0x8B, 0, 1, 2]).unwrap_err();
        assert!(
            err.to_string().starts_with("bad.json.gz: not valid gzip"),
            "{err}"
        );
    }

    #[test]
    fn positions_are_one_based() {
        let idx = LineIndex::new("ab\ncd\n");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(4), (2, 2));
    }
}
