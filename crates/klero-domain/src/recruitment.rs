//! Recruitment by lot: the personal registration code printed on each invitation letter, and
//! quotas proposed from the population's shares.
//!
//! A code is 12 characters from an alphabet without look-alikes (no `0`/`O`, `1`/`I`/`L`, no
//! `U`), about 59 bits of randomness, shown in three groups of four so that it can be read
//! aloud on the phone: `K7QM-4TXR-9HCW`. It is derived from a secret key and the invitee's
//! number, so that the letters can be printed again with the same codes while only a digest of
//! each code is kept for looking it up.

use sha2::{Digest, Sha256};
use std::fmt;

/// The code's characters: digits and capitals that cannot be mistaken for one another.
pub const CODE_ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a code.
pub const CODE_LENGTH: usize = 12;

/// A registration code, as it is printed and typed.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct RegistrationCode(String);

impl RegistrationCode {
    /// The code of invitee `number` under `key` (the recruitment's secret).
    pub fn derive(key: &[u8], number: u64) -> Self {
        let digest = Sha256::new()
            .chain_update(b"kleroterion registration code v1\0")
            .chain_update((key.len() as u64).to_be_bytes())
            .chain_update(key)
            .chain_update(number.to_be_bytes())
            .finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        let mut value = u128::from_be_bytes(bytes);
        let base = CODE_ALPHABET.len() as u128;
        let mut code = String::with_capacity(CODE_LENGTH);
        for _ in 0..CODE_LENGTH {
            let index = usize::try_from(value % base).unwrap_or(0);
            code.push(char::from(CODE_ALPHABET[index]));
            value /= base;
        }
        RegistrationCode(code)
    }

    /// Reads a code as someone typed it: case, spaces and dashes do not count. `None` when it is
    /// not twelve characters of the alphabet.
    pub fn parse(typed: &str) -> Option<Self> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid = code.len() == CODE_LENGTH
            && code
                .bytes()
                .all(|b| CODE_ALPHABET.contains(&b) && b.is_ascii());
        valid.then_some(RegistrationCode(code))
    }

    /// The twelve characters, ungrouped.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first group: what guessing is limited by, besides the client's address.
    pub fn prefix(&self) -> &str {
        self.0.get(..4).unwrap_or(&self.0)
    }

    /// The code grouped for reading: `K7QM-4TXR-9HCW`.
    pub fn grouped(&self) -> String {
        let mut out = String::with_capacity(CODE_LENGTH + 2);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// The digest stored to look the code up (hex SHA-256 of the ungrouped code).
    pub fn digest(&self) -> String {
        let digest = Sha256::digest(self.0.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Debug for RegistrationCode {
    /// Codes are secrets: debug output shows only the first group.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RegistrationCode({}-…)", self.prefix())
    }
}

/// A value's share of the population, for proposing its quota.
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    /// The feature (category), e.g. `gender`.
    pub feature: String,
    /// The value, e.g. `female`.
    pub value: String,
    /// Its weight in the population: a count or a fraction (only ratios within a feature count).
    pub weight: f64,
}

/// A proposed quota.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposedQuota {
    /// The feature.
    pub feature: String,
    /// The value.
    pub value: String,
    /// Its proportional number of seats, rounded.
    pub target: u32,
    /// Fewest seats.
    pub min: u32,
    /// Most seats.
    pub max: u32,
}

/// Why no quotas can be proposed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProposalError {
    /// A weight is negative, not a number or infinite.
    #[error("the share of {feature} = {value} is not a number of 0 or more")]
    BadWeight {
        /// The feature.
        feature: String,
        /// The value.
        value: String,
    },
    /// A feature's weights add up to 0.
    #[error("the shares of {0} add up to 0")]
    Empty(String),
    /// The tolerance is outside 0–100 %.
    #[error("the tolerance must be between 0 and 100 %")]
    Tolerance,
    /// The panel has no seats.
    #[error("the panel size must be at least 1")]
    PanelSize,
}

/// Proposes, for each value, min and max seats around its proportional share of `panel_size`:
/// the target is the share rounded by largest remainder within its feature (so targets add up
/// to the panel size), and the bounds are the target less and plus `tolerance` (a fraction, 0.1
/// for 10 %) of the exact share, rounded outwards, never below 0 nor above the panel size.
/// Features keep their first appearance's order, values theirs.
pub fn propose_quotas(
    shares: &[Share],
    panel_size: u32,
    tolerance: f64,
) -> Result<Vec<ProposedQuota>, ProposalError> {
    if panel_size == 0 {
        return Err(ProposalError::PanelSize);
    }
    if !(0.0..=1.0).contains(&tolerance) {
        return Err(ProposalError::Tolerance);
    }
    if let Some(bad) = shares
        .iter()
        .find(|s| !s.weight.is_finite() || s.weight < 0.0)
    {
        return Err(ProposalError::BadWeight {
            feature: bad.feature.clone(),
            value: bad.value.clone(),
        });
    }
    let mut features: Vec<&str> = Vec::new();
    for s in shares {
        if !features.contains(&s.feature.as_str()) {
            features.push(&s.feature);
        }
    }
    let k = f64::from(panel_size);
    let mut proposed = Vec::new();
    for feature in features {
        let values: Vec<&Share> = shares.iter().filter(|s| s.feature == feature).collect();
        let total: f64 = values.iter().map(|s| s.weight).sum();
        if total <= 0.0 {
            return Err(ProposalError::Empty(feature.to_owned()));
        }
        let exact: Vec<f64> = values.iter().map(|s| s.weight / total * k).collect();
        let targets = largest_remainder(&exact, panel_size);
        for ((share, &seats), target) in values.iter().zip(&exact).zip(targets) {
            let slack = seats * tolerance;
            let min = (seats - slack).floor().max(0.0).min(f64::from(target));
            let max = (seats + slack).ceil().min(k).max(f64::from(target));
            proposed.push(ProposedQuota {
                feature: share.feature.clone(),
                value: share.value.clone(),
                target,
                min: to_u32(min),
                max: to_u32(max),
            });
        }
    }
    Ok(proposed)
}

