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
use std::collections::{BTreeMap, HashMap};

/// A level has converged when no panel beats the master's price by more than this.
const GAP: f64 = 1e-7;
/// The relaxation's point counts as a distribution over valid panels when the decomposition
/// misses it by at most this many seats in all.
const DECOMPOSITION_TOLERANCE: f64 = 1e-7;
/// A type is fixed when its (size-scaled) dual price exceeds this.
const FIX_DUAL: f64 = 1e-9;
/// Improving panels added to the master per round.
const COLUMNS_PER_ROUND: usize = 40;
/// Panels drawn around the relaxation's point per type with a fractional number of seats, to
/// seed the decomposition (besides the walk's panels), and at most this many in all (the first
/// solve of the decomposition grows with them faster than the rounds they save: 2 per type
/// beat 4 and 1 on like_obf_30 and like_hd_30).
const SAMPLES_PER_FRACTIONAL_TYPE: usize = 2;
const MAX_SAMPLES: usize = 1200;
/// When the walk leaves less than this share of the relaxation's point unwritten, the point it
/// left is written on its own face (a decomposition program with a row per type that face leaves
/// free, far fewer than the whole point's); otherwise the whole point's decomposition program,
/// seeded with the walk's panels and panels drawn around the point, finishes the work.
const WALK_FAR_ENOUGH: f64 = 1e-3;
/// Draws for the decomposition of the point the walk left, per type its face leaves free, and at
/// most: many fail on so small a face, and each panel they give saves an integer program.
const REST_DRAWS_PER_FREE_TYPE: usize = 20;
const MAX_REST_DRAWS: usize = 6000;
/// The seed of the panels drawn around the relaxation's point: fixed, so LEXIMIN's result depends
/// on the instance alone.
const SAMPLE_SEED: [u8; 32] = *b"kleroterion decomposition seeds\0";

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

    if !maximin_only
        && let Some(distribution) = through_relaxation(&types, &mut pool, &mut oracle, &mut stats)?
    {
        return Ok(distribution);
    }

    let mut fixed: Vec<Option<f64>> = vec![None; n_types];
    let mut certificate = None;
    let mut last: Option<(Vec<f64>, Vec<usize>)> = None; // (probabilities of panels, their indices)
    let total_people = instance.people().len();

    let mut master = Master::new(&types, &pool.panels)?;
    while fixed.iter().any(Option::is_none) {
        stats.levels += 1;
        let (duals, w_star) =
            generate_columns(&types, &mut pool, &mut oracle, &mut stats, &mut master)?;
        let z = duals.z;
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
            if slot.is_none() && duals.level_duals[t] > FIX_DUAL {
                let v = duals.type_probability[t].min(z);
                *slot = Some(v);
                master.fix(t, v)?;
                newly += 1;
            }
        }
        if newly == 0 {
            // Numerically the duals can vanish; fix the types at the level value.
            for (t, slot) in fixed.iter_mut().enumerate() {
                if slot.is_none() && duals.type_probability[t] <= z + 1e-9 {
                    *slot = Some(z);
                    master.fix(t, z)?;
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
    let algorithm = if maximin_only {
        Algorithm::Maximin
    } else {
        Algorithm::Leximin
    };
    Ok(finish(
        &types,
        &pool,
        (&support, &weights),
        certificate,
        stats,
        oracle.solves,
        algorithm,
    ))
}

/// The distribution over the support panels (pool indices and weights, renormalised).
fn finish(
    types: &Types,
    pool: &PanelPool,
    (support, weights): (&[usize], &[f64]),
    certificate: Option<Certificate>,
    mut stats: SolveStats,
    mip_solves: usize,
    algorithm: Algorithm,
) -> Distribution {
    let total_people: usize = types.members.iter().map(Vec::len).sum();
    let mut panels = Vec::new();
    let mut probs = Vec::new();
    for (&i, &p) in support.iter().zip(weights) {
        if p > 1e-12 {
            panels.push(pool.panels[i].clone());
            probs.push(p);
        }
    }
    let sum: f64 = probs.iter().sum();
    let mut expected = vec![0.0; types.len()];
    for (panel, p) in panels.iter().zip(probs.iter_mut()) {
        *p /= sum;
        for &(t, n) in panel {
            expected[t as usize] += *p * f64::from(n);
        }
    }
    stats.mip_solves = mip_solves;
    stats.panels_generated = pool.panels.len();
    stats.support = panels.len();
    let probabilities = types.person_probabilities(&expected, total_people);
    Distribution {
        algorithm,
        probabilities,
        panels: panels.into_iter().zip(probs).map(|(p, w)| (w, p)).collect(),
        type_members: types.members.clone(),
        certificate,
        stats,
    }
}

/// LEXIMIN through the relaxation: its LEXIMIN point, written as a distribution over valid
/// panels by column generation. `None` when the point is not such a distribution (the relaxation
/// promised more than panels can give); the caller then runs LEXIMIN level by level, keeping the
/// panels found here.
fn through_relaxation(
    types: &Types,
    pool: &mut PanelPool,
    oracle: &mut Oracle,
    stats: &mut SolveStats,
) -> Result<Option<Distribution>, SelectError> {
    let clock = std::time::Instant::now();
    let relaxed = crate::relaxed::relaxed_leximin(types)?;
    stats.lp_seconds += clock.elapsed().as_secs_f64();
    let Some(relaxed) = relaxed else {
        return Ok(None);
    };
    stats.levels = relaxed.levels;
    // Only panels on the smallest face of the relaxation that holds its point can be part of a
    // distribution whose average is that point: the decomposition looks for panels there alone.
    let face = types.face(&relaxed.seats);
    let mut face_oracle = Oracle::new(&face);
    if face_oracle.best(&face, &vec![0.0; face.len()])?.is_none() {
        return Ok(None);
    }
    // First the walk, which most often writes the point as panels without a linear program.
    let clock = std::time::Instant::now();
    let walk = crate::walk::walk(&face, &relaxed.seats, SAMPLE_SEED);
    let (walk_left, walk_complete) = (walk.left, walk.complete);
    let (rest, rest_tolerance) = (walk.rest, walk.tolerance);
    stats.heuristic_seconds += clock.elapsed().as_secs_f64();
    stats.walk_panels = walk.panels.len();
    // A panel the walk met twice takes both shares.
    let mut shares: BTreeMap<usize, f64> = BTreeMap::new();
    for (panel, share) in walk.panels {
        *shares.entry(pool.index_of(panel)).or_default() += share;
    }
    if std::env::var("KLERO_DEBUG").is_ok() {
        eprintln!(
            "walk: {} panels in {:.3}s, complete {walk_complete}, {walk_left:.3e} of the point left",
            shares.len(),
            clock.elapsed().as_secs_f64(),
        );
    }
    if walk_complete
        && let Some(distribution) = written_by(types, pool, &relaxed, &shares, stats, oracle.solves)
    {
        return Ok(Some(distribution));
    }
    if !walk_complete && walk_left < WALK_FAR_ENOUGH {
        let rest_face = face.face_within(&rest, rest_tolerance);
        let mut rest_oracle = Oracle::new(&rest_face);
        if let Some(rest_shares) = write_rest(&rest_face, &rest, &mut rest_oracle, stats)? {
            for (panel, share) in rest_shares {
                *shares.entry(pool.index_of(panel)).or_default() += walk_left * share;
            }
            let mip_solves = oracle.solves + rest_oracle.solves;
            if let Some(distribution) =
                written_by(types, pool, &relaxed, &shares, stats, mip_solves)
            {
                return Ok(Some(distribution));
            }
        }
    }
    // Panels drawn around the point, so the decomposition starts near it, unless the walk
    // came close enough (then its panels hold nearly all of the point, and fewer columns make
    // for a faster program).
    let clock = std::time::Instant::now();
    let fractional = relaxed
        .seats
        .iter()
        .filter(|s| (*s - s.round()).abs() > 1e-9)
        .count();
    let count = if walk_left < WALK_FAR_ENOUGH {
        0
    } else {
        (SAMPLES_PER_FRACTIONAL_TYPE * fractional).min(MAX_SAMPLES)
    };
    let mut sampled = 0;
    for panel in crate::sample::panels_around(&face, &relaxed.seats, count, SAMPLE_SEED) {
        if pool.insert(panel).is_some() {
            sampled += 1;
        }
    }
    stats.heuristic_seconds += clock.elapsed().as_secs_f64();
    stats.sampled_panels = sampled;
    let mut master = Decomposition::new(&face, &relaxed.seats, &pool.panels)?;
    let (sol, _) = generate_columns(&face, pool, &mut face_oracle, stats, &mut master)?;
    if std::env::var("KLERO_DEBUG").is_ok() {
        eprintln!(
            "relaxation: {} levels, z {:.9}, {sampled} panels drawn around it, decomposition off by {:.3e} seats",
            relaxed.levels, relaxed.z, sol.z
        );
    }
    if sol.z > DECOMPOSITION_TOLERANCE {
        return Ok(None);
    }
    Ok(Some(at_relaxed_point(
        types,
        pool,
        &relaxed,
        (&sol.support, &sol.weights, &sol.type_probability),
        std::mem::take(stats),
        oracle.solves + face_oracle.solves,
    )))
}

/// Writes the point the walk left (`rest`, on its own face `rest_face`) as panels with their
/// probabilities, by column generation on that face: its decomposition program has a row per
/// type the face leaves free, far fewer than the whole point's. `None` when the face holds no
/// panel.
fn write_rest(
    rest_face: &Types,
    rest: &[f64],
    rest_oracle: &mut Oracle,
    stats: &mut SolveStats,
) -> Result<Option<Vec<(TypePanel, f64)>>, SelectError> {
    let clock = std::time::Instant::now();
    let free = (0..rest_face.len())
        .filter(|&t| rest_face.floor[t] < rest_face.cap[t])
        .count();
    let mut rest_pool = PanelPool::default();
    let count = (REST_DRAWS_PER_FREE_TYPE * free).min(MAX_REST_DRAWS);
    for panel in crate::sample::panels_around(rest_face, rest, count, SAMPLE_SEED) {
        rest_pool.insert(panel);
    }
    stats.heuristic_seconds += clock.elapsed().as_secs_f64();
    if rest_pool.panels.is_empty() {
        match rest_oracle.best(rest_face, &vec![0.0; rest_face.len()])? {
            Some((panel, _)) => {
                rest_pool.insert(panel);
            }
            None => return Ok(None),
        }
    }
    let mut master = Decomposition::new(rest_face, rest, &rest_pool.panels)?;
    let (sol, _) = generate_columns(rest_face, &mut rest_pool, rest_oracle, stats, &mut master)?;
    if std::env::var("KLERO_DEBUG").is_ok() {
        eprintln!(
            "rest: {free} free types, {} panels, off by {:.3e} seats",
            rest_pool.panels.len(),
            sol.z
        );
    }
    Ok(Some(
        sol.support
            .iter()
            .zip(&sol.weights)
            .map(|(&i, &w)| (rest_pool.panels[i].clone(), w))
            .collect(),
    ))
}

/// The distribution that gives panels `shares` (pool index, probability) when they write the
/// relaxation's point to within [`DECOMPOSITION_TOLERANCE`] seats in all; `None` otherwise.
fn written_by(
    types: &Types,
    pool: &PanelPool,
    relaxed: &crate::relaxed::Relaxed,
    shares: &BTreeMap<usize, f64>,
    stats: &mut SolveStats,
    mip_solves: usize,
) -> Option<Distribution> {
    let (support, weights): (Vec<usize>, Vec<f64>) = shares.iter().map(|(&i, &p)| (i, p)).unzip();
    let type_probability = type_probabilities(types, &pool.panels, &support, &weights);
    let off: f64 = type_probability
        .iter()
        .enumerate()
        .map(|(t, p)| (p * f64::from(types.size(t)) - relaxed.seats[t]).abs())
        .sum::<f64>()
        + (weights.iter().sum::<f64>() - 1.0).abs();
    if std::env::var("KLERO_DEBUG").is_ok() {
        eprintln!("written as panels: off by {off:.3e} seats");
    }
    if off > DECOMPOSITION_TOLERANCE {
        return None;
    }
    Some(at_relaxed_point(
        types,
        pool,
        relaxed,
        (&support, &weights, &type_probability),
        std::mem::take(stats),
        mip_solves,
    ))
}

/// The distribution over panels `support` with probabilities `weights` (which give each type's
/// members `type_probability`), which write the relaxation's LEXIMIN point, with the
/// relaxation's first-level certificate.
fn at_relaxed_point(
    types: &Types,
    pool: &PanelPool,
    relaxed: &crate::relaxed::Relaxed,
    (support, weights, type_probability): (&[usize], &[f64], &[f64]),
    stats: SolveStats,
    mip_solves: usize,
) -> Distribution {
    let min_probability = type_probability
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let mut person_weights = vec![0.0; types.members.iter().map(Vec::len).sum()];
    for (t, members) in types.members.iter().enumerate() {
        for &i in members {
            person_weights[i] = relaxed.prices[t] / f64::from(types.size(t));
        }
    }
    let certificate = Certificate {
        min_probability,
        max_panel_weight: relaxed.z,
        weights: person_weights,
    };
    finish(
        types,
        pool,
        (support, weights),
        Some(certificate),
        stats,
        mip_solves,
        Algorithm::Leximin,
    )
}

/// The decomposition program: panel probabilities `p_j` whose expected seats per type come as
/// close as possible to a target, minimising the total deviation `sum_t (s+_t + s-_t)` with
/// `sum_j p_j x_jt + s+_t - s-_t = target_t` and `sum_j p_j = 1`.
///
/// The first solve starts with the panels drawn around the target, from no basis: the interior
/// point method (with crossover to a basic solution) does that many times faster than the primal
/// simplex method (1.7 s instead of 36 s with 800 panels on `like_sf_e_110`). Each later solve
/// adds a few columns to the last basis, which the primal simplex method absorbs best.
struct Decomposition {
    model: Option<Model>,
    convexity: highs::Row,
    /// Each type's row (none for types the face fixes).
    type_rows: Vec<Option<highs::Row>>,
    panel_cols: Vec<usize>,
    first_panel_col: usize,
    solved_once: bool,
}

impl Decomposition {
    fn new(types: &Types, target: &[f64], panels: &[TypePanel]) -> Result<Self, SelectError> {
        let n = types.len();
        let mut pb = RowProblem::default();
        let plus: Vec<highs::Col> = (0..n).map(|_| pb.add_column(1.0, 0.0..)).collect();
        let minus: Vec<highs::Col> = (0..n).map(|_| pb.add_column(1.0, 0.0..)).collect();
        let mut model = Model::new(pb);
        quiet(&mut model, false);
        model.set_option("presolve", "off");
        model.set_option("solver", "ipm");
        model.set_option("run_crossover", "on");
        model.set_sense(Sense::Minimise);
        let err = |e| SelectError::Solver(format!("building the decomposition program: {e:?}"));
        let convexity = model.try_add_row(1.0..=1.0, []).map_err(err)?;
        // A type the face fixes (no seat, or all its seats) has the same count on every panel:
        // its row would only repeat the convexity row, so it has none.
        let mut type_rows = Vec::with_capacity(n);
        for t in 0..n {
            if types.floor[t] == types.cap[t] {
                type_rows.push(None);
                continue;
            }
            let goal = target.get(t).copied().unwrap_or(0.0);
            type_rows.push(Some(
                model
                    .try_add_row(goal..=goal, [(plus[t], 1.0), (minus[t], -1.0)])
                    .map_err(err)?,
            ));
        }
        let mut master = Self {
            model: Some(model),
            convexity,
            type_rows,
            panel_cols: Vec::new(),
            first_panel_col: 2 * n,
            solved_once: false,
        };
        for (i, p) in panels.iter().enumerate() {
            master.add_panel(types, i, p)?;
        }
        Ok(master)
    }
}

impl ColumnMaster for Decomposition {
    fn add_panel(
        &mut self,
        _types: &Types,
        pool_index: usize,
        panel: &TypePanel,
    ) -> Result<(), SelectError> {
        let mut column = Vec::with_capacity(panel.len() + 1);
        column.push((self.convexity, 1.0));
        for &(t, n) in panel {
            if let Some(row) = self.type_rows[t as usize] {
                column.push((row, f64::from(n)));
            }
        }
        self.model
            .as_mut()
            .ok_or_else(|| SelectError::Solver("decomposition lost its model".into()))?
            .try_add_column(0.0, 0.0.., column)
            .map_err(|e| SelectError::Solver(format!("adding a panel: {e:?}")))?;
        self.panel_cols.push(pool_index);
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
            .ok_or_else(|| SelectError::Solver("decomposition lost its model".into()))?;
        let clock = std::time::Instant::now();
        let solved = solve_to_optimum(model, "decomposition program")?;
        let seconds = clock.elapsed().as_secs_f64();
        let n = types.len();
        let sol = solved.get_solution();
        let cols = sol.columns();
        let row_duals = sol.dual_rows();
        // Reduced cost of a panel: -(dual of the convexity row + sum_t dual_t x_t); it improves
        // the program when sum_t dual_t x_t exceeds the heaviest known panel's weight.
        let mut duals = vec![0.0; n];
        let mut row = 1;
        for (t, dual) in duals.iter_mut().enumerate() {
            if self.type_rows[t].is_some() {
                *dual = row_duals.get(row).copied().unwrap_or(0.0);
                row += 1;
            }
        }
        let (support, weights) = support(cols, self.first_panel_col, &self.panel_cols);
        let type_probability = type_probabilities(types, panels, &support, &weights);
        let deviation = solved.objective_value();
        if std::env::var("KLERO_DEBUG").is_ok() {
            eprintln!(
                "decomposition: {seconds:.3}s, iterations {} (interior point {}), panels {}, deviation {deviation:.3e}",
                solved.simplex_iteration_count(),
                solved.ipm_iteration_count(),
                self.panel_cols.len()
            );
        }
        let mut model: Model = solved.into();
        if !self.solved_once {
            self.solved_once = true;
            model.set_option("solver", "simplex");
            model.set_option("simplex_strategy", 4);
        }
        self.model = Some(model);
        Ok(MasterSolution {
            z: deviation,
            duals,
            level_duals: vec![0.0; n],
            type_probability,
            support,
            weights,
        })
    }
}

/// Solves a master program, which must end optimal.
fn solve_to_optimum(model: Model, what: &str) -> Result<highs::SolvedModel, SelectError> {
    let solved = model
        .try_solve()
        .map_err(|e| SelectError::Solver(format!("{what}: {e:?}")))?;
    if solved.status() != HighsModelStatus::Optimal {
        return Err(SelectError::Solver(format!(
            "{what} ended with status {:?}",
            solved.status()
        )));
    }
    Ok(solved)
}

/// The panels of positive probability in a master's solution `cols`, whose panel columns start
/// at `first_panel_col` and stand for the pool's panels `panel_cols`: pool indices and
/// probabilities.
fn support(cols: &[f64], first_panel_col: usize, panel_cols: &[usize]) -> (Vec<usize>, Vec<f64>) {
    let mut support = Vec::new();
    let mut weights = Vec::new();
    for (j, &pool_index) in panel_cols.iter().enumerate() {
        let p = cols.get(first_panel_col + j).copied().unwrap_or(0.0);
        if p > 1e-12 {
            support.push(pool_index);
            weights.push(p);
        }
    }
    (support, weights)
}

/// Each type's probability per member when the pool's panels `support` have probabilities
/// `weights`.
fn type_probabilities(
    types: &Types,
    panels: &[TypePanel],
    support: &[usize],
    weights: &[f64],
) -> Vec<f64> {
    let mut type_probability = vec![0.0; types.len()];
    for (&i, &p) in support.iter().zip(weights) {
        for &(t, c) in &panels[i] {
            type_probability[t as usize] += p * f64::from(c);
        }
    }
    for (t, prob) in type_probability.iter_mut().enumerate() {
        *prob /= f64::from(types.size(t));
    }
    type_probability
}

/// A master program of column generation: its solution prices types, and panels are its columns.
trait ColumnMaster {
    /// Solves the program over the panels known so far.
    fn solve(&mut self, types: &Types, panels: &[TypePanel])
    -> Result<MasterSolution, SelectError>;
    /// Adds a panel (pool index `index`) as a column.
    fn add_panel(
        &mut self,
        types: &Types,
        index: usize,
        panel: &TypePanel,
    ) -> Result<(), SelectError>;
}

/// Column generation until no valid panel is heavier, under the master's prices, than the
/// heaviest known one (by more than [`GAP`]): local search first, the integer program to prove
/// it. Returns the last solution and the heaviest valid panel's weight.
fn generate_columns(
    types: &Types,
    pool: &mut PanelPool,
    oracle: &mut Oracle,
    stats: &mut SolveStats,
    master: &mut dyn ColumnMaster,
) -> Result<(MasterSolution, f64), SelectError> {
    loop {
        let clock = std::time::Instant::now();
        let sol = master.solve(types, &pool.panels)?;
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
            let (panel, w) = local_search(types, &sol.duals, &order, &pool.panels[s]);
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
                master.add_panel(types, i, &pool.panels[i])?;
            }
            continue;
        }
        // Exact: the heaviest valid panel.
        let clock = std::time::Instant::now();
        let best = oracle.best_or_above(types, &sol.duals, price + GAP)?;
        stats.mip_seconds += clock.elapsed().as_secs_f64();
        let Some((panel, w)) = best else {
            return Err(SelectError::Solver(
                "the pool has no valid panel any more".into(),
            ));
        };
        if w > price + GAP
            && let Some(i) = pool.insert(panel)
        {
            master.add_panel(types, i, &pool.panels[i])?;
            continue;
        }
        return Ok((sol, w));
    }
}

