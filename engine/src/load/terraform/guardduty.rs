//! GuardDuty: `aws_guardduty_detector`.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const DETECTOR: Table = Table {
    types: &[("aws_guardduty_detector", |r| {
        Attributes::GuardDutyDetector(detector(r))
    })],
    satellites: &[],
};

fn detector(r: &mut Reader<'_>) -> GuardDutyDetector {
    let n = r.root();
    GuardDutyDetector {
        enabled: r.bool(n.get("enable"), "enabled", Some(true)),
        // Left to the provider it is computed: SIX_HOURS, or a member account's administrator's.
        finding_publishing_frequency: r.string(
            n.get("finding_publishing_frequency"),
            "finding_publishing_frequency",
        ),
    }
}
