//! Summit participants: imported rows checked with every problem named by its field; voting
//! codes made from random bytes, read back however they are typed; names folded for search;
//! a closed vote's results read back from their published JSON.

use klero_domain::summit::participant::{
    CODE_ALPHABET, CODE_LENGTH, MAX_NAME, MAX_NEEDS, ParticipantInput, ParticipantProblem,
    VotingCode, search_fold,
};
use klero_domain::summit::voting::{
    Ballot, BallotKind, Eligibility, Group, Results, VoteSpec, tally,
};
use proptest::prelude::*;

fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn problems(result: Result<ParticipantInput, Vec<ParticipantProblem>>) -> Vec<ParticipantProblem> {
    result.expect_err("should be refused")
}

#[test]
fn a_participant_is_trimmed_and_its_languages_normalised() {
    let input = ParticipantInput::new(
        " P-0042 ",
        " Sofié Janssens ",
        "drawn",
        "NL; fr,nl , ",
        " wheelchair ",
        attrs(&[(" gender ", " f "), ("age", "30-44")]),
    )
    .expect("valid");
    assert_eq!(input.key(), "P-0042");
    assert_eq!(input.name(), "Sofié Janssens");
    assert_eq!(input.group(), Group::Drawn);
    assert_eq!(input.languages(), ["nl", "fr"]);
    assert_eq!(input.needs(), "wheelchair");
    assert_eq!(
        input.attributes(),
        attrs(&[("gender", "f"), ("age", "30-44")])
    );
    let stakeholder =
        ParticipantInput::new("E-1", "Ann", "civil_servant", "de", "", Vec::new()).expect("valid");
    assert_eq!(stakeholder.group(), Group::CivilServant);
    assert!(stakeholder.needs().is_empty());
}

#[test]
fn every_problem_is_reported_at_once_with_its_field_and_message() {
    let found = problems(ParticipantInput::new(
        "",
        "",
        "citizen",
        "",
        &"x".repeat(MAX_NEEDS + 1),
        attrs(&[("", "x"), ("age", "1"), ("age", "2")]),
    ));
    let named: Vec<_> = found.iter().map(|p| (p.field(), p.message())).collect();
    assert_eq!(
        named,
        vec![
            ("key", "error-required"),
            ("name", "error-required"),
            ("group", "error-choose-one"),
            ("languages", "error-required"),
            ("needs", "error-too-long"),
            ("attributes", "error-attribute"),
            ("attributes", "error-attribute-duplicate"),
        ]
    );
    assert_eq!(found[5], ParticipantProblem::Attribute(0));
    assert_eq!(found[6], ParticipantProblem::AttributeDuplicate(2));
}

#[test]
fn keys_names_and_languages_have_limits() {
    let long_key = "k".repeat(65);
    let long_name = "n".repeat(MAX_NAME + 1);
    let found = problems(ParticipantInput::new(
        &long_key,
        &long_name,
        "drawn",
        "nl;french;e1",
        "",
        Vec::new(),
    ));
    assert_eq!(
        found,
        vec![
            ParticipantProblem::KeyTooLong,
            ParticipantProblem::NameTooLong,
            ParticipantProblem::Language("french".into()),
            ParticipantProblem::Language("e1".into()),
        ]
    );
    let found = problems(ParticipantInput::new(
        "a\u{0}b",
        "Ann\nBob",
        "drawn",
        "nl",
        "",
        attrs(&[("area", "x\ty")]),
    ));
    let named: Vec<_> = found.iter().map(|p| (p.field(), p.message())).collect();
    assert_eq!(
        named,
        vec![
            ("key", "error-control-characters"),
            ("name", "error-control-characters"),
            ("attributes", "error-attribute"),
        ]
    );
    // The limits themselves are allowed; `é` counts as one character.
    let key = "é".repeat(64);
    let name = "é".repeat(MAX_NAME);
    assert!(ParticipantInput::new(&key, &name, "other", "nl", "", Vec::new()).is_ok());
}

#[test]
fn a_voting_code_is_ten_characters_of_the_alphabet() {
    assert_eq!(CODE_ALPHABET.len(), 30);
    for look_alike in [b'0', b'O', b'1', b'I', b'L', b'U'] {
        assert!(!CODE_ALPHABET.contains(&look_alike));
    }
    let zero = VotingCode::from_random([0; 8]);
    assert_eq!(zero.as_str(), "2222222222");
    assert_eq!(zero.grouped(), "22222-22222");
    // 30¹⁰ − 1 is the last code; 30¹⁰ wraps round to the first.
    let last = 30u64.pow(10) - 1;
    assert_eq!(
        VotingCode::from_random(last.to_le_bytes()).as_str(),
        "ZZZZZZZZZZ"
    );
    assert_eq!(VotingCode::from_random((last + 1).to_le_bytes()), zero);
    // 31 = 1 · 30 + 1.
    assert_eq!(
        VotingCode::from_random(31u64.to_le_bytes()).as_str(),
        "2222222233"
    );
    assert_eq!(
        format!("{zero:?}"),
        "VotingCode(..)",
        "Debug hides the code"
    );
}

