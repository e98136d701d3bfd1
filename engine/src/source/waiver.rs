//! Inline waivers: `# comply:waive POLICY reason="..." expires=YYYY-MM-DD approved_by="..."
//! ticket=SEC-1` on a block's first line or in the comment lines directly above it.
//!
//! The raw text is scanned line by line. A small lexer tells comments from strings and heredocs,
//! so that a `#` inside a string or a shell script in a heredoc is not taken for a comment.

use super::hcl::place;
use super::InlineWaiver;
use crate::error::{Error, Result};
use std::collections::HashMap;

const FORM: &str = "(hint: write `# comply:waive POLICY reason=\"...\" expires=YYYY-MM-DD approved_by=\"...\" ticket=ID`)";

/// The waivers of one file, given its `resource`/`data` blocks as (first line, block id).
pub fn find(file: &str, text: &str, blocks: &[(usize, usize)]) -> Result<Vec<InlineWaiver>> {
    let lines = scan(text);
    // Line index (0-based) to the block a waiver written there belongs to.
    let mut owner = HashMap::new();
    for &(line, id) in blocks {
        let first = line - 1;
        owner.insert(first, id);
        let mut j = first;
        while j > 0 && lines[j - 1].kind == Kind::Comment {
            j -= 1;
            owner.entry(j).or_insert(id);
        }
    }
    let mut waivers = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some((column, comment)) = l.comment else {
            continue;
        };
        let Some(rest) = marker(comment) else {
            continue;
        };
        let at = |message: String| Error::Input {
            place: place(file, i + 1, column),
            message,
        };
        let fields =
            fields(rest).map_err(|problem| at(format!("`comply:waive` {problem} {FORM}")))?;
        let Some(&block) = owner.get(&i) else {
            return Err(at(
                "`comply:waive` waives nothing here (hint: put it on or just above a `resource` or `data` block)"
                    .to_string(),
            ));
        };
        waivers.push(InlineWaiver {
            block,
            policy: fields.policy,
            reason: fields.reason,
            expires: fields.expires,
            approved_by: fields.approved_by,
            ticket: fields.ticket,
            file: file.to_string(),
            line: i + 1,
        });
    }
    Ok(waivers)
}

