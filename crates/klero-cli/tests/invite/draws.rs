//! Draws: the rows written, the table, seeds, row order, exclusions, shortfalls, factors.

use super::{HEADER, folder, ids, invite, register, rows};
use std::collections::HashSet;

#[test]
fn writes_the_drawn_rows_unchanged_and_the_table() {
    let (_tmp, dir) = folder(&register());
    let run = invite(&dir, "15", &["--seed", "7 23 41"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.is_empty(), "{}", run.all());
    let written = std::fs::read_to_string(dir.join("invited.csv")).unwrap();
    assert!(written.starts_with(&format!("{HEADER}\n")), "{written}");
    let text = register();
    let source: Vec<&str> = text.lines().skip(1).collect();
    let lines = rows(&dir, "invited.csv");
    assert_eq!(lines.len(), 15);
    // Each row as in the register, in the register's order.
    let positions: Vec<usize> = lines
        .iter()
        .map(|l| {
            source
                .iter()
                .position(|s| s == l)
                .unwrap_or_else(|| panic!("{l} changed"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    // Proportional: 10 of 80 in Uccle, 5 of 40 in Saint-Gilles, each named as first written.
    let table: Vec<&str> = run.stdout.lines().collect();
    assert!(
        table
            .iter()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["stratum", "population", "invitations", "share"]),
        "{}",
        run.stdout
    );
    assert!(
        table
            .iter()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["Saint-Gilles", "40", "5", "12.50%"]),
        "{}",
        run.stdout
    );
    assert!(
        table
            .iter()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["Uccle", "80", "10", "12.50%"]),
        "{}",
        run.stdout
    );
    assert!(
        table
            .iter()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["total", "120", "15", "12.50%"]),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("seed             7 23 41"),
        "{}",
        run.stdout
    );
    let digest = run
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("register sha256"))
        .unwrap()
        .trim();
    assert_eq!(digest.len(), 64);
    // At most one per household (street and postcode).
    let households: HashSet<(String, String)> = lines
        .iter()
        .map(|l| {
            let cells: Vec<&str> = l.rsplitn(4, ',').collect();
            (cells[2].to_owned(), cells[1].to_owned())
        })
        .collect();
    assert_eq!(households.len(), 15);
}

#[test]
fn the_same_seed_gives_the_same_file_whatever_the_row_order() {
    let (_tmp, dir) = folder(&register());
    assert_eq!(invite(&dir, "20", &["--seed", "42"]).code, 0);
    let first = std::fs::read(dir.join("invited.csv")).unwrap();
    assert_eq!(invite(&dir, "20", &["--seed", "42"]).code, 0);
    assert_eq!(std::fs::read(dir.join("invited.csv")).unwrap(), first);
    assert_eq!(invite(&dir, "20", &["--seed", "43"]).code, 0);
    assert_ne!(std::fs::read(dir.join("invited.csv")).unwrap(), first);
    // The register upside down: the same people.
    let text = register();
    let mut lines: Vec<&str> = text.lines().skip(1).collect();
    lines.reverse();
    std::fs::write(
        dir.join("register.csv"),
        format!("{HEADER}\n{}\n", lines.join("\n")),
    )
    .unwrap();
    assert_eq!(invite(&dir, "20", &["--seed", "42"]).code, 0);
    let first: Vec<String> = String::from_utf8(first)
        .unwrap()
        .lines()
        .skip(1)
        .map(str::to_owned)
        .collect();
    assert_eq!(ids(&rows(&dir, "invited.csv")), ids(&first));
}

#[test]
fn without_a_seed_one_is_drawn_printed_and_reproduces_the_draw() {
    let (_tmp, dir) = folder(&register());
    let run = invite(&dir, "10", &[]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("Record it"), "{}", run.all());
    let seed = run
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("seed"))
        .unwrap()
        .trim()
        .to_owned();
    assert_eq!(seed.len(), 32);
    let first = std::fs::read(dir.join("invited.csv")).unwrap();
    assert_eq!(invite(&dir, "10", &["--seed", &seed]).code, 0);
    assert_eq!(std::fs::read(dir.join("invited.csv")).unwrap(), first);
}

#[test]
fn excluded_people_are_never_invited() {
    let (_tmp, dir) = folder(&register());
    let excluded: Vec<String> = (0..60)
        .map(|i| format!("u{i}"))
        .chain(["x99".to_owned()])
        .collect();
    let lines: String = excluded.iter().map(|id| format!("{id},served\n")).collect();
    std::fs::write(dir.join("served.csv"), format!("nr,reason\n{lines}")).unwrap();
    let run = invite(
        &dir,
        "12",
        &[
            "--exclude",
            "served.csv",
            "--exclude-column",
            "NR",
            "--seed",
            "1",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let invited = ids(&rows(&dir, "invited.csv"));
    assert_eq!(invited.len(), 12);
    assert!(
        invited.iter().all(|id| !excluded.contains(id)),
        "{invited:?}"
    );
    // Eligible: 20 in Uccle, 40 in Saint-Gilles: 4 and 8 invitations.
    let words = |l: &str| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    let table: Vec<Vec<String>> = run.stdout.lines().map(words).collect();
    assert!(
        table.contains(&words(
            "stratum population excluded eligible invitations share"
        )),
        "{}",
        run.stdout
    );
    assert!(
        table.contains(&words("Uccle 80 60 20 4 5.00%")),
        "{}",
        run.stdout
    );
    assert!(
        table.contains(&words("Saint-Gilles 40 0 40 8 20.00%")),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("1 id of the exclude file is not in the register"),
        "{}",
        run.all()
    );
}

#[test]
fn a_stratum_short_of_households_is_reported_not_refused() {
    let (_tmp, dir) = folder(&register());
    // Saint-Gilles: 10 households for 15 invitations; Uccle 30 of its 40.
    let run = invite(&dir, "45", &["--seed", "1"]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains("shortfall: 5 of the 45 invitations"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr
            .contains("warning: `Saint-Gilles` has 10 households for its 15 invitations"),
        "{}",
        run.all()
    );
    assert_eq!(rows(&dir, "invited.csv").len(), 40);
}

#[test]
fn over_sampling_shows_the_factors() {
    let (_tmp, dir) = folder(&register());
    let run = invite(
        &dir,
        "10",
        &["--oversample", "saint-gilles=2", "--seed", "1"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    let words = |l: &str| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    let table: Vec<Vec<String>> = run.stdout.lines().map(words).collect();
    assert!(
        table.contains(&words("Saint-Gilles 40 2.00 5 12.50%")),
        "{}",
        run.stdout
    );
    assert!(
        table.contains(&words("Uccle 80 1.00 5 6.25%")),
        "{}",
        run.stdout
    );
}
