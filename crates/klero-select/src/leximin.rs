//! LEXIMIN (and MAXIMIN) by column generation over types.
//!
//! Level by level: maximise `z` such that every type not yet fixed has probability at least `z`
//! and every fixed type keeps its probability, over the panels known so far (the master linear
//! program); the dual prices of the master give a weight per type, and a panel heavier than the
//! master's price would raise `z`: local search looks for one, the exact integer program proves
//! there is none. Then the types whose dual price is positive cannot go above `z` in any
//! distribution that keeps the others: they are fixed, and the next level starts.

use crate::distribution::{Certificate, Distribution, Progress, SelectError, SolveStats};
use crate::oracle::{Oracle, local_search, order_by_weight, quiet};
use crate::types::{TypePanel, Types};
use crate::{Algorithm, Instance};
use highs::{HighsModelStatus, Model, RowProblem, Sense};
use std::collections::HashSet;

/// A level has converged when no panel beats the master's price by more than this.
const GAP: f64 = 1e-7;
/// A type is fixed when its (size-scaled) dual price exceeds this.
const FIX_DUAL: f64 = 1e-9;
/// Improving panels added to the master per round.
const COLUMNS_PER_ROUND: usize = 40;

pub(crate) fn leximin(
    instance: &Instance,
    maximin_only: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Distribution, SelectError> {
    let types = Types::new(instance);
    let n_types = types.len();
    let mut oracle = Oracle::new(&types);
    let mut stats = SolveStats {
        types: n_types,
        ..SolveStats::default()
    };

    // A first valid panel, or the explanation why there is none.
    let Some((first, _)) = oracle.best(&types, &vec![0.0; n_types])? else {
        return Err(SelectError::Infeasible(Box::new(crate::diagnose(instance))));
    };
    let mut pool = PanelPool::default();
    pool.insert(first.clone());
    warm_start(&types, &mut pool, first);

    let mut fixed: Vec<Option<f64>> = vec![None; n_types];
    let mut certificate = None;
    let mut last: Option<(Vec<f64>, Vec<usize>)> = None; // (probabilities of panels, their indices)
    let total_people = instance.people().len();

    let mut master = Master::new(&types, &pool.panels);
    while fixed.iter().any(Option::is_none) {
        stats.levels += 1;
        let (z, duals, w_star) = loop {
            let clock = std::time::Instant::now();
            let sol = master.solve(&types, &pool.panels)?;
            stats.lp_seconds += clock.elapsed().as_secs_f64();
            let clock = std::time::Instant::now();
            stats.lp_solves += 1;
            let price = pool
                .panels
                .iter()
                .map(|p| types.weight(p, &sol.duals))
                .fold(f64::MIN, f64::max);
            // Cheap first: local search from the heaviest known panels.
            let mut found = Vec::new();
            let order = order_by_weight(&sol.duals);
            let mut starts: Vec<usize> = sol.support.clone();
            starts.sort_by(|&a, &b| {
                types
                    .weight(&pool.panels[b], &sol.duals)
                    .total_cmp(&types.weight(&pool.panels[a], &sol.duals))
            });
            for &s in starts.iter().take(COLUMNS_PER_ROUND) {
                let (panel, w) = local_search(&types, &sol.duals, &order, &pool.panels[s]);
                if w > price + GAP
                    && let Some(i) = pool.insert(panel)
                {
                    found.push(i);
                }
            }
            stats.heuristic_seconds += clock.elapsed().as_secs_f64();
            if !found.is_empty() {
                stats.heuristic_columns += found.len();
                for &i in &found {
                    master.add_panel(i, &pool.panels[i])?;
                }
                continue;
            }
            // Exact: the heaviest valid panel.
            let clock = std::time::Instant::now();
            let best = oracle.best(&types, &sol.duals)?;
            stats.mip_seconds += clock.elapsed().as_secs_f64();
            let Some((panel, w)) = best else {
                return Err(SelectError::Solver(
                    "the pool has no valid panel any more".into(),
                ));
            };
            if w > price + GAP
                && let Some(i) = pool.insert(panel)
            {
                master.add_panel(i, &pool.panels[i])?;
                continue;
            }
            break (sol.z, sol, w);
        };
        if certificate.is_none() {
            // Level 1: the duals prove that no distribution gives everyone more than `w_star`.
            let mut weights = vec![0.0; total_people];
            let total: f64 = (0..n_types)
                .map(|t| duals.duals[t] * f64::from(types.size(t)))
                .sum();
            for t in 0..n_types {
                for &i in &types.members[t] {
                    weights[i] = duals.duals[t] / total;
                }
            }
            certificate = Some(Certificate {
                min_probability: z,
                max_panel_weight: w_star / total,
                weights,
            });
        }
        let mut newly = 0;
        for (t, slot) in fixed.iter_mut().enumerate() {
            if slot.is_none() && duals.duals[t] > FIX_DUAL {
                let v = duals.type_probability[t].min(z);
                *slot = Some(v);
                master.fix(t, types.size(t), v)?;
                newly += 1;
            }
        }
        if newly == 0 {
            // Numerically the duals can vanish; fix the types at the level value.
            for (t, slot) in fixed.iter_mut().enumerate() {
                if slot.is_none() && duals.type_probability[t] <= z + 1e-9 {
                    *slot = Some(z);
                    master.fix(t, types.size(t), z)?;
                    newly += 1;
                }
            }
        }
        if std::env::var("KLERO_DEBUG").is_ok() {
            eprintln!(
                "level {} z={z:.6} fixed {newly} panels {} lp {} mip {}",
                stats.levels,
                pool.panels.len(),
                stats.lp_solves,
                oracle.solves
            );
        }
        last = Some((duals.weights.clone(), duals.support.clone()));
        let settled: usize = (0..n_types)
            .filter(|&t| fixed[t].is_some())
            .map(|t| types.members[t].len())
            .sum();
        progress(Progress {
            phase: "leximin",
            settled,
            total: total_people,
        });
        if maximin_only || newly == 0 {
            break;
        }
    }
    let (weights, support) =
        last.ok_or_else(|| SelectError::Solver("no level was solved".into()))?;
    let mut panels = Vec::new();
    let mut probs = Vec::new();
    for (&i, &p) in support.iter().zip(&weights) {
        if p > 1e-12 {
            panels.push(pool.panels[i].clone());
            probs.push(p);
        }
    }
    let sum: f64 = probs.iter().sum();
    let mut expected = vec![0.0; n_types];
    for (panel, p) in panels.iter().zip(probs.iter_mut()) {
        *p /= sum;
        for &(t, n) in panel {
            expected[t as usize] += *p * f64::from(n);
        }
    }
    stats.mip_solves = oracle.solves;
    stats.panels_generated = pool.panels.len();
    stats.support = panels.len();
    let probabilities = types.person_probabilities(&expected, total_people);
    Ok(Distribution {
        algorithm: if maximin_only {
            Algorithm::Maximin
        } else {
            Algorithm::Leximin
        },
        probabilities,
        panels: panels.into_iter().zip(probs).map(|(p, w)| (w, p)).collect(),
        type_members: types.members.clone(),
        certificate,
        stats,
    })
}

/// Every panel generated so far, without duplicates.
#[derive(Default)]
struct PanelPool {
    panels: Vec<TypePanel>,
    seen: HashSet<TypePanel>,
}

impl PanelPool {
    /// Adds a panel not seen before and returns its index.
    fn insert(&mut self, panel: TypePanel) -> Option<usize> {
        if self.seen.insert(panel.clone()) {
            self.panels.push(panel);
            Some(self.panels.len() - 1)
        } else {
            None
        }
    }
}

/// Diverse first panels: local search that rewards types no known panel holds yet.
fn warm_start(types: &Types, pool: &mut PanelPool, first: TypePanel) {
    let mut covered = vec![false; types.len()];
    let mut current = first;
    for _ in 0..types.len().min(200) {
        for &(t, _) in &current {
            covered[t as usize] = true;
        }
        if covered.iter().all(|&c| c) {
            break;
        }
        let weights: Vec<f64> = covered.iter().map(|&c| if c { 0.0 } else { 1.0 }).collect();
        let order = order_by_weight(&weights);
        let (panel, w) = local_search(types, &weights, &order, &current);
        if w < 0.5 || pool.insert(panel.clone()).is_none() {
            break;
        }
        current = panel;
    }
}

/// The master program, in its dual form: a price per member of each type and a panel price `ŷ`,
/// minimising `ŷ - sum_fixed size_t v_t y_t` such that no known panel costs more than `ŷ` and the
/// unfixed types' prices, weighted by size, add up to 1. Each new panel is a new row, which the
/// dual simplex method absorbs in a few iterations; the row duals are the panels' probabilities.
///
/// A type's price is split in two columns, `u_t` (counted in the normalisation, free while the type
/// is unfixed) and `w_t` (with the objective `-size_t v_t`, free once it is fixed), so that fixing a
/// type changes only bounds and costs and the model, with its basis, lives on from level to level.
struct Master {
    model: Option<Model>,
    u: Vec<highs::Col>,
    w: Vec<highs::Col>,
    price: highs::Col,
    panel_rows: Vec<usize>, // pool index of each panel row (row 0 is the normalisation)
}

struct MasterSolution {
    z: f64,
    /// Dual price per type (per member), non-negative.
    duals: Vec<f64>,
    /// Probability of each type's members under the master's solution.
    type_probability: Vec<f64>,
    /// Pool indices of panels with positive weight, and their weights.
    support: Vec<usize>,
    weights: Vec<f64>,
}

impl Master {
    fn new(types: &Types, panels: &[TypePanel]) -> Self {
        let mut pb = RowProblem::default();
        let u: Vec<highs::Col> = (0..types.len())
            .map(|_| pb.add_column(0.0, 0.0..))
            .collect();
        let w: Vec<highs::Col> = (0..types.len())
            .map(|_| pb.add_column(0.0, 0.0..=0.0))
            .collect();
        let price = pb.add_column(1.0, ..=f64::INFINITY);
        pb.add_row(
            1.0..=1.0,
            u.iter()
                .enumerate()
                .map(|(t, &c)| (c, f64::from(types.size(t)))),
        );
        let mut master = Self {
            model: None,
            u,
            w,
            price,
            panel_rows: Vec::new(),
        };
        for p in panels {
            pb.add_row(0.0.., master.panel_row(p));
            master.panel_rows.push(master.panel_rows.len());
        }
        let mut model = pb.optimise(Sense::Minimise);
        quiet(&mut model, false);
        model.set_option("presolve", "off");
        model.set_option("solver", "simplex");
        model.set_option("simplex_strategy", 1);
        master.model = Some(model);
        master
    }

    /// The row `ŷ - sum_t x_t (u_t + w_t) >= 0` of a panel.
    fn panel_row(&self, panel: &TypePanel) -> Vec<(highs::Col, f64)> {
        let mut row = Vec::with_capacity(2 * panel.len() + 1);
        for &(t, n) in panel {
            row.push((self.u[t as usize], -f64::from(n)));
            row.push((self.w[t as usize], -f64::from(n)));
        }
        row.push((self.price, 1.0));
        row
    }

    fn model(&mut self) -> Result<&mut Model, SelectError> {
        self.model
            .as_mut()
            .ok_or_else(|| SelectError::Solver("master lost its model".into()))
    }

    fn add_panel(&mut self, pool_index: usize, panel: &TypePanel) -> Result<(), SelectError> {
        let row = self.panel_row(panel);
        self.model()?
            .try_add_row(0.0.., row)
            .map_err(|e| SelectError::Solver(format!("adding a panel to the master: {e:?}")))?;
        self.panel_rows.push(pool_index);
        Ok(())
    }

    /// Fixes type `t` (of `size` members) at probability `v`.
    fn fix(&mut self, t: usize, size: u32, v: f64) -> Result<(), SelectError> {
        let (u, w) = (self.u[t], self.w[t]);
        let model = self.model()?;
        model.change_column_bounds(u, 0.0..=0.0);
        model.change_column_bounds(w, 0.0..);
        model.change_column_cost(w, -v * f64::from(size));
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
            .ok_or_else(|| SelectError::Solver("master lost its model".into()))?;
        let solved = model
            .try_solve()
            .map_err(|e| SelectError::Solver(format!("master program: {e:?}")))?;
        if solved.status() != HighsModelStatus::Optimal {
            return Err(SelectError::Solver(format!(
                "master program ended with status {:?}",
                solved.status()
            )));
        }
        if std::env::var("KLERO_DEBUG").is_ok() {
            eprintln!(
                "lp iters {} rows {}",
                solved.simplex_iteration_count(),
                self.panel_rows.len()
            );
        }
        let sol = solved.get_solution();
        let n = types.len();
        let cols = sol.columns();
        let duals: Vec<f64> = (0..n).map(|t| (cols[t] + cols[n + t]).max(0.0)).collect();
        let z = solved.objective_value();
        let row_duals = sol.dual_rows();
        let mut support = Vec::new();
        let mut weights = Vec::new();
        for (j, &pool_index) in self.panel_rows.iter().enumerate() {
            let p = row_duals[j + 1].abs();
            if p > 1e-12 {
                support.push(pool_index);
                weights.push(p);
            }
        }
        let mut type_probability = vec![0.0; n];
        for (&i, &p) in support.iter().zip(&weights) {
            for &(t, c) in &panels[i] {
                type_probability[t as usize] += p * f64::from(c);
            }
        }
        for (t, prob) in type_probability.iter_mut().enumerate() {
            *prob /= f64::from(types.size(t));
        }
        self.model = Some(solved.into());
        Ok(MasterSolution {
            z,
            duals,
            type_probability,
            support,
            weights,
        })
    }
}
