//! Amendments: a member proposes to replace, add or delete a passage of one version of a
//! recommendation, with a reason; the group's facilitator or the plenary accepts or rejects
//! it, and an accepted amendment makes the next version. Every amendment and its outcome are
//! kept.
//!
//! An amendment names the version it was written against. It is refused when that version is
//! no longer the current one (the proposer is shown the current text), and it is applied to
//! the text by its passage, which must occur exactly once.

use super::draft::{Part, Wording};
use crate::input::{FieldErrors, MAX_TEXT, RawForm, field};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The longest reason, in characters.
pub const MAX_REASON: usize = 2_000;

/// What an amendment does to its passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Replace the passage by new words.
    Replace,
    /// Add new words after the passage (at the end when no passage is given).
    Add,
    /// Delete the passage.
    Delete,
}

impl Change {
    /// Every kind, in the order forms show them.
    pub const ALL: [Change; 3] = [Change::Replace, Change::Add, Change::Delete];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Replace => "replace",
            Change::Add => "add",
            Change::Delete => "delete",
        }
    }

    /// Parses [`Change::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text.trim())
    }
}

/// An amendment as a member proposes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AmendmentInput {
    /// The version it was written against.
    pub base: u32,
    /// The language of the words it changes.
    pub lang: Lang,
    /// The part it changes.
    pub part: Part,
    /// Replace, add or delete.
    pub change: Change,
    /// The words it replaces, adds after or deletes, exactly as in the text.
    pub passage: String,
    /// The new words (empty for a deletion).
    pub words: String,
    /// Why.
    pub reason: String,
}

/// Why an amendment does not apply to a text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AmendError {
    /// The recommendation has no words in the amendment's language.
    #[error("the recommendation has no text in this language")]
    NoSuchLanguage,
    /// The passage is not in the text.
    #[error("the passage is not in the text")]
    PassageNotFound,
    /// The passage occurs more than once: it must be quoted with enough words to be found once.
    #[error("the passage occurs {0} times in the text")]
    PassageAmbiguous(usize),
    /// The amended part would be empty or too long.
    #[error("the amended part would be empty or too long")]
    Length,
}

impl AmendError {
    /// The form field and message key of this problem.
    pub fn field_message(&self) -> (&'static str, &'static str) {
        match self {
            AmendError::NoSuchLanguage => ("lang", "error-amend-language"),
            AmendError::PassageNotFound => ("passage", "error-amend-not-found"),
            AmendError::PassageAmbiguous(_) => ("passage", "error-amend-ambiguous"),
            AmendError::Length => ("words", "error-amend-length"),
        }
    }
}

impl AmendmentInput {
    /// Parses fields `base`, `lang`, `part`, `change`, `passage`, `words` and `reason`. A
    /// replacement needs a passage and words, an addition words, a deletion a passage; every
    /// amendment needs a reason.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let base = field(form, "base").parse::<u32>().ok().filter(|&b| b > 0);
        if base.is_none() {
            errors.add("base", "error-whole-number");
        }
        let lang = Lang::parse(field(form, "lang"));
        if lang.is_none() {
            errors.add("lang", "error-choose-one");
        }
        let part = Part::parse(field(form, "part"));
        if part.is_none() {
            errors.add("part", "error-choose-one");
        }
        let change = Change::parse(field(form, "change"));
        if change.is_none() {
            errors.add("change", "error-choose-one");
        }
        // The passage is matched exactly, so it is not trimmed beyond its ends' white space.
        let passage = field(form, "passage").replace("\r\n", "\n");
        let words = field(form, "words").replace("\r\n", "\n");
        let reason = field(form, "reason").to_owned();
        if matches!(change, Some(Change::Replace | Change::Delete)) && passage.is_empty() {
            errors.add("passage", "error-required");
        }
        if matches!(change, Some(Change::Replace | Change::Add)) && words.is_empty() {
            errors.add("words", "error-required");
        }
        for (name, value) in [("passage", &passage), ("words", &words)] {
            if value.chars().count() > MAX_TEXT {
                errors.add(name, "error-too-long");
            }
        }
        if reason.is_empty() {
            errors.add("reason", "error-required");
        } else if reason.chars().count() > MAX_REASON {
            errors.add("reason", "error-too-long");
        }
        match (base, lang, part, change) {
            (Some(base), Some(lang), Some(part), Some(change)) => {
                errors.into_result(|| AmendmentInput {
                    base,
                    lang,
                    part,
                    change,
                    passage,
                    words: if change == Change::Delete {
                        String::new()
                    } else {
                        words
                    },
                    reason,
                })
            }
            _ => Err(errors),
        }
    }

    /// The part's text once amended.
    pub fn apply_to(&self, text: &str) -> Result<String, AmendError> {
        let amended = if self.change == Change::Add && self.passage.is_empty() {
            if text.is_empty() {
                self.words.clone()
            } else {
                format!("{text} {}", self.words)
            }
        } else {
            let found: Vec<usize> = text.match_indices(&self.passage).map(|(i, _)| i).collect();
            let at = match found.as_slice() {
                [] => return Err(AmendError::PassageNotFound),
                [at] => *at,
                many => return Err(AmendError::PassageAmbiguous(many.len())),
            };
            let end = at + self.passage.len();
            match self.change {
                Change::Replace => format!("{}{}{}", &text[..at], self.words, &text[end..]),
                Change::Delete => {
                    // Deleting a word leaves one space between its neighbours, not two.
                    let (before, after) = (&text[..at], &text[end..]);
                    if before.ends_with(' ') && after.starts_with(' ') {
                        format!("{before}{}", &after[1..])
                    } else {
                        format!("{before}{after}")
                    }
                }
                Change::Add => {
                    let space = if self.words.starts_with([' ', ',', '.', ';', '\n']) {
                        ""
                    } else {
                        " "
                    };
                    format!("{}{space}{}{}", &text[..end], self.words, &text[end..])
                }
            }
        };
        let amended = amended.trim().to_owned();
        if (self.part != Part::Rationale && amended.is_empty())
            || amended.chars().count() > self.part.max()
        {
            return Err(AmendError::Length);
        }
        Ok(amended)
    }

    /// The wording once amended, from the wording of the amendment's language.
    pub fn apply(&self, wording: Option<&Wording>) -> Result<Wording, AmendError> {
        let wording = wording.ok_or(AmendError::NoSuchLanguage)?;
        let amended = self.apply_to(wording.part(self.part))?;
        Ok(wording.with_part(self.part, amended))
    }
}

