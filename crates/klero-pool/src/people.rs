//! The people file: one row per volunteer, with an id, a column per feature and maybe addresses.

use std::collections::HashMap;

use klero_select::Person;

use crate::features::{Located, check_width};
use crate::table::{self, Row};
use crate::{LoadOptions, Problem, Source, key};

/// What was read from the people file.
#[derive(Clone, Debug, Default)]
pub(crate) struct People {
    /// The header as written, if the file has one.
    pub header: Option<Row>,
    /// The people of the rows that had no problem, in file order.
    pub people: Vec<Person>,
    /// The cells of those rows, as written.
    pub rows: Vec<Vec<String>>,
    /// The line of each of those rows.
    pub lines: Vec<u64>,
    /// The id column, if found.
    pub id_column: Option<usize>,
    /// Each category's column, if found.
    pub feature_columns: Vec<Option<usize>>,
    /// How many data rows the file has, readable or not.
    pub row_count: usize,
}

/// Reads the people source against the categories read from the features file.
pub(crate) fn read(
    source: &Source<'_>,
    features: &Located,
    options: &LoadOptions,
    problems: &mut Vec<Problem>,
) -> People {
    let before = problems.len();
    let table = table::read(source, problems);
    let file = source.name;
    let problem = |line: Option<u64>, column: Option<&str>, message: String| Problem {
        file: file.to_owned(),
        line,
        column: column.map(str::to_owned),
        message,
    };
    let mut out = People {
        row_count: table.rows.len(),
        ..People::default()
    };
    let Some(header) = table.header else {
        if problems.len() == before {
            problems.push(problem(
                None,
                None,
                "the file is empty; expected a header row and one row per person".to_owned(),
            ));
        }
        return out;
    };
    let line = Some(header.line);
    let found = || {
        header
            .cells
            .iter()
            .map(|c| format!("`{}`", c.trim()))
            .collect::<Vec<_>>()
            .join(", ")
    };

    // The columns used: the id, the features, the addresses and the household, taken in that
    // order (the order of the canonical file) when a name appears more than once.
    let mut columns = Columns::new(&header.cells);
    let named_column =
        |columns: &mut Columns, name: &str, what: &str, problems: &mut Vec<Problem>| {
            let col = columns.take(name);
            if col.is_none() {
                problems.push(problem(
                    line,
                    None,
                    format!(
                        "the {what} column `{}` is not in the header (found: {})",
                        name.trim(),
                        found()
                    ),
                ));
            }
            col
        };
    out.id_column = match &options.id_column {
        Some(name) => named_column(&mut columns, name, "id", problems),
        // A column named `id`, else the first column.
        None => Some(columns.take("id").unwrap_or(0)),
    };
    out.feature_columns = features
        .categories
        .iter()
        .map(|cat| {
            let col = columns.take(&cat.name);
            if col.is_none() {
                problems.push(problem(
                    line,
                    None,
                    format!(
                        "the header has no column for feature `{}` (found: {})",
                        cat.name,
                        found()
                    ),
                ));
            }
            col
        })
        .collect();
    let address_columns: Vec<Option<usize>> = options
        .address_columns
        .iter()
        .map(|name| named_column(&mut columns, name, "address", problems))
        .collect();
    let household_column = options
        .household_column
        .as_ref()
        .map(|name| named_column(&mut columns, name, "household", problems));
    columns.report_duplicates(header.line, file, problems);
    let column_name = |c: usize| header.cells.get(c).map_or("", |s| s.trim()).to_owned();
    let id_name = out.id_column.map(column_name).unwrap_or_default();

    // Each category's values by their matching key.
    let lookups: Vec<HashMap<String, u16>> = features
        .categories
        .iter()
        .map(|cat| {
            cat.values
                .iter()
                .enumerate()
                .filter_map(|(i, q)| Some((key(&q.value), u16::try_from(i).ok()?)))
                .collect()
        })
        .collect();
    let expected: Vec<String> = features
        .categories
        .iter()
        .map(|cat| {
            cat.values
                .iter()
                .map(|q| q.value.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();

    // The rows.
    let mut ids: HashMap<String, u64> = HashMap::new();
    let mut households = Households::default();
    for row in table.rows {
        let line = Some(row.line);
        let before = problems.len();
        if !check_width(&row, &header, file, problems) {
            continue;
        }
        let cell = |c: usize| row.cells.get(c).map_or("", |s| s.trim());
        let id = out.id_column.map(cell).unwrap_or_default();
        if out.id_column.is_some() {
            if id.is_empty() {
                problems.push(problem(line, Some(&id_name), "empty id".to_owned()));
            } else if let Some(first) = ids.get(id) {
                problems.push(problem(
                    line,
                    Some(&id_name),
                    format!("id `{id}` is already used on line {first}"),
                ));
            } else {
                ids.insert(id.to_owned(), row.line);
            }
        }
        let mut values = Vec::with_capacity(lookups.len());
        for ((col, lookup), expected) in out.feature_columns.iter().zip(&lookups).zip(&expected) {
            let Some(col) = *col else { continue };
            let text = cell(col);
            match lookup.get(&key(text)) {
                Some(&v) => values.push(v),
                None if text.is_empty() => problems.push(problem(
                    line,
                    Some(&column_name(col)),
                    format!("empty cell (expected one of: {expected})"),
                )),
                None => problems.push(problem(
                    line,
                    Some(&column_name(col)),
                    format!("unknown value `{text}` (expected one of: {expected})"),
                )),
            }
        }
        if problems.len() != before {
            continue;
        }
        let index = out.people.len();
        households.add_person();
        let address: Vec<String> = address_columns
            .iter()
            .flatten()
            .map(|&c| normalise_address(cell(c)))
            .collect();
        if address.iter().any(|a| !a.is_empty()) {
            households.join(index, Key::Address(address));
        }
        if let Some(Some(c)) = household_column {
            let h = normalise_address(cell(c));
            if !h.is_empty() {
                households.join(index, Key::Named(h));
            }
        }
        out.people.push(Person {
            id: id.to_owned(),
            values,
            household: None,
        });
        let mut cells = row.cells;
        cells.truncate(header.cells.len());
        out.rows.push(cells);
        out.lines.push(row.line);
    }
    for (i, person) in out.people.iter_mut().enumerate() {
        person.household = households.of(i);
    }
    out.header = Some(header);
    out
}

/// The header's columns, taken by name for the uses of the file.
struct Columns {
    /// Each column's name as matched.
    keys: Vec<String>,
    /// Each column's name as written, trimmed.
    names: Vec<String>,
    /// Whether each column is taken.
    taken: Vec<bool>,
}

impl Columns {
    fn new(header: &[String]) -> Self {
        Columns {
            keys: header.iter().map(|c| key(c)).collect(),
            names: header.iter().map(|c| c.trim().to_owned()).collect(),
            taken: vec![false; header.len()],
        }
    }

    fn is_taken(&self, column: usize) -> bool {
        self.taken.get(column).copied().unwrap_or(false)
    }

    /// The first column called `name` that is not taken yet, else the first column called
    /// `name` (two uses may share a column: a feature may also be an address).
    fn take(&mut self, name: &str) -> Option<usize> {
        let wanted = key(name);
        let mut called = self
            .keys
            .iter()
            .enumerate()
            .filter(|(_, k)| **k == wanted)
            .map(|(i, _)| i);
        let first = called.next()?;
        let col = std::iter::once(first)
            .chain(called)
            .find(|&i| !self.is_taken(i))
            .unwrap_or(first);
        if let Some(slot) = self.taken.get_mut(col) {
            *slot = true;
        }
        Some(col)
    }

    /// Reports each column that is not taken but has the name of one that is: the file is
    /// ambiguous, and a column that should have been read might have been missed.
    fn report_duplicates(&self, line: u64, file: &str, problems: &mut Vec<Problem>) {
        // The first taken column of each name, in header order.
        let mut first_taken: HashMap<&str, usize> = HashMap::new();
        for (i, k) in self.keys.iter().enumerate() {
            if self.is_taken(i) {
                first_taken.entry(k.as_str()).or_insert(i);
            }
        }
        for (other, k) in self.keys.iter().enumerate() {
            if self.is_taken(other) {
                continue;
            }
            let Some(&used) = first_taken.get(k.as_str()) else {
                continue;
            };
            problems.push(Problem {
                file: file.to_owned(),
                line: Some(line),
                column: self.names.get(used).cloned(),
                message: format!(
                    "the column appears twice in the header (columns {} and {})",
                    used.min(other) + 1,
                    used.max(other) + 1
                ),
            });
        }
    }
}

/// Trims, lower-cases and collapses inner white space, as addresses are compared.
fn normalise_address(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What puts people in the same household.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    /// All address columns match.
    Address(Vec<String>),
    /// The household column matches.
    Named(String),
}

/// People joined into households by shared keys (union-find over person indices).
#[derive(Clone, Debug, Default)]
struct Households {
    parent: Vec<usize>,
    joined: Vec<bool>,
    first: HashMap<Key, usize>,
}

impl Households {
    fn add_person(&mut self) {
        self.parent.push(self.parent.len());
        self.joined.push(false);
    }

    fn root(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            // Path halving.
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }

    fn join(&mut self, person: usize, key: Key) {
        if let Some(slot) = self.joined.get_mut(person) {
            *slot = true;
        }
        match self.first.get(&key) {
            Some(&other) => {
                let (a, b) = (self.root(person), self.root(other));
                let (low, high) = (a.min(b), a.max(b));
                if let Some(slot) = self.parent.get_mut(high) {
                    *slot = low;
                }
            }
            None => {
                self.first.insert(key, person);
            }
        }
    }

    /// The household of a person: the lowest index in it. People without a key have none.
    fn of(&mut self, person: usize) -> Option<u32> {
        if !self.joined.get(person).copied().unwrap_or(false) {
            return None;
        }
        u32::try_from(self.root(person)).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_normalise() {
        assert_eq!(normalise_address("  1  Main\tSt "), "1 main st");
        assert_eq!(normalise_address(" "), "");
    }

    #[test]
    fn households_chain() {
        let mut h = Households::default();
        for _ in 0..4 {
            h.add_person();
        }
        h.join(0, Key::Named("a".into()));
        h.join(2, Key::Named("b".into()));
        h.join(3, Key::Named("a".into()));
        h.join(3, Key::Address(vec!["x".into()]));
        h.join(2, Key::Address(vec!["x".into()]));
        assert_eq!(h.of(0), Some(0));
        assert_eq!(h.of(1), None);
        assert_eq!(h.of(2), Some(0));
        assert_eq!(h.of(3), Some(0));
    }
}
