//! Independent check of a LEXIMIN/MAXIMIN certificate: one integer program over the pool (one
//! binary per person, not the engine's types) finds the heaviest valid panel under the weights.

use crate::Instance;

/// The outcome of checking a certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct CertificateCheck {
    /// The heaviest valid panel's total weight.
    pub max_panel_weight: f64,
    /// `max_panel_weight - min_probability`: the certificate holds when this is at most the tolerance.
    pub gap: f64,
    /// Whether the weights are non-negative, sum to 1 (within the tolerance) and the gap is within it.
    pub valid: bool,
    /// Problems found, in words.
    pub problems: Vec<String>,
}

/// Checks that `weights` (one per person) prove that no lottery gives everyone more than
/// `min_probability`, within `tolerance`.
pub fn check_certificate(
    instance: &Instance,
    weights: &[f64],
    min_probability: f64,
    tolerance: f64,
) -> CertificateCheck {
    let _ = (instance, weights, min_probability, tolerance);
    todo!("helper: certificate.rs")
}
