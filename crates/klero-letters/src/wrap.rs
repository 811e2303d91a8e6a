//! Word wrapping by the widths of the font's glyphs: words are set in em (widths that scale
//! with the font size), then broken into lines no wider than a given measure.

use std::ops::Range;

use krilla::text::KrillaGlyph;

use crate::fonts::{Face, Glyph, glyph_id};
use crate::text::{is_break, is_invisible};

/// A run of glyphs with the text they stand for; the glyphs' ranges point into `text`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Run {
    pub(crate) text: String,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// The width, in em.
    pub(crate) width: f32,
}

impl Run {
    fn push(&mut self, ch: char, glyph: Glyph) {
        let start = self.text.len();
        self.text.push(ch);
        self.glyphs
            .push(krilla_glyph(glyph, start..self.text.len()));
        self.width += glyph.advance;
    }

    fn append(&mut self, other: &Run) {
        let offset = self.text.len();
        self.text.push_str(&other.text);
        self.glyphs.extend(other.glyphs.iter().map(|g| {
            let mut g = g.clone();
            g.text_range = g.text_range.start + offset..g.text_range.end + offset;
            g
        }));
        self.width += other.width;
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.glyphs.is_empty()
    }
}

fn krilla_glyph(glyph: Glyph, range: Range<usize>) -> KrillaGlyph {
    KrillaGlyph::new(glyph_id(glyph), glyph.advance, 0.0, 0.0, 0.0, range, None)
}

/// Sets the words of one line of text in a face. Characters the face lacks become
/// [`crate::fonts::REPLACEMENT`] (a space-like one becomes a space); invisible ones are left out.
pub(crate) fn words(face: &Face, line: &str) -> Vec<Run> {
    let mut words = Vec::new();
    let mut word = Run::default();
    for ch in line.chars() {
        if is_break(ch) {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        } else if !is_invisible(ch) {
            let (drawn, glyph) = match face.glyph(ch) {
                Some(glyph) => (ch, glyph),
                None if ch.is_whitespace() => face.glyph_or_replacement(' '),
                None => face.glyph_or_replacement(ch),
            };
            word.push(drawn, glyph);
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Breaks words into lines at most `measure` em wide, appending them to `lines`. A word wider
/// than the measure is cut between characters (at least one character a line, so that the
/// loop always ends).
pub(crate) fn wrap(face: &Face, words: &[Run], measure: f32, lines: &mut Vec<Run>) {
    let (space_char, space) = face.glyph_or_replacement(' ');
    let mut line = Run::default();
    for word in words {
        if !line.is_empty() && line.width + space.advance + word.width <= measure {
            line.push(space_char, space);
            line.append(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if word.width <= measure {
            line.append(word);
        } else {
            cut(word, measure, &mut line, lines);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
}

/// Cuts an over-long word into lines; its last piece is left in `line` for the next words.
fn cut(word: &Run, measure: f32, line: &mut Run, lines: &mut Vec<Run>) {
    for glyph in &word.glyphs {
        let advance = glyph.x_advance;
        if !line.is_empty() && line.width + advance > measure {
            lines.push(std::mem::take(line));
        }
        let start = line.text.len();
        line.text
            .push_str(word.text.get(glyph.text_range.clone()).unwrap_or(""));
        let mut glyph = glyph.clone();
        glyph.text_range = start..line.text.len();
        line.glyphs.push(glyph);
        line.width += advance;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Faces;

    #[test]
    fn lines_stay_within_the_measure_and_keep_every_character() {
        let faces = Faces::load().unwrap_or_else(|e| panic!("{e}"));
        let face = &faces.regular;
        let text = format!("Een {} kort woord en nog wat tekst", "lang".repeat(60));
        let mut lines = Vec::new();
        wrap(face, &words(face, &text), 20.0, &mut lines);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|line| line.width <= 20.0 + 1e-3));
        let joined: String = lines.iter().map(|l| l.text.replace(' ', "")).collect();
        assert_eq!(joined, text.replace(' ', ""));
    }

    #[test]
    fn invisible_characters_are_dropped_and_missing_ones_replaced() {
        let faces = Faces::load().unwrap_or_else(|e| panic!("{e}"));
        let words = words(&faces.regular, "a\u{7}b\u{AD}c \u{6F22}");
        let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["abc", "?"]);
    }
}
