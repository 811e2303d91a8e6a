//! A selection run: commitment, distribution, lottery, draw and reserves.

use klero_select::{
    Commitment, Distribution, DrawRng, Instance, Lottery, Progress, SelectError, Settings,
    find_distribution, lottery, reserves,
};

/// Everything a run decided, in the terms of the engine (indices into the pool).
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The settings of the run (part of the commitment).
    pub settings: Settings,
    /// The seed text, less surrounding white space (as the draw uses it).
    pub seed: String,
    /// The commitment: the hash of the canonical inputs and settings.
    pub commitment: Commitment,
    /// The distribution the algorithm found.
    pub distribution: Distribution,
    /// The distribution rounded to equally likely panels.
    pub lottery: Lottery,
    /// The index in `lottery.panels` that the seed drew.
    pub drawn: usize,
    /// The selected panel: indices into the pool, sorted.
    pub panel: Vec<usize>,
    /// The ordered reserve list: indices into the pool.
    pub reserves: Vec<usize>,
}

/// The commitment of a run with these inputs and settings, as published before the seed is known.
pub fn commitment_of(instance: &Instance, settings: &Settings) -> Commitment {
    Commitment::new(instance, settings)
}

/// Runs a selection: the distribution depends only on the committed inputs (its random stream,
/// which only LEGACY uses, is seeded with the commitment), so it can be computed and published
/// before the seed is known; the seed then draws one of the lottery's equally likely panels and
/// the reserve list. Every algorithm goes through the lottery, so the draw is the same in method.
pub fn run_selection(
    instance: &Instance,
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome, SelectError> {
    let commitment = Commitment::new(instance, settings);
    let distribution = find_distribution(instance, settings.algorithm, commitment.0, progress)?;
    let lottery = lottery(instance, &distribution, settings.lottery_panels)?;
    let seed = seed_text.trim().to_owned();
    let drawn = lottery.draw(&mut DrawRng::new(&commitment, &seed));
    let panel =
        lottery.panels.get(drawn).cloned().ok_or_else(|| {
            SelectError::Invalid("the lottery drew a panel it does not have".into())
        })?;
    let mut rng = DrawRng::with_purpose(&commitment, &seed, "reserves");
    let reserves = reserves(instance, &panel, &mut rng, settings.reserves as usize);
    Ok(Outcome {
        settings: settings.clone(),
        seed,
        commitment,
        distribution,
        lottery,
        drawn,
        panel,
        reserves,
    })
}
