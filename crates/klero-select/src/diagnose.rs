//! Feasibility: is there any valid panel, and if not, which quotas conflict and what is the
//! smallest relaxation (within `min_flex`/`max_flex`) that makes the quotas feasible.

use crate::Instance;
use serde::{Deserialize, Serialize};

/// One quota: a value of a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuotaRef {
    /// Category index.
    pub category: usize,
    /// Value index within the category.
    pub value: usize,
}

/// A proposed change to one quota.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaChange {
    /// The quota.
    pub quota: QuotaRef,
    /// Its current bounds.
    pub min: u32,
    /// Its current bounds.
    pub max: u32,
    /// The proposed bounds.
    pub new_min: u32,
    /// The proposed bounds.
    pub new_max: u32,
}

/// Why no valid panel exists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Infeasibility {
    /// A small set of quotas that cannot all hold together (with the panel size and households).
    pub conflicts: Vec<QuotaRef>,
    /// Plain-language explanation lines, naming categories and values.
    pub explanation: Vec<String>,
    /// The smallest relaxation (fewest seats moved) within the flexible bounds, if there is one.
    pub relaxation: Option<Vec<QuotaChange>>,
}

impl std::fmt::Display for Infeasibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.explanation.join("; "))
    }
}

/// Finds one valid panel (indices into the pool, sorted), or explains why there is none.
pub fn check_feasibility(instance: &Instance) -> Result<Vec<usize>, Box<Infeasibility>> {
    let _ = instance;
    todo!("helper: diagnose.rs")
}

/// Explains why the quotas are infeasible and proposes the smallest relaxation.
pub fn diagnose(instance: &Instance) -> Infeasibility {
    let _ = instance;
    todo!("helper: diagnose.rs")
}
