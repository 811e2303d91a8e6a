//! The random stream of a draw, determined by the commitment and the seed text, and the draws
//! made from it. Sampling is written out here (no library distribution whose algorithm could change
//! between versions), so that the same inputs and seed give the same panel on any machine.
//!
//! A public draw's stream is SHA-256 in counter mode, so that anyone can reproduce it with any
//! SHA-256 implementation and integer arithmetic (`docs/verification.md`, `docs/verify_draw.py`):
//!
//! - the key is `K = SHA-256("kleroterion-" || purpose || 0x00 || commitment (32 bytes) || seed)`,
//!   the seed being the seed text's UTF-8 bytes less surrounding white space;
//! - word `i` (`i = 0, 1, 2...`) is the first 8 bytes, big-endian, of `SHA-256(K || i)`, with `i`
//!   as 8 bytes big-endian;
//! - a number in `0..n` takes words until one is below `zone = (2^64 - 1) - ((2^64 - 1) mod n)`
//!   (rejection sampling: `zone` is a multiple of `n`, so every number is equally likely) and is that
//!   word modulo `n`.

use crate::{Commitment, Instance};
use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use sha2::{Digest, Sha256};

/// A random stream: SHA-256 in counter mode for public draws (see the module's documentation),
/// ChaCha20 for the engine's own repetitions, where speed matters and no one needs to reproduce
/// the stream by hand.
pub struct DrawRng(Stream);

enum Stream {
    Public { key: [u8; 32], counter: u64 },
    Internal(Box<ChaCha20Rng>),
}

impl DrawRng {
    /// The stream for a draw; the seed text is used exactly as given, less surrounding white space.
    pub fn new(commitment: &Commitment, seed_text: &str) -> Self {
        Self::with_purpose(commitment, seed_text, "draw")
    }

    /// A stream for another purpose (reserves...), independent of the draw's.
    pub fn with_purpose(commitment: &Commitment, seed_text: &str, purpose: &str) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(b"kleroterion-");
        hasher.update(purpose.as_bytes());
        hasher.update([0]);
        hasher.update(commitment.0);
        hasher.update(seed_text.trim().as_bytes());
        Self(Stream::Public {
            key: hasher.finalize().into(),
            counter: 0,
        })
    }

    /// A stream from raw seed bytes (for internal repetitions such as LEGACY's estimates).
    pub(crate) fn from_seed(seed: [u8; 32]) -> Self {
        Self(Stream::Internal(Box::new(ChaCha20Rng::from_seed(seed))))
    }

    /// The next 64-bit word.
    fn next_u64(&mut self) -> u64 {
        match &mut self.0 {
            Stream::Public { key, counter } => {
                let mut hasher = Sha256::new();
                hasher.update(*key);
                hasher.update(counter.to_be_bytes());
                *counter += 1;
                let digest = hasher.finalize();
                let mut word = [0u8; 8];
                word.copy_from_slice(&digest[..8]);
                u64::from_be_bytes(word)
            }
            Stream::Internal(rng) => rng.next_u64(),
        }
    }

    /// A uniform integer in `0..n` (rejection sampling on 64-bit words; `n` must be positive).
    pub fn below(&mut self, n: u64) -> u64 {
        debug_assert!(n > 0);
        let n = n.max(1);
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }

    /// A uniform number in `[0, 1)` with 53 random bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Shuffles a slice (Fisher-Yates, from the end).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

/// The ordered reserve list: up to `count` people who are not on the panel and share no
/// household with a member, in a random order drawn from `rng`. Organisers call them in order,
/// skipping anyone whose features would break a quota; `replacements` finds quota-respecting
/// replacements directly.
pub fn reserves(
    instance: &Instance,
    panel: &[usize],
    rng: &mut DrawRng,
    count: usize,
) -> Vec<usize> {
    let people = instance.people();
    let mut taken = vec![false; people.len()];
    let mut households = std::collections::HashSet::new();
    for &m in panel {
        if let Some(p) = people.get(m) {
            taken[m] = true;
            households.extend(p.household);
        }
    }
    let mut eligible: Vec<usize> = (0..people.len())
        .filter(|&i| !taken[i] && people[i].household.is_none_or(|h| !households.contains(&h)))
        .collect();
    rng.shuffle(&mut eligible);
    eligible.truncate(count);
    eligible
}
