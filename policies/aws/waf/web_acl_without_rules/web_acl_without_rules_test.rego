package comply.aws.waf.web_acl_without_rules_test

import rego.v1

import data.comply.aws.waf.web_acl_without_rules as policy

acl(action, rules, unknown) := {"resource": {
	"kind": "AWS::WAFv2::WebACL",
	"attributes": {"name": "app", "default_action": action, "rules": rules},
	"unknown": unknown,
}}

test_allow_without_rules_fails if {
	count(policy.deny) == 1 with input as acl("allow", [], [])
}

test_allow_with_rules_passes if {
	count(policy.deny) == 0 with input as acl("allow", ["common"], [])
}

test_block_without_rules_passes if {
	count(policy.deny) == 0 with input as acl("block", [], [])
}

test_unknown_action_does_not_fail if {
	count(policy.deny) == 0 with input as acl(null, [], ["attributes.default_action"])
}

test_unknown_rules_do_not_fail if {
	count(policy.deny) == 0 with input as acl("allow", [], ["attributes.rules"])
}
