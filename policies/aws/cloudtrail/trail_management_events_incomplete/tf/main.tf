resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-management-events-fixture"
}

resource "aws_s3_bucket" "data" {
  bucket = "cloudtrail-management-events-data"
}

# No selectors: AWS records every management event.
resource "aws_cloudtrail" "pass_default_selectors" {
  name                  = "default-selectors"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "pass_all_with_s3_data" {
  name                  = "all-with-s3-data"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.data.arn}/"]
    }
  }
}

# Read events from one selector, write events from another: all of them.
resource "aws_cloudtrail" "pass_read_and_write_selectors" {
  name                  = "read-and-write"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  event_selector {
    read_write_type = "ReadOnly"
  }

  event_selector {
    read_write_type = "WriteOnly"
  }
}

resource "aws_cloudtrail" "pass_advanced_management" {
  name                  = "advanced-management"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  advanced_event_selector {
    name = "Management events"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
  }

  advanced_event_selector {
    name = "S3 data events"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["${aws_s3_bucket.data.arn}/"]
    }
  }
}

# A data-only trail is not the account's audit trail: not judged.
resource "aws_cloudtrail" "pass_data_only" {
  name                  = "data-only"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  event_selector {
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# Single-region trails are AWS-CLOUDTRAIL-001's concern.
resource "aws_cloudtrail" "pass_single_region_write_only" {
  name                  = "single-region-write-only"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = false

  event_selector {
    read_write_type = "WriteOnly"
  }
}

resource "aws_cloudtrail" "fail_write_only" {
  name                  = "write-only"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  event_selector {
    read_write_type = "WriteOnly"
  }
}

resource "aws_cloudtrail" "fail_advanced_read_only" {
  name                  = "advanced-read-only"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  advanced_event_selector {
    name = "Read-only management events"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
  }
}

# The read/write type depends on a value known only after apply.
resource "aws_cloudtrail" "unknown_read_write_type" {
  name                  = "computed-read-write-type"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true

  event_selector {
    read_write_type = aws_s3_bucket.data.bucket_domain_name != "" ? "All" : "WriteOnly"
  }
}
