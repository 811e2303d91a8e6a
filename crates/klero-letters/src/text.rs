//! From the organiser's text to what is set: placeholders filled, paragraphs and forced line
//! breaks found, invisible and control characters recognised.

/// The organisers' contact, for `{phone}` and `{email}`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Contact<'a> {
    pub(crate) phone: &'a str,
    pub(crate) email: &'a str,
}

/// Replaces `{code}`, `{url}`, `{phone}` and `{email}` in one pass, so that a value that itself
/// contains a placeholder is not replaced again; any other `{...}` stays as written.
pub(crate) fn fill_placeholders(body: &str, code: &str, url: &str, contact: Contact<'_>) -> String {
    let values = [
        ("{code}", code),
        ("{url}", url),
        ("{phone}", contact.phone),
        ("{email}", contact.email),
    ];
    let mut out = String::with_capacity(body.len() + code.len() + url.len());
    let mut rest = body;
    while let Some(pos) = rest.find('{') {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        match values
            .iter()
            .find_map(|(name, value)| tail.strip_prefix(name).map(|after| (value, after)))
        {
            Some((value, after)) => {
                out.push_str(value);
                rest = after;
            }
            None => {
                out.push('{');
                rest = &tail[1..];
            }
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
            fill_placeholders(
                "a {code} b {url} {name} {",
                "{url}",
                "U",
                Contact::default()
            ),
            "a {url} b U {name} {"
        );
        let contact = Contact {
            phone: "02 555 01 00",
            email: "{code}@x.be",
        };
        assert_eq!(
            fill_placeholders("{phone} / {email} / {code}", "C", "U", contact),
            "02 555 01 00 / {code}@x.be / C"
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
