//! JSON: the report as it is, pretty-printed, newline-terminated.

use crate::Report;

pub fn render(report: &Report) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(report).expect("reports serialize");
    out.push(b'\n');
    out
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
