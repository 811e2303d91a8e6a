//! A population register, read row by row in as many passes as the caller needs: a CSV file is
//! streamed from disk each time (never held in memory), a spreadsheet is read once.
//!
//! Each row comes with its line (a spreadsheet's: its row number); a row that cannot be used
//! (bytes that are not UTF-8, the wrong number of fields) comes as a [`Problem`] instead.

mod csv_rows;
pub mod lottery;
mod row;

use std::path::{Path, PathBuf};

use crate::table::{self, Row};
use crate::{Kind, Problem, Source, key};
use csv_rows::{Tee, next_record, reader};
use row::Cells;
pub use row::RegisterRow;

/// A register: its header, and the means to read its rows again.
#[derive(Debug)]
pub struct Register {
    name: String,
    path: PathBuf,
    header: Vec<String>,
    header_line: u64,
    /// A spreadsheet's rows after the header (`None` for CSV, which is read from disk).
    sheet: Option<Vec<Row>>,
}

impl Register {
    /// Opens a register and reads its header (the first row that is not blank). CSV must be
    /// comma-separated UTF-8 (a byte order mark is allowed), streamed (a row may not be longer
    /// than [`MAX_RECORD_BYTES`](crate::limits::MAX_RECORD_BYTES)); `.xlsx`, `.xlsm`, `.xlsb`
    /// and `.ods` files are spreadsheets, read once, first worksheet, within the
    /// [`limits`](crate::limits).
    pub fn open(path: &Path) -> Result<Register, Vec<Problem>> {
        let name = path.display().to_string();
        let problem = |line, message: String| Problem {
            file: name.clone(),
            line,
            column: None,
            message,
        };
        let cannot_read =
            |e: std::io::Error| vec![problem(None, format!("cannot read the file: {e}"))];
        let empty = || problem(None, "the file is empty; expected a header row".to_owned());
        let mut register = Register {
            name: name.clone(),
            path: path.to_owned(),
            header: Vec::new(),
            header_line: 1,
            sheet: None,
        };
        if Kind::from_path(path) == Kind::Spreadsheet {
            let bytes = crate::table::read_spreadsheet_file(path)
                .map_err(|message| vec![problem(None, message)])?;
            let mut problems = Vec::new();
            let source = Source {
                name: &name,
                bytes: &bytes,
                kind: Kind::Spreadsheet,
            };
            let table = table::read(&source, &mut problems);
            let Some(header) = table.header.filter(|_| problems.is_empty()) else {
                if problems.is_empty() {
                    problems.push(empty());
                }
                return Err(problems);
            };
            register.header = header.cells;
            register.header_line = header.line;
            register.sheet = Some(table.rows);
            return Ok(register);
        }
        let file = std::fs::File::open(path).map_err(cannot_read)?;
        let mut ignore = |_: &[u8]| {};
        let mut csv = reader(Tee::new(file, &mut ignore));
        let mut record = csv::ByteRecord::new();
        let line = next_record(&mut csv, &mut record)
            .map_err(|e| vec![problem(None, format!("cannot read the file: {e}"))])?
            .ok_or_else(|| vec![empty()])?;
        let header = csv::StringRecord::from_byte_record(record)
            .map_err(|_| vec![problem(Some(line), not_utf8().to_owned())])?;
        register.header = header.iter().map(str::to_owned).collect();
        register.header_line = line;
        Ok(register)
    }

    /// The file's name, as used in problems.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The header's cells, as written.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// The header's line.
    pub fn header_line(&self) -> u64 {
        self.header_line
    }

    /// The first column with this name, compared trimmed and case-insensitively.
    pub fn column(&self, name: &str) -> Option<usize> {
        let wanted = key(name);
        self.header.iter().position(|c| key(c) == wanted)
    }

    /// A problem in this file.
    pub fn problem(
        &self,
        line: Option<u64>,
        column: Option<&str>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            file: self.name.clone(),
            line,
            column: column.map(str::to_owned),
            message: message.into(),
        }
    }

    /// Reads the rows after the header, from the start, calling `visit` with each row or with
    /// the problem that makes it unusable; blank rows are left out. `observe` sees every byte of
    /// the file, in order (to hash it). Fails, with a problem, if the file cannot be read.
    pub fn scan(
        &self,
        observe: &mut dyn FnMut(&[u8]),
        visit: &mut dyn FnMut(Result<RegisterRow<'_>, Problem>),
    ) -> Result<(), Problem> {
        let cannot_read = |e: &dyn std::fmt::Display| {
            self.problem(None, None, format!("cannot read the file: {e}"))
        };
        let want = self.header.len();
        if let Some(rows) = &self.sheet {
            observe_file(&self.path, observe).map_err(|e| cannot_read(&e))?;
            for row in rows {
                let extra_blank = row
                    .cells
                    .get(want..)
                    .is_some_and(|extra| extra.iter().all(|c| c.trim().is_empty()));
                visit(match width_problem(row.cells.len(), want, extra_blank) {
                    Some(message) => Err(self.problem(Some(row.line), None, message)),
                    None => Ok(RegisterRow {
                        line: row.line,
                        cells: Cells::Sheet(&row.cells),
                        width: want,
                    }),
                });
            }
            return Ok(());
        }
        let file = std::fs::File::open(&self.path).map_err(|e| cannot_read(&e))?;
        let mut csv = reader(Tee::new(file, observe));
        let mut record = csv::ByteRecord::new();
        // The header, read again.
        next_record(&mut csv, &mut record).map_err(|e| cannot_read(&e))?;
        while let Some(line) = next_record(&mut csv, &mut record).map_err(|e| cannot_read(&e))? {
            let extra_blank = record
                .iter()
                .skip(want)
                .all(|f| f.iter().all(u8::is_ascii_whitespace));
            if let Some(message) = width_problem(record.len(), want, extra_blank) {
                visit(Err(self.problem(Some(line), None, message)));
                continue;
            }
            match csv::StringRecord::from_byte_record(std::mem::take(&mut record)) {
                Ok(text) => {
                    visit(Ok(RegisterRow {
                        line,
                        cells: Cells::Csv(&text),
                        width: want,
                    }));
                    record = text.into_byte_record();
                }
                Err(e) => {
                    let column = e.utf8_error().field();
                    let name = self.header.get(column).map(|c| c.trim());
                    visit(Err(self.problem(Some(line), name, not_utf8())));
                    record = e.into_byte_record();
                }
            }
        }
        Ok(())
    }
}

fn not_utf8() -> &'static str {
    "the text is not valid UTF-8; save the file as \"CSV UTF-8\" and try again"
}

/// Why a row of `got` fields does not fit a header of `want`, if it does not: a row may be
/// longer only by blank cells.
fn width_problem(got: usize, want: usize, extra_blank: bool) -> Option<String> {
    if got == want || (got > want && extra_blank) {
        return None;
    }
    Some(format!(
        "the row has {got} field{}, the header has {want}",
        if got == 1 { "" } else { "s" }
    ))
}

/// Shows every byte of a file to `observe`.
fn observe_file(path: &Path, observe: &mut dyn FnMut(&[u8])) -> std::io::Result<()> {
    use std::io::Read as _;
    let mut file = std::fs::File::open(path)?;
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            return Ok(());
        }
        observe(buffer.get(..n).unwrap_or_default());
    }
}

#[cfg(test)]
mod tests;
