//! The transparent lottery: the distribution rounded to `m` equally likely panels, so that the
//! draw itself is a uniform pick of a number in `0..m` that anyone can redo with integer arithmetic.
//!
//! The lottery is told compactly, as a count per distinct panel over types (`m` can be a billion
//! at no cost), with an integer-only expansion to people (`docs/verification.md`):
//!
//! - the distinct panels are listed in order, panel `P` covering the numbers
//!   `[start_P, start_P + count_P)` where `start_P` is the sum of the counts before it;
//! - a type's members take the type's seats in turn: the lottery's seats of type `t` are numbered
//!   in the order of the numbers `0..m`, and seat `j` goes to the type's member `j mod s_t` (its
//!   members in their listed order, `s_t` of them). Number `x` in panel `P`, at offset
//!   `o = x - start_P`, so gives the `n` seats of type `t` on `P` to the members at positions
//!   `(before_t + o n + r) mod s_t`, `r = 0..n`, where `before_t` is the seats of type `t` on
//!   the panels listed before `P` (`sum count_Q n_Qt`);
//! - so each member of a type with `S_t` seats in all is on `S_t div s_t` of the `m` panels, or
//!   one more for the first `S_t mod s_t` members.
//!
//! The counts are the distribution's probabilities times `m`, rounded by largest remainders: a
//! type's seats then differ from their expectation by less than the number of panels holding it,
//! so with the default `m` of a billion everyone's chance moves by well under a millionth. The
//! rounding needs no solver: it is fast, and deterministic for given inputs.

use crate::types::TypePanel;
use crate::{Distribution, DrawRng, Instance, SelectError};

/// The default `m`: a billion equally likely panels, so that rounding moves no one's chance by
/// more than about a millionth, and the draw is still one number from the seed.
pub const DEFAULT_LOTTERY_PANELS: u32 = 1_000_000_000;

/// `m` equally likely panels, as counts of distinct panels over types of interchangeable people.
#[derive(Clone, Debug, PartialEq)]
pub struct Lottery {
    /// `m`: the number of equally likely panels.
    pub m: u64,
    /// For each type, its members (indices into the pool) in the order they take its seats.
    pub type_members: Vec<Vec<usize>>,
    /// The distinct panels in order: how many of the `m` numbers select each, and its seats per
    /// type (`(type, seats)`, by type, seats positive).
    pub panels: Vec<(u64, Vec<(u32, u32)>)>,
    /// For each person, on how many of the `m` panels they are.
    pub counts: Vec<u64>,
    /// Each person's probability of selection in the lottery: `counts / m`.
    pub probabilities: Vec<f64>,
    /// The largest change of anyone's probability from the distribution's (0 when the lottery
    /// was read without the distribution).
    pub max_change: f64,
}

impl Lottery {
    /// Draws one panel's number in `0..m`.
    pub fn draw(&self, rng: &mut DrawRng) -> u64 {
        rng.below(self.m)
    }

    /// The people (indices into the pool, sorted) on the panel with number `number` (in `0..m`);
    /// `None` if there is no such number.
    pub fn panel(&self, number: u64) -> Option<Vec<usize>> {
        let mut before = vec![0u128; self.type_members.len()];
        let mut start = 0u64;
        for (count, panel) in &self.panels {
            if number < start + count {
                let offset = u128::from(number - start);
                let mut chosen = Vec::new();
                for &(t, n) in panel {
                    let members = &self.type_members[t as usize];
                    let s = members.len() as u128;
                    let first = before[t as usize] + offset * u128::from(n);
                    for r in 0..u128::from(n) {
                        chosen.push(members[((first + r) % s) as usize]);
                    }
                }
                chosen.sort_unstable();
                return Some(chosen);
            }
            start += count;
            for &(t, n) in panel {
                before[t as usize] += u128::from(*count) * u128::from(n);
            }
        }
        None
    }

