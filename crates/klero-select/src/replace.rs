//! After the draw: replacements for members who withdrew, and sub-draws from a panel.

use crate::{Commitment, Distribution, Instance, Lottery, Progress, SelectError, Settings};

/// The outcome of a replacement or sub-draw: a selection on a residual problem.
#[derive(Clone, Debug)]
pub struct Replacement {
    /// The residual problem that was solved (its people map back through `pool`).
    pub residual: Instance,
    /// For each person of the residual problem, their index in the original pool.
    pub pool: Vec<usize>,
    /// The commitment of the residual problem.
    pub commitment: Commitment,
    /// The distribution over the residual problem.
    pub distribution: Distribution,
    /// The lottery drawn from.
    pub lottery: Lottery,
    /// The people chosen (indices into the original pool, sorted).
    pub chosen: Vec<usize>,
    /// The resulting panel (indices into the original pool, sorted).
    pub panel: Vec<usize>,
}

/// Chooses replacements for the `withdrawn` members of `panel` so that quotas hold again, from the
/// people not on the panel and not sharing a household with a remaining member.
pub fn replacements(
    instance: &Instance,
    panel: &[usize],
    withdrawn: &[usize],
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Replacement, SelectError> {
    let _ = (instance, panel, withdrawn, settings, seed_text, progress);
    todo!()
}

/// Draws `size` members from `panel` (for example 25 of 100 who choose the next theme), with
/// quotas proportional to the panel on the categories in `stratify_by` (indices).
pub fn sub_draw(
    instance: &Instance,
    panel: &[usize],
    size: u32,
    stratify_by: &[usize],
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Replacement, SelectError> {
    let _ = (
        instance,
        panel,
        size,
        stratify_by,
        settings,
        seed_text,
        progress,
    );
    todo!()
}
