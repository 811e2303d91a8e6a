//! Maximum Nash welfare: the lottery over valid panels that maximises `sum_i log p_i`, by column
//! generation over types.
//!
//! The master is the convex program over the panels known so far, solved by a log-barrier
//! interior-point method on the panels' probabilities (Newton steps whose linear systems have one
//! row per type, see [`newton_step`]). Its gradient prices the panels: a panel's weight is
//! `sum_{i on it} 1/p_i`, and the exact oracle finds the heaviest valid panel `M`.
//!
//! The bound: for any lottery `q`, by the concavity of the logarithm (Jensen),
//! `sum_i log q_i - sum_i log p_i = sum_i log(q_i/p_i) <= n log((1/n) sum_i q_i/p_i)`, and
//! `sum_i q_i/p_i` is the expected weight of `q`'s panel under the weights `1/p_i`, at most `M`.
//! So no lottery's Nash welfare exceeds `sum_i log p_i + n log(M/n)`; and since the lottery `p`
//! itself has expected weight `n`, `M >= n`. The search stops when this gap is below
//! [`TOLERANCE`].
//!
//! People of one type get equal probabilities at the optimum (the objective is symmetric and
//! strictly concave in the probabilities), so the engine works with types throughout. People whom
//! no valid panel holds get probability 0 in every lottery: they are left out of the objective.

use crate::cover::{PanelSet, cover, improving_by_search, type_probabilities};
use crate::distribution::{Distribution, Optimality, Progress, SelectError, SolveStats};
use crate::oracle::Oracle;
use crate::types::{TypePanel, Types};
use crate::{Algorithm, Instance};

/// The largest gap allowed between the Nash welfare reached and the proven bound on the optimum
/// (absolute, on `sum_i log p_i`).
pub(crate) const TOLERANCE: f64 = 1e-6;
/// Improving panels local search may add per round.
const COLUMNS_PER_ROUND: usize = 40;
/// Column-generation rounds before the engine settles for the bound it has.
const MAX_ROUNDS: usize = 2000;
/// Rounds between calls to the exact oracle while local search still finds panels.
const ORACLE_EVERY: usize = 3;
/// Newton steps per master solve, at most.
const MAX_NEWTON: usize = 400;
/// Panels with less probability than this are dropped from the final lottery (which is then
/// optimised again over the panels kept).
const DROP: f64 = 1e-5;

