//! A row of a register: its line and its cells, borrowed from the reader.

/// A row of a register, with as many cells as the header (blank cells past the header's end
/// are dropped).
#[derive(Debug)]
pub struct RegisterRow<'a> {
    /// The line (CSV) or row (spreadsheet), 1-based.
    pub line: u64,
    pub(super) cells: Cells<'a>,
    pub(super) width: usize,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Cells<'a> {
    Csv(&'a csv::StringRecord),
    Sheet(&'a [String]),
}

impl<'a> Cells<'a> {
    fn get(self, column: usize) -> Option<&'a str> {
        match self {
            Cells::Csv(record) => record.get(column),
            Cells::Sheet(cells) => cells.get(column).map(String::as_str),
        }
    }
}

impl<'a> RegisterRow<'a> {
    /// The cell of a column, as written.
    pub fn get(&self, column: usize) -> Option<&'a str> {
        (column < self.width)
            .then(|| self.cells.get(column))
            .flatten()
    }

    /// The cells, as written, as many as the header has.
    pub fn cells(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let cells = self.cells;
        (0..self.width).map(move |c| cells.get(c).unwrap_or(""))
    }
}
