//! Valid panels drawn around a point of the relaxation, to seed the decomposition.
//!
//! Writing the relaxation's LEXIMIN point `x*` (expected seats per type) as a distribution over
//! valid panels by column generation alone takes many rounds: the decomposition's dual prices sit
//! at the ends of their range, so each round's panels are extreme ones, far from `x*`, and most of
//! them end up unused. Panels drawn at random so that their average is close to `x*` surround it
//! instead, and the decomposition then needs only a few rounds to finish.
//!
//! The panels are drawn on the smallest face of the relaxation that holds `x*` (see
//! [`Types::face`]): a quota that `x*` fills to a bound is met at that bound by every panel of any
//! decomposition, so a panel off it would be of no use.
//!
//! A draw rounds `x*` by systematic sampling: each type gets `floor(x*_t)` seats, and one more
//! with probability equal to the fractional part, exactly `k` seats in all. The types are ordered
//! by one category's value (a different one each draw) so that category's counts stay within one
//! seat of their expectation, and a household's types are kept together so it never gets two
//! seats. A quota the rounding still breaks is repaired by moving seats, each type staying within
//! one seat of `x*`: first to a type that differs only in that quota's category, else between the
//! types that score best alone as giver and taker (each type scored once per move, not every pair:
//! on pools where nearly every person is a type of their own the first kind rarely has a
//! partner), else to any type; each time a move that mends the quotas most, chosen mostly at
//! random among those (always choosing the one closest to `x*` makes the same types pay for every
//! repair, and the panels no longer surround `x*`). When no move mends them, a few random moves
//! that keep the violation as it is lead out of the dead end. A draw that cannot be repaired is
//! dropped. The panels only need to be
//! valid: the decomposition finds their weights, and column generation makes the result exact
//! whatever they are.

use crate::draw::DrawRng;
use crate::types::{TypePanel, Types, panel_of};
use std::collections::{HashMap, HashSet};

/// A draw whose repair takes more swaps than this is dropped.
const MAX_REPAIRS: usize = 200;
/// Givers and takers tried by [`Repair::scored`], and the swaps that leave the violation as it is
/// that a draw may make.
const SCORED: usize = 12;
const PLATEAU_MOVES: usize = 100;
/// Among the repairs that mend a quota as much, the one closest to `x*` is taken, after adding
/// to each a uniform random amount up to this: enough to make the choice mostly random, so that
/// the repairs do not all push the same types.
const NOISE: f64 = 10.0;

/// Up to `count` distinct valid panels drawn around `seats` (expected seats per type, adding up to
/// `k`, within the caps), from a stream seeded by `seed`. Deterministic for given inputs.
pub(crate) fn panels_around(
    types: &Types,
    seats: &[f64],
    count: usize,
    seed: [u8; 32],
) -> Vec<TypePanel> {
    drawn_around(types, seats, count, count, seed)
}

/// Like [`panels_around`], but with up to `attempts` draws, stopping at `wanted` panels.
pub(crate) fn drawn_around(
    types: &Types,
    seats: &[f64],
    attempts: usize,
    wanted: usize,
    seed: [u8; 32],
) -> Vec<TypePanel> {
    let n = types.len();
    if seats.len() != n || n == 0 {
        return Vec::new();
    }
    let mut rng = DrawRng::from_seed(seed);
    let base: Vec<u32> = seats
        .iter()
        .zip(&types.cap)
        .map(|(&s, &cap)| (s.max(0.0).floor() as u32).min(cap))
        .collect();
    let fraction: Vec<f64> = seats
        .iter()
        .zip(&base)
        .map(|(&s, &b)| (s - f64::from(b)).clamp(0.0, 1.0))
        .collect();
    let placed: u32 = base.iter().sum();
    let extra = types.k.saturating_sub(placed);
    let total_fraction: f64 = fraction.iter().sum();
    if extra == 0 && total_fraction > 0.5 || extra > 0 && total_fraction <= 0.0 {
        return Vec::new();
    }
    // Units of the order: a household's types together, every other type alone.
    let mut units: Vec<Vec<u32>> = types.households.clone();
    let mut in_household = vec![false; n];
    for h in &types.households {
        for &t in h {
            in_household[t as usize] = true;
        }
    }
    units.extend(
        (0..n as u32)
            .filter(|&t| !in_household[t as usize])
            .map(|t| vec![t]),
    );
    let categories = types.quota_rows.first().map_or(0, Vec::len);
    let step = if extra > 0 {
        total_fraction / f64::from(extra)
    } else {
        1.0
    };
    let mut repair = Repair::new(types, seats);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut keys: Vec<(usize, u64)> = Vec::with_capacity(units.len());
    let mut unit_order: Vec<usize> = Vec::with_capacity(units.len());
    for draw in 0..attempts {
        if out.len() >= wanted {
            break;
        }
        // The order: by one category's value, at random within a value.
        let by = if categories > 0 { draw % categories } else { 0 };
        keys.clear();
        for (u, unit) in units.iter().enumerate() {
            let value = types.quota_rows[unit[0] as usize]
                .get(by)
                .copied()
                .unwrap_or(0);
            keys.push((value, rng.below(u64::MAX) ^ u as u64));
        }
        unit_order.clear();
        unit_order.extend(0..units.len());
        unit_order.sort_by_key(|&u| keys[u]);
        // The extra seats go to the types whose stretch of the cumulated fractions holds one of
        // the points start, start + step, start + 2 step, ...
        let mut x = base.clone();
        let mut next = rng.unit() * step;
        let mut cumulated = 0.0;
        let mut given = 0;
        for &u in &unit_order {
            for &t in &units[u] {
                cumulated += fraction[t as usize];
                if given < extra && next < cumulated {
                    x[t as usize] += 1;
                    given += 1;
                    next += step;
                }
            }
        }
        if given < extra || !repair.run(&mut x, &mut rng) {
            continue;
        }
        let panel = panel_of(&x);
        if types.is_valid(&panel) && seen.insert(panel.clone()) {
            out.push(panel);
        }
    }
    out
}

