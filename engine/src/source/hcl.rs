//! One `.tf` file to the blocks it declares and the modules it calls, with their places.

use crate::error::{Error, Place, Result};
use crate::load::text::LineIndex;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, Structure};
use hcl_edit::Span;

/// What one file declares at its top level.
#[derive(Debug, Default)]
pub struct Parsed {
    /// `resource` and `data` blocks: (`aws_s3_bucket.b` or `data.x.y`, line, column).
    pub blocks: Vec<(String, usize, usize)>,
    pub calls: Vec<Call>,
}

/// A `module` block.
#[derive(Debug, Clone)]
pub struct Call {
    pub name: String,
    pub source: String,
    pub line: usize,
    pub column: usize,
}

/// Parses one file's text; `file` is only for error places.
pub fn parse(file: &str, text: &str) -> Result<Parsed> {
    let body = hcl_edit::parser::parse_body(text).map_err(|e| {
        let at = e.location();
        Error::Input {
            place: place(file, at.line(), at.column()),
            message: e.message().to_string(),
        }
    })?;
    let index = LineIndex::new(text);
    let mut parsed = Parsed::default();
    for structure in body.iter() {
        let Structure::Block(block) = structure else {
            continue;
        };
        // The span of the identifier is the block's first token (the block's own span may
        // include nothing before it, but the identifier's is certain).
        let start = block
            .ident
            .span()
            .or_else(|| block.span())
            .map_or(0, |r| r.start);
        let (line, column) = position(text, &index, start);
        match block.ident.as_str() {
            kind @ ("resource" | "data") => {
                let [type_, name] = labels::<2>(block).ok_or_else(|| Error::Input {
                    place: place(file, line, column),
                    message: format!("`{kind}` block needs two labels, a type and a name"),
                })?;
                let address = if kind == "data" {
                    format!("data.{type_}.{name}")
                } else {
                    format!("{type_}.{name}")
                };
                parsed.blocks.push((address, line, column));
            }
            "module" => {
                let [name] = labels::<1>(block).ok_or_else(|| Error::Input {
                    place: place(file, line, column),
                    message: "`module` block needs one label, its name".to_string(),
                })?;
                let source = match block.body.get_attribute("source").map(|a| &a.value) {
                    Some(Expression::String(s)) => s.value().clone(),
                    _ => {
                        return Err(Error::Input {
                            place: place(file, line, column),
                            message: format!(
                                "module `{name}` has no literal `source` (hint: write `source = \"./path\"`)"
                            ),
                        })
                    }
                };
                parsed.calls.push(Call {
                    name,
                    source,
                    line,
                    column,
                });
            }
            _ => {}
        }
    }
    Ok(parsed)
}

fn labels<const N: usize>(block: &Block) -> Option<[String; N]> {
    let labels: Vec<String> = block
        .labels
        .iter()
        .map(|l| l.as_str().to_string())
        .collect();
    labels.try_into().ok()
}

/// Byte offset to 1-based line and column, the column counting characters (what an editor shows).
pub fn position(text: &str, index: &LineIndex, offset: usize) -> (usize, usize) {
    let (line, byte_column) = index.position(offset);
    let line_start = offset + 1 - byte_column;
    // `get` rather than slicing: an offset inside a character must not panic.
    let column = text
        .get(line_start..offset)
        .map_or(byte_column, |s| s.chars().count() + 1);
    (line, column)
}

pub fn place(file: &str, line: usize, column: usize) -> Place {
    Place {
        file: file.to_string(),
        line,
        column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_calls_have_their_places() {
        let text = "# c\nresource \"aws_s3_bucket\" \"b\" {\n  count = 2\n}\n\n  data \"aws_iam_policy_document\" \"d\" {}\nmodule \"m\" {\n  source = \"./m\"\n}\nvariable \"v\" {}\n";
        let p = parse("f.tf", text).unwrap();
        assert_eq!(
            p.blocks,
            vec![
                ("aws_s3_bucket.b".to_string(), 2, 1),
                ("data.aws_iam_policy_document.d".to_string(), 6, 3)
            ]
        );
        assert_eq!(p.calls.len(), 1);
        assert_eq!(
            (p.calls[0].name.as_str(), p.calls[0].source.as_str()),
            ("m", "./m")
        );
        assert_eq!((p.calls[0].line, p.calls[0].column), (7, 1));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "locals { s = \"é\" }\n/* ééé */ resource \"aws_s3_bucket\" \"b\" {}\n";
        let p = parse("f.tf", text).unwrap();
        assert_eq!(p.blocks, vec![("aws_s3_bucket.b".to_string(), 2, 11)]);
    }

    #[test]
    fn a_parse_error_has_the_place_and_hcl_edits_message() {
        let err = parse("f.tf", "resource \"a\" \"b\" {\n  x = \n}\n").unwrap_err();
        let Error::Input { place, message } = &err else {
            panic!("{err}")
        };
        assert_eq!(
            (place.line, place.column, place.file.as_str()),
            (2, 7, "f.tf")
        );
        assert!(!message.is_empty() && !message.contains('\n'), "{message}");
    }

    #[test]
    fn empty_files_and_crlf_line_ends() {
        assert!(parse("f.tf", "").unwrap().blocks.is_empty());
        let p = parse("f.tf", "# c\r\n\r\n  resource \"t\" \"n\" {\r\n}\r\n").unwrap();
        assert_eq!(p.blocks, vec![("t.n".to_string(), 3, 3)]);
    }

    #[test]
    fn a_resource_needs_two_labels() {
        let err = parse("f.tf", "\nresource \"t\" {}\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.tf:2:1: `resource` block needs two labels, a type and a name"
        );
    }

    #[test]
    fn a_module_source_must_be_a_literal() {
        let err = parse("f.tf", "module \"m\" {\n  source = \"${var.x}\"\n}\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.tf:1:1: module `m` has no literal `source` (hint: write `source = \"./path\"`)"
        );
    }
}