    /// A published lottery, read back and checked for consistency: every type has members, each
    /// person is in exactly one type, every panel's seats fit its types, and the counts add up to
    /// `m`. Each person's count is derived by the expansion rule. `people` is the pool's size.
    pub fn from_parts(
        people: usize,
        m: u64,
        type_members: Vec<Vec<usize>>,
        panels: Vec<(u64, Vec<(u32, u32)>)>,
    ) -> Result<Self, String> {
        if m == 0 {
            return Err("a lottery needs at least one panel".into());
        }
        let mut seen = vec![false; people];
        for (t, members) in type_members.iter().enumerate() {
            if members.is_empty() {
                return Err(format!("group {t} has no member"));
            }
            for &i in members {
                match seen.get_mut(i) {
                    None => return Err(format!("group {t} names someone outside the pool")),
                    Some(true) => return Err(format!("group {t} names someone twice")),
                    Some(s) => *s = true,
                }
            }
        }
        if seen.iter().any(|s| !s) {
            return Err("someone in the pool is in no group".into());
        }
        let mut total = 0u64;
        let mut seats = vec![0u128; type_members.len()];
        for (j, (count, panel)) in panels.iter().enumerate() {
            if *count == 0 {
                return Err(format!("panel {} has a count of 0", j + 1));
            }
            total = total
                .checked_add(*count)
                .ok_or_else(|| "the counts overflow".to_owned())?;
            let mut last = None;
            for &(t, n) in panel {
                let Some(members) = type_members.get(t as usize) else {
                    return Err(format!(
                        "panel {} names group {t}, which is not listed",
                        j + 1
                    ));
                };
                if n == 0 || n as usize > members.len() {
                    return Err(format!(
                        "panel {} gives group {t} {n} seats but it has {} members",
                        j + 1,
                        members.len()
                    ));
                }
                if last.is_some_and(|l| l >= t) {
                    return Err(format!("panel {} lists its groups out of order", j + 1));
                }
                last = Some(t);
                seats[t as usize] += u128::from(*count) * u128::from(n);
            }
        }
        if total != m {
            return Err(format!("the panels' counts add up to {total}, not {m}"));
        }
        let mut counts = vec![0u64; people];
        for (members, &seats) in type_members.iter().zip(&seats) {
            let s = members.len() as u128;
            let (each, extra) = (seats / s, seats % s);
            for (position, &i) in members.iter().enumerate() {
                let c = each + u128::from((position as u128) < extra);
                counts[i] = u64::try_from(c).map_err(|_| "a count overflows".to_owned())?;
            }
        }
        let probabilities = counts.iter().map(|&c| c as f64 / m as f64).collect();
        Ok(Self {
            m,
            type_members,
            panels,
            counts,
            probabilities,
            max_change: 0.0,
        })
    }

