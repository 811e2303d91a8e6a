//! A summit's participant list, as organisers upload it: one row per person expected on the
//! day, drawn citizens and the other groups alike, every problem located by file, line and
//! column.
//!
//! Columns (names matched case-insensitively, in any order):
//!
//! - `id` (or `key`): the pseudonymous id the selection gave the person; required, once each;
//! - `name`: how staff find the person at the door; required;
//! - `group`: `drawn` (the default when the column is absent or the cell blank), `employer`,
//!   `civil_servant`, `politician` or `free_thinker`;
//! - `languages` (or `language`): the languages the person speaks, separated by `;` or `,`;
//!   required;
//! - `needs`: access, diet, interpreting... (optional);
//! - every other column is a balance attribute (gender, age, area...) kept for the seating.

use std::collections::HashMap;

use klero_domain::summit::participant::{ParticipantInput, ParticipantProblem};

use crate::table::{self, Row};
use crate::{Kind, Problem, Source, key};

/// The most participants a file may hold.
pub const MAX_PARTICIPANTS: usize = 5_000;

/// What each known column may be called.
const COLUMNS: [(&str, &[&str]); 5] = [
    ("key", &["id", "key"]),
    ("name", &["name"]),
    ("group", &["group"]),
    ("languages", &["languages", "language"]),
    ("needs", &["needs"]),
];

