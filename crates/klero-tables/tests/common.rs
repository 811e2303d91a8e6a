//! Helpers: rooms, and the laws every seating must obey.

use klero_tables::{Person, Room, SeatError, Seating, Settings, seat};

/// A person with languages (`"nl;fr"`) and balance values.
pub fn person(id: &str, languages: &str, values: &[&str]) -> Person {
    Person {
        id: id.to_owned(),
        languages: languages.split(';').map(str::to_owned).collect(),
        values: values.iter().map(|v| (*v).to_owned()).collect(),
        pin: None,
    }
}

/// A room of `people` with balance columns `balance`.
pub fn room(people: Vec<Person>, balance: &[&str]) -> Room {
    Room {
        people,
        balance: balance.iter().map(|b| (*b).to_owned()).collect(),
        ..Room::default()
    }
}

/// Seats a room that must be seated.
pub fn seated(room: &Room, settings: &Settings) -> Seating {
    match seat(room, settings) {
        Ok(seating) => seating,
        Err(e) => panic!("not seated: {e:?}"),
    }
}

/// The languages of a table label (`fr+nl` gives both).
fn table_languages(label: &str) -> Vec<String> {
    label.split('+').map(str::to_owned).collect()
}

/// Every law of a seating: everyone once per round, at a table whose language they speak,
/// pins held, at least `min_table_size` per table, facilitators speaking the table's language
/// and the report agreeing with the seating.
pub fn assert_laws(room: &Room, settings: &Settings, seating: &Seating) {
    let n = room.people.len();
    assert_eq!(seating.rounds.len(), settings.rounds as usize);
    assert_eq!(seating.report.language_violations, 0);
    for round in &seating.rounds {
        assert_eq!(round.len(), seating.table_languages.len());
        let mut seen = vec![0; n];
        for (table, people) in round.iter().enumerate() {
            assert!(
                people.len() >= settings.min_table_size as usize,
                "table {} has {}",
                table + 1,
                people.len()
            );
            let languages = table_languages(&seating.table_languages[table]);
            for &p in people {
                seen[p] += 1;
                let person = &room.people[p];
                assert!(
                    person
                        .languages
                        .iter()
                        .any(|l| languages.contains(&l.trim().to_lowercase())),
                    "{} at a {} table",
                    person.id,
                    seating.table_languages[table]
                );
                if let Some(pin) = person.pin {
                    assert_eq!(pin as usize, table + 1, "{} pinned", person.id);
                }
            }
        }
        assert!(seen.iter().all(|&s| s == 1), "everyone once: {seen:?}");
    }
    for (table, facilitator) in seating.facilitators.iter().enumerate() {
        if let Some(&f) = facilitator.as_ref() {
            let languages = table_languages(&seating.table_languages[table]);
            assert!(
                room.facilitators[f]
                    .languages
                    .iter()
                    .any(|l| languages.contains(l))
            );
        }
    }
}

/// The explanation of an infeasible room.
pub fn infeasible(room: &Room, settings: &Settings) -> Vec<String> {
    match seat(room, settings) {
        Err(SeatError::Infeasible(reasons)) => reasons.iter().map(ToString::to_string).collect(),
        other => panic!("expected infeasible, got {other:?}"),
    }
}
