//! Writing a point of the relaxation as a distribution over valid panels by a Carathéodory walk.
//!
//! From the point `x` (expected seats per type), take a valid panel `v` on the smallest face of
//! the relaxation that holds `x`, and walk from `v` through `x` until the walk meets the
//! relaxation's boundary, at `x' = x + λ (x − v)`. Then `x = (λ v + x') / (1 + λ)`: `v` takes
//! the share `λ / (1 + λ)` and `x'` the rest. `x'` lies on a smaller face (the constraint that
//! stopped the walk holds there too, besides every one that held at `x`, which `v` meets exactly),
//! so after at most as many steps as the face has dimensions the point left is itself a panel.
//! Each step costs one panel drawn around the point and a ratio test: no linear program.
//!
//! The walk is exact when every face it meets holds a valid panel that the drawing finds. The
//! relaxation is not always integral, so a face may hold no panel at all, the drawing can fail,
//! and the point left grows less precise as its share shrinks (it is the original point, minus
//! the panels, divided by that share). When drawing fails (late in the walk, on pools where nearly
//! every person is a type of their own, the faces are so tight that the repairs rarely mend every
//! quota), an integer program finds a panel on the face ([`FaceProgram`]); the walk stops only
//! when that fails too, and hands back its panels and the point left: the decomposition program
//! writes that point, on its own small face (see `leximin`).

use crate::oracle::quiet;
use crate::sample::drawn_around;
use crate::types::{TypePanel, Types, panel_of};
use highs::{HighsModelStatus, HighsSolutionStatus, Model, RowProblem, Sense};

/// Draws tried per step for a panel on the face: when none is valid, the integer program finds
/// one. After a step where drawing failed, fewer draws are tried (on a tight face most fail, and
/// each costs its repairs).
const DRAWS_PER_STEP: usize = 24;
const DRAWS_AFTER_FALLBACK: usize = 8;
/// Branch-and-bound nodes the integer program may take to find a panel on the face: a face that
/// holds none may take long to prove empty, and the decomposition program does better then. A
/// count of nodes, unlike a time limit, keeps the result reproducible.
const FALLBACK_NODES: i32 = 200;
/// The integer program is asked only while the share of the point left is at least this (each
/// call costs up to a second on a tight face); below, the walk stops when drawing fails, and the
/// decomposition program writes the point left on its own small face.
const FALLBACK_ABOVE: f64 = 1e-6;
/// The panel need not be the one nearest the point: within this share of the best is near enough.
const FALLBACK_GAP: f64 = 0.01;
/// The point's coordinates and quota counts are on a bound when this close to it, times the
/// share of the point not yet written as panels (the walk divides the point by that share, so
/// the solver's rounding grows with it).
const TOLERANCE: f64 = 1e-9;
/// The tolerance grows no further than this: beyond, the point left is too small a share to
/// be worth walking on (the decomposition program writes it).
const MAX_TOLERANCE: f64 = 1e-6;
/// Sweeps of the projection back onto the rows at most, and the largest miss it leaves.
const PROJECTION_SWEEPS: usize = 100;
const PROJECTED: f64 = 1e-14;
/// A walk shorter than this is no progress.
const MIN_STEP: f64 = 1e-12;

/// What the walk found.
pub(crate) struct Walk {
    /// The panels found, each with its share of the point.
    pub panels: Vec<(TypePanel, f64)>,
    /// Whether the panels write the whole point (their shares add up to 1).
    pub complete: bool,
    /// The share of the point the panels leave unwritten.
    pub left: f64,
    /// The point left to write (expected seats per type), for that share.
    pub rest: Vec<f64>,
    /// How close to a bound counts as on it, for the point left.
    pub tolerance: f64,
}

