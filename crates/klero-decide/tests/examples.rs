//! Known examples, the rules' checks and the error messages.

use klero_decide::{Base, Counts, DecideError, Outcome, Rule, decide};

fn counts(for_votes: u32, against: u32, abstain: u32) -> Counts {
    Counts {
        for_votes,
        against,
        abstain,
    }
}

const FOUR_FIFTHS_PRESENT: Rule = Rule::Qualified {
    permille: 800,
    base: Base::Present,
    abstentions_count: false,
};

#[test]
fn four_fifths_of_a_hundred_present() {
    let short = decide(&FOUR_FIFTHS_PRESENT, counts(79, 15, 5), Some(100)).unwrap();
    assert_eq!(
        short,
        Outcome {
            passed: false,
            base: 100,
            share_bp: Some(7900),
            needed: Some(80),
        }
    );
    // When all 100 voted, 15 against and 6 abstaining leave only 79 who could vote for.
    let everyone = decide(&FOUR_FIFTHS_PRESENT, counts(79, 15, 6), Some(100)).unwrap();
    assert!(!everyone.passed);
    assert_eq!(everyone.needed, None);
    let enough = decide(&FOUR_FIFTHS_PRESENT, counts(80, 15, 5), Some(100)).unwrap();
    assert!(enough.passed);
    assert_eq!(enough.share_bp, Some(8000));
    // Absent members weigh like votes against: 80 of 85 ballots is not 80 of 100 present.
    let absent = decide(&FOUR_FIFTHS_PRESENT, counts(79, 1, 0), Some(100)).unwrap();
    assert!(!absent.passed);
    assert_eq!(absent.needed, Some(80));
    // 21 against leave only 79 who could vote for.
    let blocked = decide(&FOUR_FIFTHS_PRESENT, counts(70, 21, 0), Some(100)).unwrap();
    assert!(!blocked.passed);
    assert_eq!(blocked.needed, None);
}

#[test]
fn a_share_of_those_present_needs_the_attendance() {
    assert_eq!(
        decide(&FOUR_FIFTHS_PRESENT, counts(80, 10, 0), None),
        Err(DecideError::NoAttendance)
    );
    assert_eq!(
        decide(&FOUR_FIFTHS_PRESENT, counts(80, 10, 11), Some(100)),
        Err(DecideError::MoreBallotsThanPresent {
            cast: 101,
            present: 100
        })
    );
    let nobody = decide(&FOUR_FIFTHS_PRESENT, Counts::default(), Some(0)).unwrap();
    assert_eq!(
        nobody,
        Outcome {
            passed: false,
            base: 0,
            share_bp: None,
            needed: None,
        }
    );
}

#[test]
fn a_majority_tie_fails() {
    let simple = Rule::Majority {
        abstentions_count: false,
    };
    let tie = decide(&simple, counts(10, 10, 7), None).unwrap();
    assert_eq!(
        tie,
        Outcome {
            passed: false,
            base: 20,
            share_bp: Some(5000),
            needed: Some(11),
        }
    );
    assert!(decide(&simple, counts(11, 10, 7), None).unwrap().passed);

    let counting = Rule::Majority {
        abstentions_count: true,
    };
    let half = decide(&counting, counts(10, 5, 5), None).unwrap();
    assert!(!half.passed);
    assert_eq!(half.base, 20);
    assert_eq!(half.needed, Some(11));
    assert!(decide(&counting, counts(11, 5, 5), None).unwrap().passed);

    let nobody = decide(&simple, Counts::default(), None).unwrap();
    assert_eq!(
        nobody,
        Outcome {
            passed: false,
            base: 0,
            share_bp: None,
            needed: Some(1),
        }
    );
}

#[test]
fn consent_with_two_objections_allowed() {
    let rule = Rule::Consent {
        objections_allowed: 2,
    };
    let two = decide(&rule, counts(30, 2, 8), None).unwrap();
    assert_eq!(
        two,
        Outcome {
            passed: true,
            base: 40,
            share_bp: Some(7500),
            needed: Some(1),
        }
    );
    let three = decide(&rule, counts(30, 3, 0), None).unwrap();
    assert!(!three.passed);
    assert_eq!(three.needed, None);
    // Standing aside never blocks, but someone must be in favour.
    assert!(decide(&rule, counts(1, 0, 40), None).unwrap().passed);
    let none_for = decide(&rule, counts(0, 0, 40), None).unwrap();
    assert!(!none_for.passed);
    assert_eq!(none_for.needed, Some(1));
}

