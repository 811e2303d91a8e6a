//! Draws a laid-out letter on a new PDF page: text as embedded-font glyphs, the rules and the
//! QR code as vector paths.

use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use crate::LetterError;
use crate::column::Placed;
use crate::fonts::Faces;
use crate::layout::{PAGE_HEIGHT, PAGE_WIDTH, PageLayout, QR_SIZE};
use crate::qr::Qr;

/// Millimetres in points.
const MM: f32 = 72.0 / 25.4;
/// The fold marks of DIN 5008 form B (105 and 210 mm from the top: folded there, the
/// address field shows in the envelope's window) and the punch mark (148.5 mm), short
/// strokes at the left edge, inside the printable area.
const MARKS: [(f32, f32); 3] = [
    (105.0 * MM, 5.0 * MM),
    (148.5 * MM, 7.0 * MM),
    (210.0 * MM, 5.0 * MM),
];
const MARK_FROM: f32 = 4.0 * MM;

/// Left and right ends of the rules between languages.
const RULE_FROM: f32 = 20.0 * MM;
const RULE_TO: f32 = PAGE_WIDTH - RULE_FROM;

/// Adds one page: the shared sender block, then the letter's own layout and QR code.
pub(crate) fn draw(
    document: &mut Document,
    faces: &Faces,
    sender: &[Placed],
    layout: &PageLayout,
    qr: &Qr,
) -> Result<(), LetterError> {
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| LetterError::Pdf("invalid page size".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.set_fill(Some(Fill::default()));
    for line in sender.iter().chain(&layout.lines) {
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
    draw_rules(&mut surface, &layout.rules);
    draw_marks(&mut surface);
    draw_qr(&mut surface, qr, layout.qr_at);
    surface.finish();
    page.finish();
    Ok(())
}

fn draw_rules(surface: &mut Surface<'_>, rules: &[f32]) {
    if rules.is_empty() {
        return;
    }
    let mut builder = PathBuilder::new();
    for &y in rules {
        builder.move_to(RULE_FROM, y);
        builder.line_to(RULE_TO, y);
    }
    stroke(surface, builder, 150, 0.5);
}

fn draw_marks(surface: &mut Surface<'_>) {
    let mut builder = PathBuilder::new();
    for (y, length) in MARKS {
        builder.move_to(MARK_FROM, y);
        builder.line_to(MARK_FROM + length, y);
    }
    stroke(surface, builder, 0, 0.4);
}

/// Strokes the lines built, in `grey` (0 is black), `width` points wide; the fill is back to
/// black for the text after it.
fn stroke(surface: &mut Surface<'_>, builder: PathBuilder, grey: u8, width: f32) {
    if let Some(path) = builder.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: luma::Color::new(grey).into(),
            width,
            opacity: NormalizedF32::ONE,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
        surface.set_fill(Some(Fill::default()));
    }
}

/// The dark modules as one path of rectangles, the module size fitting the symbol (quiet zone
/// included) in the QR square.
fn draw_qr(surface: &mut Surface<'_>, qr: &Qr, (left, top): (f32, f32)) {
    let module = QR_SIZE / qr.modules.max(1) as f32;
    let mut builder = PathBuilder::new();
    for &(row, column, length) in &qr.runs {
        let rect = Rect::from_xywh(
            left + column as f32 * module,
            top + row as f32 * module,
            length as f32 * module,
            module,
        );
        if let Some(rect) = rect {
            builder.push_rect(rect);
        }
    }
    if let Some(path) = builder.finish() {
        surface.draw_path(&path);
    }
}
