//! LEXIMIN over the linear relaxation of the panel polytope: expected seats per type, `x_t`, with
//! `sum x = k`, every quota, at most one seat per household in expectation and `0 <= x_t <= cap_t`.
//! Every distribution over valid panels gives such an `x`, so this is a compact program (one
//! column per type, no panels) whose LEXIMIN is at least as good as the true one; when its point
//! can be written as a distribution over valid panels (the caller checks by column generation),
//! it *is* the true LEXIMIN. Its first level's duals are a certificate in any case: they bound
//! every point of the relaxation, so every valid panel.

use crate::SelectError;
use crate::oracle::{panel_rows, quiet};
use crate::types::Types;
use highs::{HighsModelStatus, Model, RowProblem, Sense};

/// A type is fixed when the dual price of its `x_t / size_t >= z` row exceeds this.
const FIX_DUAL: f64 = 1e-9;

/// The LEXIMIN point of the relaxation.
pub(crate) struct Relaxed {
    /// Expected seats of each type.
    pub seats: Vec<f64>,
    /// The first level: no point of the relaxation gives every type more than this probability.
    pub z: f64,
    /// The first level's dual price of each type (for the whole type), adding up to 1: every
    /// valid panel `x` has `sum_t price_t x_t / size_t <= z`.
    pub prices: Vec<f64>,
    /// Levels solved.
    pub levels: usize,
}

/// Computes the LEXIMIN point of the relaxation; `None` if the relaxation is empty (then no
/// valid panel exists either).
pub(crate) fn relaxed_leximin(types: &Types) -> Result<Option<Relaxed>, SelectError> {
    let n = types.len();
    let mut pb = RowProblem::default();
    let x: Vec<highs::Col> = (0..n)
        .map(|t| pb.add_column(0.0, 0.0..=f64::from(types.cap[t])))
        .collect();
    let z = pb.add_column(1.0, f64::NEG_INFINITY..f64::INFINITY);
    let f: Vec<highs::Col> = (0..n).map(|_| pb.add_column(0.0, 0.0..=0.0)).collect();
    let first_level_row = panel_rows(&mut pb, types, &x);
    // x_t / size_t - z + f_t >= 0: f_t is held at 0 until the type is fixed, then freed.
    for t in 0..n {
        let size = f64::from(types.size(t));
        pb.add_row(0.0.., [(x[t], 1.0 / size), (z, -1.0), (f[t], 1.0)]);
    }
    let mut model = pb.optimise(Sense::Maximise);
    quiet(&mut model, false);
    model.set_option("presolve", "off");

    let mut fixed = vec![false; n];
    let mut first: Option<(f64, Vec<f64>)> = None;
    let mut levels = 0;
    loop {
        levels += 1;
        let solved = model
            .try_solve()
            .map_err(|e| SelectError::Solver(format!("relaxation: {e:?}")))?;
        match solved.status() {
            HighsModelStatus::Optimal => {}
            HighsModelStatus::Infeasible if first.is_none() => return Ok(None),
            other => {
                return Err(SelectError::Solver(format!(
                    "relaxation ended with status {other:?}"
                )));
            }
        }
        let level = solved.objective_value();
        let sol = solved.get_solution();
        let seats: Vec<f64> = sol.columns().get(..n).unwrap_or_default().to_vec();
        // HiGHS reports the duals of binding `>=` rows of a maximisation as non-positive.
        let prices: Vec<f64> = (0..n)
            .map(|t| {
                -sol.dual_rows()
                    .get(first_level_row + t)
                    .copied()
                    .unwrap_or(0.0)
            })
            .collect();
        model = solved.into();
        if seats.len() != n {
            return Err(SelectError::Solver("relaxation lost its columns".into()));
        }
        if first.is_none() {
            let clamped: Vec<f64> = prices.iter().map(|p| p.max(0.0)).collect();
            let total: f64 = clamped.iter().sum();
            if total <= 0.0 {
                return Err(SelectError::Solver(
                    "relaxation: the first level has no binding type".into(),
                ));
            }
            first = Some((level, clamped.iter().map(|p| p / total).collect()));
        }
        let fix = |t: usize, model: &mut Model, fixed: &mut [bool]| {
            fixed[t] = true;
            let lower = seats[t].min(f64::from(types.cap[t])).max(0.0);
            model.change_column_bounds(x[t], lower..=f64::from(types.cap[t]));
            model.change_column_bounds(f[t], 0.0..);
        };
        let mut newly = 0;
        for t in 0..n {
            if !fixed[t] && prices[t] > FIX_DUAL {
                fix(t, &mut model, &mut fixed);
                newly += 1;
            }
        }
        if newly == 0 {
            // Numerically the duals can vanish: fix the types at the level.
            for t in 0..n {
                if !fixed[t] && seats[t] / f64::from(types.size(t)) <= level + 1e-9 {
                    fix(t, &mut model, &mut fixed);
                    newly += 1;
                }
            }
        }
        if newly == 0 || fixed.iter().all(|&b| b) {
            let (z, prices) = first.unwrap_or((level, vec![0.0; n]));
            return Ok(Some(Relaxed {
                seats,
                z,
                prices,
                levels,
            }));
        }
    }
}
