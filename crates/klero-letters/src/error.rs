//! What can go wrong when rendering a batch of letters.

use std::fmt;

/// The part of a letter that did not fit on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The address block, in the envelope window.
    Address,
    /// The texts in every language, with the code labels and the code.
    Text,
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Part::Address => "address block",
            Part::Text => "text",
        })
    }
}

/// Why a batch could not be rendered. Letters are numbered from 0, in the batch's order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    /// The batch has no letters: a PDF without pages is never what is wanted.
    #[error("the batch has no letters")]
    Empty,
    /// A letter has no text in any language.
    #[error("letter {letter} (counting from 0) has no text: give it at least one language")]
    NoText {
        /// The letter's index in the batch.
        letter: usize,
    },
    /// A part of a letter does not fit on one page, even in the smallest type (7 pt).
    #[error(
        "letter {letter} (counting from 0): the {part} does not fit on one A4 page even at 7 pt; shorten it"
    )]
    TooLong {
        /// The letter's index in the batch.
        letter: usize,
        /// Which part is too long.
        part: Part,
    },
    /// The sender block does not fit above the address window, even at 7 pt.
    #[error("the sender block ({lines} lines) does not fit above the address window, even at 7 pt")]
    SenderTooLong {
        /// How many lines the sender block has.
        lines: usize,
    },
    /// A letter's URL cannot be put in a QR code (too long for the largest symbol).
    #[error("letter {letter} (counting from 0): its URL cannot be put in a QR code: {reason}")]
    Qr {
        /// The letter's index in the batch.
        letter: usize,
        /// What the QR encoder said.
        reason: String,
    },
    /// An embedded font could not be read (a build problem, not an input problem).
    #[error("the embedded font {0} could not be read")]
    Font(&'static str),
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}
