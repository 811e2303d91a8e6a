//! The invitation lottery over a register: count and check, allocate, draw.

use crate::census::Tally;
use crate::columns::Columns;
use crate::issues::Issues;
use crate::oversample::{self, Factor};
use crate::passes::{self, Context};
use crate::selector::{Selector, UnknownStratum};
use crate::summary::{StratumSummary, Summary};
use crate::table::{Issue, Table};
use crate::{Settings, allocate};
use std::collections::{HashMap, HashSet};

/// A draw: its figures and the people invited.
#[derive(Clone, Debug, PartialEq)]
pub struct Draw {
    /// The figures per stratum.
    pub summary: Summary,
    /// The lines of the people invited, in increasing order.
    pub invited: Vec<u64>,
}

/// Why there is no draw.
#[derive(Debug, thiserror::Error)]
pub enum DrawError<E> {
    /// The input has problems: all of them (up to a hundred, then a count).
    #[error("{} problem(s) in the input", .0.len())]
    Invalid(Vec<Issue>),
    /// The register could not be read.
    #[error("cannot read the register: {0}")]
    Table(E),
    /// The register changed between the passes (a stratum appeared in the second).
    #[error(transparent)]
    Changed(#[from] UnknownStratum),
}

/// Draws `settings.count` invitations from `register`, never inviting anyone whose id (trimmed)
/// is in `excluded`. See [`Settings`] for the rules. The register is read twice, row by row:
/// memory is O(strata + invitations), plus 8 bytes a row to find repeated ids.
pub fn draw<T: Table>(
    register: &mut T,
    excluded: &HashSet<String>,
    settings: &Settings,
) -> Result<Draw, DrawError<T::Error>> {
    let mut found = Vec::new();
    if settings.count == 0 {
        found.push(Issue::argument("--count", "the count must be at least 1"));
    }
    let factors = oversample::parse(&settings.oversample, &mut found);
    let columns = Columns::find(
        register.header(),
        register.header_line(),
        settings.id_column.as_deref(),
        &settings.stratify_by,
        &settings.household_columns,
        &mut found,
    );
    let mut issues = Issues::new(found);
    let context = Context {
        columns: &columns,
        excluded,
        seed: &settings.seed,
    };
    let counted =
        passes::count(register, &context, settings.count, &mut issues).map_err(DrawError::Table)?;
    if counted.rows == 0 && counted.bad_rows == 0 {
        issues.push(Issue::at(
            None,
            None,
            "the register has no rows, only a header",
        ));
    }
    let households = counted.census.households();
    let strata = counted.census.into_strata();
    if let Some(s) = columns.stratum {
        check_factors(&factors, &strata, columns.name(s), &mut issues);
        let checkable = counted.rows > 0 && counted.bad_rows == 0 && settings.count > 0;
        if checkable && households < u64::from(settings.count) {
            issues.push(Issue::argument(
                "--count",
                format!(
                    "{} invitations asked for, but the register has only {households} eligible \
                     households (people not excluded, at most one invitation per household)",
                    settings.count
                ),
            ));
        }
    }

    let mut repeats = counted.fingerprints.repeated();
    let allocations = issues.is_empty().then(|| {
        let populations: Vec<u32> = strata
            .iter()
            .map(|t| u32::try_from(t.population.saturating_sub(t.excluded)).unwrap_or(u32::MAX))
            .collect();
        let weights: Vec<f64> = strata.iter().map(|t| factor(&factors, t)).collect();
        allocate(&populations, &weights, settings.count)
    });
    let mut selector = allocations
        .as_deref()
        .map(|a| Selector::new(&settings.seed, a));
    if selector.is_some() || repeats.any() {
        let lookup: HashMap<&str, usize> = (strata.iter().enumerate())
            .map(|(s, t)| (t.key.as_str(), s))
            .collect();
        let target = selector.as_mut().map(|s| (s, &lookup));
        passes::select(register, &context, &mut repeats, target, &mut issues)
            .map_err(DrawError::Table)??;
    }
    let (Some(selector), Some(allocations)) = (selector, allocations) else {
        return Err(DrawError::Invalid(issues.into_list()));
    };
    if !issues.is_empty() {
        return Err(DrawError::Invalid(issues.into_list()));
    }
    let selection = selector.finish();
    let summary = Summary {
        count: settings.count,
        strata: (strata.iter().zip(&allocations).zip(&selection.strata))
            .map(|((t, &allocation), drawn)| StratumSummary {
                name: t.name.clone(),
                population: t.population,
                excluded: t.excluded,
                factor: factor(&factors, t),
                allocation,
                invitations: u32::try_from(drawn.len()).unwrap_or(u32::MAX),
            })
            .collect(),
        exclusions_not_found: (excluded.len() as u64).saturating_sub(counted.excluded),
    };
    Ok(Draw {
        summary,
        invited: selection.people(),
    })
}

fn factor(factors: &[Factor], stratum: &Tally) -> f64 {
    factors
        .iter()
        .find(|f| f.key == stratum.key)
        .map_or(1.0, |f| f.factor)
}

/// Each over-sampled value must be a stratum.
fn check_factors(factors: &[Factor], strata: &[Tally], column: &str, issues: &mut Issues) {
    for f in factors
        .iter()
        .filter(|f| !strata.iter().any(|t| t.key == f.key))
    {
        let mut values: Vec<&str> = strata.iter().take(30).map(|t| t.name.as_str()).collect();
        if strata.len() > values.len() {
            values.push("...");
        }
        issues.push(Issue::argument(
            "--oversample",
            format!(
                "`{}` is not a value of column `{column}` (values: {})",
                f.value,
                values.join(", ")
            ),
        ));
    }
}