/// The lottery of maximum Nash welfare, within [`TOLERANCE`].
pub(crate) fn nash(
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
    let reachable_people: usize = (0..types.len())
        .filter(|&t| cover.reachable[t])
        .map(|t| types.members[t].len())
        .sum();
    let n = reachable_people as f64;
    let mut known = PanelSet::default();
    for panel in cover.panels {
        known.insert(panel);
    }
    let master = Barrier::new(&types, &cover.reachable);
    let mut lambda = vec![1.0 / known.panels.len() as f64; known.panels.len()];
    let mut precision = 1.0;
    let target = n * (TOLERANCE / n).exp();
    let mut rounds = 0;
    // The welfare the last round reached, and whether this round must solve the master closely
    // (only the rounds whose prices go to the oracle need to: the others just find panels).
    let (mut last_welfare, mut gain) = (f64::NEG_INFINITY, f64::INFINITY);
    let mut tight = false;
    let mut generated = known.panels.len();
    let (lambda, bound) = loop {
        rounds += 1;
        let clock = std::time::Instant::now();
        let m = known.panels.len() as f64;
        let tight_mu = precision * 0.05 * TOLERANCE / m;
        let first = rounds == 1;
        // While the welfare still rises by `gain` a round, the master is solved to a thousandth
        // of that: its prices are as good for finding panels, for far fewer Newton steps.
        let loose = !tight && gain.is_finite();
        let mu_final = if loose {
            tight_mu.max(1e-3 * gain / m)
        } else {
            tight_mu
        };
        lambda = master.solve(&known.panels, lambda, mu_final, first);
        stats.lp_solves += 1;
        stats.lp_seconds += clock.elapsed().as_secs_f64();
        let pi = type_probabilities(&types, &known.panels, &lambda);
        let weights: Vec<f64> = pi
            .iter()
            .zip(&cover.reachable)
            .map(|(&p, &r)| if r { 1.0 / p } else { 0.0 })
            .collect();
        if std::env::var("KLERO_DEBUG").is_ok() {
            let known_max = known
                .panels
                .iter()
                .map(|p| types.weight(p, &weights))
                .fold(0.0, f64::max);
            eprintln!(
                "nash round {rounds}: {} panels, known max - n {:.3e}, welfare {:.9}, {:.3}s",
                known.panels.len(),
                known_max - n,
                welfare(&types, &pi, &cover.reachable),
                clock.elapsed().as_secs_f64()
            );
        }
        let now = welfare(&types, &pi, &cover.reachable);
        gain = (now - last_welfare).max(0.0);
        last_welfare = now;
        if loose {
            // Panels the barrier holds at a trace of probability (a thousandth of an even
            // share) and that weigh clearly less than `n` under the prices (so are not about to
            // enter the optimum) are dropped, so that the master stays small; pricing brings
            // back any that becomes useful.
            let floor = 1e-3 / lambda.len() as f64;
            let keep: Vec<bool> = known
                .panels
                .iter()
                .zip(&lambda)
                .map(|(p, &l)| l > floor || types.weight(p, &weights) > n * (1.0 - 1e-4))
                .collect();
            if keep.iter().any(|&k| !k) && keep.iter().any(|&k| k) {
                known.retain(|j| keep[j]);
                lambda = normalised(
                    lambda
                        .iter()
                        .zip(&keep)
                        .filter(|(_, k)| **k)
                        .map(|(&l, _)| l)
                        .collect(),
                );
            }
        }
        let before = known.panels.len();
        let clock = std::time::Instant::now();
        let added = improving_by_search(&types, &weights, &mut known, COLUMNS_PER_ROUND, target);
        stats.heuristic_seconds += clock.elapsed().as_secs_f64();
        stats.heuristic_columns += added;
        if added > 0 && rounds % ORACLE_EVERY == 0 {
            // Local search stalls on panels barely above the price while the heaviest panel
            // weighs far more: the exact oracle's panel joins every few rounds.
            let clock = std::time::Instant::now();
            if let Some((panel, w)) = oracle.best(&types, &weights)?
                && w > target
            {
                known.insert(panel);
            }
            stats.mip_seconds += clock.elapsed().as_secs_f64();
        }
        if added == 0 && loose && rounds < MAX_ROUNDS {
            // The oracle needs the master's exact prices, for its bound and its panel.
            tight = true;
            continue;
        }
        let heaviest = if added == 0 || rounds >= MAX_ROUNDS {
            let clock = std::time::Instant::now();
            // After too many rounds, the heaviest panel gives the bound as it stands.
            let give_up = rounds >= MAX_ROUNDS;
            let limit = if give_up { f64::INFINITY } else { target };
            let best = if give_up {
                oracle.best(&types, &weights)?
            } else {
                oracle.best_or_above(&types, &weights, target)?
            };
            stats.mip_seconds += clock.elapsed().as_secs_f64();
            let (panel, w) =
                best.ok_or_else(|| SelectError::Solver("the pool has no valid panel".into()))?;
            if std::env::var("KLERO_DEBUG").is_ok() {
                eprintln!("nash oracle: heaviest {w:.9} (n {n}), target {target:.9}");
            }
            if w > limit && !known.insert(panel) {
                // The oracle's panel is known: the master was not solved closely enough.
                precision *= 0.1;
            }
            (w <= limit).then_some(w)
        } else {
            None
        };
        if let Some(heaviest) = heaviest {
            break (lambda, now + n * (heaviest / n).ln());
        }
        // New panels start with a small share, taken evenly from the others.
        let new = known.panels.len() - before;
        generated += new;
        if new > 0 {
            tight = false;
            let share = 0.01;
            for l in &mut lambda {
                *l *= 1.0 - share;
            }
            lambda.extend(std::iter::repeat_n(share / new as f64, new));
        }
    };
    stats.mip_solves = oracle.solves;
    stats.panels_generated = generated;
    // The barrier leaves a trace of probability on every known panel: keep the panels that
    // matter and solve the master again over them alone.
    let (kept, start): (Vec<TypePanel>, Vec<f64>) = known
        .panels
        .iter()
        .zip(&lambda)
        .filter(|(_, l)| **l > DROP)
        .map(|(p, &l)| (p.clone(), l))
        .unzip();
    let total: f64 = start.iter().sum();
    let start = start.iter().map(|l| l / total).collect();
    let mu_final = precision * 0.05 * TOLERANCE / kept.len() as f64;
    let lambda = master.solve(&kept, start, mu_final, false);
    let panels: Vec<(f64, TypePanel)> = lambda.into_iter().zip(kept).collect();
    let (weights, support): (Vec<f64>, Vec<TypePanel>) = panels.iter().cloned().unzip();
    let pi = type_probabilities(&types, &support, &weights);
    let value = welfare(&types, &pi, &cover.reachable);
    stats.support = panels.len();
    let left_out = instance.people().len() - reachable_people;
    progress(Progress {
        phase: "nash",
        settled: instance.people().len(),
        total: instance.people().len(),
    });
    Ok(Distribution {
        algorithm: Algorithm::Nash,
        probabilities: types.person_probabilities(
            &pi.iter()
                .enumerate()
                .map(|(t, p)| p * f64::from(types.size(t)))
                .collect::<Vec<_>>(),
            instance.people().len(),
        ),
        panels,
        type_members: types.members.clone(),
        certificate: None,
        optimality: Some(nash_optimality(value, bound, left_out)),
        stats,
    })
}