/// The text after `comply:waive` when the comment is a waiver.
fn marker(comment: &str) -> Option<&str> {
    let rest = comment.trim_start().strip_prefix("comply:waive")?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

#[derive(Debug, Default, PartialEq)]
struct Fields {
    policy: String,
    reason: Option<String>,
    expires: Option<String>,
    approved_by: Option<String>,
    ticket: Option<String>,
}

/// `POLICY key=value ...`; the error is the problem, without place or hint.
fn fields(rest: &str) -> Result<Fields, String> {
    let mut chars = rest.chars().peekable();
    let skip_space = |chars: &mut std::iter::Peekable<std::str::Chars>| {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
    };
    skip_space(&mut chars);
    let policy: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect();
    if policy.is_empty() {
        return Err("needs a policy id or glob".to_string());
    }
    if policy.contains('=') || policy.contains('"') {
        return Err(format!("needs a policy id or glob before `{policy}`"));
    }
    let mut out = Fields {
        policy,
        ..Fields::default()
    };
    loop {
        skip_space(&mut chars);
        if chars.peek().is_none() {
            return Ok(out);
        }
        let key: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if chars.next_if_eq(&'=').is_none() {
            return Err(format!("`{key}` needs `=` and a value"));
        }
        let slot = match key.as_str() {
            "reason" => &mut out.reason,
            "expires" => &mut out.expires,
            "approved_by" => &mut out.approved_by,
            "ticket" => &mut out.ticket,
            _ => return Err(format!("has an unknown key `{key}`")),
        };
        if slot.is_some() {
            return Err(format!("gives `{key}` twice"));
        }
        let value = if chars.next_if_eq(&'"').is_some() {
            let mut value = String::new();
            loop {
                match chars.next() {
                    None => return Err(format!("has an unterminated quote in `{key}`")),
                    Some('"') => break,
                    // Only `\"` and `\\` are escapes; any other backslash is itself.
                    Some('\\') => match chars.next_if(|c| *c == '"' || *c == '\\') {
                        Some(c) => value.push(c),
                        None => value.push('\\'),
                    },
                    Some(c) => value.push(c),
                }
            }
            if chars.peek().is_some_and(|c| !c.is_whitespace()) {
                return Err(format!("needs a space after the quoted `{key}`"));
            }
            value
        } else {
            let value: String =
                std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect();
            if value.is_empty() {
                return Err(format!("`{key}` needs a value"));
            }
            value
        };
        *slot = Some(value);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Blank,
    /// Only comments (and whitespace).
    Comment,
    Code,
}

struct Line<'t> {
    kind: Kind,
    /// The first `#` or `//` comment: its 1-based column (characters) and the text after it.
    comment: Option<(usize, &'t str)>,
}

enum Mode {
    Str,
    /// Inside `${ }` or `%{ }`, counting the braces opened there.
    Template(usize),
}

fn scan(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut heredoc: Option<&str> = None;
    let mut in_block_comment = false;
    for raw in text.lines() {
        if let Some(end) = heredoc {
            if raw.trim() == end {
                heredoc = None;
            }
            out.push(Line {
                kind: Kind::Code,
                comment: None,
            });
            continue;
        }
        let started_in_comment = in_block_comment;
        let mut code = false;
        let mut comment = None;
        // Quoted strings do not span lines, so the string state starts afresh on each line.
        let mut stack: Vec<Mode> = Vec::new();
        let chars: Vec<(usize, char)> = raw.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (byte, c) = chars[i];
            let next = chars.get(i + 1).map(|&(_, n)| n);
            if in_block_comment {
                if c == '*' && next == Some('/') {
                    in_block_comment = false;
                    i += 1;
                }
                i += 1;
                continue;
            }
            match stack.last_mut() {
                Some(Mode::Str) => match c {
                    '\\' => i += 1,
                    '"' => {
                        stack.pop();
                    }
                    '$' | '%' if next == Some('{') => {
                        stack.push(Mode::Template(0));
                        i += 1;
                    }
                    _ => {}
                },
                Some(Mode::Template(depth)) => match c {
                    '{' => *depth += 1,
                    '}' if *depth == 0 => {
                        stack.pop();
                    }
                    '}' => *depth -= 1,
                    '"' => stack.push(Mode::Str),
                    _ => {}
                },
                None => {
                    if c == '#' || (c == '/' && next == Some('/')) {
                        let marker = if c == '#' { 1 } else { 2 };
                        comment = Some((i + 1, &raw[byte + marker..]));
                        break;
                    }
                    if c == '/' && next == Some('*') {
                        in_block_comment = true;
                        i += 2;
                        continue;
                    }
                    code |= !c.is_whitespace();
                    if c == '"' {
                        stack.push(Mode::Str);
                    }
                    if c == '<' && next == Some('<') {
                        let rest = raw[byte + 2..]
                            .strip_prefix('-')
                            .unwrap_or(&raw[byte + 2..]);
                        let end = rest.trim_end();
                        if !end.is_empty()
                            && end
                                .chars()
                                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                        {
                            heredoc = Some(end);
                            break;
                        }
                    }
                }
            }
            i += 1;
        }
        let kind = if code {
            Kind::Code
        } else if raw.trim().is_empty() && !started_in_comment {
            Kind::Blank
        } else {
            Kind::Comment
        };
        out.push(Line { kind, comment });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_quoted_bare_and_escapes() {
        let f = fields(r#" s3.* reason="a \"b\" c\\d \x" expires=2026-01-31 approved_by="Ann Lee" ticket=SEC-1"#)
            .unwrap();
        assert_eq!(
            f,
            Fields {
                policy: "s3.*".into(),
                reason: Some(r#"a "b" c\d \x"#.into()),
                expires: Some("2026-01-31".into()),
                approved_by: Some("Ann Lee".into()),
                ticket: Some("SEC-1".into()),
            }
        );
        assert_eq!(fields(" p").unwrap().reason, None);
        assert_eq!(
            fields(" p reason=\"\"").unwrap().reason,
            Some(String::new())
        );
    }

    #[test]
    fn field_errors() {
        for (rest, problem) in [
            ("", "needs a policy id or glob"),
            (
                " reason=\"x\"",
                "needs a policy id or glob before `reason=\"x\"`",
            ),
            (" p owner=me", "has an unknown key `owner`"),
            (" p reason", "`reason` needs `=` and a value"),
            (" p reason=\"open", "has an unterminated quote in `reason`"),
            (" p reason=", "`reason` needs a value"),
            (" p ticket=1 ticket=2", "gives `ticket` twice"),
            (
                " p reason=\"a\"b",
                "needs a space after the quoted `reason`",
            ),
        ] {
            assert_eq!(fields(rest).unwrap_err(), problem, "{rest}");
        }
    }

    #[test]
    fn markers() {
        assert_eq!(marker(" comply:waive p"), Some(" p"));
        assert_eq!(marker("comply:waive"), Some(""));
        assert_eq!(marker(" comply:waiver p"), None);
        assert_eq!(marker(" see comply:waive p"), None);
    }

    #[test]
    fn the_lexer_skips_strings_heredocs_and_block_comments() {
        let text = concat!(
            "x = \"a # b ${f(\"#\")}\" # real\n",
            "y = <<-EOT\n",
            "  # comply:waive shell\n",
            "  EOT\n",
            "/* one\n",
            "\n",
            "*/ // two\n",
            "\n",
            "   \n",
        );
        let lines = scan(text);
        let kinds: Vec<Kind> = lines.iter().map(|l| l.kind).collect();
        use Kind::*;
        assert_eq!(
            kinds,
            vec![Code, Code, Code, Code, Comment, Comment, Comment, Blank, Blank]
        );
        assert_eq!(lines[0].comment, Some((23, " real")));
        assert!(lines[2].comment.is_none());
        assert_eq!(lines[6].comment, Some((4, " two")));
    }

    #[test]
    fn waivers_attach_above_and_trailing_and_stop_at_a_blank_line() {
        let text = concat!(
            "# comply:waive far\n", // 1: separated by a blank line: waives nothing
            "\n",
            "# comply:waive a.one reason=\"r\"\n",
            "// some note\n",
            "# comply:waive a.two\n",
            "resource \"t\" \"n\" { # comply:waive a.three\n",
            "}\n",
        );
        let err = find("f.tf", text, &[(6, 0)]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.tf:1:1: `comply:waive` waives nothing here (hint: put it on or just above a `resource` or `data` block)"
        );
        let text = &text[text.find("\n\n").unwrap() + 2..];
        let w = find("f.tf", text, &[(4, 7)]).unwrap();
        let got: Vec<(usize, &str, usize)> = w
            .iter()
            .map(|w| (w.block, w.policy.as_str(), w.line))
            .collect();
        assert_eq!(
            got,
            vec![(7, "a.one", 1), (7, "a.two", 3), (7, "a.three", 4)]
        );
        assert_eq!(w[0].reason.as_deref(), Some("r"));
    }

    #[test]
    fn a_waiver_inside_a_block_waives_nothing() {
        let text = "resource \"t\" \"n\" {\n  x = 1 # comply:waive p\n}\n";
        let err = find("f.tf", text, &[(1, 0)]).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("f.tf:2:9: `comply:waive` waives nothing"),
            "{err}"
        );
    }

    #[test]
    fn a_bad_waiver_names_its_comment_and_shows_the_form() {
        let text = "  # comply:waive p colour=red\nresource \"t\" \"n\" {}\n";
        let err = find("f.tf", text, &[(2, 0)]).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("f.tf:1:3: `comply:waive` has an unknown key `colour` {FORM}")
        );
    }
}
