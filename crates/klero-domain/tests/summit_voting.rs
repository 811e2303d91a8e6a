//! Plenary voting at a summit: vote and ballot forms, every problem named by its field; ballot
//! checks; counts worked out by hand for every kind, with ties and abstentions; each voter's
//! order of the options; and properties over random ballots and forms.

use klero_domain::input::RawForm;
use klero_domain::summit::voting::{
    Ballot, BallotError, BallotKind, Eligibility, Figures, Group, Place, SpecError, VoteSpec,
    VoteState, display_order, tally, turnout,
};
use proptest::prelude::*;

fn form(fields: &[(&str, &str)]) -> RawForm {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// A vote on options `A`, `B`, `C`... open to everyone.
fn spec(kind: BallotKind, n: usize) -> VoteSpec {
    let options: Vec<String> = (0..n).map(|i| format!("Option {i}")).collect();
    VoteSpec::new("Which?", options, kind, Eligibility::Everyone).expect("test vote")
}

fn place(option: usize, place: usize, tied: bool) -> Place {
    Place {
        option,
        place,
        tied,
    }
}

// Groups, eligibility, states, kinds.

#[test]
fn groups_and_eligibility_round_trip_their_names() {
    for group in Group::ALL {
        assert_eq!(Group::parse(group.as_str()), Some(group));
    }
    assert_eq!(Group::parse(" civil_servant "), Some(Group::CivilServant));
    assert_eq!(Group::FreeThinker.as_str(), "free_thinker");
    assert_eq!(Group::parse("Drawn"), None);
    for eligibility in Eligibility::ALL {
        assert_eq!(Eligibility::parse(eligibility.as_str()), Some(eligibility));
    }
    assert!(Eligibility::DrawnOnly.allows(Group::Drawn));
    for group in Group::ALL {
        assert!(Eligibility::Everyone.allows(group));
        assert_eq!(Eligibility::DrawnOnly.allows(group), group == Group::Drawn);
    }
}

#[test]
fn a_vote_only_moves_forward_and_shows_results_once_closed() {
    use VoteState::{Closed, Draft, Open};
    assert!(Draft.can_become(Open) && Open.can_become(Closed));
    assert!(!Closed.can_become(Open), "a closed vote is not reopened");
    assert!(!Draft.can_become(Closed) && !Open.can_become(Draft));
    assert!(Draft.spec_editable() && !Open.spec_editable());
    assert!(Open.accepts_ballots() && !Draft.accepts_ballots() && !Closed.accepts_ballots());
    assert!(Closed.results_public() && !Open.results_public());
    for state in VoteState::ALL {
        assert_eq!(VoteState::parse(state.as_str()), Some(state));
    }
}

#[test]
fn ballot_kinds_parse_with_their_parameter() {
    assert_eq!(
        BallotKind::parse("choose_up_to", Some(3)),
        Some(BallotKind::ChooseUpTo { k: 3 })
    );
    assert_eq!(BallotKind::parse("choose_up_to", None), None);
    assert_eq!(BallotKind::parse("points", None), None);
    assert_eq!(BallotKind::parse("rank", Some(7)), Some(BallotKind::Rank));
    assert_eq!(BallotKind::parse("borda", None), None);
    for name in BallotKind::NAMES {
        let kind = BallotKind::parse(name, Some(2)).expect("known name");
        assert_eq!(kind.as_str(), name);
        assert_eq!(BallotKind::parse(name, kind.parameter()), Some(kind));
    }
}

// The vote form.

#[test]
fn a_vote_form_of_every_kind_parses() {
    let base = [
        ("question", "  Which measures first?  "),
        (
            "options",
            "Insulate schools\r\n\n  Free buses \nMore trees\n",
        ),
        ("eligibility", "drawn_only"),
    ];
    let cases = [
        (vec![("kind", "choose_one")], BallotKind::ChooseOne),
        (
            vec![("kind", "choose_up_to"), ("k", "2")],
            BallotKind::ChooseUpTo { k: 2 },
        ),
        (
            vec![("kind", "choose_up_to"), ("k", "3")],
            BallotKind::ChooseUpTo { k: 3 },
        ),
        (vec![("kind", "rank"), ("k", "nonsense")], BallotKind::Rank),
        (
            vec![("kind", "points"), ("budget", "10")],
            BallotKind::Points { budget: 10 },
        ),
        (vec![("kind", "agreement")], BallotKind::Agreement),
    ];
    for (extra, kind) in cases {
        let mut fields = base.to_vec();
        fields.extend(extra);
        let vote = VoteSpec::parse(&form(&fields)).expect("valid vote");
        assert_eq!(vote.kind(), kind);
        assert_eq!(vote.question(), "Which measures first?");
        assert_eq!(
            vote.options(),
            ["Insulate schools", "Free buses", "More trees"]
        );
        assert_eq!(vote.eligibility(), Eligibility::DrawnOnly);
    }
}

#[test]
fn a_bad_vote_form_names_every_field() {
    let errors = VoteSpec::parse(&form(&[("options", "Only one"), ("kind", "borda")]))
        .expect_err("four problems");
    assert_eq!(errors.get("question"), Some("error-required"));
    assert_eq!(errors.get("options"), Some("error-vote-options-count"));
    assert_eq!(errors.get("kind"), Some("error-choose-one"));
    assert_eq!(errors.get("eligibility"), Some("error-choose-one"));
    assert_eq!(errors.0.len(), 4);

    let errors = VoteSpec::parse(&form(&[
        ("question", &"?".repeat(1_001)),
        ("options", "\n \n"),
        ("kind", "points"),
        ("eligibility", "everyone"),
    ]))
    .expect_err("three problems");
    assert_eq!(errors.get("question"), Some("error-too-long"));
    assert_eq!(errors.get("options"), Some("error-required"));
    assert_eq!(errors.get("budget"), Some("error-required"));
}

#[test]
fn options_must_be_distinct_ignoring_case_and_spacing_short_and_few_enough() {
    let vote = |options: &str| {
        VoteSpec::parse(&form(&[
            ("question", "Q"),
            ("options", options),
            ("kind", "choose_one"),
            ("eligibility", "everyone"),
        ]))
    };
    let errors = vote("Free buses\nTrees\nfree   BUSES\nTREES").expect_err("duplicates");
    assert_eq!(errors.get("options"), Some("error-vote-option-duplicate"));
    assert_eq!(errors.0.len(), 1, "one error per field and message");

    let long = format!("Fine\n{}", "x".repeat(201));
    assert_eq!(
        vote(&long).expect_err("too long").get("options"),
        Some("error-too-long")
    );
    assert!(vote(&format!("Fine\n{}", "é".repeat(200))).is_ok());

    let fifty: Vec<String> = (1..=50).map(|i| format!("Option {i}")).collect();
    assert!(vote(&fifty.join("\n")).is_ok());
    let fifty_one = format!("{}\nOne more", fifty.join("\n"));
    assert_eq!(
        vote(&fifty_one).expect_err("51").get("options"),
        Some("error-vote-options-count")
    );
}

#[test]
fn k_and_the_budget_are_required_and_in_range() {
    let vote = |kind: &str, name: &str, value: &str| {
        VoteSpec::parse(&form(&[
            ("question", "Q"),
            ("options", "A\nB\nC"),
            ("kind", kind),
            (name, value),
            ("eligibility", "everyone"),
        ]))
    };
    for (value, message) in [
        ("", "error-required"),
        ("0", "error-vote-k"),
        ("4", "error-vote-k"),
        ("-1", "error-vote-k"),
        ("two", "error-vote-k"),
    ] {
        let errors = vote("choose_up_to", "k", value).expect_err(value);
        assert_eq!(errors.get("k"), Some(message), "k = {value:?}");
        assert_eq!(errors.0.len(), 1);
    }
    assert!(vote("choose_up_to", "k", "1").is_ok());
    for (value, message) in [
        ("", "error-required"),
        ("0", "error-vote-budget"),
        ("1001", "error-vote-budget"),
        ("1.5", "error-vote-budget"),
    ] {
        let errors = vote("points", "budget", value).expect_err(value);
        assert_eq!(errors.get("budget"), Some(message), "budget = {value:?}");
    }
    assert!(vote("points", "budget", "1000").is_ok());
    // A `k` beyond the options is reported even when the options are wrong too.
    let errors = VoteSpec::parse(&form(&[
        ("question", "Q"),
        ("options", "A"),
        ("kind", "choose_up_to"),
        ("k", "51"),
        ("eligibility", "everyone"),
    ]))
    .expect_err("two problems");
    assert_eq!(errors.get("k"), Some("error-vote-k"));
    assert_eq!(errors.get("options"), Some("error-vote-options-count"));
}

#[test]
fn a_vote_built_or_read_from_json_is_checked_too() {
    let new = |options: &[&str], kind| {
        VoteSpec::new("Q", options.iter().copied(), kind, Eligibility::Everyone)
    };
    assert_eq!(
        new(&["A", " a "], BallotKind::Rank),
        Err(SpecError::OptionDuplicate {
            first: 0,
            second: 1
        })
    );
    assert_eq!(
        new(&["A", ""], BallotKind::Rank),
        Err(SpecError::OptionEmpty(1))
    );
    assert_eq!(
        new(&["A", "B"], BallotKind::ChooseUpTo { k: 3 }),
        Err(SpecError::K { k: 3, options: 2 })
    );
    assert_eq!(
        new(&["A", "B"], BallotKind::Points { budget: 0 }),
        Err(SpecError::Budget(0))
    );
    assert_eq!(
        VoteSpec::new(" ", ["A", "B"], BallotKind::Rank, Eligibility::Everyone),
        Err(SpecError::QuestionEmpty)
    );

    let vote = new(&["A", "B", "C"], BallotKind::ChooseUpTo { k: 2 }).expect("valid");
    let json = serde_json::to_value(&vote).expect("serialise");
    assert_eq!(
        json,
        serde_json::json!({
            "question": "Q",
            "options": ["A", "B", "C"],
            "kind": "choose_up_to",
            "k": 2,
            "eligibility": "everyone",
        })
    );
    let back: VoteSpec = serde_json::from_value(json).expect("deserialise");
    assert_eq!(back, vote);
    let bad = serde_json::json!({
        "question": "Q", "options": ["A", "B"], "kind": "choose_up_to", "k": 5,
        "eligibility": "everyone",
    });
    assert!(serde_json::from_value::<VoteSpec>(bad).is_err());
}

// Ballot forms.

#[test]
fn choose_one_ballots() {
    let vote = spec(BallotKind::ChooseOne, 3);
    let parse = |fields: &[(&str, &str)]| Ballot::parse(&vote, &pairs(fields));
    assert_eq!(parse(&[("choice", " 2 ")]), Ok(Ballot::One(2)));
    assert_eq!(
        parse(&[("choice", "1"), ("choice", "1")]),
        Ok(Ballot::One(1))
    );
    for (fields, message) in [
        (&[][..], "error-vote-empty"),
        (&[("choice", "")][..], "error-vote-empty"),
        (&[("choice", "3")][..], "error-vote-choice"),
        (&[("choice", "first")][..], "error-vote-choice"),
        (&[("choice", "0"), ("choice", "1")][..], "error-vote-choice"),
    ] {
        let errors = parse(fields).expect_err("refused");
        assert_eq!(errors.get("choice"), Some(message), "{fields:?}");
    }
}

#[test]
fn choose_up_to_ballots_take_every_ticked_box() {
    let vote = spec(BallotKind::ChooseUpTo { k: 2 }, 4);
    let parse = |fields: &[(&str, &str)]| Ballot::parse(&vote, &pairs(fields));
    assert_eq!(
        parse(&[("choice", "3"), ("csrf", "x"), ("choice", "0")]),
        Ok(Ballot::Several(vec![0, 3]))
    );
    assert_eq!(parse(&[("choice", "1")]), Ok(Ballot::Several(vec![1])));
    for (fields, message) in [
        (&[][..], "error-vote-empty"),
        (
            &[("choice", "0"), ("choice", "1"), ("choice", "2")][..],
            "error-vote-too-many",
        ),
        (&[("choice", "0"), ("choice", "0")][..], "error-vote-choice"),
        (&[("choice", "4")][..], "error-vote-choice"),
        (&[("choice", "1"), ("choice", "x")][..], "error-vote-choice"),
    ] {
        let errors = parse(fields).expect_err("refused");
        assert_eq!(errors.get("choice"), Some(message), "{fields:?}");
        assert_eq!(errors.0.len(), 1);
    }
}

#[test]
fn ranking_ballots_number_the_options_from_one_without_gaps() {
    let vote = spec(BallotKind::Rank, 4);
    let parse = |fields: &[(&str, &str)]| Ballot::parse(&vote, &pairs(fields));
    assert_eq!(
        parse(&[
            ("rank_0", "2"),
            ("rank_1", ""),
            ("rank_2", "1"),
            ("rank_3", "3")
        ]),
        Ok(Ballot::Ranking(vec![2, 0, 3]))
    );
    assert_eq!(parse(&[("rank_3", "1")]), Ok(Ballot::Ranking(vec![3])));

    let errors = parse(&[("rank_0", "1"), ("rank_1", "2"), ("rank_2", "1")]).expect_err("repeat");
    assert_eq!(errors.get("rank_0"), Some("error-vote-rank-duplicate"));
    assert_eq!(errors.get("rank_2"), Some("error-vote-rank-duplicate"));
    assert_eq!(errors.get("rank_1"), None);

    let errors = parse(&[("rank_0", "1"), ("rank_1", "3")]).expect_err("gap");
    assert_eq!(errors.get("rank"), Some("error-vote-rank-gap"));
    let errors = parse(&[("rank_0", "2")]).expect_err("no first");
    assert_eq!(errors.get("rank"), Some("error-vote-rank-gap"));

    let errors = parse(&[("rank_0", "5"), ("rank_1", "0"), ("rank_2", "1st")]).expect_err("range");
    for name in ["rank_0", "rank_1", "rank_2"] {
        assert_eq!(errors.get(name), Some("error-vote-rank"), "{name}");
    }
    assert_eq!(errors.get("rank"), None, "no gap reported over bad fields");

    let errors = parse(&[("rank_0", " "), ("rank_9", "1")]).expect_err("empty");
    assert_eq!(errors.get("rank"), Some("error-vote-empty"));
}

#[test]
fn points_ballots_stay_within_the_budget() {
    let vote = spec(BallotKind::Points { budget: 10 }, 3);
    let parse = |fields: &[(&str, &str)]| Ballot::parse(&vote, &pairs(fields));
    assert_eq!(
        parse(&[("points_0", "6"), ("points_1", ""), ("points_2", "4")]),
        Ok(Ballot::Points(vec![6, 0, 4]))
    );
    assert_eq!(
        parse(&[("points_1", "1")]),
        Ok(Ballot::Points(vec![0, 1, 0]))
    );

    let errors = parse(&[("points_0", "6"), ("points_2", "5")]).expect_err("over");
    assert_eq!(errors.get("points"), Some("error-vote-over-budget"));
    let errors = parse(&[("points_0", "-1"), ("points_1", "11"), ("points_2", "2.5")])
        .expect_err("bad numbers");
    for name in ["points_0", "points_1", "points_2"] {
        assert_eq!(errors.get(name), Some("error-vote-points"), "{name}");
    }
    let errors = parse(&[("points_0", "0"), ("points_1", "0")]).expect_err("none given");
    assert_eq!(errors.get("points"), Some("error-vote-empty"));
}

#[test]
fn agreement_ballots_take_levels_one_to_five_or_blank() {
    let vote = spec(BallotKind::Agreement, 3);
    let parse = |fields: &[(&str, &str)]| Ballot::parse(&vote, &pairs(fields));
    assert_eq!(
        parse(&[("level_0", "5"), ("level_2", "1")]),
        Ok(Ballot::Levels(vec![Some(5), None, Some(1)]))
    );
    let errors = parse(&[("level_0", "6"), ("level_1", "0"), ("level_2", "3")]).expect_err("range");
    assert_eq!(errors.get("level_0"), Some("error-vote-level"));
    assert_eq!(errors.get("level_1"), Some("error-vote-level"));
    assert_eq!(errors.get("level_2"), None);
    let errors = parse(&[("level_0", "")]).expect_err("empty");
    assert_eq!(errors.get("level"), Some("error-vote-empty"));
}

#[test]
fn the_abstain_button_abstains_whatever_else_was_filled_in() {
    let kinds = [
        BallotKind::ChooseOne,
        BallotKind::ChooseUpTo { k: 1 },
        BallotKind::Rank,
        BallotKind::Points { budget: 3 },
        BallotKind::Agreement,
    ];
    for kind in kinds {
        let vote = spec(kind, 3);
        let fields = pairs(&[("choice", "9"), ("rank_0", "7"), ("abstain", "1")]);
        assert_eq!(Ballot::parse(&vote, &fields), Ok(Ballot::Abstain));
        assert_eq!(vote.check(&Ballot::Abstain), Ok(()));
        // A blank `abstain` is no abstention.
        assert!(Ballot::parse(&vote, &pairs(&[("abstain", " ")])).is_err());
    }
}

// Checking ballots from other sources.

#[test]
fn check_refuses_ballots_that_do_not_fit() {
    let one = spec(BallotKind::ChooseOne, 3);
    assert_eq!(one.check(&Ballot::One(2)), Ok(()));
    assert_eq!(
        one.check(&Ballot::One(3)),
        Err(BallotError::NoSuchOption {
            index: 3,
            options: 3
        })
    );
    assert_eq!(
        one.check(&Ballot::Several(vec![0])),
        Err(BallotError::WrongKind {
            expected: "choose_one",
            found: "several"
        })
    );

    let several = spec(BallotKind::ChooseUpTo { k: 2 }, 4);
    assert_eq!(several.check(&Ballot::Several(vec![3, 1])), Ok(()));
    assert_eq!(
        several.check(&Ballot::Several(vec![])),
        Err(BallotError::Empty)
    );
    assert_eq!(
        several.check(&Ballot::Several(vec![1, 1])),
        Err(BallotError::Repeated(1))
    );
    assert_eq!(
        several.check(&Ballot::Several(vec![0, 1, 2])),
        Err(BallotError::TooMany { chosen: 3, k: 2 })
    );
    assert!(matches!(
        several.check(&Ballot::Several(vec![usize::MAX])),
        Err(BallotError::NoSuchOption { .. })
    ));

    let rank = spec(BallotKind::Rank, 3);
    assert_eq!(rank.check(&Ballot::Ranking(vec![2, 0, 1])), Ok(()));
    assert_eq!(rank.check(&Ballot::Ranking(vec![1])), Ok(()));
    assert_eq!(
        rank.check(&Ballot::Ranking(vec![0, 2, 0])),
        Err(BallotError::Repeated(0))
    );
    assert_eq!(
        rank.check(&Ballot::Ranking(vec![])),
        Err(BallotError::Empty)
    );
    assert!(rank.check(&Ballot::Ranking(vec![0, 1, 2, 3])).is_err());

    let points = spec(BallotKind::Points { budget: 10 }, 3);
    assert_eq!(points.check(&Ballot::Points(vec![10, 0, 0])), Ok(()));
    assert_eq!(
        points.check(&Ballot::Points(vec![u32::MAX, u32::MAX, 1])),
        Err(BallotError::OverBudget {
            given: 2 * u64::from(u32::MAX) + 1,
            budget: 10
        })
    );
    assert_eq!(
        points.check(&Ballot::Points(vec![0, 0, 0])),
        Err(BallotError::Empty)
    );
    assert_eq!(
        points.check(&Ballot::Points(vec![1, 2])),
        Err(BallotError::WrongLength {
            found: 2,
            options: 3
        })
    );

    let agreement = spec(BallotKind::Agreement, 2);
    assert_eq!(
        agreement.check(&Ballot::Levels(vec![None, Some(5)])),
        Ok(())
    );
    assert_eq!(
        agreement.check(&Ballot::Levels(vec![Some(0), None])),
        Err(BallotError::NoSuchLevel { index: 0, level: 0 })
    );
    assert_eq!(
        agreement.check(&Ballot::Levels(vec![Some(3), Some(6)])),
        Err(BallotError::NoSuchLevel { index: 1, level: 6 })
    );
    assert_eq!(
        agreement.check(&Ballot::Levels(vec![None, None])),
        Err(BallotError::Empty)
    );
    assert!(agreement.check(&Ballot::Levels(vec![Some(3)])).is_err());
}

#[test]
fn ballots_read_back_from_json() {
    let ballots = vec![
        Ballot::Abstain,
        Ballot::One(2),
        Ballot::Several(vec![0, 3]),
        Ballot::Ranking(vec![2, 0]),
        Ballot::Points(vec![5, 0, 5]),
        Ballot::Levels(vec![Some(4), None, Some(1)]),
    ];
    let json = serde_json::to_string(&ballots).expect("serialise");
    assert_eq!(
        json,
        r#"["abstain",{"one":2},{"several":[0,3]},{"ranking":[2,0]},{"points":[5,0,5]},{"levels":[4,null,1]}]"#
    );
    let back: Vec<Ballot> = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, ballots);
}