    /// The problems of the lottery's distinct panels against `instance`'s rules: each group's
    /// members must share every value and household (so any of them may take its seats), and
    /// every panel must have the panel size, meet every quota and hold at most one member per
    /// household. Empty when every one of the `m` panels is valid.
    pub fn problems(&self, instance: &Instance) -> Vec<String> {
        let people = instance.people();
        let mut problems = Vec::new();
        for (t, members) in self.type_members.iter().enumerate() {
            let Some(first) = members.first().and_then(|&i| people.get(i)) else {
                problems.push(format!(
                    "group {t} is empty or names someone outside the pool"
                ));
                continue;
            };
            if let Some(other) = members
                .iter()
                .filter_map(|&i| people.get(i))
                .find(|p| p.values != first.values || p.household != first.household)
            {
                problems.push(format!(
                    "group {t} mixes `{}` and `{}`, who differ in a value or household",
                    first.id, other.id
                ));
            }
        }
        if !problems.is_empty() {
            return problems;
        }
        let k = instance.panel_size();
        for (j, (_, panel)) in self.panels.iter().enumerate() {
            let mut filled: Vec<Vec<u32>> = instance
                .categories()
                .iter()
                .map(|c| vec![0; c.values.len()])
                .collect();
            let mut households = std::collections::HashSet::new();
            let mut size = 0u32;
            for &(t, n) in panel {
                let members = &self.type_members[t as usize];
                let person = &people[members[0]];
                size += n;
                for (c, &v) in person.values.iter().enumerate() {
                    filled[c][usize::from(v)] += n;
                }
                if let Some(h) = person.household
                    && (n > 1 || !households.insert(h))
                {
                    problems.push(format!(
                        "panel {} holds two members of `{}`'s household",
                        j + 1,
                        person.id
                    ));
                }
            }
            if size != k {
                problems.push(format!("panel {} has {size} members, not {k}", j + 1));
            }
            for (cat, counts) in instance.categories().iter().zip(&filled) {
                for (q, &n) in cat.values.iter().zip(counts) {
                    if n < q.min || n > q.max {
                        problems.push(format!(
                            "panel {} has {n} `{}: {}`, outside {}-{}",
                            j + 1,
                            cat.name,
                            q.value,
                            q.min,
                            q.max
                        ));
                    }
                }
            }
        }
        problems
    }
}

/// Rounds `distribution` to `m` equally likely panels.
pub fn lottery(
    instance: &Instance,
    distribution: &Distribution,
    m: u64,
) -> Result<Lottery, SelectError> {
    if m == 0 {
        return Err(SelectError::Invalid(
            "a lottery needs at least one panel".into(),
        ));
    }
    let panels = &distribution.panels;
    if panels.is_empty() {
        return Err(SelectError::Invalid("the distribution has no panel".into()));
    }
    let counts = largest_remainder(panels.iter().map(|(p, _)| *p), m);
    let kept: Vec<(u64, TypePanel)> = panels
        .iter()
        .zip(&counts)
        .filter(|&(_, &c)| c > 0)
        .map(|((_, panel), &c)| {
            let mut seats: TypePanel = panel.iter().copied().filter(|&(_, n)| n > 0).collect();
            seats.sort_unstable();
            (c, seats)
        })
        .collect();
    let mut lottery = Lottery::from_parts(
        instance.people().len(),
        m,
        distribution.type_members.clone(),
        kept,
    )
    .map_err(SelectError::Invalid)?;
    lottery.max_change = lottery
        .probabilities
        .iter()
        .zip(&distribution.probabilities)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    Ok(lottery)
}

/// Integer counts adding up to `m`, proportional to `weights`, by largest remainders (ties to
/// the earlier panel).
fn largest_remainder(weights: impl Iterator<Item = f64>, m: u64) -> Vec<u64> {
    let weights: Vec<f64> = weights.map(|w| w.max(0.0)).collect();
    let total: f64 = weights.iter().sum();
    let scale = if total > 0.0 { m as f64 / total } else { 0.0 };
    let scaled: Vec<f64> = weights.iter().map(|w| w * scale).collect();
    let mut counts: Vec<u64> = scaled.iter().map(|s| s.floor() as u64).collect();
    // Floating point may overshoot by a unit or two on huge `m`: take back from the largest.
    let mut assigned: u64 = counts.iter().sum();
    while assigned > m {
        if let Some(c) = counts.iter_mut().max() {
            *c -= 1;
        }
        assigned -= 1;
    }
    let mut order: Vec<usize> = (0..scaled.len()).collect();
    order.sort_by(|&a, &b| {
        (scaled[b] - scaled[b].floor())
            .total_cmp(&(scaled[a] - scaled[a].floor()))
            .then(a.cmp(&b))
    });
    let missing = m - assigned;
    if !order.is_empty() {
        let rounds = missing / order.len() as u64;
        let rest = (missing % order.len() as u64) as usize;
        for (j, &i) in order.iter().enumerate() {
            counts[i] += rounds + u64::from(j < rest);
        }
    }
    counts
}
