//! Late arrivals: a previous seating is kept for those still present, absent people are
//! dropped and new people are added where they fit best.

use crate::common::{assert_laws, person, room, seated};
use klero_tables::{KeptSeat, Seating, Settings};

fn kept(room: &klero_tables::Room, seating: &Seating) -> Vec<KeptSeat> {
    let mut kept = Vec::new();
    for (r, round) in seating.rounds.iter().enumerate() {
        for (t, people) in round.iter().enumerate() {
            for &p in people {
                kept.push(KeptSeat {
                    id: room.people[p].id.clone(),
                    round: r as u32 + 1,
                    table: t as u32 + 1,
                    table_language: seating.table_languages[t].clone(),
                    facilitator: false,
                });
            }
        }
    }
    kept
}

#[test]
fn people_still_present_keep_their_seats() {
    let people: Vec<_> = (0..60)
        .map(|i| {
            let languages = ["nl", "fr", "nl;fr"][i % 3];
            person(&format!("p{i}"), languages, &[["w", "m"][i % 2]])
        })
        .collect();
    let first_room = room(people, &["gender"]);
    let settings = Settings::new(10, 3);
    let first = seated(&first_room, &settings);

    // Three leave, five arrive (speaking Dutch).
    let mut late = first_room.clone();
    late.people
        .retain(|p| !["p3", "p10", "p41"].contains(&p.id.as_str()));
    for i in 0..5 {
        late.people.push(person(&format!("late{i}"), "nl", &["w"]));
    }
    late.kept = kept(&first_room, &first);
    let second = seated(&late, &settings);
    assert_laws(&late, &settings, &second);
    assert_eq!(second.table_languages, first.table_languages);
    let mut dropped = second.report.dropped.clone();
    dropped.sort();
    assert_eq!(dropped, ["p10", "p3", "p41"]);
    assert_eq!(second.report.added, 5);
    for (r, round) in second.rounds.iter().enumerate() {
        for (t, people) in round.iter().enumerate() {
            for &p in people {
                let id = &late.people[p].id;
                if let Some(before) = first_room.people.iter().position(|q| &q.id == id) {
                    assert!(
                        first.rounds[r][t].contains(&before),
                        "{id} moved in round {}",
                        r + 1
                    );
                } else {
                    assert!(late.people[p].languages.contains(&"nl".to_owned()));
                }
            }
        }
    }
    // Newcomers (Dutch speakers) fill the smallest Dutch tables: those stay within one of each
    // other, while French tables that lost someone stay smaller.
    for round in &second.rounds {
        let nl: Vec<usize> = round
            .iter()
            .zip(&second.table_languages)
            .filter(|(_, l)| *l == "nl")
            .map(|(people, _)| people.len())
            .collect();
        let (min, max) = (nl.iter().min().unwrap(), nl.iter().max().unwrap());
        assert!(max - min <= 1, "{nl:?}");
    }
}

#[test]
fn pins_hold_in_every_round() {
    let mut people: Vec<_> = (0..30)
        .map(|i| person(&format!("p{i}"), "nl;fr", &[]))
        .collect();
    people[4].pin = Some(3);
    people[7].pin = Some(3);
    people[9].languages = vec!["fr".to_owned()];
    people[9].pin = Some(1);
    let room = room(people, &[]);
    let settings = Settings::new(10, 3);
    let seating = seated(&room, &settings);
    assert_laws(&room, &settings, &seating);
    assert_eq!(seating.table_languages[0], "fr");
}

#[test]
fn late_arrivals_join_tables_where_they_meet_nobody_twice() {
    // 400 people at 40 tables over 4 rounds, then 10 late arrivals: each may sit at any of the
    // tables, which grow to 11 where the search finds it best (not the first ten in every
    // round, where they would meet some people twice).
    let values = |i: usize| [["w", "m"][i % 2], ["young", "middle", "old"][i % 3]];
    let people: Vec<_> = (0..400)
        .map(|i| person(&format!("p{i}"), "nl", &values(i)))
        .collect();
    let first_room = room(people, &["gender", "age"]);
    let settings = Settings::new(10, 4);
    let first = seated(&first_room, &settings);
    assert_eq!(first.report.repeated_pairs, 0);
    let mut late = first_room.clone();
    for i in 0..10 {
        late.people
            .push(person(&format!("late{i}"), "nl", &values(i + 1)));
    }
    late.kept = kept(&first_room, &first);
    let second = seated(&late, &settings);
    assert_laws(&late, &settings, &second);
    assert_eq!(second.report.added, 10);
    assert_eq!(second.report.repeated_pairs, 0);
    assert_eq!(second.report.smallest_table, 10);
    assert_eq!(second.report.largest_table, 11);
}
