# METADATA
# title: Instance metadata service v1 allowed (IMDSv2 not required)
# description: >-
#   With `http_tokens` left `optional`, the instance metadata service answers plain IMDSv1 GET
#   requests, so any server-side request forgery, open proxy or misconfigured reverse proxy on
#   the instance can read the temporary credentials of its IAM role and act as the instance from
#   anywhere. IMDSv2 requires a session token obtained by a PUT with a hop limit, which those
#   requests cannot forge. Judged on instances and on the launch templates and launch
#   configurations that start them: a template or launch configuration that does not set
#   `http_tokens` leaves the instances at EC2's default, which is `optional` unless the AMI or
#   the account's instance metadata defaults say otherwise. An instance that does not set it is
#   unknown in a plan for that reason, and judged from AWS Config once launched. An instance
#   whose metadata endpoint is disabled passes. The mappings are a judgement: the role's credentials are the
#   instance's authentication factor (PCI DSS 2.2.6 secure parameters, ISO 27001 A.8.5 secure
#   authentication, A.8.9 configuration).
# custom:
#   id: AWS-EC2-011
#   severity: medium
#   kinds: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"]
#   themes: [identity-mfa]
#   remediation: >-
#     Add `metadata_options { http_endpoint = "enabled", http_tokens = "required",
#     http_put_response_hop_limit = 1 }` to the `aws_instance`, `aws_launch_template` or
#     `aws_launch_configuration` (a hop limit of 2 for containers that need the metadata service),
#     after checking that the software on the instances uses an IMDSv2-aware SDK.
#   controls:
#     pci-dss-4.0: ["2.2.6"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.5", "A.8.9"]
package comply.aws.ec2.instance_metadata_v1_allowed

import rego.v1

deny contains msg if {
	input.resource.attributes.metadata_options.http_tokens == "optional"
	input.resource.attributes.metadata_options.http_endpoint == "enabled"
	msg := sprintf("%s IMDSv1 requests without a session token (`metadata_options.http_tokens` is `optional`%s)", [subject, default_text])
}

subject := "the instance metadata service accepts" if {
	input.resource.kind == "AWS::EC2::Instance"
} else := "instances launched from it accept"

# Templates and launch configurations that do not set it get EC2's default.
default_text := "" if {
	input.resource.kind == "AWS::EC2::Instance"
} else := ", the default when not set"