/// Reads a participant list (CSV, or a spreadsheet by the name's extension): every participant,
/// or every problem.
pub fn read_participants(file: &str, bytes: &[u8]) -> Result<Vec<ParticipantInput>, Vec<Problem>> {
    let source = Source {
        name: file,
        bytes,
        kind: Kind::from_path(std::path::Path::new(file)),
    };
    let mut problems = Vec::new();
    let problem = |line: Option<u64>, column: Option<&str>, message: String| Problem {
        file: file.to_owned(),
        line,
        column: column.map(str::to_owned),
        message,
    };
    let table = table::read(&source, &mut problems);
    let Some(header) = table.header else {
        if problems.is_empty() {
            problems.push(problem(
                None,
                None,
                "the file is empty: it needs a header line with at least `id`, `name` and \
                 `languages`"
                    .to_owned(),
            ));
        }
        return Err(problems);
    };
    let mut known: HashMap<&'static str, usize> = HashMap::new();
    let mut attributes: Vec<(usize, String)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, cell) in header.cells.iter().enumerate() {
        let name = key(cell);
        if name.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(name.clone(), i) {
            problems.push(problem(
                Some(header.line),
                Some(cell.trim()),
                format!(
                    "this column appears twice (columns {} and {})",
                    first + 1,
                    i + 1
                ),
            ));
            continue;
        }
        match COLUMNS
            .iter()
            .find(|(_, names)| names.contains(&name.as_str()))
        {
            Some((field, _)) if known.contains_key(field) => problems.push(problem(
                Some(header.line),
                Some(cell.trim()),
                format!("a second column for `{field}`"),
            )),
            Some((field, _)) => {
                known.insert(field, i);
            }
            None => attributes.push((i, cell.trim().to_owned())),
        }
    }
    for required in ["key", "name", "languages"] {
        if !known.contains_key(required) {
            let names = COLUMNS
                .iter()
                .find(|(field, _)| *field == required)
                .map(|(_, names)| names.join("` or `"))
                .unwrap_or_default();
            problems.push(problem(
                Some(header.line),
                None,
                format!("the column `{names}` is missing"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if table.rows.len() > MAX_PARTICIPANTS {
        problems.push(problem(
            None,
            None,
            format!(
                "the file has {} rows, more than the {MAX_PARTICIPANTS} read at most",
                table.rows.len()
            ),
        ));
        return Err(problems);
    }
    let column_name = |field: &str| {
        known
            .get(field)
            .and_then(|&i| header.cells.get(i))
            .map(|c| c.trim().to_owned())
            .unwrap_or_else(|| field.to_owned())
    };
    let mut people = Vec::with_capacity(table.rows.len());
    let mut lines_of: HashMap<String, u64> = HashMap::new();
    for row in &table.rows {
        let cell = |field: &str| -> &str {
            known
                .get(field)
                .and_then(|&i| row.cells.get(i))
                .map(String::as_str)
                .unwrap_or("")
        };
        let group = match cell("group").trim() {
            "" => "drawn",
            given => given,
        };
        let pairs: Vec<(String, String)> = attributes
            .iter()
            .map(|(i, name)| (name.clone(), cell_at(row, *i).trim().to_owned()))
            .collect();
        match ParticipantInput::new(
            cell("key"),
            cell("name"),
            &group.to_lowercase(),
            cell("languages"),
            cell("needs"),
            pairs,
        ) {
            Ok(person) => {
                if let Some(first) = lines_of.insert(person.key().to_owned(), row.line) {
                    problems.push(problem(
                        Some(row.line),
                        Some(&column_name("key")),
                        format!("the id `{}` is also on line {first}", person.key()),
                    ));
                }
                people.push(person);
            }
            Err(found) => {
                for p in found {
                    let (column, message) = describe(&p, &attributes, &column_name);
                    problems.push(problem(Some(row.line), Some(&column), message));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(people)
    } else {
        Err(problems)
    }
}

fn cell_at(row: &Row, i: usize) -> &str {
    row.cells.get(i).map(String::as_str).unwrap_or("")
}

/// The column and the words for a problem of one row.
fn describe(
    problem: &ParticipantProblem,
    attributes: &[(usize, String)],
    column_name: &dyn Fn(&str) -> String,
) -> (String, String) {
    use klero_domain::summit::participant::{MAX_KEY, MAX_NAME, MAX_NEEDS};
    let attribute = |i: usize| {
        attributes
            .get(i)
            .map(|(_, name)| name.clone())
            .unwrap_or_else(|| "attributes".to_owned())
    };
    let field = column_name(problem.field());
    match problem {
        ParticipantProblem::KeyMissing => (field, "the id is blank".to_owned()),
        ParticipantProblem::KeyTooLong => {
            (field, format!("the id is longer than {MAX_KEY} characters"))
        }
        ParticipantProblem::KeyControl | ParticipantProblem::NameControl => (
            field,
            "the cell holds a line break or another control character".to_owned(),
        ),
        ParticipantProblem::NameMissing => (field, "the name is blank".to_owned()),
        ParticipantProblem::NameTooLong => (
            field,
            format!("the name is longer than {MAX_NAME} characters"),
        ),
        ParticipantProblem::Group => (
            field,
            "the group is not one of drawn, employer, civil_servant, politician, free_thinker"
                .to_owned(),
        ),
        ParticipantProblem::LanguagesMissing => (field, "no language is given".to_owned()),
        ParticipantProblem::Language(text) => (
            field,
            format!("`{text}` is not a language code of 2 or 3 letters (nl, fr, de, en...)"),
        ),
        ParticipantProblem::NeedsTooLong => (
            field,
            format!("the needs are longer than {MAX_NEEDS} characters"),
        ),
        ParticipantProblem::Attribute(i) => (
            attribute(*i),
            "the value is too long or holds a control character".to_owned(),
        ),
        ParticipantProblem::AttributeDuplicate(i) => {
            (attribute(*i), "this column appears twice".to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match read_participants("people.csv", text.as_bytes()) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn reads_every_column_and_keeps_the_rest_as_attributes() {
        let text = "\u{feff}ID;Name;Group;Languages;Needs;Gender;Age\n\
                    p1;Sofie Peeters;;\"nl, FR\";wheelchair;F;25-34\n\
                    e1;Jean Dupont;employer;fr;;M;55+\n";
        let people = read_participants("people.csv", text.as_bytes()).expect("valid");
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].key(), "p1");
        assert_eq!(people[0].group().as_str(), "drawn");
        assert_eq!(people[0].languages(), ["nl", "fr"]);
        assert_eq!(people[0].needs(), "wheelchair");
        assert_eq!(
            people[0].attributes(),
            [
                ("Gender".to_owned(), "F".to_owned()),
                ("Age".to_owned(), "25-34".to_owned())
            ]
        );
        assert_eq!(people[1].group().as_str(), "employer");
    }

    #[test]
    fn every_problem_is_located_by_line_and_column() {
        let text = "id,name,group,languages\n\
                    p1,Ann,drawn,nl\n\
                    p1,,king,\n\
                    p3,Bert,drawn,dutch\n";
        let found = problems(text);
        assert!(
            found.contains(&"people.csv:3: column `name`: the name is blank".to_owned()),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("people.csv:3: column `group`:")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("people.csv:3: column `languages`:")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("people.csv:4: column `languages`: `dutch`")),
            "{found:?}"
        );
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn duplicate_ids_and_missing_columns_are_refused() {
        let found = problems("id,name,languages\np1,Ann,nl\np1,Bob,fr\n");
        assert_eq!(
            found,
            ["people.csv:3: column `id`: the id `p1` is also on line 2"]
        );
        let found = problems("name,group\nAnn,drawn\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("`id` or `key`"), "{found:?}");
        assert!(problems("").iter().any(|p| p.contains("the file is empty")));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = read_participants("people.csv", &bytes);
            let _ = read_participants("people.xlsx", &bytes);
        }
    }
}
