# METADATA
# title: AWS Config is not recording every resource type in a region in use
# description: >-
#   AWS Config's recorder is the region's inventory of resources and the history of every change
#   to their configuration: without one that records all supported types, resources appear,
#   change and disappear with no record to investigate or to show an assessor, and Config
#   rules, Security Hub controls and comply's live scan see only part of the region. A recorder
#   that is stopped, never started (no `aws_config_configuration_recorder_status`) or limited to
#   chosen types fails. Judged once per region that the input holds resources in. A plan that
#   declares no recorder says nothing of the region unless `[scope] plan_covers_account` is set,
#   and AWS Config's own items do not prove that no recorder exists, so that case is left to the
#   live scan (which reports a missing or stopped recorder as an error). The mappings are a
#   judgement: PCI 12.5.1 (a current inventory of in-scope components) and 11.5.2 (detecting
#   unauthorised changes) are what the recorder provides; GDPR Art.5(2) is the accountability
#   that configuration history lets the controller demonstrate.
# custom:
#   id: AWS-CONFIG-001
#   severity: medium
#   kinds: ["AWS::::Region"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_config_configuration_recorder` with `recording_group { all_supported = true }`
#     (and `include_global_resource_types = true` in one region), an
#     `aws_config_delivery_channel`, and an `aws_config_configuration_recorder_status` with
#     `is_enabled = true`, in every region in use.
#   controls:
#     pci-dss-4.0: ["12.5.1", "11.5.2", "10.2.1.7"]
#     gdpr: ["Art.5(2)", "Art.32(1)(d)"]
#     soc2: ["CC7.1", "CC8.1"]
#     iso27001-2022: ["A.8.9", "A.5.9", "A.8.15"]
package comply.aws.config.recorder_not_recording_all

import rego.v1

deny contains msg if {
	input.resource.attributes.config_recording_all == false
	msg := sprintf("no AWS Config recorder is recording every supported resource type in `%s` (none, stopped, or limited to chosen types)", [input.resource.attributes.region])
}
