//! The two embedded fonts, DejaVu Sans and DejaVu Sans Bold, and what the layout asks of them:
//! a glyph and its advance for each character.

use krilla::text::{Font, GlyphId};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use crate::LetterError;

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The character drawn in place of one the font has no glyph for.
pub(crate) const REPLACEMENT: char = '?';

/// A glyph of a face: its id and its advance in em (a fraction of the font size).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Glyph {
    pub(crate) id: u32,
    pub(crate) advance: f32,
}

/// One font: the krilla handle that embeds it, and its character map and advances.
pub(crate) struct Face {
    pub(crate) pdf: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
    /// The ascent, in em: from the top of a line box to its baseline.
    pub(crate) ascent: f32,
}

impl Face {
    fn load(data: &'static [u8], name: &'static str) -> Result<Self, LetterError> {
        let font_ref = FontRef::new(data).map_err(|_| LetterError::Font(name))?;
        let metrics = font_ref.metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(LetterError::Font(name));
        }
        let pdf = Font::new(data.to_vec().into(), 0).ok_or(LetterError::Font(name))?;
        Ok(Self {
            pdf,
            charmap: font_ref.charmap(),
            metrics: font_ref.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
            ascent: metrics.ascent / units_per_em,
        })
    }

    /// The glyph for `ch`, or `None` when the font has none (the caller draws
    /// [`REPLACEMENT`] instead).
    pub(crate) fn glyph(&self, ch: char) -> Option<Glyph> {
        let id = self.charmap.map(ch)?;
        if id.to_u32() == 0 {
            return None;
        }
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.units_per_em;
        Some(Glyph {
            id: id.to_u32(),
            advance,
        })
    }

    /// The glyph for `ch`, falling back to [`REPLACEMENT`] (and then to the font's empty
    /// glyph 0); the character actually drawn comes with it.
    pub(crate) fn glyph_or_replacement(&self, ch: char) -> (char, Glyph) {
        match self.glyph(ch) {
            Some(glyph) => (ch, glyph),
            None => (
                REPLACEMENT,
                self.glyph(REPLACEMENT).unwrap_or(Glyph {
                    id: 0,
                    advance: 0.5,
                }),
            ),
        }
    }
}

/// Converts a layout glyph into krilla's.
pub(crate) fn glyph_id(glyph: Glyph) -> GlyphId {
    GlyphId::new(glyph.id)
}

/// The regular and bold faces used on every letter.
pub(crate) struct Faces {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl Faces {
    /// Loads both embedded fonts.
    pub(crate) fn load() -> Result<Self, LetterError> {
        Ok(Self {
            regular: Face::load(REGULAR, "DejaVu Sans")?,
            bold: Face::load(BOLD, "DejaVu Sans Bold")?,
        })
    }
}
