//! Rendering batches: one page per letter, the title, each letter's code on its page.

use klero_letters::render;

use crate::common::{batch, dutch, french};
use crate::pdf::{page_texts, parse, title};

#[test]
fn one_page_per_letter_in_one_and_two_languages() {
    for count in [1, 3, 50] {
        for texts in [vec![french()], vec![french(), dutch()]] {
            let bytes = render(&batch(count, &texts)).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                parse(&bytes).get_pages().len(),
                count,
                "{count} letters, {} languages",
                texts.len()
            );
        }
    }
}

#[test]
fn the_title_is_in_the_metadata() {
    let bytes = render(&batch(1, &[french()])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(title(&parse(&bytes)), "Assemblée citoyenne — invitations");
}

#[test]
fn each_page_shows_its_letters_code() {
    let batch = batch(3, &[french(), dutch()]);
    let bytes = render(&batch).unwrap_or_else(|e| panic!("{e}"));
    let texts = page_texts(&parse(&bytes));
    for (letter, text) in batch.letters.iter().zip(&texts) {
        println!("{text}");
        assert!(text.contains(&letter.code), "{} not in {text}", letter.code);
    }
}

#[test]
fn the_same_batch_gives_the_same_bytes() {
    let batch = batch(2, &[french(), dutch()]);
    let first = render(&batch).unwrap_or_else(|e| panic!("{e}"));
    let second = render(&batch).unwrap_or_else(|e| panic!("{e}"));
    assert!(first == second, "two renderings differ");
}
