# Parameters; only their names and types differ. Values are fixture placeholders.

resource "aws_ssm_parameter" "fail_password_string" {
  name  = "/ssm-001/db/password"
  type  = "String"
  value = "fixture-placeholder"
}

resource "aws_ssm_parameter" "fail_api_key_string_list" {
  name  = "/ssm-001/partners/api-key"
  type  = "StringList"
  value = "fixture-placeholder-a,fixture-placeholder-b"
}

resource "aws_ssm_parameter" "pass_password_secure_string" {
  name  = "/ssm-001/db/master_password"
  type  = "SecureString"
  value = "fixture-placeholder"
}

resource "aws_ssm_parameter" "pass_ordinary_setting" {
  name  = "/ssm-001/app/log_level"
  type  = "String"
  value = "info"
}

# Names a secret kept elsewhere; holds no secret itself.
resource "aws_ssm_parameter" "pass_secret_arn" {
  name  = "/ssm-001/db/password_secret_arn"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ssm-001-db-AbCdEf"
}


# The name is known only after apply.
resource "aws_ssm_parameter" "unknown_name" {
  name  = "/ssm-001/${aws_ssm_parameter.pass_ordinary_setting.version}/token"
  type  = "String"
  value = "fixture-placeholder"
}
