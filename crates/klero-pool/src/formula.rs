//! Spreadsheet formulas neutralised in the CSV files we write, and restored when we read them.
//!
//! A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (and, in some programs, a tab
//! or a carriage return) as a formula: an id or a title typed as `=HYPERLINK(...)` would become
//! a link, or worse, in the spreadsheet of whoever opens an export (OWASP, "CSV Injection").
//! Every CSV cell that carries text someone typed or uploaded goes through [`neutralise`]:
//!
//! - a cell that begins with one of those characters, possibly after apostrophes, gets one more
//!   apostrophe in front: `=SUM(A1)` is written `'=SUM(A1)`, `'=SUM(A1)` is written `''=SUM(A1)`;
//! - every other cell is written as it is (`'s-Hertogenbosch` and `3` stay as they are).
//!
//! [`restore`] removes that one apostrophe from a cell of that shape and leaves every other cell
//! alone, so `restore(neutralise(x)) == x` for every text `x`: the rule is a bijection, and a
//! file we wrote reads back to exactly what was typed. Numbers the program computes (counts,
//! probabilities, dates, ranks) are written as numbers and never pass through [`neutralise`];
//! none of them is negative.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` is apostrophes (none or more) then a formula character.
fn formula_like(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// The cell to write for `text`: with one more apostrophe in front if it begins (after any
/// apostrophes) with a formula character, else unchanged.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if formula_like(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text a cell written by [`neutralise`] stands for: without its first apostrophe if the rest
/// begins (after any apostrophes) with a formula character, else unchanged.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::{FORMULA_STARTS, neutralise, restore};

    #[test]
    fn formulas_get_an_apostrophe() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-1+2"), "'-1+2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\rx"), "'\rx");
        assert_eq!(neutralise("'=x"), "''=x");
    }

    #[test]
    fn other_text_is_unchanged() {
        for text in [
            "",
            "plain",
            "'s-Hertogenbosch",
            "'",
            "''",
            "3",
            " =x",
            "a=b",
        ] {
            assert_eq!(neutralise(text), text);
            assert_eq!(restore(text), text);
        }
    }

    #[test]
    fn restore_undoes_neutralise_for_every_shape() {
        let pieces = ["", "'", "''", "a", " "]
            .into_iter()
            .map(str::to_owned)
            .chain(FORMULA_STARTS.iter().map(char::to_string));
        let pieces: Vec<String> = pieces.collect();
        for a in &pieces {
            for b in &pieces {
                for c in &pieces {
                    let text = format!("{a}{b}{c}");
                    let cell = neutralise(&text);
                    assert_eq!(restore(&cell), text, "{text:?}");
                    assert!(!cell.starts_with(FORMULA_STARTS), "{cell:?}");
                }
            }
        }
    }
}
