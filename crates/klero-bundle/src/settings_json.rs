//! `settings.json`: the settings, the seed, the inputs' digest and the commitment, and for a
//! replacement or a sub-draw, what it followed.

use crate::Outcome;
use klero_select::{Algorithm, ENGINE_VERSION, Instance, Settings};
use serde::{Deserialize, Serialize};

/// The `format` of a bundle's `settings.json`; a folder with it (and `SHA256SUMS`) is a bundle.
/// Version 3 publishes the lottery (`lottery.json`) and commits to it; version 2 re-ran the
/// rounding to check a draw, and this version no longer verifies it.
pub const BUNDLE_FORMAT: &str = "kleroterion-bundle/3";

/// Formats before the lottery was published, which this version no longer verifies.
pub(crate) const OLDER_FORMATS: [&str; 2] = ["kleroterion-bundle/1", "kleroterion-bundle/2"];

/// The content of `settings.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsJson {
    /// Always [`BUNDLE_FORMAT`].
    pub format: String,
    /// The engine that made the bundle (part of the commitment).
    pub engine: String,
    /// Seats to fill.
    pub panel_size: u32,
    /// `leximin`, `maximin`, `legacy`...
    pub algorithm: String,
    /// Equally likely panels in the lottery.
    pub lottery_panels: u32,
    /// Length of the reserve list asked for.
    pub reserves: u32,
    /// The seed text.
    pub seed: String,
    /// The inputs' digest, 64 hexadecimal digits.
    pub inputs: String,
    /// The commitment, 64 hexadecimal digits: it covers the inputs' digest and `lottery.json`.
    pub commitment: String,
    /// The name of the id column in the organisers' people file (in `input/people.csv` it is `id`).
    pub id_column: String,
    /// For a replacement or a sub-draw: what it followed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUpJson>,
}

/// What a replacement or a sub-draw followed: its inputs are the residual problem (the people
/// still eligible, the seats still open, the quotas less what the members who stay fill).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpJson {
    /// `replacement` or `subdraw`.
    pub kind: String,
    /// The ids of the members who withdrew (replacements).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn: Vec<String>,
    /// The ids of the members who stay (replacements): the new panel is they and `panel.csv`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<String>,
    /// The categories the sub-draw is proportional on (sub-draws).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stratify_by: Vec<String>,
}

impl SettingsJson {
    /// The settings of a run.
    pub fn new(
        instance: &Instance,
        outcome: &Outcome,
        id_column: &str,
        follow_up: Option<FollowUpJson>,
    ) -> Self {
        let prepared = &outcome.prepared;
        Self {
            format: BUNDLE_FORMAT.to_owned(),
            engine: ENGINE_VERSION.to_owned(),
            panel_size: instance.panel_size(),
            algorithm: prepared.settings.algorithm.name().to_owned(),
            lottery_panels: prepared.settings.lottery_panels,
            reserves: prepared.settings.reserves,
            seed: outcome.seed.clone(),
            inputs: prepared.inputs.to_hex(),
            commitment: prepared.commitment.to_hex(),
            id_column: id_column.to_owned(),
            follow_up,
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
