//! The files of what happens after a draw: replacements for members who withdrew, and
//! sub-draws from a panel. Each is a selection on a residual problem with its own commitment and
//! seed; its folder holds the people chosen, the residual pool's probabilities, the settings and
//! `SHA256SUMS`.

use crate::BundleError;
use crate::layout::{PANEL, PROBABILITIES, SETTINGS, SUMS};
use crate::tables::ProbabilityRow;
use klero_select::{ENGINE_VERSION, Instance, Replacement, Settings};
use serde::{Deserialize, Serialize};

/// The `format` of a replacement's `settings.json`.
pub const REPLACEMENT_FORMAT: &str = "kleroterion-replacement/2";
/// The `format` of a sub-draw's `settings.json`.
pub const SUBDRAW_FORMAT: &str = "kleroterion-subdraw/2";
/// The replacements chosen: `id,<features...>`.
pub const REPLACEMENTS: &str = "replacements.csv";
/// The members of a sub-draw: `id,<features...>`.
pub const SUBPANEL: &str = "subpanel.csv";

/// Which follow-up a residual selection was.
#[derive(Clone, Copy, Debug)]
pub enum FollowUp<'a> {
    /// Replacements for the `withdrawn` members (indices into the pool).
    Replacement {
        /// Who withdrew.
        withdrawn: &'a [usize],
    },
    /// A sub-draw, proportional on the categories `stratify_by` (indices).
    SubDraw {
        /// Categories the sub-draw is proportional on.
        stratify_by: &'a [usize],
    },
}

/// The content of a follow-up's `settings.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpJson {
    /// [`REPLACEMENT_FORMAT`] or [`SUBDRAW_FORMAT`].
    pub format: String,
    /// The engine.
    pub engine: String,
    /// The algorithm.
    pub algorithm: String,
    /// Equally likely panels in the lottery.
    pub lottery_panels: u32,
    /// The reserves setting (part of the commitment).
    pub reserves: u32,
    /// The seed text.
    pub seed: String,
    /// The commitment of the residual problem.
    pub commitment: String,
    /// People in the residual problem.
    pub residual_pool: usize,
    /// Seats filled.
    pub seats: u32,
    /// Who withdrew (replacements only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn: Vec<String>,
    /// The categories the sub-draw is proportional on (sub-draws only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stratify_by: Vec<String>,
    /// The people chosen.
    pub chosen: Vec<String>,
    /// The smallest probability in the residual problem.
    pub min_probability: f64,
    /// The lottery's largest change of a probability.
    pub lottery_max_change: f64,
}

/// The files of a follow-up, in memory, `SHA256SUMS` last.
pub fn render_follow_up(
    instance: &Instance,
    result: &Replacement,
    follow_up: FollowUp<'_>,
    settings: &Settings,
    seed_text: &str,
) -> Result<Vec<(String, Vec<u8>)>, BundleError> {
    let id = |i: usize| instance.people()[i].id.clone();
    let (format, withdrawn, stratify_by) = match follow_up {
        FollowUp::Replacement { withdrawn } => (
            REPLACEMENT_FORMAT,
            withdrawn.iter().map(|&i| id(i)).collect(),
            Vec::new(),
        ),
        FollowUp::SubDraw { stratify_by } => (
            SUBDRAW_FORMAT,
            Vec::new(),
            stratify_by
                .iter()
                .filter_map(|&c| instance.categories().get(c).map(|c| c.name.clone()))
                .collect(),
        ),
    };
    let json = FollowUpJson {
        format: format.to_owned(),
        engine: ENGINE_VERSION.to_owned(),
        algorithm: settings.algorithm.name().to_owned(),
        lottery_panels: settings.lottery_panels,
        reserves: settings.reserves,
        seed: seed_text.trim().to_owned(),
        commitment: result.commitment.to_hex(),
        residual_pool: result.residual.people().len(),
        seats: result.residual.panel_size(),
        withdrawn,
        stratify_by,
        chosen: result.chosen.iter().map(|&i| id(i)).collect(),
        min_probability: result.distribution.min_probability(),
        lottery_max_change: result.lottery.max_change,
    };
    let rows: Vec<ProbabilityRow> = result
        .residual
        .people()
        .iter()
        .enumerate()
        .map(|(i, p)| ProbabilityRow {
            id: p.id.clone(),
            probability: result
                .distribution
                .probabilities
                .get(i)
                .copied()
                .unwrap_or(0.0),
            lottery_probability: result.lottery.probabilities.get(i).copied().unwrap_or(0.0),
        })
        .collect();
    let settings_bytes =
        crate::json::to_bytes(&json).map_err(|e| BundleError::render(SETTINGS, e))?;
    let mut files = match follow_up {
        FollowUp::Replacement { .. } => vec![
            (
                REPLACEMENTS,
                crate::tables::panel_csv(instance, &result.chosen)?,
            ),
            (PANEL, crate::tables::panel_csv(instance, &result.panel)?),
        ],
        FollowUp::SubDraw { .. } => {
            vec![(
                SUBPANEL,
                crate::tables::panel_csv(instance, &result.chosen)?,
            )]
        }
    };
    files.push((PROBABILITIES, crate::tables::probabilities_csv(&rows)?));
    files.push((SETTINGS, settings_bytes));
    let mut files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(name, bytes)| (name.to_owned(), bytes))
        .collect();
    let sums = crate::render_sums(&files);
    files.push((SUMS.to_owned(), sums.into_bytes()));
    Ok(files)
}