/// Walks from `seats` (a point of the relaxation of `types`, expected seats per type) to panels;
/// the draws are seeded from `seed`. Deterministic for given inputs.
pub(crate) fn walk(types: &Types, seats: &[f64], seed: [u8; 32]) -> Walk {
    let n = types.len();
    let mut found = Walk {
        panels: Vec::new(),
        complete: false,
        left: 1.0,
        rest: seats.to_vec(),
        tolerance: TOLERANCE,
    };
    if seats.len() != n {
        return found;
    }
    let by_quota = types.by_quota();
    let mut x: Vec<f64> = seats
        .iter()
        .zip(&types.cap)
        .map(|(&s, &c)| s.clamp(0.0, f64::from(c)))
        .collect();
    let mut share = 1.0;
    let mut tolerance = TOLERANCE;
    let max_steps = n + by_quota.len() + types.households.len() + 2;
    let mut program: Option<FaceProgram> = None;
    let mut fell_back = false;
    let mut fallbacks = 0;
    let debug = std::env::var("KLERO_DEBUG").is_ok();
    let clock = std::time::Instant::now();
    let (mut draw_s, mut ip_s) = (0.0, 0.0);
    for step in 0..max_steps {
        tolerance = (TOLERANCE / share).min(MAX_TOLERANCE);
        snap(&mut x, &types.cap, tolerance);
        project(types, &by_quota, &mut x, tolerance);
        if x.iter().all(|&s| s.fract() == 0.0) {
            let last: Vec<u32> = x.iter().map(|&s| s as u32).collect();
            let panel = crate::types::panel_of(&last);
            if types.is_valid(&panel) {
                found.panels.push((panel, share));
                found.complete = true;
                share = 0.0;
            }
            break;
        }
        let face = types.face_within(&x, tolerance);
        let mut step_seed = seed;
        for (b, s) in step_seed.iter_mut().zip((step as u64).to_le_bytes()) {
            *b ^= s;
        }
        let draws = if fell_back {
            DRAWS_AFTER_FALLBACK
        } else {
            DRAWS_PER_STEP
        };
        let usable = |v: TypePanel| {
            let dense = dense_panel(n, &v);
            let lambda = step_length(types, &by_quota, &x, &dense, tolerance);
            (lambda > MIN_STEP).then_some((v, dense, lambda))
        };
        let t0 = std::time::Instant::now();
        let mut chosen = drawn_around(&face, &x, draws, 1, step_seed)
            .into_iter()
            .find_map(usable);
        draw_s += t0.elapsed().as_secs_f64();
        fell_back = chosen.is_none();
        let t0 = std::time::Instant::now();
        if fell_back && share >= FALLBACK_ABOVE {
            chosen = program
                .get_or_insert_with(|| FaceProgram::new(types, &by_quota))
                .panel_on(&face, &x)
                .and_then(usable);
        }
        if fell_back {
            fallbacks += 1;
            ip_s += t0.elapsed().as_secs_f64();
        }
        if debug && step % 100 == 0 {
            eprintln!(
                "walk step {step}: {share:.3e} of the point left, {fallbacks} from the integer program, {:.1}s (drawing {draw_s:.1}s, program {ip_s:.1}s)",
                clock.elapsed().as_secs_f64()
            );
        }
        let Some((v, dense, lambda)) = chosen else {
            break;
        };
        found.panels.push((v, share * lambda / (1.0 + lambda)));
        share /= 1.0 + lambda;
        for (xt, vt) in x.iter_mut().zip(&dense) {
            *xt += lambda * (*xt - vt);
        }
    }
    if debug {
        eprintln!(
            "walk: {} steps, {fallbacks} panels from the integer program",
            found.panels.len()
        );
    }
    found.left = share;
    found.tolerance = tolerance;
    found.rest = x;
    found
}

/// The integer program that finds a panel on a face of `types` when drawing fails: built once per
/// walk, with the quotas as bounded columns (`sum_{t in q} x_t - s_q = 0`), so that moving to a
/// smaller face changes only column bounds.
struct FaceProgram {
    model: Option<Model>,
    seats: Vec<highs::Col>,
    quotas: Vec<highs::Col>,
}

