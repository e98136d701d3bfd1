# METADATA
# title: Regulated log events are streamed to a region outside their allowed regions
# description: >-
#   A CloudWatch Logs log group tagged with a data classification that comply.toml restricts to
#   a list of regions (`[data_residency.allowed_regions]`) has a subscription filter streaming
#   its events to a Kinesis stream, Firehose delivery stream, Lambda function or Logs
#   destination in another region. Application and audit logs carry the personal data of the
#   requests they record (addresses, identifiers, payloads); streaming them to a central
#   account abroad is a transfer even though the log group itself stays inside. The GDPR
#   Chapter V mapping holds where the allowed regions mark the transfer boundary; SOC 2 C1.1 and
#   ISO A.5.34 are judgements, and PCI DSS sets no residency requirement. A destination whose
#   region neither its ARN nor the input shows is unknown, not a finding.
# custom:
#   id: AWS-RES-008
#   severity: high
#   kinds: ["AWS::Logs::LogGroup"]
#   themes: [data-residency, logging-audit]
#   remediation: >-
#     Point the `aws_cloudwatch_log_subscription_filter` at a destination in an allowed region
#     (a regional log archive), or filter the personal data out before it leaves
#     (`filter_pattern`, or a data protection policy on the log group).
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.5.31"]
package comply.aws.residency.log_events_streamed_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	some s in input.resource.attributes.subscriptions
	region := s.destination_region
	is_string(region)
	not region in allowed
	msg := sprintf("log events classified `%s` are streamed to `%s` in `%s`, outside their allowed regions (%s)", [
		classification, s.destination, region, lib.quoted(allowed),
	])
}
