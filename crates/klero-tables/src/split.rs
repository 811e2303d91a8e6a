//! How many tables each table language gets.
//!
//! A split (tables per language) is judged, in this order, by: tables kept or pinned whose
//! language it cannot give; people it cannot seat in a language they speak; people missing
//! for every table to have `--min-table-size`; tables without a facilitator who speaks their
//! language (when there are facilitators); translated tables missing from those wanted
//! (`Settings::translated_tables`); the sum of squares of the table sizes (least when
//! sizes differ by at most one); translated tables beyond those wanted (fewer is better); languages with
//! tables (fewer is better: larger groups mix more, and people who also speak another language
//! need no table of their own); and the distance to the share of each language when people who
//! speak several count equally for each. For a
//! given split, the best group sizes are exact ([`Flow::fill`]). Splits are enumerated when
//! there are few; otherwise a steepest descent moves one table at a time from two starts.

use std::collections::BTreeMap;

use crate::check::Checked;
use crate::flow::Flow;
use crate::types::bits;
use crate::{Reason, SeatError};

/// A split: tables per type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Plan {
    /// Tables of each type.
    pub tables: Vec<u32>,
}

/// Enumerate every split when there are at most this many.
const ENUMERATE: u64 = 3_000;
/// A cost below every other: people needed for a table to reach its minimum size.
pub(crate) const NEEDED: i64 = -(1 << 40);

/// How good a split is; less is better (the order of the fields is the order of the criteria).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Score {
    constrained: u32,
    unplaced: u32,
    short: u64,
    facilitators: u32,
    missing_translated: u32,
    squares: u64,
    translated: u32,
    languages: u32,
    distance: i64,
}

impl Score {
    /// Whether the split meets every hard rule.
    fn feasible(&self) -> bool {
        self.constrained == 0 && self.unplaced == 0 && self.short == 0 && self.facilitators == 0
    }
}

