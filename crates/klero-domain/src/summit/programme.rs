//! The programme of a summit day and what the tables propose: the rounds (theme, duration,
//! question, and the theme and question in other languages for the tables that speak them),
//! each table's proposals as its facilitator enters them, and the organisers'
//! shortlist that merges duplicates.
//!
//! A proposal carries a `client_id` chosen by the facilitator's browser: sending the same
//! proposal twice (a retry after a lost connection) names the same `client_id`, and the store
//! keeps it once. Nothing here reads the clock or a random source.
//!
//! ```
//! use klero_domain::summit::programme::ProposalInput;
//!
//! let form = [("text", "Free buses on Sundays"), ("client_id", "5f0c2a9e-1b7d")]
//!     .into_iter()
//!     .map(|(k, v)| (k.to_owned(), v.to_owned()))
//!     .collect();
//! let proposal = ProposalInput::parse(&form).expect("valid");
//! assert_eq!(proposal.text(), "Free buses on Sundays");
//! ```

use crate::input::{FieldErrors, RawForm, field};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The longest round theme, in characters.
pub const MAX_THEME: usize = 200;
/// The longest round, in minutes (ten hours).
pub const MAX_MINUTES: u32 = 600;
/// The longest round question, in characters.
pub const MAX_QUESTION: usize = 1_000;
/// The longest proposal, in characters.
pub const MAX_PROPOSAL: usize = 2_000;
/// The longest shortlist title, in characters.
pub const MAX_SHORTLIST_TITLE: usize = 200;
/// The highest table number.
pub const MAX_TABLE: u32 = 1_000;

/// One round of the programme, as an organiser enters it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSpec {
    /// What the round is about (1 to 200 characters).
    pub theme: String,
    /// How long it lasts, 1 to 600 minutes.
    pub minutes: u32,
    /// The question the tables answer (may be empty, at most 1,000 characters).
    pub question: String,
    /// The theme and question in other languages, for the tables that speak them (a Dutch
    /// table reads the Dutch ones); a language not here reads `theme` and `question`.
    pub translations: BTreeMap<Lang, RoundText>,
}

/// A round's theme and question in one more language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundText {
    /// The theme (1 to 200 characters).
    pub theme: String,
    /// The question (may be empty).
    pub question: String,
}

impl RoundSpec {
    /// Parses fields `theme`, `minutes` and `question`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let theme = field(form, "theme").to_owned();
        let theme_chars = theme.chars().count();
        if theme_chars == 0 {
            errors.add("theme", "error-required");
        } else if theme_chars > MAX_THEME {
            errors.add("theme", "error-too-long");
        }
        let minutes = match field(form, "minutes").parse::<u32>() {
            Ok(n) if (1..=MAX_MINUTES).contains(&n) => n,
            _ => {
                errors.add("minutes", "error-round-minutes");
                0
            }
        };
        let question = field(form, "question").to_owned();
        if question.chars().count() > MAX_QUESTION {
            errors.add("question", "error-too-long");
        }
        let mut translations = BTreeMap::new();
        for lang in Lang::ALL {
            let theme_field = format!("theme_{}", lang.code());
            let question_field = format!("question_{}", lang.code());
            let text = RoundText {
                theme: field(form, &theme_field).to_owned(),
                question: field(form, &question_field).to_owned(),
            };
            if text.theme.is_empty() && text.question.is_empty() {
                continue;
            }
            match text.theme.chars().count() {
                0 => errors.add(&theme_field, "error-required"),
                n if n > MAX_THEME => errors.add(&theme_field, "error-too-long"),
                _ => {}
            }
            if text.question.chars().count() > MAX_QUESTION {
                errors.add(&question_field, "error-too-long");
            }
            translations.insert(lang, text);
        }
        errors.into_result(|| RoundSpec {
            theme,
            minutes,
            question,
            translations,
        })
    }

    /// The theme and question for readers of `lang`: its translation, or the round's own text.
    pub fn text_in(&self, lang: Lang) -> RoundText {
        self.translations
            .get(&lang)
            .cloned()
            .unwrap_or_else(|| RoundText {
                theme: self.theme.clone(),
                question: self.question.clone(),
            })
    }
}

/// A proposal as a facilitator enters it for their table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalInput {
    text: String,
    client_id: String,
}

/// Whether `id` is a client id: 8 to 64 characters of `A-Z`, `a-z`, `0-9` and `-`.
pub fn is_client_id(id: &str) -> bool {
    (8..=64).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

impl ProposalInput {
    /// Parses fields `text` and `client_id`. The text is trimmed, its line breaks made `\n`;
    /// other control characters are refused.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let text = field(form, "text").replace("\r\n", "\n");
        let chars = text.chars().count();
        if chars == 0 {
            errors.add("text", "error-required");
        } else if chars > MAX_PROPOSAL {
            errors.add("text", "error-too-long");
        } else if text.chars().any(|c| c.is_control() && c != '\n') {
            errors.add("text", "error-control-characters");
        }
        let client_id = field(form, "client_id").to_owned();
        if !is_client_id(&client_id) {
            errors.add("client_id", "error-client-id");
        }
        errors.into_result(|| ProposalInput { text, client_id })
    }

    /// The proposal.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The id the browser chose, the same on every retry.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }
}

/// A shortlist item's title, as an organiser enters it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortlistInput {
    /// 1 to 200 characters.
    pub title: String,
}

