# METADATA
# title: VPC has no flow log
# description: >-
#   Without a VPC flow log there is no record of which addresses talked to which, on what port,
#   and whether the security groups and network ACLs accepted or rejected the traffic: a scan,
#   a lateral move or an exfiltration through the VPC leaves no network evidence to detect or
#   investigate. A flow log on a single subnet or interface does not cover the rest of the VPC,
#   so only a flow log on the VPC itself counts. A plan shows the `aws_flow_log` resources it
#   declares; AWS Config records flow logs as items of their own, which the model does not join
#   to the VPC, so a Config VPC is `unknown`. The GDPR mapping (ongoing confidentiality and
#   integrity of processing systems) is a judgement; the Art.30 mapping some tools use concerns
#   records of processing, not network logs.
# custom:
#   id: AWS-VPC-001
#   severity: medium
#   kinds: ["AWS::EC2::VPC"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_flow_log` with `vpc_id` set to the VPC and `traffic_type = "ALL"`, delivered to
#     a CloudWatch Logs group (`log_destination` and an `iam_role_arn`) or an S3 bucket
#     (`log_destination_type = "s3"`) with a retention of at least a year.
#   controls:
#     pci-dss-4.0: ["10.2.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15", "A.8.16"]
package comply.aws.vpc.flow_logs_disabled

import rego.v1

# `flow_logs` is empty both when the VPC has none and when the source does not record them
# (AWS Config); the loader lists the path in `unknown` in the second case only.
deny contains msg if {
	count(input.resource.attributes.flow_logs) == 0
	not "attributes.flow_logs" in input.resource.unknown
	msg := sprintf("%s has no flow log (no `aws_flow_log` with its `vpc_id`): its network traffic is not recorded", [vpc_text])
}

# Only what is always known: reading the CIDR for the message would make a passing VPC whose
# CIDR is computed (a default VPC) `unknown`.
vpc_text := "the default VPC" if {
	input.resource.attributes.is_default == true
} else := "the VPC"
