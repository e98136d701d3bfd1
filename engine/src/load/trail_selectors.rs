//! What a CloudTrail trail records, read from its event selectors: which management events, and
//! whether S3 object-level data events. The plan and AWS Config loaders (and through the latter
//! the live scan) fill in these types from their own shapes, so every source is judged alike.
//!
//! `None` anywhere means unknown (only known after apply, or not recorded). The outcome is
//! unknown only where it depends on an unknown part: a known selector recording every
//! management event decides `All` whatever another selector says.
//!
//! Excluded event sources (`excludeManagementEventSources`, or `eventSource` `NotEquals` in an
//! advanced selector: KMS and RDS Data API events) are not represented: a selector that excludes
//! them still counts as recording its read/write type of management events, although AWS
//! Config's `multi-region-cloudtrail-enabled` rule treats any exclusion as non-compliant.

/// A basic event selector (`event_selector`, `EventSelectors`), defaults already applied.
#[derive(Debug, Clone, Default)]
pub struct EventSelector {
    /// `All`, `ReadOnly` or `WriteOnly`.
    pub read_write_type: Option<String>,
    pub include_management_events: Option<bool>,
    /// `None` when the list itself is unknown.
    pub data_resources: Option<Vec<DataResource>>,
}

#[derive(Debug, Clone, Default)]
pub struct DataResource {
    /// `AWS::S3::Object`, `AWS::Lambda::Function`, ...
    pub resource_type: Option<String>,
    /// Whether `values` names anything (every bucket, a bucket, a prefix).
    pub has_values: Option<bool>,
}

/// An advanced event selector: its field selectors must all match.
#[derive(Debug, Clone, Default)]
pub struct AdvancedEventSelector {
    /// `None` when the list itself is unknown.
    pub field_selectors: Option<Vec<FieldSelector>>,
}

/// Only `Equals` is kept: it is the only operator CloudTrail accepts on the fields that decide
/// what is recorded (`eventCategory`, `readOnly`, `resources.type`). The other operators apply to
/// fields (`eventSource`, `eventName`, `resources.ARN`) that narrow within what those select.
#[derive(Debug, Clone, Default)]
pub struct FieldSelector {
    pub field: Option<String>,
    pub equals: Option<Vec<String>>,
}

/// What the trail records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    /// `All`, `ReadOnly`, `WriteOnly` or `None`.
    pub management_events: Option<&'static str>,
    pub s3_data_events: Option<bool>,
}

impl Recorded {
    /// A trail without selectors: every management event, no data events.
    pub const AWS_DEFAULT: Recorded = Recorded {
        management_events: Some("All"),
        s3_data_events: Some(false),
    };

    pub const UNKNOWN: Recorded = Recorded {
        management_events: None,
        s3_data_events: None,
    };
}

const S3_OBJECT: &str = "AWS::S3::Object";

/// What a trail with these selectors records. No selectors at all is AWS's default.
pub fn recorded(basic: &[EventSelector], advanced: &[AdvancedEventSelector]) -> Recorded {
    if basic.is_empty() && advanced.is_empty() {
        return Recorded::AWS_DEFAULT;
    }
    let total = basic
        .iter()
        .map(basic_coverage)
        .chain(advanced.iter().map(advanced_coverage))
        .fold(Coverage::NOTHING, Coverage::or);
    Recorded {
        management_events: match (total.read, total.write) {
            (Some(true), Some(true)) => Some("All"),
            (Some(true), Some(false)) => Some("ReadOnly"),
            (Some(false), Some(true)) => Some("WriteOnly"),
            (Some(false), Some(false)) => Some("None"),
            _ => None,
        },
        s3_data_events: total.s3,
    }
}

/// What one selector records: read and write management events, S3 data events.
#[derive(Debug, Clone, Copy)]
struct Coverage {
    read: Option<bool>,
    write: Option<bool>,
    s3: Option<bool>,
}

impl Coverage {
    const NOTHING: Coverage = Coverage {
        read: Some(false),
        write: Some(false),
        s3: Some(false),
    };

    const UNKNOWN: Coverage = Coverage {
        read: None,
        write: None,
        s3: None,
    };

    fn or(self, other: Coverage) -> Coverage {
        Coverage {
            read: or(self.read, other.read),
            write: or(self.write, other.write),
            s3: or(self.s3, other.s3),
        }
    }
}

