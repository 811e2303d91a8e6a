//! What the lottery reads: a register as a table that can be read several times, row by row,
//! and the problems it finds, located by line and column.

/// A register that can be read from the start again and again: the lottery reads it in passes
/// (count, draw) and never holds it in memory.
pub trait Table {
    /// Why reading stopped (the file became unreadable, for example).
    type Error;

    /// The header's cells, as written.
    fn header(&self) -> &[String];

    /// The header's line, for problems about columns.
    fn header_line(&self) -> Option<u64>;

    /// Calls `visit` with each data row, in order: a row, or a problem that makes the row
    /// unreadable (its bytes are not text, it has the wrong number of fields...). Blank rows are
    /// left out.
    fn scan(&mut self, visit: &mut dyn FnMut(Result<Row<'_>, Issue>)) -> Result<(), Self::Error>;
}

/// A data row: its line in the file and its cells (as many as the header has).
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    /// The line (CSV) or row (spreadsheet), 1-based.
    pub line: u64,
    /// The cells, as written.
    pub cells: &'a [&'a str],
}

/// A problem in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Where it is.
    pub place: Place,
    /// What is wrong, in words.
    pub message: String,
}

/// Where a problem is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// An option of the draw, by its name on the command line (`--count`).
    Argument(&'static str),
    /// The register: a line (none for the whole file) and a column (none for the whole row).
    Register {
        /// The line, 1-based.
        line: Option<u64>,
        /// The column's name, as written in the header.
        column: Option<String>,
    },
}

impl Issue {
    /// A problem in a line (and maybe a column) of the register.
    pub fn at(line: Option<u64>, column: Option<&str>, message: impl Into<String>) -> Self {
        Issue {
            place: Place::Register {
                line,
                column: column.map(str::to_owned),
            },
            message: message.into(),
        }
    }

    /// A problem with an option.
    pub fn argument(name: &'static str, message: impl Into<String>) -> Self {
        Issue {
            place: Place::Argument(name),
            message: message.into(),
        }
    }
}
