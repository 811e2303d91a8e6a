#![doc = include_str!("../README.md")]

use std::path::Path;

use klero_select::{Category, Instance, InstanceError};

mod features;
pub mod followup;
pub mod formula;
pub mod limits;
pub mod participants;
mod people;
pub mod present;
pub mod register;
mod table;
mod write;

pub use write::{
    restored, restored_labels, write_features_csv, write_labelled_features_csv, write_people_csv,
};

/// Where and how to read a pool.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// Seats on the panel.
    pub panel_size: u32,
    /// The name of the id column in the people file; if `None`, a column named `id`
    /// (case-insensitively), else the first column.
    pub id_column: Option<String>,
    /// Columns of the people file whose normalised values, all together, define a household.
    pub address_columns: Vec<String>,
    /// A column of the people file whose non-empty values name households directly.
    pub household_column: Option<String>,
}

/// One problem in the input, with its location.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file, as the caller named it.
    pub file: String,
    /// The line (CSV) or row (spreadsheet), 1-based, if the problem has one.
    pub line: Option<u64>,
    /// The column's name, if the problem is in one column.
    pub column: Option<String>,
    /// What is wrong, in words.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(column) = &self.column {
            write!(f, "column `{column}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Problem {}

/// A pool read from files: the engine's instance plus what was read, for writing outputs.
#[derive(Clone, Debug)]
pub struct Pool {
    /// The validated selection problem.
    pub instance: Instance,
    /// Header of the people file, as written.
    pub people_header: Vec<String>,
    /// Raw cells of each person's row, in the same order as `instance.people()`.
    pub people_rows: Vec<Vec<String>>,
    /// Index in `people_header` of the id column.
    pub id_column: usize,
    /// Index in `people_header` of each category's column (same order as `instance.categories()`).
    pub feature_columns: Vec<usize>,
    /// Line number of each person's row in the people file.
    pub people_lines: Vec<u64>,
    /// The categories' and values' labels from the features file (empty without label columns).
    pub labels: klero_domain::labels::QuotaLabels,
}

/// A file's bytes and the name to use in messages.
pub struct Source<'a> {
    /// The name to use in messages (usually the path as given).
    pub name: &'a str,
    /// The file's content.
    pub bytes: &'a [u8],
    /// How to read the bytes.
    pub kind: Kind,
}

/// How a file is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Comma- or semicolon-separated text.
    Csv,
    /// A spreadsheet (xlsx, xlsm, xlsb, ods): the first worksheet is read, within the
    /// [`limits`]. Legacy `.xls` files are refused with a problem saying to save them again.
    Spreadsheet,
}

impl Kind {
    /// The kind by file extension: `.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods` are spreadsheets
    /// (`.xls` only to be refused with a clear problem), the rest CSV.
    pub fn from_path(path: &Path) -> Kind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods") => Kind::Spreadsheet,
            _ => Kind::Csv,
        }
    }
}

/// Reads the features and people files and builds the pool. The kind of each file is decided by
/// its extension ([`Kind::from_path`]); an unreadable file is a [`Problem`].
pub fn load(features: &Path, people: &Path, options: &LoadOptions) -> Result<Pool, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut read = |path: &Path| {
        let bytes = match Kind::from_path(path) {
            Kind::Spreadsheet => table::read_spreadsheet_file(path),
            Kind::Csv => std::fs::read(path).map_err(|e| format!("cannot read the file: {e}")),
        };
        match bytes {
            Ok(bytes) => Some(bytes),
            Err(message) => {
                problems.push(Problem {
                    file: path.display().to_string(),
                    line: None,
                    column: None,
                    message,
                });
                None
            }
        }
    };
    let (features_bytes, people_bytes) = (read(features), read(people));
    let (Some(features_bytes), Some(people_bytes)) = (features_bytes, people_bytes) else {
        return Err(problems);
    };
    let (features_name, people_name) =
        (features.display().to_string(), people.display().to_string());
    load_sources(
        Source {
            name: &features_name,
            bytes: &features_bytes,
            kind: Kind::from_path(features),
        },
        Source {
            name: &people_name,
            bytes: &people_bytes,
            kind: Kind::from_path(people),
        },
        options,
    )
}

