//! Fluent messages in the platform's four languages, embedded at build time from
//! `locales/{nl,fr,en,de}/main.ftl`. A message missing in one language falls back to English;
//! a test checks that every language has every message.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use klero_domain::lang::Lang;
use std::borrow::Cow;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Inserted values are plain text in HTML pages: no invisible bidi isolation marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::Nl => unic_langid::langid!("nl"),
        Lang::Fr => unic_langid::langid!("fr"),
        Lang::En => unic_langid::langid!("en"),
        Lang::De => unic_langid::langid!("de"),
    }
}

/// The message `key` in `lang`; the key itself when no language has it (visible, never a crash).
pub fn message(lang: Lang, key: &str) -> String {
    LOCALES
        .try_lookup(&langid(lang), key)
        .unwrap_or_else(|| key.to_owned())
}

/// The message `key` in `lang` with named arguments. An argument that is a whole number is
/// passed as a number, so that messages can choose plural forms (`{ $n -> [one] ... }`).
pub fn message_with(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| {
            let value = match value.parse::<i64>() {
                Ok(number) => FluentValue::from(number),
                Err(_) => FluentValue::from(value.clone()),
            };
            (Cow::Owned((*name).to_owned()), value)
        })
        .collect();
    LOCALES
        .try_lookup_with_args(&langid(lang), key, &args)
        .unwrap_or_else(|| key.to_owned())
}
