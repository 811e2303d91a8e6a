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

#[test]
fn a_letter_carries_its_own_letterhead_and_the_organisers_contact() {
    let mut texts = vec![french()];
    texts[0].body = "Appelez-nous au {phone} ou écrivez à {email}. Code {code}, {url}.".into();
    let mut batch = batch(2, &texts);
    batch.letters[1].sender = Some(vec![
        "Brusselse Burgerassemblee".into(),
        "Tel. {phone}".into(),
    ]);
    let bytes = render(&batch).unwrap_or_else(|e| panic!("{e}"));
    let pages = page_texts(&parse(&bytes));
    assert!(
        pages[0].contains("Assemblée citoyenne bruxelloise"),
        "{}",
        pages[0]
    );
    assert!(!pages[0].contains("Burgerassemblee"), "{}", pages[0]);
    assert!(
        pages[1].contains("Brusselse Burgerassemblee"),
        "{}",
        pages[1]
    );
    assert!(
        !pages[1].contains("Assemblée citoyenne bruxelloise"),
        "{}",
        pages[1]
    );
    // The sender block is printed as given; the texts' placeholders are filled.
    assert!(pages[1].contains("{phone}"), "{}", pages[1]);
    for page in &pages {
        assert!(page.contains("555"), "{page}");
        assert!(page.contains("info@assemblee.brussels"), "{page}");
    }
}

#[test]
fn a_sender_block_too_long_is_one_problem_however_many_letters_carry_it() {
    let mut batch = batch(3, &[french()]);
    let long: Vec<String> = (0..30).map(|n| format!("Ligne {n}")).collect();
    for letter in &mut batch.letters {
        letter.sender = Some(long.clone());
    }
    assert_eq!(
        klero_letters::check(&batch),
        vec![klero_letters::LetterError::SenderTooLong { lines: 30 }]
    );
}