/// Reads a features source and a people source and builds the pool, or returns every problem
/// found in either, each located by file, line and column.
pub fn load_sources(
    features: Source<'_>,
    people: Source<'_>,
    options: &LoadOptions,
) -> Result<Pool, Vec<Problem>> {
    let mut problems = Vec::new();
    let located = features::read(&features, &mut problems);
    let read = people::read(&people, &located, options, &mut problems);
    let k = options.panel_size;
    let at =
        |source: &Source<'_>, line: Option<u64>, column: Option<&str>, message: String| Problem {
            file: source.name.to_owned(),
            line,
            column: column.map(str::to_owned),
            message,
        };

    // The rules that involve the panel size.
    if k == 0 {
        problems.push(at(
            &people,
            None,
            None,
            InstanceError::ZeroPanelSize.to_string(),
        ));
    }
    // Minimums adding up to more than the panel, or maximums to less, are infeasible quotas, not
    // bad input: the engine's diagnosis explains them and proposes a relaxation (exit code 1).
    if read.header.is_some() {
        if read.row_count == 0 {
            problems.push(at(
                &people,
                None,
                None,
                "the pool is empty: the file has a header but no rows".to_owned(),
            ));
        } else if read.row_count < k as usize {
            problems.push(at(
                &people,
                None,
                None,
                format!(
                    "the pool has {} people, fewer than the panel size {k}",
                    read.row_count
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    // Everything above should have caught what the engine checks; anything it still finds is
    // located as well as its indices allow.
    let (Some(id_column), Some(feature_columns), Some(header)) = (
        read.id_column,
        read.feature_columns
            .iter()
            .copied()
            .collect::<Option<Vec<_>>>(),
        read.header,
    ) else {
        return Err(vec![at(
            &people,
            None,
            None,
            "the people file could not be read".to_owned(),
        )]);
    };
    let instance = Instance::new(located.categories.clone(), read.people, k).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| {
                locate(
                    e,
                    &features,
                    &people,
                    &located,
                    &read.lines,
                    &header.cells,
                    id_column,
                )
            })
            .collect::<Vec<_>>()
    })?;
    Ok(Pool {
        instance,
        people_header: header.cells,
        people_rows: read.rows,
        id_column,
        feature_columns,
        people_lines: read.lines,
        labels: located.labels,
    })
}

/// Reads the categories and quotas of a features source.
pub fn read_categories(features: Source<'_>) -> Result<Vec<Category>, Vec<Problem>> {
    let mut problems = Vec::new();
    let located = features::read(&features, &mut problems);
    if problems.is_empty() {
        Ok(located.categories)
    } else {
        Err(problems)
    }
}

/// Reads the labels of a features source's categories and values (its optional `label_nl`,
/// `label_fr`, `label_en`, `label_de` and `feature_label_…` columns), with every problem of
/// the file.
pub fn read_labels(
    features: Source<'_>,
) -> Result<klero_domain::labels::QuotaLabels, Vec<Problem>> {
    let mut problems = Vec::new();
    let located = features::read(&features, &mut problems);
    if problems.is_empty() {
        Ok(located.labels)
    } else {
        Err(problems)
    }
}

/// A name as matched: trimmed and lower case.
pub(crate) fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Locates an error found by [`Instance::new`].
fn locate(
    error: InstanceError,
    features: &Source<'_>,
    people: &Source<'_>,
    located: &features::Located,
    people_lines: &[u64],
    people_header: &[String],
    id_column: usize,
) -> Problem {
    let quota_line = |c: usize, v: usize| located.lines.get(c).and_then(|l| l.get(v)).copied();
    let category_line = |c: usize| quota_line(c, 0);
    let category = |c: usize| {
        located
            .categories
            .get(c)
            .map_or_else(|| format!("#{c}"), |cat| cat.name.clone())
    };
    let value = |c: usize, v: usize| {
        located
            .categories
            .get(c)
            .and_then(|cat| cat.values.get(v))
            .map_or_else(|| format!("#{v}"), |q| q.value.clone())
    };
    let person_line = |p: usize| people_lines.get(p).copied();
    let id_name = people_header.get(id_column).map(|s| s.trim().to_owned());
    let in_features = |line, column: Option<String>, message| Problem {
        file: features.name.to_owned(),
        line,
        column,
        message,
    };
    let in_people = |line, column: Option<String>, message| Problem {
        file: people.name.to_owned(),
        line,
        column,
        message,
    };
    let message = error.to_string();
    match error {
        InstanceError::ZeroPanelSize
        | InstanceError::EmptyPool
        | InstanceError::PoolTooSmall { .. } => in_people(None, None, message),
        InstanceError::NoCategory => in_features(None, None, message),
        InstanceError::EmptyCategory { category: c } => in_features(
            category_line(c),
            None,
            format!("feature `{}` has no value", category(c)),
        ),
        InstanceError::MinAboveMax {
            category: c,
            value: v,
            min,
            max,
        } => in_features(
            quota_line(c, v),
            Some(located.min_name.clone()),
            format!(
                "`{}`=`{}`: min {min} is above max {max}",
                category(c),
                value(c, v)
            ),
        ),
        InstanceError::BadFlex {
            category: c,
            value: v,
        } => in_features(
            quota_line(c, v),
            located
                .min_flex_name
                .clone()
                .or_else(|| located.max_flex_name.clone()),
            format!(
                "`{}`=`{}`: min_flex must be at most min and max_flex at least max",
                category(c),
                value(c, v)
            ),
        ),
        InstanceError::DuplicateId { id, first, second } => in_people(
            person_line(second),
            id_name,
            match person_line(first) {
                Some(line) => format!("id `{id}` is already used on line {line}"),
                None => format!("id `{id}` appears more than once"),
            },
        ),
        InstanceError::WrongValueCount { person: p, .. }
        | InstanceError::UnknownValue { person: p, .. } => in_people(person_line(p), None, message),
    }
}
