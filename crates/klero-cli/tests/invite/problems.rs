//! Bad input: every problem at once, located, exit code 2, and nothing written.

use super::{HEADER, folder, invite, register};
use crate::common::klero;

#[test]
fn every_problem_is_listed_with_its_file_line_and_column() {
    let text = format!(
        "{HEADER}\nu1,A,Rue 1,1180,Uccle\nu2,B,Rue 2,1180,\nu1,C,Rue 3,1180,Uccle\nu4,D,Rue 4\nu5,\u{0}\u{0},Rue 5,1180,Uccle\n"
    )
    .replace("\u{0}\u{0}", "\u{fffd}");
    let mut bytes = text.into_bytes();
    // Broken UTF-8 in the name of u5 (line 6).
    let at = bytes
        .windows(3)
        .position(|w| w == "\u{fffd}".as_bytes())
        .unwrap();
    bytes.splice(at..at + 3, [0xff, 0xfe]);
    let (_tmp, dir) = folder("");
    std::fs::write(dir.join("register.csv"), bytes).unwrap();
    std::fs::write(dir.join("invited.csv"), "keep").unwrap();
    let run = invite(
        &dir,
        "0",
        &["--oversample", "Ixelles=x", "--id-column", "id"],
    );
    assert_eq!(run.code, 2, "{}", run.all());
    for expected in [
        "--count: the count must be at least 1",
        "--oversample: `Ixelles=x`: the factor must be a positive number",
        "register.csv:3: column `commune`: empty value",
        "register.csv:4: column `id`: id `u1` is already used on line 2",
        "register.csv:5: the row has 3 fields, the header has 5",
        "register.csv:6: column `name`: the text is not valid UTF-8",
        "error: 6 problems in the input",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected}\n{}",
            run.all()
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("invited.csv")).unwrap(),
        "keep"
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        2,
        "a temporary file was left"
    );
}

#[test]
fn missing_files_columns_and_too_many_invitations() {
    let (_tmp, dir) = folder(&register());
    let run = klero(
        &dir,
        &[
            "invite",
            "--register",
            "nowhere.csv",
            "--count",
            "5",
            "--stratify-by",
            "commune",
            "--exclude",
            "gone.csv",
            "--out",
            "o.csv",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains("nowhere.csv: cannot read the file"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr.contains("gone.csv: cannot read the file"),
        "{}",
        run.all()
    );
    let run = klero(
        &dir,
        &[
            "invite",
            "--register",
            "register.csv",
            "--count",
            "5",
            "--stratify-by",
            "area",
            "--household-columns",
            "street,number",
            "--out",
            "o.csv",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stderr.contains("register.csv:1: the --stratify-by column `area` is not in the header (found: `id`, `name`"), "{}", run.all());
    assert!(
        run.stderr
            .contains("register.csv:1: the household column `number` is not in the header"),
        "{}",
        run.all()
    );
    // 40 + 10 households.
    let run = invite(&dir, "51", &["--seed", "1"]);
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(
        run.stderr.contains(
            "--count: 51 invitations asked for, but the register has only 50 eligible households"
        ),
        "{}",
        run.all()
    );
    assert!(!dir.join("invited.csv").exists());
    for args in [vec!["--count", "-1"], vec!["--out", "register.csv"]] {
        let mut all = vec![
            "invite",
            "--register",
            "register.csv",
            "--stratify-by",
            "commune",
            "--seed",
            "1",
        ];
        if !args.contains(&"--count") {
            all.extend(["--count", "5"]);
        }
        if !args.contains(&"--out") {
            all.extend(["--out", "o.csv"]);
        }
        all.extend(&args);
        let run = klero(&dir, &all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.all());
    }
    assert!(
        std::fs::read_to_string(dir.join("register.csv"))
            .unwrap()
            .contains("Zoé")
    );
}

#[test]
fn garbage_registers_and_outputs_exit_with_2() {
    let (_tmp, dir) = folder(&register());
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("register.csv", Vec::new()),
        ("register.csv", b"\xef\xbb\xbf".to_vec()),
        ("register.csv", b"\xff\xfe\x00garbage\n,,,\n\x00".to_vec()),
        ("register.csv", b"id,commune\n".to_vec()),
        (
            "register.csv",
            b"id,commune\n\"unterminated,Uccle\n2,Uccle\n".to_vec(),
        ),
        ("register.csv", b"id;commune\n1;Uccle\n".to_vec()),
        ("register.xlsx", b"PK\x03\x04 not a workbook".to_vec()),
        ("register.ods", Vec::new()),
    ];
    for (file, bytes) in cases {
        std::fs::write(dir.join(file), &bytes).unwrap();
        let run = klero(
            &dir,
            &[
                "invite",
                "--register",
                file,
                "--count",
                "1",
                "--stratify-by",
                "commune",
                "--seed",
                "1",
                "--out",
                "o.csv",
            ],
        );
        assert_eq!(run.code, 2, "{file} {bytes:?}: {}", run.all());
        assert!(run.stderr.contains(file), "{}", run.all());
    }
    std::fs::write(dir.join("register.csv"), register()).unwrap();
    for out in ["missing/o.csv", ".", "/"] {
        let run = klero(
            &dir,
            &[
                "invite",
                "--register",
                "register.csv",
                "--count",
                "5",
                "--stratify-by",
                "commune",
                "--out",
                out,
            ],
        );
        assert_eq!(run.code, 2, "{out}: {}", run.all());
        assert!(run.stderr.contains("--out: "), "{}", run.all());
    }
    assert!(!dir.join("o.csv").exists());
}
