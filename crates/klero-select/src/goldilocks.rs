//! GOLDILOCKS (Baharav and Flanigan, "Fair, Manipulation-Robust, and Transparent Sortition",
//! EC 2024): the lottery over valid panels that minimises `max_i p_i/r + max_i r/p_i`, with
//! `r = k/n` the chance everyone would have without quotas, so that no one's chance is far from
//! `r`, neither above nor below.
//!
//! For a cap `u` on every probability, the largest smallest probability `l(u)` is a linear
//! program (MAXIMIN with caps), solved by column generation over types with the exact oracle.
//! `l` is concave and nondecreasing in `u`, so `f(u) = u/r + r/l(u)` is convex: a golden-section
//! search on `u` in `[r, 1]` finds its minimum (every lottery's largest probability lies in that
//! interval, since the probabilities of the people some panel holds average at least `r`).
//!
//! The bound: each program's dual prices give, with the oracle's heaviest panel, an upper bound
//! `l+(u)` on the smallest probability of any lottery whose probabilities are all at most `u`
//! (Lagrangian duality). For caps `u_0 < u_1 < ...` the search evaluated (the last one 1), a
//! lottery whose largest probability lies in `[u_i, u_{i+1}]` scores at least
//! `u_i/r + r/l+(u_{i+1})`; the smallest of these over all intervals bounds the optimum from
//! below, using only that `l` is nondecreasing.

use crate::cover::{PanelSet, cover, improving_by_search, type_probabilities};
use crate::distribution::{Distribution, Optimality, Progress, SelectError, SolveStats};
use crate::oracle::{Oracle, quiet};
use crate::types::{TypePanel, Types};
use crate::{Algorithm, Instance};
use highs::{HighsModelStatus, Model, RowProblem, Sense};

/// A program has converged when no panel beats the master's price by more than this.
const GAP: f64 = 1e-9;
/// The golden-section search stops when its interval is this short (relative to `r`).
const INTERVAL: f64 = 1e-8;
/// The bound is refined until it is this close to the best score found.
const SCORE_TOLERANCE: f64 = 1e-7;
/// Caps evaluated to refine the bound, at most.
const MAX_SPLITS: usize = 200;
/// Improving panels local search may add per round.
const COLUMNS_PER_ROUND: usize = 40;
/// The price of exceeding the cap in the master (a cap below every lottery's largest
/// probability is met by no lottery; the master then exceeds it rather than fail).
const PENALTY: f64 = 1e6;
/// A cap exceeded by more than this is out of reach.
const OVER_CAP: f64 = 1e-12;
/// Panels with less probability than this are dropped from the final lottery.
const DROP: f64 = 1e-12;

