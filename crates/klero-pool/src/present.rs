//! The files of a summit's table allocation (`klero tables`): the people present, the
//! facilitators and a previous seating, every problem located by file, line and column.

use std::collections::HashMap;

use crate::features::check_width;
use crate::table::{self, Row};
use crate::{Problem, Source, key};

/// Which columns of the people file to read.
#[derive(Clone, Debug, Default)]
pub struct PresentOptions {
    /// The id column; `None`: a column named `id`, else the first column.
    pub id_column: Option<String>,
    /// The column of languages (several separated by `;` or `,`).
    pub language_column: String,
    /// Columns each table should mirror.
    pub balance_columns: Vec<String>,
    /// A column holding the table a person must sit at (blank: none).
    pub pin_column: Option<String>,
}

/// A person present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresentPerson {
    /// The line of the row.
    pub line: u64,
    /// The id, trimmed.
    pub id: String,
    /// The languages spoken, trimmed, in the order written.
    pub languages: Vec<String>,
    /// The value in each balance column, trimmed (blank is a value).
    pub values: Vec<String>,
    /// The table the person must sit at.
    pub pin: Option<u32>,
}

/// The people file, read.
#[derive(Clone, Debug)]
pub struct Present {
    /// The people, in file order.
    pub people: Vec<PresentPerson>,
    /// The id column's name, as written.
    pub id_column: String,
    /// The language column's name, as written.
    pub language_column: String,
    /// The pin column's name, as written.
    pub pin_column: Option<String>,
}

/// A facilitator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresentFacilitator {
    /// The line of the row.
    pub line: u64,
    /// The id, trimmed.
    pub id: String,
    /// The languages spoken.
    pub languages: Vec<String>,
}

/// The facilitators file, read.
#[derive(Clone, Debug)]
pub struct Facilitators {
    /// The facilitators, in file order.
    pub facilitators: Vec<PresentFacilitator>,
    /// The id column's name, as written.
    pub id_column: String,
    /// The language column's name, as written.
    pub language_column: String,
}

/// One row of a previous seating (`round,table,table_language,id[,role]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeatRow {
    /// The line of the row.
    pub line: u64,
    /// The round, from 1.
    pub round: u32,
    /// The table, from 1.
    pub table: u32,
    /// The table's language, trimmed.
    pub table_language: String,
    /// The id, trimmed.
    pub id: String,
    /// Whether the `role` is `facilitator`.
    pub facilitator: bool,
}

/// The languages of a cell: separated by `;` or `,`, trimmed, blanks left out.
pub fn languages(cell: &str) -> Vec<String> {
    cell.split([';', ','])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A file's header and rows, and how to report on it.
struct File<'a> {
    name: &'a str,
    header: Row,
    rows: Vec<Row>,
}

impl<'a> File<'a> {
    fn open(source: &Source<'a>, what: &str, problems: &mut Vec<Problem>) -> Option<Self> {
        let before = problems.len();
        let table = table::read(source, problems);
        let Some(header) = table.header else {
            if problems.len() == before {
                problems.push(Problem {
                    file: source.name.to_owned(),
                    line: None,
                    column: None,
                    message: format!("the file is empty; expected a header row and {what}"),
                });
            }
            return None;
        };
        Some(File {
            name: source.name,
            header,
            rows: table.rows,
        })
    }

    fn problem(&self, line: Option<u64>, column: Option<usize>, message: String) -> Problem {
        Problem {
            file: self.name.to_owned(),
            line,
            column: column.map(|c| self.name_of(c)),
            message,
        }
    }

    fn name_of(&self, column: usize) -> String {
        self.header
            .cells
            .get(column)
            .map_or(String::new(), |c| c.trim().to_owned())
    }

    /// The column called `name` (ignoring case and surrounding spaces), or a problem naming
    /// the option that chose it.
    fn column(&self, name: &str, option: &str, problems: &mut Vec<Problem>) -> Option<usize> {
        let wanted = key(name);
        let found = self.header.cells.iter().position(|c| key(c) == wanted);
        if found.is_none() {
            let columns: Vec<String> = self
                .header
                .cells
                .iter()
                .map(|c| format!("`{}`", c.trim()))
                .collect();
            problems.push(self.problem(
                Some(self.header.line),
                None,
                format!(
                    "no column `{}` ({option}); the header has {}",
                    name.trim(),
                    columns.join(", ")
                ),
            ));
        }
        found
    }

    /// The id column: the one named, else `id`, else the first.
    fn id_column(&self, name: Option<&str>, problems: &mut Vec<Problem>) -> Option<usize> {
        match name {
            Some(name) => self.column(name, "--id-column", problems),
            None => Some(
                self.header
                    .cells
                    .iter()
                    .position(|c| key(c) == "id")
                    .unwrap_or(0),
            ),
        }
    }
}

fn cell(row: &Row, column: usize) -> &str {
    row.cells.get(column).map_or("", |c| c.trim())
}