/// For each household, whether `seats` gives it one expected seat in all (within the face's
/// tolerance).
fn full_households(types: &Types, seats: &[f64]) -> Vec<bool> {
    let mut expected = vec![0.0; types.household_count()];
    for (t, h) in types.household.iter().enumerate() {
        if let Some(h) = h {
            expected[*h as usize] += seats.get(t).copied().unwrap_or(0.0);
        }
    }
    expected.iter().map(|&e| e > 1.0 - 1e-9).collect()
}

/// Repairs broken quotas by swapping seats between types.
struct Repair<'a> {
    types: &'a Types,
    seats: &'a [f64],
    by_quota: Vec<Vec<usize>>,
    counts: Vec<i64>,
    /// The category of each quota row (its position in a type's rows) and the rows of each.
    row_category: Vec<usize>,
    category_rows: Vec<Vec<usize>>,
    /// The types with each combination of quota rows (they differ by household).
    by_rows: HashMap<Vec<usize>, Vec<usize>>,
    used_house: Vec<bool>,
    /// How a quota row's violation changes when a seat leaves it or joins it, at the current
    /// counts (a swap's change is the sum over the rows it leaves and joins).
    leave: Vec<i64>,
    join: Vec<i64>,
    /// Each type's seats stay between these: `x*` rounded down and up.
    fewest: Vec<u32>,
    most: Vec<u32>,
    /// The types whose seats can change at all (`x*` fractional).
    movable: Vec<usize>,
    /// Households that `x*` fills (expected seats adding up to 1): every panel on the face must
    /// hold one of them, so a seat leaves such a household only for another of its types.
    full_house: Vec<bool>,
}

/// A candidate swap: violation change, closeness to `x*` (with noise), from, to.
type Swap = (i64, f64, usize, usize);

impl<'a> Repair<'a> {
    fn new(types: &'a Types, seats: &'a [f64]) -> Self {
        let by_quota = types.by_quota();
        let rows = types.quota_count();
        let mut row_category = vec![0; rows];
        let categories = types.quota_rows.first().map_or(0, Vec::len);
        let mut category_rows: Vec<Vec<usize>> = vec![Vec::new(); categories];
        let mut by_rows: HashMap<Vec<usize>, Vec<usize>> = HashMap::new();
        for (t, rs) in types.quota_rows.iter().enumerate() {
            for (c, &r) in rs.iter().enumerate() {
                row_category[r] = c;
                if let Some(list) = category_rows.get_mut(c) {
                    list.push(r);
                }
            }
            by_rows.entry(rs.clone()).or_default().push(t);
        }
        for list in &mut category_rows {
            list.sort_unstable();
            list.dedup();
        }
        Self {
            types,
            seats,
            by_quota,
            counts: vec![0; rows],
            leave: vec![0; rows],
            join: vec![0; rows],
            row_category,
            category_rows,
            by_rows,
            used_house: vec![false; types.household_count()],
            full_house: full_households(types, seats),
            fewest: seats.iter().map(|s| s.floor() as u32).collect(),
            most: seats.iter().map(|s| s.ceil() as u32).collect(),
            movable: (0..seats.len())
                .filter(|&t| seats[t].floor() < seats[t].ceil())
                .collect(),
        }
    }

