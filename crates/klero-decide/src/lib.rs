//! The decision rules a citizens' panel declares before it votes on a recommendation, and the
//! count under them.
//!
//! A panel chooses a [`Rule`] before voting: a simple [majority](Rule::Majority), a
//! [qualified majority](Rule::Qualified) of the ballots cast or of the members present, or
//! [consent](Rule::Consent) (passes unless too many object). [`decide`] takes the rule, the
//! [`Counts`] of ballots and, when the rule needs it, the number of members present, and returns
//! the [`Outcome`]: whether the recommendation passed, the share of votes for and the fewest
//! votes for that would have been enough.
//!
//! Everything is exact integer arithmetic: no floating point, no clock, no randomness, no I/O.
//!
//! ```
//! use klero_decide::{Base, Counts, Rule, decide};
//!
//! // Four fifths of the 100 members present must vote for; one of them did not vote.
//! let rule = Rule::Qualified { permille: 800, base: Base::Present, abstentions_count: false };
//! let counts = Counts { for_votes: 79, against: 15, abstain: 5 };
//! let outcome = decide(&rule, counts, Some(100)).unwrap();
//! assert!(!outcome.passed);
//! assert_eq!(outcome.base, 100);
//! assert_eq!(outcome.share_bp, Some(7900));
//! assert_eq!(outcome.needed, Some(80));
//!
//! // A tie is not a majority.
//! let tie = Counts { for_votes: 10, against: 10, abstain: 3 };
//! let outcome = decide(&Rule::Majority { abstentions_count: false }, tie, None).unwrap();
//! assert!(!outcome.passed);
//! assert_eq!(outcome.needed, Some(11));
//! ```

use serde::{Deserialize, Serialize};

/// What a share is taken of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Base {
    /// The ballots cast: votes for and against, plus abstentions when they count.
    Cast,
    /// The members present at the session where the vote is held (from the attendance).
    Present,
}

/// A decision rule, declared by the panel before it votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Rule {
    /// More for than against; when abstentions count, for must be more than half of all
    /// ballots (for + against + abstain).
    Majority {
        /// Whether abstentions count as ballots (and so weigh like votes against).
        #[serde(default)]
        abstentions_count: bool,
    },
    /// At least `permille`/1000 of the base votes for. With [`Base::Cast`], the base is for +
    /// against (+ abstain when `abstentions_count`). With [`Base::Present`], the base is the
    /// members present, and `abstentions_count` is irrelevant (keep it false).
    Qualified {
        /// The share needed, in thousandths (667 is two thirds, rounded up); from 501 to 1000.
        permille: u32,
        /// What the share is taken of.
        base: Base,
        /// Whether abstentions count as ballots (only with [`Base::Cast`]).
        #[serde(default)]
        abstentions_count: bool,
    },
    /// Consent: passes when the objections (votes against) are at most `objections_allowed`
    /// and at least one ballot is in favour; abstentions are "standing aside" and never block.
    Consent {
        /// How many objections the rule tolerates (0: any objection blocks).
        objections_allowed: u32,
    },
}

/// The ballots of one vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Counts {
    /// Votes for the recommendation.
    pub for_votes: u32,
    /// Votes against the recommendation (objections, under consent).
    pub against: u32,
    /// Abstentions (standing aside, under consent).
    pub abstain: u32,
}

impl Counts {
    /// All ballots cast: for + against + abstain (saturating at `u32::MAX`).
    #[must_use]
    pub fn cast(&self) -> u32 {
        saturate(self.cast_exact())
    }

    /// All ballots cast, without overflow.
    fn cast_exact(&self) -> u64 {
        u64::from(self.for_votes) + u64::from(self.against) + u64::from(self.abstain)
    }
}

/// The result of a vote under a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// Whether the recommendation passed.
    pub passed: bool,
    /// The number the share is taken of (ballots counted, or members present); for Consent:
    /// the ballots cast.
    pub base: u32,
    /// Votes for as a share of `base`, in basis points (10000 = 100 %), rounded down; `None`
    /// when `base` is 0.
    pub share_bp: Option<u32>,
    /// The fewest votes for that would have passed with the same against and abstain counts
    /// (and the same number present); `None` when no number of votes for could pass (consent
    /// with too many objections, or a share of those present that even all of the remaining
    /// members voting for could not reach). For Consent it is `Some(1)` when the objections are
    /// within the allowance.
    pub needed: Option<u32>,
}

