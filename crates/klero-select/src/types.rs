//! Types: classes of interchangeable people. Two people with the same value in every category and
//! the same household (or none) can be swapped in any panel without breaking a rule, so LEXIMIN gives
//! them the same probability and a panel only matters through how many of each type it holds. The
//! engine works with types; results are mapped back to people at the end.

use crate::Instance;
use std::collections::HashMap;

/// A quota whose expected count is this close to a bound is on that bound, and a type expected to
/// get this little gets nothing (see [`Types::face`]): well below the decomposition's tolerance, so
/// a point the LP left a hair inside a bound is not forced onto it.
const FACE_TOLERANCE: f64 = 1e-9;

/// A panel described by how many members of each type it holds: `(type, count)` sorted by type,
/// counts positive.
pub(crate) type TypePanel = Vec<(u32, u32)>;

/// The panel holding `seats[t]` members of each type `t`.
pub(crate) fn panel_of(seats: &[u32]) -> TypePanel {
    seats
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(t, &n)| (t as u32, n))
        .collect()
}

/// The pool, grouped into types.
#[derive(Clone, Debug)]
pub(crate) struct Types {
    /// For each type, the people in it (indices into the pool, ascending).
    pub members: Vec<Vec<usize>>,
    /// For each type, its household, if it has one (all members share it).
    pub household: Vec<Option<u32>>,
    /// For each type, how many of its members a panel may hold (1 for household types).
    pub cap: Vec<u32>,
    /// For each type, how many of its members a panel must hold (0 but on a face, see
    /// [`Types::face`]).
    pub floor: Vec<u32>,
    /// For each type, the flat indices of its quota rows (see [`Types::quota_index`]).
    pub quota_rows: Vec<Vec<usize>>,
    /// Quota bounds by flat index.
    pub quota_min: Vec<u32>,
    /// Quota bounds by flat index.
    pub quota_max: Vec<u32>,
    /// Types of each household with two or more types.
    pub households: Vec<Vec<u32>>,
    /// The panel size.
    pub k: u32,
}

impl Types {
    /// Groups the pool of `instance` into types, in order of first appearance.
    pub fn new(instance: &Instance) -> Self {
        let mut index: HashMap<(&[u16], Option<u32>), usize> = HashMap::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut values: Vec<Vec<u16>> = Vec::new();
        let mut household = Vec::new();
        for (i, p) in instance.people().iter().enumerate() {
            let t = *index
                .entry((p.values.as_slice(), p.household))
                .or_insert_with(|| {
                    members.push(Vec::new());
                    values.push(p.values.clone());
                    household.push(p.household);
                    members.len() - 1
                });
            members[t].push(i);
        }
        let mut quota_offset = Vec::new();
        let (mut quota_min, mut quota_max) = (Vec::new(), Vec::new());
        for cat in instance.categories() {
            quota_offset.push(quota_min.len());
            for q in &cat.values {
                quota_min.push(q.min);
                quota_max.push(q.max);
            }
        }
        let quota_rows = values
            .iter()
            .map(|vs: &Vec<u16>| {
                vs.iter()
                    .enumerate()
                    .map(|(c, &v)| quota_offset[c] + usize::from(v))
                    .collect()
            })
            .collect();
        let cap: Vec<u32> = members
            .iter()
            .zip(&household)
            .map(|(m, h)| if h.is_some() { 1 } else { m.len() as u32 })
            .collect();
        let mut by_household: HashMap<u32, Vec<u32>> = HashMap::new();
        for (t, h) in household.iter().enumerate() {
            if let Some(h) = h {
                by_household.entry(*h).or_default().push(t as u32);
            }
        }
        let mut households: Vec<Vec<u32>> = by_household
            .into_values()
            .filter(|ts| ts.len() > 1)
            .collect();
        households.sort();
        Self {
            members,
            household,
            floor: vec![0; cap.len()],
            cap,
            quota_rows,
            quota_min,
            quota_max,
            households,
            k: instance.panel_size(),
        }
    }

