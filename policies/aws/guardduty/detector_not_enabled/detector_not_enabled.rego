# METADATA
# title: GuardDuty is not on in a region in use
# description: >-
#   GuardDuty watches CloudTrail, VPC flow logs and DNS queries for signs of intrusion
#   (credential exfiltration, crypto-mining, reconnaissance from known bad hosts). A region with
#   resources but no enabled detector is a region where an intrusion raises no alarm. Judged once
#   per region that the input holds resources in. A plan that does not declare a detector says
#   nothing of the region unless `[scope] plan_covers_account` is set; AWS Config shows a
#   missing detector only where its recorder records `AWS::GuardDuty::Detector`. The GDPR
#   mapping (the ability to detect breaches of processing systems) is a judgement.
# custom:
#   id: AWS-GUARDDUTY-001
#   severity: high
#   kinds: ["AWS::::Region"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_guardduty_detector` with `enable = true` in every region in use (or enable it
#     organisation-wide from the delegated administrator with
#     `aws_guardduty_organization_configuration`).
#   controls:
#     pci-dss-4.0: ["11.5.1", "10.7.2", "10.4.1.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.16"]
package comply.aws.guardduty.detector_not_enabled

import rego.v1

deny contains msg if {
	input.resource.attributes.guardduty_enabled == false
	msg := sprintf("no enabled GuardDuty detector in `%s`", [input.resource.attributes.region])
}
