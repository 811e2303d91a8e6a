//! Who goes to which table language: a transportation problem from classes of people (those
//! who may sit at the same set of table languages) to table languages.
//!
//! [`Flow::fill`] minimises a separable convex cost of the group sizes over every way of
//! seating as many people as possible: it adds people one at a time to the cheapest group that
//! can still grow, moving flexible people between groups along an augmenting path when needed.
//! The group sizes reachable this way are the integer points of a polymatroid (whose rank is
//! "how many people speak one of these languages"), where this greedy method is exact.

use crate::types::bits;

/// An assignment of classes of people to types.
#[derive(Clone, Debug)]
pub(crate) struct Flow {
    /// Each class: the types its people may go to, and how many people it has.
    classes: Vec<(u64, u32)>,
    /// `amount[c][t]`: people of class `c` in type `t`.
    amount: Vec<Vec<u32>>,
    /// People of each class not yet assigned.
    left: Vec<u32>,
    /// People in each type.
    pub size: Vec<u32>,
    /// The most people each type may take.
    cap: Vec<u32>,
}

impl Flow {
    /// An empty assignment of `classes` to `types` types holding at most `cap` each.
    pub(crate) fn new(classes: Vec<(u64, u32)>, cap: Vec<u32>) -> Self {
        let types = cap.len();
        Flow {
            amount: vec![vec![0; types]; classes.len()],
            left: classes.iter().map(|&(_, n)| n).collect(),
            classes,
            size: vec![0; types],
            cap,
        }
    }

    /// People of class `c` assigned to type `t`.
    pub(crate) fn amount(&self, c: usize, t: usize) -> u32 {
        self.amount
            .get(c)
            .and_then(|a| a.get(t))
            .copied()
            .unwrap_or(0)
    }

    /// People not assigned.
    pub(crate) fn unassigned(&self) -> u32 {
        self.left.iter().sum()
    }

    /// Adds one person to type `t`, moving others between types if needed; false if no one
    /// more can go to `t`.
    pub(crate) fn add(&mut self, t: usize) -> bool {
        let types = self.size.len();
        if self
            .size
            .get(t)
            .zip(self.cap.get(t))
            .is_none_or(|(s, c)| s >= c)
        {
            return false;
        }
        // Breadth-first from `t`: `parent[u] = (c, v)` means a person of class `c` may move
        // from `u` to `v`, making room for one more in `u`.
        let mut parent: Vec<Option<(usize, usize)>> = vec![None; types];
        let mut seen = vec![false; types];
        seen[t] = true;
        let mut queue = std::collections::VecDeque::from([t]);
        while let Some(u) = queue.pop_front() {
            for (c, &(mask, _)) in self.classes.iter().enumerate() {
                if mask >> u & 1 == 0 {
                    continue;
                }
                if self.left[c] > 0 {
                    self.left[c] -= 1;
                    self.amount[c][u] += 1;
                    let mut at = u;
                    while let Some((c2, v)) = parent[at] {
                        self.amount[c2][at] -= 1;
                        self.amount[c2][v] += 1;
                        at = v;
                    }
                    self.size[t] += 1;
                    return true;
                }
                for w in bits(mask) {
                    if w < types && !seen[w] && self.amount[c][w] > 0 {
                        seen[w] = true;
                        parent[w] = Some((c, u));
                        queue.push_back(w);
                    }
                }
            }
        }
        false
    }

    /// Adds people one at a time to the type whose `marginal(t, size)` (the cost of one more
    /// person in a type of `size`; non-decreasing in `size`) is least, ties to the first type,
    /// until no one more can be placed. `allowed` types only.
    pub(crate) fn fill(&mut self, allowed: u64, marginal: impl Fn(usize, u32) -> i64) {
        let mut open: Vec<usize> = bits(allowed).filter(|&t| t < self.size.len()).collect();
        while self.unassigned() > 0 {
            let Some((i, &t)) = open
                .iter()
                .enumerate()
                .min_by_key(|&(_, &t)| (marginal(t, self.size[t]), t))
            else {
                return;
            };
            if !self.add(t) {
                // A type that cannot grow never can again: its tight set stays tight.
                open.remove(i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_flexible_people_to_make_room() {
        // 3 who may go to type 0 or 1, 2 who may go to type 1 only.
        let mut flow = Flow::new(vec![(0b11, 3), (0b10, 2)], vec![3, 3]);
        for _ in 0..3 {
            assert!(flow.add(1));
        }
        // Type 1 is full of flexible people; type 0 takes them so that type 1 can take the others.
        assert!(flow.add(0));
        assert!(!flow.add(1));
        flow.fill(0b11, |_, size| i64::from(size));
        assert_eq!(flow.unassigned(), 0);
        assert_eq!(flow.size, vec![2, 3]);
        assert_eq!(flow.amount(1, 1), 2);
    }

    #[test]
    fn balances_a_convex_cost() {
        let mut flow = Flow::new(vec![(0b111, 10), (0b001, 4)], vec![u32::MAX; 3]);
        flow.fill(0b111, |_, size| i64::from(size));
        assert_eq!(flow.size, vec![5, 5, 4]);
    }
}