// Counts worked out by hand.

#[test]
fn choose_one_counts_ties_and_abstentions() {
    let vote = spec(BallotKind::ChooseOne, 3);
    let ballots = [
        Ballot::One(0),
        Ballot::One(1),
        Ballot::Abstain,
        Ballot::One(0),
        Ballot::One(1),
        Ballot::One(2),
        Ballot::One(7), // not an option: invalid
    ];
    let results = tally(&vote, &ballots);
    let t = results.turnout();
    assert_eq!(
        (t.ballots, t.abstentions, t.invalid, t.counted),
        (7, 1, 1, 5)
    );
    assert_eq!(turnout(&vote, &ballots), t);
    assert_eq!(
        results.figures(),
        &Figures::Choice {
            votes: vec![2, 2, 1]
        }
    );
    assert_eq!(
        results.ranking(),
        [place(0, 1, true), place(1, 1, true), place(2, 3, false)]
    );
}

#[test]
fn choose_up_to_counts_every_option_chosen() {
    let vote = spec(BallotKind::ChooseUpTo { k: 2 }, 4);
    let ballots = [
        Ballot::Several(vec![0, 2]),
        Ballot::Several(vec![2, 3]),
        Ballot::Several(vec![2]),
        Ballot::Several(vec![3, 0]),
        Ballot::Abstain,
    ];
    let results = tally(&vote, &ballots);
    assert_eq!(results.turnout().counted, 4);
    assert_eq!(
        results.figures(),
        &Figures::Choice {
            votes: vec![2, 0, 3, 2]
        }
    );
    assert_eq!(
        results.ranking(),
        [
            place(2, 1, false),
            place(0, 2, true),
            place(3, 2, true),
            place(1, 4, false)
        ]
    );
}

