# Shared provider block for fixture generation: offline, fake credentials.
# regen.sh copies this into a fixture's work directory unless the fixture has its own providers.tf.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "fixture-secret-key-not-real"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Outside the EU: resources created through aws.us land in us-east-1.
provider "aws" {
  alias                       = "us"
  region                      = "us-east-1"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "fixture-secret-key-not-real"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  elsewhere_region = "ap-southeast-2"
}

# The region is an expression the plan does not record a value for: unknown to the loader.
provider "aws" {
  alias                       = "elsewhere"
  region                      = local.elsewhere_region
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "fixture-secret-key-not-real"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "eu_central"
  region                      = "eu-central-1"
  access_key                  = "AKIAIOSFODNN7EXAMPLE"
  secret_key                  = "fixture-secret-key-not-real"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
