//! From the organiser's text to what is set: placeholders filled, paragraphs and forced line
//! breaks found, invisible and control characters recognised.

/// Replaces `{code}` and `{url}` in one pass, so that a code or URL that itself contains a
/// placeholder is not replaced again; any other `{...}` stays as written.
pub(crate) fn fill_placeholders(body: &str, code: &str, url: &str) -> String {
    let mut out = String::with_capacity(body.len() + code.len() + url.len());
    let mut rest = body;
    while let Some(pos) = rest.find('{') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        if let Some(after) = tail.strip_prefix("{code}") {
            out.push_str(code);
            rest = after;
        } else if let Some(after) = tail.strip_prefix("{url}") {
            out.push_str(url);
            rest = after;
        } else {
            out.push('{');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The paragraphs of a text (separated by lines that are blank or only white space), each as
/// its lines (a single line break inside a paragraph is kept as a forced break).
pub(crate) fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.chars().all(char::is_whitespace) {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// Whether a character separates words (white space, except the no-break spaces, which
/// keep the words on either side together).
pub(crate) fn is_break(ch: char) -> bool {
    ch.is_whitespace() && !matches!(ch, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// Whether a character is left out: control characters and the invisible format characters
/// (soft hyphen, zero-width characters, direction marks, variation selectors, tags).
pub(crate) fn is_invisible(ch: char) -> bool {
    ch.is_control()
        || matches!(
            ch,
            '\u{AD}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once_and_unknown_ones_kept() {
        assert_eq!(
            fill_placeholders("a {code} b {url} {name} {", "{url}", "U"),
            "a {url} b U {name} {"
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        assert_eq!(
            paragraphs("a\nb\n \n\nc\r\n"),
            vec![vec!["a", "b"], vec!["c\r"]]
        );
        assert!(paragraphs("").is_empty());
    }
}