#[test]
fn borda_by_hand() {
    // Four options: ranked 1st scores 3, 2nd 2, 3rd 1, 4th or unranked 0.
    let vote = spec(BallotKind::Rank, 4);
    let (a, b, c, d) = (0, 1, 2, 3);
    let ballots = [
        Ballot::Ranking(vec![a, b, c, d]), // A 3, B 2, C 1, D 0
        Ballot::Ranking(vec![b, a]),       // B 3, A 2
        Ballot::Ranking(vec![c]),          // C 3
        Ballot::Ranking(vec![d, c, b, a]), // D 3, C 2, B 1, A 0
        Ballot::Abstain,
    ];
    let results = tally(&vote, &ballots);
    assert_eq!(results.turnout().counted, 4);
    assert_eq!(
        results.figures(),
        &Figures::Rank {
            borda: vec![5, 6, 6, 3],
            first: vec![1, 1, 1, 1],
            positions: vec![
                vec![1, 1, 0, 1], // A: 1st, 2nd, 4th
                vec![1, 1, 1, 0], // B: 2nd, 1st, 3rd
                vec![1, 1, 1, 0], // C: 3rd, 1st, 2nd
                vec![1, 0, 0, 1], // D: 4th, 1st
            ],
        }
    );
    assert_eq!(
        results.ranking(),
        [
            place(b, 1, true),
            place(c, 1, true),
            place(a, 3, false),
            place(d, 4, false)
        ]
    );
}