/// The report's account of a Nash welfare `value` against the proven `bound`.
fn nash_optimality(value: f64, bound: f64, left_out: usize) -> Optimality {
    let gap = (bound - value).max(0.0);
    let over = if left_out > 0 {
        format!(" over the people some valid panel holds ({left_out} others have probability 0)")
    } else {
        String::new()
    };
    let statement = format!(
        "The Nash welfare (sum of the logarithms of the selection probabilities{over}) is \
         {value:.6}, within {gap:.1e} of the optimum (duality gap: no lottery over valid panels \
         exceeds {bound:.6})."
    );
    Optimality {
        objective: "the Nash welfare: the sum of the logarithms of the selection probabilities"
            .into(),
        maximise: true,
        value,
        bound,
        statement,
    }
}

/// `sum_i log p_i` over the people some valid panel holds.
fn welfare(types: &Types, pi: &[f64], reachable: &[bool]) -> f64 {
    (0..types.len())
        .filter(|&t| reachable[t])
        .map(|t| f64::from(types.size(t)) * pi[t].ln())
        .sum()
}

/// The master: maximise `sum_t s_t log pi_t(lambda) - n sum_j lambda_j + mu sum_j log lambda_j`
/// over the panels' weights `lambda >= 0`, for decreasing `mu`, then scale `lambda` to add up
/// to 1. Without the barrier, the optimum adds up to 1 by itself (scaling `lambda` by `c` adds
/// `n log c - n c`, largest at `c = 1`) and is the Nash optimum over the known panels; dropping
/// the constraint keeps the Newton steps free of the cancellation that projecting onto it
/// causes. At the barrier's optimum for `mu`, every known panel's weight under `1/p` is at most
/// `n + m mu` (`m` panels), so the master is then within `n log(1 + m mu/n) <= m mu` of its
/// optimum.
struct Barrier {
    /// Index of each type among the reachable ones (its row in the Newton system).
    row: Vec<Option<usize>>,
    /// Size of each reachable type, by row.
    sizes: Vec<f64>,
}

impl Barrier {
    fn new(types: &Types, reachable: &[bool]) -> Self {
        let mut row = vec![None; types.len()];
        let mut sizes = Vec::new();
        for t in 0..types.len() {
            if reachable[t] {
                row[t] = Some(sizes.len());
                sizes.push(f64::from(types.size(t)));
            }
        }
        Self { row, sizes }
    }

    /// The panels by rows: `(row, seats)`.
    fn columns(&self, panels: &[TypePanel]) -> Vec<Vec<(usize, f64)>> {
        panels
            .iter()
            .map(|p| {
                p.iter()
                    .filter_map(|&(t, c)| self.row[t as usize].map(|r| (r, f64::from(c))))
                    .collect()
            })
            .collect()
    }

