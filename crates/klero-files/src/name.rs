//! Safe names for downloads.

use std::fmt::Write as _;

use crate::Kind;

/// The longest safe name, in characters.
const MAX_CHARS: usize = 120;
/// The longest safe name, in UTF-8 bytes (most file systems allow 255).
const MAX_BYTES: usize = 255;
/// The longest extension kept when a long name is shortened.
const MAX_EXTENSION: usize = 16;
/// The name when nothing is left.
const FALLBACK: &str = "document";

/// A file name safe to offer for download, in a `Content-Disposition` header and on any file
/// system.
///
/// - Only the last path component is kept (split on `/` and `\`).
/// - Whitespace (including line breaks and tabs) becomes a space, other control characters and
///   invisible format characters (Unicode category Cf: bidirectional overrides, zero-width
///   spaces, soft hyphens, byte order marks, tags…) are removed, and `"` `\` `/` `:` `*` `?`
///   `<` `>` `|` become `_`.
/// - Runs of spaces become one; leading spaces and dots and trailing spaces and dots (which
///   Windows drops) are removed.
/// - Windows reserved device names (`CON`, `PRN`, `AUX`, `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`,
///   `CONIN$`, `CONOUT$`, any case, with or without extension) get a `_` in front.
/// - At most 120 characters and 255 bytes, keeping the extension (if at most 16 characters).
/// - When nothing is left: `document`, plus the kind's first extension when given.
///
/// Unicode normalisation is not applied.
#[must_use]
pub fn safe_name(name: &str, kind: Option<Kind>) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let mut cleaned = String::with_capacity(last.len());
    for c in last.chars() {
        if c.is_whitespace() {
            if !cleaned.ends_with(' ') {
                cleaned.push(' ');
            }
        } else if c.is_control() || is_format(c) {
            // Removed.
        } else if matches!(c, '"' | '\\' | '/' | ':' | '*' | '?' | '<' | '>' | '|') {
            cleaned.push('_');
        } else {
            cleaned.push(c);
        }
    }
    let trimmed = trim(&cleaned);
    if trimmed.is_empty() {
        return match kind {
            Some(kind) => format!("{FALLBACK}.{}", kind.extensions()[0]),
            None => FALLBACK.to_owned(),
        };
    }
    let mut safe = String::new();
    if is_reserved(trimmed) {
        safe.push('_');
    }
    safe.push_str(trimmed);
    shorten(&safe)
}

/// Without leading spaces and dots, and trailing spaces and dots.
fn trim(name: &str) -> &str {
    name.trim_matches(|c| c == ' ' || c == '.')
}

/// Whether the name is a Windows reserved device name, with or without extension.
fn is_reserved(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_ascii_uppercase();
    match stem.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$" => true,
        _ => {
            let port = stem
                .strip_prefix("COM")
                .or_else(|| stem.strip_prefix("LPT"));
            port.is_some_and(|digit| {
                matches!(
                    digit,
                    "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "¹" | "²" | "³"
                )
            })
        }
    }
}

/// The name cut to [`MAX_CHARS`] characters and [`MAX_BYTES`] bytes, keeping a short extension.
fn shorten(name: &str) -> String {
    let fits = |s: &str| s.chars().count() <= MAX_CHARS && s.len() <= MAX_BYTES;
    if fits(name) {
        return name.to_owned();
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty() && !ext.is_empty() && ext.chars().count() <= MAX_EXTENSION =>
        {
            (stem, Some(ext))
        }
        _ => (name, None),
    };
    let (room_chars, room_bytes) = match extension {
        Some(ext) => (
            MAX_CHARS - 1 - ext.chars().count(),
            MAX_BYTES - 1 - ext.len(),
        ),
        None => (MAX_CHARS, MAX_BYTES),
    };
    let mut cut = String::new();
    for c in stem.chars().take(room_chars) {
        if cut.len() + c.len_utf8() > room_bytes {
            break;
        }
        cut.push(c);
    }
    let mut cut = cut.trim_end_matches([' ', '.']).to_owned();
    if let Some(ext) = extension {
        cut.push('.');
        cut.push_str(ext);
    }
    cut
}

/// Whether `c` is an invisible format character (Unicode general category Cf, Unicode 15).
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// The `Content-Disposition` header value to download a file under `safe` (a [`safe_name`]):
/// `attachment; filename="…"; filename*=UTF-8''…`.
///
/// `filename=` is the ASCII-only fallback for old clients: every non-ASCII character, and
/// defensively any `"`, `\` or control character, becomes `_`. `filename*=` is the exact name,
/// percent-encoded as RFC 5987 / RFC 8187 require.
#[must_use]
pub fn content_disposition(safe: &str) -> String {
    let fallback: String = safe
        .chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::with_capacity(safe.len());
    for byte in safe.bytes() {
        let attr_char = byte.is_ascii_alphanumeric()
            || matches!(
                byte,
                b'!' | b'#' | b'$' | b'&' | b'+' | b'-' | b'.' | b'^' | b'_' | b'`' | b'|' | b'~'
            );
        if attr_char {
            encoded.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}