#[test]
fn points_are_summed_and_over_budget_ballots_left_out() {
    let vote = spec(BallotKind::Points { budget: 10 }, 3);
    let ballots = [
        Ballot::Points(vec![5, 5, 0]),
        Ballot::Points(vec![0, 10, 0]),
        Ballot::Points(vec![2, 3, 5]),
        Ballot::Points(vec![6, 6, 0]),
        Ballot::Abstain,
    ];
    let results = tally(&vote, &ballots);
    let t = results.turnout();
    assert_eq!((t.abstentions, t.invalid, t.counted), (1, 1, 3));
    assert_eq!(
        results.figures(),
        &Figures::Points {
            points: vec![7, 18, 5]
        }
    );
    assert_eq!(
        results.ranking(),
        [place(1, 1, false), place(0, 2, false), place(2, 3, false)]
    );
}

#[test]
fn agreement_counts_levels_means_and_medians() {
    let vote = spec(BallotKind::Agreement, 3);
    let ballots = [
        Ballot::Levels(vec![Some(5), Some(1), None]),
        Ballot::Levels(vec![Some(4), Some(1), None]),
        Ballot::Levels(vec![Some(4), None, None]),
        Ballot::Levels(vec![Some(2), Some(5), None]),
        Ballot::Levels(vec![None, Some(4), None]),
        Ballot::Abstain,
    ];
    let results = tally(&vote, &ballots);
    assert_eq!(results.turnout().counted, 5);
    let Figures::Agreement { options } = results.figures() else {
        panic!("agreement figures");
    };
    // X: 5, 4, 4, 2 → mean 15/4, median of 2 4 4 5 = 4.
    assert_eq!(options[0].levels, [0, 1, 0, 2, 1]);
    assert_eq!(options[0].answers, 4);
    assert_eq!(options[0].mean, Some(3.75));
    assert_eq!(options[0].median, Some(4.0));
    // Y: 1, 1, 5, 4 → mean 11/4, median of 1 1 4 5 = 2.5.
    assert_eq!(options[1].levels, [2, 0, 0, 1, 1]);
    assert_eq!(options[1].mean, Some(2.75));
    assert_eq!(options[1].median, Some(2.5));
    // Z: no answers.
    assert_eq!(options[2].answers, 0);
    assert_eq!((options[2].mean, options[2].median), (None, None));
    assert_eq!(
        results.ranking(),
        [place(0, 1, false), place(1, 2, false), place(2, 3, false)]
    );
}

