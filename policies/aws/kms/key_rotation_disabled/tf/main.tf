resource "aws_kms_key" "fail_rotation_disabled" {
  description         = "rotation explicitly off"
  enable_key_rotation = false
}

# enable_key_rotation defaults to false.
resource "aws_kms_key" "fail_rotation_not_set" {
  description = "rotation left at the provider default"
}

resource "aws_kms_key" "fail_multi_region_no_rotation" {
  description  = "multi-region primary without rotation"
  multi_region = true
}

resource "aws_kms_key" "pass_rotation_enabled" {
  description         = "rotates yearly"
  enable_key_rotation = true
}

resource "aws_kms_key" "pass_rotation_custom_period" {
  description             = "rotates every 90 days"
  enable_key_rotation     = true
  rotation_period_in_days = 90
}

# Asymmetric and HMAC keys cannot rotate automatically: out of scope.
resource "aws_kms_key" "pass_asymmetric_signing" {
  description              = "code signing"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "pass_hmac" {
  description              = "token MACs"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

# Imported key material: KMS cannot rotate it.
resource "aws_kms_external_key" "pass_imported_material" {
  description = "imported material"
}

# Disabled: not in use, nothing to rotate.
resource "aws_kms_key" "pass_disabled" {
  description = "disabled key"
  is_enabled  = false
}

# A CloudHSM custom key store: rotation is manual.
resource "aws_kms_key" "pass_custom_key_store" {
  description         = "custom key store"
  custom_key_store_id = "cks-1234567890abcdef0"
}