impl FaceProgram {
    fn new(types: &Types, by_quota: &[Vec<usize>]) -> Self {
        let mut pb = RowProblem::default();
        let seats: Vec<highs::Col> = (0..types.len())
            .map(|t| {
                pb.add_integer_column(0.0, f64::from(types.floor[t])..=f64::from(types.cap[t]))
            })
            .collect();
        let quotas: Vec<highs::Col> = (0..by_quota.len())
            .map(|q| {
                pb.add_column(
                    0.0,
                    f64::from(types.quota_min[q])..=f64::from(types.quota_max[q]),
                )
            })
            .collect();
        let k = f64::from(types.k);
        pb.add_row(k..=k, seats.iter().map(|&c| (c, 1.0)));
        for (ts, &s) in by_quota.iter().zip(&quotas) {
            pb.add_row(
                0.0..=0.0,
                ts.iter().map(|&t| (seats[t], 1.0)).chain([(s, -1.0)]),
            );
        }
        for h in &types.households {
            pb.add_row(..=1.0, h.iter().map(|&t| (seats[t as usize], 1.0)));
        }
        let mut model = pb.optimise(Sense::Maximise);
        quiet(&mut model, true);
        model.set_option("mip_max_nodes", FALLBACK_NODES);
        model.set_option("mip_rel_gap", FALLBACK_GAP);
        // Weights are seats of the point, never negative: every panel reaches this target, so
        // the search stops at its first panel (most often found at the root).
        model.set_option("objective_target", 0.0);
        model.set_option("presolve", "off");
        Self {
            model: Some(model),
            seats,
            quotas,
        }
    }

    /// A valid panel on `face` (a face of the walk's pool, which holds `x`): among the first the
    /// program finds, one close to `x` (weights `x_t` per seat: with seats of 0 or 1, the panel
    /// nearest `x` is the heaviest), so that the walk through `x` goes far. `None` when the program
    /// finds none within its nodes.
    fn panel_on(&mut self, face: &Types, x: &[f64]) -> Option<TypePanel> {
        let mut model = self.model.take()?;
        for (t, &col) in self.seats.iter().enumerate() {
            model.change_column_bounds(col, f64::from(face.floor[t])..=f64::from(face.cap[t]));
            model.change_column_cost(col, x[t]);
        }
        for (q, &col) in self.quotas.iter().enumerate() {
            model.change_column_bounds(
                col,
                f64::from(face.quota_min[q])..=f64::from(face.quota_max[q]),
            );
        }
        let solved = model.try_solve().ok()?;
        let found = matches!(
            solved.status(),
            HighsModelStatus::Optimal | HighsModelStatus::ObjectiveTarget
        ) || solved.primal_solution_status() == HighsSolutionStatus::Feasible;
        let panel = found.then(|| {
            let sol = solved.get_solution();
            let counts: Vec<u32> = sol.columns()[..self.seats.len()]
                .iter()
                .map(|&v| v.round().max(0.0) as u32)
                .collect();
            panel_of(&counts)
        });
        self.model = Some(solved.into());
        panel.filter(|p| face.is_valid(p))
    }
}

/// A panel's seats per type, as a point of the relaxation (`n` types).
fn dense_panel(n: usize, panel: &TypePanel) -> Vec<f64> {
    let mut dense = vec![0.0; n];
    for &(t, c) in panel {
        dense[t as usize] = f64::from(c);
    }
    dense
}

/// Puts `x` back exactly on the rows it meets within `tolerance` (the panel size, quotas at a
/// bound, full households), moving only coordinates strictly between their bounds: the solver
/// leaves the point a hair off its rows, and each step of the walk would multiply that by the
/// step's length. Cyclic projections, each row's shortfall spread evenly over its free types.
fn project(types: &Types, by_quota: &[Vec<usize>], x: &mut [f64], tolerance: f64) {
    // (all the row's types, its free types, its bound)
    let mut rows: Vec<(Vec<usize>, Vec<usize>, f64)> = Vec::new();
    let mut add = |members: Vec<usize>, x: &[f64], bounds: &[f64]| {
        let at: f64 = members.iter().map(|&t| x[t]).sum();
        if let Some(&b) = bounds.iter().find(|&&b| (at - b).abs() < tolerance) {
            let free: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&t| x[t] > 0.0 && x[t] < f64::from(types.cap[t]))
                .collect();
            if !free.is_empty() {
                rows.push((members, free, b));
            }
        }
    };
    add((0..x.len()).collect(), x, &[f64::from(types.k)]);
    for (q, ts) in by_quota.iter().enumerate() {
        let bounds = [f64::from(types.quota_min[q]), f64::from(types.quota_max[q])];
        add(ts.clone(), x, &bounds);
    }
    for h in &types.households {
        add(h.iter().map(|&t| t as usize).collect(), x, &[1.0]);
    }
    for _ in 0..PROJECTION_SWEEPS {
        let mut worst = 0.0f64;
        for (members, free, b) in &rows {
            let short = b - members.iter().map(|&t| x[t]).sum::<f64>();
            worst = worst.max(short.abs());
            let each = short / free.len() as f64;
            for &t in free {
                x[t] = (x[t] + each).clamp(0.0, f64::from(types.cap[t]));
            }
        }
        if worst < PROJECTED {
            break;
        }
    }
}