#[test]
fn agreement_ties_are_exact_means_and_unanswered_options_tie_last() {
    let vote = spec(BallotKind::Agreement, 4);
    let ballots = [
        Ballot::Levels(vec![Some(3), Some(2), None, None]),
        Ballot::Levels(vec![None, Some(4), None, None]),
    ];
    // Option 0: 3/1, option 1: 6/2; options 2 and 3 unanswered.
    let results = tally(&vote, &ballots);
    assert_eq!(
        results.ranking(),
        [
            place(0, 1, true),
            place(1, 1, true),
            place(2, 3, true),
            place(3, 3, true)
        ]
    );
    let Figures::Agreement { options } = results.figures() else {
        panic!("agreement figures");
    };
    assert_eq!(options[1].median, Some(3.0));
}

#[test]
fn a_vote_without_ballots_ties_every_option() {
    let results = tally(&spec(BallotKind::ChooseOne, 2), &[]);
    assert_eq!(results.turnout().ballots, 0);
    assert_eq!(results.ranking(), [place(0, 1, true), place(1, 1, true)]);
}

#[test]
fn the_published_breakdown_holds_the_vote_and_every_figure() {
    let vote = spec(BallotKind::Points { budget: 3 }, 2);
    let results = tally(&vote, &[Ballot::Points(vec![1, 2]), Ballot::Abstain]);
    let json = serde_json::to_value(&results).expect("serialise");
    assert_eq!(
        json,
        serde_json::json!({
            "question": "Which?",
            "options": ["Option 0", "Option 1"],
            "kind": "points",
            "budget": 3,
            "eligibility": "everyone",
            "turnout": {"ballots": 2, "abstentions": 1, "invalid": 0, "counted": 1},
            "figures": {"points": {"points": [1, 2]}},
            "ranking": [
                {"option": 1, "place": 1, "tied": false},
                {"option": 0, "place": 2, "tied": false},
            ],
        })
    );
}

