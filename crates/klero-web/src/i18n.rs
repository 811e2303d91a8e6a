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

/// A number as the reader writes it: `decimals` digits after the decimal sign (`,` in Dutch,
/// French and German, `.` in English) and the whole part grouped by thousands (`.` in Dutch and
/// German, a narrow no-break space in French, `,` in English): `1.234,5`, `1 234,5`,
/// `1,234.5`. A value that is not finite is written `–`.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let (decimal, group) = match lang {
        Lang::Nl | Lang::De => (",", "."),
        Lang::Fr => (",", "\u{202f}"),
        Lang::En => (".", ","),
    };
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

/// A whole number as the reader writes it (`12.345`, `12 345`, `12,345`).
pub fn integer(lang: Lang, value: u64) -> String {
    let text = value.to_string();
    let group = match lang {
        Lang::Nl | Lang::De => ".",
        Lang::Fr => "\u{202f}",
        Lang::En => ",",
    };
    let mut out = String::new();
    for (i, digit) in text.chars().enumerate() {
        if i > 0 && (text.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(digit);
    }
    out
}

/// A percentage as the reader writes it: [`number`] and the sign, after a no-break space in
/// French and German (`35,85 %`), right after the number in Dutch and English (`35,85%`,
/// `35.85%`).
pub fn percent(lang: Lang, value: f64, decimals: usize) -> String {
    let space = match lang {
        Lang::Fr | Lang::De => "\u{a0}",
        Lang::Nl | Lang::En => "",
    };
    format!("{}{space}%", number(lang, value, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_readers_locale() {
        assert_eq!(number(Lang::Fr, 35.849, 2), "35,85");
        assert_eq!(number(Lang::En, 35.849, 2), "35.85");
        assert_eq!(number(Lang::Nl, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::De, 1_234_567.0, 0), "1.234.567");
        assert_eq!(number(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(number(Lang::En, 999.0, 0), "999");
        assert_eq!(number(Lang::En, -1234.75, 1), "-1,234.8");
        assert_eq!(number(Lang::Nl, -0.01, 1), "0,0");
        assert_eq!(number(Lang::En, f64::NAN, 1), "–");
    }

    #[test]
    fn whole_numbers_are_grouped_by_thousands() {
        assert_eq!(integer(Lang::Nl, 0), "0");
        assert_eq!(integer(Lang::Nl, 12_345), "12.345");
        assert_eq!(integer(Lang::Fr, 1_000_000), "1\u{202f}000\u{202f}000");
        assert_eq!(integer(Lang::En, 100), "100");
    }

    #[test]
    fn percentages_carry_the_locales_spacing() {
        assert_eq!(percent(Lang::Fr, 35.85, 2), "35,85\u{a0}%");
        assert_eq!(percent(Lang::De, 45.0, 0), "45\u{a0}%");
        assert_eq!(percent(Lang::Nl, 45.0, 0), "45%");
        assert_eq!(percent(Lang::En, 35.85, 2), "35.85%");
    }
}
