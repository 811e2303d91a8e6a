//! GOLDILOCKS (Baharav and Flanigan, "Fair, Manipulation-Robust, and Transparent Sortition",
//! EC 2024): the lottery over valid panels that minimises `max_i p_i/r + max_i r/p_i`, with
//! `r = k/n` the chance everyone would have without quotas, so that no one's chance is far from
//! `r`, neither above nor below.
//!
//! Two linear programs over panels, each solved by column generation with the exact oracle
//! pricing the panels on the program's dual prices (every price well scaled: no penalty):
//!
//! - MINIMAX: the smallest cap `u_min` any lottery keeps every probability under. Its duals `g`
//!   (adding up to 1) prove that every lottery's largest probability is at least
//!   `min_panel sum_t g_t x_t / s_t`; caps below `u_min` are met by no lottery.
//! - CAPPED, for a cap `u >= u_min`: the largest smallest probability `t(u)` of a lottery whose
//!   probabilities are all at most `u`. It is feasible from the start (the MINIMAX lottery is
//!   among its panels).
//!
//! `t` is concave and nondecreasing in `u` (a linear program's value as its right-hand side
//! moves), so `f(u) = u/r + r/t(u)` is convex where `t > 0` (`1/x` is convex and decreasing) and
//! a golden-section search on `u` in `[u_min, 1]` finds its minimum.
//!
//! The bound: for any multipliers `a_t >= 0` adding up to 1 and `b_t >= 0`, and any lottery and
//! cap `u` it meets, `t <= sum_t (a_t - b_t) p_t + u sum_t b_t <= M + u sum_t b_t`, with `M` the
//! heaviest valid panel under the weights `(a_t - b_t)/s_t` (Lagrangian duality). So each cap
//! evaluated gives a line above `t` everywhere, touching it at that cap; the smallest of these
//! lines (and `t <= u`) is a concave `T >= t`, and no lottery scores below the minimum of
//! `u/r + r/T(u)` over `[max(r, u_lb), 1]` (`u_lb` from MINIMAX; every lottery's largest
//! probability is at least the average over the people some panel holds, at least `r`). After the
//! golden section, caps where that minimum is reached are evaluated (cutting planes) until the
//! bound is within [`SCORE_TOLERANCE`] of the best score found.

use crate::cover::{PanelSet, cover, improving_by_search, type_probabilities};
use crate::distribution::{Distribution, Optimality, Progress, SelectError, SolveStats};
use crate::oracle::{Oracle, quiet};
use crate::types::{TypePanel, Types};
use crate::{Algorithm, Instance};
use highs::{HighsModelStatus, Model, RowProblem, Sense};

/// A program has converged when no panel beats the master's price by more than this.
const GAP: f64 = 1e-9;
/// The golden-section search stops when its interval is this short (relative to `r`).
const INTERVAL: f64 = 1e-6;
/// The bound is refined until it is this close to the best score found (relative).
const SCORE_TOLERANCE: f64 = 1e-8;
/// Cutting-plane caps evaluated to refine the bound, at most.
const MAX_CUTS: usize = 60;
/// Improving panels local search may add per round.
const COLUMNS_PER_ROUND: usize = 40;
/// Column-generation rounds per program, at most (then the bound is taken as it stands).
const MAX_ROUNDS: usize = 500;
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
        capped: Master::new(&types, &cover.reachable, Kind::Capped)?,
        known,
        oracle: &mut oracle,
        stats: &mut stats,
        lines: Vec::new(),
        evaluated: Vec::new(),
        best: None,
    };
    // The smallest cap any lottery meets, and a proof of how small it can be.
    let mut minimax = Master::new(&types, &cover.reachable, Kind::Minimax)?;
    let (sol, heaviest) = search
        .generate(&mut minimax)?
        .ok_or_else(|| SelectError::Solver("the Goldilocks minimax program failed".into()))?;
    let u_lb = (-heaviest).max(r);
    let pi = type_probabilities(&types, &search.known.panels, &sol.lambda);
    let u_min = reachable_max(&pi, &cover.reachable).max(u_lb).min(1.0);
    drop(minimax);
    // Golden-section search on the cap.
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    let (mut a, mut b) = (u_min, 1.0);
    search.evaluate(a)?;
    search.evaluate(b)?;
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
    // Cutting planes: evaluate the cap where the bound is reached until it meets the best score.
    let mut bound = search.bound(u_lb).0;
    for _ in 0..MAX_CUTS {
        let best = search.best.as_ref().map_or(f64::INFINITY, |(s, _)| *s);
        let (low, at) = search.bound(u_lb);
        bound = low;
        if low >= best - SCORE_TOLERANCE * best.max(1.0)
            || search.evaluated.iter().any(|&u| (u - at).abs() <= 1e-13)
        {
            break;
        }
        search.evaluate(at)?;
    }
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
        optimality: Some(goldilocks_optimality(score, bound.min(score), left_out)),
        stats,
    })
}

