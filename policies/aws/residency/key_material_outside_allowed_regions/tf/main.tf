# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1. The
# default provider is eu-west-1; aws.us is us-east-1, aws.eu_central is eu-central-1.

resource "aws_kms_key" "pass_personal_primary" {
  description         = "personal data, multi-Region primary"
  multi_region        = true
  enable_key_rotation = true
  tags = {
    DataClassification = "personal"
  }
}

# The key material copied to the US.
resource "aws_kms_replica_key" "fail_personal_replica_us" {
  provider        = aws.us
  description     = "personal data replica"
  primary_key_arn = aws_kms_key.pass_personal_primary.arn
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_kms_replica_key" "pass_personal_replica_frankfurt" {
  provider        = aws.eu_central
  description     = "personal data replica"
  primary_key_arn = aws_kms_key.pass_personal_primary.arn
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_kms_key" "fail_personal_key_us" {
  provider            = aws.us
  description         = "personal data"
  enable_key_rotation = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_kms_key" "pass_unclassified_key_us" {
  provider            = aws.us
  description         = "build artefacts"
  enable_key_rotation = true
}