/// Why a vote could not be counted under a rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecideError {
    /// The rule takes its share of the members present, but no attendance was recorded.
    #[error("the rule counts members present, but no attendance was recorded")]
    NoAttendance,
    /// More ballots than members present (only checked when the rule needs the attendance).
    #[error("{cast} ballots were cast but only {present} members were present")]
    MoreBallotsThanPresent {
        /// The ballots cast (for + against + abstain).
        cast: u32,
        /// The members present.
        present: u32,
    },
    /// A qualified share outside 501..=1000 per mille (a share of a majority or less makes no
    /// sense as a qualified majority).
    #[error("a qualified share must be from 501 to 1000 per mille, not {0}")]
    Share(u32),
}

impl Rule {
    /// Checks the rule's parameters: a qualified share must be from 501 to 1000 per mille
    /// (any number of objections allowed is fine).
    ///
    /// # Errors
    ///
    /// [`DecideError::Share`] when a qualified share is out of range.
    pub fn check(&self) -> Result<(), DecideError> {
        match *self {
            Rule::Qualified { permille, .. } if !(501..=1000).contains(&permille) => {
                Err(DecideError::Share(permille))
            }
            _ => Ok(()),
        }
    }

    /// Whether the rule needs the attendance (a qualified share of the members present).
    #[must_use]
    pub fn needs_attendance(&self) -> bool {
        matches!(
            self,
            Rule::Qualified {
                base: Base::Present,
                ..
            }
        )
    }
}

/// The outcome of `counts` under `rule`.
///
/// `present` is the number of members present at the session where the vote is held (`None`
/// when no attendance was recorded); it is only used when the rule
/// [needs the attendance](Rule::needs_attendance).
///
/// # Errors
///
/// [`DecideError::Share`] when the rule fails [`Rule::check`]; when the rule needs the
/// attendance, [`DecideError::NoAttendance`] when `present` is `None` and
/// [`DecideError::MoreBallotsThanPresent`] when fewer members were present than ballots cast.
pub fn decide(rule: &Rule, counts: Counts, present: Option<u32>) -> Result<Outcome, DecideError> {
    rule.check()?;
    let f = u64::from(counts.for_votes);
    let a = u64::from(counts.against);
    let s = u64::from(counts.abstain);
    let cast = counts.cast_exact();

    let (passed, base, needed) = match *rule {
        Rule::Majority {
            abstentions_count: false,
        } => (f > a, f + a, a + 1),
        Rule::Majority {
            abstentions_count: true,
        } => (2 * f > cast, cast, a + s + 1),
        Rule::Qualified {
            permille,
            base: Base::Cast,
            abstentions_count,
        } => {
            let p = u64::from(permille);
            let others = if abstentions_count { a + s } else { a };
            let base = f + others;
            let passed = base > 0 && f * 1000 >= p * base;
            // The least f >= 1 with f * 1000 >= p * (f + others), i.e. f * (1000 - p) >= p * others.
            let needed = if p == 1000 {
                if others == 0 { 1 } else { u64::MAX }
            } else {
                (p * others).div_ceil(1000 - p).max(1)
            };
            (passed, base, needed)
        }
        Rule::Qualified {
            permille,
            base: Base::Present,
            ..
        } => {
            let present = present.ok_or(DecideError::NoAttendance)?;
            let n = u64::from(present);
            if cast > n {
                return Err(DecideError::MoreBallotsThanPresent {
                    cast: counts.cast(),
                    present,
                });
            }
            let p = u64::from(permille);
            let passed = n > 0 && f * 1000 >= p * n;
            let needed = (p * n).div_ceil(1000).max(1);
            // Only the members present who did not vote against or abstain could vote for.
            let needed = if needed > n - a - s { u64::MAX } else { needed };
            (passed, n, needed)
        }
        Rule::Consent { objections_allowed } => {
            let within = a <= u64::from(objections_allowed);
            (within && f >= 1, cast, if within { 1 } else { u64::MAX })
        }
    };

    // None when the base is 0; otherwise f <= base, so the share is at most 10000.
    let share_bp = (f * 10_000)
        .checked_div(base)
        .and_then(|bp| u32::try_from(bp).ok());
    Ok(Outcome {
        passed,
        base: saturate(base),
        share_bp,
        // A count beyond u32 cannot be reached by any u32 number of votes for.
        needed: u32::try_from(needed).ok(),
    })
}

/// `n`, or `u32::MAX` when it is larger.
fn saturate(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
