# Blocks new public ACLs only: public bucket policies, and public ACLs already in place, still
# take effect (the other three settings default to false).
resource "aws_s3_account_public_access_block" "main" {
  block_public_acls = true
}
