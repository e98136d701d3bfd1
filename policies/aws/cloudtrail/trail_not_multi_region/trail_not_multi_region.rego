# METADATA
# title: No multi-region CloudTrail trail records the account's management events
# description: >-
#   A single-region trail records management events only in the region it was created in, so
#   activity in every other region (an attacker's favourite place to start instances or create
#   keys) leaves no trail; a multi-region trail also picks up regions enabled later. The control
#   is about the account, not a trail: a regional trail beside a multi-region one that logs all
#   management events is fine. Judged once per account. A plan that declares no such trail
#   says nothing of the account unless `[scope] plan_covers_account` is set; AWS Config records
#   neither a trail's logging status nor its event selectors, which the live scan reads from
#   CloudTrail. The GDPR mapping is a judgement: audit trails are how the ongoing integrity and
#   confidentiality of processing systems is demonstrated and breaches are detected.
# custom:
#   id: AWS-CLOUDTRAIL-001
#   severity: medium
#   kinds: ["AWS::::Account"]
#   themes: [logging-audit]
#   remediation: >-
#     Keep one `aws_cloudtrail` with `is_multi_region_trail = true`, logging
#     (`enable_logging = true`) and recording all management events (the default event
#     selector, or `read_write_type = "All"`), usually in the logging account of an
#     organisation trail.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.2", "10.2.1.7", "10.2.1.6"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15", "A.8.16"]
package comply.aws.cloudtrail.trail_not_multi_region

import rego.v1

deny contains "no multi-region trail that records all management events is logging in this account" if {
	input.resource.attributes.multi_region_trail == false
}
