//! Round by round: who goes to which language group (people who speak several languages may
//! change group between rounds), how many sit at each table, then the seating of each group.

use std::collections::BTreeMap;

use crate::check::Checked;
use crate::flow::Flow;
use crate::layout::Layout;
use crate::rng::Stream;
use crate::search::{Group, Met};
use crate::split::NEEDED;
use crate::{Reason, SeatError};

/// The sizes of `tables` holding `floors` people already, after `people` more are added one at
/// a time to the smallest (ties to the first); `None` if `people` is below the floors' sum.
pub(crate) fn water_fill(floors: &[u32], people: u32) -> Option<Vec<u32>> {
    let fixed: u32 = floors.iter().sum();
    let mut sizes = floors.to_vec();
    for _ in 0..people.checked_sub(fixed)? {
        let smallest = (0..sizes.len()).min_by_key(|&k| (sizes[k], k))?;
        sizes[smallest] += 1;
    }
    Some(sizes)
}

/// The cost of the `g`-th person of a group (for `g` from 0 to `most`), for tables holding
/// `floors` people already: very negative while someone fixed or a table's minimum is missing,
/// then `2 s + 1` where `s` is the smallest table's size (the growth of the sum of squares).
fn marginals(floors: &[u32], most: u32, min: u32) -> Vec<i64> {
    let mut sizes = floors.to_vec();
    let fixed: u32 = floors.iter().sum();
    let mut out = vec![NEEDED; fixed.min(most) as usize];
    for _ in fixed..most {
        let Some(smallest) = (0..sizes.len()).min_by_key(|&k| (sizes[k], k)) else {
            out.push(i64::MAX / 4);
            continue;
        };
        let s = sizes[smallest];
        out.push(if s < min {
            NEEDED
        } else {
            2 * i64::from(s) + 1
        });
        sizes[smallest] += 1;
    }
    out
}

/// Brings each group's mix of balance values as close to the room's as possible by swapping
/// people of the same class (who may sit at the same languages) between groups, where
/// `movable(p)` (people fixed to a table stay): while a swap lowers the sum, over groups,
/// columns and values, of `(count - share of the room × group size)² / group size`.
fn mix_groups(
    checked: &Checked<'_>,
    groups: &mut [Vec<usize>],
    class_of: &[usize],
    movable: impl Fn(usize) -> bool,
) {
    let columns = checked.columns;
    if columns == 0 || groups.iter().filter(|g| !g.is_empty()).count() < 2 {
        return;
    }
    let mut offset = Vec::with_capacity(columns);
    let mut width = 0;
    for &values in &checked.value_counts {
        offset.push(width);
        width += values;
    }
    let cell = |p: usize, c: usize| offset[c] + usize::from(checked.values[p * columns + c]);
    let seated: Vec<usize> = groups.iter().flatten().copied().collect();
    let mut room = vec![0.0f64; width];
    for &p in &seated {
        for c in 0..columns {
            room[cell(p, c)] += 1.0;
        }
    }
    let n = seated.len().max(1) as f64;
    room.iter_mut().for_each(|x| *x /= n);
    let k = groups.len();
    let size: Vec<f64> = groups.iter().map(|g| g.len().max(1) as f64).collect();
    // `excess[t * width + cell]`: the group's count minus its share of the room.
    let mut excess = vec![0.0f64; k * width];
    for (t, group) in groups.iter().enumerate() {
        for x in 0..width {
            excess[t * width + x] = -room[x] * group.len() as f64;
        }
        for &p in group {
            for c in 0..columns {
                excess[t * width + cell(p, c)] += 1.0;
            }
        }
    }
    // The flexible people: those of a class found in more than one group.
    let mut seen: Vec<u64> = vec![0; class_of.iter().max().map_or(0, |&c| c + 1)];
    for (t, group) in groups.iter().enumerate() {
        for &p in group {
            seen[class_of[p]] |= 1 << t.min(63);
        }
    }
    let mut flexible: Vec<(usize, usize)> = Vec::new();
    for (t, group) in groups.iter().enumerate() {
        for (i, &p) in group.iter().enumerate() {
            if seen[class_of[p]].count_ones() > 1 && movable(p) {
                flexible.push((t, i));
            }
        }
    }
    // The change of the sum when `p` leaves group `a` for `b`, and `q` leaves `b` for `a`.
    let delta = |excess: &[f64], a: usize, b: usize, p: usize, q: usize| -> f64 {
        let mut d = 0.0;
        for c in 0..columns {
            let (x, y) = (cell(p, c), cell(q, c));
            if x == y {
                continue;
            }
            // Group a: x one fewer, y one more; group b: y one fewer, x one more.
            let (ax, ay) = (excess[a * width + x], excess[a * width + y]);
            let (bx, by) = (excess[b * width + x], excess[b * width + y]);
            d += ((ax - 1.0).powi(2) - ax * ax + (ay + 1.0).powi(2) - ay * ay) / size[a];
            d += ((by - 1.0).powi(2) - by * by + (bx + 1.0).powi(2) - bx * bx) / size[b];
        }
        d
    };
    for _ in 0..32 {
        let mut improved = false;
        for i in 0..flexible.len() {
            let (a, ia) = flexible[i];
            let p = groups[a][ia];
            // People with the same values in the same group are alike: one of each is tried.
            let mut tried = std::collections::HashSet::new();
            let best = (0..flexible.len())
                .filter(|&j| {
                    let (b, ib) = flexible[j];
                    let q = groups[b][ib];
                    b != a
                        && class_of[q] == class_of[p]
                        && tried.insert((b, &checked.values[q * columns..(q + 1) * columns]))
                })
                .map(|j| {
                    let (b, ib) = flexible[j];
                    (delta(&excess, a, b, p, groups[b][ib]), j)
                })
                .min_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
            let Some((d, j)) = best else { continue };
            if d > -1e-9 {
                continue;
            }
            let (b, ib) = flexible[j];
            let q = groups[b][ib];
            for c in 0..columns {
                let (x, y) = (cell(p, c), cell(q, c));
                excess[a * width + x] -= 1.0;
                excess[a * width + y] += 1.0;
                excess[b * width + y] -= 1.0;
                excess[b * width + x] += 1.0;
            }
            groups[a][ia] = q;
            groups[b][ib] = p;
            improved = true;
        }
        if !improved {
            break;
        }
    }
}

