//! Duplicate ids in a register too large to hold: a fingerprint per row in the first pass, the
//! ids behind repeated fingerprints compared in the second.

use std::collections::{HashMap, HashSet};

/// The fingerprints (person keys) of the ids seen, 8 bytes per row: the one part of the draw
/// whose memory grows with the register (10 MB for 1.2 million rows), because finding repeated
/// ids needs to remember every id in some form.
#[derive(Debug, Default)]
pub(crate) struct Fingerprints {
    keys: Vec<u64>,
}

impl Fingerprints {
    pub(crate) fn push(&mut self, key: u64) {
        self.keys.push(key);
    }

    /// The fingerprints seen more than once: each is a repeated id, or (rarely) two ids with
    /// the same fingerprint.
    pub(crate) fn repeated(mut self) -> Repeats {
        self.keys.sort_unstable();
        let candidates: HashSet<u64> = self
            .keys
            .windows(2)
            .filter(|w| w.first() == w.last())
            .filter_map(|w| w.first().copied())
            .collect();
        Repeats {
            candidates,
            seen: HashMap::new(),
        }
    }
}

/// The ids behind repeated fingerprints, as the second pass meets them.
#[derive(Debug, Default)]
pub(crate) struct Repeats {
    candidates: HashSet<u64>,
    seen: HashMap<u64, Vec<(Box<str>, u64)>>,
}

impl Repeats {
    /// Whether some fingerprint was seen twice.
    pub(crate) fn any(&self) -> bool {
        !self.candidates.is_empty()
    }

    /// Whether a row with this fingerprint must be checked.
    pub(crate) fn suspect(&self, key: u64) -> bool {
        self.candidates.contains(&key)
    }

    /// The line on which `id` was first seen, if it was; otherwise remembers it.
    pub(crate) fn check(&mut self, key: u64, id: &str, line: u64) -> Option<u64> {
        let ids = self.seen.entry(key).or_default();
        if let Some((_, first)) = ids.iter().find(|(seen, _)| &**seen == id) {
            return Some(*first);
        }
        ids.push((id.into(), line));
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_repeated_ids_and_tells_collisions_apart() {
        let mut prints = Fingerprints::default();
        for key in [5, 1, 5, 7, 9, 9] {
            prints.push(key);
        }
        let mut repeats = prints.repeated();
        assert!(repeats.any());
        assert!(repeats.suspect(5) && repeats.suspect(9) && !repeats.suspect(1));
        assert_eq!(repeats.check(5, "a", 2), None);
        assert_eq!(repeats.check(5, "a", 4), Some(2));
        // Same fingerprint, another id: a collision, not a duplicate.
        assert_eq!(repeats.check(9, "b", 6), None);
        assert_eq!(repeats.check(9, "c", 7), None);
        assert!(!Fingerprints::default().repeated().any());
    }
}
