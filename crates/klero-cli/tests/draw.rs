//! `select`, `commit`, `check` and `verify`.

use crate::common::{inputs, klero, personal_values, select, with_input};

#[test]
fn select_writes_a_bundle_that_verifies() {
    let (_tmp, dir) = inputs();
    let run = select(&dir, "out");
    assert!(run.stdout.contains("commitment"), "{}", run.all());
    assert!(run.stdout.contains("klero verify out"), "{}", run.all());
    for file in [
        "panel.csv",
        "reserves.csv",
        "lottery.json",
        "report.html",
        "SHA256SUMS",
    ] {
        assert!(dir.join("out").join(file).is_file(), "{file}");
    }
    let verify = klero(&dir, &["verify", "out"]);
    assert_eq!(verify.code, 0, "{}", verify.all());
    assert!(
        verify.stdout.contains("PASS  commitment"),
        "{}",
        verify.all()
    );
    assert!(!verify.stdout.contains("FAIL"), "{}", verify.all());
    // The same again replaces the bundle with the same bytes.
    let before = std::fs::read(dir.join("out/lottery.json")).unwrap();
    select(&dir, "out");
    assert_eq!(std::fs::read(dir.join("out/lottery.json")).unwrap(), before);
}

/// The independent script of docs/ (Python's standard library only) redoes the draw from the
/// published files and agrees; an edited panel makes it fail.
#[test]
fn the_independent_script_checks_the_draw() {
    let (_tmp, dir) = inputs();
    select(&dir, "out");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/verify_draw.py");
    let run = |folder: &str| {
        std::process::Command::new("python3")
            .arg(script)
            .arg(dir.join(folder))
            .output()
            .expect("python3 runs (scripts/setup.sh installs it)")
    };
    let out = run("out");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for check in [
        "checksums",
        "commitment",
        "panels",
        "counts",
        "draw",
        "reserves",
    ] {
        assert!(text.contains(&format!("PASS  {check}")), "{text}");
    }
    // Another panel than the seed's: the script says so.
    let panel = dir.join("out/panel.csv");
    let lines: Vec<String> = std::fs::read_to_string(&panel)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    std::fs::write(&panel, lines[..lines.len() - 1].join("\n") + "\n").unwrap();
    let out = run("out");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("FAIL  draw"), "{text}");
}

#[test]
fn the_published_lottery_is_drawn_from_without_solving() {
    let (_tmp, dir) = inputs();
    let commit = klero(&dir, &with_input("commit", &["--lottery", "lottery.json"]));
    assert_eq!(commit.code, 0, "{}", commit.all());
    let printed = commit.stdout.lines().next().unwrap().trim().to_owned();
    let run = klero(
        &dir,
        &with_input(
            "select",
            &[
                "--seed",
                "3 14 15",
                "--out",
                "out",
                "--lottery",
                "lottery.json",
            ],
        ),
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert_eq!(
        std::fs::read(dir.join("out/lottery.json")).unwrap(),
        std::fs::read(dir.join("lottery.json")).unwrap()
    );
    let settings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("out/settings.json")).unwrap()).unwrap();
    assert_eq!(settings["commitment"], printed.as_str());
    assert_eq!(klero(&dir, &["verify", "out"]).code, 0);
    // A lottery for other settings does not fit, and says why.
    let other = klero(
        &dir,
        &with_input(
            "select",
            &[
                "--seed",
                "1",
                "--out",
                "o2",
                "--lottery",
                "lottery.json",
                "--reserves",
                "4",
            ],
        ),
    );
    assert_eq!(other.code, 2, "{}", other.all());
    assert!(
        other.stderr.contains("--lottery") && other.stderr.contains("digest"),
        "{}",
        other.all()
    );
}

#[test]
fn commit_prints_the_commitment_select_uses() {
    let (_tmp, dir) = inputs();
    let commit = klero(
        &dir,
        &with_input("commit", &["--lottery", "published.json"]),
    );
    assert_eq!(commit.code, 0, "{}", commit.all());
    assert!(dir.join("published.json").is_file());
    let printed = commit.stdout.lines().next().unwrap().trim().to_owned();
    assert_eq!(printed.len(), 64, "{}", commit.all());
    assert!(
        commit.stdout.contains("reserves        1"),
        "{}",
        commit.all()
    );
    select(&dir, "out");
    let settings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("out/settings.json")).unwrap()).unwrap();
    assert_eq!(settings["commitment"], printed.as_str());
    // Another setting is another commitment.
    let other = klero(
        &dir,
        &with_input(
            "commit",
            &["--lottery-panels", "999", "--lottery", "other.json"],
        ),
    );
    assert_ne!(other.stdout.lines().next().unwrap().trim(), printed);
}

