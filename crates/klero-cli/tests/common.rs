//! Running the binary, and small input files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The output of a run, as text.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Everything printed, for assertion messages.
    pub fn all(&self) -> String {
        format!(
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `klero` with arguments, in `cwd`.
pub fn klero(cwd: &Path, args: &[&str]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_klero"))
        .current_dir(cwd)
        .args(args)
        .env_remove("KLERO_BENCH_INSTANCES")
        .output()
        .unwrap();
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "{}", run.all());
    run
}

pub const FEATURES: &str = "\
feature,value,min,max
gender,female,2,3
gender,male,2,3
age,young,1,4
age,old,1,4
";

/// 20 volunteers with names and emails (personal data that must stay out of every output), a
/// few sharing an address.
pub fn people() -> String {
    let mut text = String::from("id,first_name,email,address,gender,age\n");
    for i in 0..20 {
        let gender = if i % 2 == 0 { "female" } else { "male" };
        let age = if i % 3 == 0 { "old" } else { "young" };
        let address = if i < 4 {
            "1 Shared Road".to_owned()
        } else {
            format!("{i} Own Street")
        };
        text.push_str(&format!(
            "p{i:02},Name{i}Secret,person{i}@mail.example,{address},{gender},{age}\n"
        ));
    }
    text
}

/// A temporary folder with `features.csv` and `people.csv`.
pub fn inputs() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_owned();
    std::fs::write(dir.join("features.csv"), FEATURES).unwrap();
    std::fs::write(dir.join("people.csv"), people()).unwrap();
    (tmp, dir)
}

/// The input options for the files of [`inputs`], with a panel of 5.
pub const INPUT: [&str; 7] = [
    "--features",
    "features.csv",
    "--people",
    "people.csv",
    "--panel-size",
    "5",
    "--address-columns=address",
];

/// `INPUT` followed by `more`.
pub fn with_input<'a>(command: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![command];
    args.extend(INPUT);
    args.extend(more);
    args
}

/// Runs `klero select` into `out` with a seed; asserts success.
pub fn select(dir: &Path, out: &str) -> Run {
    let run = klero(
        dir,
        &with_input("select", &["--seed", "3 14 15", "--out", out]),
    );
    assert_eq!(run.code, 0, "{}", run.all());
    run
}

/// The personal values of [`people`] that must never be printed or written.
pub fn personal_values() -> Vec<String> {
    (0..20)
        .flat_map(|i| [format!("Name{i}Secret"), format!("person{i}@mail.example")])
        .chain(["Shared Road".to_owned(), "Own Street".to_owned()])
        .collect()
}