/// The people and their possible types, grouped by those types.
pub(crate) fn classes(compat: impl Iterator<Item = u64>) -> Vec<(u64, u32)> {
    let mut counts: BTreeMap<u64, u32> = BTreeMap::new();
    for mask in compat {
        *counts.entry(mask).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// The sum of squares of `people` split as evenly as possible over `tables`.
pub(crate) fn squares(people: u32, tables: u32) -> u64 {
    if tables == 0 {
        return if people == 0 { 0 } else { u64::MAX / 4 };
    }
    let (q, r) = (u64::from(people / tables), u64::from(people % tables));
    r * (q + 1) * (q + 1) + (u64::from(tables) - r) * q * q
}

struct Judge<'c, 'a> {
    checked: &'c Checked<'a>,
    classes: Vec<(u64, u32)>,
    facilitators: Vec<(u64, u32)>,
    /// Each type's share in tables when people count equally for each single language.
    share: Vec<f64>,
}

impl Judge<'_, '_> {
    fn score(&self, x: &[u32]) -> Score {
        let checked = self.checked;
        let min = checked.settings.min_table_size;
        let allowed = x
            .iter()
            .enumerate()
            .filter(|&(_, &k)| k > 0)
            .fold(0u64, |m, (t, _)| m | 1 << t);
        // Pinned people sit in the language their table gets.
        let mut slots = x.to_vec();
        let (fixed, constrained) = crate::layout::fixed_types(checked, &mut slots);
        let classes = if checked.pinned_tables.is_empty() {
            self.classes.clone()
        } else {
            let mut table_type = vec![None; checked.tables];
            for (table, t) in fixed {
                table_type[table] = Some(t);
            }
            classes((0..checked.n).map(|p| {
                match checked
                    .fixed
                    .first()
                    .and_then(|f| f[p])
                    .and_then(|k| table_type[k])
                {
                    Some(t) if checked.pins[p] => 1 << t,
                    _ => checked.compat[p],
                }
            }))
        };
        let mut flow = Flow::new(classes, vec![u32::MAX; x.len()]);
        flow.fill(allowed, |t, size| {
            let k = x[t];
            if size < k.saturating_mul(min) {
                NEEDED
            } else {
                2 * i64::from(size / k.max(1)) + 1
            }
        });
        let matched = |classes: &[(u64, u32)]| {
            let mut flow = Flow::new(classes.to_vec(), x.to_vec());
            flow.fill(u64::MAX, |_, _| 0);
            classes.iter().map(|c| c.1).sum::<u32>() - flow.unassigned()
        };
        let facilitators = if self.facilitators.is_empty() {
            0
        } else {
            x.iter().sum::<u32>() - matched(&self.facilitators)
        };
        let short = x
            .iter()
            .zip(&flow.size)
            .map(|(&k, &g)| u64::from(k.saturating_mul(min).saturating_sub(g)))
            .sum();
        let distance: f64 = x
            .iter()
            .zip(&self.share)
            .map(|(&k, &s)| (f64::from(k) - s) * (f64::from(k) - s))
            .sum();
        Score {
            constrained,
            unplaced: flow.unassigned(),
            short,
            facilitators,
            missing_translated: x
                .iter()
                .zip(&checked.wanted)
                .map(|(&k, &w)| w.saturating_sub(k))
                .sum(),
            squares: x.iter().zip(&flow.size).map(|(&k, &g)| squares(g, k)).sum(),
            translated: x
                .iter()
                .enumerate()
                .filter(|&(t, _)| checked.types.is_pair(t))
                .map(|(t, &k)| k.saturating_sub(checked.wanted.get(t).copied().unwrap_or(0)))
                .sum(),
            languages: x.iter().filter(|&&k| k > 0).count() as u32,
            distance: (distance * 1e6).round() as i64,
        }
    }
}

/// Each type's share of `tables` when each person counts equally for each type of `among` they
/// may sit at (people with none among them count for their other types).
fn shares(checked: &Checked<'_>, among: u64, usable: u64) -> Vec<f64> {
    let mut share = vec![0.0; checked.types.len()];
    for &mask in &checked.compat {
        let mask = if mask & among & usable != 0 {
            mask & among & usable
        } else {
            mask & usable
        };
        let k = f64::from(mask.count_ones());
        for t in bits(mask) {
            share[t] += 1.0 / k;
        }
    }
    let scale = checked.tables as f64 / checked.n.max(1) as f64;
    share.iter_mut().for_each(|s| *s *= scale);
    share
}

/// `share` rounded to whole tables adding up to `total` (largest remainder, ties to the first).
fn round_shares(share: &[f64], total: u32) -> Vec<u32> {
    let mut x: Vec<u32> = share.iter().map(|s| s.floor() as u32).collect();
    let mut order: Vec<usize> = (0..share.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (share[a] - share[a].floor(), share[b] - share[b].floor());
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let mut sum: u32 = x.iter().sum();
    for &t in order.iter().cycle().take(share.len() * total as usize + 1) {
        if sum >= total || share[t] <= 0.0 {
            if sum >= total {
                break;
            }
            continue;
        }
        x[t] += 1;
        sum += 1;
    }
    // Too many (floors above the total cannot happen, but be safe) or nowhere to add.
    while sum > total {
        if let Some(t) = (0..x.len()).rev().find(|&t| x[t] > 0) {
            x[t] -= 1;
            sum -= 1;
        }
    }
    if sum < total
        && let Some(t) =
            (0..share.len()).max_by(|&a, &b| share[a].total_cmp(&share[b]).then(b.cmp(&a)))
    {
        x[t] += total - sum;
    }
    x
}

/// The number of ways of splitting `total` tables among `k` types (saturating).
fn ways(total: u64, k: u64) -> u64 {
    // C(total + k - 1, k - 1)
    let mut ways: u64 = 1;
    for i in 1..k {
        ways = ways.saturating_mul(total + i) / i;
        if ways > ENUMERATE * 1000 {
            return u64::MAX;
        }
    }
    ways
}

fn enumerate(types: &[usize], left: u32, x: &mut Vec<u32>, visit: &mut impl FnMut(&[u32])) {
    match types {
        [] => {}
        [last] => {
            x[*last] = left;
            visit(x);
            x[*last] = 0;
        }
        [first, rest @ ..] => {
            for k in 0..=left {
                x[*first] = k;
                enumerate(rest, left - k, x, visit);
            }
            x[*first] = 0;
        }
    }
}

/// Chooses the split, or explains why the language rules cannot be met.
pub(crate) fn plan(checked: &Checked<'_>) -> Result<Plan, SeatError> {
    let k = checked.types.len();
    let total = checked.tables as u32;
    let min = checked.settings.min_table_size;
    // Types that could hold a table of the minimum size, or that a kept table already has.
    let mut usable = 0u64;
    for t in 0..k {
        let speakers = checked.compat.iter().filter(|&&m| m >> t & 1 == 1).count();
        if speakers >= min as usize || checked.known_tables.iter().any(|&(_, kt)| kt == t) {
            usable |= 1 << t;
        }
    }
    let singles = (0..k)
        .filter(|&t| !checked.types.is_pair(t))
        .fold(0u64, |m, t| m | 1 << t);
    let judge = Judge {
        checked,
        classes: classes(checked.compat.iter().copied()),
        facilitators: classes(checked.facilitator_compat.iter().copied()),
        share: shares(checked, singles, usable),
    };
    let candidates: Vec<usize> = bits(usable).filter(|&t| t < k).collect();
    let mut best: Option<(Score, Vec<u32>)> = None;
    let consider = |x: &[u32], best: &mut Option<(Score, Vec<u32>)>| {
        let score = judge.score(x);
        if best.as_ref().is_none_or(|(b, _)| score < *b) {
            *best = Some((score, x.to_vec()));
        }
    };
    if candidates.is_empty() {
        // Nobody can sit anywhere: explained below.
    } else if ways(u64::from(total), candidates.len() as u64) <= ENUMERATE {
        let mut x = vec![0; k];
        enumerate(&candidates, total, &mut x, &mut |x| consider(x, &mut best));
    } else {
        for among in [singles, u64::MAX] {
            let mut x = round_shares(&shares(checked, among, usable), total);
            let mut score = judge.score(&x);
            for _ in 0..(4 * total + 16) {
                let mut step: Option<(Score, usize, usize)> = None;
                for &from in &candidates {
                    if x[from] == 0 {
                        continue;
                    }
                    for &to in &candidates {
                        if to == from {
                            continue;
                        }
                        x[from] -= 1;
                        x[to] += 1;
                        let s = judge.score(&x);
                        x[from] += 1;
                        x[to] -= 1;
                        if s < score && step.as_ref().is_none_or(|(b, _, _)| s < *b) {
                            step = Some((s, from, to));
                        }
                    }
                }
                let Some((s, from, to)) = step else { break };
                x[from] -= 1;
                x[to] += 1;
                score = s;
            }
            consider(&x, &mut best);
        }
    }
    match best {
        Some((score, x)) if score.feasible() => Ok(Plan { tables: x }),
        best => Err(SeatError::Infeasible(explain(
            checked,
            usable,
            best.map(|(_, x)| x).as_deref(),
        ))),
    }
}

/// Why no split meets the rules.
fn explain(checked: &Checked<'_>, usable: u64, best: Option<&[u32]>) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let min = checked.settings.min_table_size;
    let types = &checked.types;
    let n = checked.n;
    // People who can sit at no table of a usable language.
    let mut stranded: BTreeMap<u64, usize> = BTreeMap::new();
    for &mask in &checked.compat {
        if mask & usable == 0 {
            *stranded.entry(mask).or_default() += 1;
        }
    }
    for (mask, people) in stranded {
        reasons.push(Reason::Stranded {
            people,
            languages: bits(mask).map(|t| types.label(t).to_owned()).collect(),
            speakers: checked.compat.iter().filter(|&&m| m & mask != 0).count(),
            min,
        });
    }
    if (checked.tables as u64) * u64::from(min) > n as u64 {
        reasons.push(Reason::TooManyTables {
            tables: checked.tables,
            min,
            present: n,
        });
    }
    if let Some(x) = best {
        if !checked.facilitator_compat.is_empty() {
            let given = checked.facilitator_compat.len();
            if given < checked.tables {
                reasons.push(Reason::TooFewFacilitators {
                    facilitators: given,
                    tables: checked.tables,
                });
            }
            for (t, &k) in x.iter().enumerate() {
                let speakers = checked
                    .facilitator_compat
                    .iter()
                    .filter(|&&m| m >> t & 1 == 1)
                    .count() as u32;
                if k > 0 && speakers < k {
                    reasons.push(Reason::FacilitatorLanguage {
                        tables: k,
                        language: types.label(t).to_owned(),
                        speakers,
                        pair: types.is_pair(t),
                    });
                }
            }
        }
        if reasons.is_empty()
            && !(checked.known_tables.is_empty() && checked.pinned_tables.is_empty())
        {
            reasons.push(Reason::FixedTables);
        }
    }
    if reasons.is_empty() {
        reasons.push(Reason::NoSplit {
            tables: checked.tables,
            min,
        });
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squares_of_even_splits() {
        assert_eq!(squares(10, 3), 16 + 9 + 9);
        assert_eq!(squares(0, 0), 0);
        assert_eq!(squares(6, 2), 18);
    }

    #[test]
    fn rounds_shares_to_the_total() {
        assert_eq!(round_shares(&[2.5, 2.5, 5.0], 10), vec![3, 2, 5]);
        assert_eq!(round_shares(&[0.2, 0.2], 3), vec![2, 1]);
        assert_eq!(ways(100, 1), 1);
        assert_eq!(ways(10, 3), 66);
    }
}
