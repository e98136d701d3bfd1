package comply.aws.kms.storage_without_customer_managed_key_test

import rego.v1

import data.comply.aws.kms.storage_without_customer_managed_key as policy

settings := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

cardholder := {"DataClassification": "cardholder"}

store(kind, tags, encryption, unknown) := {"resource": {
	"kind": kind,
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"encryption": encryption, "cluster": null},
	"unknown": unknown,
}}

default_key := {"at_rest": true, "kms_key": null}

customer_key := {"at_rest": true, "kms_key": "aws_kms_key.cardholder"}

test_rds_instance_default_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but storage is encrypted with the AWS managed `aws/rds` key"} with input as store("AWS::RDS::DBInstance", cardholder, default_key, [])
		with data.comply.settings as settings
}

test_volume_named_aws_managed_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but storage is encrypted with the AWS managed `aws/ebs` key"} with input as store("AWS::EC2::Volume", cardholder, {"at_rest": true, "kms_key": "arn:aws:kms:eu-west-1:123456789012:alias/aws/ebs"}, [])
		with data.comply.settings as settings
}

test_cluster_and_domain_default_key_fail if {
	every kind in ["AWS::RDS::DBCluster", "AWS::OpenSearch::Domain"] {
		count(policy.deny) == 1 with input as store(kind, cardholder, default_key, [])
			with data.comply.settings as settings
	}
}

test_customer_key_passes if {
	every kind in ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::EC2::Volume", "AWS::OpenSearch::Domain"] {
		count(policy.deny) == 0 with input as store(kind, cardholder, customer_key, [])
			with data.comply.settings as settings
	}
}

test_other_service_alias_is_not_this_services_key if {
	count(policy.deny) == 0 with input as store("AWS::EC2::Volume", cardholder, {"at_rest": true, "kms_key": "alias/ebs-cardholder"}, [])
		with data.comply.settings as settings
}

test_unlisted_classification_passes if {
	count(policy.deny) == 0 with input as store("AWS::RDS::DBInstance", {"DataClassification": "personal"}, default_key, [])
		with data.comply.settings as settings
}

test_no_settings_pass if {
	count(policy.deny) == 0 with input as store("AWS::RDS::DBInstance", cardholder, default_key, [])
}

test_unencrypted_storage_is_left_to_encryption_policies if {
	count(policy.deny) == 0 with input as store("AWS::EC2::Volume", cardholder, {"at_rest": false, "kms_key": null}, [])
		with data.comply.settings as settings
}

test_aurora_instance_is_left_to_its_cluster if {
	i := store("AWS::RDS::DBInstance", cardholder, default_key, [])
	count(policy.deny) == 0 with input as object.union(i, {"resource": {"attributes": {"cluster": "aws_rds_cluster.main"}}})
		with data.comply.settings as settings
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as store("AWS::RDS::DBCluster", cardholder, {"at_rest": null, "kms_key": null}, ["attributes.encryption.at_rest"])
		with data.comply.settings as settings
}

test_key_known_after_apply_does_not_fail if {
	count(policy.deny) == 0 with input as store("AWS::OpenSearch::Domain", cardholder, default_key, ["attributes.encryption.kms_key"])
		with data.comply.settings as settings
}