    /// Each reachable type's probability per member, by row.
    fn pi(&self, cols: &[Vec<(usize, f64)>], lambda: &[f64]) -> Vec<f64> {
        let mut pi = vec![0.0; self.sizes.len()];
        for (col, &l) in cols.iter().zip(lambda) {
            for &(r, c) in col {
                pi[r] += l * c;
            }
        }
        for (p, s) in pi.iter_mut().zip(&self.sizes) {
            *p /= s;
        }
        pi
    }

    /// The barrier objective, or minus infinity outside its domain.
    fn objective(&self, cols: &[Vec<(usize, f64)>], lambda: &[f64], mu: f64) -> f64 {
        if lambda.iter().any(|&l| l <= 0.0) {
            return f64::NEG_INFINITY;
        }
        let pi = self.pi(cols, lambda);
        if pi.iter().any(|&p| p <= 0.0) {
            return f64::NEG_INFINITY;
        }
        let welfare: f64 = pi.iter().zip(&self.sizes).map(|(p, s)| s * p.ln()).sum();
        let n: f64 = self.sizes.iter().sum();
        welfare - n * lambda.iter().sum::<f64>() + mu * lambda.iter().map(|l| l.ln()).sum::<f64>()
    }

    /// Solves the master from `lambda` (positive, adding up to 1) down to `mu_final`; `cold`
    /// starts the barrier far from the boundary. The result adds up to 1.
    fn solve(
        &self,
        panels: &[TypePanel],
        mut lambda: Vec<f64>,
        mu_final: f64,
        cold: bool,
    ) -> Vec<f64> {
        let cols = self.columns(panels);
        let n: f64 = self.sizes.iter().sum();
        let m = lambda.len() as f64;
        let mut mu = if cold {
            n / m
        } else {
            (mu_final * 1e4).min(n / m)
        };
        let mut steps = 0;
        loop {
            // Newton steps until the step is small for this barrier (its self-concordant
            // decrement below a quarter), then a smaller barrier.
            let last = mu <= mu_final;
            let enough = if last { 1e-4 } else { 0.25 };
            loop {
                steps += 1;
                let Some((d, decrement)) = newton_step(self, &cols, &lambda, mu) else {
                    return normalised(lambda);
                };
                if decrement / mu <= enough || steps > MAX_NEWTON {
                    break;
                }
                let mut alpha: f64 = 1.0;
                for (l, dl) in lambda.iter().zip(&d) {
                    if *dl < 0.0 {
                        alpha = alpha.min(-0.99 * l / dl);
                    }
                }
                let start = self.objective(&cols, &lambda, mu);
                let mut moved = false;
                for _ in 0..60 {
                    let trial: Vec<f64> = lambda
                        .iter()
                        .zip(&d)
                        .map(|(l, dl)| l + alpha * dl)
                        .collect();
                    if self.objective(&cols, &trial, mu) >= start + 0.25 * alpha * decrement {
                        lambda = trial;
                        moved = true;
                        break;
                    }
                    alpha *= 0.5;
                }
                if !moved {
                    if std::env::var("KLERO_DEBUG").is_ok() {
                        eprintln!(
                            "line search failed: decrement/mu {:.3e}, mu {mu:.3e}",
                            decrement / mu
                        );
                    }
                    break;
                }
            }
            if last || steps > MAX_NEWTON {
                if std::env::var("KLERO_DEBUG").is_ok() {
                    eprintln!("barrier: {steps} Newton steps, mu {mu:.3e}");
                }
                return normalised(lambda);
            }
            mu = (mu * 0.1).max(mu_final);
        }
    }
}

/// `lambda` scaled to add up to 1.
fn normalised(mut lambda: Vec<f64>) -> Vec<f64> {
    let total: f64 = lambda.iter().sum();
    for l in &mut lambda {
        *l /= total;
    }
    lambda
}

