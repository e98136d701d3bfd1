//! Security Hub: `aws_securityhub_account`, which enables the hub in its account and region.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const HUB: Table = Table {
    types: &[("aws_securityhub_account", |r| {
        Attributes::SecurityHubHub(hub(r))
    })],
    satellites: &[],
};

fn hub(r: &mut Reader<'_>) -> SecurityHubHub {
    let n = r.root();
    SecurityHubHub {
        // The resource is the subscription: while it exists the hub is enabled.
        enabled: Some(true),
        auto_enable_controls: r.bool(
            n.get("auto_enable_controls"),
            "auto_enable_controls",
            Some(true),
        ),
        // Left to the provider it is computed, and depends on the account's history and
        // organization.
        control_finding_generator: r.string(
            n.get("control_finding_generator"),
            "control_finding_generator",
        ),
    }
}
