//! The transparent lottery: the distribution rounded to `m` equally likely panels.

use crate::{Distribution, DrawRng, Instance, SelectError};

/// `m` equally likely panels (a panel may appear several times).
#[derive(Clone, Debug, PartialEq)]
pub struct Lottery {
    /// The panels, each a sorted list of indices into the pool.
    pub panels: Vec<Vec<usize>>,
    /// Each person's probability of selection in the lottery (a multiple of `1/m`).
    pub probabilities: Vec<f64>,
    /// The largest change of anyone's probability from the distribution's.
    pub max_change: f64,
    /// Whether `max_change` is proven the smallest possible over the distribution's panels.
    pub optimal: bool,
}

impl Lottery {
    /// Draws one panel's index in `0..m`.
    pub fn draw(&self, rng: &mut DrawRng) -> usize {
        rng.below(self.panels.len() as u64) as usize
    }
}

/// Rounds `distribution` to `m` equally likely panels.
pub fn lottery(
    instance: &Instance,
    distribution: &Distribution,
    m: u32,
) -> Result<Lottery, SelectError> {
    let _ = (instance, distribution, m);
    todo!()
}
