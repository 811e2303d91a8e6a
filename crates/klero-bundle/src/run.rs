//! A selection run in two steps: before the seed, the distribution, its lottery and the
//! commitment that covers both ([`prepare`], or [`read_lottery`] for a lottery published
//! earlier); then the draw from the seed, with integer arithmetic only ([`Prepared::draw`]).

use crate::lottery_json::{LOTTERY_FORMAT, LotteryFile};
use klero_select::{
    Commitment, Distribution, DrawRng, Instance, Lottery, Progress, SelectError, Settings,
    SolveStats, find_distribution, lottery, reserves,
};
use sha2::{Digest, Sha256};

/// Everything fixed before the seed is known: the lottery file and the commitment to publish.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The settings of the run (part of the inputs' digest).
    pub settings: Settings,
    /// The inputs' digest: the hash of the canonical inputs and settings.
    pub inputs: Commitment,
    /// The commitment: it covers the inputs' digest and the lottery file.
    pub commitment: Commitment,
    /// The lottery file, as published.
    pub file: LotteryFile,
    /// Its bytes (`lottery.json`).
    pub bytes: Vec<u8>,
    /// The lottery, in the engine's terms.
    pub lottery: Lottery,
    /// Figures about the solve, when it was solved here (not when the file was read).
    pub stats: Option<SolveStats>,
}

/// Everything a run decided, in the terms of the engine (indices into the pool).
#[derive(Clone, Debug)]
pub struct Outcome {
    /// What was fixed before the seed.
    pub prepared: Prepared,
    /// The seed text, less surrounding white space (as the draw uses it).
    pub seed: String,
    /// The number in `0..m` that the seed drew.
    pub drawn: u64,
    /// The selected panel: indices into the pool, sorted.
    pub panel: Vec<usize>,
    /// The ordered reserve list: indices into the pool.
    pub reserves: Vec<usize>,
}

impl Outcome {
    /// The commitment the draw used.
    pub fn commitment(&self) -> &Commitment {
        &self.prepared.commitment
    }
}

/// The inputs' digest of a run with these inputs and settings.
pub fn commitment_of(instance: &Instance, settings: &Settings) -> Commitment {
    Commitment::new(instance, settings)
}

fn sealed(inputs: &Commitment, bytes: &[u8]) -> Commitment {
    Commitment::sealing(inputs, &Sha256::digest(bytes).into())
}

/// Solves the committed inputs and rounds the distribution to the lottery: everything the seed
/// does not decide. The distribution depends only on the inputs (LEGACY's random stream is
/// seeded with the inputs' digest), so this can run and be published before the seed is known.
pub fn prepare(
    instance: &Instance,
    settings: &Settings,
    progress: &mut dyn FnMut(Progress),
) -> Result<Prepared, SelectError> {
    let inputs = Commitment::new(instance, settings);
    let distribution = find_distribution(instance, settings.algorithm, inputs.0, progress)?;
    seal(instance, settings, inputs, &distribution)
}

/// [`prepare`], from a distribution already found for these inputs and settings (for
/// benchmarks, which time the two steps apart).
pub fn prepare_from(
    instance: &Instance,
    settings: &Settings,
    distribution: &Distribution,
) -> Result<Prepared, SelectError> {
    seal(
        instance,
        settings,
        Commitment::new(instance, settings),
        distribution,
    )
}

/// The lottery of `distribution`, its file and the commitment over `inputs` (the inputs'
/// digest, computed once by the caller) and that file.
fn seal(
    instance: &Instance,
    settings: &Settings,
    inputs: Commitment,
    distribution: &Distribution,
) -> Result<Prepared, SelectError> {
    let lottery = lottery(instance, distribution, u64::from(settings.lottery_panels))?;
    let file = LotteryFile::new(instance, &inputs, distribution, &lottery);
    let bytes = crate::json::to_bytes(&file)
        .map_err(|e| SelectError::Invalid(format!("writing lottery.json: {e}")))?;
    Ok(Prepared {
        settings: settings.clone(),
        commitment: sealed(&inputs, &bytes),
        inputs,
        file,
        bytes,
        lottery,
        stats: Some(distribution.stats.clone()),
    })
}

/// A lottery published earlier (`lottery.json`), read back for `instance` and `settings`:
/// `Err` says why it does not belong to them or is not consistent.
pub fn read_lottery(
    instance: &Instance,
    settings: &Settings,
    bytes: &[u8],
) -> Result<Prepared, String> {
    let file: LotteryFile =
        serde_json::from_slice(bytes).map_err(|e| format!("it cannot be read: {e}"))?;
    if file.format != LOTTERY_FORMAT {
        return Err(format!(
            "its format `{}` is not `{LOTTERY_FORMAT}`",
            file.format
        ));
    }
    let inputs = Commitment::new(instance, settings);
    if file.inputs != inputs.to_hex() {
        return Err(format!(
            "it was made for inputs with digest {}, and these inputs and settings have {}",
            file.inputs,
            inputs.to_hex()
        ));
    }
    if file.algorithm != settings.algorithm.name() || file.m != u64::from(settings.lottery_panels) {
        return Err(format!(
            "it is a {} lottery of {} panels, not {} of {}",
            file.algorithm,
            file.m,
            settings.algorithm.name(),
            settings.lottery_panels
        ));
    }
    if file.panel_size != instance.panel_size() {
        return Err(format!(
            "it is for a panel of {}, not {}",
            file.panel_size,
            instance.panel_size()
        ));
    }
    let lottery = file.lottery(instance)?;
    Ok(Prepared {
        settings: settings.clone(),
        commitment: sealed(&inputs, bytes),
        inputs,
        file,
        bytes: bytes.to_vec(),
        lottery,
        stats: None,
    })
}

impl Prepared {
    /// Draws the panel and the reserve list with the seed: a number in `0..m` from the stream
    /// of the commitment and the seed, expanded to people, then the reserves from a stream of
    /// their own.
    pub fn draw(&self, instance: &Instance, seed_text: &str) -> Result<Outcome, SelectError> {
        let seed = seed_text.trim().to_owned();
        let drawn = self
            .lottery
            .draw(&mut DrawRng::new(&self.commitment, &seed));
        let panel = self.lottery.panel(drawn).ok_or_else(|| {
            SelectError::Invalid("the lottery drew a panel it does not have".into())
        })?;
        let mut rng = DrawRng::with_purpose(&self.commitment, &seed, "reserves");
        let reserves = reserves(instance, &panel, &mut rng, self.settings.reserves as usize);
        Ok(Outcome {
            prepared: self.clone(),
            seed,
            drawn,
            panel,
            reserves,
        })
    }
}

/// Runs a whole selection: [`prepare`], then [`Prepared::draw`] with the seed.
pub fn run_selection(
    instance: &Instance,
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome, SelectError> {
    prepare(instance, settings, progress)?.draw(instance, seed_text)
}
