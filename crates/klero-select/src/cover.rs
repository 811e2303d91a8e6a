//! The first panels of the convex objectives (Nash welfare, Goldilocks): a few valid panels that
//! together hold every type that some valid panel holds, and the types that no valid panel holds.
//! Those objectives are undefined for a person whom no lottery can select (their logarithm or
//! their ratio to `k/n` is infinite), so they leave such people out and say so.

use crate::SelectError;
use crate::oracle::{Oracle, local_search, order_by_weight};
use crate::types::{TypePanel, Types};

/// Valid panels that hold every type some valid panel holds.
pub(crate) struct Cover {
    /// The panels, without duplicates.
    pub panels: Vec<TypePanel>,
    /// For each type, whether some valid panel holds it.
    pub reachable: Vec<bool>,
}

/// Panels that hold every type a valid panel can hold: local search rewarding the types not held
/// yet, and the exact oracle when it finds none; when even the oracle's heaviest panel holds no
/// new type, the types left can be on no valid panel. `None` when there is no valid panel at all.
pub(crate) fn cover(types: &Types, oracle: &mut Oracle) -> Result<Option<Cover>, SelectError> {
    let n = types.len();
    let Some((first, _)) = oracle.best(types, &vec![0.0; n])? else {
        return Ok(None);
    };
    let mut covered = vec![false; n];
    let mut panels = vec![first];
    loop {
        if let Some(last) = panels.last() {
            for &(t, _) in last {
                covered[t as usize] = true;
            }
        }
        if covered.iter().all(|&c| c) {
            break;
        }
        let weights: Vec<f64> = covered.iter().map(|&c| if c { 0.0 } else { 1.0 }).collect();
        let order = order_by_weight(&weights);
        let start = panels.last().cloned().unwrap_or_default();
        let (panel, w) = local_search(types, &weights, &order, &start);
        if w >= 0.5 {
            panels.push(panel);
            continue;
        }
        match oracle.best(types, &weights)? {
            Some((panel, w)) if w >= 0.5 => panels.push(panel),
            _ => break,
        }
    }
    Ok(Some(Cover {
        panels,
        reachable: covered,
    }))
}

/// The panels a column generation knows, without duplicates.
#[derive(Default)]
pub(crate) struct PanelSet {
    /// The panels, in the order they were found.
    pub panels: Vec<TypePanel>,
    seen: std::collections::HashSet<TypePanel>,
}

impl PanelSet {
    /// Adds a panel; `false` if it was known already.
    pub fn insert(&mut self, panel: TypePanel) -> bool {
        if self.seen.contains(&panel) {
            return false;
        }
        self.seen.insert(panel.clone());
        self.panels.push(panel);
        true
    }

    /// Keeps only the panels whose index passes `keep`; those dropped may be added again.
    pub fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        let panels = std::mem::take(&mut self.panels);
        self.panels = panels
            .into_iter()
            .enumerate()
            .filter(|(j, _)| keep(*j))
            .map(|(_, p)| p)
            .collect();
        self.seen = self.panels.iter().cloned().collect();
    }
}

/// Each type's probability per member when `panels` have probabilities `lambda`.
pub(crate) fn type_probabilities(types: &Types, panels: &[TypePanel], lambda: &[f64]) -> Vec<f64> {
    let mut pi = vec![0.0; types.len()];
    for (panel, &l) in panels.iter().zip(lambda) {
        for &(t, c) in panel {
            pi[t as usize] += l * f64::from(c);
        }
    }
    for (t, p) in pi.iter_mut().enumerate() {
        *p /= f64::from(types.size(t));
    }
    pi
}

/// Local search from the `starts` heaviest known panels under `weights`: the panels it finds
/// heavier than `target` and not known yet, added to `known`. Returns how many it added.
pub(crate) fn improving_by_search(
    types: &Types,
    weights: &[f64],
    known: &mut PanelSet,
    starts: usize,
    target: f64,
) -> usize {
    let order = order_by_weight(weights);
    let mut by_weight: Vec<(f64, usize)> = known
        .panels
        .iter()
        .enumerate()
        .map(|(j, p)| (types.weight(p, weights), j))
        .collect();
    by_weight.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut found = Vec::new();
    for &(_, j) in by_weight.iter().take(starts) {
        let (panel, w) = local_search(types, weights, &order, &known.panels[j]);
        if w > target {
            found.push(panel);
        }
    }
    found
        .into_iter()
        .filter(|p| known.insert(p.clone()))
        .count()
}
