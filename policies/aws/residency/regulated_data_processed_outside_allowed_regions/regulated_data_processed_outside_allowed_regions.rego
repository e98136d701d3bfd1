# METADATA
# title: Regulated data is processed outside its allowed regions (functions, containers, APIs, fleets)
# description: >-
#   A Lambda function, ECS task definition, Auto Scaling group, launch template, API Gateway
#   REST API or load balancer tagged with a data classification that comply.toml restricts to a
#   list of regions (`[data_residency.allowed_regions]`) runs in another region. GDPR's
#   "processing" is not only storage (AWS-RES-001, AWS-RES-004): personal data read, computed on
#   or served from a region abroad is transferred there, even when no copy is kept. The GDPR
#   Chapter V mapping holds where the allowed regions mark the transfer boundary (the EEA);
#   mapping to SOC 2 C1.1 and ISO A.5.34/A.5.31 is a judgement, and PCI DSS sets no residency
#   requirement. A region the plan does not record is unknown, not a finding.
# custom:
#   id: AWS-RES-010
#   severity: high
#   kinds:
#     - "AWS::Lambda::Function"
#     - "AWS::ECS::TaskDefinition"
#     - "AWS::AutoScaling::AutoScalingGroup"
#     - "AWS::EC2::LaunchTemplate"
#     - "AWS::ApiGateway::RestApi"
#     - "AWS::ElasticLoadBalancingV2::LoadBalancer"
#   themes: [data-residency]
#   remediation: >-
#     Deploy the workload through a provider configured for an allowed region (`provider =
#     aws.<alias>`), or correct its classification tag if it does not handle data of that class.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.5.31"]
package comply.aws.residency.regulated_data_processed_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	region := input.resource.region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"data classified `%s` is processed in `%s`, outside its allowed regions (%s)",
		[classification, region, lib.quoted(allowed)],
	)
}
