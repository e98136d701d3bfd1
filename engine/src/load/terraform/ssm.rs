//! Systems Manager parameters. The value (`value`, `insecure_value`, `value_wo`) is never read.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const PARAMETER: Table = Table {
    types: &[("aws_ssm_parameter", |r| {
        Attributes::SsmParameter(parameter(r))
    })],
    satellites: &[],
};

fn parameter(r: &mut Reader<'_>) -> SsmParameter {
    let n = r.root();
    let parameter_type = r.string(n.get("type"), "type");
    let (kms_key, customer_managed_key) = match parameter_type.as_deref() {
        Some("SecureString") => {
            let marked = r.unknown.len();
            // Computed when left out: the AWS managed `aws/ssm` key.
            let key = r
                .reference(n.get("key_id"), &["key_id"], "kms_key")
                .filter(|k| !SsmParameter::is_aws_managed_key(k));
            if r.unknown.len() > marked {
                r.mark_unknown("customer_managed_key");
                (None, None)
            } else {
                let customer = key.is_some();
                (key, Some(customer))
            }
        }
        Some(_) => (None, None),
        None => {
            r.mark_unknown("kms_key");
            r.mark_unknown("customer_managed_key");
            (None, None)
        }
    };
    SsmParameter {
        name: r.string(n.get("name"), "name"),
        parameter_type,
        kms_key,
        customer_managed_key,
        tier: r.string_or(n.get("tier"), "tier", "Standard"),
        data_type: r.string_or(n.get("data_type"), "data_type", "text"),
    }
}