    /// How far a quota row's count lies outside its bounds.
    fn violation(&self, q: usize, count: i64) -> i64 {
        let (lo, hi) = (
            i64::from(self.types.quota_min[q]),
            i64::from(self.types.quota_max[q]),
        );
        (lo - count).max(0) + (count - hi).max(0)
    }

    /// The swap of a seat from type `a` to type `b`, if it is allowed and reduces the violation.
    fn consider(&self, x: &[u32], (a, b): (usize, usize), rng: &mut DrawRng) -> Option<Swap> {
        self.consider_up_to(x, (a, b), 0, rng)
    }

    /// [`Repair::consider`], keeping swaps whose violation change is below `limit` (1 keeps the
    /// swaps that leave it as it is).
    fn consider_up_to(
        &self,
        x: &[u32],
        (a, b): (usize, usize),
        limit: i64,
        rng: &mut DrawRng,
    ) -> Option<Swap> {
        let types = self.types;
        // Each type stays within one seat of x*: at 0 where x* is 0, at its cap where x* is,
        // which any useful panel must be.
        if a == b || x[a] <= self.fewest[a] || x[b] >= self.most[b] {
            return None;
        }
        if let Some(h) = types.household[b]
            && types.household[a] != Some(h)
            && self.used_house[h as usize]
        {
            return None;
        }
        if let Some(h) = types.household[a]
            && types.household[b] != Some(h)
            && self.full_house[h as usize]
        {
            return None;
        }
        let (ra, rb) = (&types.quota_rows[a], &types.quota_rows[b]);
        let mut delta = 0;
        for (&i, &j) in ra.iter().zip(rb) {
            if i != j {
                delta += self.leave[i] + self.join[j];
            }
        }
        if delta >= limit {
            return None;
        }
        // Towards x*: take from a type above its expectation, give to one below.
        let closeness = (f64::from(x[a]) - self.seats[a])
            + (self.seats[b] - f64::from(x[b]))
            + NOISE * rng.unit();
        Some((delta, closeness, a, b))
    }

    /// A swap for the broken quota `q` (`over` its maximum, or under its minimum) among the types
    /// that score best alone: a seat leaving type `a` changes the violation by at most the sum of
    /// `leave` over its rows, and one joining `b` by the sum of `join` over its, so each type is
    /// scored once (with noise, so that the same types do not pay for every repair) and only the
    /// pairs of the [`SCORED`] best givers and takers are tried, not all pairs: on pools where
    /// nearly every type is unique, the swap within one category almost never has a partner.
    /// When none of those pairs mends the quotas, one that leaves the violation as it is, at
    /// random, up to [`PLATEAU_MOVES`] per draw (`plateau` counts them): a way out of a dead end.
    fn scored(
        &self,
        x: &[u32],
        q: usize,
        over: bool,
        rng: &mut DrawRng,
        plateau: &mut usize,
    ) -> Option<Swap> {
        let types = self.types;
        let score = |rows: &[usize], by: &[i64]| -> i64 { rows.iter().map(|&r| by[r]).sum() };
        let mut givers: Vec<(f64, usize)> = Vec::new();
        let mut takers: Vec<(f64, usize)> = Vec::new();
        let (give_from, take_from): (&[usize], &[usize]) = if over {
            (&self.by_quota[q], &self.movable)
        } else {
            (&self.movable, &self.by_quota[q])
        };
        for &a in give_from {
            if x[a] > self.fewest[a] {
                let s = score(&types.quota_rows[a], &self.leave) as f64;
                givers.push((s + rng.unit(), a));
            }
        }
        for &b in take_from {
            if x[b] < self.most[b] {
                let s = score(&types.quota_rows[b], &self.join) as f64;
                takers.push((s + rng.unit(), b));
            }
        }
        let keep = |list: &mut Vec<(f64, usize)>| {
            if list.len() > SCORED {
                list.select_nth_unstable_by(SCORED, |l, r| l.0.total_cmp(&r.0));
                list.truncate(SCORED);
            }
            list.sort_by(|l, r| l.0.total_cmp(&r.0));
        };
        keep(&mut givers);
        keep(&mut takers);
        let mut best: Option<Swap> = None;
        let mut level: Vec<Swap> = Vec::new();
        let limit = if *plateau < PLATEAU_MOVES { 1 } else { 0 };
        for &(_, a) in &givers {
            for &(_, b) in &takers {
                let Some(swap) = self.consider_up_to(x, (a, b), limit, rng) else {
                    continue;
                };
                if swap.0 < 0 {
                    if best.is_none_or(|(d, c, _, _)| swap.0 < d || swap.0 == d && swap.1 > c) {
                        best = Some(swap);
                    }
                } else {
                    level.push(swap);
                }
            }
        }
        if best.is_some() || level.is_empty() {
            return best;
        }
        *plateau += 1;
        let pick = rng.below(level.len() as u64) as usize;
        level.get(pick).copied()
    }

