//! Laws on random rooms: languages, everyone once per round, pins, sizes, no repeated pair and
//! balance within one of proportional where the room makes that easy.

use crate::common::{assert_laws, person, room, seated};
use klero_tables::{Person, SeatError, Settings, seat};
use proptest::prelude::*;

const LANGUAGES: [&str; 5] = ["nl", "fr", "nl;fr", "de;fr", "de"];

/// People with random languages (mostly Dutch and French) and two balance columns.
fn people(max: usize) -> impl Strategy<Value = Vec<Person>> {
    prop::collection::vec((0usize..LANGUAGES.len(), 0u8..2, 0u8..4), 4..max).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (l, g, a))| {
                person(
                    &format!("p{i}"),
                    LANGUAGES[l],
                    &[
                        ["w", "m"][usize::from(g)],
                        ["a", "b", "c", "d"][usize::from(a)],
                    ],
                )
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_seating_obeys_the_laws(
        people in people(90),
        size in 2u32..11,
        rounds in 1u32..4,
        pins in prop::collection::vec(0u32..4, 0..3),
        pairs in any::<bool>(),
        seed in "[a-z0-9 ]{0,6}",
    ) {
        let mut room = room(people, &["gender", "age"]);
        let tables = room.people.len().div_ceil(size as usize) as u32;
        for (i, pin) in pins.iter().enumerate() {
            room.people[i * 3].pin = Some(pin % tables + 1);
        }
        let mut settings = Settings::new(size, rounds);
        settings.seed = seed;
        if pairs {
            settings.bilingual = vec!["de+fr".to_owned(), "nl+fr".to_owned()];
        }
        match seat(&room, &settings) {
            Ok(seating) => {
                assert_laws(&room, &settings, &seating);
                // The same input and seed give the same seating.
                let again = seat(&room, &settings).unwrap();
                prop_assert_eq!(again.rounds, seating.rounds);
            }
            Err(SeatError::Infeasible(lines)) => prop_assert!(!lines.is_empty()),
            // Pinned people who share no language at one table.
            Err(SeatError::Invalid(issues)) => prop_assert!(!issues.is_empty() && !pins.is_empty()),
        }
    }

    #[test]
    fn one_shared_language_gives_sizes_within_one(
        people in people(120),
        size in 3u32..11,
        rounds in 1u32..3,
    ) {
        // Everyone also speaks English: sizes are as even as possible.
        let mut room = room(people, &["gender", "age"]);
        for p in &mut room.people {
            p.languages.push("en".to_owned());
        }
        let settings = Settings::new(size, rounds);
        let seating = seated(&room, &settings);
        assert_laws(&room, &settings, &seating);
        prop_assert!(seating.report.largest_table - seating.report.smallest_table <= 1);
        prop_assert_eq!(seating.table_languages.len(), room.people.len().div_ceil(size as usize));
    }

    #[test]
    fn no_repeated_pair_where_easy(seed in "[a-z]{0,4}", rounds in 2u32..4) {
        // 100 people at 10 tables: round 3 without a repeated pair is a Latin square.
        let people = (0..100).map(|i| person(&format!("p{i}"), "nl", &[])).collect();
        let room = room(people, &[]);
        let mut settings = Settings::new(10, rounds);
        settings.seed = seed;
        let seating = seated(&room, &settings);
        assert_laws(&room, &settings, &seating);
        prop_assert_eq!(seating.report.repeated_pairs, 0);
    }

    #[test]
    fn balance_within_one_and_no_repeated_pair_where_possible(
        people in prop::collection::vec((0u8..2, 0u8..4), 100),
        seed in "[a-z]{0,4}",
    ) {
        let people = people
            .into_iter()
            .enumerate()
            .map(|(i, (g, a))| {
                person(
                    &format!("p{i}"),
                    "nl",
                    &[["w", "m"][usize::from(g)], ["a", "b", "c", "d"][usize::from(a)]],
                )
            })
            .collect();
        let room = room(people, &["gender", "age"]);
        let mut settings = Settings::new(10, 2);
        settings.seed = seed;
        let seating = seated(&room, &settings);
        assert_laws(&room, &settings, &seating);
        prop_assert_eq!(seating.report.repeated_pairs, 0);
        for balance in &seating.report.balance {
            prop_assert_eq!(balance.tables_outside, 0, "{:?}", balance);
            prop_assert!(balance.max_deviation < 1.0);
        }
    }
}

#[test]
fn the_seed_changes_the_seating() {
    let people = (0..40)
        .map(|i| person(&format!("p{i}"), "nl", &[]))
        .collect();
    let room = room(people, &[]);
    let mut settings = Settings::new(8, 2);
    let a = seated(&room, &settings);
    settings.seed = "another".to_owned();
    let b = seated(&room, &settings);
    assert_ne!(a.rounds, b.rounds);
    // 8 people from 5 tables of the first round: at least 3 pairs meet again at each table.
    assert_eq!(a.report.repeated_pairs, 15);
    assert_eq!(b.report.repeated_pairs, 15);
}
