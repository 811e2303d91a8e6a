//! The households of one stratum with the smallest keys seen so far: a bounded max-heap with
//! decrease-key, and a map from household to its entry.

use crate::key::compare;
use std::cmp::Ordering;
use std::collections::HashMap;

/// A household in the heap, represented by its member with the smallest key so far.
#[derive(Debug)]
struct Entry {
    key: u64,
    id: Box<str>,
    person: u64,
    /// `None` for a person who is a household of their own.
    household: Option<Box<str>>,
}

/// At most `capacity` households: those with the smallest keys among the households offered so
/// far, each with its key (the smallest key of its members offered so far) and representative.
///
/// Entries live in slots that never move; the heap orders slot numbers, largest key on top, and
/// `position` says where each slot is in the heap, so that a household's key can decrease in
/// place. Memory is O(capacity), whatever the number of people offered.
#[derive(Debug, Default)]
pub(crate) struct Bounded {
    capacity: usize,
    slots: Vec<Entry>,
    heap: Vec<usize>,
    position: Vec<usize>,
    households: HashMap<Box<str>, usize>,
}

impl Bounded {
    /// An empty heap that keeps at most `capacity` households.
    pub(crate) fn new(capacity: usize) -> Self {
        Bounded {
            capacity,
            ..Bounded::default()
        }
    }

    /// How many households are kept.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    /// Offers a person with their key; `household` is `None` for a person who is a household of
    /// their own.
    pub(crate) fn offer(&mut self, key: u64, id: &str, person: u64, household: Option<&str>) {
        if self.capacity == 0 {
            return;
        }
        // A household already kept: its key can only decrease.
        if let Some(&slot) = household.and_then(|h| self.households.get(h)) {
            if let Some(entry) = self.slots.get_mut(slot)
                && compare(key, id, entry.key, &entry.id) == Ordering::Less
            {
                entry.key = key;
                entry.id = id.into();
                entry.person = person;
                let at = self.position.get(slot).copied().unwrap_or(0);
                self.sift_down(at);
            }
            return;
        }
        let entry = Entry {
            key,
            id: id.into(),
            person,
            household: household.map(Into::into),
        };
        if self.slots.len() < self.capacity {
            let slot = self.slots.len();
            self.remember(&entry, slot);
            self.slots.push(entry);
            self.position.push(self.heap.len());
            self.heap.push(slot);
            self.sift_up(self.heap.len() - 1);
            return;
        }
        // Full: the new household replaces the one with the largest key, if its key is smaller.
        // A household that is replaced and comes back later (a member with a smaller key)
        // enters again like a new one.
        let Some(&top) = self.heap.first() else {
            return;
        };
        let Some(old) = self.slots.get(top) else {
            return;
        };
        if compare(key, id, old.key, &old.id) != Ordering::Less {
            return;
        }
        if let Some(h) = &old.household {
            self.households.remove(h);
        }
        self.remember(&entry, top);
        if let Some(slot) = self.slots.get_mut(top) {
            *slot = entry;
        }
        self.sift_down(0);
    }

    /// The representatives kept (their `person` numbers), in no particular order.
    pub(crate) fn people(&self) -> impl Iterator<Item = u64> + '_ {
        self.slots.iter().map(|e| e.person)
    }

    fn remember(&mut self, entry: &Entry, slot: usize) {
        if let Some(h) = &entry.household {
            self.households.insert(h.clone(), slot);
        }
    }

    /// Whether the entry at heap position `a` has a larger key than the one at `b`.
    fn above(&self, a: usize, b: usize) -> bool {
        let entry = |at: usize| self.heap.get(at).and_then(|&s| self.slots.get(s));
        match (entry(a), entry(b)) {
            (Some(x), Some(y)) => compare(x.key, &x.id, y.key, &y.id) == Ordering::Greater,
            _ => false,
        }
    }

    fn swap(&mut self, a: usize, b: usize) {
        if a >= self.heap.len() || b >= self.heap.len() {
            return;
        }
        self.heap.swap(a, b);
        for at in [a, b] {
            if let Some(&slot) = self.heap.get(at)
                && let Some(p) = self.position.get_mut(slot)
            {
                *p = at;
            }
        }
    }

    fn sift_up(&mut self, mut at: usize) {
        while at > 0 {
            let parent = (at - 1) / 2;
            if !self.above(at, parent) {
                break;
            }
            self.swap(at, parent);
            at = parent;
        }
    }

    fn sift_down(&mut self, mut at: usize) {
        loop {
            let (left, right) = (2 * at + 1, 2 * at + 2);
            let mut largest = at;
            for child in [left, right] {
                if child < self.heap.len() && self.above(child, largest) {
                    largest = child;
                }
            }
            if largest == at {
                break;
            }
            self.swap(at, largest);
            at = largest;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(heap: &Bounded) -> Vec<u64> {
        let mut people: Vec<u64> = heap.people().collect();
        people.sort_unstable();
        people
    }

    #[test]
    fn keeps_the_smallest_keys() {
        let mut heap = Bounded::new(2);
        for (person, key) in [(0, 50), (1, 10), (2, 40), (3, 30), (4, 60)] {
            heap.offer(key, &format!("p{person}"), person, None);
        }
        assert_eq!(kept(&heap), vec![1, 3]);
    }

    #[test]
    fn a_household_key_decreases_in_place() {
        let mut heap = Bounded::new(2);
        heap.offer(50, "a1", 0, Some("a"));
        heap.offer(40, "b1", 1, Some("b"));
        // `a` drops below `b`; then `c` (45) is above both and stays out.
        heap.offer(5, "a2", 2, Some("a"));
        heap.offer(45, "c1", 3, Some("c"));
        assert_eq!(kept(&heap), vec![1, 2]);
        // A larger key of a kept household changes nothing.
        heap.offer(7, "a3", 4, Some("a"));
        assert_eq!(kept(&heap), vec![1, 2]);
        assert_eq!(heap.len(), 2);
    }

    #[test]
    fn a_replaced_household_comes_back_with_a_smaller_key() {
        let mut heap = Bounded::new(1);
        heap.offer(50, "a1", 0, Some("a"));
        heap.offer(40, "b1", 1, Some("b"));
        assert_eq!(kept(&heap), vec![1]);
        heap.offer(30, "a2", 2, Some("a"));
        assert_eq!(kept(&heap), vec![2]);
        // `b` is out of the map: its new member competes as a new household.
        heap.offer(35, "b2", 3, Some("b"));
        assert_eq!(kept(&heap), vec![2]);
        heap.offer(20, "b3", 4, Some("b"));
        assert_eq!(kept(&heap), vec![4]);
        assert_eq!(heap.households.len(), 1);
    }

    #[test]
    fn equal_keys_are_ordered_by_id() {
        let mut heap = Bounded::new(1);
        heap.offer(7, "b", 0, None);
        heap.offer(7, "a", 1, None);
        heap.offer(7, "c", 2, None);
        assert_eq!(kept(&heap), vec![1]);
    }

    #[test]
    fn capacity_zero_keeps_nothing() {
        let mut heap = Bounded::new(0);
        heap.offer(1, "a", 0, Some("x"));
        assert_eq!(heap.len(), 0);
    }
}
