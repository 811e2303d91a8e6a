//! Helpers: a small valid pool, CSV sources and assertions on problems.

use klero_pool::{Kind, LoadOptions, Pool, Problem, Source, load_sources};

/// The features of the small pool: two categories, quotas for a panel of 3.
pub const FEATURES: &str = "\
feature,value,min,max
gender,female,1,2
gender,male,1,2
age,young,0,3
age,old,0,3
";

/// The people of the small pool: lines 2 to 5.
pub const PEOPLE: &str = "\
id,gender,age
p1,female,young
p2,male,old
p3,female,old
p4,male,young
";

/// Options for a panel of `k`, everything else by default.
pub fn options(k: u32) -> LoadOptions {
    LoadOptions {
        panel_size: k,
        ..LoadOptions::default()
    }
}

/// A CSV source.
pub fn csv<'a>(name: &'a str, text: &'a str) -> Source<'a> {
    Source {
        name,
        bytes: text.as_bytes(),
        kind: Kind::Csv,
    }
}

/// Loads `features.csv` and `people.csv` from text.
pub fn load_csv(features: &str, people: &str, options: &LoadOptions) -> Result<Pool, Vec<Problem>> {
    load_sources(
        csv("features.csv", features),
        csv("people.csv", people),
        options,
    )
}

/// Loads text that must be read without a problem.
pub fn pool(features: &str, people: &str, options: &LoadOptions) -> Pool {
    match load_csv(features, people, options) {
        Ok(pool) => pool,
        Err(problems) => panic!("unexpected problems: {}", show(&problems)),
    }
}

/// Loads text that must give problems, and returns them.
pub fn problems(features: &str, people: &str, options: &LoadOptions) -> Vec<Problem> {
    match load_csv(features, people, options) {
        Ok(_) => panic!("the input was accepted"),
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without a problem");
            problems
        }
    }
}

/// The problems, one a line, for assertion messages.
pub fn show(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("\n  {p}"))
        .collect::<String>()
}

/// Asserts that one of `problems` is in `file`, at `line` and `column`, with a message that
/// contains `words`.
pub fn assert_problem(
    problems: &[Problem],
    file: &str,
    line: Option<u64>,
    column: Option<&str>,
    words: &str,
) {
    let found = problems.iter().any(|p| {
        p.file == file
            && p.line == line
            && p.column.as_deref() == column
            && p.message.contains(words)
    });
    assert!(
        found,
        "no problem {file}:{line:?} column {column:?} containing {words:?} among:{}",
        show(problems)
    );
}
