//! What is printed: placeholders, European characters, long words, missing glyphs.

use klero_letters::{LetterText, render};

use crate::common::batch;
use crate::pdf::{page_texts, parse};

fn text(body: &str) -> LetterText {
    LetterText {
        lang: "de".into(),
        body: body.into(),
        code_label: "Ihr persönlicher Code".into(),
    }
}

fn printed(body: &str) -> String {
    let bytes = render(&batch(1, &[text(body)])).unwrap_or_else(|e| panic!("{e}"));
    let document = parse(&bytes);
    assert_eq!(document.get_pages().len(), 1);
    page_texts(&document).concat()
}

#[test]
fn the_code_is_printed_even_when_the_text_does_not_mention_it() {
    let page = printed("Guten Tag.");
    assert!(page.contains("K7QM-0000-9HCW"), "{page}");
    assert!(page.contains("Ihr persönlicher Code"), "{page}");
}

#[test]
fn placeholders_are_replaced_and_unknown_ones_kept() {
    let page = printed("Code {code}, Adresse {url}, Name {name}.");
    assert!(page.contains("Code K7QM-0000-9HCW,"), "{page}");
    assert!(
        page.contains("Adresse https://assemblee.brussels/i/K7QM-0000-9HCW,"),
        "{page}"
    );
    assert!(page.contains("Name {name}."), "{page}");
}

#[test]
fn european_characters_are_printed_as_themselves() {
    let sample = "Straße Grüße ça œuvre Noël l’été « oui » 150 € Čeština Łódź Ελλάδα";
    let page = printed(sample);
    for word in sample.split(' ') {
        assert!(page.contains(word), "{word} not in {page}");
    }
}

#[test]
fn characters_the_font_lacks_become_question_marks() {
    let page = printed("Bienvenue \u{6F22} à tous");
    assert!(page.contains("Bienvenue ? à tous"), "{page}");
}

#[test]
fn a_word_longer_than_the_line_is_broken() {
    let word = "Rechtsschutzversicherungsgesellschaften".repeat(12);
    let page = printed(&word);
    let letters: String = page.chars().filter(|c| c.is_alphabetic()).collect();
    assert!(letters.contains(&word), "the word is not printed whole");
}
