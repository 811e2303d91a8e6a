//! Feasibility: is there any valid panel, and if not, which quotas conflict and what is the
//! smallest relaxation (within `min_flex`/`max_flex`) that makes the quotas feasible.

use crate::Instance;
use crate::oracle::quiet;
use crate::types::{TypePanel, Types};
use highs::{HighsModelStatus, RowProblem, Sense};
use serde::{Deserialize, Serialize};

/// One quota: a value of a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuotaRef {
    /// Category index.
    pub category: usize,
    /// Value index within the category.
    pub value: usize,
}

/// A proposed change to one quota.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaChange {
    /// The quota.
    pub quota: QuotaRef,
    /// Its current bounds.
    pub min: u32,
    /// Its current bounds.
    pub max: u32,
    /// The proposed bounds.
    pub new_min: u32,
    /// The proposed bounds.
    pub new_max: u32,
}

/// Why no valid panel exists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Infeasibility {
    /// A small set of quotas that cannot all hold together (with the panel size and households).
    pub conflicts: Vec<QuotaRef>,
    /// Plain-language explanation lines, naming categories and values.
    pub explanation: Vec<String>,
    /// The smallest relaxation (fewest seats moved) within the flexible bounds, if there is one.
    pub relaxation: Option<Vec<QuotaChange>>,
}

impl std::fmt::Display for Infeasibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.explanation.join("; "))
    }
}

/// Finds one valid panel (indices into the pool, sorted), or explains why there is none.
pub fn check_feasibility(instance: &Instance) -> Result<Vec<usize>, Box<Infeasibility>> {
    let types = Types::new(instance);
    let bounds: Vec<(u32, u32)> = types
        .quota_min
        .iter()
        .zip(&types.quota_max)
        .map(|(&a, &b)| (a, b))
        .collect();
    match solve(&types, &bounds, None) {
        Ok(Some((panel, _))) => {
            let mut people: Vec<usize> = panel
                .iter()
                .flat_map(|&(t, n)| types.members[t as usize].iter().copied().take(n as usize))
                .collect();
            people.sort_unstable();
            Ok(people)
        }
        Ok(None) => Err(Box::new(diagnose(instance))),
        Err(message) => Err(Box::new(Infeasibility {
            conflicts: Vec::new(),
            explanation: vec![format!("the feasibility check failed: {message}")],
            relaxation: None,
        })),
    }
}

