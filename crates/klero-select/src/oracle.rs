//! The panel oracle: given a weight per type, the valid panel of largest total weight. Exact by
//! an integer program over types (HiGHS, one integer variable per type bounded by its size), and
//! fast by local search (swapping one member for another while every quota holds), which finds an
//! improving panel most of the time without calling the integer program.

use crate::SelectError;
use crate::types::{TypePanel, Types, panel_of};
use highs::{HighsModelStatus, Model, RowProblem, Sense};

/// Options that make HiGHS silent, single-threaded (deterministic) and precise.
pub(crate) fn quiet(model: &mut Model, mip: bool) {
    model.make_quiet();
    model.set_option("threads", 1);
    model.set_option("random_seed", 0);
    model.set_option("primal_feasibility_tolerance", 1e-9);
    model.set_option("dual_feasibility_tolerance", 1e-9);
    if mip {
        model.set_option("mip_rel_gap", 0.0);
        model.set_option("mip_abs_gap", 1e-10);
        model.set_option("mip_feasibility_tolerance", 1e-9);
    }
}

/// Adds the rules of a panel over types, seats `cols[t]` per type: `sum = k`, every quota, at
/// most one seat per household. Returns the number of rows added.
pub(crate) fn panel_rows(pb: &mut RowProblem, types: &Types, cols: &[highs::Col]) -> usize {
    let k = f64::from(types.k);
    pb.add_row(k..=k, cols.iter().map(|&c| (c, 1.0)));
    let by_quota = types.by_quota();
    for (q, ts) in by_quota.iter().enumerate() {
        let (lo, hi) = (f64::from(types.quota_min[q]), f64::from(types.quota_max[q]));
        pb.add_row(lo..=hi, ts.iter().map(|&t| (cols[t], 1.0)));
    }
    for h in &types.households {
        pb.add_row(..=1.0, h.iter().map(|&t| (cols[t as usize], 1.0)));
    }
    1 + by_quota.len() + types.households.len()
}

/// The exact oracle: an integer program built once, whose objective changes per call.
pub(crate) struct Oracle {
    model: Option<Model>,
    cols: Vec<highs::Col>,
    /// Integer programs solved.
    pub solves: usize,
}

impl Oracle {
    /// Builds the integer program: `sum x = k`, quotas, one per household,
    /// `floor_t <= x_t <= cap_t`.
    pub fn new(types: &Types) -> Self {
        let mut pb = RowProblem::default();
        let cols: Vec<_> = (0..types.len())
            .map(|t| {
                pb.add_integer_column(0.0, f64::from(types.floor[t])..=f64::from(types.cap[t]))
            })
            .collect();
        panel_rows(&mut pb, types, &cols);
        let mut model = pb.optimise(Sense::Maximise);
        quiet(&mut model, true);
        Self {
            model: Some(model),
            cols,
            solves: 0,
        }
    }

    /// The valid panel with the largest total weight, and that weight; `None` if there is no
    /// valid panel at all.
    pub fn best(
        &mut self,
        types: &Types,
        weights: &[f64],
    ) -> Result<Option<(TypePanel, f64)>, SelectError> {
        self.best_or_above(types, weights, f64::NEG_INFINITY)
    }

    /// Like [`Oracle::best`], but the search may stop at the first panel heavier than `target`:
    /// the panel returned is the heaviest one unless it is heavier than `target`. Column
    /// generation needs any panel above the master's price, and the heaviest one only to prove
    /// that there is none; the proof costs the same, the finding much less.
    pub fn best_or_above(
        &mut self,
        types: &Types,
        weights: &[f64],
        target: f64,
    ) -> Result<Option<(TypePanel, f64)>, SelectError> {
        let scale = weights.iter().fold(0.0f64, |a, &w| a.max(w.abs()));
        let scale = if scale > 0.0 { 1.0 / scale } else { 1.0 };
        let mut model = self
            .model
            .take()
            .ok_or_else(|| SelectError::Solver("oracle lost its model".into()))?;
        model.set_option("objective_target", target * scale);
        for (&col, &w) in self.cols.iter().zip(weights) {
            model.change_column_cost(col, w * scale);
        }
        self.solves += 1;
        let solved = model
            .try_solve()
            .map_err(|e| SelectError::Solver(format!("integer program: {e:?}")))?;
        let status = solved.status();
        let result = match status {
            HighsModelStatus::Optimal | HighsModelStatus::ObjectiveTarget => {
                let sol = solved.get_solution();
                let panel: TypePanel = sol
                    .columns()
                    .iter()
                    .enumerate()
                    .filter_map(|(t, &x)| {
                        let n = x.round();
                        (n >= 0.5).then_some((t as u32, n as u32))
                    })
                    .collect();
                if !types.is_valid(&panel) {
                    return Err(SelectError::Solver(
                        "the integer program returned an invalid panel".into(),
                    ));
                }
                let value = types.weight(&panel, weights);
                Some((panel, value))
            }
            HighsModelStatus::Infeasible => None,
            other => {
                return Err(SelectError::Solver(format!(
                    "integer program ended with status {other:?}"
                )));
            }
        };
        self.model = Some(solved.into());
        Ok(result)
    }
}