// Each voter's order of the options.

#[test]
fn display_orders_are_permutations_that_do_not_change_on_reload() {
    for n in 0..=50 {
        let order = display_order("vote-7", "participant-12", n);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..n).collect::<Vec<_>>(), "n = {n}");
        assert_eq!(order, display_order("vote-7", "participant-12", n));
    }
    let orders: std::collections::HashSet<Vec<usize>> = (0..200)
        .map(|voter| display_order("vote-7", &voter.to_string(), 8))
        .collect();
    assert!(orders.len() > 190, "voters see different orders");
    assert_ne!(
        display_order("vote-7", "participant-12", 20),
        display_order("vote-8", "participant-12", 20),
        "another vote, another order"
    );
    // The two texts are length-prefixed: moving a character across them changes the order.
    assert_ne!(display_order("ab", "c", 20), display_order("a", "bc", 20));
}

#[test]
fn display_orders_put_every_option_first_about_equally_often() {
    let n = 6;
    let voters = 6_000;
    let mut first = vec![0u32; n];
    let mut last = vec![0u32; n];
    for voter in 0..voters {
        let order = display_order("summit-2027/vote-3", &format!("voter-{voter}"), n);
        first[order[0]] += 1;
        last[order[n - 1]] += 1;
    }
    // Expected 1,000 each; the standard deviation is about 29, so ±150 is over 5 of them.
    for count in first.iter().chain(&last) {
        assert!((850..=1_150).contains(count), "{first:?} {last:?}");
    }
}

