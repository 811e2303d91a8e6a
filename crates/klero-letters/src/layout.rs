//! Where everything goes on the page, and the fitting rule: each block is set at its normal
//! size and, while it does not fit, half a point smaller, down to 7 pt.

use crate::column::{Column, LEADING, Placed, set_lines};
use crate::fonts::{Face, Faces};
use crate::text::{Contact, fill_placeholders, paragraphs};
use crate::wrap::{Run, words, wrap};
use crate::{Letter, LetterError, Part};
use std::collections::HashMap;

/// Points in a millimetre.
const MM: f32 = 72.0 / 25.4;
/// A4 portrait, in points.
pub(crate) const PAGE_WIDTH: f32 = 210.0 * MM;
pub(crate) const PAGE_HEIGHT: f32 = 297.0 * MM;
/// Left and right margins.
const MARGIN: f32 = 20.0 * MM;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// The sender block, top left, above the envelope window.
const SENDER_TOP: f32 = 12.0 * MM;
const SENDER_HEIGHT: f32 = 28.0 * MM;
const SENDER_WIDTH: f32 = 120.0 * MM;
/// The address block, in the address field of DIN 5008 form B (20 mm from the left, 45 mm
/// from the top, 85 × 45 mm), which shows through the window of a DL or C5/6 envelope placed
/// as DIN 680 (ISO 269) says (90 × 45 mm, 20 mm from the left, 15 mm from the bottom) when
/// the sheet is folded in three at the fold marks. The block starts 5 mm into the field and
/// ends 2 mm before its foot, so that it stays in the window when the sheet shifts.
const ADDRESS_TOP: f32 = 50.0 * MM;
const ADDRESS_HEIGHT: f32 = 38.0 * MM;
const ADDRESS_WIDTH: f32 = 85.0 * MM;
/// The texts start below the window.
const BODY_TOP: f32 = 100.0 * MM;
/// The QR code (quiet zone included) sits bottom right, the code beside it on the left.
pub(crate) const QR_SIZE: f32 = 32.0 * MM;
const BOTTOM_MARGIN: f32 = 15.0 * MM;
const CODE_WIDTH: f32 = CONTENT_WIDTH - QR_SIZE - 6.0 * MM;
/// The space between the texts and the code block.
const BODY_GAP: f32 = 6.0 * MM;
/// The code is set this many times larger than the text.
const CODE_SCALE: f32 = 1.6;
/// The smallest type allowed, and the step down when a block does not fit.
const MIN_SIZE: f32 = 7.0;
const STEP: f32 = 0.5;
const BODY_SIZE: f32 = 11.0;
const ADDRESS_SIZE: f32 = 10.0;
const SENDER_SIZE: f32 = 9.0;

/// Everything drawn on one letter's page, except the sender block shared by all.
#[derive(Debug, Clone)]
pub(crate) struct PageLayout {
    pub(crate) lines: Vec<Placed>,
    /// Thin horizontal rules between languages: their height from the top of the page.
    pub(crate) rules: Vec<f32>,
    /// The QR code's top-left corner.
    pub(crate) qr_at: (f32, f32),
}

/// The sizes tried, largest first.
fn sizes(normal: f32) -> impl Iterator<Item = f32> {
    let steps = ((normal - MIN_SIZE) / STEP).round().max(0.0) as usize;
    (0..=steps).map(move |step| normal - STEP * step as f32)
}

/// A block of short lines (sender or address) at the largest size that fits in the box;
/// the first line bold if `bold_first`.
fn small_block(
    faces: &Faces,
    lines: &[String],
    bold_first: bool,
    normal: f32,
    width: f32,
    height: f32,
) -> Option<Column> {
    for size in sizes(normal) {
        let mut column = Column::default();
        for (i, line) in lines.iter().enumerate() {
            let bold = bold_first && i == 0;
            let face = if bold { &faces.bold } else { &faces.regular };
            column.push(
                face,
                bold,
                size,
                set_lines(face, line.split('\n'), width, size),
            );
        }
        if column.height <= height {
            return Some(column);
        }
    }
    None
}

/// The sender blocks of a batch, each laid out once however many letters carry it.
pub(crate) struct Senders<'a> {
    faces: &'a Faces,
    default: &'a [String],
    placed: HashMap<Vec<String>, Result<Vec<Placed>, LetterError>>,
}

impl<'a> Senders<'a> {
    pub(crate) fn new(faces: &'a Faces, default: &'a [String]) -> Self {
        Senders {
            faces,
            default,
            placed: HashMap::new(),
        }
    }

