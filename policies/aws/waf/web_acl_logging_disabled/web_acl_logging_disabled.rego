# METADATA
# title: AWS WAF web ACL does not log the requests it inspects
# description: >-
#   A web ACL with no logging configuration keeps only sampled requests and metrics: which
#   requests it blocked or let through, from where and why, is not recorded, so an attack on a
#   public application cannot be investigated and the WAF's decisions cannot be reviewed
#   (PCI DSS 10.2.1, 10.4.1). A plan shows the logging configurations it contains
#   (`aws_wafv2_web_acl_logging_configuration`); AWS Config does not record them, so the live
#   scan leaves web ACLs unknown.
# custom:
#   id: AWS-WAF-002
#   severity: medium
#   kinds: ["AWS::WAFv2::WebACL"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_wafv2_web_acl_logging_configuration` for the web ACL, sending logs to a
#     Kinesis Data Firehose stream, CloudWatch Logs log group or S3 bucket whose name starts with
#     `aws-waf-logs-`; redact authorization headers and cookies with `redacted_fields`.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.4.1", "6.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15", "A.8.16"]
package comply.aws.waf.web_acl_logging_disabled

import rego.v1

deny contains "web ACL has no logging configuration: the requests it allows and blocks are not recorded" if {
	count(input.resource.attributes.log_destinations) == 0
	not "attributes.log_destinations" in input.resource.unknown
}
