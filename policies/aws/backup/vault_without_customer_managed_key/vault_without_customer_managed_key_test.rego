package comply.aws.backup.vault_without_customer_managed_key_test

import rego.v1

import data.comply.aws.backup.vault_without_customer_managed_key as policy

settings(classes) := {
	"data_residency": {"tag_key": "DataClassification", "allowed_regions": {}},
	"encryption": {"customer_managed_key_for": classes},
}

vault(customer_managed, tags) := {"resource": {
	"kind": "AWS::Backup::BackupVault",
	"tags": tags,
	"attributes": {"name": "payments", "kms_key": null, "customer_managed_key": customer_managed},
}}

cardholder := {"DataClassification": "cardholder"}

test_aws_managed_key_for_required_class_fails if {
	policy.deny == {"the backups need a customer managed KMS key, but the vault encrypts them with the AWS managed `aws/backup` key"} with input as vault(false, cardholder)
		with data.comply.settings as settings(["cardholder"])
}

test_wildcard_requires_it_everywhere if {
	count(policy.deny) == 1 with input as vault(false, {})
		with data.comply.settings as settings(["*"])
}

test_customer_managed_key_passes if {
	count(policy.deny) == 0 with input as vault(true, cardholder)
		with data.comply.settings as settings(["cardholder"])
}

test_other_class_passes if {
	count(policy.deny) == 0 with input as vault(false, {"DataClassification": "public"})
		with data.comply.settings as settings(["cardholder"])
}

test_no_setting_requires_nothing if {
	count(policy.deny) == 0 with input as vault(false, cardholder)
		with data.comply.settings as settings([])
}

test_unknown_key_manager_does_not_fail if {
	count(policy.deny) == 0 with input as vault(null, cardholder)
		with data.comply.settings as settings(["cardholder"])
}