/// Puts coordinates within `tolerance` of 0 or of their cap on it.
fn snap(x: &mut [f64], cap: &[u32], tolerance: f64) {
    for (xt, &c) in x.iter_mut().zip(cap) {
        let c = f64::from(c);
        if *xt < tolerance {
            *xt = 0.0;
        } else if *xt > c - tolerance {
            *xt = c;
        }
    }
}

/// How far the walk from panel `dense` (seats per type) through `x` can go beyond `x` (as a
/// multiple of `x − dense`) before it leaves the relaxation: 0 when the panel is not on the
/// smallest face that holds `x`.
fn step_length(
    types: &Types,
    by_quota: &[Vec<usize>],
    x: &[f64],
    dense: &[f64],
    tolerance: f64,
) -> f64 {
    let mut lambda = f64::INFINITY;
    // At most `slack` more along a direction that grows by `rate` per unit of λ.
    let mut limit = |slack: f64, rate: f64| {
        if rate > tolerance {
            lambda = lambda.min(slack.max(0.0) / rate);
        }
    };
    for t in 0..x.len() {
        let d = x[t] - dense[t];
        limit(f64::from(types.cap[t]) - x[t], d);
        limit(x[t], -d);
    }
    for (q, ts) in by_quota.iter().enumerate() {
        let at: f64 = ts.iter().map(|&t| x[t]).sum();
        let d: f64 = ts.iter().map(|&t| x[t] - dense[t]).sum();
        limit(f64::from(types.quota_max[q]) - at, d);
        limit(at - f64::from(types.quota_min[q]), -d);
    }
    for h in &types.households {
        let at: f64 = h.iter().map(|&t| x[t as usize]).sum();
        let d: f64 = h.iter().map(|&t| x[t as usize] - dense[t as usize]).sum();
        limit(1.0 - at, d);
    }
    if lambda.is_finite() { lambda } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test pool's types, the relaxation's LEXIMIN point and the face that holds it.
    fn point_and_face() -> (Types, Vec<f64>, Types) {
        let types = Types::new(&crate::sample::tests::pool());
        let relaxed = crate::relaxed::relaxed_leximin(&types)
            .expect("the relaxation solves")
            .expect("the pool has panels");
        let face = types.face(&relaxed.seats);
        (types, relaxed.seats, face)
    }

    #[test]
    fn the_panels_and_the_point_left_write_the_point() {
        let (_, seats, face) = point_and_face();
        let found = walk(&face, &seats, [3; 32]);
        assert!(found.panels.len() > 1, "{} panels", found.panels.len());
        let mut written: Vec<f64> = found.rest.iter().map(|r| found.left * r).collect();
        let mut total = found.left;
        for (panel, share) in &found.panels {
            assert!(face.is_valid(panel), "panel off the face {panel:?}");
            assert!(*share > 0.0);
            total += share;
            for &(t, c) in panel {
                written[t as usize] += share * f64::from(c);
            }
        }
        assert!((total - 1.0).abs() < 1e-9, "shares add up to {total}");
        for (t, (w, s)) in written.iter().zip(&seats).enumerate() {
            assert!((w - s).abs() < 1e-7, "type {t}: {w} written for {s}");
        }
        let again = walk(&face, &seats, [3; 32]);
        assert_eq!(again.panels, found.panels, "the walk is deterministic");
    }

    #[test]
    fn a_walk_from_a_panel_is_that_panel() {
        let (types, seats, face) = point_and_face();
        let panel = drawn_around(&face, &seats, 50, 1, [9; 32])
            .pop()
            .expect("a panel is drawn");
        let found = walk(&types, &dense_panel(types.len(), &panel), [3; 32]);
        assert!(found.complete);
        assert_eq!(found.panels, vec![(panel, 1.0)]);
    }
}
