package comply.aws.ecs.secrets_in_environment_test

import rego.v1

import data.comply.aws.ecs.secrets_in_environment as policy

task(names) := {"resource": {
	"kind": "AWS::ECS::TaskDefinition",
	"attributes": {"family": "app", "containers": [{
		"name": "app",
		"environment_variable_names": names,
		"secret_names": ["DB_PASSWORD"],
	}]},
	"unknown": [],
}}

test_password_variable_fails if {
	policy.deny == {"container `app` passes `DB_PASSWORD` as a plain environment variable (stored in clear in the task definition) rather than through `secrets`"} with input as task(["DB_PASSWORD", "LOG_LEVEL"])
}

test_each_credential_fails if {
	count(policy.deny) == 3 with input as task(["api_token", "AWS_SECRET_ACCESS_KEY", "stripe-key"])
}

test_ordinary_variables_pass if {
	count(policy.deny) == 0 with input as task(["LOG_LEVEL", "REGION", "KEYCLOAK_URL", "PASSPORT_SERVICE"])
}

test_no_variables_pass if {
	count(policy.deny) == 0 with input as task([])
}
