//! Turns a CSV or spreadsheet source into rows of text cells with their line numbers.

mod archive;
mod ods;

use crate::limits::{self, Budget, MAX_CELLS, MAX_SPREADSHEET_BYTES, mib};
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

/// Reads a source. Problems (bytes that are not UTF-8, an unreadable spreadsheet, a file past
/// one of the [`limits`](crate::limits)) are added to `problems`; the rows that could be read
/// are returned (none, for a file past a limit).
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

/// Whether bytes read as CSV are binary data rather than text: a NUL byte, or more than 1 % of
/// control characters (other than tab, line ends and form feed), in the first 64 KiB. Text in
/// another encoding than UTF-8 (Latin-1...) is not binary: it gets its own message, by line.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    head.contains(&0) || control * 100 > head.len()
}

fn read_csv(source: &Source<'_>, problems: &mut Vec<Problem>) -> Vec<Row> {
    let bytes = source.bytes.strip_prefix(BOM).unwrap_or(source.bytes);
    if looks_binary(bytes) {
        // One line, and none of the junk echoed back.
        problems.push(Problem {
            file: source.name.to_owned(),
            line: None,
            column: None,
            message: "this is not a text file but binary data: save it as CSV UTF-8, .xlsx or \
                      .ods and try again"
                .to_owned(),
        });
        return Vec::new();
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(bytes))
        .from_reader(bytes);
    let mut lines = Lines::new(bytes);
    let mut budget = Budget::default();
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
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            // A blank line is left out by `read`; it is not kept, so it costs nothing.
            continue;
        }
        let counted = budget
            .column(record.len() as u64)
            .and_then(|()| budget.rows(1))
            .and_then(|()| budget.cells(record.len() as u64, record.as_slice().len() as u64));
        if let Err(message) = counted {
            problems.push(Problem {
                file: source.name.to_owned(),
                line: Some(line),
                column: None,
                message,
            });
            return Vec::new();
        }
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
        Ok(Err((line, message))) => {
            problems.push(Problem {
                line,
                ..problem(message)
            });
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

/// Reads a spreadsheet file, refusing one larger than [`MAX_SPREADSHEET_BYTES`] before reading
/// it (the bytes are held while the workbook is read).
pub(crate) fn read_spreadsheet_file(path: &std::path::Path) -> Result<Vec<u8>, String> {
    let cannot_read = |e: std::io::Error| format!("cannot read the file: {e}");
    let size = std::fs::metadata(path).map_err(cannot_read)?.len();
    if size > MAX_SPREADSHEET_BYTES {
        return Err(too_large_spreadsheet());
    }
    std::fs::read(path).map_err(cannot_read)
}

fn too_large_spreadsheet() -> String {
    format!(
        "the spreadsheet is larger than {} (the limit); save it as CSV",
        mib(MAX_SPREADSHEET_BYTES)
    )
}

/// A cell of a worksheet that is not empty: row and column (0-based) and text.
type SheetCell = (u32, u32, String);

/// Why a worksheet cannot be read, and the row (1-based) where it applies, if one does.
type Refusal = (Option<u64>, String);

/// A refusal that concerns the whole file.
fn whole(message: String) -> Refusal {
    (None, message)
}

/// The cells of the first worksheet that are not empty, counted against the
/// [`limits`](crate::limits) as they are read: nothing past a limit is ever held.
///
/// The zip container (xlsx, xlsb, ods) is checked first ([`archive::check`]): the parts the
/// spreadsheet library reads whole (shared strings, styles) cannot be larger than a limit,
/// whatever sizes they declare. Excel workbooks are then read cell by cell (the library's own
/// table would span every row and column between the first cell and the last, so a single
/// stray cell far away, `XFD1048576`, would ask for hundreds of gigabytes); OpenDocument
/// spreadsheets by this crate's own streaming reader ([`ods`]), which never expands a run of
/// empty cells. Legacy `.xls` files are refused: their library reader lays out the whole sheet.
fn worksheet_cells(bytes: &[u8]) -> Result<Vec<SheetCell>, Refusal> {
    use calamine::Reader;
    if bytes.len() as u64 > MAX_SPREADSHEET_BYTES {
        return Err(whole(too_large_spreadsheet()));
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Err(whole(
            "cannot read the spreadsheet: legacy .xls workbooks (and encrypted ones) are not \
             read; save it as .xlsx, .ods or CSV and try again"
                .to_owned(),
        ));
    }
    if !bytes.starts_with(b"PK") {
        return Err(whole(
            "cannot read the spreadsheet: it is not an xlsx, xlsb or ods workbook".to_owned(),
        ));
    }
    let mut budget = Budget::default();
    let format = archive::check(bytes).map_err(whole)?;
    if format == archive::Format::Ods {
        return ods::cells(bytes, &mut budget);
    }
    let cursor = std::io::Cursor::new(bytes);
    let open = |e: &dyn std::fmt::Display| format!("cannot read the spreadsheet: {e}");
    let mut cells = Vec::new();
    let mut keep = |(row, col): (u32, u32), data: calamine::Data| -> Result<(), Refusal> {
        let text = render(&data);
        if !text.is_empty() {
            budget
                .column(u64::from(col) + 1)
                .and_then(|()| budget.cells(1, text.len() as u64))
                .map_err(|message| (Some(u64::from(row) + 1), message))?;
            cells.push((row, col, text));
        }
        Ok(())
    };
    if format == archive::Format::Xlsx {
        let mut xlsx: calamine::Xlsx<_> =
            calamine::Reader::new(cursor).map_err(|e| whole(open(&e)))?;
        let name = first_worksheet(xlsx.sheets_metadata()).map_err(whole)?;
        let damaged =
            |e: &dyn std::fmt::Display| whole(format!("cannot read worksheet `{name}`: {e}"));
        let mut reader = xlsx
            .worksheet_cells_reader(&name)
            .map_err(|e| damaged(&e))?;
        while let Some(cell) = reader.next_cell().map_err(|e| damaged(&e))? {
            keep(cell.get_position(), cell.get_value().clone().into())?;
        }
    } else {
        let mut xlsb: calamine::Xlsb<_> =
            calamine::Reader::new(cursor).map_err(|e| whole(open(&e)))?;
        let name = first_worksheet(xlsb.sheets_metadata()).map_err(whole)?;
        let damaged =
            |e: &dyn std::fmt::Display| whole(format!("cannot read worksheet `{name}`: {e}"));
        let mut reader = xlsb
            .worksheet_cells_reader(&name)
            .map_err(|e| damaged(&e))?;
        while let Some(cell) = reader.next_cell().map_err(|e| damaged(&e))? {
            keep(cell.get_position(), cell.get_value().clone().into())?;
        }
    }
    Ok(cells)
}

/// The name of a workbook's first worksheet.
fn first_worksheet(sheets: &[calamine::Sheet]) -> Result<String, String> {
    sheets
        .iter()
        .find(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .ok_or_else(|| "the spreadsheet has no worksheet".to_owned())
}

/// Lays cells out in rows, as a CSV file of the sheet would have them: columns counted from the
/// leftmost cell, each row as wide as its last cell and at least as wide as the header (a
/// spreadsheet does not store the empty cells at the end of a row), rows without cells left out.
/// The cells laid out, blanks included, are counted against [`MAX_CELLS`] before any is made.
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
        return Err(limits::too_many_cells());
    }
    Budget::default().rows(rows.len() as u64)?;
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