/// The GOLDILOCKS lottery.
pub(crate) fn goldilocks(
    instance: &Instance,
    progress: &mut dyn FnMut(Progress),
) -> Result<Distribution, SelectError> {
    let types = Types::new(instance);
    let mut oracle = Oracle::new(&types);
    let mut stats = SolveStats {
        types: types.len(),
        ..SolveStats::default()
    };
    let Some(cover) = cover(&types, &mut oracle)? else {
        return Err(SelectError::Infeasible(Box::new(crate::diagnose(instance))));
    };
    let pool_size = instance.people().len();
    let r = f64::from(types.k) / pool_size as f64;
    let mut known = PanelSet::default();
    for panel in cover.panels {
        known.insert(panel);
    }
    let mut search = Search {
        types: &types,
        reachable: &cover.reachable,
        r,
        master: Master::new(&types, &cover.reachable, &known.panels)?,
        known,
        oracle: &mut oracle,
        stats: &mut stats,
        evaluated: Vec::new(),
        best: None,
    };
    // Golden-section search on the cap.
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    let (mut a, mut b) = (r, 1.0);
    search.evaluate(1.0)?;
    let mut c = b - phi * (b - a);
    let mut d = a + phi * (b - a);
    let mut fc = search.evaluate(c)?;
    let mut fd = search.evaluate(d)?;
    while (b - a) / r > INTERVAL {
        if fc <= fd && fc.is_finite() {
            b = d;
            d = c;
            fd = fc;
            c = b - phi * (b - a);
            fc = search.evaluate(c)?;
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + phi * (b - a);
            fd = search.evaluate(d)?;
        }
    }
    // The golden section leaves caps far from the optimum unexplored: split the interval whose
    // bound is lowest until every interval's bound is within the tolerance of the best score.
    for _ in 0..MAX_SPLITS {
        let best = search.best.as_ref().map_or(f64::INFINITY, |(s, _)| *s);
        let (bound, left, right) = search.weakest_interval();
        if bound >= best - SCORE_TOLERANCE || right - left < INTERVAL * r {
            break;
        }
        search.evaluate((left + right) / 2.0)?;
    }
    let bound = search.weakest_interval().0;
    let Some((value, mut support)) = search.best.take() else {
        return Err(SelectError::Solver(
            "no cap gave a lottery over valid panels".into(),
        ));
    };
    stats.mip_solves = oracle.solves;
    stats.support = support.len();
    let total: f64 = support.iter().map(|(l, _)| l).sum();
    for (l, _) in &mut support {
        *l /= total;
    }
    let (weights, chosen): (Vec<f64>, Vec<TypePanel>) = support.iter().cloned().unzip();
    let pi = type_probabilities(&types, &chosen, &weights);
    let expected: Vec<f64> = (0..types.len())
        .map(|t| pi[t] * f64::from(types.size(t)))
        .collect();
    let score = score(&pi, &cover.reachable, r).unwrap_or(value);
    let left_out: usize = (0..types.len())
        .filter(|&t| !cover.reachable[t])
        .map(|t| types.members[t].len())
        .sum();
    progress(Progress {
        phase: "goldilocks",
        settled: pool_size,
        total: pool_size,
    });
    Ok(Distribution {
        algorithm: Algorithm::Goldilocks,
        probabilities: types.person_probabilities(&expected, pool_size),
        panels: support,
        type_members: types.members.clone(),
        certificate: None,
        optimality: Some(goldilocks_optimality(score, bound, left_out)),
        stats,
    })
}

/// The report's account of a GOLDILOCKS `value` against the proven lower `bound`.
fn goldilocks_optimality(value: f64, bound: f64, left_out: usize) -> Optimality {
    let gap = (value - bound).max(0.0);
    let over = if left_out > 0 {
        format!(", over the people some valid panel holds ({left_out} others have probability 0)")
    } else {
        String::new()
    };
    Optimality {
        objective: "Goldilocks: the largest probability over k/n plus k/n over the smallest".into(),
        maximise: false,
        value,
        bound,
        statement: format!(
            "The Goldilocks score (largest probability over k/n plus k/n over the smallest{over}) \
             is {value:.6}, within {gap:.1e} of the optimum (no lottery over valid panels scores \
             below {bound:.6})."
        ),
    }
}

/// `max p/r + r/min p` over the reachable types; `None` if one of them has probability 0.
fn score(pi: &[f64], reachable: &[bool], r: f64) -> Option<f64> {
    let (mut lo, mut hi) = (f64::INFINITY, 0.0f64);
    for (&p, &ok) in pi.iter().zip(reachable) {
        if ok {
            lo = lo.min(p);
            hi = hi.max(p);
        }
    }
    (lo > 0.0).then(|| hi / r + r / lo)
}

/// The state of the search on the cap.
struct Search<'a> {
    types: &'a Types,
    reachable: &'a [bool],
    r: f64,
    master: Master,
    known: PanelSet,
    oracle: &'a mut Oracle,
    stats: &'a mut SolveStats,
    /// Caps evaluated, with the proven upper bound on the smallest probability under each.
    evaluated: Vec<(f64, f64)>,
    /// The best lottery found: its score and its panels with their probabilities.
    best: Option<(f64, Vec<(f64, TypePanel)>)>,
}

