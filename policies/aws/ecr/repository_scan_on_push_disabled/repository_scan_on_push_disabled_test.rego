package comply.aws.ecr.repository_scan_on_push_disabled_test

import rego.v1

import data.comply.aws.ecr.repository_scan_on_push_disabled as policy

repository(scan) := {"resource": {
	"kind": "AWS::ECR::Repository",
	"attributes": {
		"name": "payments-api",
		"image_tag_mutability": "IMMUTABLE",
		"scan_on_push": scan,
		"encryption_type": "AES256",
		"encryption": {"at_rest": true, "kms_key": null},
		"policy": null,
		"lifecycle_policy": true,
	},
}}

test_scan_on_push_off_fails if {
	policy.deny == {"images are not scanned for vulnerabilities on push (`image_scanning_configuration.scan_on_push` is false)"} with input as repository(false)
}

test_scan_on_push_on_passes if {
	count(policy.deny) == 0 with input as repository(true)
}

test_unknown_scanning_does_not_fail if {
	count(policy.deny) == 0 with input as repository(null)
}
