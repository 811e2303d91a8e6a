//! The limits every reader enforces while it reads, so that memory stays bounded whatever a
//! file claims: a few kilobytes may describe gigabytes (repeated cells, compressed parts, zip
//! entries that lie about their size), and each limit is checked before the reader holds what
//! lies beyond it.

/// The most cells a table may hold, counted as laid out: each row as wide as its last cell
/// (and at least as wide as the header), blanks inside a row included. 2,000,000 cells are
/// 100,000 people with 20 columns; a larger register is read from CSV, which is streamed.
pub const MAX_CELLS: u64 = 2_000_000;

/// The most columns a row may reach (a cell beyond it, or a CSV line with more fields, is
/// refused). Empty cells repeated past it, as spreadsheet programs write them, are not counted.
pub const MAX_COLUMNS: u64 = 1_000;

/// The most rows with content a table may hold (the most a spreadsheet program writes).
pub const MAX_ROWS: u64 = 1_048_576;

/// The most bytes of text all the cells of a table may hold together, counted as expanded
/// (a cell repeated 100 times counts 100 times; a shared string counts in every cell using it).
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;

/// The largest spreadsheet file read (it is held in memory while it is read).
pub const MAX_SPREADSHEET_BYTES: u64 = 64 * 1024 * 1024;

/// The most entries the zip container of a spreadsheet (xlsx, xlsb, ods) may hold.
pub const MAX_ZIP_ENTRIES: u64 = 10_000;

/// The most bytes a worksheet part (`xl/worksheets/…` in xlsx and xlsb, `content.xml` in ods)
/// may unpack to: these parts are read as a stream, cell by cell.
pub const MAX_SHEET_PART_BYTES: u64 = 128 * 1024 * 1024;

/// The most bytes any other part of a spreadsheet (shared strings, styles, the workbook…) may
/// unpack to: the spreadsheet library reads these whole.
pub const MAX_OTHER_PART_BYTES: u64 = 32 * 1024 * 1024;

/// The most bytes all the parts of a spreadsheet may unpack to together.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// The longest record of a CSV register (which is streamed from disk, so has no cell limit):
/// one row, quoted line breaks included.
pub const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// A number with thousands separators, as the limits are written in messages.
pub(crate) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in MiB, as the limits are written in messages.
pub(crate) fn mib(bytes: u64) -> String {
    format!("{} MiB", bytes / (1024 * 1024))
}

/// What a table has used of its limits so far; each `add` refuses, with a message naming the
/// limit, before anything past a limit is kept.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    cells: u64,
    rows: u64,
    text: u64,
}

impl Budget {
    /// Refuses a cell that reaches past column `end` (1-based: a cell at 0-based column `c`
    /// repeated `n` times reaches `c + n`), or a row of `end` fields.
    pub(crate) fn column(&self, end: u64) -> Result<(), String> {
        if end > MAX_COLUMNS {
            return Err(format!(
                "the table has cells beyond column {} (the limit); delete the cells outside \
                 the table and try again",
                grouped(MAX_COLUMNS)
            ));
        }
        Ok(())
    }

    /// Counts `count` cells holding `text_len` bytes of text together.
    pub(crate) fn cells(&mut self, count: u64, text_len: u64) -> Result<(), String> {
        self.cells = self.cells.saturating_add(count);
        if self.cells > MAX_CELLS {
            return Err(too_many_cells());
        }
        self.text(text_len)
    }

    /// Counts `len` more bytes of text.
    pub(crate) fn text(&mut self, len: u64) -> Result<(), String> {
        self.text = self.text.saturating_add(len);
        if self.text > MAX_TEXT_BYTES {
            return Err(format!(
                "the table holds more than {} of text (the limit); split the file or save it \
                 as CSV",
                mib(MAX_TEXT_BYTES)
            ));
        }
        Ok(())
    }

    /// Counts `count` rows with content.
    pub(crate) fn rows(&mut self, count: u64) -> Result<(), String> {
        self.rows = self.rows.saturating_add(count);
        if self.rows > MAX_ROWS {
            return Err(format!(
                "the table has more than {} rows (the limit)",
                grouped(MAX_ROWS)
            ));
        }
        Ok(())
    }
}

/// The message for a table past [`MAX_CELLS`].
pub(crate) fn too_many_cells() -> String {
    format!(
        "the table has more than {} cells (the limit); delete the cells outside the table, or \
         save a large register as CSV",
        grouped(MAX_CELLS)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_numbers_as_messages_do() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(2_000_000), "2,000,000");
        assert_eq!(mib(MAX_TEXT_BYTES), "64 MiB");
    }

    #[test]
    fn refuses_before_passing_a_limit() {
        let mut budget = Budget::default();
        assert!(budget.column(MAX_COLUMNS).is_ok());
        let wide = budget.column(MAX_COLUMNS + 1).unwrap_err();
        assert!(wide.contains("column 1,000 (the limit)"), "{wide}");
        budget.cells(MAX_CELLS, 0).unwrap();
        let many = budget.cells(1, 0).unwrap_err();
        assert!(many.contains("2,000,000 cells (the limit)"), "{many}");
        let mut budget = Budget::default();
        budget.cells(2, MAX_TEXT_BYTES).unwrap();
        let text = budget.text(1).unwrap_err();
        assert!(text.contains("64 MiB of text (the limit)"), "{text}");
        let mut budget = Budget::default();
        budget.rows(MAX_ROWS).unwrap();
        assert!(budget.rows(1).unwrap_err().contains("1,048,576 rows"));
    }
}