/// Three-valued logic: `None` is unknown.
fn or(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

fn and(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

fn any(values: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    values.into_iter().fold(Some(false), or)
}

fn all(values: impl IntoIterator<Item = Option<bool>>) -> Option<bool> {
    values.into_iter().fold(Some(true), and)
}

fn basic_coverage(s: &EventSelector) -> Coverage {
    let (read, write) = match s.read_write_type.as_deref() {
        Some("All") => (Some(true), Some(true)),
        Some("ReadOnly") => (Some(true), Some(false)),
        Some("WriteOnly") => (Some(false), Some(true)),
        _ => (None, None),
    };
    let management = s.include_management_events;
    let s3 = match &s.data_resources {
        None => None,
        Some(resources) => any(resources.iter().map(|d| {
            let s3 = d.resource_type.as_deref().map(|t| t == S3_OBJECT);
            and(s3, d.has_values)
        })),
    };
    Coverage {
        read: and(management, read),
        write: and(management, write),
        s3,
    }
}

fn advanced_coverage(s: &AdvancedEventSelector) -> Coverage {
    let Some(fields) = &s.field_selectors else {
        return Coverage::UNKNOWN;
    };
    if fields.iter().any(|f| f.field.is_none()) {
        // An unknown field name could be any of the deciding fields.
        return Coverage::UNKNOWN;
    }
    // Whether the field's `Equals` holds `value`; `absent` when there is no such field.
    let equals = |field: &str, value: &str, absent: bool| -> Option<bool> {
        let mut matching = fields
            .iter()
            .filter(|f| f.field.as_deref() == Some(field))
            .peekable();
        if matching.peek().is_none() {
            return Some(absent);
        }
        // Several field selectors on one field must all hold.
        all(matching.map(|f| f.equals.as_ref().map(|e| e.iter().any(|v| v == value))))
    };
    let management = equals("eventCategory", "Management", false);
    let data = equals("eventCategory", "Data", false);
    Coverage {
        // Without a `readOnly` field both read and write events are recorded.
        read: and(management, equals("readOnly", "true", true)),
        write: and(management, equals("readOnly", "false", true)),
        s3: and(data, equals("resources.type", S3_OBJECT, false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn basic(rw: &str, management: bool, data: &[&str]) -> EventSelector {
        EventSelector {
            read_write_type: Some(rw.into()),
            include_management_events: Some(management),
            data_resources: Some(
                data.iter()
                    .map(|t| DataResource {
                        resource_type: Some(t.to_string()),
                        has_values: Some(true),
                    })
                    .collect(),
            ),
        }
    }

    fn advanced(fields: &[(&str, &[&str])]) -> AdvancedEventSelector {
        AdvancedEventSelector {
            field_selectors: Some(
                fields
                    .iter()
                    .map(|(f, e)| FieldSelector {
                        field: Some(f.to_string()),
                        equals: Some(e.iter().map(|v| v.to_string()).collect()),
                    })
                    .collect(),
            ),
        }
    }

    fn rec(management: Option<&'static str>, s3: Option<bool>) -> Recorded {
        Recorded {
            management_events: management,
            s3_data_events: s3,
        }
    }

    #[test]
    fn no_selectors_is_the_aws_default() {
        assert_eq!(recorded(&[], &[]), rec(Some("All"), Some(false)));
    }

    #[test]
    fn basic_selectors_combine() {
        let cases: &[(&[EventSelector], Recorded)] = &[
            (&[basic("All", true, &[])], rec(Some("All"), Some(false))),
            (
                &[basic("ReadOnly", true, &[])],
                rec(Some("ReadOnly"), Some(false)),
            ),
            (
                &[basic("WriteOnly", true, &[])],
                rec(Some("WriteOnly"), Some(false)),
            ),
            (
                &[basic("ReadOnly", true, &[]), basic("WriteOnly", true, &[])],
                rec(Some("All"), Some(false)),
            ),
            // Data only: management events excluded whatever the read/write type.
            (
                &[basic("All", false, &[S3_OBJECT])],
                rec(Some("None"), Some(true)),
            ),
            (
                &[
                    basic("WriteOnly", true, &[]),
                    basic("ReadOnly", false, &[S3_OBJECT]),
                ],
                rec(Some("WriteOnly"), Some(true)),
            ),
            (
                &[basic("All", true, &["AWS::Lambda::Function"])],
                rec(Some("All"), Some(false)),
            ),
        ];
        for (selectors, want) in cases {
            assert_eq!(recorded(selectors, &[]), *want, "{selectors:?}");
        }
    }

    #[test]
    fn a_data_resource_without_values_records_nothing() {
        let mut s = basic("All", true, &[S3_OBJECT]);
        s.data_resources.as_mut().unwrap()[0].has_values = Some(false);
        assert_eq!(recorded(&[s], &[]), rec(Some("All"), Some(false)));
    }

    #[test]
    fn advanced_selectors_combine() {
        let management = advanced(&[("eventCategory", &["Management"])]);
        let reads = advanced(&[("eventCategory", &["Management"]), ("readOnly", &["true"])]);
        let writes = advanced(&[("eventCategory", &["Management"]), ("readOnly", &["false"])]);
        let s3 = advanced(&[
            ("eventCategory", &["Data"]),
            ("resources.type", &[S3_OBJECT]),
            ("resources.ARN", &["arn:aws:s3:::bucket/"]),
        ]);
        let lambda = advanced(&[
            ("eventCategory", &["Data"]),
            ("resources.type", &["AWS::Lambda::Function"]),
        ]);
        let cases = [
            (vec![management.clone()], rec(Some("All"), Some(false))),
            (vec![reads.clone()], rec(Some("ReadOnly"), Some(false))),
            (vec![writes.clone()], rec(Some("WriteOnly"), Some(false))),
            (vec![reads, writes], rec(Some("All"), Some(false))),
            (vec![s3.clone()], rec(Some("None"), Some(true))),
            (vec![management, s3], rec(Some("All"), Some(true))),
            (vec![lambda], rec(Some("None"), Some(false))),
        ];
        for (selectors, want) in cases {
            assert_eq!(recorded(&[], &selectors), want, "{selectors:?}");
        }
    }

    #[test]
    fn unknown_parts_make_only_what_they_decide_unknown() {
        // The read/write type is unknown: management events are, data events are not.
        let mut s = basic("All", true, &[S3_OBJECT]);
        s.read_write_type = None;
        assert_eq!(recorded(&[s.clone()], &[]), rec(None, Some(true)));
        // Another selector recording everything decides.
        assert_eq!(
            recorded(&[s, basic("All", true, &[])], &[]),
            rec(Some("All"), Some(true))
        );
        // Management events excluded: the unknown type no longer matters.
        let mut data_only = basic("All", false, &[]);
        data_only.read_write_type = None;
        data_only.data_resources = None;
        assert_eq!(recorded(&[data_only], &[]), rec(Some("None"), None));
        // An unknown bucket ARN does not hide that S3 data events are recorded.
        let mut arn = advanced(&[
            ("eventCategory", &["Data"]),
            ("resources.type", &[S3_OBJECT]),
        ]);
        arn.field_selectors.as_mut().unwrap().push(FieldSelector {
            field: Some("resources.ARN".into()),
            equals: None,
        });
        assert_eq!(recorded(&[], &[arn]), rec(Some("None"), Some(true)));
        // An unknown category hides the management events the selector could record; without
        // `resources.type` it cannot select S3 data events.
        let mut category = advanced(&[("eventCategory", &[])]);
        category.field_selectors.as_mut().unwrap()[0].equals = None;
        assert_eq!(recorded(&[], &[category.clone()]), rec(None, Some(false)));
        category
            .field_selectors
            .as_mut()
            .unwrap()
            .push(FieldSelector {
                field: Some("resources.type".into()),
                equals: Some(vec![S3_OBJECT.into()]),
            });
        assert_eq!(recorded(&[], &[category]), Recorded::UNKNOWN);
        let unknown_list = AdvancedEventSelector {
            field_selectors: None,
        };
        assert_eq!(recorded(&[], &[unknown_list]), Recorded::UNKNOWN);
        // An unknown read-only value leaves management events unknown.
        let mut ro = advanced(&[("eventCategory", &["Management"]), ("readOnly", &[])]);
        ro.field_selectors.as_mut().unwrap()[1].equals = None;
        assert_eq!(recorded(&[], &[ro]), rec(None, Some(false)));
    }
}
