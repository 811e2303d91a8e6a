//! The random order of a draw: every person's key, derived from the seed and their id.

use sha2::{Digest, Sha256};
use std::cmp::Ordering;

/// The domain separator of person keys: a new way of deriving keys gets a new version.
const KEY_DOMAIN: &[u8] = b"klero-invite-v1\0";

/// A person's key in the draw: the first 8 bytes (big-endian) of
/// SHA-256(`"klero-invite-v1\0"` ‖ seed ‖ `"\0"` ‖ id), with the id trimmed.
///
/// The keys of different people are independent and uniformly distributed for anyone who does
/// not know the seed, and they depend on nothing but the seed and the id: not on the row order
/// of the register, nor on the other people in it.
pub fn person_key(seed: &str, id: &str) -> u64 {
    let mut hasher = Sha256::new();
    hasher.update(KEY_DOMAIN);
    hasher.update(seed.as_bytes());
    hasher.update(b"\0");
    hasher.update(id.trim().as_bytes());
    let digest = hasher.finalize();
    let mut first = [0u8; 8];
    for (slot, byte) in first.iter_mut().zip(digest.iter()) {
        *slot = *byte;
    }
    u64::from_be_bytes(first)
}

/// Text as compared: lower case, without surrounding white space, inner white space collapsed
/// to one space. Strata, household columns and `--oversample` values are matched this way.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        // The common case, byte by byte, without a case table. The ASCII white space of
        // `char::is_whitespace` is `is_ascii_whitespace` and the vertical tab.
        let words = text
            .split(|c: char| c.is_ascii_whitespace() || c == '\u{b}')
            .filter(|w| !w.is_empty());
        for word in words {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out.make_ascii_lowercase();
        return out;
    }
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The order of the draw: by key, then by id for the (astronomically rare) equal keys, so that
/// the order is total and does not depend on the row order.
pub(crate) fn compare(key: u64, id: &str, other_key: u64, other_id: &str) -> Ordering {
    key.cmp(&other_key).then_with(|| id.cmp(other_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_documented_formula() {
        let digest = Sha256::digest(b"klero-invite-v1\0seed\0p01");
        let expected = u64::from_be_bytes(digest[..8].try_into().unwrap_or_default());
        assert_eq!(person_key("seed", "p01"), expected);
        assert_eq!(person_key("seed", " p01 "), expected);
        assert_ne!(person_key("seed", "p02"), expected);
        assert_ne!(person_key("seed2", "p01"), expected);
        // The separator keeps seed and id apart.
        assert_ne!(person_key("ab", "c"), person_key("a", "bc"));
    }

    #[test]
    fn normalises_case_and_spaces() {
        assert_eq!(
            normalise("  Sint-Gillis \t Saint-Gilles "),
            "sint-gillis saint-gilles"
        );
        assert_eq!(
            normalise("ÉTTERBEEK Saint-GILLES"),
            "étterbeek saint-gilles"
        );
        assert_eq!(normalise("A\u{a0}B\u{b}C"), "a b c");
        assert_eq!(normalise("\u{b}A\u{c}B \r\n C\t"), "a b c");
        assert_eq!(normalise(" \t "), "");
    }
}
