//! The random stream of a seating, determined by the seed text alone.
//!
//! Sampling is written out here (no library distribution whose algorithm could change between
//! versions), so that the same input and seed give the same seating on any machine.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use sha2::{Digest, Sha256};

/// A ChaCha20 stream seeded with `SHA-256("kleroterion-tables\0" || seed text)`.
pub(crate) struct Stream(ChaCha20Rng);

impl Stream {
    /// The stream for a seed text, less surrounding white space.
    pub(crate) fn new(seed_text: &str) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(b"kleroterion-tables\0");
        hasher.update(seed_text.trim().as_bytes());
        Self(ChaCha20Rng::from_seed(hasher.finalize().into()))
    }

    /// A uniform integer in `0..n` (rejection sampling; 0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        if n <= 1 {
            return 0;
        }
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.0.next_u64();
            if x < zone {
                return (x % n) as usize;
            }
        }
    }

    /// Shuffles a slice (Fisher-Yates, from the end).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Stream;

    #[test]
    fn the_same_seed_gives_the_same_stream() {
        let (mut a, mut b) = (Stream::new(" 7 23 "), Stream::new("7 23"));
        let draws: Vec<usize> = (0..20).map(|_| a.below(1000)).collect();
        assert_eq!(draws, (0..20).map(|_| b.below(1000)).collect::<Vec<_>>());
        assert!(draws.iter().all(|&d| d < 1000));
    }
}
