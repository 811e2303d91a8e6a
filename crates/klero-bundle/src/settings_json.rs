//! `settings.json`: what a verifier needs to re-run the selection, and the commitment to compare.

use crate::Outcome;
use klero_select::{Algorithm, ENGINE_VERSION, Instance, Settings};
use serde::{Deserialize, Serialize};

/// The `format` of a bundle's `settings.json`; a folder with it (and `SHA256SUMS`) is a bundle.
/// Version 2 writes every id, feature name and value of its CSV files with spreadsheet formulas
/// neutralised (`klero_pool::formula`); version 1 wrote them as typed.
pub const BUNDLE_FORMAT: &str = "kleroterion-bundle/2";

/// The format before formulas were neutralised, which this version no longer verifies.
pub(crate) const BUNDLE_FORMAT_V1: &str = "kleroterion-bundle/1";

/// The content of `settings.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsJson {
    /// Always [`BUNDLE_FORMAT`].
    pub format: String,
    /// The engine that made the bundle (part of the commitment).
    pub engine: String,
    /// Seats on the panel.
    pub panel_size: u32,
    /// `leximin`, `maximin` or `legacy`.
    pub algorithm: String,
    /// Equally likely panels in the lottery.
    pub lottery_panels: u32,
    /// Length of the reserve list asked for.
    pub reserves: u32,
    /// The seed text.
    pub seed: String,
    /// The commitment, 64 hexadecimal digits.
    pub commitment: String,
    /// The name of the id column in the organisers' people file (in `input/people.csv` it is `id`).
    pub id_column: String,
}

impl SettingsJson {
    /// The settings of a run.
    pub fn new(instance: &Instance, outcome: &Outcome, id_column: &str) -> Self {
        Self {
            format: BUNDLE_FORMAT.to_owned(),
            engine: ENGINE_VERSION.to_owned(),
            panel_size: instance.panel_size(),
            algorithm: outcome.settings.algorithm.name().to_owned(),
            lottery_panels: outcome.settings.lottery_panels,
            reserves: outcome.settings.reserves,
            seed: outcome.seed.clone(),
            commitment: outcome.commitment.to_hex(),
            id_column: id_column.to_owned(),
        }
    }

    /// The engine's settings, if the algorithm is known.
    pub fn settings(&self) -> Option<Settings> {
        Some(Settings {
            algorithm: Algorithm::parse(&self.algorithm)?,
            lottery_panels: self.lottery_panels,
            reserves: self.reserves,
        })
    }
}