/// Local search: from `start`, repeatedly swap one member for one of another type while the total
/// weight grows and every rule holds. Returns the improved panel and its weight.
///
/// Each step takes the best swap: for each member type `a` (lightest first) above its floor, the
/// heaviest type `b` that may replace it. Types already at their cap cannot come in for any member, so each step
/// first drops them from the order once (keeping it sorted), instead of skipping them for every
/// member; households in use are marked in a vector indexed by household.
pub(crate) fn local_search(
    types: &Types,
    weights: &[f64],
    order: &[u32],
    start: &TypePanel,
) -> (TypePanel, f64) {
    let mut x = vec![0u32; types.len()];
    let mut q = vec![0u32; types.quota_count()];
    let mut house_used = vec![false; types.household_count()];
    for &(t, n) in start {
        x[t as usize] = n;
        for &r in &types.quota_rows[t as usize] {
            q[r] += n;
        }
        if let Some(h) = types.household[t as usize] {
            house_used[h as usize] = true;
        }
    }
    let mut members: Vec<u32> = start.iter().map(|&(t, _)| t).collect();
    let mut open: Vec<u32> = Vec::with_capacity(order.len());
    loop {
        let mut best: Option<(f64, u32, u32)> = None;
        members.sort_by(|a, b| weights[*a as usize].total_cmp(&weights[*b as usize]));
        open.clear();
        open.extend(
            order
                .iter()
                .copied()
                .filter(|&b| x[b as usize] < types.cap[b as usize]),
        );
        for &a in &members {
            if x[a as usize] <= types.floor[a as usize] {
                continue;
            }
            let wa = weights[a as usize];
            let ra = &types.quota_rows[a as usize];
            let ha = types.household[a as usize];
            for &b in &open {
                let wb = weights[b as usize];
                let gain = wb - wa;
                if gain <= best.map_or(1e-12, |(g, _, _)| g) {
                    break;
                }
                let bu = b as usize;
                if b == a {
                    continue;
                }
                if let Some(hb) = types.household[bu]
                    && ha != Some(hb)
                    && house_used[hb as usize]
                {
                    continue;
                }
                let rb = &types.quota_rows[bu];
                let ok = ra.iter().zip(rb).all(|(&i, &j)| {
                    i == j || (q[i] > types.quota_min[i] && q[j] < types.quota_max[j])
                });
                if ok {
                    best = Some((gain, a, b));
                    break;
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        let (au, bu) = (a as usize, b as usize);
        x[au] -= 1;
        x[bu] += 1;
        for &r in &types.quota_rows[au] {
            q[r] -= 1;
        }
        for &r in &types.quota_rows[bu] {
            q[r] += 1;
        }
        if let Some(h) = types.household[au] {
            house_used[h as usize] = false;
        }
        if let Some(h) = types.household[bu] {
            house_used[h as usize] = true;
        }
        if x[au] == 0 {
            members.retain(|&m| m != a);
        }
        if x[bu] == 1 {
            members.push(b);
        }
    }
    let panel = panel_of(&x);
    let w = types.weight(&panel, weights);
    (panel, w)
}

/// Types sorted by decreasing weight (ties by index), for [`local_search`].
pub(crate) fn order_by_weight(weights: &[f64]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..weights.len() as u32).collect();
    order.sort_by(|a, b| {
        weights[*b as usize]
            .total_cmp(&weights[*a as usize])
            .then(a.cmp(b))
    });
    order
}