#[test]
fn verify_fails_after_tampering() {
    let (_tmp, dir) = inputs();
    select(&dir, "out");
    let panel = dir.join("out/reserves.csv");
    let text = std::fs::read_to_string(&panel).unwrap();
    std::fs::write(&panel, text.replace("rank,", "Rank,")).unwrap();
    let verify = klero(&dir, &["verify", "out"]);
    assert_eq!(verify.code, 1, "{}", verify.all());
    assert!(
        verify.stdout.contains("FAIL  checksums"),
        "{}",
        verify.all()
    );
    assert!(verify.stdout.contains("NOT verified"), "{}", verify.all());
    let missing = klero(&dir, &["verify", "no-such-folder"]);
    assert_eq!(missing.code, 2, "{}", missing.all());
    // A folder that is not a bundle: one line, exit code 2.
    let not = klero(&dir, &["verify", "."]);
    assert_eq!(not.code, 2, "{}", not.all());
    assert!(
        not.stderr.contains("not a Kleroterion bundle"),
        "{}",
        not.all()
    );
    assert_eq!(not.stderr.trim().lines().count(), 1, "{}", not.all());
}

#[test]
fn select_without_seed_makes_one_and_warns() {
    let (_tmp, dir) = inputs();
    let run = klero(&dir, &with_input("select", &["--out", "out"]));
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("warning: no --seed"), "{}", run.all());
    let settings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("out/settings.json")).unwrap()).unwrap();
    let seed = settings["seed"].as_str().unwrap();
    assert_eq!(seed.len(), 32);
    assert!(run.stderr.contains(seed) && run.stdout.contains(seed));
    assert_eq!(klero(&dir, &["verify", "out"]).code, 0);
}

#[test]
fn no_personal_data_is_printed_or_written() {
    let (_tmp, dir) = inputs();
    let run = select(&dir, "out");
    let mut texts = vec![run.stdout, run.stderr];
    for entry in std::fs::read_dir(dir.join("out")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            texts.push(std::fs::read_to_string(path).unwrap());
        }
    }
    for file in ["features.csv", "people.csv"] {
        texts.push(std::fs::read_to_string(dir.join("out/input").join(file)).unwrap());
    }
    for text in &texts {
        for secret in personal_values() {
            assert!(!text.contains(&secret), "`{secret}` in:\n{text}");
        }
        assert!(!text.contains("first_name") && !text.contains("email"));
    }
}

#[test]
fn check_says_feasible_or_explains() {
    let (_tmp, dir) = inputs();
    let run = klero(&dir, &with_input("check", &[]));
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.starts_with("feasible"), "{}", run.all());
    // Five old members, four of them men: there are only three old men.
    std::fs::write(
        dir.join("features.csv"),
        "feature,value,min,max\ngender,female,0,1\ngender,male,4,5\nage,young,0,0\nage,old,5,5\n",
    )
    .unwrap();
    let run = klero(&dir, &with_input("check", &[]));
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(run.stdout.starts_with("infeasible"), "{}", run.all());
    let select = klero(
        &dir,
        &with_input("select", &["--seed", "1", "--out", "out"]),
    );
    assert_eq!(select.code, 1, "{}", select.all());
    assert!(!dir.join("out").exists());
}

/// Regression (issue 25, finding 6): ids that look like formulas are written neutralised in the
/// bundle's CSV files, and `klero verify` still passes.
#[test]
fn formula_ids_are_neutralised_and_verify() {
    let (_tmp, dir) = inputs();
    let formulas = [
        "=HYPERLINK(\"\"http://x\"\")",
        "+1",
        "-1+2",
        "@SUM(A1)",
        "'=q",
    ];
    let people = crate::common::people()
        .lines()
        .enumerate()
        .map(|(i, line)| match (i, line.strip_prefix('p')) {
            (1..=5, Some(rest)) => format!("\"{}{rest}", formulas[i - 1]).replacen(',', "\",", 1),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.join("people.csv"), format!("{people}\n")).unwrap();
    select(&dir, "out");
    let probabilities = std::fs::read_to_string(dir.join("out/probabilities.csv")).unwrap();
    for written in [
        "\"'=HYPERLINK(",
        "\n'+101,",
        "\n'-1+202,",
        "\n'@SUM(A1)03,",
        "\n''=q04,",
    ] {
        assert!(
            probabilities.contains(written),
            "{written} in {probabilities}"
        );
    }
    for name in [
        "panel.csv",
        "reserves.csv",
        "probabilities.csv",
        "input/people.csv",
    ] {
        let text = std::fs::read_to_string(dir.join("out").join(name)).unwrap();
        for line in text.lines() {
            assert!(
                !line
                    .trim_start_matches('"')
                    .starts_with(['=', '+', '-', '@']),
                "{name}: {line}"
            );
        }
    }
    let verify = klero(&dir, &["verify", "out"]);
    assert_eq!(verify.code, 0, "{}", verify.all());
    assert!(!verify.stdout.contains("FAIL"), "{}", verify.all());
}
