//! A panel's stratified selection among volunteers, as organisers run it (`organise.rs`: the
//! quotas and the pool, the feasibility check, the freeze and its commitment, the ceremony,
//! drop-outs and replacements, erasing contact details) and as anyone checks it (`draw.rs`: the
//! public draw page and its verification bundle; the members' confirm or decline link).
//!
//! The engine runs through `klero-bundle`, exactly as `klero select` and `klero replace` do, on
//! an instance rebuilt from the stored pseudonymous pool (never from contact details).

pub(crate) mod draw;
pub(crate) mod freezing;
pub(crate) mod organise;

use crate::errors::PageError;
use crate::pages::{Page, Shown};
use klero_domain::labels::{Label, QuotaLabels};
use klero_select::{Algorithm, Category, Instance, Settings, group_quotas};
use klero_store::{PersonStatus, PoolPerson, Selection, SelectionQuota};

/// The selection engine's settings of a stored selection (LEXIMIN, as `klero select`'s default).
pub(crate) fn settings_of(selection: &Selection) -> Settings {
    Settings {
        algorithm: Algorithm::Leximin,
        lottery_panels: selection.lottery_panels,
        reserves: selection.reserves,
    }
}

/// The reserve list's default length: a tenth of the panel, at least one (as `klero select`).
pub(crate) fn default_reserves(panel_size: u32) -> u32 {
    panel_size.div_ceil(10).max(1)
}

/// The categories of stored quotas, in the order of the features file.
pub(crate) fn categories(quotas: &[SelectionQuota]) -> Vec<Category> {
    group_quotas(quotas.iter().map(SelectionQuota::to_engine))
}

/// The engine's instance over `people` (in their stored order), with the stored quotas.
pub(crate) fn instance(
    selection: &Selection,
    quotas: &[SelectionQuota],
    people: &[&PoolPerson],
) -> Result<Instance, PageError> {
    klero_store::engine_instance(
        quotas,
        people.iter().map(|p| &p.entry),
        selection.panel_size,
    )
    .map_err(|_| PageError::Internal("stored pool is not a valid instance"))
}

/// Everyone who takes part in a draw: the whole pool for the first draw; for a replacement,
/// everyone but those replaced already (they left the panel and may not come back).
pub(crate) fn eligible(pool: &[PoolPerson]) -> Vec<&PoolPerson> {
    pool.iter()
        .filter(|p| p.status != PersonStatus::Replaced)
        .collect()
}

/// A row of a composition table: a feature's value, its quota, and counts.
pub(crate) struct CompositionRow {
    /// The category's label for the reader.
    pub feature: Shown,
    /// The value's label for the reader.
    pub value: Shown,
    pub min: u32,
    pub max: u32,
    /// People with this value in the pool.
    pub in_pool: usize,
    /// Members with this value on the panel.
    pub on_panel: usize,
    /// Whether `on_panel` is within the quota.
    pub within: bool,
}

/// A category's or value's label as a page shows it (in the reader's language where there is
/// one, marked with the language it is in).
pub(crate) fn shown_label(page: &Page, label: Label) -> Shown {
    Shown {
        lang: label.lang.unwrap_or(page.lang).code(),
        text: label.text,
    }
}

/// A label's language attribute for a page in `page`: empty when the label is in the page's
/// own language or is an id (no attribute needed), else the label's language.
pub(crate) fn other_lang(label: &Label, page: klero_domain::lang::Lang) -> &'static str {
    match label.lang {
        Some(lang) if lang != page => lang.code(),
        _ => "",
    }
}

/// The composition of the pool and the panel (`members`: keys) against the quotas, labelled
/// for the reader.
pub(crate) fn composition(
    page: &Page,
    labels: &QuotaLabels,
    quotas: &[SelectionQuota],
    pool: &[PoolPerson],
    members: &[&str],
) -> Vec<CompositionRow> {
    let features = categories(quotas);
    quotas
        .iter()
        .map(|q| {
            let index = features.iter().position(|c| c.name == q.feature);
            let has = |p: &&PoolPerson| index.and_then(|i| p.entry.values.get(i)) == Some(&q.value);
            let in_pool = pool.iter().filter(has).count();
            let on_panel = pool
                .iter()
                .filter(|p| members.contains(&p.entry.key.as_str()))
                .filter(has)
                .count();
            CompositionRow {
                feature: shown_label(page, labels.category(&q.feature, page.lang)),
                value: shown_label(page, labels.value(&q.feature, &q.value, page.lang)),
                min: q.min,
                max: q.max,
                in_pool,
                on_panel,
                within: (q.min as usize..=q.max as usize).contains(&on_panel),
            }
        })
        .collect()
}

/// Runs blocking engine work off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, PageError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| PageError::Internal("engine task failed"))
}