    /// Makes `x` meet every quota by swaps that each reduce the total violation; false when no
    /// swap does before the quotas hold. Sizes, caps and households are kept as they are.
    ///
    /// A broken quota is first mended by moving a seat to a type that differs only in that
    /// quota's category (a handful of candidates); only if none helps are all pairs tried.
    fn run(&mut self, x: &mut [u32], rng: &mut DrawRng) -> bool {
        let types = self.types;
        self.counts.iter_mut().for_each(|c| *c = 0);
        self.used_house.iter_mut().for_each(|u| *u = false);
        for (t, &c) in x.iter().enumerate() {
            for &r in &types.quota_rows[t] {
                self.counts[r] += i64::from(c);
            }
            if c > 0
                && let Some(h) = types.household[t]
            {
                self.used_house[h as usize] = true;
            }
        }
        let better = |best: &Option<Swap>, s: &Swap| {
            best.is_none_or(|(d, c, _, _)| s.0 < d || s.0 == d && s.1 > c + 1e-12)
        };
        let mut key: Vec<usize> = Vec::new();
        let mut plateau = 0;
        for _ in 0..MAX_REPAIRS {
            for r in 0..self.counts.len() {
                let now = self.violation(r, self.counts[r]);
                self.leave[r] = self.violation(r, self.counts[r] - 1) - now;
                self.join[r] = self.violation(r, self.counts[r] + 1) - now;
            }
            // The worst broken quota.
            let Some((q, _)) = (0..self.counts.len())
                .map(|q| (q, self.violation(q, self.counts[q])))
                .filter(|&(_, v)| v > 0)
                .max_by_key(|&(q, v)| (v, std::cmp::Reverse(q)))
            else {
                return true;
            };
            let over = self.counts[q] > i64::from(types.quota_max[q]);
            let category = self.row_category[q];
            let mut best: Option<Swap> = None;
            // Over: a seat leaves a type of q; under: a seat comes to a type of q.
            for &s in &self.by_quota[q] {
                if over && x[s] == 0 || !over && x[s] >= types.cap[s] {
                    continue;
                }
                key.clear();
                key.extend_from_slice(&types.quota_rows[s]);
                for &other in &self.category_rows[category] {
                    if other == q {
                        continue;
                    }
                    key[category] = other;
                    let Some(partners) = self.by_rows.get(&key) else {
                        continue;
                    };
                    for &o in partners {
                        let (a, b) = if over { (s, o) } else { (o, s) };
                        if let Some(swap) = self.consider(x, (a, b), rng)
                            && better(&best, &swap)
                        {
                            best = Some(swap);
                        }
                    }
                }
            }
            if best.is_none() {
                best = self.scored(x, q, over, rng, &mut plateau);
            }
            if best.is_none() {
                for &s in &self.by_quota[q] {
                    if over && x[s] == 0 || !over && x[s] >= types.cap[s] {
                        continue;
                    }
                    for &o in &self.movable {
                        let (a, b) = if over { (s, o) } else { (o, s) };
                        if let Some(swap) = self.consider(x, (a, b), rng)
                            && better(&best, &swap)
                        {
                            best = Some(swap);
                        }
                    }
                }
            }
            let Some((_, _, a, b)) = best else {
                return false;
            };
            x[a] -= 1;
            x[b] += 1;
            for &r in &types.quota_rows[a] {
                self.counts[r] -= 1;
            }
            for &r in &types.quota_rows[b] {
                self.counts[r] += 1;
            }
            if let Some(h) = types.household[a] {
                self.used_house[h as usize] = false;
            }
            if let Some(h) = types.household[b] {
                self.used_house[h as usize] = true;
            }
        }
        false
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{Category, Instance, Person, Quota};

    fn quota(value: &str, min: u32, max: u32) -> Quota {
        Quota {
            value: value.into(),
            min,
            max,
            min_flex: None,
            max_flex: None,
        }
    }

    /// 90 people over three categories (2, 3 and 4 values), some sharing a household, for a
    /// panel of 15 with quotas that bind.
    pub(crate) fn pool() -> Instance {
        let categories = vec![
            Category {
                name: "gender".into(),
                values: vec![quota("f", 7, 8), quota("m", 7, 8)],
            },
            Category {
                name: "age".into(),
                values: vec![
                    quota("young", 4, 6),
                    quota("middle", 4, 6),
                    quota("old", 4, 5),
                ],
            },
            Category {
                name: "area".into(),
                values: vec![
                    quota("north", 3, 4),
                    quota("east", 3, 4),
                    quota("south", 3, 4),
                    quota("west", 3, 4),
                ],
            },
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let people = (0..90)
            .map(|i| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // The first two categories lean towards their first value, as volunteers do.
                let gender = u16::from(state % 10 < 4);
                let age = [0, 0, 0, 1, 1, 2][(state >> 8) as usize % 6];
                let area = ((state >> 16) % 4) as u16;
                Person {
                    id: format!("p{i}"),
                    values: vec![gender, age, area],
                    household: (i % 9 == 0).then_some(i / 18),
                }
            })
            .collect();
        Instance::new(categories, people, 15).expect("a valid pool")
    }

    #[test]
    fn drawn_panels_are_valid_on_the_face_and_surround_the_point() {
        let instance = pool();
        let types = Types::new(&instance);
        let relaxed = crate::relaxed::relaxed_leximin(&types)
            .expect("the relaxation solves")
            .expect("the relaxation has a point");
        let face = types.face(&relaxed.seats);
        let panels = panels_around(&face, &relaxed.seats, 300, [7; 32]);
        assert!(panels.len() >= 100, "only {} panels drawn", panels.len());
        let distinct: HashSet<&TypePanel> = panels.iter().collect();
        assert_eq!(distinct.len(), panels.len(), "a panel was drawn twice");
        let (mut low, mut high) = (vec![u32::MAX; types.len()], vec![0; types.len()]);
        for panel in &panels {
            assert!(types.is_valid(panel), "invalid panel {panel:?}");
            assert!(face.is_valid(panel), "panel off the face {panel:?}");
            let mut seats = vec![0; types.len()];
            for &(t, n) in panel {
                seats[t as usize] = n;
            }
            for t in 0..types.len() {
                low[t] = low[t].min(seats[t]);
                high[t] = high[t].max(seats[t]);
            }
        }
        // Every type's expected seats lie between its fewest and most among the panels drawn,
        // and no panel strays more than one seat from them: the point is surrounded.
        for (t, &expected) in relaxed.seats.iter().enumerate() {
            assert!(
                f64::from(low[t]) <= expected + 1e-9 && expected - 1e-9 <= f64::from(high[t]),
                "type {t}: {expected} outside {}..={}",
                low[t],
                high[t]
            );
            assert!(f64::from(low[t]) >= expected.floor() - 1e-9);
            assert!(f64::from(high[t]) <= expected.ceil() + 1e-9);
        }
        // The same inputs draw the same panels.
        assert_eq!(panels_around(&face, &relaxed.seats, 300, [7; 32]), panels);
    }

    #[test]
    fn the_face_holds_the_bounds_the_point_reaches() {
        let instance = pool();
        let types = Types::new(&instance);
        // A point that fills the women's quota to its maximum, the men's to its minimum, and gives
        // the first type nothing: seats spread evenly over the rest of each gender.
        let women: Vec<usize> = (1..types.len())
            .filter(|&t| types.quota_rows[t][0] == 0)
            .collect();
        let men: Vec<usize> = (1..types.len())
            .filter(|&t| types.quota_rows[t][0] == 1)
            .collect();
        let mut seats = vec![0.0; types.len()];
        for &t in &women {
            seats[t] = 8.0 / women.len() as f64;
        }
        for &t in &men {
            seats[t] = 7.0 / men.len() as f64;
        }
        let face = types.face(&seats);
        assert_eq!((face.quota_min[0], face.quota_max[0]), (8, 8));
        assert_eq!((face.quota_min[1], face.quota_max[1]), (7, 7));
        assert_eq!(face.cap[0], 0);
        assert!(face.cap[1..] == types.cap[1..]);
        // Quotas the point does not reach keep their bounds.
        assert_eq!(
            (face.quota_min[5], face.quota_max[5]),
            (types.quota_min[5], types.quota_max[5])
        );
    }
}
