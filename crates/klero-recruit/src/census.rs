//! The first pass: the strata, their populations and exclusions, and whether there are enough
//! households for the invitations asked for.

use crate::key::normalise;
use std::collections::{HashMap, HashSet};

/// A stratum as counted.
#[derive(Clone, Debug)]
pub(crate) struct Tally {
    /// The normalised value.
    pub key: String,
    /// The value as first written (trimmed).
    pub name: String,
    /// People in the register.
    pub population: u64,
    /// Of whom excluded.
    pub excluded: u64,
}

/// The counts of the first pass. Memory: O(strata + count).
#[derive(Debug)]
pub(crate) struct Census {
    strata: Vec<Tally>,
    index: HashMap<String, usize>,
    households: BoundedCount,
}

impl Census {
    /// A census that counts eligible households up to `enough`.
    pub(crate) fn new(enough: u64) -> Self {
        Census {
            strata: Vec::new(),
            index: HashMap::new(),
            households: BoundedCount {
                limit: enough,
                singles: 0,
                seen: HashSet::new(),
            },
        }
    }

    /// Counts a person; `household` is their normalised household (`None`: their own).
    /// Returns false, counting nothing, if the stratum value is blank.
    pub(crate) fn add(&mut self, stratum: &str, household: Option<&str>, excluded: bool) -> bool {
        let key = normalise(stratum);
        if key.is_empty() {
            return false;
        }
        let s = match self.index.get(&key) {
            Some(&s) => s,
            None => {
                let s = self.strata.len();
                self.index.insert(key.clone(), s);
                self.strata.push(Tally {
                    key,
                    name: stratum.trim().to_owned(),
                    population: 0,
                    excluded: 0,
                });
                s
            }
        };
        if let Some(tally) = self.strata.get_mut(s) {
            tally.population += 1;
            if excluded {
                tally.excluded += 1;
            }
        }
        if !excluded {
            self.households.add(s, household);
        }
        true
    }

    /// The eligible households counted, up to the limit given to [`Census::new`]: if it is
    /// below the limit, it is the exact number.
    pub(crate) fn households(&self) -> u64 {
        self.households.count()
    }

    /// The strata in the order of their normalised values.
    pub(crate) fn into_strata(self) -> Vec<Tally> {
        let mut strata = self.strata;
        strata.sort_by(|a, b| a.key.cmp(&b.key));
        strata
    }
}

/// Distinct households, counted up to a limit: beyond it, nothing more is remembered.
#[derive(Debug)]
struct BoundedCount {
    limit: u64,
    singles: u64,
    seen: HashSet<(usize, Box<str>)>,
}

impl BoundedCount {
    fn count(&self) -> u64 {
        self.singles + self.seen.len() as u64
    }

    fn add(&mut self, stratum: usize, household: Option<&str>) {
        if self.count() >= self.limit {
            return;
        }
        match household {
            None => self.singles += 1,
            Some(h) => {
                self.seen.insert((stratum, h.into()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_strata_by_normalised_value_in_name_order() {
        let mut census = Census::new(100);
        assert!(census.add(" Uccle ", Some("x"), false));
        assert!(census.add("ANDERLECHT", Some("x"), false));
        assert!(census.add("uccle", Some("x"), true));
        assert!(census.add("Uccle", Some("y"), false));
        assert!(!census.add("  ", None, false));
        // Households are counted within a stratum; the excluded person's is not counted.
        assert_eq!(census.households(), 3);
        let strata = census.into_strata();
        let names: Vec<(&str, u64, u64)> = strata
            .iter()
            .map(|t| (t.name.as_str(), t.population, t.excluded))
            .collect();
        assert_eq!(names, vec![("ANDERLECHT", 1, 0), ("Uccle", 3, 1)]);
    }

    #[test]
    fn stops_counting_households_at_the_limit() {
        let mut census = Census::new(2);
        for h in ["a", "b", "c", "d"] {
            census.add("x", Some(h), false);
        }
        census.add("x", None, false);
        assert_eq!(census.households(), 2);
    }
}