// Properties.

/// A small deterministic generator (SplitMix64) for building valid ballots from a seed.
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn kind_of(which: usize, n: usize, parameter: u32) -> BallotKind {
    match which {
        0 => BallotKind::ChooseOne,
        1 => BallotKind::ChooseUpTo {
            k: parameter % n as u32 + 1,
        },
        2 => BallotKind::Rank,
        3 => BallotKind::Points {
            budget: parameter % 20 + 1,
        },
        _ => BallotKind::Agreement,
    }
}

/// A valid ballot for `vote`, or an abstention one time in ten.
fn valid_ballot(vote: &VoteSpec, seed: u64) -> Ballot {
    let mut mix = Mix(seed);
    let n = vote.options().len();
    if mix.below(10) == 0 {
        return Ballot::Abstain;
    }
    let order = display_order("property", &seed.to_string(), n);
    match vote.kind() {
        BallotKind::ChooseOne => Ballot::One(mix.below(n)),
        BallotKind::ChooseUpTo { k } => {
            let take = mix.below(k as usize) + 1;
            Ballot::Several(order[..take].to_vec())
        }
        BallotKind::Rank => Ballot::Ranking(order[..mix.below(n) + 1].to_vec()),
        BallotKind::Points { budget } => {
            let mut points = vec![0; n];
            for _ in 0..mix.below(budget as usize) + 1 {
                points[mix.below(n)] += 1;
            }
            Ballot::Points(points)
        }
        BallotKind::Agreement => {
            let mut levels: Vec<Option<u8>> = (0..n)
                .map(|_| match mix.below(6) {
                    0 => None,
                    l => Some(l as u8),
                })
                .collect();
            levels[mix.below(n)] = Some(3);
            Ballot::Levels(levels)
        }
    }
}

fn any_ballot() -> impl Strategy<Value = Ballot> {
    let index = 0usize..12;
    prop_oneof![
        Just(Ballot::Abstain),
        index.clone().prop_map(Ballot::One),
        prop::collection::vec(index.clone(), 0..12).prop_map(Ballot::Several),
        prop::collection::vec(index, 0..12).prop_map(Ballot::Ranking),
        prop::collection::vec(prop_oneof![0u32..30, Just(u32::MAX)], 0..12)
            .prop_map(Ballot::Points),
        prop::collection::vec(prop::option::of(0u8..8), 0..12).prop_map(Ballot::Levels),
    ]
}

fn form_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        Just("choice".to_owned()),
        Just("abstain".to_owned()),
        "(rank|points|level)_[0-9]{1,2}",
        "[a-z_]{0,8}",
    ];
    let value = prop_oneof![
        "[0-9]{1,2}",
        "-?[0-9]{1,25}",
        " ?[0-9] ?",
        "\\PC{0,6}",
        Just(String::new()),
    ];
    prop::collection::vec((name, value), 0..20)
}

