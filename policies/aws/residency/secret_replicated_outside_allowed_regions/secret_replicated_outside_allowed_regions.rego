# METADATA
# title: Secret holding regulated data is replicated outside its allowed regions
# description: >-
#   A Secrets Manager secret tagged with a data classification that comply.toml restricts to a
#   list of regions (`[data_residency.allowed_regions]`) has a replica in another region.
#   Secrets Manager keeps a full, readable copy of the secret value in every replica region, so
#   credentials, keys or personal data held in the secret leave the allowed regions even though
#   the primary secret stays in one. AWS-RES-002 covers S3 and DynamoDB replication; this is the
#   same transfer for secrets. The GDPR Chapter V mapping holds where the allowed regions mark
#   the transfer boundary (the EEA); mapping to SOC 2 C1.1/CC6.7 and ISO A.5.34/A.5.14 (privacy,
#   information transfer) is a judgement, and PCI DSS sets no residency requirement.
# custom:
#   id: AWS-RES-003
#   severity: high
#   kinds: ["AWS::SecretsManager::Secret"]
#   themes: [data-residency]
#   remediation: >-
#     Keep the `aws_secretsmanager_secret`'s `replica` blocks to allowed `region`s (remove the
#     others), or correct its classification tag if the secret does not hold data of that class.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1", "CC6.7"]
#     iso27001-2022: ["A.5.34", "A.5.14"]
package comply.aws.residency.secret_replicated_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	some region in input.resource.attributes.replica_regions
	is_string(region)
	not region in allowed
	msg := sprintf(
		"secret classified `%s` is replicated to `%s`, outside its allowed regions (%s)",
		[classification, region, lib.quoted(allowed)],
	)
}
