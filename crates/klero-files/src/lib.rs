//! Checks documents uploaded to a panel's library before they are stored.
//!
//! A browser's content type and a file's name say nothing reliable about what the bytes are.
//! [`sniff`] tells what a file really is from its content alone (magic numbers; for zip
//! containers the parts inside; for OLE compound files the streams in their directory).
//! [`check`] takes the uploaded name, the bytes and a size limit, and accepts the upload only
//! when the name's extension is an accepted [`Kind`] and the content really is that kind (for
//! zip containers also: no macros, no archive that unpacks far beyond the limit); otherwise it
//! returns the first [`FileProblem`] found. [`safe_name`] and [`content_disposition`] make the
//! name to offer when the document is downloaded.
//!
//! Everything is pure: no I/O, no clock, no randomness. Store the document with
//! [`Kind::content_type`] (never the browser's), serve it with `X-Content-Type-Options: nosniff`
//! and the [`content_disposition`] of its [`safe_name`].
//!
//! ```
//! use klero_files::{FileProblem, Kind, check, content_disposition, safe_name};
//!
//! let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
//! assert_eq!(check("Minutes.PDF", pdf, 1_000_000), Ok(Kind::Pdf));
//! assert_eq!(Kind::Pdf.content_type(), "application/pdf");
//!
//! // A web page renamed to .pdf is text, not a PDF.
//! let html = b"<html><script>alert(1)</script></html>";
//! assert_eq!(
//!     check("minutes.pdf", html, 1_000_000),
//!     Err(FileProblem::ContentMismatch { claimed: "pdf", found: Some("txt") })
//! );
//!
//! let name = safe_name("../../Rapport é.pdf", Some(Kind::Pdf));
//! assert_eq!(name, "Rapport é.pdf");
//! assert_eq!(
//!     content_disposition(&name),
//!     "attachment; filename=\"Rapport _.pdf\"; filename*=UTF-8''Rapport%20%C3%A9.pdf"
//! );
//! ```

mod name;
mod ole;
mod sniff;

pub use name::{content_disposition, safe_name};
pub use sniff::sniff;

use std::io::{Cursor, Read};

/// The kinds of documents a library accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A PDF document.
    Pdf,
    /// A Word document (Office Open XML).
    Docx,
    /// An Excel workbook (Office Open XML).
    Xlsx,
    /// A PowerPoint presentation (Office Open XML).
    Pptx,
    /// An OpenDocument text.
    Odt,
    /// An OpenDocument spreadsheet.
    Ods,
    /// An OpenDocument presentation.
    Odp,
    /// A Word 97–2003 document (OLE compound file).
    Doc,
    /// An Excel 97–2003 workbook (OLE compound file).
    Xls,
    /// A PowerPoint 97–2003 presentation (OLE compound file).
    Ppt,
    /// A Rich Text Format document.
    Rtf,
    /// Plain UTF-8 text.
    Txt,
    /// Comma-separated values (UTF-8 text).
    Csv,
    /// A PNG image.
    Png,
    /// A JPEG image.
    Jpeg,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 15] = [
        Kind::Pdf,
        Kind::Docx,
        Kind::Xlsx,
        Kind::Pptx,
        Kind::Odt,
        Kind::Ods,
        Kind::Odp,
        Kind::Doc,
        Kind::Xls,
        Kind::Ppt,
        Kind::Rtf,
        Kind::Txt,
        Kind::Csv,
        Kind::Png,
        Kind::Jpeg,
    ];

    /// The true MIME type to store and serve the document with.
    #[must_use]
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Kind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Kind::Odt => "application/vnd.oasis.opendocument.text",
            Kind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Kind::Odp => "application/vnd.oasis.opendocument.presentation",
            Kind::Doc => "application/msword",
            Kind::Xls => "application/vnd.ms-excel",
            Kind::Ppt => "application/vnd.ms-powerpoint",
            Kind::Rtf => "application/rtf",
            Kind::Txt => "text/plain; charset=utf-8",
            Kind::Csv => "text/csv; charset=utf-8",
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
        }
    }

    /// The file name extensions of the kind: lower case, without the dot, the usual one first.
    #[must_use]
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Kind::Pdf => &["pdf"],
            Kind::Docx => &["docx"],
            Kind::Xlsx => &["xlsx"],
            Kind::Pptx => &["pptx"],
            Kind::Odt => &["odt"],
            Kind::Ods => &["ods"],
            Kind::Odp => &["odp"],
            Kind::Doc => &["doc"],
            Kind::Xls => &["xls"],
            Kind::Ppt => &["ppt"],
            Kind::Rtf => &["rtf"],
            Kind::Txt => &["txt"],
            Kind::Csv => &["csv"],
            Kind::Png => &["png"],
            Kind::Jpeg => &["jpg", "jpeg"],
        }
    }

    /// The kind's stored name: `"pdf"`, `"docx"`, … `"png"`, `"jpeg"`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Docx => "docx",
            Kind::Xlsx => "xlsx",
            Kind::Pptx => "pptx",
            Kind::Odt => "odt",
            Kind::Ods => "ods",
            Kind::Odp => "odp",
            Kind::Doc => "doc",
            Kind::Xls => "xls",
            Kind::Ppt => "ppt",
            Kind::Rtf => "rtf",
            Kind::Txt => "txt",
            Kind::Csv => "csv",
            Kind::Png => "png",
            Kind::Jpeg => "jpeg",
        }
    }

    /// The kind with this stored [name](Kind::name) (exactly, lower case), if any.
    #[must_use]
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// The kind a file name extension (without the dot, any case) stands for, if accepted.
    #[must_use]
    pub fn from_extension(extension: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| {
            kind.extensions()
                .iter()
                .any(|ext| ext.eq_ignore_ascii_case(extension))
        })
    }

    /// Whether the kind is a zip container (Office Open XML or OpenDocument).
    fn is_zip(self) -> bool {
        matches!(
            self,
            Kind::Docx | Kind::Xlsx | Kind::Pptx | Kind::Odt | Kind::Ods | Kind::Odp
        )
    }
}