/// Where an amendment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmendmentState {
    /// Waiting for a decision.
    Proposed,
    /// Accepted: it made a version.
    Accepted,
    /// Rejected, with the decider's note.
    Rejected,
}

impl AmendmentState {
    /// Every state.
    pub const ALL: [AmendmentState; 3] = [
        AmendmentState::Proposed,
        AmendmentState::Accepted,
        AmendmentState::Rejected,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AmendmentState::Proposed => "proposed",
            AmendmentState::Accepted => "accepted",
            AmendmentState::Rejected => "rejected",
        }
    }

    /// Parses [`AmendmentState::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amendment(change: Change, passage: &str, words: &str) -> AmendmentInput {
        AmendmentInput {
            base: 1,
            lang: Lang::Fr,
            part: Part::Text,
            change,
            passage: passage.into(),
            words: words.into(),
            reason: "Plus juste".into(),
        }
    }

    #[test]
    fn replace_add_and_delete_change_only_their_passage() {
        let text = "Isoler toutes les écoles d'ici 2030.";
        let replace = amendment(Change::Replace, "2030", "2035");
        assert_eq!(
            replace.apply_to(text).as_deref(),
            Ok("Isoler toutes les écoles d'ici 2035.")
        );
        let add = amendment(Change::Add, "les écoles", "publiques");
        assert_eq!(
            add.apply_to(text).as_deref(),
            Ok("Isoler toutes les écoles publiques d'ici 2030.")
        );
        let delete = amendment(Change::Delete, "toutes", "");
        assert_eq!(
            delete.apply_to(text).as_deref(),
            Ok("Isoler les écoles d'ici 2030.")
        );
        let at_end = amendment(Change::Add, "", "Les crèches aussi.");
        assert_eq!(
            at_end.apply_to(text).as_deref(),
            Ok("Isoler toutes les écoles d'ici 2030. Les crèches aussi.")
        );
    }

    #[test]
    fn a_passage_must_be_found_exactly_once() {
        let text = "les écoles et les crèches";
        assert_eq!(
            amendment(Change::Delete, "les", "").apply_to(text),
            Err(AmendError::PassageAmbiguous(3))
        );
        assert_eq!(
            amendment(Change::Delete, "hôpitaux", "").apply_to(text),
            Err(AmendError::PassageNotFound)
        );
        assert_eq!(
            amendment(Change::Delete, "les écoles et les crèches", "").apply_to(text),
            Err(AmendError::Length)
        );
        assert_eq!(
            amendment(Change::Replace, "x", "y").apply(None),
            Err(AmendError::NoSuchLanguage)
        );
    }

    #[test]
    fn the_form_asks_for_what_each_change_needs() {
        let form = |fields: &[(&str, &str)]| -> RawForm {
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        let errors = AmendmentInput::parse(&form(&[
            ("base", "2"),
            ("lang", "nl"),
            ("part", "text"),
            ("change", "replace"),
        ]))
        .expect_err("incomplete");
        for name in ["passage", "words", "reason"] {
            assert!(errors.get(name).is_some(), "{name}");
        }
        let delete = AmendmentInput::parse(&form(&[
            ("base", "2"),
            ("lang", "nl"),
            ("part", "title"),
            ("change", "delete"),
            ("passage", "alle"),
            ("words", "ignored"),
            ("reason", "Te breed"),
        ]))
        .expect("valid");
        assert_eq!(delete.words, "");
        assert!(AmendmentInput::parse(&form(&[("base", "0")])).is_err());
    }
}