/// Every panel generated so far, without duplicates.
#[derive(Default)]
struct PanelPool {
    panels: Vec<TypePanel>,
    seen: HashMap<TypePanel, usize>,
}

impl PanelPool {
    /// Adds a panel not seen before and returns its index.
    fn insert(&mut self, panel: TypePanel) -> Option<usize> {
        if self.seen.contains_key(&panel) {
            None
        } else {
            Some(self.index_of(panel))
        }
    }

    /// The index of a panel, added if it is new.
    fn index_of(&mut self, panel: TypePanel) -> usize {
        match self.seen.get(&panel) {
            Some(&i) => i,
            None => {
                self.panels.push(panel.clone());
                self.seen.insert(panel, self.panels.len() - 1);
                self.panels.len() - 1
            }
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

/// The master program, in its primal form: panel probabilities `p_j` (one column per known
/// panel), maximising `z` such that the probabilities add up to 1 and each type's probability
/// `pi_t = sum_j p_j x_jt / size_t` is at least `z` while unfixed and at least its fixed value once
/// fixed. Each new panel is a new column, which the primal simplex method absorbs from the current
/// basis; the basis has one row per type (twice) plus one, however many panels are known.
///
/// Fixing a type must change only column bounds (the model lives on, with its basis, from level to
/// level), so each type has two rows: `A_t: pi_t - z + f_t >= 0`, where `f_t` is held at 0 while
/// the type is unfixed and freed once it is fixed, and `B_t: pi_t - g_t >= 0`, where `g_t` is held
/// at 0 until the type is fixed at `v_t`, then at `v_t`. The row duals give the types' prices.
struct Master {
    model: Option<Model>,
    f: Vec<highs::Col>,
    g: Vec<highs::Col>,
    convexity: highs::Row,
    a_rows: Vec<highs::Row>,
    b_rows: Vec<highs::Row>,
    panel_cols: Vec<usize>, // pool index of each panel column, in column order after the fixed ones
    first_panel_col: usize,
    fixed: Vec<bool>,
}

struct MasterSolution {
    z: f64,
    /// Dual price per type (per member), non-negative.
    duals: Vec<f64>,
    /// Dual price of each unfixed type's `A_t` row (for the whole type): positive means the type
    /// cannot rise above `z`.
    level_duals: Vec<f64>,
    /// Probability of each type's members under the master's solution.
    type_probability: Vec<f64>,
    /// Pool indices of panels with positive weight, and their weights.
    support: Vec<usize>,
    weights: Vec<f64>,
}

impl Master {
    fn new(types: &Types, panels: &[TypePanel]) -> Result<Self, SelectError> {
        let n = types.len();
        let mut pb = RowProblem::default();
        let z = pb.add_column(1.0, f64::NEG_INFINITY..f64::INFINITY);
        let f: Vec<highs::Col> = (0..n).map(|_| pb.add_column(0.0, 0.0..=0.0)).collect();
        let g: Vec<highs::Col> = (0..n).map(|_| pb.add_column(0.0, 0.0..=0.0)).collect();
        let mut model = Model::new(pb);
        quiet(&mut model, false);
        model.set_option("presolve", "off");
        model.set_option("solver", "simplex");
        model.set_option("simplex_strategy", 4);
        model.set_sense(Sense::Maximise);
        let err = |e| SelectError::Solver(format!("building the master program: {e:?}"));
        let convexity = model.try_add_row(1.0..=1.0, []).map_err(err)?;
        let mut a_rows = Vec::with_capacity(n);
        let mut b_rows = Vec::with_capacity(n);
        for t in 0..n {
            a_rows.push(
                model
                    .try_add_row(0.0.., [(z, -1.0), (f[t], 1.0)])
                    .map_err(err)?,
            );
            b_rows.push(model.try_add_row(0.0.., [(g[t], -1.0)]).map_err(err)?);
        }
        let mut master = Self {
            model: Some(model),
            f,
            g,
            convexity,
            a_rows,
            b_rows,
            panel_cols: Vec::new(),
            first_panel_col: 1 + 2 * n,
            fixed: vec![false; n],
        };
        for (i, p) in panels.iter().enumerate() {
            master.add_panel(types, i, p)?;
        }
        Ok(master)
    }

    fn model(&mut self) -> Result<&mut Model, SelectError> {
        self.model
            .as_mut()
            .ok_or_else(|| SelectError::Solver("master lost its model".into()))
    }

    /// Fixes type `t` at probability `v`.
    fn fix(&mut self, t: usize, v: f64) -> Result<(), SelectError> {
        let (f, g) = (self.f[t], self.g[t]);
        self.fixed[t] = true;
        let model = self.model()?;
        model.change_column_bounds(f, 0.0..);
        model.change_column_bounds(g, v..=v);
        Ok(())
    }
}

impl ColumnMaster for Master {
    fn add_panel(
        &mut self,
        types: &Types,
        pool_index: usize,
        panel: &TypePanel,
    ) -> Result<(), SelectError> {
        let mut column = Vec::with_capacity(2 * panel.len() + 1);
        column.push((self.convexity, 1.0));
        for &(t, n) in panel {
            let share = f64::from(n) / f64::from(types.size(t as usize));
            column.push((self.a_rows[t as usize], share));
            column.push((self.b_rows[t as usize], share));
        }
        self.model()?
            .try_add_column(0.0, 0.0.., column)
            .map_err(|e| SelectError::Solver(format!("adding a panel to the master: {e:?}")))?;
        self.panel_cols.push(pool_index);
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
        let solved = solve_to_optimum(model, "master program")?;
        if std::env::var("KLERO_DEBUG").is_ok() {
            eprintln!(
                "lp iters {} panels {}",
                solved.simplex_iteration_count(),
                self.panel_cols.len()
            );
        }
        let sol = solved.get_solution();
        let n = types.len();
        let cols = sol.columns();
        let row_duals = sol.dual_rows();
        // HiGHS reports the duals of binding `>=` rows of a maximisation as non-positive.
        let dual = |r: usize| -row_duals.get(r).copied().unwrap_or(0.0);
        let mut duals = vec![0.0; n];
        let mut level_duals = vec![0.0; n];
        for t in 0..n {
            let (a, b) = (dual(1 + 2 * t), dual(2 + 2 * t));
            duals[t] = (a + b).max(0.0) / f64::from(types.size(t));
            if !self.fixed[t] {
                level_duals[t] = a.max(0.0);
            }
        }
        let z = solved.objective_value();
        let (support, weights) = support(cols, self.first_panel_col, &self.panel_cols);
        let type_probability = type_probabilities(types, panels, &support, &weights);
        self.model = Some(solved.into());
        Ok(MasterSolution {
            z,
            duals,
            level_duals,
            type_probability,
            support,
            weights,
        })
    }
}
