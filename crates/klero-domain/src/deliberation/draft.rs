//! Recommendations as a panel drafts them. Each save is a version, in one language; everyone on
//! the panel sees every version and the difference between any two. Before its final vote a
//! recommendation needs the languages the organiser declared (in Brussels, Dutch and French):
//! [`translations`] tells what is missing, what is behind its source, and who wrote what.

use crate::input::{FieldErrors, MAX_TEXT, MAX_TITLE, RawForm, field};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A recommendation's words in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    /// The title, one line.
    pub title: String,
    /// What the panel recommends.
    pub text: String,
    /// Why (may be empty).
    pub rationale: String,
    /// The theme it belongs to (may be empty).
    pub theme: String,
}

impl Wording {
    /// The part named `part`.
    pub fn part(&self, part: Part) -> &str {
        match part {
            Part::Title => &self.title,
            Part::Text => &self.text,
            Part::Rationale => &self.rationale,
        }
    }

    /// The same wording with `part` replaced.
    pub fn with_part(&self, part: Part, value: String) -> Wording {
        let mut wording = self.clone();
        match part {
            Part::Title => wording.title = value,
            Part::Text => wording.text = value,
            Part::Rationale => wording.rationale = value,
        }
        wording
    }
}

/// A recommendation's words in every language it has.
pub type Content = BTreeMap<Lang, Wording>;

/// A part of a recommendation that an amendment may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The title.
    Title,
    /// The text.
    Text,
    /// The rationale.
    Rationale,
}

impl Part {
    /// Every part, in reading order.
    pub const ALL: [Part; 3] = [Part::Title, Part::Text, Part::Rationale];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Text => "text",
            Part::Rationale => "rationale",
        }
    }

    /// Parses [`Part::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text.trim())
    }

    /// The most characters the part holds.
    pub fn max(self) -> usize {
        match self {
            Part::Title => MAX_TITLE,
            Part::Text | Part::Rationale => MAX_TEXT,
        }
    }
}

/// The longest note saved with a version, in characters.
pub const MAX_NOTE: usize = 500;

/// A save of a recommendation's words in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftInput {
    /// The language written in.
    pub lang: Lang,
    /// The words.
    pub wording: Wording,
    /// The version the writer started from (0 for a new recommendation): a save over a version
    /// that changed meanwhile is refused, so nobody's words are lost.
    pub base: u32,
    /// What changed, in a few words (may be empty).
    pub note: String,
    /// The save only translates or rewords: the other languages need not follow it.
    pub translation: bool,
}

impl DraftInput {
    /// Parses fields `lang`, `title`, `text`, `rationale`, `theme`, `base`, `note` and the
    /// check box `translation`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let lang = Lang::parse(field(form, "lang"));
        if lang.is_none() {
            errors.add("lang", "error-choose-one");
        }
        let mut text = |name: &str, max: usize, required: bool| {
            let value = field(form, name).replace("\r\n", "\n");
            if required && value.is_empty() {
                errors.add(name, "error-required");
            } else if value.chars().count() > max {
                errors.add(name, "error-too-long");
            }
            value
        };
        let wording = Wording {
            title: text("title", MAX_TITLE, true),
            text: text("text", MAX_TEXT, true),
            rationale: text("rationale", MAX_TEXT, false),
            theme: text("theme", MAX_TITLE, false),
        };
        let note = text("note", MAX_NOTE, false);
        let base = match field(form, "base") {
            "" => Some(0),
            n => n.parse::<u32>().ok(),
        };
        if base.is_none() {
            errors.add("base", "error-whole-number");
        }
        match (lang, base) {
            (Some(lang), Some(base)) => errors.into_result(|| DraftInput {
                lang,
                wording,
                base,
                note,
                translation: form.contains_key("translation"),
            }),
            _ => Err(errors),
        }
    }
}

/// Who wrote a version, in which language, and from what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionMeta {
    /// 1, 2, 3... within the recommendation.
    pub version: u32,
    /// The language it changed.
    pub lang: Lang,
    /// Who saved it (a display name), or the amendment it came from.
    pub author: String,
    /// Whether it changed the content (the other languages must follow), rather than only
    /// translating: a revision of a language that already had words, not marked as a
    /// translation, or an accepted amendment.
    pub substantive: bool,
}

/// Where a required language stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// Nobody has written it.
    Missing,
    /// Written in `version` by `by`, and no other language changed since.
    Current {
        /// Its latest version.
        version: u32,
        /// Who wrote that version.
        by: String,
    },
    /// Written in `version` by `by`, but `since` (in another language) changed the
    /// recommendation afterwards: it needs to catch up.
    Behind {
        /// Its latest version.
        version: u32,
        /// Who wrote that version.
        by: String,
        /// The later version in another language.
        since: u32,
    },
}

impl Translation {
    /// Whether the language is there and up to date.
    pub fn ready(&self) -> bool {
        matches!(self, Translation::Current { .. })
    }
}

