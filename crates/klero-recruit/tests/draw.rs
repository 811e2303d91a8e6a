//! The whole lottery over an in-memory register: figures, exclusions, households, shortfalls,
//! row order, and every problem at once.

use crate::common::register;
use klero_recruit::{DrawError, Issue, MemoryTable, Place, Settings, draw};
use std::collections::HashSet;

fn settings(count: u32) -> Settings {
    Settings {
        count,
        stratify_by: "commune".into(),
        household_columns: vec!["street".into()],
        seed: "1 2 3".into(),
        ..Settings::default()
    }
}

/// 60 people in Uccle (households of 2) and 40 in Evere (households of 4).
fn brussels() -> String {
    let mut rows = Vec::new();
    for i in 0..60 {
        rows.push((format!("u{i}"), "Uccle", format!("Rue {}", i / 2)));
    }
    for i in 0..40 {
        rows.push((format!("e{i}"), " EVERE", format!("Avenue {}", i / 4)));
    }
    let rows: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|(id, c, s)| (id.as_str(), *c, s.as_str()))
        .collect();
    register(&rows)
}

fn issues(text: &str, excluded: &[&str], settings: &Settings) -> Vec<Issue> {
    let excluded: HashSet<String> = excluded.iter().map(|s| (*s).to_owned()).collect();
    match draw(&mut MemoryTable::from_text(text), &excluded, settings) {
        Err(DrawError::Invalid(issues)) => issues,
        other => panic!("expected problems, got {other:?}"),
    }
}

fn messages(issues: &[Issue]) -> Vec<String> {
    issues
        .iter()
        .map(|i| format!("{:?}: {}", i.place, i.message))
        .collect()
}

#[test]
fn proportional_with_households_and_figures() {
    let mut table = MemoryTable::from_text(&brussels());
    let drawn = draw(&mut table, &HashSet::new(), &settings(10)).unwrap();
    let s = &drawn.summary;
    let figures: Vec<(&str, u64, u32)> = s
        .strata
        .iter()
        .map(|t| (t.name.as_str(), t.population, t.invitations))
        .collect();
    assert_eq!(figures, vec![("EVERE", 40, 4), ("Uccle", 60, 6)]);
    assert_eq!(
        (s.population(), s.invitations(), s.shortfall()),
        (100, 10, 0)
    );
    assert!((s.strata[0].share() - 10.0).abs() < 1e-9);
    // At most one per street.
    let streets: HashSet<&String> = drawn
        .invited
        .iter()
        .map(|&line| &table.rows[line as usize - 2][2])
        .collect();
    assert_eq!(streets.len(), 10);
}

#[test]
fn excluded_people_are_never_invited_nor_counted() {
    let excluded: Vec<String> = (0..40)
        .map(|i| format!("u{i}"))
        .chain(["nobody".into()])
        .collect();
    let excluded: HashSet<String> = excluded.into_iter().collect();
    let mut table = MemoryTable::from_text(&brussels());
    let drawn = draw(&mut table, &excluded, &settings(20)).unwrap();
    let s = &drawn.summary;
    // Eligible: 20 in Uccle (10 households), 40 in Evere (10 households): quotas 6.67, 13.33.
    let figures: Vec<(u64, u64, u32, u32)> = s
        .strata
        .iter()
        .map(|t| (t.excluded, t.eligible(), t.allocation, t.invitations))
        .collect();
    assert_eq!(figures, vec![(0, 40, 13, 10), (40, 20, 7, 7)]);
    assert_eq!(s.exclusions_not_found, 1);
    for &line in &drawn.invited {
        assert!(!excluded.contains(&table.rows[line as usize - 2][0]));
    }
    // Evere has 10 households for its 13 invitations: a shortfall, not an error.
    assert_eq!(
        (s.strata[0].shortfall(), s.shortfall(), s.invitations()),
        (3, 3, 17)
    );
}