#[test]
fn a_voting_code_is_read_however_it_is_typed() {
    let code = VotingCode::parse("ABCDE-FGHJK").expect("grouped");
    assert_eq!(code.as_str(), "ABCDEFGHJK");
    for typed in [
        "abcdefghjk",
        " abcde fghjk ",
        "AB-CD-EF-GH-JK",
        "abcde\u{a0}FGHJK",
    ] {
        assert_eq!(VotingCode::parse(typed).as_ref(), Some(&code), "{typed}");
    }
    for wrong in [
        "",
        "ABCDE",
        "ABCDE-FGHJKM",
        "ABCDE-FGHJ0",
        "ABCDE-FGHJI",
        "ABCDE_FGHJK",
        "ABCDÉ-FGHJK",
    ] {
        assert_eq!(VotingCode::parse(wrong), None, "{wrong}");
    }
}

#[test]
fn names_fold_to_lower_case_without_accents() {
    assert_eq!(search_fold("Sofié"), "sofie");
    assert_eq!(search_fold("SOFIE"), "sofie");
    assert_eq!(search_fold("  Çelik   Ñúñez\tØ "), "celik nunez ø");
    assert_eq!(search_fold("Zoë D'Hondt"), "zoe d'hondt");
    assert_eq!(search_fold(""), "");
}

#[test]
fn results_read_back_from_their_published_json() {
    let spec = VoteSpec::new(
        "How much do you agree?",
        ["Trams", "Bikes", "Cars"],
        BallotKind::Agreement,
        Eligibility::DrawnOnly,
    )
    .expect("spec");
    let ballots = [
        Ballot::Levels(vec![Some(5), None, Some(1)]),
        Ballot::Levels(vec![Some(4), Some(2), None]),
        Ballot::Abstain,
    ];
    let results = tally(&spec, &ballots);
    let json = serde_json::to_string(&results).expect("serialise");
    let back: Results = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, results);
    let points = VoteSpec::new(
        "Share 10 points",
        ["A", "B"],
        BallotKind::Points { budget: 10 },
        Eligibility::Everyone,
    )
    .expect("spec");
    let results = tally(&points, &[Ballot::Points(vec![3, 7])]);
    let back: Results =
        serde_json::from_value(serde_json::to_value(&results).expect("value")).expect("back");
    assert_eq!(back, results);
}

proptest! {
    #[test]
    fn parse_never_panics_and_accepts_only_normalised_codes(text in "\\PC{0,30}") {
        if let Some(code) = VotingCode::parse(&text) {
            prop_assert_eq!(code.as_str().len(), CODE_LENGTH);
            prop_assert!(code.as_str().bytes().all(|b| CODE_ALPHABET.contains(&b)));
        }
    }

    #[test]
    fn codes_round_trip_through_their_printed_forms(bytes in any::<[u8; 8]>()) {
        let code = VotingCode::from_random(bytes);
        prop_assert_eq!(VotingCode::parse(&code.grouped()), Some(code.clone()));
        prop_assert_eq!(VotingCode::parse(&code.grouped().to_lowercase()), Some(code.clone()));
        prop_assert_eq!(VotingCode::parse(code.as_str()), Some(code.clone()));
        prop_assert_eq!(code.grouped().len(), CODE_LENGTH + 1);
    }

    #[test]
    fn participant_input_never_panics(
        key in "\\PC{0,80}",
        name in "\\PC{0,20}",
        group in "[a-z_]{0,14}",
        languages in "[a-zA-Z;, ]{0,12}",
        attribute in ("\\PC{0,8}", "\\PC{0,8}"),
    ) {
        let result = ParticipantInput::new(&key, &name, &group, &languages, "", vec![attribute]);
        if let Err(problems) = result {
            prop_assert!(!problems.is_empty());
        }
    }

    #[test]
    fn folding_is_idempotent(text in "\\PC{0,40}") {
        let once = search_fold(&text);
        prop_assert_eq!(search_fold(&once), once.clone());
    }
}
