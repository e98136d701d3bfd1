# METADATA
# title: CloudTrail trail is not logging
# description: >-
#   A trail whose logging is stopped records nothing, however well the rest of it is set up:
#   every API call made while it is off is lost to investigation, and stopping the trail is a
#   usual first step of an intruder covering their tracks. The GDPR mapping is a judgement: an
#   audit trail that records is how the ongoing integrity of processing systems is demonstrated
#   and breaches are detected.
# custom:
#   id: AWS-CLOUDTRAIL-004
#   severity: high
#   kinds: ["AWS::CloudTrail::Trail"]
#   themes: [logging-audit]
#   remediation: >-
#     Set `enable_logging = true` (the default) on the `aws_cloudtrail`; for a trail already
#     stopped, run `aws cloudtrail start-logging --name <trail>` and find out who stopped it.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.2", "10.2.1.5", "10.2.1.7"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2", "CC2.1"]
#     iso27001-2022: ["A.8.15", "A.8.16"]
package comply.aws.cloudtrail.trail_not_logging

import rego.v1

deny contains "trail is not logging (`is_logging` is false)" if {
	input.resource.attributes.is_logging == false
}
