//! `AWS::SecurityHub::Hub` (keys as the CloudFormation schema spells them).

use super::reader::{Conf, Reader};
use crate::model::*;

pub fn hub(r: &mut Reader<'_>) -> SecurityHubHub {
    SecurityHubHub {
        // Disabling Security Hub deletes the hub: an item not deleted is a hub enabled.
        enabled: Some(true),
        auto_enable_controls: r.req_bool(Conf, &["AutoEnableControls"], "auto_enable_controls"),
        control_finding_generator: r.req_str(
            Conf,
            &["ControlFindingGenerator"],
            "control_finding_generator",
        ),
    }
}
