//! The QR code of a letter's URL as dark rectangles (runs of modules), to be drawn as vector
//! shapes; error correction level M, with the standard quiet zone of four modules.

use qrcode::types::{Color, QrError};
use qrcode::{EcLevel, QrCode};

/// The width of the quiet zone around the symbol, in modules.
const QUIET_ZONE: usize = 4;

/// A QR symbol: its size in modules (quiet zone included) and its dark runs.
#[derive(Debug, Clone)]
pub(crate) struct Qr {
    /// Modules per side, quiet zone included.
    pub(crate) modules: usize,
    /// Horizontal runs of dark modules: row, first column and length, quiet zone included.
    pub(crate) runs: Vec<(usize, usize, usize)>,
}

/// Encodes `data` at error correction level M.
pub(crate) fn encode(data: &str) -> Result<Qr, QrError> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for (row, modules) in colors.chunks(width.max(1)).enumerate() {
        let mut start = None;
        for (column, color) in modules.iter().chain([&Color::Light]).enumerate() {
            match (color, start) {
                (Color::Dark, None) => start = Some(column),
                (Color::Light, Some(first)) => {
                    runs.push((row + QUIET_ZONE, first + QUIET_ZONE, column - first));
                    start = None;
                }
                _ => {}
            }
        }
    }
    Ok(Qr {
        modules: width + 2 * QUIET_ZONE,
        runs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_dark_modules() {
        let code = QrCode::with_error_correction_level(b"https://example.org/r", EcLevel::M)
            .unwrap_or_else(|e| panic!("{e}"));
        let dark = code
            .to_colors()
            .iter()
            .filter(|c| **c == Color::Dark)
            .count();
        let qr = encode("https://example.org/r").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(qr.runs.iter().map(|r| r.2).sum::<usize>(), dark);
        assert_eq!(qr.modules, code.width() + 8);
        assert!(
            qr.runs
                .iter()
                .all(|&(row, col, len)| row >= 4 && col >= 4 && col + len <= qr.modules - 4)
        );
    }
}
