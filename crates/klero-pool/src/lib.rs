#![doc = include_str!("../README.md")]

use std::path::Path;

use klero_select::{Category, Instance};

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
    /// A spreadsheet (xlsx, xlsm, xls, ods): the first worksheet is read.
    Spreadsheet,
}

impl Kind {
    /// The kind by file extension: `.xlsx`, `.xlsm`, `.xls`, `.ods` are spreadsheets, the rest CSV.
    pub fn from_path(path: &Path) -> Kind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("xlsx" | "xlsm" | "xls" | "ods") => Kind::Spreadsheet,
            _ => Kind::Csv,
        }
    }
}

/// Reads the features and people files and builds the pool.
pub fn load(features: &Path, people: &Path, options: &LoadOptions) -> Result<Pool, Vec<Problem>> {
    let _ = (features, people, options);
    Err(vec![not_yet("load")])
}

/// Reads a features source and a people source and builds the pool.
pub fn load_sources(
    features: Source<'_>,
    people: Source<'_>,
    options: &LoadOptions,
) -> Result<Pool, Vec<Problem>> {
    let _ = (people, options);
    Err(vec![not_yet(features.name)])
}

/// Reads the categories and quotas of a features source.
pub fn read_categories(features: Source<'_>) -> Result<Vec<Category>, Vec<Problem>> {
    Err(vec![not_yet(features.name)])
}

/// Writes the canonical features file of a verification bundle:
/// `feature,value,min,max,min_flex,max_flex` (flex cells empty when unset).
pub fn write_features_csv(
    instance: &Instance,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let _ = (instance, out);
    Ok(())
}

/// Writes the canonical, pseudonymised people file of a verification bundle:
/// `id,<feature names...>,household` (household empty for people alone).
pub fn write_people_csv(instance: &Instance, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let _ = (instance, out);
    Ok(())
}

fn not_yet(file: &str) -> Problem {
    Problem {
        file: file.to_owned(),
        line: None,
        column: None,
        message: "reading is not implemented yet".to_owned(),
    }
}