/// Explains why the quotas are infeasible and proposes the smallest relaxation.
///
/// The conflicting quotas are found by a deletion filter: each quota in turn is dropped, and stays
/// dropped if the rest are still infeasible. What is left is a minimal set of quotas that cannot
/// hold together (dropping any one of them makes the others feasible). The relaxation is an integer
/// program that moves quota bounds, within `min_flex`/`max_flex` where given (else down to 0 and
/// up to the panel size), by as few seats in total as possible.
pub fn diagnose(instance: &Instance) -> Infeasibility {
    let types = Types::new(instance);
    let refs: Vec<QuotaRef> = instance
        .categories()
        .iter()
        .enumerate()
        .flat_map(|(c, cat)| {
            (0..cat.values.len()).map(move |v| QuotaRef {
                category: c,
                value: v,
            })
        })
        .collect();
    let quota = |r: QuotaRef| &instance.categories()[r.category].values[r.value];
    let k = instance.panel_size();
    let mut bounds: Vec<(u32, u32)> = refs.iter().map(|&r| (quota(r).min, quota(r).max)).collect();
    let mut explanation = Vec::new();
    let free: Vec<(u32, u32)> = vec![(0, k); refs.len()];
    match solve(&types, &free, None) {
        Ok(Some(_)) => {}
        Ok(None) => {
            explanation.push(format!(
                "even without quotas no panel of {k} exists: the pool has only {} people who may \
                 sit together (at most one per household)",
                max_without_quotas(&types)
            ));
            return Infeasibility {
                conflicts: Vec::new(),
                explanation,
                relaxation: None,
            };
        }
        Err(message) => {
            return Infeasibility {
                conflicts: Vec::new(),
                explanation: vec![format!("the feasibility check failed: {message}")],
                relaxation: None,
            };
        }
    }
    if !matches!(solve(&types, &bounds, None), Ok(None)) {
        return Infeasibility {
            conflicts: Vec::new(),
            explanation: vec!["the quotas are feasible".into()],
            relaxation: Some(Vec::new()),
        };
    }
    let mut conflicts = Vec::new();
    for (q, &r) in refs.iter().enumerate() {
        let kept = bounds[q];
        bounds[q] = (0, k);
        if !matches!(solve(&types, &bounds, None), Ok(None)) {
            bounds[q] = kept;
            conflicts.push(r);
        }
    }
    let available = |r: QuotaRef| {
        instance
            .people()
            .iter()
            .filter(|p| usize::from(p.values[r.category]) == r.value)
            .count()
    };
    explanation.push(format!(
        "no panel of {k} meets these quotas together (each one alone could be met):"
    ));
    for &r in &conflicts {
        let q = quota(r);
        explanation.push(format!(
            "`{}` = `{}`: at least {}, at most {} ({} in the pool)",
            instance.categories()[r.category].name,
            q.value,
            q.min,
            q.max,
            available(r)
        ));
    }
    let relaxation = relax(instance, &types, &refs);
    match &relaxation {
        Some(changes) => {
            let moved: u32 = changes
                .iter()
                .map(|c| c.min - c.new_min + c.new_max - c.max)
                .sum();
            explanation.push(format!(
                "smallest relaxation ({moved} seat{} in all): {}",
                if moved == 1 { "" } else { "s" },
                changes
                    .iter()
                    .map(|c| {
                        let q = quota(c.quota);
                        format!(
                            "`{}` = `{}` from {}..{} to {}..{}",
                            instance.categories()[c.quota.category].name,
                            q.value,
                            c.min,
                            c.max,
                            c.new_min,
                            c.new_max
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        None => explanation.push(
            "no relaxation within the flexible bounds (min_flex, max_flex) makes the quotas feasible"
                .into(),
        ),
    }
    Infeasibility {
        conflicts,
        explanation,
        relaxation,
    }
}

/// The relaxation that moves the fewest seats, within the flexible bounds.
fn relax(instance: &Instance, types: &Types, refs: &[QuotaRef]) -> Option<Vec<QuotaChange>> {
    let k = instance.panel_size();
    let slack: Vec<(u32, u32)> = refs
        .iter()
        .map(|r| {
            let q = &instance.categories()[r.category].values[r.value];
            let down = q.min - q.min_flex.unwrap_or(0).min(q.min);
            let up = q.max_flex.unwrap_or(k).max(q.max) - q.max;
            (down, up)
        })
        .collect();
    let bounds: Vec<(u32, u32)> = types
        .quota_min
        .iter()
        .zip(&types.quota_max)
        .map(|(&a, &b)| (a, b))
        .collect();
    let (_, moves) = solve(types, &bounds, Some(&slack)).ok()??;
    let changes = refs
        .iter()
        .zip(moves)
        .filter(|(_, (down, up))| *down > 0 || *up > 0)
        .map(|(&r, (down, up))| {
            let q = &instance.categories()[r.category].values[r.value];
            QuotaChange {
                quota: r,
                min: q.min,
                max: q.max,
                new_min: q.min - down,
                new_max: q.max + up,
            }
        })
        .collect();
    Some(changes)
}

/// The largest panel the households allow, without quotas.
fn max_without_quotas(types: &Types) -> u64 {
    let in_households: std::collections::HashSet<u32> =
        types.household.iter().flatten().copied().collect();
    let alone: u64 = (0..types.len())
        .filter(|&t| types.household[t].is_none())
        .map(|t| u64::from(types.size(t)))
        .sum();
    alone + in_households.len() as u64
}

/// Solves the type-level feasibility program with the given quota bounds. With `slack`, each quota
/// may move down and up by at most the given amounts, and the program minimises the total move;
/// the result then also holds the moves per quota.
#[expect(
    clippy::type_complexity,
    reason = "private helper with two result shapes"
)]
fn solve(
    types: &Types,
    bounds: &[(u32, u32)],
    slack: Option<&[(u32, u32)]>,
) -> Result<Option<(TypePanel, Vec<(u32, u32)>)>, String> {
    let mut pb = RowProblem::default();
    let cols: Vec<_> = (0..types.len())
        .map(|t| pb.add_integer_column(0.0, 0.0..=f64::from(types.cap[t])))
        .collect();
    let k = f64::from(types.k);
    pb.add_row(k..=k, cols.iter().map(|&c| (c, 1.0)));
    let mut slack_cols = Vec::new();
    for (q, ts) in types.by_quota().iter().enumerate() {
        let (lo, hi) = (f64::from(bounds[q].0), f64::from(bounds[q].1));
        let row: Vec<_> = ts.iter().map(|&t| (cols[t], 1.0)).collect();
        match slack {
            Some(s) => {
                let down = pb.add_integer_column(1.0, 0.0..=f64::from(s[q].0));
                let up = pb.add_integer_column(1.0, 0.0..=f64::from(s[q].1));
                pb.add_row(lo.., row.iter().copied().chain([(down, 1.0)]));
                pb.add_row(..=hi, row.into_iter().chain([(up, -1.0)]));
                slack_cols.push((down, up));
            }
            None => pb.add_row(lo..=hi, row),
        }
    }
    for h in &types.households {
        pb.add_row(..=1.0, h.iter().map(|&t| (cols[t as usize], 1.0)));
    }
    let mut model = pb.optimise(Sense::Minimise);
    quiet(&mut model, true);
    let solved = model.try_solve().map_err(|e| format!("{e:?}"))?;
    match solved.status() {
        HighsModelStatus::Optimal => {
            let sol = solved.get_solution();
            let x = sol.columns();
            let round = |v: f64| v.round().max(0.0) as u32;
            let panel: TypePanel = (0..types.len())
                .filter(|&t| round(x[t]) > 0)
                .map(|t| (t as u32, round(x[t])))
                .collect();
            let moves = (0..slack_cols.len())
                .map(|q| {
                    let base = types.len() + 2 * q;
                    (round(x[base]), round(x[base + 1]))
                })
                .collect();
            Ok(Some((panel, moves)))
        }
        HighsModelStatus::Infeasible => Ok(None),
        other => Err(format!("the integer program ended with status {other:?}")),
    }
}
