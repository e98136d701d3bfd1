//! What a service's Terraform file gives the registry: the types that make its kind, and the
//! satellite types that configure it.

use super::planned::Reader;
use super::satellites::Joiner;
use crate::model::Attributes;

/// A kind's Terraform types (`registry.rs` points each row at one).
pub struct Table {
    pub types: &'static [(&'static str, Normalize)],
    pub satellites: &'static [Satellite],
}

/// A planned resource of a parent type into model attributes.
pub type Normalize = fn(&mut Reader<'_>) -> Attributes;

/// Folds a satellite into its parent's attributes.
pub type FoldFn = fn(&mut Reader<'_>, &mut Attributes, &mut Context<'_, '_>);

/// A type that configures another resource (bucket encryption, a security group rule, a
/// policy attachment).
pub struct Satellite {
    pub tf_type: &'static str,
    pub join: Join,
}

pub enum Join {
    /// Joined to one parent of the kind through this attribute (`bucket`, `security_group_id`).
    /// When the plan does not contain the parent, it is judged as a partial resource.
    Parent {
        attr: &'static str,
        fold: FoldFn,
        /// What deleting the satellite does to the parent; `None` when nothing changes.
        deleted: Option<FoldFn>,
    },
    /// Finds its own targets (an attachment to many identities, a group's members).
    Own(fn(&mut Reader<'_>, &mut Context<'_, '_>)),
}

/// What a fold may see besides its parent.
pub struct Context<'c, 'a> {
    pub joiner: &'c Joiner<'a>,
    /// Every planned resource's attributes (the parent's slot is empty during its fold).
    pub attrs: Slots<'c>,
    pub unknown: &'c mut [Vec<String>],
    /// Model paths of the parent to list as unknown (without `attributes.`).
    pub marks: Vec<String>,
    /// The satellite's address.
    pub address: String,
}

/// The attributes a fold may change, recording which it took mutably: a satellite that the plan
/// changes changes those resources too (`--changed-only`).
pub struct Slots<'c> {
    attrs: &'c mut [Option<Attributes>],
    pub touched: Vec<usize>,
}

impl<'c> Slots<'c> {
    pub fn new(attrs: &'c mut [Option<Attributes>]) -> Slots<'c> {
        Slots {
            attrs,
            touched: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.attrs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.attrs.is_empty()
    }
}

impl std::ops::Index<usize> for Slots<'_> {
    type Output = Option<Attributes>;
    fn index(&self, i: usize) -> &Option<Attributes> {
        &self.attrs[i]
    }
}

impl std::ops::IndexMut<usize> for Slots<'_> {
    fn index_mut(&mut self, i: usize) -> &mut Option<Attributes> {
        self.touched.push(i);
        &mut self.attrs[i]
    }
}

impl Context<'_, '_> {
    pub fn mark(&mut self, path: &str) {
        self.marks.push(path.to_string());
    }
}
