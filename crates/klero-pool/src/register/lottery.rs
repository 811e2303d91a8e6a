//! The register as the invitation lottery (`klero-recruit`) reads it: row by row, hashed on
//! every pass, so that a file that changes between passes is noticed; the exclusion list; and
//! the drawn rows, read back by line.

use super::Register;
use crate::Problem;
use klero_recruit::{FileDigest, Issue, Row, Table};
use std::collections::HashSet;
use std::path::Path;

/// At most this many problems of the exclude file are listed.
const MAX_PROBLEMS: usize = 100;

/// A register read through [`Table`], with the SHA-256 of the file as each pass read it.
pub struct Reading<'r> {
    register: &'r Register,
    digests: Vec<String>,
}

impl<'r> Reading<'r> {
    /// A reading of `register`, no pass made yet.
    pub fn new(register: &'r Register) -> Self {
        Reading {
            register,
            digests: Vec::new(),
        }
    }

    /// The SHA-256 of the file, if every pass read the same bytes.
    pub fn digest(&self) -> Option<String> {
        let first = self.digests.first()?;
        self.digests
            .iter()
            .all(|d| d == first)
            .then(|| first.clone())
    }
}

impl Table for Reading<'_> {
    type Error = Problem;

    fn header(&self) -> &[String] {
        self.register.header()
    }

    fn header_line(&self) -> Option<u64> {
        Some(self.register.header_line())
    }

    fn scan(&mut self, visit: &mut dyn FnMut(Result<Row<'_>, Issue>)) -> Result<(), Problem> {
        let mut digest = FileDigest::new();
        self.register
            .scan(&mut |bytes| digest.update(bytes), &mut |row| match row {
                Ok(row) => {
                    let cells: Vec<&str> = row.cells().collect();
                    visit(Ok(Row {
                        line: row.line,
                        cells: &cells,
                    }));
                }
                Err(p) => visit(Err(Issue::at(p.line, p.column.as_deref(), p.message))),
            })?;
        self.digests.push(digest.finish());
        Ok(())
    }
}

/// The ids (trimmed) of an exclude file. Its id column is `column`, else `id`, else the first.
pub fn read_exclusions(path: &Path, column: Option<&str>) -> Result<HashSet<String>, Vec<Problem>> {
    let register = Register::open(path)?;
    let column = match column {
        Some(name) => register.column(name).ok_or_else(|| {
            let found: Vec<String> = register
                .header()
                .iter()
                .map(|c| format!("`{}`", c.trim()))
                .collect();
            vec![register.problem(
                Some(register.header_line()),
                None,
                format!(
                    "the id column `{}` is not in the header (found: {})",
                    name.trim(),
                    found.join(", ")
                ),
            )]
        })?,
        None => register.column("id").unwrap_or(0),
    };
    let name = register.header().get(column).map(|c| c.trim().to_owned());
    let mut ids = HashSet::new();
    let mut problems = Vec::new();
    let mut more = 0u64;
    let mut note = |p: Problem| {
        if problems.len() < MAX_PROBLEMS {
            problems.push(p);
        } else {
            more += 1;
        }
    };
    register
        .scan(&mut |_| {}, &mut |row| match row {
            Ok(row) => match row.get(column).map(str::trim).filter(|id| !id.is_empty()) {
                Some(id) => {
                    ids.insert(id.to_owned());
                }
                None => note(register.problem(Some(row.line), name.as_deref(), "empty id")),
            },
            Err(p) => note(p),
        })
        .map_err(|p| vec![p])?;
    if more > 0 {
        problems.push(register.problem(None, None, format!("... and {more} more problems")));
    }
    if problems.is_empty() {
        Ok(ids)
    } else {
        Err(problems)
    }
}

/// The cells of the rows at `lines` (in increasing order), read in one more pass. `None` if the
/// file's SHA-256 is no longer `digest` or a line is missing (the file changed since the draw).
pub fn rows_at(
    register: &Register,
    lines: &[u64],
    digest: &str,
) -> Result<Option<Vec<Vec<String>>>, Problem> {
    let mut wanted = lines.iter().copied().peekable();
    let mut read = FileDigest::new();
    let mut rows = Vec::with_capacity(lines.len());
    register.scan(&mut |bytes| read.update(bytes), &mut |row| {
        let Ok(row) = row else { return };
        while wanted.next_if(|&l| l < row.line).is_some() {}
        if wanted.next_if_eq(&row.line).is_some() {
            rows.push(row.cells().map(str::to_owned).collect());
        }
    })?;
    Ok((read.finish() == digest && rows.len() == lines.len()).then_some(rows))
}
