//! The language split: how many tables each language gets and who sits in which group.

use crate::common::{assert_laws, infeasible, person, room, seated};
use klero_tables::{Facilitator, Settings};

fn people(spec: &[(&str, usize)]) -> Vec<klero_tables::Person> {
    let mut out = Vec::new();
    for &(languages, count) in spec {
        for _ in 0..count {
            out.push(person(&format!("p{}", out.len()), languages, &[]));
        }
    }
    out
}

#[test]
fn flexible_people_fill_the_language_that_needs_them() {
    // 35 Dutch, 27 French and 38 bilingual: 10 tables of exactly 10.
    let room = room(people(&[("nl", 35), ("fr", 27), ("nl;fr", 38)]), &[]);
    let settings = Settings::new(10, 1);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(seating.report.smallest_table, 10);
    assert_eq!(seating.report.largest_table, 10);
    // Tables numbered in the order of the languages; the shares are as even as the room allows.
    let fr = seating
        .table_languages
        .iter()
        .filter(|l| *l == "fr")
        .count();
    assert!((3..=6).contains(&fr), "{:?}", seating.table_languages);
    assert_eq!(seating.table_languages[0], "fr");
}

#[test]
fn people_who_speak_another_language_too_need_no_table_of_their_own() {
    let room = room(people(&[("nl", 44), ("de;nl", 6), ("fr", 30)]), &[]);
    let seating = seated(&room, &Settings::new(10, 2));
    assert!(!seating.table_languages.iter().any(|l| l == "de"));
    assert_eq!(
        seating.report.largest_table - seating.report.smallest_table,
        0
    );
}

#[test]
fn monolingual_minorities_get_a_smaller_table_when_they_must() {
    // 3 who speak only German: their table has 3; the others are as even as they can be.
    let room = room(people(&[("de", 3), ("nl", 57)]), &[]);
    let settings = Settings::new(10, 1);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(
        seating.table_languages,
        ["de", "nl", "nl", "nl", "nl", "nl"]
    );
    assert_eq!(seating.rounds[0][0].len(), 3);
    assert_eq!(seating.report.largest_table, 12);
    assert_eq!(seating.report.smallest_table, 3);
}

#[test]
fn a_language_too_small_for_a_table_is_infeasible_and_explained() {
    let room = room(people(&[("de", 3), ("nl", 57)]), &[]);
    let mut settings = Settings::new(10, 1);
    settings.min_table_size = 5;
    let lines = infeasible(&room, &settings);
    assert!(
        lines[0].contains("3 people can sit only at a table in `de`"),
        "{lines:?}"
    );
    assert!(lines[0].contains("--min-table-size"), "{lines:?}");
}

#[test]
fn translated_tables_seat_a_minority_with_the_other_language() {
    let room = room(people(&[("fr", 5), ("nl", 15)]), &[]);
    let mut settings = Settings::new(10, 2);
    settings.min_table_size = 8;
    infeasible(&room, &settings);
    settings.bilingual = vec!["fr+nl".to_owned()];
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(seating.table_languages, ["nl", "fr+nl"]);
    // Only where needed: with enough French speakers there is no translated table.
    let room = crate::common::room(people(&[("fr", 10), ("nl", 10)]), &[]);
    let seating = seated(&room, &settings);
    assert_eq!(seating.table_languages, ["fr", "nl"]);
}

#[test]
fn the_number_of_tables_can_be_forced() {
    let room = room(people(&[("nl", 40)]), &[]);
    let mut settings = Settings::new(10, 1);
    settings.tables = Some(5);
    let seating = seated(&room, &settings);
    assert_eq!(seating.table_languages.len(), 5);
    assert_eq!(seating.report.smallest_table, 8);
}

#[test]
fn facilitators_lead_tables_in_their_language_or_the_room_is_infeasible() {
    let mut room = room(people(&[("nl", 20), ("fr", 10)]), &[]);
    room.facilitators = ["nl", "fr", "fr;nl", "de"]
        .iter()
        .enumerate()
        .map(|(i, l)| Facilitator {
            id: format!("f{i}"),
            languages: l.split(';').map(str::to_owned).collect(),
        })
        .collect();
    let settings = Settings::new(10, 2);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(seating.facilitators.iter().flatten().count(), 3);
    // Four tables, three facilitators who speak a table's language.
    room.people
        .extend(people(&[("nl", 10)]).into_iter().map(|mut p| {
            p.id = format!("x{}", p.id);
            p
        }));
    let lines = infeasible(&room, &settings);
    assert!(lines.iter().any(|l| l.contains("facilitator")), "{lines:?}");
}

#[test]
fn people_who_speak_both_languages_even_out_the_groups_mix() {
    // Dutch speakers mostly women, French speakers mostly men, the bilingual half and half:
    // in every round the bilingual men go to the Dutch tables and the women to the French
    // ones, so that each language's tables hold 30 women and 30 men, as the room does, and
    // every table of five has two or three women.
    let mut people = Vec::new();
    for (languages, women, men) in [("nl", 30, 10), ("fr", 10, 30), ("nl;fr", 20, 20)] {
        for i in 0..women + men {
            let gender = if i < women { "w" } else { "m" };
            people.push(person(&format!("p{}", people.len()), languages, &[gender]));
        }
    }
    let room = room(people, &["gender"]);
    let settings = Settings::new(5, 3);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    for (r, round) in seating.rounds.iter().enumerate() {
        for language in ["nl", "fr"] {
            let mut women_in_group = 0;
            for (t, at) in round.iter().enumerate() {
                if seating.table_languages[t] != language {
                    continue;
                }
                let women = at
                    .iter()
                    .filter(|&&p| room.people[p].values[0] == "w")
                    .count();
                assert!(
                    at.len() == 5 && (2..=3).contains(&women),
                    "round {} table {t}: {women} women of {}",
                    r + 1,
                    at.len()
                );
                women_in_group += women;
            }
            assert_eq!(women_in_group, 30, "round {}, {language}", r + 1);
        }
    }
    assert_eq!(seating.report.repeated_pairs, 0);
    assert!(seating.report.balance[0].max_deviation <= 1.0);
}
