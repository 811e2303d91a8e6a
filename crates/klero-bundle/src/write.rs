//! Rendering a bundle's files in memory and writing them as a folder.

use crate::layout::{
    INPUT_FEATURES, INPUT_PEOPLE, LOTTERY, PANEL, PROBABILITIES, REPORT_HTML, REPORT_MD, RESERVES,
    SETTINGS, SUMS,
};
use crate::tables::ProbabilityRow;
use crate::{BundleError, FollowUpJson, Outcome, SettingsJson};
use klero_domain::labels::QuotaLabels;
use klero_select::Instance;
use std::path::{Path, PathBuf};

/// What a bundle is made from: the instance, the name the organisers' people file gave its id
/// column (recorded in `settings.json`; in the bundle's files the column is `id`), and for a
/// replacement or a sub-draw, what it followed.
#[derive(Clone, Copy, Debug)]
pub struct BundleInput<'a> {
    /// The instance the run was made on (for a follow-up, the residual problem).
    pub instance: &'a Instance,
    /// The id column's name in the organisers' people file.
    pub id_column: &'a str,
    /// What a replacement or a sub-draw followed; `None` for a panel's draw.
    pub follow_up: Option<&'a FollowUpJson>,
    /// The words readers see for the categories and values, written into the features file
    /// (label columns) and next to the ids in the reports; empty: ids only.
    pub labels: &'a QuotaLabels,
}

impl<'a> From<&'a klero_pool::Pool> for BundleInput<'a> {
    fn from(pool: &'a klero_pool::Pool) -> Self {
        Self {
            instance: &pool.instance,
            id_column: pool
                .people_header
                .get(pool.id_column)
                .map_or("id", String::as_str),
            follow_up: None,
            labels: &pool.labels,
        }
    }
}

/// Where a bundle was written and what it holds.
#[derive(Clone, Debug)]
pub struct BundleSummary {
    /// The folder.
    pub dir: PathBuf,
    /// The files, relative to the folder, `SHA256SUMS` last.
    pub files: Vec<String>,
}

fn json(file: &'static str, value: &impl serde::Serialize) -> Result<Vec<u8>, BundleError> {
    crate::json::to_bytes(value).map_err(|e| BundleError::render(file, e))
}

/// Every file of a bundle, in memory: `(relative path, bytes)`, `SHA256SUMS` last. The same run
/// always gives the same bytes.
pub fn render_bundle(
    input: BundleInput<'_>,
    outcome: &Outcome,
) -> Result<Vec<(String, Vec<u8>)>, BundleError> {
    let instance = input.instance;
    let file = &outcome.prepared.file;
    let m = file.m.max(1) as f64;
    let rows: Vec<ProbabilityRow> = file
        .people
        .iter()
        .map(|p| ProbabilityRow {
            id: p.id.clone(),
            probability: p.probability,
            lottery_probability: p.lottery_count as f64 / m,
        })
        .collect();
    let mut features = Vec::new();
    klero_pool::write_labelled_features_csv(instance, input.labels, &mut features)
        .map_err(|e| BundleError::render(INPUT_FEATURES, e))?;
    let mut pool = Vec::new();
    klero_pool::write_people_csv(instance, &mut pool)
        .map_err(|e| BundleError::render(INPUT_PEOPLE, e))?;
    let mut files = vec![
        (PANEL, crate::tables::panel_csv(instance, &outcome.panel)?),
        (
            RESERVES,
            crate::tables::reserves_csv(instance, &outcome.reserves)?,
        ),
        (PROBABILITIES, crate::tables::probabilities_csv(&rows)?),
        (LOTTERY, outcome.prepared.bytes.clone()),
        (
            REPORT_HTML,
            crate::report::html(instance, outcome, input.follow_up, input.labels)?,
        ),
        (
            REPORT_MD,
            crate::report::markdown(instance, outcome, input.follow_up, input.labels)?,
        ),
        (INPUT_FEATURES, features),
        (INPUT_PEOPLE, pool),
        (
            SETTINGS,
            json(
                SETTINGS,
                &SettingsJson::new(instance, outcome, input.id_column, input.follow_up.cloned()),
            )?,
        ),
    ]
    .into_iter()
    .map(|(name, bytes)| (name.to_owned(), bytes))
    .collect::<Vec<_>>();
    let sums = crate::render_sums(&files);
    files.push((SUMS.to_owned(), sums.into_bytes()));
    Ok(files)
}

/// Writes the bundle of a run as the folder `dir` (see [`crate::write_directory`]: nothing is
/// left half-written, and only an empty folder or a previous output is replaced).
pub fn write_bundle(
    dir: &Path,
    input: BundleInput<'_>,
    outcome: &Outcome,
) -> Result<BundleSummary, BundleError> {
    let files = render_bundle(input, outcome)?;
    crate::write_directory(dir, &files)?;
    Ok(BundleSummary {
        dir: dir.to_owned(),
        files: files.into_iter().map(|(name, _)| name).collect(),
    })
}
