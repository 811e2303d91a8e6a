//! Translated tables wanted (`Settings::translated_tables`): as many as the rules allow, checked
//! against known rooms and against a brute force over every table language and every seat.

use crate::common::{assert_laws, person, room, seated};
use klero_tables::{Facilitator, Person, SeatError, Settings, seat};
use proptest::prelude::*;

fn people(spec: &[(&str, usize)]) -> Vec<Person> {
    let mut out = Vec::new();
    for &(languages, count) in spec {
        for _ in 0..count {
            out.push(person(&format!("p{}", out.len()), languages, &[]));
        }
    }
    out
}

fn translated(labels: &[String]) -> usize {
    labels.iter().filter(|l| l.contains('+')).count()
}

fn wanting(settings: &mut Settings, tables: u32) {
    settings.bilingual = vec!["fr+nl".to_owned()];
    settings.translated_tables = vec![("fr+nl".to_owned(), tables)];
}

/// The G1000 demo's regression: `fr+nl` asked for, three translators, and no translated table
/// made because single-language tables were always preferred.
#[test]
fn translated_tables_wanted_are_made_when_single_language_tables_would_do() {
    let room = room(people(&[("nl", 60), ("fr", 60), ("fr;nl", 30)]), &[]);
    let mut settings = Settings::new(10, 2);
    settings.bilingual = vec!["fr+nl".to_owned()];
    assert_eq!(translated(&seated(&room, &settings).table_languages), 0);
    wanting(&mut settings, 3);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(translated(&seating.table_languages), 3);
    assert_eq!(seating.table_languages.len(), 15);
    // Sizes stay even: a translated table takes speakers of either language.
    assert_eq!(seating.report.smallest_table, 10);
    assert_eq!(seating.report.largest_table, 10);
}

#[test]
fn no_more_translated_tables_than_tables() {
    let room = room(people(&[("nl", 10), ("fr", 10)]), &[]);
    let mut settings = Settings::new(10, 1);
    wanting(&mut settings, 5);
    let seating = seated(&room, &settings);
    assert_eq!(seating.table_languages, ["fr+nl", "fr+nl"]);
}

#[test]
fn other_languages_keep_their_tables() {
    // Three who speak only German need a German table of their own.
    let room = room(people(&[("de", 3), ("nl", 9), ("fr", 8)]), &[]);
    let mut settings = Settings::new(7, 1);
    settings.min_table_size = 3;
    wanting(&mut settings, 3);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(seating.table_languages, ["de", "fr+nl", "fr+nl"]);
}

#[test]
fn facilitators_still_bind_translated_tables() {
    // Two facilitators who speak only German for two of three tables: one table can be fr+nl.
    let mut room = room(people(&[("de;fr", 8), ("nl", 6), ("fr", 4)]), &[]);
    room.facilitators = ["de", "de", "nl"]
        .iter()
        .enumerate()
        .map(|(i, l)| Facilitator {
            id: format!("f{i}"),
            languages: vec![(*l).to_owned()],
        })
        .collect();
    let mut settings = Settings::new(6, 1);
    wanting(&mut settings, 3);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(translated(&seating.table_languages), 1);
}

#[test]
fn a_wanted_pair_that_is_not_two_languages_is_named() {
    let room = room(people(&[("nl", 4)]), &[]);
    let mut settings = Settings::new(4, 1);
    settings.translated_tables = vec![("fr".to_owned(), 1)];
    match seat(&room, &settings) {
        Err(SeatError::Invalid(issues)) => {
            assert!(
                issues[0]
                    .message
                    .contains("`fr` is not two different languages")
            );
        }
        other => panic!("expected invalid, got {other:?}"),
    }
}

/// The most `fr+nl` tables any seating of `people` at `tables` tables of at least `min` can
/// have, by brute force over every table language and every seat; `None` when none is valid.
fn most_translated(people: &[&str], tables: usize, min: usize) -> Option<usize> {
    let mut types: Vec<Vec<&str>> = ["de", "fr", "nl"]
        .iter()
        .filter(|l| people.iter().any(|p| p.split(';').any(|x| x == **l)))
        .map(|l| vec![*l])
        .collect();
    types.push(vec!["fr", "nl"]);
    let speaks = |p: &str, t: &[&str]| p.split(';').any(|l| t.contains(&l));
    let mut best: Option<usize> = None;
    let mut typing = vec![0usize; tables];
    loop {
        // Every assignment of people to tables for this typing.
        let mut seat = vec![0usize; people.len()];
        let feasible = loop {
            let ok = people
                .iter()
                .zip(&seat)
                .all(|(p, &t)| speaks(p, &types[typing[t]]))
                && (0..tables).all(|t| seat.iter().filter(|&&s| s == t).count() >= min);
            if ok {
                break true;
            }
            let Some(i) = seat.iter().position(|&s| s + 1 < tables) else {
                break false;
            };
            seat[i] += 1;
            seat[..i].iter_mut().for_each(|s| *s = 0);
        };
        if feasible {
            let pairs = typing.iter().filter(|&&t| types[t].len() == 2).count();
            best = Some(best.map_or(pairs, |b| b.max(pairs)));
        }
        let Some(i) = typing.iter().position(|&t| t + 1 < types.len()) else {
            break;
        };
        typing[i] += 1;
        typing[..i].iter_mut().for_each(|t| *t = 0);
    }
    best
}

const MIXES: [&str; 5] = ["nl", "fr", "fr;nl", "de", "de;fr"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// At least as many translated tables as wanted when some valid seating has them, else as
    /// many as any valid seating can have.
    #[test]
    fn translated_tables_match_brute_force(
        mixes in prop::collection::vec(0usize..MIXES.len(), 4..8),
        tables in 1u32..4,
        min in 1u32..3,
        wanted in 0u32..4,
    ) {
        let spoken: Vec<&str> = mixes.iter().map(|&m| MIXES[m]).collect();
        let room = room(
            spoken.iter().enumerate().map(|(i, l)| person(&format!("p{i}"), l, &[])).collect(),
            &[],
        );
        let mut settings = Settings::new(4, 1);
        settings.tables = Some(tables);
        settings.min_table_size = min;
        wanting(&mut settings, wanted);
        let expected = most_translated(&spoken, tables as usize, min as usize);
        match (seat(&room, &settings), expected) {
            (Ok(seating), Some(most)) => {
                assert_laws(&room, &settings, &seating);
                let made = translated(&seating.table_languages);
                if most >= wanted as usize {
                    prop_assert!(made >= wanted as usize, "{:?}", seating.table_languages);
                } else {
                    prop_assert_eq!(made, most, "{:?}", seating.table_languages);
                }
            }
            (Err(SeatError::Infeasible(_)), None) => {}
            (result, expected) => prop_assert!(false, "{result:?} but brute force {expected:?}"),
        }
    }
}