    /// Number of types.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Number of people of type `t`.
    pub fn size(&self, t: usize) -> u32 {
        self.members[t].len() as u32
    }

    /// One more than the largest household number: the length of a vector indexed by household.
    pub fn household_count(&self) -> usize {
        self.household
            .iter()
            .flatten()
            .map(|&h| h as usize + 1)
            .max()
            .unwrap_or(0)
    }

    /// Number of quota rows (values over all categories).
    pub fn quota_count(&self) -> usize {
        self.quota_min.len()
    }

    /// For each quota row (flat index), the types it counts.
    pub fn by_quota(&self) -> Vec<Vec<usize>> {
        let mut by_quota: Vec<Vec<usize>> = vec![Vec::new(); self.quota_count()];
        for (t, rows) in self.quota_rows.iter().enumerate() {
            for &q in rows {
                by_quota[q].push(t);
            }
        }
        by_quota
    }

    /// Each person's probability, given each type's expected number of members on the panel.
    pub fn person_probabilities(&self, expected: &[f64], pool: usize) -> Vec<f64> {
        let mut out = vec![0.0; pool];
        for (t, ms) in self.members.iter().enumerate() {
            let p = expected[t] / ms.len() as f64;
            for &i in ms {
                out[i] = p;
            }
        }
        out
    }
}

impl Types {
    /// The same pool restricted to the smallest face of the relaxation that holds `seats`
    /// (expected seats per type): a quota that `seats` fills to a bound is held at that bound, and
    /// a type with no expected seat gets none, and one expected to fill its cap fills it. Every panel of a distribution whose average is
    /// `seats` lies on this face, so the panels off it are of no use for writing `seats` as one.
    pub fn face(&self, seats: &[f64]) -> Self {
        self.face_within(seats, FACE_TOLERANCE)
    }

    /// [`Types::face`], with bounds that `seats` comes within `tolerance` of counted as reached.
    pub fn face_within(&self, seats: &[f64], tolerance: f64) -> Self {
        let mut face = self.clone();
        for (q, ts) in self.by_quota().iter().enumerate() {
            let expected: f64 = ts
                .iter()
                .map(|&t| seats.get(t).copied().unwrap_or(0.0))
                .sum();
            if (expected - f64::from(self.quota_max[q])).abs() < tolerance {
                face.quota_min[q] = self.quota_max[q];
            } else if (expected - f64::from(self.quota_min[q])).abs() < tolerance {
                face.quota_max[q] = self.quota_min[q];
            }
        }
        for t in 0..face.len() {
            let expected = seats.get(t).copied().unwrap_or(0.0);
            if expected < tolerance {
                face.cap[t] = 0;
            } else if expected > f64::from(face.cap[t]) - tolerance {
                face.floor[t] = face.cap[t];
            }
        }
        face
    }

    /// The total weight of a panel.
    pub fn weight(&self, panel: &TypePanel, weights: &[f64]) -> f64 {
        panel
            .iter()
            .map(|&(t, n)| weights[t as usize] * f64::from(n))
            .sum()
    }

    /// Whether a panel has `k` members, meets every quota, respects type sizes and households.
    pub fn is_valid(&self, panel: &TypePanel) -> bool {
        let mut q = vec![0u32; self.quota_count()];
        let mut total = 0u32;
        let mut houses = std::collections::HashSet::new();
        for &(t, n) in panel {
            let t = t as usize;
            if t >= self.len() || n > self.cap[t] {
                return false;
            }
            if let Some(h) = self.household[t]
                && !houses.insert(h)
            {
                return false;
            }
            total += n;
            for &r in &self.quota_rows[t] {
                q[r] += n;
            }
        }
        // Types with a floor must all be on the panel, each with at least that many.
        let floored = self.floor.iter().filter(|&&f| f > 0).count();
        let met = panel
            .iter()
            .filter(|&&(t, n)| self.floor[t as usize] > 0 && n >= self.floor[t as usize])
            .count();
        total == self.k
            && met == floored
            && q.iter()
                .enumerate()
                .all(|(r, &c)| c >= self.quota_min[r] && c <= self.quota_max[r])
    }
}
