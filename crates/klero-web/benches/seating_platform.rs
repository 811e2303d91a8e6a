//! Benchmark for seating a summit in the platform (issue 6): 1,000 people present seated at
//! 100 tables over 4 rounds, each table with a facilitator and the bilingual ones with a
//! translator, in under 2 s, through the organiser's real request.
//!
//! It builds a summit in a temporary SQLite file database (the demonstration, plus 1,000
//! participants checked in on panel 1 of `brussels-climate`: 45 % Dutch-speaking, 35 %
//! French-speaking, 20 % both; 700 drawn citizens and 75 of each other group; gender, age
//! group and commune as balance columns; 100 facilitators and 20 translators), starts the real
//! server (`klero_web::serve`, tokio with 2 workers) on a loopback port, and times the
//! organiser's `POST .../summit/seating` (tables of 10, 4 rounds, balance on group, gender, age
//! and commune, `fr+nl` tables allowed): reading the room, `klero-tables`, and storing 4,000
//! seats and the staff's tables in one transaction. Then 10 late arrivals are checked in and
//! seated keeping everyone's seat, timed the same way. The stored seating is checked: pairs
//! meeting twice, people at a table none of whose languages they speak, facilitators and
//! translators, and each table's deviation from its proportional share of every balance
//! column.
//!
//! Proportional is measured against the people seated in the table's language that round:
//! the language rule comes first, and in this room language goes with group and gender (the
//! French speakers are half drawn citizens, the Dutch speakers nearly all), so no French table
//! can mirror the whole room. The deviation from the whole room is printed too, with the part
//! the groups' own mix forces. The fresh seating must keep every table within one person;
//! after late arrivals the kept tables cannot change while the group's proportions shift, so
//! their deviation is printed, not required.
//!
//! ```sh
//! cargo bench -p klero-web --bench seating_platform
//! ```

use klero_domain::summit::participant::{ParticipantInput, VotingCode};
use klero_domain::summit::staffing::{StaffInput, covers};
use klero_store::{Actor, Attendance, Participant, StaffMember, Store, StoredSeating};
use klero_web::{AppState, Config};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

const PEOPLE: usize = 1_000;
const LATE: usize = 10;
const FACILITATORS: usize = 100;
const TRANSLATORS: usize = 20;
const TARGET_S: f64 = 2.0;
const BALANCE: [&str; 4] = ["group", "gender", "age", "commune"];

fn code(i: usize) -> VotingCode {
    VotingCode::from_random((i as u64 * 2_654_435_761 + 99).to_le_bytes())
}

fn person(i: usize) -> ParticipantInput {
    let languages = match i % 20 {
        0..=8 => "nl",
        9..=15 => "fr",
        _ => "nl;fr",
    };
    let group = match i % 40 {
        0..=27 => "drawn",
        28..=30 => "employer",
        31..=33 => "civil_servant",
        34..=36 => "politician",
        _ => "free_thinker",
    };
    ParticipantInput::new(
        &format!("p{i:04}"),
        &format!("Participant {i}"),
        group,
        languages,
        "",
        vec![
            ("gender".to_owned(), ["F", "M"][i % 2].to_owned()),
            (
                "age".to_owned(),
                ["16-35", "36-65", "66+"][i % 3].to_owned(),
            ),
            (
                "commune".to_owned(),
                ["Anderlecht", "Brussels", "Ixelles", "Schaerbeek", "Uccle"][(i / 7) % 5]
                    .to_owned(),
            ),
        ],
    )
    .expect("participant")
}

