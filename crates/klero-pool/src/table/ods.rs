//! A streaming reader of the first table of an OpenDocument spreadsheet (`content.xml`).
//!
//! A spreadsheet program writes runs of equal cells once, with a repeat count
//! (`table:number-columns-repeated`, `table:number-rows-repeated`); a few bytes may describe
//! billions of cells. Here a run of empty cells or rows only moves the position, and a run with
//! content is counted against the limits before a single copy of it is made. Values are read
//! as the spreadsheet library (`calamine`) reads them, so an `.ods` reads as it did before.

use std::io::{BufRead, BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use quick_xml::{Reader, XmlVersion};

use super::{SheetCell, render};
use crate::limits::{Budget, MAX_ROWS, MAX_TEXT_BYTES, grouped, mib};

const TABLE: &str = "table:table";
const ROW: &str = "table:table-row";
const CELL: &str = "table:table-cell";
const COVERED: &str = "table:covered-table-cell";

fn damaged(e: &dyn std::fmt::Display) -> String {
    format!("cannot read the spreadsheet: the file is damaged ({e})")
}

/// The cells of the first table that are not empty, counted against `budget` as they come.
/// A refusal names the row (1-based) being read, if any.
pub(super) fn cells(
    bytes: &[u8],
    budget: &mut Budget,
) -> Result<Vec<SheetCell>, (Option<u64>, String)> {
    let whole = |e: &dyn std::fmt::Display| (None, damaged(e));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| whole(&e))?;
    let content = zip.by_name("content.xml").map_err(|e| whole(&e))?;
    let mut xml = Reader::from_reader(BufReader::new(content));
    let config = xml.config_mut();
    config.trim_text(false);
    config.expand_empty_elements = true;
    config.check_end_names = false;
    config.check_comments = false;
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf).map_err(|e| whole(&e))? {
            Event::Start(e) if e.name().0 == TABLE => break,
            Event::Eof => return Err((None, "the spreadsheet has no worksheet".to_owned())),
            _ => {}
        }
        buf.clear();
    }
    let mut table = Table {
        xml,
        budget,
        cells: Vec::new(),
        row: 0,
        line: 1,
    };
    match table.read() {
        Ok(()) => Ok(table.cells),
        Err(message) => Err((Some(table.line), message)),
    }
}

/// The reader inside the first table.
struct Table<'b, R> {
    xml: Reader<R>,
    budget: &'b mut Budget,
    cells: Vec<SheetCell>,
    /// The 0-based row of the next row element.
    row: u64,
    /// The 1-based row of the row element being read (where a refusal applies).
    line: u64,
}

/// A repeat count (`None` if the attribute is absent); zero counts as one.
fn repeats(e: &BytesStart<'_>, name: &str) -> Result<u64, String> {
    for attr in e.attributes().with_checks(false) {
        let attr = attr.map_err(|e| damaged(&e))?;
        if attr.key.0 == name {
            let text = attr
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| damaged(&e))?;
            let n: u64 = text
                .trim()
                .parse()
                .map_err(|_| damaged(&format!("`{text}` is not a repeat count")))?;
            return Ok(n.max(1));
        }
    }
    Ok(1)
}