/// What a category's replies are compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    /// The population's shares, as given when the quotas were proposed.
    Population,
    /// The quotas' midpoints, (min + max) / 2, when no population shares are known.
    Quotas,
}

/// A value's replies against its reference share.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueReplies {
    /// The value.
    pub value: String,
    /// Its reference share, in percent of the category.
    pub reference: f64,
    /// Registrations with this value.
    pub replies: u32,
    /// Their share of the category's registrations, in percent (0 when there are none).
    pub share: f64,
}

impl ValueReplies {
    /// The replies' share less the reference's, in percentage points.
    pub fn gap(&self) -> f64 {
        self.share - self.reference
    }
}

/// A quota category's replies, value by value.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryReplies {
    /// The category.
    pub feature: String,
    /// What the shares are compared with.
    pub reference: Reference,
    /// The registrations that answered this category.
    pub answered: u32,
    /// Its values, in the quotas' order.
    pub values: Vec<ValueReplies>,
}

/// A quota as the dashboard needs it: category, value, fewest and most seats.
pub type QuotaBounds<'a> = (&'a str, &'a str, u32, u32);

/// The registrations' composition per quota category, against the population's shares where
/// `shares` gives them for the category, else against the quotas' midpoints. `answers` are the
/// registrations' answers (category, value); a value not among the quotas' is not counted.
pub fn reply_composition(
    quotas: &[QuotaBounds<'_>],
    shares: &[Share],
    answers: &[Vec<(String, String)>],
) -> Vec<CategoryReplies> {
    let mut features: Vec<&str> = Vec::new();
    for (feature, ..) in quotas {
        if !features.contains(feature) {
            features.push(feature);
        }
    }
    features
        .into_iter()
        .map(|feature| {
            let values: Vec<&QuotaBounds<'_>> =
                quotas.iter().filter(|(f, ..)| *f == feature).collect();
            let given: Vec<f64> = values
                .iter()
                .map(|(_, value, ..)| {
                    shares
                        .iter()
                        .filter(|s| s.feature == feature && s.value == *value)
                        .map(|s| s.weight.max(0.0))
                        .sum::<f64>()
                })
                .collect();
            let (reference, weights) = if given.iter().sum::<f64>() > 0.0 {
                (Reference::Population, given)
            } else {
                let midpoints = values
                    .iter()
                    .map(|(_, _, min, max)| (f64::from(*min) + f64::from(*max)) / 2.0)
                    .collect();
                (Reference::Quotas, midpoints)
            };
            let total: f64 = weights.iter().sum();
            let counts: Vec<u32> = values
                .iter()
                .map(|(_, value, ..)| {
                    let n = answers
                        .iter()
                        .filter(|a| a.iter().any(|(f, v)| f == feature && v == value))
                        .count();
                    u32::try_from(n).unwrap_or(u32::MAX)
                })
                .collect();
            let answered: u32 = counts.iter().sum();
            let percent = |part: f64, whole: f64| {
                if whole > 0.0 {
                    part / whole * 100.0
                } else {
                    0.0
                }
            };
            CategoryReplies {
                feature: feature.to_owned(),
                reference,
                answered,
                values: values
                    .iter()
                    .zip(weights.iter().zip(&counts))
                    .map(|((_, value, ..), (&weight, &replies))| ValueReplies {
                        value: (*value).to_owned(),
                        reference: percent(weight, total),
                        replies,
                        share: percent(f64::from(replies), f64::from(answered)),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// `exact` rounded to whole numbers adding up to `total`: floors, then one more to the largest
/// remainders (ties to the first).
fn largest_remainder(exact: &[f64], total: u32) -> Vec<u32> {
    let mut seats: Vec<u32> = exact.iter().map(|&x| to_u32(x.floor())).collect();
    let given: u32 = seats.iter().sum();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (exact[a] - exact[a].floor(), exact[b] - exact[b].floor());
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().take(total.saturating_sub(given) as usize) {
        seats[i] += 1;
    }
    seats
}

/// A non-negative whole number of seats as `u32` (values here never exceed the panel size).
fn to_u32(x: f64) -> u32 {
    if x <= 0.0 {
        0
    } else if x >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        // In range and whole: the conversion is exact.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked to be within 0..u32::MAX and whole"
        )]
        let n = x.round() as u32;
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_parseable_and_grouped() {
        let code = RegistrationCode::derive(b"secret", 7);
        assert_eq!(code, RegistrationCode::derive(b"secret", 7));
        assert_ne!(code, RegistrationCode::derive(b"secret", 8));
        assert_ne!(code, RegistrationCode::derive(b"other", 7));
        let grouped = code.grouped();
        assert_eq!(grouped.len(), 14);
        assert_eq!(grouped.matches('-').count(), 2);
        let typed = format!(" {} ", grouped.to_lowercase().replace('-', " "));
        assert_eq!(RegistrationCode::parse(&typed), Some(code.clone()));
        assert!(!format!("{code:?}").contains(&code.as_str()[4..]));
    }

    #[test]
    fn look_alikes_and_wrong_lengths_are_refused() {
        for typed in [
            "",
            "ABCD-EFGH-JKM",
            "ABCD-EFGH-JKMNP",
            "ABCD-EFGH-JKM0",
            "ABCD-EFGH-JKMI",
            "ÄBCD-EFGH-JKMN",
        ] {
            assert_eq!(RegistrationCode::parse(typed), None, "{typed}");
        }
    }

    #[test]
    fn codes_have_at_least_fifty_bits() {
        let bits = (CODE_ALPHABET.len() as f64).log2() * CODE_LENGTH as f64;
        assert!(bits >= 50.0, "{bits}");
        for c in b"01ILOU" {
            assert!(!CODE_ALPHABET.contains(c));
        }
    }

    fn share(feature: &str, value: &str, weight: f64) -> Share {
        Share {
            feature: feature.into(),
            value: value.into(),
            weight,
        }
    }

    #[test]
    fn proposal_follows_the_shares_within_the_tolerance() {
        let shares = [
            share("gender", "female", 51.0),
            share("gender", "male", 49.0),
            share("area", "north", 1.0),
            share("area", "south", 2.0),
        ];
        let q = propose_quotas(&shares, 30, 0.1).expect("valid");
        assert_eq!(q.len(), 4);
        let targets: u32 = q[..2].iter().map(|q| q.target).sum();
        assert_eq!(targets, 30);
        assert_eq!((q[0].target, q[0].min, q[0].max), (15, 13, 17));
        assert_eq!((q[2].target, q[2].min, q[2].max), (10, 9, 11));
        assert_eq!((q[3].target, q[3].min, q[3].max), (20, 18, 22));
        let exact = propose_quotas(&shares, 30, 0.0).expect("valid");
        assert!(exact.iter().all(|q| q.min <= q.target && q.target <= q.max));
    }

    #[test]
    fn replies_are_compared_with_the_population_or_the_quotas() {
        let quotas = [
            ("gender", "f", 2, 4),
            ("gender", "m", 2, 4),
            ("age", "young", 1, 1),
            ("age", "old", 2, 4),
        ];
        let shares = [share("gender", "f", 60.0), share("gender", "m", 40.0)];
        let answer = |g: &str, a: &str| {
            vec![
                ("gender".to_owned(), g.to_owned()),
                ("age".to_owned(), a.to_owned()),
            ]
        };
        let answers = vec![
            answer("f", "old"),
            answer("f", "old"),
            answer("f", "young"),
            answer("m", "old"),
            answer("x", "old"),
        ];
        let c = reply_composition(&quotas, &shares, &answers);
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[0].feature.as_str(), c[0].reference),
            ("gender", Reference::Population)
        );
        assert_eq!(c[0].answered, 4, "x is not a quota value");
        assert_eq!(
            (c[0].values[0].reference, c[0].values[0].share),
            (60.0, 75.0)
        );
        assert!((c[0].values[1].gap() - (25.0 - 40.0)).abs() < 1e-9);
        assert_eq!(c[1].reference, Reference::Quotas);
        assert!((c[1].values[0].reference - 1.0 / 4.0 * 100.0).abs() < 1e-9);
        assert_eq!((c[1].values[1].replies, c[1].answered), (4, 5));
        let none = reply_composition(&quotas, &[], &[]);
        assert!(none.iter().flat_map(|c| &c.values).all(|v| v.share == 0.0));
    }

    #[test]
    fn proposal_refuses_bad_shares() {
        assert_eq!(
            propose_quotas(&[share("a", "x", -1.0)], 10, 0.1),
            Err(ProposalError::BadWeight {
                feature: "a".into(),
                value: "x".into()
            })
        );
        assert_eq!(
            propose_quotas(&[share("a", "x", 0.0)], 10, 0.1),
            Err(ProposalError::Empty("a".into()))
        );
        assert_eq!(
            propose_quotas(&[share("a", "x", 1.0)], 10, 1.5),
            Err(ProposalError::Tolerance)
        );
        assert_eq!(
            propose_quotas(&[share("a", "x", 1.0)], 0, 0.1),
            Err(ProposalError::PanelSize)
        );
    }
}
