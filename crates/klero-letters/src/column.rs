//! Lines of text stacked in a column, and placed on the page.

use crate::fonts::Face;
use crate::wrap::{Run, words, wrap};

/// Line height as a multiple of the font size.
pub(crate) const LEADING: f32 = 1.3;

/// One line of text, placed: `x` and `baseline` in points from the top left of the page.
#[derive(Debug, Clone)]
pub(crate) struct Placed {
    pub(crate) x: f32,
    pub(crate) baseline: f32,
    pub(crate) size: f32,
    pub(crate) bold: bool,
    pub(crate) run: Run,
}

/// Lines stacked from a top edge; heights in points.
#[derive(Default)]
pub(crate) struct Column {
    pub(crate) lines: Vec<Placed>,
    pub(crate) rules: Vec<f32>,
    pub(crate) height: f32,
}

impl Column {
    /// Stacks the runs below what is there, one line each, set in `face` at `size`.
    pub(crate) fn push(&mut self, face: &Face, bold: bool, size: f32, runs: Vec<Run>) {
        for run in runs {
            let baseline = self.height + size * (face.ascent + (LEADING - 1.0) / 2.0);
            self.lines.push(Placed {
                x: 0.0,
                baseline,
                size,
                bold,
                run,
            });
            self.height += size * LEADING;
        }
    }

    /// Moves the column to `(x, y)` on the page.
    pub(crate) fn place(self, x: f32, y: f32, lines: &mut Vec<Placed>, rules: &mut Vec<f32>) {
        lines.extend(self.lines.into_iter().map(|mut line| {
            line.x += x;
            line.baseline += y;
            line
        }));
        rules.extend(self.rules.into_iter().map(|rule| rule + y));
    }
}

/// Sets lines each wrapped to `width` points at `size`.
pub(crate) fn set_lines<'a>(
    face: &Face,
    lines: impl Iterator<Item = &'a str>,
    width: f32,
    size: f32,
) -> Vec<Run> {
    let mut runs = Vec::new();
    for line in lines {
        wrap(face, &words(face, line), width / size, &mut runs);
    }
    runs
}