/// The largest probability among the types some valid panel holds.
fn reachable_max(pi: &[f64], reachable: &[bool]) -> f64 {
    pi.iter()
        .zip(reachable)
        .filter(|(_, ok)| **ok)
        .fold(0.0, |m, (&p, _)| m.max(p))
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
    capped: Master,
    known: PanelSet,
    oracle: &'a mut Oracle,
    stats: &'a mut SolveStats,
    /// Lines `(m, b)` with `t(u) <= m + b u` for every cap `u`, one per cap evaluated.
    lines: Vec<(f64, f64)>,
    /// The caps evaluated.
    evaluated: Vec<f64>,
    /// The best lottery found: its score and its panels with their probabilities.
    best: Option<(f64, Vec<(f64, TypePanel)>)>,
}

impl Search<'_> {
    /// Solves `master` by column generation over the known panels (adding the panels it needs):
    /// its solution and the heaviest valid panel's weight under its final prices, or `None` if
    /// the program is infeasible.
    fn generate(
        &mut self,
        master: &mut Master,
    ) -> Result<Option<(MasterSolution, f64)>, SelectError> {
        let mut rounds = 0;
        loop {
            rounds += 1;
            master.sync(self.types, &self.known.panels)?;
            let clock = std::time::Instant::now();
            let sol = master.solve(self.types)?;
            self.stats.lp_solves += 1;
            self.stats.lp_seconds += clock.elapsed().as_secs_f64();
            let Some(sol) = sol else {
                return Ok(None);
            };
            let price = self
                .known
                .panels
                .iter()
                .map(|p| self.types.weight(p, &sol.weights))
                .fold(f64::NEG_INFINITY, f64::max);
            let clock = std::time::Instant::now();
            let added = if rounds < MAX_ROUNDS {
                improving_by_search(
                    self.types,
                    &sol.weights,
                    &mut self.known,
                    COLUMNS_PER_ROUND,
                    price + GAP,
                )
            } else {
                0
            };
            self.stats.heuristic_seconds += clock.elapsed().as_secs_f64();
            self.stats.heuristic_columns += added;
            self.stats.panels_generated = self.known.panels.len();
            if added > 0 {
                continue;
            }
            let clock = std::time::Instant::now();
            let target = if rounds < MAX_ROUNDS {
                price + GAP
            } else {
                f64::INFINITY
            };
            let best = self
                .oracle
                .best_or_above(self.types, &sol.weights, target)?;
            self.stats.mip_seconds += clock.elapsed().as_secs_f64();
            let (panel, w) =
                best.ok_or_else(|| SelectError::Solver("the pool has no valid panel".into()))?;
            if w <= target {
                return Ok(Some((sol, w)));
            }
            if !self.known.insert(panel) {
                // A known panel above the price: the master was a hair off. The bound needs
                // the heaviest panel, which the oracle may have stopped short of.
                let heaviest = self
                    .oracle
                    .best(self.types, &sol.weights)?
                    .map_or(w, |(_, w)| w);
                return Ok(Some((sol, heaviest)));
            }
        }
    }

    /// `u/r + r/t(u)` for the cap `u` (infinite when no lottery meets it or `t(u)` is 0),
    /// keeping the lottery if it scores best so far and the line it proves.
    fn evaluate(&mut self, u: f64) -> Result<f64, SelectError> {
        self.evaluated.push(u);
        let mut capped = std::mem::replace(&mut self.capped, Master::placeholder());
        capped.set_cap(u)?;
        let result = self.generate(&mut capped);
        self.capped = capped;
        let Some((sol, heaviest)) = result? else {
            if std::env::var("KLERO_DEBUG").is_ok() {
                eprintln!("goldilocks: cap {u:.9} met by no lottery");
            }
            return Ok(f64::INFINITY);
        };
        self.lines.push((heaviest, sol.cap_weight));
        if std::env::var("KLERO_DEBUG").is_ok() {
            eprintln!(
                "goldilocks: cap {u:.9}, smallest {:.9}, bound {:.9}",
                sol.value,
                heaviest + u * sol.cap_weight
            );
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
        Ok(if sol.value > 0.0 {
            u / self.r + self.r / sol.value
        } else {
            f64::INFINITY
        })
    }

    /// The smallest score any lottery can reach given the lines found (every lottery's largest
    /// probability is at least `u_lb`), and the cap where that bound is reached.
    fn bound(&self, u_lb: f64) -> (f64, f64) {
        let r = self.r;
        let mut lines = self.lines.clone();
        lines.push((0.0, 1.0));
        let big_t = |u: f64| {
            lines
                .iter()
                .fold(f64::INFINITY, |m, &(a, b)| m.min(a + b * u))
        };
        let g = |u: f64| {
            let t = big_t(u);
            if t > 0.0 {
                u / r + r / t
            } else {
                f64::INFINITY
            }
        };
        let (lo, hi) = (u_lb.max(r), 1.0);
        // The minimum of a convex function over a piecewise-linear `T`: at an end, a corner, or
        // where `u/r + r/(a + b u)` is stationary on one piece.
        let mut candidates = vec![lo, hi];
        for (i, &(a1, b1)) in lines.iter().enumerate() {
            if b1 > 0.0 {
                candidates.push((r * b1.sqrt() - a1) / b1);
            }
            for &(a2, b2) in &lines[i + 1..] {
                if (b1 - b2).abs() > 1e-15 {
                    candidates.push((a2 - a1) / (b1 - b2));
                }
            }
        }
        candidates
            .into_iter()
            .filter(|u| u.is_finite())
            .map(|u| u.clamp(lo, hi))
            .map(|u| (g(u), u))
            .fold((f64::INFINITY, hi), |m, x| if x.0 < m.0 { x } else { m })
    }
}