    /// The sender block of `letter` (its own, else the batch's), placed.
    pub(crate) fn of(&mut self, letter: &Letter) -> Result<Vec<Placed>, LetterError> {
        let lines = letter.sender.as_deref().unwrap_or(self.default);
        if let Some(placed) = self.placed.get(lines) {
            return placed.clone();
        }
        let placed = sender(self.faces, lines);
        self.placed.insert(lines.to_vec(), placed.clone());
        placed
    }
}

/// The sender block, placed top left.
fn sender(faces: &Faces, sender: &[String]) -> Result<Vec<Placed>, LetterError> {
    let column = small_block(
        faces,
        sender,
        true,
        SENDER_SIZE,
        SENDER_WIDTH,
        SENDER_HEIGHT,
    )
    .ok_or(LetterError::SenderTooLong {
        lines: sender.len(),
    })?;
    let (mut lines, mut rules) = (Vec::new(), Vec::new());
    column.place(MARGIN, SENDER_TOP, &mut lines, &mut rules);
    Ok(lines)
}

/// A language's text as words: paragraphs of forced lines of words, in em.
type Words = Vec<Vec<Vec<Run>>>;

/// Lays out one letter's page.
pub(crate) fn letter(
    faces: &Faces,
    index: usize,
    letter: &Letter,
    contact: Contact<'_>,
) -> Result<PageLayout, LetterError> {
    if letter.texts.is_empty() {
        return Err(LetterError::NoText { letter: index });
    }
    let (mut lines, mut rules) = (Vec::new(), Vec::new());
    let address = small_block(
        faces,
        &letter.address,
        false,
        ADDRESS_SIZE,
        ADDRESS_WIDTH,
        ADDRESS_HEIGHT,
    )
    .ok_or(LetterError::TooLong {
        letter: index,
        part: Part::Address,
    })?;
    address.place(MARGIN, ADDRESS_TOP, &mut lines, &mut rules);

    let face = &faces.regular;
    let texts: Vec<Words> = letter
        .texts
        .iter()
        .map(|text| {
            let body = fill_placeholders(&text.body, &letter.code, &letter.url, contact);
            paragraphs(&body)
                .into_iter()
                .map(|paragraph| {
                    paragraph
                        .into_iter()
                        .map(|line| words(face, line))
                        .collect()
                })
                .collect()
        })
        .collect();
    let labels: Vec<&str> = letter
        .texts
        .iter()
        .map(|text| text.code_label.trim())
        .filter(|label| !label.is_empty())
        .collect();

    for size in sizes(BODY_SIZE) {
        let code = code_block(faces, &labels, &letter.code, size);
        let bottom_height = code.height.max(QR_SIZE);
        let bottom_top = PAGE_HEIGHT - BOTTOM_MARGIN - bottom_height;
        let body = body_block(face, &texts, size);
        if BODY_TOP + body.height + BODY_GAP <= bottom_top {
            body.place(MARGIN, BODY_TOP, &mut lines, &mut rules);
            let code_top = bottom_top + (bottom_height - code.height) / 2.0;
            code.place(MARGIN, code_top, &mut lines, &mut rules);
            let qr_at = (
                PAGE_WIDTH - MARGIN - QR_SIZE,
                bottom_top + (bottom_height - QR_SIZE) / 2.0,
            );
            return Ok(PageLayout {
                lines,
                rules,
                qr_at,
            });
        }
    }
    Err(LetterError::TooLong {
        letter: index,
        part: Part::Text,
    })
}

/// The texts of every language at `size`, a rule between two languages.
fn body_block(face: &Face, texts: &[Words], size: f32) -> Column {
    let mut column = Column::default();
    let measure = CONTENT_WIDTH / size;
    for (i, paragraphs) in texts.iter().enumerate() {
        if i > 0 {
            column.height += size * LEADING * 0.75;
            column.rules.push(column.height);
            column.height += size * LEADING * 0.75;
        }
        for (p, paragraph) in paragraphs.iter().enumerate() {
            if p > 0 {
                column.height += size * LEADING * 0.5;
            }
            let mut runs = Vec::new();
            for line in paragraph {
                wrap(face, line, measure, &mut runs);
            }
            column.push(face, false, size, runs);
        }
    }
    column
}

/// The code labels (one line each, wrapped if long) and the code below them in bold.
fn code_block(faces: &Faces, labels: &[&str], code: &str, size: f32) -> Column {
    let mut column = Column::default();
    let label_runs = set_lines(&faces.regular, labels.iter().copied(), CODE_WIDTH, size);
    column.push(&faces.regular, false, size, label_runs);
    let code_size = size * CODE_SCALE;
    column.height += size * 0.3;
    let code_runs = set_lines(&faces.bold, code.split('\n'), CODE_WIDTH, code_size);
    column.push(&faces.bold, true, code_size, code_runs);
    column
}