/// Seats every round; `rounds[r][table]` lists the people there, in index order.
pub(crate) fn seat_rounds(
    checked: &Checked<'_>,
    layout: &Layout,
    stream: &mut Stream,
) -> Result<Vec<Vec<Vec<usize>>>, SeatError> {
    let n = checked.n;
    let k = checked.types.len();
    let present = layout
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.is_empty())
        .fold(0u64, |m, (t, _)| m | 1 << t);
    let mut met = Met::new(n);
    let mut rounds = Vec::with_capacity(checked.rounds);
    for fixed in &checked.fixed {
        // Each person's possible groups this round.
        let masks: Vec<u64> = (0..n)
            .map(|p| match fixed[p] {
                Some(table) => 1 << layout.table_types[table],
                None => checked.compat[p] & present,
            })
            .collect();
        let mut floors = vec![0u32; checked.tables];
        for table in fixed.iter().flatten() {
            floors[*table] += 1;
        }
        let group_floors: Vec<Vec<u32>> = layout
            .groups
            .iter()
            .map(|tables| tables.iter().map(|&table| floors[table]).collect())
            .collect();
        let most: Vec<u32> = (0..k)
            .map(|t| masks.iter().filter(|&&m| m >> t & 1 == 1).count() as u32)
            .collect();
        let costs: Vec<Vec<i64>> = (0..k)
            .map(|t| marginals(&group_floors[t], most[t], checked.settings.min_table_size))
            .collect();
        let mut members: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for (p, &mask) in masks.iter().enumerate() {
            members.entry(mask).or_default().push(p);
        }
        let classes: Vec<(u64, u32)> = members
            .iter()
            .map(|(&m, people)| (m, people.len() as u32))
            .collect();
        let mut flow = Flow::new(classes, vec![u32::MAX; k]);
        flow.fill(present, |t, size| {
            costs[t].get(size as usize).copied().unwrap_or(i64::MAX / 4)
        });
        if flow.unassigned() > 0 {
            return Err(SeatError::Infeasible(vec![Reason::Unseated {
                round: rounds.len() + 1,
                people: flow.unassigned(),
            }]));
        }
        // Which people of each class go to which group: a new random order each round, then
        // the groups' mixes brought as close to the room's as the classes allow.
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); k];
        let mut class_of = vec![0usize; n];
        for (c, people) in members.values_mut().enumerate() {
            stream.shuffle(people);
            let mut rest = people.as_slice();
            for (t, group) in groups.iter_mut().enumerate() {
                let (take, left) = rest.split_at((flow.amount(c, t) as usize).min(rest.len()));
                group.extend_from_slice(take);
                rest = left;
            }
            for &p in people.iter() {
                class_of[p] = c;
            }
        }
        mix_groups(checked, &mut groups, &class_of, |p| fixed[p].is_none());
        let mut seating = vec![Vec::new(); checked.tables];
        for (t, tables) in layout.groups.iter().enumerate() {
            if tables.is_empty() {
                continue;
            }
            let mut people = std::mem::take(&mut groups[t]);
            people.sort_unstable();
            let sizes = water_fill(&group_floors[t], people.len() as u32)
                .ok_or_else(|| SeatError::Infeasible(vec![Reason::KeptAboveSeated]))?;
            let local =
                |p: usize| fixed[p].and_then(|table| tables.iter().position(|&x| x == table));
            let group = Group::new(checked, &people, sizes, local, &met);
            for (table, mut at) in tables.iter().zip(group.seat(checked, &met, stream)) {
                at.sort_unstable();
                seating[*table] = at;
            }
        }
        let min = checked.settings.min_table_size as usize;
        if let Some(table) = seating.iter().position(|people| people.len() < min) {
            return Err(SeatError::Infeasible(vec![Reason::SmallTable {
                round: rounds.len() + 1,
                table: table + 1,
                language: checked.types.label(layout.table_types[table]).to_owned(),
                people: seating[table].len(),
                min: checked.settings.min_table_size,
            }]));
        }
        for table in &seating {
            met.add_table(table);
        }
        rounds.push(seating);
    }
    Ok(rounds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn water_fills_the_smallest_tables_first() {
        assert_eq!(water_fill(&[0, 0, 0], 7), Some(vec![3, 2, 2]));
        assert_eq!(water_fill(&[5, 0, 1], 9), Some(vec![5, 2, 2]));
        assert_eq!(water_fill(&[5, 0], 4), None);
        assert_eq!(
            marginals(&[1, 0], 5, 2),
            vec![NEEDED, NEEDED, NEEDED, NEEDED, 5]
        );
    }
}
