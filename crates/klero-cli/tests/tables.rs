//! `klero tables`: seating files written in a temporary folder, bad input, infeasible rooms and
//! late arrivals.

use crate::common::{Run, klero};
use std::path::{Path, PathBuf};

/// 60 people: Dutch, French or both, with names (never written) and two balance columns.
fn people_csv() -> String {
    let mut text = String::from("id,name,language,gender,age,table\n");
    for i in 0..60 {
        let language = ["nl", "fr", "\"nl;fr\""][i % 3];
        let gender = ["woman", "man"][i % 2];
        let age = ["young", "middle", "old"][(i / 2) % 3];
        let pin = if i == 7 { "2" } else { "" };
        text.push_str(&format!(
            "p{i:02},Name{i}Secret,{language},{gender},{age},{pin}\n"
        ));
    }
    text
}

fn folder(people: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_owned();
    std::fs::write(dir.join("people.csv"), people).unwrap();
    (tmp, dir)
}

fn tables(dir: &Path, out: &str, more: &[&str]) -> Run {
    let mut args = vec![
        "tables",
        "--people",
        "people.csv",
        "--table-size",
        "10",
        "--rounds",
        "3",
        "--balance",
        "gender,age",
        "--pin-column",
        "table",
        "--seed",
        "12 7 3",
        "--out",
        out,
    ];
    args.extend(more);
    klero(dir, &args)
}

fn seating(dir: &Path, out: &str) -> String {
    std::fs::read_to_string(dir.join(out).join("seating.csv")).unwrap()
}

#[test]
fn writes_the_seating_with_the_exact_header_and_the_same_bytes_for_the_same_seed() {
    let (_tmp, dir) = folder(&people_csv());
    let first = tables(&dir, "a", &[]);
    assert_eq!(first.code, 0, "{}", first.all());
    let text = seating(&dir, "a");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("round,table,table_language,id,role"));
    assert_eq!(lines.count(), 180);
    assert!(!text.contains("Secret"));
    // Pinned to table 2 in every round.
    for round in 1..=3 {
        assert!(text.contains(&format!("{round},2,")), "{text}");
        assert!(
            text.lines()
                .any(|l| l.starts_with(&format!("{round},2,")) && l.contains(",p07,"))
        );
    }
    for words in [
        "seed: \"12 7 3\"",
        "people: 60",
        "tables: 6 (",
        "rounds: 3",
        "repeated pairs: ",
        "gender: ",
        "time: ",
    ] {
        assert!(first.stdout.contains(words), "{words}: {}", first.all());
    }
    let again = tables(&dir, "b", &[]);
    assert_eq!(again.code, 0, "{}", again.all());
    assert_eq!(seating(&dir, "b"), text);
}