fn staff(role: &str, i: usize, languages: &str) -> StaffInput {
    let form = [
        ("role", role.to_owned()),
        ("name", format!("{role} {i}")),
        ("languages", languages.to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    StaffInput::parse(&form).expect("staff")
}

fn value_of(p: &Participant, column: &str) -> String {
    if column == "group" {
        return p.group.as_str().to_owned();
    }
    p.attributes
        .iter()
        .find(|(n, _)| n == column)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The checks of a stored seating.
struct Checks {
    /// Pairs meeting twice.
    repeated: usize,
    /// People at a table in no language of theirs.
    wrong_language: usize,
    /// Tables without a facilitator who speaks their language.
    unled: usize,
    /// Bilingual tables without a translator.
    untranslated: usize,
    /// The largest deviation, over every column, value, table and round, of a table's count
    /// from its proportional share of the people seated in its language that round.
    worst_group: f64,
    /// The same, from its proportional share of the whole room.
    worst_room: f64,
    /// The largest distance between a language group's mix and the room's, in people at a
    /// table of the group's mean size: the part of `worst_room` the language rule forces.
    worst_split: f64,
}

fn check(seating: &StoredSeating, people: &[Participant], staff: &[StaffMember]) -> Checks {
    let by_id: HashMap<&str, &Participant> = people.iter().map(|p| (p.id.as_str(), p)).collect();
    let seated: Vec<&Participant> = {
        let ids: HashSet<&str> = seating.seats.iter().map(|(_, _, id)| id.as_str()).collect();
        people
            .iter()
            .filter(|p| ids.contains(p.id.as_str()))
            .collect()
    };
    let mut tables: HashMap<(u32, u32), Vec<&Participant>> = HashMap::new();
    for (round, table, id) in &seating.seats {
        tables
            .entry((*round, *table))
            .or_default()
            .push(by_id[id.as_str()]);
    }
    let mut pairs: HashMap<(&str, &str), u32> = HashMap::new();
    let mut wrong_language = 0;
    for ((_, table), at) in &tables {
        let language = &seating.table_languages[*table as usize - 1];
        wrong_language += at
            .iter()
            .filter(|p| {
                !language
                    .split('+')
                    .any(|l| p.languages.iter().any(|x| x == l))
            })
            .count();
        for (i, a) in at.iter().enumerate() {
            for b in &at[i + 1..] {
                let key = if a.id < b.id {
                    (a.id.as_str(), b.id.as_str())
                } else {
                    (b.id.as_str(), a.id.as_str())
                };
                *pairs.entry(key).or_default() += 1;
            }
        }
    }
    let repeated = pairs.values().filter(|&&n| n > 1).count();
    // Each round's language groups: everyone at the tables of one language in that round.
    let mut groups: HashMap<(u32, &str), Vec<&Participant>> = HashMap::new();
    for ((round, table), at) in &tables {
        let language = seating.table_languages[*table as usize - 1].as_str();
        groups
            .entry((*round, language))
            .or_default()
            .extend(at.iter().copied());
    }
    let share = |among: &[&Participant], column: &str| -> HashMap<String, f64> {
        let mut share: HashMap<String, f64> = HashMap::new();
        for p in among {
            *share.entry(value_of(p, column)).or_default() += 1.0 / among.len() as f64;
        }
        share
    };
    let deviation = |at: &[&Participant], share: &HashMap<String, f64>, column: &str| -> f64 {
        share
            .iter()
            .map(|(value, fraction)| {
                let here = at.iter().filter(|p| &value_of(p, column) == value).count() as f64;
                (here - fraction * at.len() as f64).abs()
            })
            .fold(0.0, f64::max)
    };
    let (mut worst_room, mut worst_group, mut worst_split): (f64, f64, f64) = (0.0, 0.0, 0.0);
    for column in BALANCE {
        let room = share(&seated, column);
        let by_group: HashMap<(u32, &str), HashMap<String, f64>> = groups
            .iter()
            .map(|(key, among)| (*key, share(among, column)))
            .collect();
        for ((round, table), at) in &tables {
            let language = seating.table_languages[*table as usize - 1].as_str();
            worst_room = worst_room.max(deviation(at, &room, column));
            worst_group = worst_group.max(deviation(at, &by_group[&(*round, language)], column));
        }
        // What the language rule forces: how far a language group's own mix is from the
        // room's, scaled to a table of the group's mean size.
        for ((round, language), among) in &groups {
            let size = among.len() as f64
                / tables
                    .keys()
                    .filter(|(r, t)| {
                        r == round && seating.table_languages[*t as usize - 1] == *language
                    })
                    .count() as f64;
            for (value, fraction) in &by_group[&(*round, *language)] {
                let whole = room.get(value).copied().unwrap_or(0.0);
                worst_split = worst_split.max((fraction - whole).abs() * size);
            }
        }
    }
    let role = |m: &StaffMember, r: &str| m.role.as_str() == r;
    let mut unled = 0;
    let mut untranslated = 0;
    for (table, language) in (1u32..).zip(&seating.table_languages) {
        let leaders: Vec<_> = staff
            .iter()
            .filter(|m| role(m, "facilitator") && m.table == Some(table))
            .collect();
        if leaders.len() != 1 || !leaders.iter().all(|m| covers(&m.languages, language)) {
            unled += 1;
        }
        if language.contains('+')
            && !staff.iter().any(|m| {
                role(m, "translator") && m.table == Some(table) && covers(&m.languages, language)
            })
        {
            untranslated += 1;
        }
    }
    Checks {
        repeated,
        wrong_language,
        unled,
        untranslated,
        worst_group,
        worst_room,
        worst_split,
    }
}

fn main() {
    let dir = std::env::temp_dir().join(format!("klero-seating-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    let db: PathBuf = dir.join("bench.db");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs(),
    )
    .expect("clock");
    let setup = Instant::now();
    let (store, panel, listener, session, csrf) = runtime.block_on(async {
        let store = Store::connect(&format!("sqlite://{}", db.display()))
            .await
            .expect("store");
        klero_demo::load(&store, "bench password 1", now)
            .await
            .expect("demo");
        let assembly = store
            .assembly_by_slug(klero_demo::PERMANENT_SLUG)
            .await
            .expect("query")
            .expect("assembly");
        let panel = store
            .panel_by_number(&assembly.id, 1)
            .await
            .expect("query")
            .expect("panel 1");
        let who = Actor::System;
        let people: Vec<ParticipantInput> = (0..PEOPLE + LATE).map(person).collect();
        store
            .import_participants(&panel, &people, &who, now)
            .await
            .expect("import");
        for p in store.participants(&panel.id).await.expect("list") {
            let i: usize = p.key[1..].parse().expect("key");
            if i < PEOPLE {
                store
                    .check_in(&panel, &p.id, &code(i), &who, now)
                    .await
                    .expect("check-in");
            }
        }
        for i in 0..FACILITATORS {
            let languages = ["nl", "fr", "nl;fr", "fr;nl", "nl;fr"][i % 5];
            store
                .add_staff(&panel, &staff("facilitator", i, languages), None, &who, now)
                .await
                .expect("facilitator");
        }
        for i in 0..TRANSLATORS {
            store
                .add_staff(&panel, &staff("translator", i, "fr;nl"), None, &who, now)
                .await
                .expect("translator");
        }
        let email =
            klero_domain::input::Email::parse("organiser@demo.kleroterion.org").expect("address");
        let organiser = store
            .account_by_email(&email)
            .await
            .expect("query")
            .expect("the demo organiser");
        let (token, session) = store
            .create_session(&organiser, now, 86_400)
            .await
            .expect("session");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("listen");
        (store, panel, listener, token, session.csrf_token)
    });
    let address = listener.local_addr().expect("address");
    let config = Config {
        listen: address.to_string(),
        database_url: format!("sqlite://{}", db.display()),
        public_url: format!("http://{address}"),
        ..Config::default()
    };
    runtime.spawn(klero_web::serve(
        listener,
        AppState::new(store.clone(), config),
    ));
    println!(
        "seating_platform: SQLite file {}, {PEOPLE} people checked in, {FACILITATORS} facilitators and {TRANSLATORS} translators, built in {:.1} s; server on {address} (tokio, 2 workers)",
        db.display(),
        setup.elapsed().as_secs_f64()
    );
    let url = format!(
        "http://{address}/a/{}/p/1/summit/seating",
        klero_demo::PERMANENT_SLUG
    );
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(120)))
        .build()
        .into();
    let seat = |mode: &str| -> f64 {
        let mut body =
            format!("csrf={csrf}&table_size=10&rounds=4&bilingual=fr%2Bnl&seed=G1000&mode={mode}");
        for column in BALANCE {
            body.push_str(&format!("&balance={column}"));
        }
        let started = Instant::now();
        let reply = agent
            .post(&url)
            .header("Cookie", &format!("klero_session={session}"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .send(body.as_str())
            .expect("request");
        let took = started.elapsed().as_secs_f64();
        assert_eq!(reply.status(), 303, "the seating was refused");
        took
    };
    let report = |label: &str, took: f64, balanced: bool| -> bool {
        let (seating, people, staff) = runtime.block_on(async {
            (
                store
                    .seating(&panel.id)
                    .await
                    .expect("query")
                    .expect("seating"),
                store.participants(&panel.id).await.expect("people"),
                store.staff(&panel.id).await.expect("staff"),
            )
        });
        let present = people
            .iter()
            .filter(|p| matches!(p.attendance, Attendance::Present { .. }))
            .count();
        let c = check(&seating, &people, &staff);
        let bilingual = seating
            .table_languages
            .iter()
            .filter(|l| l.contains('+'))
            .count();
        println!(
            "{label}: {present} people, {} tables ({bilingual} bilingual), {} rounds, {} seats in {:.2} s",
            seating.table_languages.len(),
            seating.rounds,
            seating.seats.len(),
            took
        );
        println!(
            "  pairs meeting twice {}; people at a table in no language of theirs {}; tables without a facilitator of their language {}; bilingual tables without a translator {}",
            c.repeated, c.wrong_language, c.unled, c.untranslated
        );
        println!(
            "  largest deviation from proportional: {:.2} people from the table's language group, {:.2} from the whole room, of which the groups' own mix forces up to {:.2}",
            c.worst_group, c.worst_room, c.worst_split
        );
        let pass = took < TARGET_S
            && c.repeated == 0
            && c.wrong_language == 0
            && c.unled == 0
            && c.untranslated == 0
            && (!balanced || c.worst_group <= 1.0 + 1e-9);
        println!(
            "  {} (target: under {TARGET_S} s, no pair twice, languages met{})",
            if pass { "PASS" } else { "FAIL" },
            if balanced {
                ", every table within one person of proportional to the people seated in its language"
            } else {
                ""
            }
        );
        pass
    };
    let first = seat("fresh");
    let mut pass = report("fresh seating", first, true);
    runtime.block_on(async {
        for p in store.participants(&panel.id).await.expect("list") {
            let i: usize = p.key[1..].parse().expect("key");
            if i >= PEOPLE {
                store
                    .check_in(&panel, &p.id, &code(i), &Actor::System, now)
                    .await
                    .expect("late check-in");
            }
        }
    });
    let late = seat("keep");
    pass &= report(&format!("{LATE} late arrivals, everyone kept"), late, false);
    drop(runtime);
    let _ = std::fs::remove_dir_all(&dir);
    if !pass {
        std::process::exit(1);
    }
}
