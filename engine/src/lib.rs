//! comply: Rego compliance policies, mapped to PCI DSS v4.0, GDPR, SOC 2 and ISO/IEC 27001:2022,
//! evaluated against Terraform plans and AWS Config data.
//!
//! Data flows forward: `load` (inputs to an `Inventory` of normalized resources) -> `eval`
//! (policies to findings) -> `comply_reports` (findings to bytes).

pub mod attribution;
pub mod aws;
pub mod boundary;
pub mod calendar;
pub mod digest;
pub mod error;
pub mod eval;
pub mod export;
pub mod gate;
pub mod load;
pub mod model;
pub mod policy;
pub mod scan;
pub mod settings;
pub mod source;
pub mod store;
pub mod stored;
pub mod timings;
pub mod watch;

pub use comply_reports as reports;
