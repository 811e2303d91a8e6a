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
    let mut rows = rows
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
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
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut not_utf8 = Vec::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                problems.push(Problem {
                    file: source.name.to_owned(),
                    line: e.position().map(csv::Position::line),
                    column: None,
                    message: format!("cannot read the file as CSV: {e}"),
                });
                break;
            }
        }
        let line = record.position().map_or(0, csv::Position::line);
        let mut cells = Vec::with_capacity(record.len());
        for field in record.iter() {
            match std::str::from_utf8(field) {
                Ok(s) => cells.push(s.to_owned()),
                Err(_) => {
                    if not_utf8.last() != Some(&line) {
                        not_utf8.push(line);
                    }
                    cells.push(String::from_utf8_lossy(field).into_owned());
                }
            }
        }
        rows.push(Row { line, cells });
    }
    if let Some(&first) = not_utf8.first() {
        let more = match not_utf8.len() - 1 {
            0 => String::new(),
            1 => " (and 1 more line)".to_owned(),
            n => format!(" (and {n} more lines)"),
        };
        problems.push(Problem {
            file: source.name.to_owned(),
            line: Some(first),
            column: None,
            message: format!(
                "the text is not valid UTF-8{more}; save the file as \"CSV UTF-8\" and try again"
            ),
        });
    }
    rows
}

fn read_spreadsheet(source: &Source<'_>, problems: &mut Vec<Problem>) -> Vec<Row> {
    // A reader must not bring its caller down, whatever the bytes: a panic in the spreadsheet
    // library becomes a problem like any unreadable file.
    let result = std::panic::catch_unwind(|| first_worksheet(source.bytes));
    let range = match result {
        Ok(Ok(range)) => range,
        Ok(Err(message)) => {
            problems.push(Problem {
                file: source.name.to_owned(),
                line: None,
                column: None,
                message,
            });
            return Vec::new();
        }
        Err(_) => {
            problems.push(Problem {
                file: source.name.to_owned(),
                line: None,
                column: None,
                message: "cannot read the spreadsheet: the file is damaged".to_owned(),
            });
            return Vec::new();
        }
    };
    let Some((first_row, _)) = range.start() else {
        return Vec::new();
    };
    range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            line: u64::from(first_row) + i as u64 + 1,
            cells: cells.iter().map(render).collect(),
        })
        .collect()
}

fn first_worksheet(bytes: &[u8]) -> Result<calamine::Range<calamine::Data>, String> {
    use calamine::Reader;
    let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| format!("cannot read the spreadsheet: {e}"))?;
    let name = workbook
        .sheets_metadata()
        .iter()
        .find(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .ok_or_else(|| "the spreadsheet has no worksheet".to_owned())?;
    workbook
        .worksheet_range(&name)
        .map_err(|e| format!("cannot read worksheet `{name}`: {e}"))
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
    fn renders_whole_numbers_without_decimals() {
        assert_eq!(render(&calamine::Data::Float(3.0)), "3");
        assert_eq!(render(&calamine::Data::Float(-0.0)), "0");
        assert_eq!(render(&calamine::Data::Float(2.5)), "2.5");
        assert_eq!(render(&calamine::Data::Int(7)), "7");
        assert_eq!(render(&calamine::Data::Empty), "");
    }
}
