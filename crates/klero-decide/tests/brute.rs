//! Every small count under every rule of the set, against an independent formulation.

use klero_decide::{Base, Counts, DecideError, Rule, decide};

use crate::common::rules;

/// Whether `n1 / d1` is at least `n2 / d2` (both denominators positive), by cross-multiplying.
fn at_least(n1: i128, d1: i128, n2: i128, d2: i128) -> bool {
    n1 * d2 >= n2 * d1
}

/// Whether `n1 / d1` is more than `n2 / d2` (both denominators positive).
fn more_than(n1: i128, d1: i128, n2: i128, d2: i128) -> bool {
    n1 * d2 > n2 * d1
}

/// The base and whether the vote passes, written as comparisons of fractions.
fn oracle(rule: &Rule, f: u32, a: u32, s: u32, present: u32) -> (u32, bool) {
    let (fi, ai, si, ni) = (
        i128::from(f),
        i128::from(a),
        i128::from(s),
        i128::from(present),
    );
    match *rule {
        Rule::Majority { abstentions_count } => {
            let base = if abstentions_count { f + a + s } else { f + a };
            let passed = base > 0 && more_than(fi, i128::from(base), 1, 2);
            (base, passed)
        }
        Rule::Qualified {
            permille,
            base: Base::Cast,
            abstentions_count,
        } => {
            let base = if abstentions_count {
                fi + ai + si
            } else {
                fi + ai
            };
            let passed = base > 0 && at_least(fi, base, i128::from(permille), 1000);
            (u32::try_from(base).unwrap(), passed)
        }
        Rule::Qualified {
            permille,
            base: Base::Present,
            ..
        } => {
            let passed = present > 0 && at_least(fi, ni, i128::from(permille), 1000);
            (present, passed)
        }
        Rule::Consent { objections_allowed } => (f + a + s, a <= objections_allowed && f > 0),
    }
}

/// The fewest votes for (searched from 0 to 200) that pass with the other counts unchanged;
/// under a share of those present, no more votes for than the members present who did not vote
/// against or abstain. The largest needed count in the test set is 96 (800 per mille of the
/// ballots with 24 counted against), so 200 is beyond any reachable count.
fn least_passing(rule: &Rule, a: u32, s: u32, present: u32) -> Option<u32> {
    (0..=200u32)
        .take_while(|f| !rule.needs_attendance() || f + a + s <= present)
        .find(|&f| {
            decide(
                rule,
                Counts {
                    for_votes: f,
                    against: a,
                    abstain: s,
                },
                Some(present),
            )
            .unwrap()
            .passed
        })
}

#[test]
fn every_small_count_agrees_with_the_fractions() {
    let mut checked = 0u32;
    for rule in rules() {
        rule.check().unwrap();
        for f in 0..=12 {
            for a in 0..=12 {
                for s in 0..=12 {
                    let counts = Counts {
                        for_votes: f,
                        against: a,
                        abstain: s,
                    };
                    let cast = f + a + s;
                    assert_eq!(counts.cast(), cast);
                    for present in cast..=cast + 3 {
                        let outcome = decide(&rule, counts, Some(present)).unwrap();
                        let (base, passed) = oracle(&rule, f, a, s, present);
                        let what = format!("{rule:?} {counts:?} present {present}: {outcome:?}");
                        assert_eq!(outcome.passed, passed, "{what}");
                        assert_eq!(outcome.base, base, "{what}");
                        match outcome.share_bp {
                            None => assert_eq!(base, 0, "{what}"),
                            Some(bp) => {
                                assert!(base > 0, "{what}");
                                assert!(bp * base <= f * 10_000, "{what}");
                                assert!(f * 10_000 < (bp + 1) * base, "{what}");
                            }
                        }
                        assert_eq!(
                            outcome.needed,
                            least_passing(&rule, a, s, present),
                            "{what}"
                        );
                        if rule.needs_attendance() {
                            assert_eq!(
                                decide(&rule, counts, None),
                                Err(DecideError::NoAttendance),
                                "{what}"
                            );
                            if cast > 0 {
                                assert_eq!(
                                    decide(&rule, counts, Some(cast - 1)),
                                    Err(DecideError::MoreBallotsThanPresent {
                                        cast,
                                        present: cast - 1
                                    }),
                                    "{what}"
                                );
                            }
                        } else {
                            // The attendance plays no part, whether recorded, missing or short.
                            assert_eq!(decide(&rule, counts, None), Ok(outcome), "{what}");
                            assert_eq!(decide(&rule, counts, Some(0)), Ok(outcome), "{what}");
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 25 * 13 * 13 * 13 * 4);
}
