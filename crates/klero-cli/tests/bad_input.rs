//! Bad input: exit code 2, every problem listed with its file and line, and never a panic.

use crate::common::{FEATURES, inputs, klero, people, with_input};

#[test]
fn every_problem_is_listed_with_its_line() {
    let (_tmp, dir) = inputs();
    let mut text = people();
    text = text.replacen(
        "p03,Name3Secret,person3@mail.example,1 Shared Road,male,old",
        "p03,Name3Secret,person3@mail.example,1 Shared Road,robot,old",
        1,
    );
    text = text.replacen(
        "p05,Name5Secret,person5@mail.example,5 Own Street,male,young",
        "p05,Name5Secret,person5@mail.example,5 Own Street,male,ancient",
        1,
    );
    std::fs::write(dir.join("people.csv"), text).unwrap();
    for command in ["select", "commit", "check"] {
        let mut args = with_input(command, &[]);
        if command == "select" {
            args.extend(["--seed", "1", "--out", "out"]);
        }
        if command == "commit" {
            args.extend(["--lottery", "lottery.json"]);
        }
        let run = klero(&dir, &args);
        assert_eq!(run.code, 2, "{command}: {}", run.all());
        assert!(run.stderr.contains("people.csv:5:"), "{}", run.all());
        assert!(run.stderr.contains("people.csv:7:"), "{}", run.all());
        assert!(!run.stderr.contains("Secret"), "{}", run.all());
    }
    assert!(!dir.join("out").exists());
    assert!(!dir.join("lottery.json").exists());
}

/// Binary junk given as the people file: one line says it is not text, and none of the junk is
/// echoed back (issue 24: about 4 KB of it was).
#[test]
fn a_binary_people_file_gets_one_line() {
    let (_tmp, dir) = inputs();
    let junk: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(dir.join("people.csv"), &junk).unwrap();
    let run = klero(&dir, &with_input("check", &[]));
    assert_eq!(run.code, 2, "{}", run.all());
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(
        run.stderr.contains("people.csv") && run.stderr.contains("not a text file"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr.len() < 400,
        "{} bytes: {}",
        run.stderr.len(),
        run.all()
    );
    assert!(lines.len() <= 2, "{}", run.all());
}

/// Maximums adding up to less than the panel (or minimums to more) are infeasible quotas: exit
/// code 1 with the diagnosis, as the README promises, not bad input.
#[test]
fn quotas_whose_sums_miss_the_panel_size_are_infeasible() {
    let (_tmp, dir) = inputs();
    let lowered: String = FEATURES
        .lines()
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            if cells.len() == 4 && cells[0] == "gender" {
                format!("{},{},{},1", cells[0], cells[1], cells[2].min("1"))
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    assert_ne!(lowered, FEATURES);
    std::fs::write(dir.join("features.csv"), lowered).unwrap();
    for command in ["check", "select"] {
        let mut args = with_input(command, &[]);
        if command == "select" {
            args.extend(["--seed", "1", "--out", "out"]);
        }
        let run = klero(&dir, &args);
        assert_eq!(run.code, 1, "{command}: {}", run.all());
        assert!(run.stdout.contains("gender"), "{command}: {}", run.all());
    }
}

#[test]
fn garbage_files_and_arguments_exit_with_2() {
    let (_tmp, dir) = inputs();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("features.csv", Vec::new()),
        ("features.csv", b"\xff\xfe\x00garbage\n,,,\n".to_vec()),
        ("people.csv", Vec::new()),
        ("people.csv", b"id\n".to_vec()),
        ("people.csv", b"\"unterminated\n".to_vec()),
    ];
    for (file, bytes) in cases {
        std::fs::write(dir.join("features.csv"), FEATURES).unwrap();
        std::fs::write(dir.join("people.csv"), people()).unwrap();
        std::fs::write(dir.join(file), &bytes).unwrap();
        let run = klero(&dir, &with_input("check", &[]));
        assert_eq!(run.code, 2, "{file} {bytes:?}: {}", run.all());
    }
    std::fs::write(dir.join("features.csv"), FEATURES).unwrap();
    std::fs::write(dir.join("people.csv"), people()).unwrap();
    for args in [
        with_input("check", &["--algorithm", "lottery"]),
        with_input("select", &["--algorithm", "best", "--out", "o"]),
        with_input("select", &["--lottery-panels", "0", "--out", "o"]),
        vec![
            "check",
            "--features",
            "missing.csv",
            "--people",
            "people.csv",
            "--panel-size",
            "5",
        ],
        vec![
            "check",
            "--features",
            "features.csv",
            "--people",
            "people.csv",
            "--panel-size",
            "0",
        ],
        vec![
            "check",
            "--features",
            "features.csv",
            "--people",
            "people.csv",
            "--panel-size",
            "-3",
        ],
        vec![
            "check",
            "--features",
            "features.csv",
            "--people",
            "people.csv",
            "--panel-size",
            "500",
        ],
        vec!["verify"],
        vec!["bench", "--instances", "nowhere"],
        vec!["frobnicate"],
    ] {
        let run = klero(&dir, &args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.all());
    }
}

#[test]
fn an_output_folder_that_is_not_a_bundle_is_left_alone() {
    let (_tmp, dir) = inputs();
    std::fs::create_dir(dir.join("docs")).unwrap();
    std::fs::write(dir.join("docs/minutes.txt"), "keep").unwrap();
    let run = klero(
        &dir,
        &with_input("select", &["--seed", "1", "--out", "docs"]),
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains("not a previous klero output"),
        "{}",
        run.all()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("docs/minutes.txt")).unwrap(),
        "keep"
    );
}
