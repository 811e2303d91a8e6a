//! What is refused, and the letter it names.

use klero_letters::{LetterError, Part, check, render};

use crate::common::{batch, dutch, french};

#[test]
fn an_empty_batch_is_refused() {
    assert!(matches!(
        render(&batch(0, &[french()])),
        Err(LetterError::Empty)
    ));
}

#[test]
fn a_letter_without_text_is_named() {
    let mut batch = batch(3, &[french()]);
    batch.letters[1].texts.clear();
    assert!(matches!(
        render(&batch),
        Err(LetterError::NoText { letter: 1 })
    ));
}

#[test]
fn an_absurdly_long_text_is_too_long_and_says_which_letter() {
    let mut batch = batch(3, &[french(), dutch()]);
    batch.letters[2].texts[0].body = french().body.repeat(20);
    let error = render(&batch).err();
    assert!(
        matches!(
            error,
            Some(LetterError::TooLong {
                letter: 2,
                part: Part::Text
            })
        ),
        "{error:?}"
    );
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains("letter 2") && message.contains("7 pt"),
        "{message}"
    );
}

#[test]
fn a_long_text_is_set_smaller_rather_than_refused() {
    // Twice the letter in both languages does not fit at 11 pt but does at a smaller size.
    let mut long = french();
    long.body = format!("{}\n\n{}", long.body, long.body);
    let bytes = render(&batch(1, &[long, dutch()])).unwrap_or_else(|e| panic!("{e}"));
    let document = crate::pdf::parse(&bytes);
    assert_eq!(document.get_pages().len(), 1);
    let sizes = &crate::pdf::font_sizes(&document)[0];
    assert!(sizes.iter().all(|&size| size >= 7.0), "{sizes:?}");
    assert!(
        !sizes.contains(&11.0),
        "the text is still at 11 pt: {sizes:?}"
    );

    let bytes = render(&batch(1, &[french(), dutch()])).unwrap_or_else(|e| panic!("{e}"));
    let sizes = &crate::pdf::font_sizes(&crate::pdf::parse(&bytes))[0];
    assert!(
        sizes.contains(&11.0),
        "the normal letter is not at 11 pt: {sizes:?}"
    );
}

#[test]
fn an_address_too_long_for_the_window_is_refused() {
    let mut batch = batch(2, &[french()]);
    batch.letters[0].address = (0..40).map(|n| format!("Ligne {n}")).collect();
    assert!(matches!(
        render(&batch),
        Err(LetterError::TooLong {
            letter: 0,
            part: Part::Address
        })
    ));
}

#[test]
fn a_sender_block_too_long_is_refused() {
    let mut batch = batch(1, &[french()]);
    batch.sender = (0..30).map(|n| format!("Ligne {n}")).collect();
    assert!(matches!(
        render(&batch),
        Err(LetterError::SenderTooLong { lines: 30 })
    ));
}

#[test]
fn a_url_too_long_for_a_qr_code_is_refused() {
    let mut batch = batch(2, &[french()]);
    batch.letters[1].url = format!("https://example.org/{}", "x".repeat(5000));
    assert!(matches!(
        render(&batch),
        Err(LetterError::Qr { letter: 1, .. })
    ));
}

#[test]
fn check_finds_every_problem_at_once() {
    let mut batch = batch(5, &[french(), dutch()]);
    assert!(check(&batch).is_empty());
    batch.letters[1].texts.clear();
    batch.letters[3].texts[1].body = dutch().body.repeat(20);
    batch.letters[4].address = (0..40).map(|n| format!("Ligne {n}")).collect();
    let problems = check(&batch);
    assert!(
        matches!(
            problems.as_slice(),
            [
                LetterError::NoText { letter: 1 },
                LetterError::TooLong {
                    letter: 3,
                    part: Part::Text
                },
                LetterError::TooLong {
                    letter: 4,
                    part: Part::Address
                },
            ]
        ),
        "{problems:?}"
    );
    assert!(matches!(
        render(&batch),
        Err(LetterError::NoText { letter: 1 })
    ));
    assert!(matches!(
        check(&crate::common::batch(0, &[])).as_slice(),
        [LetterError::Empty]
    ));
}
