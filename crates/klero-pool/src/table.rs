//! Turns a CSV or spreadsheet source into rows of text cells with their line numbers.

use crate::{Kind, Problem, Source};

/// One non-blank row of a file.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    /// Line (CSV) or row (spreadsheet) number, 1-based.
    pub line: u64,
    /// The cells, as written.
    pub cells: Vec<String>,
}

/// A file read as rows; rows whose cells are all blank are left out.
#[derive(Clone, Debug, Default)]
pub(crate) struct Table {
    /// The first non-blank row.
    pub header: Option<Row>,
    /// The rows after the header.
    pub rows: Vec<Row>,
}

/// Reads a source. Problems (bytes that are not UTF-8, an unreadable spreadsheet) are added to
/// `problems`; the rows that could be read are returned.
pub(crate) fn read(source: &Source<'_>, problems: &mut Vec<Problem>) -> Table {
    let rows = match source.kind {
        Kind::Csv => read_csv(source, problems),
        Kind::Spreadsheet => read_spreadsheet(source, problems),
    };
    let mut rows = rows.into_iter().filter(|r| !is_blank(r));
    let header = rows.next();
    Table {
        header,
        rows: rows.collect(),
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The separator of a CSV file: whichever of `,`, `;` and tab occurs most often outside quotes
/// on the first non-blank line (`,` on a tie).
pub(crate) fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut tabs) = (0usize, 0usize, 0usize);
    let mut in_quotes = false;
    let mut seen_content = false;
    for &b in bytes {
        match b {
            b'"' => {
                in_quotes = !in_quotes;
                seen_content = true;
            }
            b'\n' | b'\r' if !in_quotes => {
                if seen_content {
                    break;
                }
            }
            b',' if !in_quotes => commas += 1,
            b';' if !in_quotes => semicolons += 1,
            b'\t' if !in_quotes => tabs += 1,
            b' ' => {}
            _ => seen_content = true,
        }
        if commas + semicolons + tabs > 0 {
            seen_content = true;
        }
    }
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

fn read_csv(source: &Source<'_>, problems: &mut Vec<Problem>) -> Vec<Row> {
    let bytes = source.bytes.strip_prefix(BOM).unwrap_or(source.bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(bytes))
        .from_reader(bytes);
    let mut lines = Lines::new(bytes);
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    // The line and field of each line's first cell that is not UTF-8.
    let mut not_utf8: Vec<(u64, usize)> = Vec::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                problems.push(Problem {
                    file: source.name.to_owned(),
                    line: e.position().map(|p| lines.of_record(p.byte())),
                    column: None,
                    message: format!("cannot read the file as CSV: {e}"),
                });
                break;
            }
        }
        let line = record.position().map_or(0, |p| lines.of_record(p.byte()));
        let mut cells = Vec::with_capacity(record.len());
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(s) => cells.push(s.to_owned()),
                Err(_) => {
                    if not_utf8.last().is_none_or(|&(l, _)| l != line) {
                        not_utf8.push((line, i));
                    }
                    cells.push(String::from_utf8_lossy(field).into_owned());
                }
            }
        }
        rows.push(Row { line, cells });
    }
    if let Some(&(first, field)) = not_utf8.first() {
        let more = match not_utf8.len() - 1 {
            0 => String::new(),
            1 => " (and 1 more line)".to_owned(),
            n => format!(" (and {n} more lines)"),
        };
        // The column is named by the header (the first row that is not blank), unless the
        // bad bytes are in the header itself.
        let column = rows
            .iter()
            .find(|r| !is_blank(r))
            .filter(|header| header.line != first)
            .and_then(|header| header.cells.get(field))
            .map(|name| name.trim().to_owned());
        problems.push(Problem {
            file: source.name.to_owned(),
            line: Some(first),
            column,
            message: format!(
                "the text is not valid UTF-8{more}; save the file as \"CSV UTF-8\" and try again"
            ),
        });
    }
    rows
}

/// Whether every cell of a row is blank.
fn is_blank(row: &Row) -> bool {
    row.cells.iter().all(|c| c.trim().is_empty())
}