/// The Newton step of the barrier objective at `lambda`, and its decrement `g.d` (the
/// objective's rise predicted by the step). `None` if the system is
/// singular (it is not: its matrix is the identity plus a positive semidefinite one).
///
/// The Hessian is `-(A^T W A + D)`, with `A` the panels' seats per member of each type
/// (`x_jt / s_t`), `W = diag(s_t / pi_t^2)` and `D = diag(mu / lambda_j^2)`. By the
/// Sherman-Morrison-Woodbury formula, `(D + C^T C)^{-1} = D^{-1} - D^{-1} C^T (I + C D^{-1} C^T)^{-1}
/// C D^{-1}` with `C = W^{1/2} A`: one system with a row per type, however many panels.
fn newton_step(
    master: &Barrier,
    cols: &[Vec<(usize, f64)>],
    lambda: &[f64],
    mu: f64,
) -> Option<(Vec<f64>, f64)> {
    let pi = master.pi(cols, lambda);
    let rows = pi.len();
    // C's entries per column: x_jt / (sqrt(s_t) pi_t).
    let scale: Vec<f64> = pi
        .iter()
        .zip(&master.sizes)
        .map(|(p, s)| 1.0 / (s.sqrt() * p))
        .collect();
    let n: f64 = master.sizes.iter().sum();
    let grad: Vec<f64> = cols
        .iter()
        .zip(lambda)
        .map(|(col, l)| col.iter().map(|&(r, c)| c / pi[r]).sum::<f64>() - n + mu / l)
        .collect();
    let d_inv: Vec<f64> = lambda.iter().map(|l| l * l / mu).collect();
    let mut s = vec![0.0; rows * rows];
    for r in 0..rows {
        s[r * rows + r] = 1.0;
    }
    for (col, &di) in cols.iter().zip(&d_inv) {
        for &(a, ca) in col {
            let va = ca * scale[a] * di;
            for &(b, cb) in col {
                if b <= a {
                    s[a * rows + b] += va * cb * scale[b];
                }
            }
        }
    }
    let chol = cholesky(s, rows)?;
    // K^{-1} v for v = grad and v = 1.
    let solve = |v: &[f64]| -> Vec<f64> {
        let dv: Vec<f64> = v.iter().zip(&d_inv).map(|(a, b)| a * b).collect();
        let mut cdv = vec![0.0; rows];
        for (col, &x) in cols.iter().zip(&dv) {
            for &(r, c) in col {
                cdv[r] += c * scale[r] * x;
            }
        }
        let y = cholesky_solve(&chol, rows, &cdv);
        dv.iter()
            .zip(cols.iter().zip(&d_inv))
            .map(|(&x, (col, &di))| {
                x - di * col.iter().map(|&(r, c)| c * scale[r] * y[r]).sum::<f64>()
            })
            .collect()
    };
    let d = solve(&grad);
    let decrement: f64 = grad.iter().zip(&d).map(|(g, x)| g * x).sum();
    Some((d, decrement.max(0.0)))
}

/// The lower-triangular Cholesky factor of the symmetric matrix whose lower triangle is `a`
/// (row-major, `n` by `n`); `None` if it is not positive definite.
fn cholesky(mut a: Vec<f64>, n: usize) -> Option<Vec<f64>> {
    for j in 0..n {
        let mut diag = a[j * n + j];
        for k in 0..j {
            diag -= a[j * n + k] * a[j * n + k];
        }
        if diag <= 0.0 || !diag.is_finite() {
            return None;
        }
        let diag = diag.sqrt();
        a[j * n + j] = diag;
        for i in j + 1..n {
            let mut v = a[i * n + j];
            for k in 0..j {
                v -= a[i * n + k] * a[j * n + k];
            }
            a[i * n + j] = v / diag;
        }
    }
    Some(a)
}

/// Solves `L L^T y = b` for the factor `l` of [`cholesky`].
fn cholesky_solve(l: &[f64], n: usize, b: &[f64]) -> Vec<f64> {
    let mut y = b.to_vec();
    for i in 0..n {
        for k in 0..i {
            y[i] -= l[i * n + k] * y[k];
        }
        y[i] /= l[i * n + i];
    }
    for i in (0..n).rev() {
        for k in i + 1..n {
            y[i] -= l[k * n + i] * y[k];
        }
        y[i] /= l[i * n + i];
    }
    y
}
