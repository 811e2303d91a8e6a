//! The streaming selection: in each stratum, the households with the smallest keys.

use crate::heap::Bounded;
use crate::key::person_key;

/// Offered a register one person at a time, keeps in each stratum the `allocation` households
/// with the smallest keys, and their representatives.
///
/// A person's key is [`person_key`] of the seed and their id; a household's key is the smallest
/// key of its members, and its representative is that member. Inviting the households with the
/// smallest keys is the same as drawing people one by one, uniformly, and skipping those whose
/// household was already drawn; the outcome depends only on the seed and on who is in which
/// stratum and household, not on the order of the rows.
///
/// Households are keyed within a stratum: two people of different strata are never in the same
/// household, whatever their household columns say.
///
/// Memory is O(invitations): each stratum keeps at most its allocation of households.
#[derive(Debug)]
pub struct Selector {
    seed: String,
    strata: Vec<Bounded>,
}

/// A stratum number that the selector does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("stratum {stratum} is out of range: the selector has {strata} strata")]
pub struct UnknownStratum {
    /// The stratum offered.
    pub stratum: usize,
    /// How many strata the selector has.
    pub strata: usize,
}

impl Selector {
    /// A selector for strata that get `allocations[s]` invitations each.
    pub fn new(seed: &str, allocations: &[u32]) -> Self {
        Selector {
            seed: seed.to_owned(),
            strata: allocations
                .iter()
                .map(|&n| Bounded::new(usize::try_from(n).unwrap_or(usize::MAX)))
                .collect(),
        }
    }

    /// Offers a person: their stratum, household (`None` for a person who is a household of
    /// their own; otherwise any text that is equal for the members of one household, such as
    /// their normalised address), number (returned by [`Selector::finish`] if they are drawn;
    /// for example their line in the register) and id.
    pub fn offer(
        &mut self,
        stratum: usize,
        household: Option<&str>,
        person: u64,
        id: &str,
    ) -> Result<(), UnknownStratum> {
        let key = person_key(&self.seed, id);
        let strata = self.strata.len();
        let heap = self
            .strata
            .get_mut(stratum)
            .ok_or(UnknownStratum { stratum, strata })?;
        heap.offer(key, id.trim(), person, household);
        Ok(())
    }

    /// The people drawn.
    pub fn finish(self) -> Selection {
        let strata: Vec<Vec<u64>> = self
            .strata
            .iter()
            .map(|heap| {
                let mut people: Vec<u64> = heap.people().collect();
                people.sort_unstable();
                people
            })
            .collect();
        Selection { strata }
    }
}

/// The people drawn, by stratum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// For each stratum, the numbers of the people drawn, in increasing order. A stratum with
    /// fewer households than its allocation has all of them.
    pub strata: Vec<Vec<u64>>,
}

impl Selection {
    /// The numbers of everyone drawn, in increasing order.
    pub fn people(&self) -> Vec<u64> {
        let mut all: Vec<u64> = self.strata.iter().flatten().copied().collect();
        all.sort_unstable();
        all
    }
}