#[test]
fn over_sampling_weights_a_stratum() {
    let mut settings = settings(10);
    settings.household_columns.clear();
    settings.oversample = vec!["evere=1.5".into()];
    let drawn = draw(
        &mut MemoryTable::from_text(&brussels()),
        &HashSet::new(),
        &settings,
    )
    .unwrap();
    // 40 * 1.5 = 60 against 60: half each.
    let got: Vec<(u32, f64)> = drawn
        .summary
        .strata
        .iter()
        .map(|t| (t.invitations, t.factor))
        .collect();
    assert_eq!(got, vec![(5, 1.5), (5, 1.0)]);
    assert!(drawn.summary.oversampled());
}

#[test]
fn the_same_register_in_another_order_gives_the_same_people() {
    let text = brussels();
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    let invited_ids = |lines: &[&str]| {
        let text = format!("{header}\n{}", lines.join("\n"));
        let mut table = MemoryTable::from_text(&text);
        let drawn = draw(&mut table, &HashSet::new(), &settings(10)).unwrap();
        let mut ids: Vec<String> = drawn
            .invited
            .iter()
            .map(|&l| table.rows[l as usize - 2][0].clone())
            .collect();
        ids.sort();
        (ids, drawn.summary)
    };
    let before = invited_ids(&lines);
    lines.reverse();
    lines.rotate_left(17);
    assert_eq!(invited_ids(&lines), before);
}

#[test]
fn every_problem_at_once() {
    let text = "nr,Commune,street\n1,Uccle,a\n2,,b\n1,Evere,c\n3,Evere\n,Evere,d\n2,Uccle,e\n";
    let mut settings = settings(0);
    settings.id_column = Some("nr".into());
    settings.household_columns = vec!["street".into(), "postcode".into()];
    settings.oversample = vec!["Uccle=0".into(), "Ixelles=2".into()];
    let found = messages(&issues(text, &[], &settings));
    let expected = [
        "Argument(\"--count\"): the count must be at least 1",
        "Argument(\"--oversample\"): `Uccle=0`: the factor must be a positive number",
        "Argument(\"--oversample\"): `Ixelles` is not a value of column `Commune`",
        "the household column `postcode` is not in the header",
        "line: Some(3), column: Some(\"Commune\") }: empty value",
        "line: Some(4), column: Some(\"nr\") }: id `1` is already used on line 2",
        "line: Some(5), column: None }: the row has 2 fields, the header has 3",
        "line: Some(6), column: Some(\"nr\") }: empty id",
        "line: Some(7), column: Some(\"nr\") }: id `2` is already used on line 3",
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (got, want) in found.iter().zip(expected) {
        assert!(got.contains(want), "{got}\n does not contain\n{want}");
    }
}

#[test]
fn more_invitations_than_households() {
    // u0 and u1 share a street: 29 + 10 households are left.
    let found = issues(&brussels(), &["u0", "u1"], &settings(40));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].place, Place::Argument("--count"));
    assert!(
        found[0].message.contains("only 39 eligible households"),
        "{found:?}"
    );
    let mut table = MemoryTable::from_text(&brussels());
    assert!(draw(&mut table, &HashSet::new(), &settings(40)).is_ok());
}

#[test]
fn an_empty_register_and_missing_columns() {
    let found = messages(&issues("id,commune,street\n", &[], &settings(1)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("no rows"), "{found:?}");
    let mut settings = settings(1);
    settings.stratify_by = "area".into();
    settings.id_column = Some("nr".into());
    let found = messages(&issues(&brussels(), &[], &settings));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("the id column `nr` is not in the header (found: `id`, `commune`"));
    assert!(found[1].contains("the --stratify-by column `area` is not in the header"));
}

#[test]
fn a_flood_of_problems_is_cut_short() {
    let mut text = String::from("id,commune,street\n");
    for i in 0..500 {
        text.push_str(&format!("{i},,x\n"));
    }
    let found = issues(&text, &[], &settings(1));
    assert_eq!(found.len(), 101);
    assert!(
        found[100].message.contains("400 more problems"),
        "{:?}",
        found[100]
    );
}
