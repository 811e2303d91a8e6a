//! Checks the zip container of a spreadsheet (xlsx, xlsb, ods) before anything reads a part of
//! it whole: the number of entries, and each entry's size, both as declared and as really
//! unpacked (a declared size can lie; the bytes are counted as they come out, and reading stops
//! at the first byte past a limit, so a check never holds more than a small buffer).

use std::io::{Cursor, Read};

use crate::limits::{
    MAX_OTHER_PART_BYTES, MAX_SHEET_PART_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES, grouped, mib,
};

/// What a checked container holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    /// An OpenDocument spreadsheet.
    Ods,
    /// An Excel workbook in XML parts.
    Xlsx,
    /// An Excel workbook in binary parts.
    Xlsb,
}

/// Whether a part is a worksheet, read as a stream (the others are read whole).
fn is_sheet_part(name: &str) -> bool {
    name == "content.xml"
        || (name.starts_with("xl/worksheets/")
            && (name.ends_with(".xml") || name.ends_with(".bin")))
}

fn damaged(e: &dyn std::fmt::Display) -> String {
    format!("cannot read the spreadsheet: the file is damaged ({e})")
}

/// Checks every entry of the zip file in `bytes` against the limits, and tells its format.
pub(super) fn check(bytes: &[u8]) -> Result<Format, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    if u64::try_from(zip.len()).unwrap_or(u64::MAX) > MAX_ZIP_ENTRIES {
        return Err(format!(
            "cannot read the spreadsheet: it holds more than {} parts (the limit)",
            grouped(MAX_ZIP_ENTRIES)
        ));
    }
    let (mut total, mut ods, mut xlsb, mut xlsx) = (0u64, false, false, false);
    let mut buffer = vec![0u8; 1 << 16];
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| damaged(&e))?;
        let name = entry.name().map_err(|e| damaged(&e))?.into_owned();
        let limit = if is_sheet_part(&name) {
            MAX_SHEET_PART_BYTES
        } else {
            MAX_OTHER_PART_BYTES
        };
        let too_large = || {
            format!(
                "cannot read the spreadsheet: its part `{name}` unpacks to more than {} \
                 (the limit)",
                mib(limit)
            )
        };
        if entry.size() > limit {
            return Err(too_large());
        }
        let mut unpacked = 0u64;
        loop {
            let n = entry.read(&mut buffer).map_err(|e| damaged(&e))?;
            if n == 0 {
                break;
            }
            let n = n as u64;
            unpacked += n;
            total += n;
            if unpacked > limit {
                return Err(too_large());
            }
            if total > MAX_UNPACKED_BYTES {
                return Err(format!(
                    "cannot read the spreadsheet: its parts unpack to more than {} together \
                     (the limit)",
                    mib(MAX_UNPACKED_BYTES)
                ));
            }
        }
        match name.as_str() {
            "content.xml" => ods = true,
            "xl/workbook.bin" => xlsb = true,
            "xl/workbook.xml" => xlsx = true,
            _ => {}
        }
    }
    match (ods, xlsx, xlsb) {
        (true, false, false) => Ok(Format::Ods),
        (false, true, false) => Ok(Format::Xlsx),
        (false, false, true) => Ok(Format::Xlsb),
        _ => Err(
            "cannot read the spreadsheet: it is a zip file, but not an xlsx, xlsb or \
                  ods workbook"
                .to_owned(),
        ),
    }
}
