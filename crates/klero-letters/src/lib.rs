#![doc = include_str!("../README.md")]

mod column;
pub mod document;
mod error;
mod fonts;
mod layout;
mod page;
mod qr;
mod text;
mod wrap;

pub use error::{LetterError, Part};

use krilla::Document;
use krilla::metadata::Metadata;

/// One language's text of the letter, as the organiser edited it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterText {
    /// The language, as a BCP-47 primary tag ("fr", "nl", "en", "de").
    pub lang: String,
    /// Paragraphs separated by blank lines; a single line break is kept. The placeholders
    /// `{code}` and `{url}` are replaced by the letter's code and URL, `{phone}` and `{email}`
    /// by the batch's; any other `{...}` is printed as written.
    pub body: String,
    /// The label printed above the code, e.g. "Votre code personnel".
    pub code_label: String,
}

/// One invitation letter: one page of the PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The sender block (letterhead) in this letter's languages; `None`: the batch's.
    pub sender: Option<Vec<String>>,
    /// The address block's lines (name, street, postcode and town); may be empty.
    pub address: Vec<String>,
    /// The registration code, already grouped for reading, e.g. "K7QM-4TXR-9HCW".
    pub code: String,
    /// The registration URL, encoded in the letter's QR code.
    pub url: String,
    /// The texts, one per language, all printed on the page in this order; at least one.
    pub texts: Vec<LetterText>,
}

/// The letters to print, as one PDF document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The document title, in the PDF's metadata.
    pub title: String,
    /// The sender block printed top left on every letter that has none of its own
    /// (organisation lines); may be empty.
    pub sender: Vec<String>,
    /// The organisers' phone number, for `{phone}` in the texts (may be empty).
    pub phone: String,
    /// The organisers' e-mail address, for `{email}` in the texts (may be empty).
    pub email: String,
    /// The letters, one page each, in this order.
    pub letters: Vec<Letter>,
}

/// Renders every letter of the batch on its own A4 page of one PDF document.
///
/// The first problem found stops the rendering: an empty batch, a letter without text, a
/// letter whose text does not fit on its page even at 7 pt, or a URL too long for a QR code.
/// [`check`] finds them all, without writing the PDF.
pub fn render(batch: &Batch) -> Result<Vec<u8>, LetterError> {
    if batch.letters.is_empty() {
        return Err(LetterError::Empty);
    }
    let faces = fonts::Faces::load()?;
    let mut senders = layout::Senders::new(&faces, &batch.sender);
    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(batch.title.clone())
        .creator("Kleroterion".to_owned());
    // The document's language, for screen readers: the first letter's first language.
    if let Some(lang) = batch
        .letters
        .iter()
        .flat_map(|l| &l.texts)
        .map(|t| t.lang.trim())
        .next()
        && !lang.is_empty()
    {
        metadata = metadata.language(lang.to_owned());
    }
    document.set_metadata(metadata);
    for (index, letter) in batch.letters.iter().enumerate() {
        let sender = senders.of(letter)?;
        let (page_layout, qr) = lay_out(&faces, batch, index, letter)?;
        page::draw(&mut document, &faces, &sender, &page_layout, &qr)?;
    }
    document
        .finish()
        .map_err(|e| LetterError::Pdf(e.to_string()))
}

/// Every problem that would stop [`render`], in the batch's order (at most one per letter),
/// without writing the PDF: for an organiser to fix them all at once. An empty list means
/// that `render` succeeds (short of a failure of the PDF writer itself).
pub fn check(batch: &Batch) -> Vec<LetterError> {
    if batch.letters.is_empty() {
        return vec![LetterError::Empty];
    }
    let faces = match fonts::Faces::load() {
        Ok(faces) => faces,
        Err(e) => return vec![e],
    };
    let mut senders = layout::Senders::new(&faces, &batch.sender);
    let mut problems: Vec<LetterError> = Vec::new();
    for (index, letter) in batch.letters.iter().enumerate() {
        let problem = match senders.of(letter) {
            Err(e) => Some(e),
            Ok(_) => lay_out(&faces, batch, index, letter).err(),
        };
        // A sender block too long is one problem, however many letters carry it.
        if let Some(problem) = problem.filter(|p| !problems.contains(p)) {
            problems.push(problem);
        }
    }
    problems
}

/// A letter's QR code and page layout.
fn lay_out(
    faces: &fonts::Faces,
    batch: &Batch,
    index: usize,
    letter: &Letter,
) -> Result<(layout::PageLayout, qr::Qr), LetterError> {
    let qr = qr::encode(&letter.url).map_err(|e| LetterError::Qr {
        letter: index,
        reason: e.to_string(),
    })?;
    let contact = text::Contact {
        phone: &batch.phone,
        email: &batch.email,
    };
    Ok((layout::letter(faces, index, letter, contact)?, qr))
}
