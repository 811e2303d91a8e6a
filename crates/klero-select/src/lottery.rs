//! The transparent lottery: the distribution rounded to `m` equally likely panels, so that the
//! draw itself is as simple as picking a number from 1 to `m` in public.
//!
//! The rounding picks how many of the `m` panels each panel of the distribution gets, minimising
//! the largest change of anyone's probability: an integer program over the distribution's panels,
//! started from largest-remainder rounding and limited in branch-and-bound nodes (never in time:
//! the rounding must come out the same on every machine, however loaded, or a verifier's re-run
//! would draw from a different lottery). Within a type, members take the
//! type's seats in turn, so their counts differ by at most one.

use crate::oracle::quiet;
use crate::{Distribution, DrawRng, Instance, SelectError};
use highs::{HighsModelStatus, RowProblem, Sense};

/// Branch-and-bound nodes the rounding program may explore before the best rounding found so
/// far is used. A count, not a time, so that the result is reproducible.
const NODE_LIMIT: i32 = 500;

/// `m` equally likely panels (a panel may appear several times).
#[derive(Clone, Debug, PartialEq)]
pub struct Lottery {
    /// The panels, each a sorted list of indices into the pool.
    pub panels: Vec<Vec<usize>>,
    /// Each person's probability of selection in the lottery (a multiple of `1/m`).
    pub probabilities: Vec<f64>,
    /// The largest change of anyone's probability from the distribution's.
    pub max_change: f64,
    /// Whether `max_change` is proven the smallest possible over the distribution's panels.
    pub optimal: bool,
}

impl Lottery {
    /// Draws one panel's index in `0..m`.
    pub fn draw(&self, rng: &mut DrawRng) -> usize {
        rng.below(self.panels.len() as u64) as usize
    }
}

/// Rounds `distribution` to `m` equally likely panels.
pub fn lottery(
    instance: &Instance,
    distribution: &Distribution,
    m: u32,
) -> Result<Lottery, SelectError> {
    if m == 0 {
        return Err(SelectError::Invalid(
            "a lottery needs at least one panel".into(),
        ));
    }
    let members = &distribution.type_members;
    let panels = &distribution.panels;
    if panels.is_empty() {
        return Err(SelectError::Invalid("the distribution has no panel".into()));
    }
    let target: Vec<f64> = members
        .iter()
        .map(|ms| ms.first().map_or(0.0, |&i| distribution.probabilities[i]))
        .collect();
    let start = largest_remainder(panels.iter().map(|(p, _)| *p), m);
    let (counts, optimal) = match optimise_counts(distribution, &target, m, &start)? {
        Some(better) => better,
        None => (start, false),
    };
    // Expand: panel j of the lottery, members taking their type's seats in turn.
    let mut next = vec![0usize; members.len()];
    let mut lottery_panels = Vec::with_capacity(m as usize);
    let mut seats = vec![0u32; instance.people().len()];
    for ((_, panel), &c) in panels.iter().zip(&counts) {
        for _ in 0..c {
            let mut chosen = Vec::with_capacity(instance.panel_size() as usize);
            for &(t, n) in panel {
                let ms = &members[t as usize];
                for _ in 0..n {
                    let i = ms[next[t as usize] % ms.len()];
                    next[t as usize] += 1;
                    chosen.push(i);
                    seats[i] += 1;
                }
            }
            chosen.sort_unstable();
            lottery_panels.push(chosen);
        }
    }
    let probabilities: Vec<f64> = seats.iter().map(|&s| f64::from(s) / f64::from(m)).collect();
    let max_change = probabilities
        .iter()
        .zip(&distribution.probabilities)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    Ok(Lottery {
        panels: lottery_panels,
        probabilities,
        max_change,
        optimal,
    })
}

/// Integer counts adding up to `m`, proportional to `weights`, by largest remainders.
fn largest_remainder(weights: impl Iterator<Item = f64>, m: u32) -> Vec<u32> {
    let scaled: Vec<f64> = weights.map(|w| w * f64::from(m)).collect();
    let mut counts: Vec<u32> = scaled.iter().map(|s| s.floor().max(0.0) as u32).collect();
    let assigned: u32 = counts.iter().sum();
    let mut order: Vec<usize> = (0..scaled.len()).collect();
    order.sort_by(|&a, &b| {
        (scaled[b] - scaled[b].floor())
            .total_cmp(&(scaled[a] - scaled[a].floor()))
            .then(a.cmp(&b))
    });
    for &i in order
        .iter()
        .cycle()
        .take(m.saturating_sub(assigned) as usize)
    {
        counts[i] += 1;
    }
    counts
}