/// Each of `required`'s languages' state, from the recommendation's `history` (in any order):
/// missing, current, or behind a later change of content in another language.
pub fn translations(history: &[VersionMeta], required: &[Lang]) -> Vec<(Lang, Translation)> {
    required
        .iter()
        .map(|&lang| {
            let mine = history
                .iter()
                .filter(|v| v.lang == lang)
                .max_by_key(|v| v.version);
            let state = match mine {
                None => Translation::Missing,
                Some(v) => {
                    let since = history
                        .iter()
                        .filter(|o| o.version > v.version && o.lang != lang && o.substantive)
                        .map(|o| o.version)
                        .max();
                    match since {
                        Some(since) => Translation::Behind {
                            version: v.version,
                            by: v.author.clone(),
                            since,
                        },
                        None => Translation::Current {
                            version: v.version,
                            by: v.author.clone(),
                        },
                    }
                }
            };
            (lang, state)
        })
        .collect()
}

/// Whether every required language is there and up to date.
pub fn ready_for_vote(history: &[VersionMeta], required: &[Lang]) -> bool {
    translations(history, required)
        .iter()
        .all(|(_, t)| t.ready())
}

/// A piece of a difference between two texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Piece {
    /// In both.
    Same(String),
    /// Only in the newer.
    Added(String),
    /// Only in the older.
    Removed(String),
}

/// The difference between `old` and `new` word by word (white space kept with the words), with
/// neighbouring pieces of one kind joined.
pub fn diff(old: &str, new: &str) -> Vec<Piece> {
    use similar::{ChangeTag, TextDiff};
    let mut pieces: Vec<Piece> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let text = change.value();
        match (change.tag(), pieces.last_mut()) {
            (ChangeTag::Equal, Some(Piece::Same(s)))
            | (ChangeTag::Insert, Some(Piece::Added(s)))
            | (ChangeTag::Delete, Some(Piece::Removed(s))) => s.push_str(text),
            (ChangeTag::Equal, _) => pieces.push(Piece::Same(text.to_owned())),
            (ChangeTag::Insert, _) => pieces.push(Piece::Added(text.to_owned())),
            (ChangeTag::Delete, _) => pieces.push(Piece::Removed(text.to_owned())),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(version: u32, lang: Lang, author: &str) -> VersionMeta {
        VersionMeta {
            version,
            lang,
            author: author.into(),
            substantive: true,
        }
    }

    fn translated(version: u32, lang: Lang, author: &str) -> VersionMeta {
        VersionMeta {
            substantive: false,
            ..meta(version, lang, author)
        }
    }

    #[test]
    fn translations_tell_missing_current_and_behind() {
        let history = [
            meta(1, Lang::Fr, "Marie"),
            meta(2, Lang::Nl, "Koen"),
            meta(3, Lang::Fr, "Marie"),
        ];
        let states = translations(&history, &[Lang::Nl, Lang::Fr, Lang::De]);
        assert_eq!(
            states[0].1,
            Translation::Behind {
                version: 2,
                by: "Koen".into(),
                since: 3
            }
        );
        assert!(states[1].1.ready());
        assert_eq!(states[2].1, Translation::Missing);
        assert!(!ready_for_vote(&history, &[Lang::Nl, Lang::Fr]));
        let caught_up = [meta(1, Lang::Fr, "Marie"), translated(2, Lang::Nl, "Koen")];
        assert!(ready_for_vote(&caught_up, &[Lang::Nl, Lang::Fr]));
        // A translation that catches up after a change leaves the source current.
        let again = [
            meta(1, Lang::Fr, "Marie"),
            translated(2, Lang::Nl, "Koen"),
            meta(3, Lang::Fr, "Marie"),
            translated(4, Lang::Nl, "Koen"),
        ];
        assert!(ready_for_vote(&again, &[Lang::Nl, Lang::Fr]));
        // A change of content in Dutch puts French behind.
        let changed = [
            meta(1, Lang::Fr, "Marie"),
            translated(2, Lang::Nl, "Koen"),
            meta(3, Lang::Nl, "Koen"),
        ];
        assert!(!ready_for_vote(&changed, &[Lang::Nl, Lang::Fr]));
        assert!(ready_for_vote(&[], &[]));
    }

    fn rebuild(pieces: &[Piece], newer: bool) -> String {
        pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Same(s) => Some(s.as_str()),
                Piece::Added(s) => newer.then_some(s.as_str()),
                Piece::Removed(s) => (!newer).then_some(s.as_str()),
            })
            .collect()
    }

    #[test]
    fn a_difference_rebuilds_both_texts_and_marks_the_changed_words() {
        let old = "Insulate every school by 2030.";
        let new = "Insulate every public school by 2035.";
        let pieces = diff(old, new);
        assert_eq!(rebuild(&pieces, false), old);
        assert_eq!(rebuild(&pieces, true), new);
        assert!(pieces.contains(&Piece::Added("public ".into())));
        assert!(
            pieces
                .iter()
                .any(|p| matches!(p, Piece::Removed(s) if s.contains("2030")))
        );
        assert_eq!(diff("same", "same"), vec![Piece::Same("same".into())]);
    }

    #[test]
    fn a_save_needs_a_language_a_title_and_a_text() {
        let empty = RawForm::new();
        let errors = DraftInput::parse(&empty).expect_err("empty");
        for name in ["lang", "title", "text"] {
            assert!(errors.get(name).is_some(), "{name}");
        }
        let form: RawForm = [
            ("lang", "fr"),
            ("title", "Isoler les écoles"),
            ("text", "Toutes les écoles\r\nd'ici 2030."),
            ("base", "4"),
        ]
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
        let input = DraftInput::parse(&form).expect("valid");
        assert_eq!(input.base, 4);
        assert_eq!(input.wording.text, "Toutes les écoles\nd'ici 2030.");
    }
}