#[test]
fn unanimity_of_the_ballots() {
    let rule = |abstentions_count| Rule::Qualified {
        permille: 1000,
        base: Base::Cast,
        abstentions_count,
    };
    assert!(decide(&rule(false), counts(10, 0, 5), None).unwrap().passed);
    let abstaining = decide(&rule(true), counts(10, 0, 5), None).unwrap();
    assert!(!abstaining.passed);
    assert_eq!(abstaining.share_bp, Some(6666));
    assert_eq!(abstaining.needed, None);
    let one_against = decide(&rule(false), counts(10, 1, 0), None).unwrap();
    assert!(!one_against.passed);
    assert_eq!(one_against.needed, None);
}

#[test]
fn two_thirds_rounded_up_is_more_than_two_thirds() {
    let rule = Rule::Qualified {
        permille: 667,
        base: Base::Cast,
        abstentions_count: false,
    };
    let exact = decide(&rule, counts(20, 10, 4), None).unwrap();
    assert!(!exact.passed);
    assert_eq!(exact.share_bp, Some(6666));
    assert_eq!(exact.needed, Some(21));
    assert!(decide(&rule, counts(21, 10, 4), None).unwrap().passed);
}

#[test]
fn large_counts_do_not_overflow() {
    let max = u32::MAX;
    let all = counts(max, max, max);
    assert_eq!(all.cast(), max);
    let simple = decide(
        &Rule::Majority {
            abstentions_count: false,
        },
        all,
        None,
    )
    .unwrap();
    assert!(!simple.passed);
    assert_eq!(simple.base, max);
    assert_eq!(simple.share_bp, Some(5000));
    assert_eq!(simple.needed, None);
    let qualified = decide(
        &Rule::Qualified {
            permille: 501,
            base: Base::Cast,
            abstentions_count: true,
        },
        counts(max, 1, 1),
        None,
    )
    .unwrap();
    assert!(qualified.passed);
    assert_eq!(qualified.needed, Some(3));
    let present = decide(&FOUR_FIFTHS_PRESENT, counts(max, 0, 0), Some(max)).unwrap();
    assert!(present.passed);
    assert_eq!(present.share_bp, Some(10_000));
    assert_eq!(present.needed, Some(u32::MAX / 5 * 4));
}

#[test]
fn rules_are_checked() {
    for permille in [0, 500, 1001, u32::MAX] {
        let rule = Rule::Qualified {
            permille,
            base: Base::Cast,
            abstentions_count: false,
        };
        assert_eq!(rule.check(), Err(DecideError::Share(permille)));
        assert_eq!(
            decide(&rule, counts(10, 0, 0), Some(10)),
            Err(DecideError::Share(permille))
        );
    }
    for rule in crate::common::rules() {
        assert_eq!(rule.check(), Ok(()));
    }
    assert!(
        Rule::Consent {
            objections_allowed: u32::MAX
        }
        .check()
        .is_ok()
    );
    assert!(FOUR_FIFTHS_PRESENT.needs_attendance());
    assert!(
        !Rule::Qualified {
            permille: 800,
            base: Base::Cast,
            abstentions_count: true
        }
        .needs_attendance()
    );
    assert!(
        !Rule::Majority {
            abstentions_count: true
        }
        .needs_attendance()
    );
    assert!(
        !Rule::Consent {
            objections_allowed: 0
        }
        .needs_attendance()
    );
}

#[test]
fn error_messages() {
    assert_eq!(
        DecideError::NoAttendance.to_string(),
        "the rule counts members present, but no attendance was recorded"
    );
    assert_eq!(
        DecideError::MoreBallotsThanPresent {
            cast: 12,
            present: 10
        }
        .to_string(),
        "12 ballots were cast but only 10 members were present"
    );
    assert_eq!(
        DecideError::Share(500).to_string(),
        "a qualified share must be from 501 to 1000 per mille, not 500"
    );
}
