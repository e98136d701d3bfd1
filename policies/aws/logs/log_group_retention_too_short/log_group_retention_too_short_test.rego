package comply.aws.logs.log_group_retention_too_short_test

import rego.v1

import data.comply.aws.logs.log_group_retention_too_short as policy

log_group(class, days) := {"resource": {
	"kind": "AWS::Logs::LogGroup",
	"attributes": {"name": "/app/audit", "log_group_class": class, "retention_in_days": days, "kms_key": null},
}}

test_thirty_days_fails if {
	policy.deny == {"log events are deleted after `30` day(s) (`retention_in_days` is below 365, `[thresholds] log_retention_days`)"} with input as log_group("STANDARD", 30)
}

test_just_under_a_year_fails if {
	count(policy.deny) == 1 with input as log_group("STANDARD", 364)
}

test_infrequent_access_group_is_judged if {
	count(policy.deny) == 1 with input as log_group("INFREQUENT_ACCESS", 90)
}

test_one_year_passes if {
	count(policy.deny) == 0 with input as log_group("STANDARD", 365)
}

test_ten_years_passes if {
	count(policy.deny) == 0 with input as log_group("STANDARD", 3653)
}

test_never_expire_passes if {
	count(policy.deny) == 0 with input as log_group("STANDARD", 0)
}

test_delivery_class_is_out_of_scope if {
	count(policy.deny) == 0 with input as log_group("DELIVERY", 1)
}

test_unknown_retention_does_not_fail if {
	count(policy.deny) == 0 with input as log_group("STANDARD", null)
}

test_unknown_class_does_not_fail if {
	count(policy.deny) == 0 with input as log_group(null, 30)
}