impl<R: BufRead> Table<'_, R> {
    fn read(&mut self) -> Result<(), String> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match self
                .xml
                .read_event_into(&mut buf)
                .map_err(|e| damaged(&e))?
            {
                Event::Start(e) if e.name().0 == ROW => {
                    let n = repeats(&e, "table:number-rows-repeated")?;
                    self.read_row(n)?;
                }
                Event::End(e) if e.name().0 == TABLE => return Ok(()),
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// Reads one row element, which stands for `times` equal rows.
    fn read_row(&mut self, times: u64) -> Result<(), String> {
        // The row's runs of cells with content: column, count, text.
        let mut runs: Vec<(u64, u64, String)> = Vec::new();
        let (mut column, mut cells, mut text) = (0u64, 0u64, 0u64);
        self.line = self.row.saturating_add(1);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match self
                .xml
                .read_event_into(&mut buf)
                .map_err(|e| damaged(&e))?
            {
                Event::Start(e) if matches!(e.name().0, CELL | COVERED) => {
                    let n = repeats(&e, "table:number-columns-repeated")?;
                    let covered = e.name().0 == COVERED;
                    let (value, closed) = self.value(&e)?;
                    if !closed {
                        let name = QName(if covered { COVERED } else { CELL });
                        let mut skip = Vec::new();
                        self.xml
                            .read_to_end_into(name, &mut skip)
                            .map_err(|e| damaged(&e))?;
                    }
                    if !value.is_empty() {
                        let len = value.len() as u64;
                        self.budget.column(column.saturating_add(n))?;
                        self.budget.cells(n, n.saturating_mul(len))?;
                        cells += n;
                        text += n * len;
                        runs.push((column, n, value));
                    }
                    column = column.saturating_add(n);
                }
                Event::End(e) if e.name().0 == ROW => break,
                Event::Eof => return Err(damaged(&"the table ends inside a row")),
                _ => {}
            }
        }
        let first = self.row;
        self.row = self.row.saturating_add(times);
        if runs.is_empty() {
            return Ok(());
        }
        if self.row > MAX_ROWS {
            return Err(format!(
                "the table has cells beyond row {} (the limit)",
                grouped(MAX_ROWS)
            ));
        }
        self.budget.rows(times)?;
        let more = times - 1;
        self.budget
            .cells(cells.saturating_mul(more), text.saturating_mul(more))?;
        // Within the limits: rows and columns fit in u32.
        for row in first..self.row {
            for (column, n, value) in &runs {
                for col in *column..column + n {
                    let at = |i: u64| u32::try_from(i).unwrap_or(u32::MAX);
                    self.cells.push((at(row), at(col), value.clone()));
                }
            }
        }
        Ok(())
    }

    /// A cell's value as text, read as `calamine` reads it: the first value attribute, or the
    /// cell's paragraphs for a string (or error) cell without one. Also whether the cell's
    /// element has been read to its end.
    fn value(&mut self, e: &BytesStart<'_>) -> Result<(String, bool), String> {
        let (mut value, mut is_string, mut is_error) = (None::<String>, false, false);
        for attr in e.attributes().with_checks(false) {
            let attr = attr.map_err(|e| damaged(&e))?;
            let key = attr.key.0;
            if !matches!(
                key,
                "office:value"
                    | "office:string-value"
                    | "office:date-value"
                    | "office:time-value"
                    | "office:boolean-value"
                    | "office:value-type"
                    | "calcext:value-type"
            ) {
                continue;
            }
            let text = attr
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| damaged(&e))?;
            match key {
                "office:value" if value.is_none() => {
                    let number: f64 = text
                        .trim()
                        .parse()
                        .map_err(|_| damaged(&format!("`{text}` is not a number")))?;
                    value = Some(render(&calamine::Data::Float(number)));
                }
                "office:string-value" | "office:date-value" | "office:time-value"
                    if value.is_none() =>
                {
                    value = Some(text.into_owned());
                }
                "office:boolean-value" if value.is_none() => {
                    value = Some((text == "TRUE" || text == "true").to_string());
                }
                "office:value-type" if value.is_none() => is_string = text == "string",
                "calcext:value-type" => is_error = text == "error",
                _ => {}
            }
        }
        let read_text = match &value {
            None => is_string,
            Some(v) => is_error && v.is_empty(),
        };
        if read_text {
            let covered = e.name().0 == COVERED;
            Ok((self.paragraphs(covered)?, true))
        } else {
            Ok((value.unwrap_or_default(), false))
        }
    }

    /// The text of a cell's paragraphs, up to the end of the cell.
    fn paragraphs(&mut self, covered: bool) -> Result<String, String> {
        let end = if covered { COVERED } else { CELL };
        let too_long = || {
            format!(
                "the table holds more than {} of text (the limit)",
                mib(MAX_TEXT_BYTES)
            )
        };
        let (mut text, mut first) = (String::new(), true);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match self
                .xml
                .read_event_into(&mut buf)
                .map_err(|e| damaged(&e))?
            {
                Event::Text(t) => text.push_str(&t.xml10_content()),
                Event::GeneralRef(r) => {
                    let name: &str = &r;
                    if let Some(s) = quick_xml::escape::resolve_xml_entity(name) {
                        text.push_str(s);
                    } else if let Some(c) = r.resolve_char_ref().map_err(|e| damaged(&e))? {
                        text.push(c);
                    } else {
                        return Err(damaged(&format!("unknown entity `&{name};`")));
                    }
                }
                Event::End(e) if e.name().0 == end => return Ok(text),
                Event::Start(e) => match e.name().0 {
                    "office:annotation" => {
                        let mut skip = Vec::new();
                        self.xml
                            .read_to_end_into(e.name(), &mut skip)
                            .map_err(|e| damaged(&e))?;
                    }
                    "text:p" if first => first = false,
                    "text:p" | "text:line-break" => text.push('\n'),
                    "text:tab" => text.push('\t'),
                    "text:s" => {
                        let n = repeats(&e, "text:c")?;
                        if (text.len() as u64).saturating_add(n) > MAX_TEXT_BYTES {
                            return Err(too_long());
                        }
                        text.extend(std::iter::repeat_n(' ', n as usize));
                    }
                    _ => {}
                },
                Event::Eof => return Err(damaged(&"the table ends inside a cell")),
                _ => {}
            }
            if text.len() as u64 > MAX_TEXT_BYTES {
                return Err(too_long());
            }
        }
    }
}
