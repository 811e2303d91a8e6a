//! A register held in memory, for tests and examples.

use crate::table::{Issue, Row, Table};

/// A table held in memory: a header and rows, numbered as a CSV file without blank lines would
/// number them (the header on line 1). For tests and examples.
#[derive(Clone, Debug, Default)]
pub struct MemoryTable {
    /// The header.
    pub header: Vec<String>,
    /// The data rows.
    pub rows: Vec<Vec<String>>,
}

impl MemoryTable {
    /// A table from text, one row per line, cells separated by commas (no quoting).
    pub fn from_text(text: &str) -> Self {
        let mut lines = text
            .lines()
            .map(|l| l.split(',').map(str::to_owned).collect::<Vec<_>>());
        MemoryTable {
            header: lines.next().unwrap_or_default(),
            rows: lines.collect(),
        }
    }
}

impl Table for MemoryTable {
    type Error = std::convert::Infallible;

    fn header(&self) -> &[String] {
        &self.header
    }

    fn header_line(&self) -> Option<u64> {
        Some(1)
    }

    fn scan(&mut self, visit: &mut dyn FnMut(Result<Row<'_>, Issue>)) -> Result<(), Self::Error> {
        for (line, row) in (2u64..).zip(&self.rows) {
            if row.len() != self.header.len() {
                visit(Err(Issue::at(
                    Some(line),
                    None,
                    format!(
                        "the row has {} fields, the header has {}",
                        row.len(),
                        self.header.len()
                    ),
                )));
                continue;
            }
            let cells: Vec<&str> = row.iter().map(String::as_str).collect();
            visit(Ok(Row {
                line,
                cells: &cells,
            }));
        }
        Ok(())
    }
}
