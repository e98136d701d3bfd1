# METADATA
# title: CloudTrail trail records only its home region
# description: >-
#   A single-region trail records management events only in the region it was created in, so
#   activity in every other region (an attacker's favourite place to start instances or create
#   keys) leaves no trail. A multi-region trail also picks up regions enabled later. The GDPR
#   mapping is a judgement: audit trails are how the ongoing integrity and confidentiality of
#   processing systems is demonstrated and breaches are detected.
# custom:
#   id: AWS-CLOUDTRAIL-001
#   severity: medium
#   kinds: ["AWS::CloudTrail::Trail"]
#   themes: [logging-audit]
#   remediation: >-
#     Set `is_multi_region_trail = true` on the `aws_cloudtrail` (and keep
#     `include_global_service_events = true`).
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.2", "10.2.1.7"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15", "A.8.16"]
package comply.aws.cloudtrail.trail_not_multi_region

import rego.v1

deny contains "trail records only its home region (`is_multi_region_trail` is false)" if {
	input.resource.attributes.is_multi_region_trail == false
}