/// Which program a master solves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Minimise `z` such that `pi_t <= z` for every type some valid panel holds.
    Minimax,
    /// Maximise `l` such that `l <= pi_t <= u` for every type some valid panel holds.
    Capped,
}

/// A master program over the known panels: its first column is the objective's variable, then
/// (CAPPED) the cap as a column with fixed bounds, so that a new cap keeps the basis, then one
/// column per panel with `sum_j lambda_j = 1`.
struct Master {
    kind: Kind,
    model: Option<Model>,
    /// The cap's column (CAPPED).
    u: Option<highs::Col>,
    /// Each type's rows, by their index among the rows: the lower one (`pi_t - l >= 0`,
    /// CAPPED) and the upper one (`pi_t - u <= 0` or `pi_t - z <= 0`).
    rows: Vec<Option<(Option<usize>, usize)>>,
    handles: Vec<highs::Row>,
    /// Panels added so far.
    columns: usize,
}

/// A master's solution.
struct MasterSolution {
    /// The objective: `z` (MINIMAX) or `l` (CAPPED).
    value: f64,
    /// The panels' probabilities, in the order of the known panels.
    lambda: Vec<f64>,
    /// The dual prices per seat of each type, scaled so that the best panel is the heaviest.
    weights: Vec<f64>,
    /// CAPPED: the total dual price of the caps, which the bound on `l` adds `u` times.
    cap_weight: f64,
}

impl Master {
    fn new(types: &Types, reachable: &[bool], kind: Kind) -> Result<Self, SelectError> {
        let mut pb = RowProblem::default();
        let objective = if kind == Kind::Minimax { -1.0 } else { 1.0 };
        let var = pb.add_column::<f64, _>(objective, ..);
        let u = (kind == Kind::Capped).then(|| pb.add_column(0.0, 1.0..=1.0));
        let mut model = Model::new(pb);
        quiet(&mut model, false);
        model.set_option("presolve", "off");
        model.set_option("solver", "simplex");
        model.set_sense(Sense::Maximise);
        let err = |e| SelectError::Solver(format!("building the Goldilocks program: {e:?}"));
        let mut handles = vec![model.try_add_row(1.0..=1.0, []).map_err(err)?];
        let mut rows = Vec::with_capacity(types.len());
        for &ok in reachable {
            if !ok {
                rows.push(None);
                continue;
            }
            let low = if kind == Kind::Capped {
                handles.push(model.try_add_row(0.0.., [(var, -1.0)]).map_err(err)?);
                Some(handles.len() - 1)
            } else {
                None
            };
            let bound_col = u.unwrap_or(var);
            handles.push(
                model
                    .try_add_row(..=0.0, [(bound_col, -1.0)])
                    .map_err(err)?,
            );
            rows.push(Some((low, handles.len() - 1)));
        }
        Ok(Self {
            kind,
            model: Some(model),
            u,
            rows,
            handles,
            columns: 0,
        })
    }

