//! `AWS::GuardDuty::Detector` (keys as the CloudFormation property list spells them).

use super::reader::{Conf, Reader};
use crate::model::*;

pub fn detector(r: &mut Reader<'_>) -> GuardDutyDetector {
    GuardDutyDetector {
        enabled: r.req_bool(Conf, &["Enable"], "enabled"),
        finding_publishing_frequency: r.req_str(
            Conf,
            &["FindingPublishingFrequency"],
            "finding_publishing_frequency",
        ),
    }
}
