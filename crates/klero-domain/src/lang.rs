//! The platform's four languages and texts that organisers write in several of them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A language the platform speaks. The order is the order of the language switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch.
    Nl,
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, in switcher order.
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::En, Lang::De];

    /// The BCP 47 code (`nl`, `fr`, `en`, `de`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language's own name for itself, as a switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// Parses a code; case and a region suffix (`fr-BE`) are ignored.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The best language for an HTTP `Accept-Language` value: the supported language with the
    /// highest quality, the earliest listed on a tie; `None` when none is supported.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::parse) else {
                continue;
            };
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
                best = Some((quality, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text written in one or more languages, none empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localised(BTreeMap<Lang, String>);

impl Localised {
    /// An empty text: no language yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the text in `lang`; blank text removes that language.
    pub fn set(&mut self, lang: Lang, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            self.0.remove(&lang);
        } else {
            self.0.insert(lang, text.to_owned());
        }
    }

    /// Builder form of [`Localised::set`].
    pub fn with(mut self, lang: Lang, text: &str) -> Self {
        self.set(lang, text);
        self
    }

    /// The text in exactly `lang`, if written.
    pub fn exact(&self, lang: Lang) -> Option<&str> {
        self.0.get(&lang).map(String::as_str)
    }

    /// The text for a reader of `lang`: in `lang` if written, otherwise in the first written
    /// language in switcher order. The language returned is the one the text is in, so a page
    /// can mark it (`lang="fr"`) for screen readers.
    pub fn best(&self, lang: Lang) -> Option<(Lang, &str)> {
        self.0
            .get_key_value(&lang)
            .or_else(|| self.0.iter().next())
            .map(|(l, t)| (*l, t.as_str()))
    }

    /// Whether no language has text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The languages written, with their texts, in switcher order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.0.iter().map(|(l, t)| (*l, t.as_str()))
    }
}