    /// A master with no model, to stand in while the real one is borrowed.
    fn placeholder() -> Self {
        Self {
            kind: Kind::Capped,
            model: None,
            u: None,
            rows: Vec::new(),
            handles: Vec::new(),
            columns: 0,
        }
    }

    fn model(&mut self) -> Result<&mut Model, SelectError> {
        self.model
            .as_mut()
            .ok_or_else(|| SelectError::Solver("the Goldilocks program lost its model".into()))
    }

    fn set_cap(&mut self, u: f64) -> Result<(), SelectError> {
        if let Some(col) = self.u {
            self.model()?.change_column_bounds(col, u..=u);
        }
        Ok(())
    }

    /// Adds the known panels the master does not have yet.
    fn sync(&mut self, types: &Types, panels: &[TypePanel]) -> Result<(), SelectError> {
        for panel in &panels[self.columns..] {
            let mut column = Vec::with_capacity(2 * panel.len() + 1);
            column.push((self.handles[0], 1.0));
            for &(t, n) in panel {
                if let Some((low, high)) = self.rows[t as usize] {
                    let share = f64::from(n) / f64::from(types.size(t as usize));
                    if let Some(low) = low {
                        column.push((self.handles[low], share));
                    }
                    column.push((self.handles[high], share));
                }
            }
            self.model()?
                .try_add_column(0.0, 0.0.., column)
                .map_err(|e| SelectError::Solver(format!("adding a panel: {e:?}")))?;
        }
        self.columns = panels.len();
        Ok(())
    }

    /// The master's solution, or `None` if it is infeasible (a cap below every lottery's).
    fn solve(&mut self, types: &Types) -> Result<Option<MasterSolution>, SelectError> {
        let model = self
            .model
            .take()
            .ok_or_else(|| SelectError::Solver("the Goldilocks program lost its model".into()))?;
        let solved = model
            .try_solve()
            .map_err(|e| SelectError::Solver(format!("Goldilocks program: {e:?}")))?;
        match solved.status() {
            HighsModelStatus::Optimal => {}
            HighsModelStatus::Infeasible => {
                self.model = Some(solved.into());
                return Ok(None);
            }
            status => {
                return Err(SelectError::Solver(format!(
                    "the Goldilocks program ended with status {status:?}"
                )));
            }
        }
        let sol = solved.get_solution();
        let cols = sol.columns();
        let duals = sol.dual_rows();
        let first = if self.kind == Kind::Capped { 2 } else { 1 };
        let value = cols[0];
        let lambda: Vec<f64> = cols[first..first + self.columns]
            .iter()
            .map(|&x| x.max(0.0))
            .collect();
        // CAPPED: multipliers a >= 0 adding up to 1 (on `l <= pi_t`) and b >= 0 (on
        // `pi_t <= u`) bound `l` by `max_panel sum_t (a_t - b_t) x_t / s_t + u sum b`.
        // MINIMAX: multipliers g >= 0 adding up to 1 on `pi_t <= z` bound `z` from below by
        // `min_panel sum_t g_t x_t / s_t`: the heaviest panel under `-g_t / s_t`, negated.
        // The master's duals, by absolute value, are the multipliers that make them tight.
        let mut alpha = vec![0.0; types.len()];
        let mut beta = vec![0.0; types.len()];
        for (t, rows) in self.rows.iter().enumerate() {
            if let Some((low, high)) = *rows {
                if let Some(low) = low {
                    alpha[t] = duals.get(low).copied().unwrap_or(0.0).abs();
                }
                beta[t] = duals.get(high).copied().unwrap_or(0.0).abs();
            }
        }
        let (weights, cap_weight) = if self.kind == Kind::Capped {
            let total: f64 = alpha.iter().sum();
            let total = if total > 0.0 { total } else { 1.0 };
            let weights = (0..types.len())
                .map(|t| (alpha[t] - beta[t]) / total / f64::from(types.size(t)))
                .collect();
            (weights, beta.iter().sum::<f64>() / total)
        } else {
            let total: f64 = beta.iter().sum();
            let total = if total > 0.0 { total } else { 1.0 };
            let weights = (0..types.len())
                .map(|t| -beta[t] / total / f64::from(types.size(t)))
                .collect();
            (weights, 0.0)
        };
        let value = if self.kind == Kind::Minimax {
            value
        } else {
            value.min(1.0)
        };
        self.model = Some(solved.into());
        Ok(Some(MasterSolution {
            value,
            lambda,
            weights,
            cap_weight,
        }))
    }
}
