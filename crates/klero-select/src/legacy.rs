//! LEGACY: the greedy method practitioners used for years (the Sortition Foundation's original
//! algorithm), kept for comparison. Seat by seat, it finds the value whose minimum is hardest to
//! meet (the largest ratio of seats still needed to people still available), draws a person with
//! that value uniformly at random, and removes everyone who can no longer be selected (the
//! person's household, and people with a value whose maximum is reached). It can reach a dead end,
//! in which case it starts again. Its selection probabilities are not computed but estimated by
//! repeating it; some volunteers get almost no chance, which is why LEXIMIN replaced it.

use crate::distribution::{Distribution, SelectError, SolveStats};
use crate::{Algorithm, DrawRng, Instance};

/// Attempts per panel before giving up.
const ATTEMPTS: usize = 200;

/// Repeats the greedy draw `runs` times from a stream seeded with `seed` and returns the empirical
/// distribution (each run's panel with probability `1/runs`).
pub(crate) fn legacy_distribution(
    instance: &Instance,
    seed: [u8; 32],
    runs: usize,
) -> Result<Distribution, SelectError> {
    let mut rng = DrawRng::from_seed(seed);
    let n = instance.people().len();
    let mut counts = vec![0u32; n];
    let mut panels = Vec::with_capacity(runs);
    let runs = runs.max(1);
    for _ in 0..runs {
        let panel = legacy_panel(instance, &mut rng)?;
        for &i in &panel {
            counts[i] += 1;
        }
        panels.push((
            1.0 / runs as f64,
            panel.iter().map(|&i| (i as u32, 1)).collect(),
        ));
    }
    Ok(Distribution {
        algorithm: Algorithm::Legacy,
        probabilities: counts.iter().map(|&c| f64::from(c) / runs as f64).collect(),
        panels,
        type_members: (0..n).map(|i| vec![i]).collect(),
        certificate: None,
        optimality: None,
        stats: SolveStats {
            types: n,
            panels_generated: runs,
            support: runs,
            ..SolveStats::default()
        },
    })
}

/// One greedy panel (sorted indices), retrying after dead ends.
pub(crate) fn legacy_panel(
    instance: &Instance,
    rng: &mut DrawRng,
) -> Result<Vec<usize>, SelectError> {
    for _ in 0..ATTEMPTS {
        if let Some(panel) = attempt(instance, rng) {
            return Ok(panel);
        }
    }
    Err(SelectError::Solver(format!(
        "the greedy method reached a dead end {ATTEMPTS} times in a row"
    )))
}

/// The people still available for each value, with O(1) removal.
struct Remaining {
    lists: Vec<Vec<usize>>, // per flat value, the people
    slot: Vec<Vec<usize>>,  // per person, their position in each of their values' lists
    alive: Vec<bool>,
}

impl Remaining {
    fn remove(&mut self, person: usize, rows: &[usize]) {
        if !std::mem::replace(&mut self.alive[person], false) {
            return;
        }
        for (c, &r) in rows.iter().enumerate() {
            let pos = self.slot[person][c];
            let list = &mut self.lists[r];
            list.swap_remove(pos);
            if let Some(&moved) = list.get(pos) {
                self.slot[moved][c] = pos;
            }
        }
    }
}

fn attempt(instance: &Instance, rng: &mut DrawRng) -> Option<Vec<usize>> {
    let cats = instance.categories();
    let mut offset = Vec::with_capacity(cats.len());
    let (mut mins, mut maxes) = (Vec::new(), Vec::new());
    for c in cats {
        offset.push(mins.len());
        for q in &c.values {
            mins.push(q.min);
            maxes.push(q.max);
        }
    }
    let people = instance.people();
    let rows: Vec<Vec<usize>> = people
        .iter()
        .map(|p| {
            p.values
                .iter()
                .enumerate()
                .map(|(c, &v)| offset[c] + usize::from(v))
                .collect()
        })
        .collect();
    let mut lists = vec![Vec::new(); mins.len()];
    let mut slot = vec![Vec::new(); people.len()];
    for (i, rs) in rows.iter().enumerate() {
        for &r in rs {
            slot[i].push(lists[r].len());
            lists[r].push(i);
        }
    }
    let mut households: std::collections::HashMap<u32, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, p) in people.iter().enumerate() {
        if let Some(h) = p.household {
            households.entry(h).or_default().push(i);
        }
    }
    let mut rem = Remaining {
        lists,
        slot,
        alive: vec![true; people.len()],
    };
    let mut selected = vec![0u32; mins.len()];
    let mut panel = Vec::with_capacity(instance.panel_size() as usize);
    for _ in 0..instance.panel_size() {
        // The value whose minimum is hardest to meet.
        let mut best: Option<(f64, usize)> = None;
        for r in 0..mins.len() {
            let available = rem.lists[r].len();
            if available == 0 || maxes[r] == 0 {
                continue;
            }
            let ratio = (f64::from(mins[r]) - f64::from(selected[r])) / available as f64;
            if ratio > 1.0 {
                return None;
            }
            if best.is_none_or(|(b, _)| ratio > b) {
                best = Some((ratio, r));
            }
        }
        let (_, r) = best?;
        let list = &rem.lists[r];
        let person = list[rng.below(list.len() as u64) as usize];
        panel.push(person);
        let person_rows = rows[person].clone();
        rem.remove(person, &person_rows);
        if let Some(h) = people[person].household {
            for &other in households.get(&h).map_or(&[][..], Vec::as_slice) {
                rem.remove(other, &rows[other]);
            }
        }
        for &pr in &person_rows {
            selected[pr] += 1;
            if selected[pr] >= maxes[pr] {
                let full: Vec<usize> = rem.lists[pr].clone();
                for other in full {
                    rem.remove(other, &rows[other]);
                }
            }
        }
    }
    panel.sort_unstable();
    instance.check_panel(&panel).is_empty().then_some(panel)
}