impl ShortlistInput {
    /// Parses field `title`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = field(form, "title").to_owned();
        let chars = title.chars().count();
        if chars == 0 {
            errors.add("title", "error-required");
        } else if chars > MAX_SHORTLIST_TITLE {
            errors.add("title", "error-too-long");
        } else if title.chars().any(char::is_control) {
            errors.add("title", "error-control-characters");
        }
        errors.into_result(|| ShortlistInput { title })
    }
}

/// Parses a table number, 1 to [`MAX_TABLE`].
pub fn parse_table(text: &str) -> Option<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_TABLE).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> RawForm {
        fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_round_needs_a_theme_and_a_duration() {
        let round = RoundSpec::parse(&form(&[
            ("theme", " Mobility "),
            ("minutes", "45"),
            ("question", "What first?"),
        ]))
        .expect("valid");
        assert_eq!(round.theme, "Mobility");
        assert_eq!(round.minutes, 45);
        let errors = RoundSpec::parse(&form(&[("minutes", "0")])).expect_err("invalid");
        assert_eq!(errors.get("theme"), Some("error-required"));
        assert_eq!(errors.get("minutes"), Some("error-round-minutes"));
        for minutes in ["601", "-1", "x", ""] {
            let errors = RoundSpec::parse(&form(&[("theme", "T"), ("minutes", minutes)]))
                .expect_err("bad minutes");
            assert_eq!(errors.get("minutes"), Some("error-round-minutes"));
        }
        let long = "a".repeat(MAX_THEME + 1);
        let question = "q".repeat(MAX_QUESTION + 1);
        let errors = RoundSpec::parse(&form(&[
            ("theme", &long),
            ("minutes", "600"),
            ("question", &question),
        ]))
        .expect_err("too long");
        assert_eq!(errors.get("theme"), Some("error-too-long"));
        assert_eq!(errors.get("question"), Some("error-too-long"));
    }

    #[test]
    fn a_round_reads_in_the_tables_language() {
        let round = RoundSpec::parse(&form(&[
            ("theme", "Mobiliteit"),
            ("minutes", "45"),
            ("question", "Wat eerst?"),
            ("theme_fr", " Mobilité "),
            ("question_fr", "Quoi d’abord ?"),
            ("theme_de", ""),
            ("question_de", ""),
        ]))
        .expect("valid");
        assert_eq!(round.text_in(Lang::Fr).theme, "Mobilité");
        assert_eq!(round.text_in(Lang::Fr).question, "Quoi d’abord ?");
        assert_eq!(round.text_in(Lang::Nl).theme, "Mobiliteit");
        assert_eq!(round.text_in(Lang::De).question, "Wat eerst?");
        assert!(!round.translations.contains_key(&Lang::De), "blank: none");
        let errors = RoundSpec::parse(&form(&[
            ("theme", "T"),
            ("minutes", "5"),
            ("question_de", "Was zuerst?"),
            ("theme_en", &"a".repeat(MAX_THEME + 1)),
        ]))
        .expect_err("a question without its theme");
        assert_eq!(errors.get("theme_de"), Some("error-required"));
        assert_eq!(errors.get("theme_en"), Some("error-too-long"));
    }

    #[test]
    fn a_proposal_keeps_its_lines_and_refuses_other_control_characters() {
        let p = ProposalInput::parse(&form(&[
            ("text", "Line one\r\nLine two"),
            ("client_id", "abcdef12-3456"),
        ]))
        .expect("valid");
        assert_eq!(p.text(), "Line one\nLine two");
        assert_eq!(p.client_id(), "abcdef12-3456");
        let errors = ProposalInput::parse(&form(&[("text", "a\u{7}b"), ("client_id", "abcdefgh")]))
            .expect_err("bell");
        assert_eq!(errors.get("text"), Some("error-control-characters"));
        let errors = ProposalInput::parse(&form(&[("text", "  "), ("client_id", "abcdefgh")]))
            .expect_err("empty");
        assert_eq!(errors.get("text"), Some("error-required"));
        let long = "é".repeat(MAX_PROPOSAL + 1);
        let errors = ProposalInput::parse(&form(&[("text", &long), ("client_id", "abcdefgh")]))
            .expect_err("long");
        assert_eq!(errors.get("text"), Some("error-too-long"));
        assert!(
            ProposalInput::parse(&form(&[
                ("text", &"é".repeat(MAX_PROPOSAL)),
                ("client_id", "abcdefgh")
            ]))
            .is_ok()
        );
    }

    #[test]
    fn client_ids_are_short_plain_ascii() {
        assert!(is_client_id("abcdefgh"));
        assert!(is_client_id("123e4567-e89b-12d3-a456-426614174000"));
        assert!(is_client_id(&"a".repeat(64)));
        for bad in [
            "",
            "abcdefg",
            "abcd efgh",
            "abcdefg_",
            "abcdéfgh",
            &"a".repeat(65),
        ] {
            assert!(!is_client_id(bad), "{bad:?}");
            let errors = ProposalInput::parse(&form(&[("text", "x"), ("client_id", bad)]))
                .expect_err("bad id");
            assert_eq!(errors.get("client_id"), Some("error-client-id"));
        }
    }

    #[test]
    fn shortlist_titles_and_tables() {
        assert_eq!(
            ShortlistInput::parse(&form(&[("title", " Free buses ")]))
                .expect("valid")
                .title,
            "Free buses"
        );
        let errors = ShortlistInput::parse(&form(&[])).expect_err("empty");
        assert_eq!(errors.get("title"), Some("error-required"));
        assert_eq!(parse_table(" 3 "), Some(3));
        for bad in ["0", "1001", "-1", "x", ""] {
            assert_eq!(parse_table(bad), None);
        }
    }
}
