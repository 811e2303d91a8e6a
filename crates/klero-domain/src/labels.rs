//! The words readers see for the quotas' categories and values: `gender` is "geslacht",
//! "genre", "gender" or "Geschlecht" depending on who reads, and `female` is "vrouw", "femme"...
//! The ids in the files, the pool and the draw never change; labels are only what is shown.
//! Where a label is missing in the reader's language another language's label is shown (marked
//! as such by the caller), and where there is none at all, the id itself.

use crate::lang::{Lang, Localised};
use std::collections::BTreeMap;

/// The longest label accepted, in characters.
pub const MAX_LABEL: usize = 200;

/// Labels of a panel's categories and values, in up to four languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotaLabels {
    /// Keyed by category id and, for a value's label, the value id (`None`: the category's).
    entries: BTreeMap<(String, Option<String>), Localised>,
}

/// A label as shown: its text and the language it is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// What to show.
    pub text: String,
    /// Its language; `None` when the id is shown because no label was given.
    pub lang: Option<Lang>,
}

impl QuotaLabels {
    /// No labels: every id shows as itself.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the label of category `feature` (`value` `None`) or of its value `value`, in `lang`;
    /// an empty (or blank) text removes it. Texts are trimmed and cut at [`MAX_LABEL`].
    pub fn set(&mut self, feature: &str, value: Option<&str>, lang: Lang, text: &str) {
        let key = (feature.to_owned(), value.map(str::to_owned));
        let text: String = text.trim().chars().take(MAX_LABEL).collect();
        let entry = self.entries.entry(key.clone()).or_default();
        entry.set(lang, &text);
        if entry.is_empty() {
            self.entries.remove(&key);
        }
    }

    /// The label of category `feature` for a reader of `lang`.
    pub fn category(&self, feature: &str, lang: Lang) -> Label {
        self.shown(feature, None, lang)
    }

    /// The label of value `value` of category `feature` for a reader of `lang`.
    pub fn value(&self, feature: &str, value: &str, lang: Lang) -> Label {
        self.shown(feature, Some(value), lang)
    }

    /// The label written in `lang` exactly, if any (for forms that edit them).
    pub fn exact(&self, feature: &str, value: Option<&str>, lang: Lang) -> Option<&str> {
        self.entries
            .get(&(feature.to_owned(), value.map(str::to_owned)))
            .and_then(|l| l.exact(lang))
    }

    fn shown(&self, feature: &str, value: Option<&str>, lang: Lang) -> Label {
        let id = value.unwrap_or(feature);
        match self
            .entries
            .get(&(feature.to_owned(), value.map(str::to_owned)))
            .and_then(|l| l.best(lang))
        {
            Some((lang, text)) => Label {
                text: text.to_owned(),
                lang: Some(lang),
            },
            None => Label {
                text: id.to_owned(),
                lang: None,
            },
        }
    }

    /// Every label: category, value (`None` for the category's own), language and text.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Option<&str>, Lang, &str)> {
        self.entries.iter().flat_map(|((feature, value), texts)| {
            texts
                .iter()
                .map(move |(lang, text)| (feature.as_str(), value.as_deref(), lang, text))
        })
    }

    /// Whether no label is set.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_sees_their_language_then_another_then_the_id() {
        let mut labels = QuotaLabels::new();
        labels.set("gender", None, Lang::Nl, "geslacht");
        labels.set("gender", None, Lang::Fr, " genre ");
        labels.set("gender", Some("female"), Lang::Nl, "vrouw");
        assert_eq!(labels.category("gender", Lang::Fr).text, "genre");
        assert_eq!(labels.category("gender", Lang::Nl).lang, Some(Lang::Nl));
        let fallback = labels.value("gender", "female", Lang::Fr);
        assert_eq!(fallback.text, "vrouw");
        assert_eq!(fallback.lang, Some(Lang::Nl));
        let bare = labels.value("gender", "male", Lang::Fr);
        assert_eq!((bare.text.as_str(), bare.lang), ("male", None));
        assert_eq!(labels.category("age", Lang::De).text, "age");
    }

    #[test]
    fn an_empty_label_removes_it_and_long_ones_are_cut() {
        let mut labels = QuotaLabels::new();
        labels.set("age", Some("16-29"), Lang::En, "16 to 29");
        labels.set("age", Some("16-29"), Lang::En, "  ");
        assert!(labels.is_empty());
        labels.set("age", None, Lang::De, &"x".repeat(500));
        assert_eq!(
            labels
                .exact("age", None, Lang::De)
                .map(|t| t.chars().count()),
            Some(MAX_LABEL)
        );
        assert_eq!(labels.iter().count(), 1);
    }
}
