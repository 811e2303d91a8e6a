//! What bytes are, from their content alone.

use std::io::{Cursor, Read};

use crate::{Kind, ole};

/// The PNG signature.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
/// The start of every JPEG (SOI marker, then the first marker's 0xFF).
const JPEG: &[u8] = b"\xFF\xD8\xFF";
/// The start of a zip's first local file header (or of an empty zip's end record).
const ZIP: &[u8] = b"PK\x03\x04";
/// The start of an RTF document.
const RTF: &[u8] = b"{\\rtf";
/// The start of a PDF header; readers accept it within the first 1024 bytes.
const PDF: &[u8] = b"%PDF-";
/// How far into the file the PDF header may start.
const PDF_WINDOW: usize = 1024;
/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What the bytes are, from their content alone; `None` when they are none of the [`Kind`]s.
///
/// - PNG and JPEG by their signatures;
/// - OLE compound files (signature `D0 CF 11 E0 A1 B1 1A E1`) by the streams at the top of their
///   directory: `WordDocument` → [`Kind::Doc`], `Workbook` or `Book` → [`Kind::Xls`],
///   `PowerPoint Document` → [`Kind::Ppt`] (an encrypted Office document, also an OLE file, is
///   none of these);
/// - zip containers by their parts: `[Content_Types].xml` and parts under exactly one of
///   `word/`, `xl/`, `ppt/` for Office Open XML; the `mimetype` entry for OpenDocument
///   (text, spreadsheet, presentation; not templates);
/// - `{\rtf` at the start for RTF; `%PDF-` within the first 1024 bytes for PDF;
/// - otherwise text: valid UTF-8 (a BOM allowed) with no control characters other than tab,
///   line feed, carriage return and form feed (so no NUL). Text and CSV cannot be told apart by
///   content: text is [`Kind::Txt`].
#[must_use]
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.is_empty() {
        None
    } else if bytes.starts_with(PNG) {
        Some(Kind::Png)
    } else if bytes.starts_with(JPEG) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(ole::SIGNATURE) {
        ole::kind(bytes)
    } else if is_zip(bytes) {
        zip_kind(bytes)
    } else if bytes.starts_with(RTF) {
        Some(Kind::Rtf)
    } else if bytes[..bytes.len().min(PDF_WINDOW)]
        .windows(PDF.len())
        .any(|window| window == PDF)
    {
        Some(Kind::Pdf)
    } else if is_text(bytes) {
        Some(Kind::Txt)
    } else {
        None
    }
}

/// Whether the bytes start like a zip file.
pub(crate) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP)
}

/// Whether the bytes are text: valid UTF-8 (a BOM allowed), no control characters but
/// `\t`, `\n`, `\r` and form feed.
pub(crate) fn is_text(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).is_ok_and(|text| {
        text.chars()
            .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0C'))
    })
}

/// The Office Open XML or OpenDocument kind of a zip container, if it is one.
fn zip_kind(bytes: &[u8]) -> Option<Kind> {
    /// Longer than any OpenDocument media type.
    const MAX_MIMETYPE: u64 = 128;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut content_types = false;
    let (mut word, mut xl, mut ppt) = (false, false, false);
    for name in archive.file_names() {
        let name = name.ok()?;
        content_types |= name == "[Content_Types].xml";
        word |= name.starts_with("word/");
        xl |= name.starts_with("xl/");
        ppt |= name.starts_with("ppt/");
    }
    if content_types {
        return match (word, xl, ppt) {
            (true, false, false) => Some(Kind::Docx),
            (false, true, false) => Some(Kind::Xlsx),
            (false, false, true) => Some(Kind::Pptx),
            _ => None,
        };
    }
    let file = archive.by_name("mimetype").ok()?;
    let mut mimetype = Vec::new();
    file.take(MAX_MIMETYPE).read_to_end(&mut mimetype).ok()?;
    match mimetype.trim_ascii() {
        b"application/vnd.oasis.opendocument.text" => Some(Kind::Odt),
        b"application/vnd.oasis.opendocument.spreadsheet" => Some(Kind::Ods),
        b"application/vnd.oasis.opendocument.presentation" => Some(Kind::Odp),
        _ => None,
    }
}
