//! Independent check of a LEXIMIN/MAXIMIN certificate: one integer program over the pool (one
//! binary per person, not the engine's types) finds the heaviest valid panel under the weights.

use crate::Instance;
use crate::oracle::quiet;
use highs::{HighsModelStatus, RowProblem, Sense};

/// The outcome of checking a certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct CertificateCheck {
    /// The heaviest valid panel's total weight.
    pub max_panel_weight: f64,
    /// `max_panel_weight - min_probability`: the certificate holds when this is at most the tolerance.
    pub gap: f64,
    /// Whether the weights are non-negative, sum to 1 (within the tolerance) and the gap is within it.
    pub valid: bool,
    /// Problems found, in words.
    pub problems: Vec<String>,
}

/// Checks that `weights` (one per person) prove that no lottery gives everyone more than
/// `min_probability`, within `tolerance`.
///
/// The argument: any distribution over valid panels gives person `i` probability `p_i`, and
/// `sum_i y_i p_i` is the expected weight of the drawn panel, at most the heaviest panel's weight
/// `W`. With `y >= 0` summing to 1, `min_i p_i <= sum_i y_i p_i <= W`. So if `W <= z`, no
/// distribution beats `z`. This check solves one integer program over the pool (one binary per
/// person), independent of how the engine grouped people.
pub fn check_certificate(
    instance: &Instance,
    weights: &[f64],
    min_probability: f64,
    tolerance: f64,
) -> CertificateCheck {
    let people = instance.people();
    let mut problems = Vec::new();
    if weights.len() != people.len() {
        problems.push(format!(
            "{} weights for a pool of {} people",
            weights.len(),
            people.len()
        ));
        return CertificateCheck {
            max_panel_weight: f64::NAN,
            gap: f64::NAN,
            valid: false,
            problems,
        };
    }
    if let Some((i, w)) = weights
        .iter()
        .enumerate()
        .find(|(_, w)| !w.is_finite() || **w < -tolerance)
    {
        problems.push(format!("the weight of `{}` is {w}, not >= 0", people[i].id));
    }
    let total: f64 = weights.iter().sum();
    if (total - 1.0).abs() > tolerance {
        problems.push(format!("the weights add up to {total}, not 1"));
    }
    let max_panel_weight = match heaviest_panel(instance, weights) {
        Ok(Some(w)) => w,
        Ok(None) => {
            problems.push("no valid panel exists".into());
            f64::NAN
        }
        Err(e) => {
            problems.push(format!("the integer program failed: {e}"));
            f64::NAN
        }
    };
    let gap = max_panel_weight - min_probability;
    if gap.is_nan() || gap > tolerance {
        problems.push(format!(
            "a valid panel weighs {max_panel_weight:.9}, more than the minimum probability \
             {min_probability:.9}"
        ));
    }
    CertificateCheck {
        max_panel_weight,
        gap,
        valid: problems.is_empty(),
        problems,
    }
}

/// The heaviest valid panel's weight: `max sum y_i x_i` over binaries `x` with `sum x = k`,
/// every quota and at most one per household.
fn heaviest_panel(instance: &Instance, weights: &[f64]) -> Result<Option<f64>, String> {
    let people = instance.people();
    let mut pb = RowProblem::default();
    let cols: Vec<_> = weights
        .iter()
        .map(|&w| pb.add_integer_column(w.max(0.0), 0.0..=1.0))
        .collect();
    let k = f64::from(instance.panel_size());
    pb.add_row(k..=k, cols.iter().map(|&c| (c, 1.0)));
    for (c, cat) in instance.categories().iter().enumerate() {
        for (v, q) in cat.values.iter().enumerate() {
            let row = people
                .iter()
                .zip(&cols)
                .filter(|(p, _)| usize::from(p.values[c]) == v)
                .map(|(_, &col)| (col, 1.0));
            pb.add_row(f64::from(q.min)..=f64::from(q.max), row);
        }
    }
    let mut households: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    for (i, p) in people.iter().enumerate() {
        if let Some(h) = p.household {
            households.entry(h).or_default().push(i);
        }
    }
    for members in households.values().filter(|m| m.len() > 1) {
        pb.add_row(..=1.0, members.iter().map(|&i| (cols[i], 1.0)));
    }
    let mut model = pb.optimise(Sense::Maximise);
    quiet(&mut model, true);
    let solved = model.try_solve().map_err(|e| format!("{e:?}"))?;
    match solved.status() {
        HighsModelStatus::Optimal => {
            // The objective as the sum of the chosen weights, not HiGHS's bound.
            let sol = solved.get_solution();
            Ok(Some(
                sol.columns()
                    .iter()
                    .zip(weights)
                    .filter(|(x, _)| **x > 0.5)
                    .map(|(_, &w)| w.max(0.0))
                    .sum(),
            ))
        }
        HighsModelStatus::Infeasible => Ok(None),
        other => Err(format!("status {other:?}")),
    }
}
