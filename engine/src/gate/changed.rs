//! `--changed-only`: judge only what the plan creates, updates or replaces.
//!
//! A resource is changed when its own change is, or when a satellite that configures it is (a
//! new rule on an untouched security group changes the group). An account or region summary
//! is judged when the plan changes or deletes anything in its scope: deleting a region's
//! detector changes that region, while a plan that touches nothing there says nothing new.

use crate::model::{Inventory, Kind, SourceKind};
use std::collections::BTreeSet;

/// Drops the resources the plans leave as they are; returns how many.
pub fn retain(inventory: &mut Inventory) -> usize {
    // (plan file, region) of every change, deletions included; region `None` for the account.
    let mut touched: BTreeSet<(String, Option<String>)> = BTreeSet::new();
    for r in &inventory.resources {
        if r.source.changed {
            touched.insert((r.source.file.clone(), r.region.clone()));
            touched.insert((r.source.file.clone(), None));
        }
    }
    for r in &inventory.removed {
        touched.insert((r.file.clone(), r.region.clone()));
        touched.insert((r.file.clone(), None));
    }
    let before = inventory.resources.len();
    inventory.resources.retain(|r| {
        if r.source.kind != SourceKind::TerraformPlan {
            return false;
        }
        match r.kind {
            Kind::Account => touched.contains(&(r.source.file.clone(), None)),
            Kind::Region => touched.contains(&(r.source.file.clone(), r.region.clone())),
            _ => r.source.changed,
        }
    });
    before - inventory.resources.len()
}