/// The counts that minimise the largest change of a person's probability, and whether that is
/// proven optimal; `None` if the solver found nothing better than `start`.
///
/// Variables: `c_P` panels of each kind (sum `m`); per type `t` of size `s`, the seats
/// `M_t = sum_P c_P x_Pt` split as `s q_t + r_t` with `0 <= r_t <= (s-1) b_t`, so its members get
/// `q_t` or `q_t + b_t` of the `m` panels; `q_t >= m (pi_t - d)` and `q_t + b_t <= m (pi_t + d)`.
fn optimise_counts(
    distribution: &Distribution,
    target: &[f64],
    m: u32,
    start: &[u32],
) -> Result<Option<(Vec<u32>, bool)>, SelectError> {
    let panels = &distribution.panels;
    let types = distribution.type_members.len();
    let mf = f64::from(m);
    let mut pb = RowProblem::default();
    let c: Vec<_> = panels
        .iter()
        .map(|_| pb.add_integer_column(0.0, 0.0..=mf))
        .collect();
    let d = pb.add_column(1.0, 0.0..=1.0);
    pb.add_row(mf..=mf, c.iter().map(|&col| (col, 1.0)));
    let mut by_type: Vec<Vec<(usize, f64)>> = vec![Vec::new(); types];
    for (j, (_, panel)) in panels.iter().enumerate() {
        for &(t, n) in panel {
            by_type[t as usize].push((j, f64::from(n)));
        }
    }
    for (t, uses) in by_type.iter().enumerate() {
        let s = distribution.type_members[t].len() as f64;
        let q = pb.add_integer_column(0.0, 0.0..=mf);
        let r = pb.add_integer_column(0.0, 0.0..=(s - 1.0).max(0.0));
        let b = pb.add_integer_column(0.0, 0.0..=if s > 1.0 { 1.0 } else { 0.0 });
        // sum_P c_P x_Pt - s q - r = 0
        let mut row: Vec<_> = uses.iter().map(|&(j, n)| (c[j], n)).collect();
        row.push((q, -s));
        row.push((r, -1.0));
        pb.add_row(0.0..=0.0, row);
        pb.add_row(..=0.0, [(r, 1.0), (b, -(s - 1.0).max(0.0))]);
        // q + m d >= m pi ; q + b - m d <= m pi
        pb.add_row(mf * target[t].., [(q, 1.0), (d, mf)]);
        pb.add_row(..=mf * target[t], [(q, 1.0), (b, 1.0), (d, -mf)]);
    }
    // The start, in column order: c, d, then (q, r, b) per type.
    let mut seats = vec![0.0; types];
    for ((_, panel), &k) in panels.iter().zip(start) {
        for &(t, n) in panel {
            seats[t as usize] += f64::from(k) * f64::from(n);
        }
    }
    let mut guess: Vec<f64> = start.iter().map(|&k| f64::from(k)).collect();
    let d_at = guess.len();
    guess.push(0.0);
    let mut worst = 0.0f64;
    for (t, &seats_t) in seats.iter().enumerate() {
        let s = distribution.type_members[t].len() as f64;
        let q = (seats_t / s).floor();
        let r = seats_t - s * q;
        let b = if r > 0.5 { 1.0 } else { 0.0 };
        worst = worst.max(target[t] - q / mf).max((q + b) / mf - target[t]);
        guess.extend([q, r, b]);
    }
    guess[d_at] = worst.max(0.0);
    let mut model = pb.optimise(Sense::Minimise);
    quiet(&mut model, true);
    let _ = model.try_set_solution(Some(&guess), None, None, None);
    model.set_option("mip_max_nodes", NODE_LIMIT);
    model.set_option("mip_abs_gap", 1e-7);
    let solved = model
        .try_solve()
        .map_err(|e| SelectError::Solver(format!("lottery rounding: {e:?}")))?;
    let status = solved.status();
    if !matches!(
        status,
        HighsModelStatus::Optimal
            | HighsModelStatus::ReachedIterationLimit
            | HighsModelStatus::ReachedSolutionLimit
    ) {
        return Ok(None);
    }
    let cols = solved.get_solution().columns().to_vec();
    if cols.len() < panels.len() {
        return Ok(None);
    }
    let counts: Vec<u32> = cols[..panels.len()]
        .iter()
        .map(|v| v.round().max(0.0) as u32)
        .collect();
    if counts.iter().sum::<u32>() != m {
        return Ok(None);
    }
    Ok(Some((counts, status == HighsModelStatus::Optimal)))
}
