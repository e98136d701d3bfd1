//! JSON: the report as it is, pretty-printed, newline-terminated.

use crate::Report;

pub fn render(report: &Report) -> Vec<u8> {
    let mut out = Vec::new();
    write(report, &mut out).expect("writing to memory does not fail");
    out
}

/// The same bytes straight to a writer: a report of millions of findings is never held in
/// memory as text.
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn snapshot() {
        let out = super::render(&crate::testdata::report());
        insta::assert_snapshot!(String::from_utf8(out).unwrap());
    }

    #[test]
    fn the_contract_reads_back() {
        let r = crate::testdata::report();
        let back: crate::Report = serde_json::from_slice(&super::render(&r)).unwrap();
        assert_eq!(back, r);
    }
}
