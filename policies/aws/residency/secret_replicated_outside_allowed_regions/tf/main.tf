# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1,
# cardholder data only in eu-west-1. The default provider is eu-west-1; a secret's replicas are
# named by region in its `replica` blocks, so no other provider is needed.

resource "aws_secretsmanager_secret" "fail_personal_replica_us" {
  name = "res-003-fail-personal-replica-us"
  replica {
    region = "eu-central-1"
  }
  replica {
    region = "us-east-1"
  }
  tags = {
    DataClassification = "personal"
  }
}

# Frankfurt is allowed for personal data but not for cardholder data.
resource "aws_secretsmanager_secret" "fail_cardholder_replica_frankfurt" {
  name = "res-003-fail-cardholder-replica-frankfurt"
  replica {
    region = "eu-central-1"
  }
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_secretsmanager_secret" "pass_personal_replica_eu" {
  name = "res-003-pass-personal-replica-eu"
  replica {
    region = "eu-central-1"
  }
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_secretsmanager_secret" "pass_personal_without_replicas" {
  name = "res-003-pass-personal-without-replicas"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_secretsmanager_secret" "pass_unclassified_replica_us" {
  name = "res-003-pass-unclassified-replica-us"
  replica {
    region = "us-east-1"
  }
}

# A classification with no entry in comply.toml is not restricted.
resource "aws_secretsmanager_secret" "pass_public_replica_us" {
  name = "res-003-pass-public-replica-us"
  replica {
    region = "us-east-1"
  }
  tags = {
    DataClassification = "public"
  }
}
