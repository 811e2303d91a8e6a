//! The seating of one language group in one round: a greedy start (people in order of their
//! balance values, each to the table where they add the least cost), then swaps between tables
//! while they lower the cost: [`PAIR`] per pair who already met, [`DEVIATION`] per person a
//! table's count of a balance value is outside the floor and ceiling of its proportional share.
//! People fixed to a table (pinned, kept) never move.

use crate::check::Checked;
use crate::rng::Stream;

/// The cost of a pair of people at a table who sat together in an earlier round.
pub(crate) const PAIR: i64 = 10;
/// The cost of one person above or below the proportional band, per balance column.
pub(crate) const DEVIATION: i64 = 1;
/// At most this many swaps are evaluated per group and round, times the group's size.
const EVALUATIONS_PER_PERSON: u64 = 4_000;
/// One stuck person in this many makes a random swap.
const NOISE: usize = 8;

/// Who has met whom: a bit per ordered pair of people.
pub(crate) struct Met {
    n: usize,
    bits: Vec<u64>,
}

impl Met {
    /// Nobody has met anybody.
    pub(crate) fn new(n: usize) -> Self {
        Met {
            n,
            bits: vec![0; (n * n).div_ceil(64)],
        }
    }

    /// Whether `a` and `b` have met.
    pub(crate) fn get(&self, a: usize, b: usize) -> bool {
        let i = a * self.n + b;
        self.bits
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    fn set(&mut self, a: usize, b: usize) {
        let i = a * self.n + b;
        if let Some(w) = self.bits.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// Everyone at a table has met everyone else there.
    pub(crate) fn add_table(&mut self, people: &[usize]) {
        for (i, &a) in people.iter().enumerate() {
            for &b in &people[i + 1..] {
                self.set(a, b);
                self.set(b, a);
            }
        }
    }
}

/// The floor and ceiling of a table's proportional count of a value the group has `total` of,
/// for a table of `size` in a group of `g`.
fn share_band(total: u64, size: u32, g: u64) -> (u32, u32) {
    let exact = total * u64::from(size);
    ((exact / g) as u32, exact.div_ceil(g) as u32)
}

/// A change to a seating: swap with another person, or move to another table.
#[derive(Clone, Copy, Debug)]
enum Step {
    Swap(usize),
    Move(usize),
}

/// A language group being seated.
pub(crate) struct Group {
    /// The people (indices in the room).
    people: Vec<usize>,
    /// Each person's table (local), or `None` before the start.
    at: Vec<usize>,
    /// Whether each person may move.
    free: Vec<bool>,
    /// Each table's people (local indices).
    tables: Vec<Vec<usize>>,
    sizes: Vec<u32>,
    /// `offset[c]`: where column `c`'s values start in a table's counts.
    offset: Vec<usize>,
    /// Values in all columns.
    width: usize,
    /// `count[k * width + offset[c] + v]`.
    count: Vec<u32>,
    /// The band of proportional counts, `(floor, ceil)`, in the same layout.
    band: Vec<(u32, u32)>,
    /// The group's count of each value (in the layout of a table's counts).
    totals: Vec<u64>,
    /// `meets[i * tables + k]`: how many at table `k` person `i` has met.
    meets: Vec<u32>,
}

impl Group {
    /// A group of `people` at tables of `sizes`; `fixed(p)` is the local table of a fixed
    /// person.
    pub(crate) fn new(
        checked: &Checked<'_>,
        people: &[usize],
        sizes: Vec<u32>,
        fixed: impl Fn(usize) -> Option<usize>,
        met: &Met,
    ) -> Self {
        let columns = checked.columns;
        let mut offset = Vec::with_capacity(columns);
        let mut width = 0;
        for &values in &checked.value_counts {
            offset.push(width);
            width += values;
        }
        let m = sizes.len();
        let g = people.len().max(1) as u64;
        let mut totals = vec![0u64; width];
        for &p in people {
            for c in 0..columns {
                totals[offset[c] + usize::from(checked.values[p * columns + c])] += 1;
            }
        }
        let mut band = Vec::with_capacity(m * width);
        for &s in &sizes {
            band.extend(totals.iter().map(|&total| share_band(total, s, g)));
        }
        let mut group = Group {
            people: people.to_vec(),
            at: vec![usize::MAX; people.len()],
            free: people.iter().map(|&p| fixed(p).is_none()).collect(),
            tables: vec![Vec::new(); m],
            sizes,
            offset,
            width,
            count: vec![0; m * width],
            band,
            totals,
            meets: vec![0; people.len() * m],
        };
        for (i, &p) in people.iter().enumerate() {
            if let Some(k) = fixed(p).filter(|&k| k < m) {
                group.place(checked, met, i, k);
            }
        }
        group
    }

    /// Table `k` is to hold `size` people: its band follows.
    fn resize(&mut self, k: usize, size: u32) {
        let g = self.people.len().max(1) as u64;
        self.sizes[k] = size;
        for (cell, &total) in self.totals.iter().enumerate() {
            self.band[k * self.width + cell] = share_band(total, size, g);
        }
    }

    /// Distance of table `k` from its bands, over every value, were it to hold `size` people
    /// with `count` changed by `change` (`+1` or `-1`) at the cells of person `i`.
    fn off_resized(
        &self,
        checked: &Checked<'_>,
        k: usize,
        size: u32,
        i: usize,
        change: i64,
    ) -> i64 {
        let g = self.people.len().max(1) as u64;
        let mut counts: Vec<i64> = (0..self.width)
            .map(|cell| i64::from(self.count[k * self.width + cell]))
            .collect();
        for c in 0..checked.columns {
            counts[self.value(checked, i, c)] += change;
        }
        counts
            .iter()
            .zip(&self.totals)
            .map(|(&count, &total)| {
                let (lo, hi) = share_band(total, size, g);
                (i64::from(lo) - count).max(0) + (count - i64::from(hi)).max(0)
            })
            .sum()
    }

    /// The distance of table `k` from its bands, over every value.
    fn off_table(&self, k: usize) -> i64 {
        (0..self.width)
            .map(|cell| self.off(k, cell, self.count[k * self.width + cell]))
            .sum()
    }

    /// The change in cost if `i` left its table for `b`, one person smaller (the sizes still
    /// differ by at most one).
    fn move_delta(&self, checked: &Checked<'_>, i: usize, b: usize) -> i64 {
        let m = self.tables.len();
        let a = self.at[i];
        let pairs = i64::from(self.meets[i * m + b]) - i64::from(self.meets[i * m + a]);
        let deviation = self.off_resized(checked, a, self.sizes[a] - 1, i, -1)
            + self.off_resized(checked, b, self.sizes[b] + 1, i, 1)
            - self.off_table(a)
            - self.off_table(b);
        PAIR * pairs + DEVIATION * deviation
    }

    /// Moves `i` from its table to `b`.
    fn shift(&mut self, checked: &Checked<'_>, met: &Met, i: usize, b: usize) {
        let m = self.tables.len();
        let a = self.at[i];
        for c in 0..checked.columns {
            let cell = self.value(checked, i, c);
            self.count[a * self.width + cell] -= 1;
            self.count[b * self.width + cell] += 1;
        }
        let p = self.people[i];
        for (l, &r) in self.people.iter().enumerate() {
            if met.get(r, p) {
                self.meets[l * m + a] -= 1;
                self.meets[l * m + b] += 1;
            }
        }
        self.at[i] = b;
        self.tables[a].retain(|&x| x != i);
        self.tables[b].push(i);
        self.resize(a, self.sizes[a] - 1);
        self.resize(b, self.sizes[b] + 1);
    }

    fn value(&self, checked: &Checked<'_>, i: usize, c: usize) -> usize {
        self.offset[c] + usize::from(checked.values[self.people[i] * checked.columns + c])
    }

    /// Distance of a count from its band.
    fn off(&self, k: usize, cell: usize, count: u32) -> i64 {
        let (lo, hi) = self.band[k * self.width + cell];
        i64::from(lo.saturating_sub(count)) + i64::from(count.saturating_sub(hi))
    }

    fn place(&mut self, checked: &Checked<'_>, met: &Met, i: usize, k: usize) {
        let m = self.tables.len();
        self.at[i] = k;
        self.tables[k].push(i);
        for c in 0..checked.columns {
            let cell = self.value(checked, i, c);
            self.count[k * self.width + cell] += 1;
        }
        let p = self.people[i];
        for (j, &q) in self.people.iter().enumerate() {
            if met.get(p, q) {
                self.meets[j * m + k] += 1;
            }
        }
    }

    /// The cost of adding person `i` to table `k` (before the start is complete).
    fn insertion(&self, checked: &Checked<'_>, i: usize, k: usize) -> i64 {
        let mut cost = PAIR * i64::from(self.meets[i * self.tables.len() + k]);
        for c in 0..checked.columns {
            let cell = self.value(checked, i, c);
            let count = self.count[k * self.width + cell];
            cost += DEVIATION * (self.off(k, cell, count + 1) - self.off(k, cell, count));
        }
        cost
    }

    /// The change in cost if `i` and `j` (at different tables) swapped.
    fn delta(&self, checked: &Checked<'_>, met: &Met, i: usize, j: usize) -> i64 {
        let m = self.tables.len();
        let (a, b) = (self.at[i], self.at[j]);
        let both = i64::from(met.get(self.people[i], self.people[j]));
        let pairs = i64::from(self.meets[i * m + b]) - i64::from(self.meets[i * m + a])
            + i64::from(self.meets[j * m + a])
            - i64::from(self.meets[j * m + b])
            - 2 * both;
        let mut deviation = 0;
        for c in 0..checked.columns {
            let (vi, vj) = (self.value(checked, i, c), self.value(checked, j, c));
            if vi == vj {
                continue;
            }
            for (k, out, into) in [(a, vi, vj), (b, vj, vi)] {
                let (n_out, n_in) = (
                    self.count[k * self.width + out],
                    self.count[k * self.width + into],
                );
                deviation += self.off(k, out, n_out - 1) - self.off(k, out, n_out)
                    + self.off(k, into, n_in + 1)
                    - self.off(k, into, n_in);
            }
        }
        PAIR * pairs + DEVIATION * deviation
    }

    fn swap(&mut self, checked: &Checked<'_>, met: &Met, i: usize, j: usize) {
        let m = self.tables.len();
        let (a, b) = (self.at[i], self.at[j]);
        for c in 0..checked.columns {
            let (vi, vj) = (self.value(checked, i, c), self.value(checked, j, c));
            self.count[a * self.width + vi] -= 1;
            self.count[a * self.width + vj] += 1;
            self.count[b * self.width + vj] -= 1;
            self.count[b * self.width + vi] += 1;
        }
        let (p, q) = (self.people[i], self.people[j]);
        for (l, &r) in self.people.iter().enumerate() {
            let (mp, mq) = (u32::from(met.get(r, p)), u32::from(met.get(r, q)));
            self.meets[l * m + a] = self.meets[l * m + a] + mq - mp;
            self.meets[l * m + b] = self.meets[l * m + b] + mp - mq;
        }
        self.at[i] = b;
        self.at[j] = a;
        if let Some(x) = self.tables[a].iter_mut().find(|x| **x == i) {
            *x = j;
        }
        if let Some(x) = self.tables[b].iter_mut().find(|x| **x == j) {
            *x = i;
        }
    }

    /// The cost of the seating: repeated pairs and distances from the bands.
    fn cost(&self, checked: &Checked<'_>) -> i64 {
        let m = self.tables.len();
        let pairs: i64 = (0..self.people.len())
            .filter(|&i| self.at[i] < m)
            .map(|i| i64::from(self.meets[i * m + self.at[i]]))
            .sum();
        let deviation: i64 = (0..m).map(|k| self.off_table(k)).sum();
        let _ = checked;
        PAIR * pairs / 2 + DEVIATION * deviation
    }

    /// Whether table `k` has a repeated pair or a count outside its band.
    fn troubled(&self, k: usize) -> bool {
        let m = self.tables.len();
        self.tables[k].iter().any(|&i| self.meets[i * m + k] > 0)
            || (0..self.width).any(|cell| self.off(k, cell, self.count[k * self.width + cell]) > 0)
    }

    /// Seats the group; the people (indices in the room) at each table.
    pub(crate) fn seat(
        mut self,
        checked: &Checked<'_>,
        met: &Met,
        stream: &mut Stream,
    ) -> Vec<Vec<usize>> {
        let m = self.tables.len();
        // The start: the free people in a random order, then by their balance values, each to
        // the table with room where they add the least, ties to the next table in turn.
        let mut order: Vec<usize> = (0..self.people.len()).filter(|&i| self.free[i]).collect();
        stream.shuffle(&mut order);
        order.sort_by_key(|&i| {
            (0..checked.columns)
                .map(|c| self.value(checked, i, c))
                .collect::<Vec<_>>()
        });
        let mut turn = 0;
        for &i in &order {
            let best = (0..m)
                .map(|step| (turn + step) % m)
                .filter(|&k| (self.tables[k].len() as u32) < self.sizes[k])
                .min_by_key(|&k| self.insertion(checked, i, k));
            if let Some(k) = best {
                self.place(checked, met, i, k);
                turn = (k + 1) % m;
            }
        }

        // Swaps (min-conflicts with noise): each person at a troubled table, in a random
        // order, takes the best swap with a free person elsewhere if it does not raise the
        // cost (ties broken at random); otherwise, now and then, a random swap, to leave a
        // local minimum. The best seating seen is kept.
        let movable: Vec<usize> = (0..self.people.len()).filter(|&i| self.free[i]).collect();
        let mut budget = EVALUATIONS_PER_PERSON * movable.len() as u64;
        let mut cost = self.cost(checked);
        let mut best = (cost, self.at.clone());
        // Tables one larger than others (when the people do not divide evenly) may give a
        // free person to one of those: the sizes still differ by at most one.
        let uneven = self.sizes.iter().min() != self.sizes.iter().max();
        while budget > 0 && cost > 0 && (movable.len() > 1 || uneven && !movable.is_empty()) {
            let mut candidates: Vec<usize> = movable
                .iter()
                .copied()
                .filter(|&i| self.troubled(self.at[i]))
                .collect();
            if candidates.is_empty() {
                break;
            }
            stream.shuffle(&mut candidates);
            for i in candidates {
                if budget == 0 || cost == 0 {
                    break;
                }
                if !self.troubled(self.at[i]) {
                    continue;
                }
                // Each person tried counts, even with nothing to try.
                budget = budget.saturating_sub(1);
                let mut choice: Option<(i64, Step)> = None;
                let mut ties = 0;
                let a = self.at[i];
                let steps = movable
                    .iter()
                    .filter(|&&j| self.at[j] != a)
                    .map(|&j| Step::Swap(j))
                    .chain(
                        (0..m)
                            .filter(|&b| uneven && self.sizes[b] + 1 == self.sizes[a])
                            .map(Step::Move),
                    );
                for step in steps {
                    budget = budget.saturating_sub(1);
                    let d = match step {
                        Step::Swap(j) => self.delta(checked, met, i, j),
                        Step::Move(b) => self.move_delta(checked, i, b),
                    };
                    match choice {
                        Some((b, _)) if d > b => {}
                        Some((b, _)) if d == b => {
                            ties += 1;
                            if stream.below(ties) == 0 {
                                choice = Some((d, step));
                            }
                        }
                        _ => {
                            choice = Some((d, step));
                            ties = 1;
                        }
                    }
                }
                let Some((mut d, mut step)) = choice else {
                    continue;
                };
                if d > 0 {
                    if stream.below(NOISE) != 0 {
                        continue;
                    }
                    let j = movable[stream.below(movable.len())];
                    if self.at[j] == self.at[i] {
                        continue;
                    }
                    step = Step::Swap(j);
                    d = self.delta(checked, met, i, j);
                }
                match step {
                    Step::Swap(j) => self.swap(checked, met, i, j),
                    Step::Move(b) => self.shift(checked, met, i, b),
                }
                cost += d;
                if cost < best.0 {
                    best = (cost, self.at.clone());
                }
            }
        }
        if best.0 < cost {
            self.tables.iter_mut().for_each(Vec::clear);
            for (i, &k) in best.1.iter().enumerate() {
                self.tables[k].push(i);
            }
        }
        self.tables
            .iter()
            .map(|t| t.iter().map(|&i| self.people[i]).collect())
            .collect()
    }
}