proptest! {
    #[test]
    fn valid_ballots_pass_and_the_counts_add_up(
        which in 0usize..5,
        n in 2usize..9,
        parameter in any::<u32>(),
        seeds in prop::collection::vec(any::<u64>(), 0..60),
    ) {
        let vote = spec(kind_of(which, n, parameter), n);
        let ballots: Vec<Ballot> = seeds.iter().map(|&s| valid_ballot(&vote, s)).collect();
        for ballot in &ballots {
            prop_assert_eq!(vote.check(ballot), Ok(()), "{:?}", ballot);
        }
        let results = tally(&vote, &ballots);
        let t = results.turnout();
        let abstentions = ballots.iter().filter(|b| **b == Ballot::Abstain).count() as u64;
        prop_assert_eq!(t.ballots, ballots.len() as u64);
        prop_assert_eq!((t.abstentions, t.invalid), (abstentions, 0));
        prop_assert_eq!(t.counted, t.ballots - abstentions);

        let lengths: u64 = ballots.iter().map(|b| match b {
            Ballot::Several(v) | Ballot::Ranking(v) => v.len() as u64,
            Ballot::Points(p) => p.iter().map(|&x| u64::from(x)).sum(),
            Ballot::Levels(l) => l.iter().flatten().count() as u64,
            Ballot::One(_) => 1,
            Ballot::Abstain => 0,
        }).sum();
        match results.figures() {
            Figures::Choice { votes } => prop_assert_eq!(votes.iter().sum::<u64>(), lengths),
            Figures::Points { points } => prop_assert_eq!(points.iter().sum::<u64>(), lengths),
            Figures::Rank { borda, first, positions } => {
                prop_assert_eq!(first.iter().sum::<u64>(), t.counted);
                prop_assert_eq!(positions.iter().flatten().sum::<u64>(), lengths);
                let expected: u64 = ballots.iter().map(|b| match b {
                    Ballot::Ranking(v) => (0..v.len()).map(|i| (n - 1 - i) as u64).sum(),
                    _ => 0,
                }).sum();
                prop_assert_eq!(borda.iter().sum::<u64>(), expected);
                for (row, f) in positions.iter().zip(first) {
                    prop_assert!(row.iter().sum::<u64>() <= t.counted);
                    prop_assert_eq!(row[0], *f);
                }
            }
            Figures::Agreement { options } => {
                let answers: u64 = options.iter().map(|o| o.answers).sum();
                prop_assert_eq!(answers, lengths);
                for o in options {
                    prop_assert_eq!(o.levels.iter().sum::<u64>(), o.answers);
                    prop_assert!(o.answers <= t.counted);
                    if let (Some(mean), Some(median)) = (o.mean, o.median) {
                        prop_assert!((1.0..=5.0).contains(&mean));
                        prop_assert!((1.0..=5.0).contains(&median));
                    }
                }
            }
        }
        let ranking = results.ranking();
        let mut options: Vec<usize> = ranking.iter().map(|p| p.option).collect();
        options.sort_unstable();
        prop_assert_eq!(options, (0..n).collect::<Vec<_>>());
        for (i, pair) in ranking.windows(2).enumerate() {
            prop_assert!(pair[0].place <= pair[1].place);
            if pair[0].place != pair[1].place {
                prop_assert_eq!(pair[1].place, i + 2);
            }
        }
        for p in ranking {
            let sharing = ranking.iter().filter(|q| q.place == p.place).count();
            prop_assert_eq!(p.tied, sharing > 1);
        }
    }

    #[test]
    fn any_ballot_is_checked_and_counted_without_panicking(
        which in 0usize..5,
        n in 2usize..9,
        parameter in any::<u32>(),
        ballots in prop::collection::vec(any_ballot(), 0..30),
    ) {
        let vote = spec(kind_of(which, n, parameter), n);
        let valid = ballots.iter().filter(|b| vote.check(b).is_ok()).count() as u64;
        let t = tally(&vote, &ballots).turnout();
        prop_assert_eq!(t.ballots, ballots.len() as u64);
        prop_assert_eq!(t.abstentions + t.invalid + t.counted, t.ballots);
        prop_assert_eq!(t.abstentions + t.counted, valid);
    }

    #[test]
    fn any_ballot_form_is_parsed_without_panicking(
        which in 0usize..5,
        n in 2usize..12,
        parameter in any::<u32>(),
        fields in form_pairs(),
    ) {
        let vote = spec(kind_of(which, n, parameter), n);
        match Ballot::parse(&vote, &fields) {
            Ok(ballot) => prop_assert_eq!(vote.check(&ballot), Ok(())),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    #[test]
    fn any_vote_form_is_parsed_without_panicking(
        question in "\\PC{0,30}",
        options in prop::collection::vec("[ a-cA-C]{0,3}", 0..8),
        kind in prop_oneof![Just("choose_up_to".to_owned()), Just("points".to_owned()), Just("rank".to_owned()), "[a-z_]{0,12}"],
        k in prop_oneof!["[0-9]{1,3}", "\\PC{0,4}"],
        eligibility in prop_oneof![Just("everyone".to_owned()), Just("drawn_only".to_owned()), "\\PC{0,4}"],
    ) {
        let raw = form(&[
            ("question", &question),
            ("options", &options.join("\n")),
            ("kind", &kind),
            ("k", &k),
            ("budget", &k),
            ("eligibility", &eligibility),
        ]);
        match VoteSpec::parse(&raw) {
            Ok(vote) => {
                let json = serde_json::to_string(&vote).map_err(|e| TestCaseError::fail(e.to_string()))?;
                let back: VoteSpec = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back, vote);
            }
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }
}
