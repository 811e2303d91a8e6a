//! Bad input: every problem at once, each with where it is.

use crate::common::{person, room};
use klero_tables::{At, Facilitator, Field, SeatError, Settings, seat};

fn issues(room: &klero_tables::Room, settings: &Settings) -> Vec<(At, String)> {
    match seat(room, settings) {
        Err(SeatError::Invalid(issues)) => issues.into_iter().map(|i| (i.at, i.message)).collect(),
        other => panic!("expected bad input, got {other:?}"),
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut room = room(
        vec![
            person("a", "nl", &[]),
            person("a", "nl", &[]),
            person("c", " ", &[]),
            person("d", "nl", &[]),
            person("e", "fr", &[]),
            person("f", "nl", &[]),
        ],
        &[],
    );
    room.people[3].pin = Some(9);
    room.people[4].pin = Some(1);
    room.people[5].pin = Some(1);
    room.facilitators.push(Facilitator {
        id: "a".to_owned(),
        languages: vec!["nl".to_owned()],
    });
    let mut settings = Settings::new(1, 0);
    settings.bilingual = vec!["fr".to_owned()];
    let found = issues(&room, &settings);
    let at: Vec<At> = found.iter().map(|(at, _)| *at).collect();
    for expected in [
        At::Setting("--table-size"),
        At::Setting("--rounds"),
        At::Setting("--bilingual"),
        At::Person(1, Field::Id),
        At::Person(2, Field::Languages),
        At::Person(3, Field::Pin),
        At::Person(5, Field::Pin),
        At::Facilitator(0, Field::Id),
    ] {
        assert!(at.contains(&expected), "{expected:?} not in {found:?}");
    }
}

#[test]
fn kept_seats_must_be_in_a_language_the_person_speaks() {
    let mut room = room(vec![person("a", "nl", &[]), person("b", "nl", &[])], &[]);
    room.kept.push(klero_tables::KeptSeat {
        id: "a".to_owned(),
        round: 1,
        table: 1,
        table_language: "fr".to_owned(),
        facilitator: false,
    });
    room.kept.push(klero_tables::KeptSeat {
        id: "b".to_owned(),
        round: 1,
        table: 3,
        table_language: "nl".to_owned(),
        facilitator: false,
    });
    let mut settings = Settings::new(2, 1);
    settings.tables = Some(1);
    let found = issues(&room, &settings);
    assert!(
        found.contains(&(
            At::Kept(0, Field::TableLanguage),
            "`a` does not speak `fr`".to_owned()
        )),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(at, _)| *at == At::Kept(1, Field::Table)),
        "{found:?}"
    );
}
