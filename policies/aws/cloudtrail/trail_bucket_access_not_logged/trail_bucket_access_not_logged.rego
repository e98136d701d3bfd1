# METADATA
# title: Reads of the CloudTrail logs are not logged (trail bucket without access logging)
# description: >-
#   PCI DSS 10.2.1.3 requires that any access to the audit logs is itself logged, so that
#   someone reading (or harvesting) the trail's log files leaves a record. CloudTrail records
#   management events, not reads of its own log objects: those are recorded by S3 server access
#   logging on the trail's bucket, or by S3 data events, which the trail itself may record. A
#   trail that records S3 data events passes. The bucket is judged when the input holds it (the
#   same plan, or the same account's Config items); a bucket in a central log archive account
#   leaves the trail unknown until that account's items are scanned with it.
# custom:
#   id: AWS-CLOUDTRAIL-006
#   severity: medium
#   kinds: ["AWS::CloudTrail::Trail"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_s3_bucket_logging` for the trail's bucket, writing to a separate log bucket,
#     or record S3 data events for it in the trail's `event_selector` /
#     `advanced_event_selector`.
#   controls:
#     pci-dss-4.0: ["10.2.1.3", "10.3.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.cloudtrail.trail_bucket_access_not_logged

import rego.v1

deny contains msg if {
	input.resource.attributes.s3_bucket_access_logging == false
	input.resource.attributes.s3_data_events == false
	msg := sprintf("the trail's bucket `%s` has no server access logging and the trail records no S3 data events: reads of the audit logs leave no record", [input.resource.attributes.s3_bucket])
}