#[test]
fn bad_input_lists_every_problem_with_its_line() {
    let mut text = people_csv();
    text = text.replacen("p03,Name3Secret,nl,", "p02,Name3Secret,nl,", 1);
    text = text.replacen("p04,Name4Secret,fr,", "p04,Name4Secret,,", 1);
    text = text.replacen(
        "p10,Name10Secret,fr,woman,old,",
        "p10,Name10Secret,fr,woman,old,99",
        1,
    );
    let (_tmp, dir) = folder(&text);
    let run = tables(&dir, "out", &[]);
    assert_eq!(run.code, 2, "{}", run.all());
    for words in [
        "people.csv:5: column `id`: id `p02` is already used on line 4",
        "people.csv:6: column `language`: no language",
    ] {
        assert!(run.stderr.contains(words), "{words}: {}", run.all());
    }
    assert!(!run.stderr.contains("Secret"), "{}", run.all());
    // A pin to a table that does not exist, a missing column and a table size below 2.
    let text = people_csv().replacen(
        "p10,Name10Secret,fr,woman,old,",
        "p10,Name10Secret,fr,woman,old,99",
        1,
    );
    std::fs::write(dir.join("people.csv"), text).unwrap();
    let run = tables(&dir, "out", &[]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr
            .contains("people.csv:12: column `table`: table 99 does not exist"),
        "{}",
        run.all()
    );
    let run = tables(&dir, "out", &["--balance", "region"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr
            .contains("people.csv:1: no column `region` (--balance)"),
        "{}",
        run.all()
    );
    std::fs::write(dir.join("people.csv"), people_csv()).unwrap();
    let run = klero(
        &dir,
        &[
            "tables",
            "--people",
            "people.csv",
            "--table-size",
            "1",
            "--rounds",
            "0",
            "--out",
            "out",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr
            .contains("--table-size: a table needs at least 2 people"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains("--rounds: "), "{}", run.all());
    assert!(!dir.join("out").exists());
}

#[test]
fn a_language_too_small_for_a_table_is_infeasible() {
    let mut text = people_csv();
    for i in 0..3 {
        text.push_str(&format!("de{i},Name,de,woman,old,\n"));
    }
    let (_tmp, dir) = folder(&text);
    let run = tables(&dir, "out", &["--min-table-size", "5"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stderr
            .contains("3 people can sit only at a table in `de`"),
        "{}",
        run.all()
    );
    // With a translator at a German and French table, they can.
    let run = tables(
        &dir,
        "out",
        &["--min-table-size", "5", "--bilingual", "de+fr"],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(seating(&dir, "out").contains(",de+fr,de0,"));
}

#[test]
fn late_arrivals_join_without_moving_anyone() {
    let (_tmp, dir) = folder(&people_csv());
    assert_eq!(tables(&dir, "first", &[]).code, 0);
    let before = seating(&dir, "first");
    let mut text = people_csv().replacen("p05,Name5Secret,", "gone,Name5Secret,", 1);
    text.push_str("late,Late,nl,woman,young,\n");
    std::fs::write(dir.join("people.csv"), text).unwrap();
    let keep = dir.join("first").join("seating.csv");
    let run = tables(&dir, "second", &["--keep", keep.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout
            .contains("kept: 2 newcomers added, 1 absent dropped (p05)"),
        "{}",
        run.all()
    );
    let after = seating(&dir, "second");
    for line in before.lines().skip(1) {
        if !line.contains(",p05,") {
            assert!(after.contains(line), "{line} moved");
        }
    }
    // An id kept twice in a round is bad input, located in the kept file.
    std::fs::write(
        dir.join("kept.csv"),
        "round,table,table_language,id\n1,1,fr,p01\n1,2,fr,p01\n",
    )
    .unwrap();
    let run = tables(&dir, "third", &["--keep", "kept.csv"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains("kept.csv:3: column `id`"),
        "{}",
        run.all()
    );
}

#[test]
fn facilitators_sit_at_a_table_in_their_language_or_the_room_is_infeasible() {
    let (_tmp, dir) = folder(&people_csv());
    let mut facilitators = String::from("id;language\n");
    for i in 0..6 {
        facilitators.push_str(&format!("f{i};nl,fr\n"));
    }
    std::fs::write(dir.join("facilitators.csv"), &facilitators).unwrap();
    let run = tables(&dir, "out", &["--facilitators", "facilitators.csv"]);
    assert_eq!(run.code, 0, "{}", run.all());
    let text = seating(&dir, "out");
    assert_eq!(
        text.lines().filter(|l| l.ends_with(",facilitator")).count(),
        18
    );
    std::fs::write(dir.join("facilitators.csv"), "id,language\nf1,nl\nf2,de\n").unwrap();
    let run = tables(&dir, "out2", &["--facilitators", "facilitators.csv"]);
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stderr.contains("facilitator"), "{}", run.all());
}

/// Regression (issue 25, finding 6): ids that look like formulas are written with an apostrophe
/// in front in `seating.csv`, and `--keep` reads them back as the same people.
#[test]
fn formula_ids_are_neutralised_and_kept() {
    let formulas = ["=HYPERLINK(\"\"http://x\"\")", "+1", "-1+2", "@SUM(A1)"];
    let text = people_csv()
        .lines()
        .enumerate()
        .map(|(i, line)| match (i, line.strip_prefix('p')) {
            (1..=4, Some(rest)) => format!("\"{}{rest}", formulas[i - 1]).replacen(',', "\",", 1),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let (_tmp, dir) = folder(&format!("{text}\n"));
    let run = tables(&dir, "first", &[]);
    assert_eq!(run.code, 0, "{}", run.all());
    let written = seating(&dir, "first");
    for line in written.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "`{cell}` would run as a formula in {line}"
            );
        }
    }
    assert!(written.contains(",'+101,"), "{written}");
    assert!(written.contains(",'-1+202,"), "{written}");
    assert!(written.contains("'=HYPERLINK"), "{written}");
    let keep = dir.join("first").join("seating.csv");
    let run = tables(&dir, "second", &["--keep", keep.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains("0 newcomers added, 0 absent dropped"),
        "{}",
        run.all()
    );
    let after = seating(&dir, "second");
    for line in written.lines() {
        assert!(after.contains(line), "{line} moved");
    }
}
