//! JUnit XML for CI test reporters (GitLab, Jenkins, GitHub actions that read JUnit).
//!
//! A suite per policy with a reported finding, a test case per reported finding: `fail` is a
//! `<failure>`, `error` an `<error>`, `unknown` and `waived` are `<skipped>` with the reason,
//! `pass` an empty case. So `tests` counts the reported findings, `failures` the summary's
//! fails, `errors` its errors and `skipped` its unknowns plus waived.

use crate::util::{place, resource_label, waiver_text};
use crate::{Controls, Finding, Report, Status};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::collections::BTreeMap;
use std::io;

pub fn render(report: &Report) -> Vec<u8> {
    write(report).expect("writing to a Vec does not fail")
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tests: usize,
    failures: usize,
    errors: usize,
    skipped: usize,
}

impl Counts {
    fn add(&mut self, f: &Finding) {
        self.tests += 1;
        match f.status {
            Status::Fail => self.failures += 1,
            Status::Error => self.errors += 1,
            Status::Unknown | Status::Waived => self.skipped += 1,
            Status::Pass => {}
        }
    }

    fn attributes(&self) -> [(&'static str, String); 5] {
        [
            ("tests", self.tests.to_string()),
            ("failures", self.failures.to_string()),
            ("errors", self.errors.to_string()),
            ("skipped", self.skipped.to_string()),
            // Some readers (older Jenkins, xunit viewers) expect a time; nothing here is timed.
            ("time", "0".to_string()),
        ]
    }
}

/// XML 1.0 cannot hold most control characters, even escaped: they become U+FFFD.
fn xml_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// Attribute values on one line: a reader normalizes newlines in attributes to spaces anyway.
fn attr(s: &str) -> String {
    xml_safe(&crate::util::one_line(s))
}

fn write(report: &Report) -> io::Result<Vec<u8>> {
    // Suites in policy id order (the report lists policies so), cases in report order.
    let mut suites: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in report.reported() {
        suites.entry(f.policy_id.as_str()).or_default().push(f);
    }
    let mut total = Counts::default();
    for f in report.reported() {
        total.add(f);
    }

    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("testsuites")
        .with_attribute(("name", "comply"))
        .with_attributes(total.attributes().iter().map(|(k, v)| (*k, v.as_str())))
        .write_inner_content(|w| {
            for (id, findings) in &suites {
                suite(w, report, id, findings)?;
            }
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

fn suite(
    w: &mut Writer<Vec<u8>>,
    report: &Report,
    id: &str,
    findings: &[&Finding],
) -> io::Result<()> {
    let mut counts = Counts::default();
    for f in findings {
        counts.add(f);
    }
    let policy = report.policy(id);
    let title = policy
        .map(|p| p.title.as_str())
        .or_else(|| findings.first().map(|f| &*f.title))
        .unwrap_or_default();
    let severity = policy
        .map(|p| p.severity)
        .or_else(|| findings.first().map(|f| f.severity));
    w.create_element("testsuite")
        .with_attribute(("name", attr(id).as_str()))
        .with_attributes(counts.attributes().iter().map(|(k, v)| (*k, v.as_str())))
        .write_inner_content(|w| {
            w.create_element("properties").write_inner_content(|w| {
                let mut props = vec![("title", attr(title))];
                if let Some(s) = severity {
                    props.push(("severity", s.as_str().to_string()));
                }
                for (name, value) in &props {
                    w.create_element("property")
                        .with_attribute(("name", *name))
                        .with_attribute(("value", value.as_str()))
                        .write_empty()?;
                }
                Ok(())
            })?;
            for f in findings {
                case(w, f)?;
            }
            Ok(())
        })?;
    Ok(())
}

fn controls_text(c: &Controls) -> Option<String> {
    let lines: Vec<String> = Controls::FRAMEWORKS
        .iter()
        .filter_map(|fw| {
            c.get(fw)
                .filter(|v| !v.is_empty())
                .map(|v| format!("{fw}: {}", v.join(", ")))
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("; "))
}

/// The failure's body: everything a reader needs without the JSON report.
fn body(f: &Finding) -> String {
    let mut lines = vec![f.message.clone()];
    lines.push(format!("resource: {}", resource_label(f)));
    if let Some(s) = &f.source {
        lines.push(format!("source: {}", place(s)));
    }
    lines.push(format!("input: {}", place(&f.location)));
    if let Some(r) = &f.remediation {
        lines.push(format!("remediation: {r}"));
    }
    if let Some(c) = controls_text(&f.controls) {
        lines.push(format!("controls: {c}"));
    }
    xml_safe(&lines.join("\n"))
}

fn case(w: &mut Writer<Vec<u8>>, f: &Finding) -> io::Result<()> {
    let loc = f.primary_location();
    let line = loc.line.to_string();
    let mut el = w
        .create_element("testcase")
        .with_attribute(("name", attr(&resource_label(f)).as_str()))
        .with_attribute(("classname", attr(&f.policy_id).as_str()))
        .with_attribute(("file", attr(&loc.file).as_str()));
    if loc.line > 0 {
        el = el.with_attribute(("line", line.as_str()));
    }
    el = el.with_attribute(("time", "0"));
    let message = attr(&f.message);
    match f.status {
        Status::Pass => {
            el.write_empty()?;
        }
        Status::Fail => {
            el.write_inner_content(|w| {
                w.create_element("failure")
                    .with_attribute(("message", message.as_str()))
                    .with_attribute(("type", f.severity.as_str()))
                    .write_text_content(BytesText::new(&body(f)))?;
                Ok(())
            })?;
        }
        Status::Error => {
            el.write_inner_content(|w| {
                w.create_element("error")
                    .with_attribute(("message", message.as_str()))
                    .with_attribute(("type", "error"))
                    .write_text_content(BytesText::new(&body(f)))?;
                Ok(())
            })?;
        }
        Status::Unknown | Status::Waived => {
            let why = match (f.status, &f.waiver) {
                (Status::Waived, Some(wv)) => format!("waived: {}", waiver_text(wv)),
                (Status::Waived, None) => "waived".to_string(),
                _ if f.unknown.is_empty() => format!("unknown: {}", f.message),
                _ => format!(
                    "unknown: {} (known only after apply: {})",
                    f.message,
                    f.unknown.join(", ")
                ),
            };
            el.write_inner_content(|w| {
                w.create_element("skipped")
                    .with_attribute(("message", attr(&why).as_str()))
                    .write_empty()?;
                Ok(())
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    fn render_str(r: &Report) -> String {
        String::from_utf8(render(r)).unwrap()
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render_str(&testdata::report()));
    }

    fn attr_of(xml: &str, element: &str, name: &str) -> usize {
        let start = xml.find(&format!("<{element} ")).unwrap();
        let tail = &xml[start..];
        let key = format!(" {name}=\"");
        let at = tail.find(&key).unwrap() + key.len();
        tail[at..].split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn counts_equal_the_summary() {
        let r = testdata::report();
        let xml = render_str(&r);
        let s = &r.summary;
        assert_eq!(attr_of(&xml, "testsuites", "tests"), r.reported().count());
        assert_eq!(attr_of(&xml, "testsuites", "failures"), s.fail);
        assert_eq!(attr_of(&xml, "testsuites", "errors"), s.error);
        assert_eq!(attr_of(&xml, "testsuites", "skipped"), s.unknown + s.waived);
        assert_eq!(xml.matches("<testcase ").count(), r.reported().count());
        assert!(
            !xml.contains("aws_s3_bucket.old"),
            "baselined findings are not shown"
        );
    }

    #[test]
    fn hostile_strings_are_escaped() {
        let xml = render_str(&testdata::hostile());
        assert!(!xml.contains("<script>"));
        assert!(!xml.contains("]]>"));
        assert!(!xml.contains('\u{1b}') && !xml.contains('\u{0}'));
        assert!(xml.contains("&lt;script&gt;"));
        assert!(xml.contains("🔥 日本"));
        // Well-formed: every element read back.
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut depth = 0i32;
        loop {
            match reader.read_event().unwrap() {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                Event::Text(t) => {
                    t.decode().unwrap();
                }
                Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(depth, 0);
    }

    #[test]
    fn deterministic() {
        assert_eq!(render(&testdata::report()), render(&testdata::report()));
    }
}
