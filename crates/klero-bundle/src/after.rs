//! What happens after a draw: replacements for members who withdrew, and sub-draws from a panel.
//! Each is a selection on a residual problem (`klero_select::replacement_problem`,
//! `sub_draw_problem`) with a lottery, a commitment and a seed of its own, and its bundle is a
//! bundle like a panel's, whose inputs are the residual problem and whose `settings.json` says
//! what it followed: `klero verify` checks it the same way.

use crate::{BundleError, BundleInput, FollowUpJson, Outcome};
use klero_domain::labels::QuotaLabels;
use klero_select::{Instance, Progress, Residual, Settings};

/// `settings.json`'s `follow_up.kind` of a replacement.
pub const REPLACEMENT: &str = "replacement";
/// `settings.json`'s `follow_up.kind` of a sub-draw.
pub const SUBDRAW: &str = "subdraw";

/// Which follow-up a residual selection is.
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

/// A follow-up drawn, and its bundle's files.
#[derive(Clone, Debug)]
pub struct FollowUpRun {
    /// The residual problem's selection (indices into the residual problem).
    pub outcome: Outcome,
    /// The people chosen: indices into the original pool, sorted.
    pub chosen: Vec<usize>,
    /// The whole panel after it (for a sub-draw, the people chosen): indices into the original
    /// pool, sorted.
    pub panel: Vec<usize>,
    /// The bundle's files, `SHA256SUMS` last.
    pub files: Vec<(String, Vec<u8>)>,
}

/// What `settings.json` records of a follow-up.
pub fn follow_up_json(
    instance: &Instance,
    residual: &Residual,
    follow_up: FollowUp<'_>,
) -> FollowUpJson {
    let id = |i: &usize| instance.people().get(*i).map(|p| p.id.clone());
    match follow_up {
        FollowUp::Replacement { withdrawn } => FollowUpJson {
            kind: REPLACEMENT.to_owned(),
            withdrawn: withdrawn.iter().filter_map(id).collect(),
            kept: residual.kept.iter().filter_map(id).collect(),
            stratify_by: Vec::new(),
        },
        FollowUp::SubDraw { stratify_by } => FollowUpJson {
            kind: SUBDRAW.to_owned(),
            withdrawn: Vec::new(),
            kept: Vec::new(),
            stratify_by: stratify_by
                .iter()
                .filter_map(|&c| instance.categories().get(c).map(|c| c.name.clone()))
                .collect(),
        },
    }
}

/// Solves, rounds, commits to and draws a residual problem with `seed_text`, and renders its
/// bundle. A follow-up keeps no reserve list: `settings.reserves` is ignored.
pub fn run_follow_up(
    instance: &Instance,
    residual: &Residual,
    follow_up: FollowUp<'_>,
    labels: &QuotaLabels,
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<FollowUpRun, BundleError> {
    let settings = Settings {
        reserves: 0,
        ..settings.clone()
    };
    let outcome = crate::run_selection(&residual.instance, &settings, seed_text, progress)?;
    let json = follow_up_json(instance, residual, follow_up);
    let files = crate::render_bundle(
        BundleInput {
            instance: &residual.instance,
            id_column: "id",
            follow_up: Some(&json),
            labels,
        },
        &outcome,
    )?;
    let chosen = residual.chosen(&outcome.panel);
    let panel = residual.panel_with(&outcome.panel);
    Ok(FollowUpRun {
        outcome,
        chosen,
        panel,
        files,
    })
}
