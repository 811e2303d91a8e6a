//! Whatever the strings, rendering returns a PDF or an error: it never panics, and `check`
//! agrees with it.

use klero_letters::{Batch, Letter, LetterText, check, render};
use proptest::prelude::*;

/// Any string: arbitrary characters (controls and emoji included), huge words, empties.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        ".{0,40}",
        "\\PC{0,200}",
        "[a-zé€\u{1F600}]{0,3000}",
        "[ \t\n\r{}a-z]{0,400}",
        Just("{code}{url}{".to_owned()),
    ]
}

fn letter() -> impl Strategy<Value = Letter> {
    (
        prop::collection::vec(any_text(), 0..5),
        any_text(),
        any_text(),
        prop::collection::vec((any_text(), any_text()), 0..3),
    )
        .prop_map(|(address, code, url, texts)| Letter {
            sender: None,
            address,
            code,
            url,
            texts: texts
                .into_iter()
                .map(|(body, code_label)| LetterText {
                    lang: "fr".into(),
                    body,
                    code_label,
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn render_never_panics(
        title in any_text(),
        sender in prop::collection::vec(any_text(), 0..4),
        letters in prop::collection::vec(letter(), 0..3),
    ) {
        let count = letters.len();
        let batch = Batch { title, sender, phone: String::new(), email: String::new(), letters };
        let problems = check(&batch);
        match render(&batch) {
            Ok(bytes) => {
                prop_assert_eq!(crate::pdf::parse(&bytes).get_pages().len(), count);
                prop_assert!(problems.is_empty(), "check found {:?}", problems);
            }
            Err(error) => prop_assert!(!problems.is_empty(), "check found nothing, render said {}", error),
        }
    }
}
