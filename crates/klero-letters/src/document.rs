//! Long documents (a citizens' report) as a PDF: headings, paragraphs and small print flowing
//! over as many A4 pages as they need, each page numbered at its foot. The same fonts, word
//! wrapping and text drawing as the letters; text is set as real glyphs with their text, so
//! the PDF can be searched, copied and read aloud.

use krilla::Document as PdfDocument;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;

use crate::LetterError;
use crate::column::{LEADING, Placed};
use crate::fonts::Faces;
use crate::text::paragraphs;
use crate::wrap::{Run, words, wrap};

const MM: f32 = 72.0 / 25.4;
const PAGE_WIDTH: f32 = 210.0 * MM;
const PAGE_HEIGHT: f32 = 297.0 * MM;
const MARGIN: f32 = 22.0 * MM;
const TOP: f32 = 22.0 * MM;
const BOTTOM: f32 = 25.0 * MM;
const WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
const BODY: f32 = 10.5;
const SMALL: f32 = 9.0;
const FOLIO: f32 = 8.0;

/// A block of a document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading: level 1 (the title), 2 or 3.
    Heading(u8, String),
    /// Body text; blank lines separate paragraphs, a single line break is kept.
    Text(String),
    /// Smaller text (vote results, notes).
    Small(String),
}

/// A document to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The title, in the PDF's metadata.
    pub title: String,
    /// The language (BCP 47), in the PDF's metadata for screen readers.
    pub lang: String,
    /// The page foot's words before the page number ("Page", "Seite"...).
    pub page_word: String,
    /// The blocks.
    pub blocks: Vec<Block>,
}

/// One page's lines.
#[derive(Default)]
struct Page {
    lines: Vec<Placed>,
}

/// Fills pages from the top, line by line.
struct Flow {
    pages: Vec<Page>,
    y: f32,
}

impl Flow {
    fn new() -> Self {
        Flow {
            pages: vec![Page::default()],
            y: TOP,
        }
    }

    fn break_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    /// Room for `height` more points on this page, breaking when there is not.
    fn room(&mut self, height: f32) {
        if self.y + height > PAGE_HEIGHT - BOTTOM && self.y > TOP {
            self.break_page();
        }
    }

    fn line(&mut self, faces: &Faces, run: Run, size: f32, bold: bool) {
        let face = if bold { &faces.bold } else { &faces.regular };
        self.room(size * LEADING);
        let baseline = self.y + size * (face.ascent + (LEADING - 1.0) / 2.0);
        if let Some(page) = self.pages.last_mut() {
            page.lines.push(Placed {
                x: MARGIN,
                baseline,
                size,
                bold,
                run,
            });
        }
        self.y += size * LEADING;
    }

    fn lines(&mut self, faces: &Faces, text: &str, size: f32, bold: bool, keep: f32) {
        let face = if bold { &faces.bold } else { &faces.regular };
        for paragraph in paragraphs(text) {
            let mut runs = Vec::new();
            for line in paragraph {
                wrap(face, &words(face, line), WIDTH / size, &mut runs);
            }
            // A heading stays with what follows it.
            self.room(size * LEADING * runs.len().min(2) as f32 + keep);
            for run in runs {
                self.line(faces, run, size, bold);
            }
            self.y += size * 0.6;
        }
    }
}

/// Renders the document. Refused only when it has no block, or the PDF writer fails.
pub fn render(document: &Document) -> Result<Vec<u8>, LetterError> {
    if document.blocks.is_empty() {
        return Err(LetterError::Empty);
    }
    let faces = Faces::load()?;
    let mut flow = Flow::new();
    for block in &document.blocks {
        match block {
            Block::Heading(level, text) => {
                let size = match level {
                    0 | 1 => 18.0,
                    2 => 14.0,
                    _ => 12.0,
                };
                if *level <= 2 && flow.y > TOP {
                    flow.y += size * 0.6;
                }
                flow.lines(&faces, text, size, true, BODY * LEADING * 2.0);
            }
            Block::Text(text) => flow.lines(&faces, text, BODY, false, 0.0),
            Block::Small(text) => flow.lines(&faces, text, SMALL, false, 0.0),
        }
    }
    let mut pdf = PdfDocument::new();
    let mut metadata = Metadata::new()
        .title(document.title.clone())
        .creator("Kleroterion".to_owned());
    if !document.lang.trim().is_empty() {
        metadata = metadata.language(document.lang.trim().to_owned());
    }
    pdf.set_metadata(metadata);
    let total = flow.pages.len();
    for (index, page) in flow.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| LetterError::Pdf("invalid page size".into()))?;
        let mut pdf_page = pdf.start_page_with(settings);
        let mut surface = pdf_page.surface();
        surface.set_fill(Some(Fill::default()));
        let mut folio = Vec::new();
        let text = format!("{} {} / {}", document.page_word, index + 1, total);
        wrap(
            &faces.regular,
            &words(&faces.regular, &text),
            WIDTH / FOLIO,
            &mut folio,
        );
        let folio_lines = folio.into_iter().map(|run| Placed {
            x: MARGIN,
            baseline: PAGE_HEIGHT - BOTTOM / 2.0,
            size: FOLIO,
            bold: false,
            run,
        });
        for line in page.lines.iter().cloned().chain(folio_lines) {
            let face = if line.bold {
                &faces.bold
            } else {
                &faces.regular
            };
            surface.draw_glyphs(
                Point::from_xy(line.x, line.baseline),
                &line.run.glyphs,
                face.pdf.clone(),
                &line.run.text,
                line.size,
                false,
            );
        }
        surface.finish();
        pdf_page.finish();
    }
    pdf.finish().map_err(|e| LetterError::Pdf(e.to_string()))
}