impl Search<'_> {
    /// `u/r + r/l(u)` for the cap `u` (infinite when no lottery meets the cap), keeping the
    /// lottery if it scores best so far.
    fn evaluate(&mut self, u: f64) -> Result<f64, SelectError> {
        self.master.set_cap(u)?;
        let sol = loop {
            let clock = std::time::Instant::now();
            let sol = self.master.solve(self.types, &self.known.panels)?;
            self.stats.lp_solves += 1;
            self.stats.lp_seconds += clock.elapsed().as_secs_f64();
            let price = self
                .known
                .panels
                .iter()
                .map(|p| self.types.weight(p, &sol.weights))
                .fold(f64::NEG_INFINITY, f64::max);
            let before = self.known.panels.len();
            let clock = std::time::Instant::now();
            let added = improving_by_search(
                self.types,
                &sol.weights,
                &mut self.known,
                COLUMNS_PER_ROUND,
                price + GAP,
            );
            self.stats.heuristic_seconds += clock.elapsed().as_secs_f64();
            self.stats.heuristic_columns += added;
            if added == 0 {
                let clock = std::time::Instant::now();
                let best = self
                    .oracle
                    .best_or_above(self.types, &sol.weights, price + GAP)?;
                self.stats.mip_seconds += clock.elapsed().as_secs_f64();
                let (panel, w) =
                    best.ok_or_else(|| SelectError::Solver("the pool has no valid panel".into()))?;
                if w <= price + GAP || !self.known.insert(panel) {
                    // The bound needs the heaviest panel, which the oracle stopped short of
                    // when the master's solution was a hair off.
                    let heaviest = if w <= price + GAP {
                        w
                    } else {
                        self.oracle
                            .best(self.types, &sol.weights)?
                            .map_or(w, |(_, w)| w)
                    };
                    // A cap the master has to exceed is met by no lottery at all.
                    let l_max = if sol.over > OVER_CAP {
                        0.0
                    } else {
                        (heaviest + u * sol.cap_weight).min(1.0)
                    };
                    if std::env::var("KLERO_DEBUG").is_ok() {
                        eprintln!(
                            "goldilocks: cap {u:.9}, smallest {:.9}, bound {l_max:.9}, over {:.2e}",
                            sol.min, sol.over
                        );
                    }
                    self.evaluated.push((u, l_max));
                    break sol;
                }
            }
            for j in before..self.known.panels.len() {
                self.master.add_panel(self.types, &self.known.panels[j])?;
            }
        };
        self.stats.panels_generated = self.known.panels.len();
        if sol.over > OVER_CAP {
            return Ok(f64::INFINITY);
        }
        let pi = type_probabilities(self.types, &self.known.panels, &sol.lambda);
        if let Some(s) = score(&pi, self.reachable, self.r)
            && self.best.as_ref().is_none_or(|(b, _)| s < *b)
        {
            let support = sol
                .lambda
                .iter()
                .zip(&self.known.panels)
                .filter(|(l, _)| **l > DROP)
                .map(|(&l, p)| (l, p.clone()))
                .collect();
            self.best = Some((s, support));
        }
        Ok(u / self.r + self.r / sol.min)
    }

    /// The smallest score any lottery can reach, by the intervals between evaluated caps, and
    /// the interval that gives it.
    fn weakest_interval(&self) -> (f64, f64, f64) {
        let mut caps = self.evaluated.clone();
        caps.sort_by(|a, b| a.0.total_cmp(&b.0));
        // `l` is nondecreasing: the bound at a cap holds at every smaller cap too.
        for i in (0..caps.len().saturating_sub(1)).rev() {
            caps[i].1 = caps[i].1.min(caps[i + 1].1);
        }
        let mut weakest = (f64::INFINITY, self.r, 1.0);
        let mut left = self.r;
        for &(u, l_max) in &caps {
            if l_max > 0.0 {
                let bound = left / self.r + self.r / l_max;
                if bound < weakest.0 {
                    weakest = (bound, left, u);
                }
            }
            left = u;
        }
        weakest
    }
}

/// The master program: panel probabilities `lambda_j` maximising `l - PENALTY v` such that
/// `sum_j lambda_j = 1` and, for every type some valid panel holds, `l <= pi_t <= u + v` (`pi_t`
/// the type's probability per member). The cap `u` is a column with fixed bounds, so a new cap
/// keeps the basis.
struct Master {
    model: Option<Model>,
    u: highs::Col,
    /// Each type's pair of rows (`pi_t - l >= 0`, `pi_t - u - v <= 0`), if it has them.
    rows: Vec<Option<(highs::Row, highs::Row)>>,
    convexity: highs::Row,
}

/// A master's solution.
struct MasterSolution {
    /// The smallest probability `l`.
    min: f64,
    /// How far the probabilities exceed the cap.
    over: f64,
    /// The panels' probabilities, in the order of the known panels.
    lambda: Vec<f64>,
    /// The dual prices per seat of each type: a panel's weight is its seats' prices.
    weights: Vec<f64>,
    /// The total dual price of the caps, which the bound on `l` adds `u` times.
    cap_weight: f64,
}