/// Checks ids: not empty, not seen before; true if the id may be used.
fn check_id(
    file: &File<'_>,
    row: &Row,
    column: usize,
    seen: &mut HashMap<String, u64>,
    problems: &mut Vec<Problem>,
) -> bool {
    let id = cell(row, column);
    if id.is_empty() {
        problems.push(file.problem(Some(row.line), Some(column), "empty id".to_owned()));
        return false;
    }
    if let Some(first) = seen.get(id) {
        problems.push(file.problem(
            Some(row.line),
            Some(column),
            format!("id `{id}` is already used on line {first}"),
        ));
        return false;
    }
    seen.insert(id.to_owned(), row.line);
    true
}

/// A positive whole number, or a problem.
fn positive(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("`{text}` is not a whole number from 1")),
    }
}

/// Reads the people present: an id, the languages each speaks, the balance columns and maybe a
/// pinned table. Every problem is returned at once.
pub fn read_present(
    source: &Source<'_>,
    options: &PresentOptions,
) -> Result<Present, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(file) = File::open(source, "one row per person present", &mut problems) else {
        return Err(problems);
    };
    let id = file.id_column(options.id_column.as_deref(), &mut problems);
    let language = file.column(&options.language_column, "--language-column", &mut problems);
    let balance: Vec<Option<usize>> = options
        .balance_columns
        .iter()
        .map(|name| file.column(name, "--balance", &mut problems))
        .collect();
    let pin = options
        .pin_column
        .as_deref()
        .map(|name| file.column(name, "--pin-column", &mut problems));
    let (Some(id), Some(language), Some(balance), Some(pin)) = (
        id,
        language,
        balance.into_iter().collect::<Option<Vec<usize>>>(),
        pin.map_or(Some(None), |p| p.map(Some)),
    ) else {
        return Err(problems);
    };
    let mut seen = HashMap::new();
    let mut people = Vec::with_capacity(file.rows.len());
    for row in &file.rows {
        let before = problems.len();
        if !check_width(row, &file.header, file.name, &mut problems) {
            continue;
        }
        check_id(&file, row, id, &mut seen, &mut problems);
        let spoken = languages(cell(row, language));
        if spoken.is_empty() {
            problems.push(file.problem(
                Some(row.line),
                Some(language),
                "no language: every person needs at least one".to_owned(),
            ));
        }
        let pinned = match pin.map(|c| cell(row, c)).filter(|t| !t.is_empty()) {
            None => None,
            Some(text) => match positive(text) {
                Ok(table) => Some(table),
                Err(message) => {
                    problems.push(file.problem(
                        Some(row.line),
                        pin,
                        format!("{message} (a table)"),
                    ));
                    None
                }
            },
        };
        if problems.len() == before {
            people.push(PresentPerson {
                line: row.line,
                id: cell(row, id).to_owned(),
                languages: spoken,
                values: balance.iter().map(|&c| cell(row, c).to_owned()).collect(),
                pin: pinned,
            });
        }
    }
    if file.rows.is_empty() {
        problems.push(file.problem(
            None,
            None,
            "nobody is present: the file has a header but no rows".to_owned(),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Present {
        people,
        id_column: file.name_of(id),
        language_column: file.name_of(language),
        pin_column: pin.map(|c| file.name_of(c)),
    })
}

/// Reads the facilitators: an id (`id_column`, else `id`, else the first column) and the
/// languages each speaks.
pub fn read_facilitators(
    source: &Source<'_>,
    id_column: Option<&str>,
    language_column: &str,
) -> Result<Facilitators, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(file) = File::open(source, "one row per facilitator", &mut problems) else {
        return Err(problems);
    };
    let id = file.id_column(id_column, &mut problems);
    let language = file.column(language_column, "--language-column", &mut problems);
    let (Some(id), Some(language)) = (id, language) else {
        return Err(problems);
    };
    let mut seen = HashMap::new();
    let mut facilitators = Vec::new();
    for row in &file.rows {
        let before = problems.len();
        if !check_width(row, &file.header, file.name, &mut problems) {
            continue;
        }
        check_id(&file, row, id, &mut seen, &mut problems);
        let spoken = languages(cell(row, language));
        if spoken.is_empty() {
            problems.push(file.problem(Some(row.line), Some(language), "no language".to_owned()));
        }
        if problems.len() == before {
            facilitators.push(PresentFacilitator {
                line: row.line,
                id: cell(row, id).to_owned(),
                languages: spoken,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Facilitators {
        facilitators,
        id_column: file.name_of(id),
        language_column: file.name_of(language),
    })
}

/// Reads a previous seating (`round,table,table_language,id`, maybe `role`): rounds and tables
/// from 1, one language per table, each id at most once per round. Ids and languages are read
/// as `klero tables` writes them, formulas neutralised ([`crate::formula::restore`]).
pub fn read_seating(source: &Source<'_>) -> Result<Vec<SeatRow>, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(file) = File::open(source, "one row per seat", &mut problems) else {
        return Err(problems);
    };
    let required = ["round", "table", "table_language", "id"]
        .map(|name| file.column(name, "--keep", &mut problems));
    let role = file.header.cells.iter().position(|c| key(c) == "role");
    let [Some(round), Some(table), Some(language), Some(id)] = required else {
        return Err(problems);
    };
    let mut rows = Vec::new();
    let mut seated: HashMap<(String, u32), u64> = HashMap::new();
    let mut tables: HashMap<u32, (String, u64)> = HashMap::new();
    for row in &file.rows {
        let before = problems.len();
        if !check_width(row, &file.header, file.name, &mut problems) {
            continue;
        }
        let number = |column: usize, problems: &mut Vec<Problem>| match positive(cell(row, column))
        {
            Ok(n) => Some(n),
            Err(message) => {
                problems.push(file.problem(Some(row.line), Some(column), message));
                None
            }
        };
        let (r, t) = (number(round, &mut problems), number(table, &mut problems));
        // `klero tables` writes ids and languages with formulas neutralised.
        let who = crate::formula::restore(cell(row, id));
        if who.is_empty() {
            problems.push(file.problem(Some(row.line), Some(id), "empty id".to_owned()));
        }
        let table_language = crate::formula::restore(cell(row, language));
        if table_language.is_empty() {
            problems.push(file.problem(
                Some(row.line),
                Some(language),
                "empty table language".to_owned(),
            ));
        }
        let facilitator = match role.map(|c| key(cell(row, c))).as_deref() {
            None | Some("" | "participant") => false,
            Some("facilitator") => true,
            Some(other) => {
                problems.push(file.problem(
                    Some(row.line),
                    role,
                    format!("`{other}` is not a role: participant or facilitator"),
                ));
                false
            }
        };
        if let (Some(r), false) = (r, who.is_empty()) {
            if let Some(first) = seated.get(&(who.to_owned(), r)) {
                problems.push(file.problem(
                    Some(row.line),
                    Some(id),
                    format!("`{who}` is already seated in round {r} on line {first}"),
                ));
            } else {
                seated.insert((who.to_owned(), r), row.line);
            }
        }
        if let (Some(t), false) = (t, table_language.is_empty()) {
            match tables.get(&t) {
                Some((other, first)) if key(other) != key(table_language) => {
                    problems.push(file.problem(
                        Some(row.line),
                        Some(language),
                        format!("table {t} is `{other}` on line {first}"),
                    ))
                }
                Some(_) => {}
                None => {
                    tables.insert(t, (table_language.to_owned(), row.line));
                }
            }
        }
        if let (Some(round), Some(table), true) = (r, t, problems.len() == before) {
            rows.push(SeatRow {
                line: row.line,
                round,
                table,
                table_language: table_language.to_owned(),
                id: who.to_owned(),
                facilitator,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    fn csv<'a>(name: &'a str, text: &'a str) -> Source<'a> {
        Source {
            name,
            bytes: text.as_bytes(),
            kind: Kind::Csv,
        }
    }

    fn options() -> PresentOptions {
        PresentOptions {
            language_column: "language".to_owned(),
            balance_columns: vec!["gender".to_owned()],
            pin_column: Some("table".to_owned()),
            ..PresentOptions::default()
        }
    }

    #[test]
    fn reads_semicolon_files_with_a_bom_and_several_languages() {
        let text = "\u{feff}id;Language;gender;table\na;\"nl;fr\";w;\nb;fr;m;2\n";
        let present = read_present(&csv("p.csv", text), &options()).unwrap();
        assert_eq!(present.people[0].languages, ["nl", "fr"]);
        assert_eq!(present.people[1].pin, Some(2));
        assert_eq!(present.people[1].line, 3);
        assert_eq!(present.language_column, "Language");
    }

    #[test]
    fn reports_every_problem_at_once() {
        let text = "id,language,gender,table\na,nl,w,\na,fr,m,x\nc,,w,0\n";
        let problems = read_present(&csv("p.csv", text), &options()).unwrap_err();
        let at: Vec<(Option<u64>, Option<&str>)> = problems
            .iter()
            .map(|p| (p.line, p.column.as_deref()))
            .collect();
        assert_eq!(
            at,
            [
                (Some(3), Some("id")),
                (Some(3), Some("table")),
                (Some(4), Some("language")),
                (Some(4), Some("table")),
            ]
        );
        let missing = read_present(&csv("p.csv", "id,lang\n"), &options()).unwrap_err();
        assert_eq!(missing.len(), 3, "{missing:?}");
        assert!(missing[0].message.contains("--language-column"));
    }

    #[test]
    fn a_previous_seating_is_checked() {
        let text = "round,table,table_language,id,role\n1,1,nl,a,participant\n1,1,fr,b,\n1,2,nl,a,\n0,1,nl,c,chair\n";
        let problems = read_seating(&csv("s.csv", text)).unwrap_err();
        let lines: Vec<Option<u64>> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(3), Some(4), Some(5), Some(5)]);
        let ok = read_seating(&csv(
            "s.csv",
            "round,table,table_language,id\n1,1,fr+nl,a\n",
        ))
        .unwrap();
        assert_eq!(ok[0].table_language, "fr+nl");
        assert!(!ok[0].facilitator);
    }
}
