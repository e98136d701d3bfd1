# METADATA
# title: Multi-region CloudTrail trail does not record all management events
# description: >-
#   The multi-region trail is the account's audit trail: it should record every control-plane
#   call, reads as well as writes. A write-only trail cannot show who listed, described or read
#   secrets and keys before an attack, and a read-only one misses every change that was made.
#   Single-region and data-only trails serve other purposes and are not judged here. The GDPR
#   mapping is a judgement: a complete audit trail is how the ongoing integrity of processing
#   systems is demonstrated and breaches are reconstructed.
# custom:
#   id: AWS-CLOUDTRAIL-005
#   severity: medium
#   kinds: ["AWS::CloudTrail::Trail"]
#   themes: [logging-audit]
#   remediation: >-
#     Record read and write management events: an `event_selector` with `read_write_type =
#     "All"` and `include_management_events = true` (or no selectors at all), or an
#     `advanced_event_selector` on `eventCategory` `Management` without a `readOnly` field
#     selector.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.1", "10.2.1.2", "10.2.1.5", "10.2.1.7", "10.2.1.6"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2", "CC2.1"]
#     iso27001-2022: ["A.8.15", "A.8.16"]
package comply.aws.cloudtrail.trail_management_events_incomplete

import rego.v1

# `None` is a data-only trail: not the audit trail this policy is about.
partial := {
	"ReadOnly": "records only read management events",
	"WriteOnly": "records only write management events",
}

deny contains msg if {
	input.resource.attributes.is_multi_region_trail == true
	recorded := input.resource.attributes.management_events
	msg := sprintf("multi-region trail %s (`management_events` is `%s`)", [partial[recorded], recorded])
}