impl Master {
    fn new(types: &Types, reachable: &[bool], panels: &[TypePanel]) -> Result<Self, SelectError> {
        let mut pb = RowProblem::default();
        let l = pb.add_column(1.0, 0.0..=1.0);
        let u = pb.add_column(0.0, 1.0..=1.0);
        let v = pb.add_column(-PENALTY, 0.0..);
        let mut model = Model::new(pb);
        quiet(&mut model, false);
        model.set_option("presolve", "off");
        model.set_option("solver", "simplex");
        model.set_sense(Sense::Maximise);
        let err = |e| SelectError::Solver(format!("building the Goldilocks program: {e:?}"));
        let convexity = model.try_add_row(1.0..=1.0, []).map_err(err)?;
        let mut rows = Vec::with_capacity(types.len());
        for &ok in reachable {
            if !ok {
                rows.push(None);
                continue;
            }
            let low = model.try_add_row(0.0.., [(l, -1.0)]).map_err(err)?;
            let high = model
                .try_add_row(..=0.0, [(u, -1.0), (v, -1.0)])
                .map_err(err)?;
            rows.push(Some((low, high)));
        }
        let mut master = Self {
            model: Some(model),
            u,
            rows,
            convexity,
        };
        for panel in panels {
            master.add_panel(types, panel)?;
        }
        Ok(master)
    }

    fn model(&mut self) -> Result<&mut Model, SelectError> {
        self.model
            .as_mut()
            .ok_or_else(|| SelectError::Solver("the Goldilocks program lost its model".into()))
    }

    fn set_cap(&mut self, u: f64) -> Result<(), SelectError> {
        let col = self.u;
        self.model()?.change_column_bounds(col, u..=u);
        Ok(())
    }

    fn add_panel(&mut self, types: &Types, panel: &TypePanel) -> Result<(), SelectError> {
        let mut column = Vec::with_capacity(2 * panel.len() + 1);
        column.push((self.convexity, 1.0));
        for &(t, n) in panel {
            if let Some((low, high)) = self.rows[t as usize] {
                let share = f64::from(n) / f64::from(types.size(t as usize));
                column.push((low, share));
                column.push((high, share));
            }
        }
        self.model()?
            .try_add_column(0.0, 0.0.., column)
            .map_err(|e| SelectError::Solver(format!("adding a panel: {e:?}")))?;
        Ok(())
    }

    fn solve(
        &mut self,
        types: &Types,
        panels: &[TypePanel],
    ) -> Result<MasterSolution, SelectError> {
        let model = self
            .model
            .take()
            .ok_or_else(|| SelectError::Solver("the Goldilocks program lost its model".into()))?;
        let solved = model
            .try_solve()
            .map_err(|e| SelectError::Solver(format!("Goldilocks program: {e:?}")))?;
        if solved.status() != HighsModelStatus::Optimal {
            return Err(SelectError::Solver(format!(
                "the Goldilocks program ended with status {:?}",
                solved.status()
            )));
        }
        let sol = solved.get_solution();
        let cols = sol.columns();
        let duals = sol.dual_rows();
        let (min, over) = (cols[0], cols[2]);
        let lambda: Vec<f64> = cols[3..3 + panels.len()]
            .iter()
            .map(|&x| x.max(0.0))
            .collect();
        // Any multipliers alpha >= 0 adding up to 1 (on `l <= pi_t`) and beta >= 0 (on
        // `pi_t <= u`) bound `l` by `max_panel sum_t (alpha_t - beta_t) x_t / s_t + u sum beta`;
        // the master's duals, by absolute value, are the multipliers that make it tight.
        let mut alpha = vec![0.0; types.len()];
        let mut beta = vec![0.0; types.len()];
        let mut row = 1;
        for t in 0..types.len() {
            if self.rows[t].is_some() {
                alpha[t] = duals.get(row).copied().unwrap_or(0.0).abs();
                beta[t] = duals.get(row + 1).copied().unwrap_or(0.0).abs();
                row += 2;
            }
        }
        let total: f64 = alpha.iter().sum();
        let total = if total > 0.0 { total } else { 1.0 };
        let weights = (0..types.len())
            .map(|t| (alpha[t] - beta[t]) / total / f64::from(types.size(t)))
            .collect();
        let cap_weight = beta.iter().sum::<f64>() / total;
        self.model = Some(solved.into());
        Ok(MasterSolution {
            min,
            over,
            lambda,
            weights,
            cap_weight,
        })
    }
}