/// Why an upload is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    /// The file has no bytes.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than the limit.
    #[error("the file is {size} bytes, above the limit of {limit}")]
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The largest size accepted, in bytes.
        limit: u64,
    },
    /// The name's extension (lower case, without the dot; empty when the name has none) is not
    /// that of an accepted kind.
    #[error("files named .{0} are not accepted")]
    ExtensionNotAccepted(String),
    /// The content is not the kind the name's extension claims.
    #[error("the file's content is not a {claimed} file")]
    ContentMismatch {
        /// The [`Kind::name`] of the kind the extension claims.
        claimed: &'static str,
        /// The [`Kind::name`] of what the bytes are, if recognised.
        found: Option<&'static str>,
    },
    /// The document contains macros (a VBA project).
    #[error("the document contains macros")]
    Macros,
    /// The zip container cannot be read, has more than 10,000 entries, or declares more than
    /// 20 times the size limit once unpacked.
    #[error("the archive is damaged or too large once unpacked")]
    BadArchive,
}

/// The most entries a zip container may have.
const MAX_ENTRIES: usize = 10_000;
/// How many times the size limit a zip container may declare once unpacked.
const MAX_RATIO: u64 = 20;
/// The longest extension echoed back in [`FileProblem::ExtensionNotAccepted`].
const MAX_EXTENSION_ECHO: usize = 20;

/// Checks an upload before it is stored and returns its kind, or the first problem found.
///
/// In order: the size (more than 0 bytes, at most `limit`); the name's extension (any case) is
/// that of an accepted [`Kind`]; for the zip kinds, the container is readable, has at most
/// 10,000 entries, declares at most 20 × `limit` bytes once unpacked ([`FileProblem::BadArchive`])
/// and has no VBA project ([`FileProblem::Macros`]); the content is the claimed kind (text
/// content is accepted for both `.txt` and `.csv`); for Word and Excel 97–2003 files, no VBA
/// project.
///
/// # Errors
///
/// The first [`FileProblem`] found, as above.
pub fn check(name: &str, bytes: &[u8], limit: u64) -> Result<Kind, FileProblem> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size == 0 {
        return Err(FileProblem::Empty);
    }
    if size > limit {
        return Err(FileProblem::TooLarge { size, limit });
    }
    let extension = extension(name);
    let Some(claimed) = Kind::from_extension(&extension) else {
        let echo: String = extension.chars().take(MAX_EXTENSION_ECHO).collect();
        return Err(FileProblem::ExtensionNotAccepted(echo));
    };
    if claimed.is_zip() && sniff::is_zip(bytes) {
        check_archive(bytes, limit)?;
    }
    let mismatch = || FileProblem::ContentMismatch {
        claimed: claimed.name(),
        found: sniff(bytes).map(Kind::name),
    };
    match claimed {
        // Text cannot be told from CSV by content; any text (even one that also looks like
        // something else) is harmless served as text/plain or text/csv.
        Kind::Txt | Kind::Csv => {
            if sniff::is_text(bytes) {
                Ok(claimed)
            } else {
                Err(mismatch())
            }
        }
        _ => {
            if sniff(bytes) != Some(claimed) {
                return Err(mismatch());
            }
            if matches!(claimed, Kind::Doc | Kind::Xls) && ole::has_vba(bytes) {
                return Err(FileProblem::Macros);
            }
            Ok(claimed)
        }
    }
}

/// The lower-cased extension of the last path component of `name` ("" when there is none).
fn extension(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    match last.rsplit_once('.') {
        Some((_, ext)) => ext.to_lowercase(),
        None => String::new(),
    }
}

/// The zip checks of [`check`]: readable, few entries, bounded declared size, no VBA project.
fn check_archive(bytes: &[u8], limit: u64) -> Result<(), FileProblem> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| FileProblem::BadArchive)?;
    if archive.len() > MAX_ENTRIES {
        return Err(FileProblem::BadArchive);
    }
    let budget = limit.saturating_mul(MAX_RATIO);
    let mut total: u64 = 0;
    let mut macros = false;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_data(index)
            .map_err(|_| FileProblem::BadArchive)?;
        total = total.saturating_add(entry.size());
        if total > budget {
            return Err(FileProblem::BadArchive);
        }
        let name = entry.name().map_err(|_| FileProblem::BadArchive)?;
        macros |= name.to_ascii_lowercase().ends_with("vbaproject.bin");
    }
    if macros || declares_vba(&mut archive) {
        return Err(FileProblem::Macros);
    }
    Ok(())
}

/// Whether `[Content_Types].xml` declares a VBA project part (whatever the part is named).
fn declares_vba(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    /// Enough for any real `[Content_Types].xml`.
    const MAX_CONTENT_TYPES: u64 = 1 << 20;
    let Ok(file) = archive.by_name("[Content_Types].xml") else {
        return false;
    };
    let mut xml = Vec::new();
    if file.take(MAX_CONTENT_TYPES).read_to_end(&mut xml).is_err() {
        return false;
    }
    let xml = String::from_utf8_lossy(&xml).to_ascii_lowercase();
    xml.contains("application/vnd.ms-office.vbaproject")
}