/// Line numbers of byte offsets, counted as an editor shows them (`\n`, `\r\n` or a lone `\r`
/// ends a line, inside quotes too), for offsets that never decrease.
///
/// The CSV reader's own line numbers cannot be used: it starts a record after the `\r` of a
/// `\r\n`, so in a file with Windows line ends every record is reported one line early.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Lines {
            bytes,
            at: 0,
            line: 1,
        }
    }

    /// The line of a record the CSV reader says starts at byte `offset`: the line of its first
    /// byte that is not a line break.
    fn of_record(&mut self, offset: u64) -> u64 {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        let skip = self
            .bytes
            .get(offset..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == b'\r' || b == b'\n')
            .count();
        self.advance(offset.saturating_add(skip));
        self.line
    }

    fn advance(&mut self, to: usize) {
        let to = to.min(self.bytes.len());
        if to <= self.at {
            return;
        }
        let seen = self.bytes.get(self.at..to).unwrap_or_default();
        for (i, &b) in seen.iter().enumerate() {
            let next = self.bytes.get(self.at + i + 1);
            if b == b'\n' || (b == b'\r' && next != Some(&b'\n')) {
                self.line += 1;
            }
        }
        self.at = to;
    }
}

/// At most this many cells are laid out from a worksheet (rows as wide as their last cell or
/// the header): a few cells far apart must not make the reader ask for gigabytes.
const MAX_CELLS: u64 = 20_000_000;

fn read_spreadsheet(source: &Source<'_>, problems: &mut Vec<Problem>) -> Vec<Row> {
    let problem = |message: String| Problem {
        file: source.name.to_owned(),
        line: None,
        column: None,
        message,
    };
    // A reader must not bring its caller down, whatever the bytes: a panic in the spreadsheet
    // library becomes a problem like any unreadable file.
    let result = std::panic::catch_unwind(|| worksheet_cells(source.bytes));
    let cells = match result {
        Ok(Ok(cells)) => cells,
        Ok(Err(message)) => {
            problems.push(problem(message));
            return Vec::new();
        }
        Err(_) => {
            problems.push(problem(
                "cannot read the spreadsheet: the file is damaged".to_owned(),
            ));
            return Vec::new();
        }
    };
    match lay_out(cells) {
        Ok(rows) => rows,
        Err(message) => {
            problems.push(problem(message));
            Vec::new()
        }
    }
}

/// A cell of a worksheet that is not empty: row and column (0-based) and text.
type SheetCell = (u32, u32, String);

