# METADATA
# title: KMS key for regulated data is kept outside its allowed regions (multi-Region replicas too)
# description: >-
#   A KMS key tagged with a data classification that comply.toml restricts to a list of regions
#   (`[data_residency.allowed_regions]`) lives in another region: a single-Region key created
#   there, or a multi-Region replica (`aws_kms_replica_key`) of an allowed primary, which copies
#   the key material out. Encryption is the supplementary measure that makes a transfer
#   defensible under GDPR Chapter V only while its keys stay under control inside the boundary
#   (EDPB Recommendations 01/2020); a replica abroad lets the data be decrypted there. The
#   Chapter V mapping holds where the allowed regions mark the transfer boundary (the EEA);
#   SOC 2 C1.1 and ISO A.5.34 are judgements; PCI DSS sets no residency requirement (key
#   locations are 3.6.1.4, keys in the fewest places, which this also evidences). A region the
#   plan does not record is unknown, not a finding.
# custom:
#   id: AWS-RES-007
#   severity: high
#   kinds: ["AWS::KMS::Key"]
#   themes: [data-residency, key-management]
#   remediation: >-
#     Keep keys for this data, and their replicas, in the allowed regions: remove the
#     `aws_kms_replica_key` (or create it through a provider of an allowed region), or correct
#     the key's classification tag if it does not protect data of that class.
#   controls:
#     pci-dss-4.0: ["3.6.1.4"]
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.8.24"]
package comply.aws.residency.key_material_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	region := input.resource.region
	is_string(region)
	not region in allowed
	msg := sprintf("%s for data classified `%s` is in `%s`, outside its allowed regions (%s)", [
		what(input.resource.attributes.primary_key), classification, region, lib.quoted(allowed),
	])
}

what(primary) := sprintf("a multi-Region replica of `%s`", [primary]) if is_string(primary)

what(primary) := "key material" if not is_string(primary)