/// The cells of the first worksheet that are not empty.
///
/// Excel workbooks (xlsx, xlsb) are read cell by cell: the spreadsheet library's own table would
/// span every row and column between the first cell and the last, so a single stray cell far
/// away (`XFD1048576`) would ask for hundreds of gigabytes.
fn worksheet_cells(bytes: &[u8]) -> Result<Vec<SheetCell>, String> {
    use calamine::{Reader, Sheets};
    let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| format!("cannot read the spreadsheet: {e}"))?;
    let name = workbook
        .sheets_metadata()
        .iter()
        .find(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .ok_or_else(|| "the spreadsheet has no worksheet".to_owned())?;
    let damaged = |e: &dyn std::fmt::Display| format!("cannot read worksheet `{name}`: {e}");
    let mut cells = Vec::new();
    let mut keep = |(row, col): (u32, u32), data: calamine::Data| {
        let text = render(&data);
        if !text.is_empty() {
            cells.push((row, col, text));
        }
    };
    match &mut workbook {
        Sheets::Xlsx(xlsx) => {
            let mut reader = xlsx
                .worksheet_cells_reader(&name)
                .map_err(|e| damaged(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| damaged(&e))? {
                keep(cell.get_position(), cell.get_value().clone().into());
            }
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb
                .worksheet_cells_reader(&name)
                .map_err(|e| damaged(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| damaged(&e))? {
                keep(cell.get_position(), cell.get_value().clone().into());
            }
        }
        Sheets::Xls(_) | Sheets::Ods(_) => {
            let range = workbook.worksheet_range(&name).map_err(|e| damaged(&e))?;
            let (row0, col0) = range.start().unwrap_or((0, 0));
            for (r, c, data) in range.used_cells() {
                let at = |start: u32, i: usize| {
                    start.saturating_add(u32::try_from(i).unwrap_or(u32::MAX))
                };
                keep((at(row0, r), at(col0, c)), data.clone());
            }
        }
    }
    Ok(cells)
}

/// Lays cells out in rows, as a CSV file of the sheet would have them: columns counted from the
/// leftmost cell, each row as wide as its last cell and at least as wide as the header (a
/// spreadsheet does not store the empty cells at the end of a row), rows without cells left out.
fn lay_out(mut cells: Vec<SheetCell>) -> Result<Vec<Row>, String> {
    cells.sort_by_key(|&(row, col, _)| (row, col));
    let Some(first_col) = cells.iter().map(|&(_, col, _)| col).min() else {
        return Ok(Vec::new());
    };
    // Each row's line and width.
    let mut rows: Vec<(u32, u64)> = Vec::new();
    for &(row, col, _) in &cells {
        let width = u64::from(col - first_col) + 1;
        match rows.last_mut() {
            Some((last, w)) if *last == row => *w = width,
            _ => rows.push((row, width)),
        }
    }
    let header_width = cells
        .iter()
        .find(|(_, _, text)| !text.trim().is_empty())
        .and_then(|&(row, _, _)| rows.iter().find(|&&(r, _)| r == row))
        .map_or(0, |&(_, width)| width);
    let total = rows
        .iter()
        .fold(0u64, |sum, &(_, w)| sum.saturating_add(w.max(header_width)));
    if total > MAX_CELLS {
        let (top, bottom) = (
            rows.first().map_or(0, |r| r.0),
            rows.last().map_or(0, |r| r.0),
        );
        let right = cells
            .iter()
            .map(|&(_, col, _)| col)
            .max()
            .unwrap_or(first_col);
        return Err(format!(
            "the worksheet is too large to read: its cells span rows {} to {} and {} columns; \
             delete the cells outside the table and try again",
            u64::from(top) + 1,
            u64::from(bottom) + 1,
            u64::from(right - first_col) + 1
        ));
    }
    let mut out: Vec<Row> = rows
        .iter()
        .map(|&(row, width)| Row {
            line: u64::from(row) + 1,
            cells: vec![String::new(); usize::try_from(width.max(header_width)).unwrap_or(0)],
        })
        .collect();
    // Cells and rows are in the same order.
    let mut at = 0;
    for (row, col, text) in cells {
        while out.get(at).is_some_and(|r| r.line != u64::from(row) + 1) {
            at += 1;
        }
        let slot = out
            .get_mut(at)
            .and_then(|r| r.cells.get_mut(usize::try_from(col - first_col).ok()?));
        if let Some(slot) = slot {
            *slot = text;
        }
    }
    Ok(out)
}

/// A cell as text; whole numbers are written without a decimal part.
fn render(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
            // Exact: |f| < 2^53, so the conversion loses nothing.
            format!("{}", *f as i64)
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_header_line_only() {
        assert_eq!(sniff_delimiter(b"a;b;c\n1,2,3,4,5\n"), b';');
        assert_eq!(sniff_delimiter(b"a,b,c\n1;2;3;4;5\n"), b',');
        assert_eq!(sniff_delimiter(b"\n\r\n  \"x;y;z\",b\n"), b',');
        assert_eq!(sniff_delimiter(b"a\tb\tc\n"), b'\t');
        assert_eq!(sniff_delimiter(b""), b',');
    }

    #[test]
    fn counts_lines_as_an_editor_shows_them() {
        let mut lines = Lines::new(b"a\r\nb\r\n\r\nc\rd\n\"e\r\nf\"\ng");
        assert_eq!(lines.of_record(0), 1);
        // The CSV reader starts the next record after `\r`: it is still on line 2.
        assert_eq!(lines.of_record(2), 2);
        assert_eq!(lines.of_record(5), 4);
        assert_eq!(lines.of_record(9), 5);
        assert_eq!(lines.of_record(11), 6);
        assert_eq!(lines.of_record(21), 8);
        assert_eq!(lines.of_record(99), 8);
    }

    #[test]
    fn renders_whole_numbers_without_decimals() {
        assert_eq!(render(&calamine::Data::Float(3.0)), "3");
        assert_eq!(render(&calamine::Data::Float(-0.0)), "0");
        assert_eq!(render(&calamine::Data::Float(2.5)), "2.5");
        assert_eq!(render(&calamine::Data::Int(7)), "7");
        assert_eq!(render(&calamine::Data::Empty), "");
    }
}
