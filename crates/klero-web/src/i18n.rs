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

// --- Numbers and punctuation in the reader's locale (issue 23) ---

/// The decimal separator, the thousands separator and what goes between a number and `%`,
/// as CLDR has them: English `1,234.5%`, Dutch `1.234,5%`, French `1 234,5 %` (narrow
/// no-break spaces), German `1.234,5 %` (a no-break space).
fn number_style(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::En => (".", ",", ""),
        Lang::Nl => (",", ".", ""),
        Lang::Fr => (",", "\u{202f}", "\u{202f}"),
        Lang::De => (",", ".", "\u{a0}"),
    }
}

/// The digits of a whole number, grouped by thousands with `group`.
fn grouped(digits: &str, group: &str) -> String {
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(digit);
    }
    out
}

/// `value` with `decimals` decimals (rounded half away from zero), its thousands grouped, in
/// `lang`'s style: `format_decimal(Lang::Fr, 1234.5, 2)` is `1 234,50`. A value that is not a
/// number is written as 0.
pub fn format_decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let (point, group, _) = number_style(lang);
    let value = if value.is_finite() { value } else { 0.0 };
    let scale = 10f64.powi(i32::try_from(decimals.min(9)).unwrap_or(9));
    let rounded = (value.abs() * scale).round() / scale;
    let text = format!("{rounded:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 && rounded != 0.0 {
        out.push('-');
    }
    out.push_str(&grouped(whole, group));
    if !fraction.is_empty() {
        out.push_str(point);
        out.push_str(fraction);
    }
    out
}

/// A number as the reader writes it ([`format_decimal`]); a value that is not finite is `–`.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    if value.is_finite() {
        format_decimal(lang, value, decimals)
    } else {
        "–".to_owned()
    }
}

/// A whole number as the reader writes it (`12.345`, `12 345`, `12,345`).
pub fn integer(lang: Lang, value: u64) -> String {
    let (_, group, _) = number_style(lang);
    grouped(&value.to_string(), group)
}

/// A percentage in `lang`'s style: `format_percent(Lang::Fr, 35.853, 2)` is `35,85 %` (with a
/// narrow no-break space), `format_percent(Lang::En, 35.853, 2)` is `35.85%`.
pub fn format_percent(lang: Lang, value: f64, decimals: usize) -> String {
    let (_, _, space) = number_style(lang);
    format!("{}{space}%", number(lang, value, decimals))
}

/// The months' names, January first, as written inside a date.
fn months(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Nl => [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        Lang::Fr => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        Lang::De => [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    }
}

/// A day in words, as the reader writes it: `12 januari 2027`, `1er février 2027`,
/// `12 January 2027`, `12. Januar 2027`.
pub fn date_words(lang: Lang, date: klero_domain::assembly::Date) -> String {
    let month = months(lang)[usize::from(date.month().clamp(1, 12) - 1)];
    let (day, year) = (date.day(), date.year());
    match lang {
        Lang::Fr if day == 1 => format!("1er {month} {year}"),
        Lang::De => format!("{day}. {month} {year}"),
        _ => format!("{day} {month} {year}"),
    }
}

/// Two days in words as a span: `12–14 januari 2027` is not attempted; both days are written
/// out, joined by an en dash with spaces, or one day when they are the same.
pub fn span_words(
    lang: Lang,
    from: klero_domain::assembly::Date,
    to: klero_domain::assembly::Date,
) -> String {
    if from == to {
        date_words(lang, from)
    } else {
        format!("{} – {}", date_words(lang, from), date_words(lang, to))
    }
}

/// What follows a label before its value: `:` in Dutch, English and German, a no-break space
/// and `:` in French (`Thème : Mobilité`).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}:",
        _ => ":",
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;
    use klero_domain::assembly::Date;

    #[test]
    fn days_are_written_in_each_language() {
        let day = Date::from_ymd(2027, 3, 1).expect("date");
        assert_eq!(date_words(Lang::Fr, day), "1er mars 2027");
        assert_eq!(date_words(Lang::Nl, day), "1 maart 2027");
        assert_eq!(date_words(Lang::En, day), "1 March 2027");
        assert_eq!(date_words(Lang::De, day), "1. März 2027");
        let later = Date::from_ymd(2027, 12, 24).expect("date");
        assert_eq!(date_words(Lang::Fr, later), "24 décembre 2027");
        assert_eq!(
            span_words(Lang::Nl, day, later),
            "1 maart 2027 – 24 december 2027"
        );
        assert_eq!(span_words(Lang::En, day, day), "1 March 2027");
    }
}

#[cfg(test)]
mod number_tests {
    use super::*;

    #[test]
    fn decimals_follow_the_locale() {
        assert_eq!(format_decimal(Lang::En, 35.853, 2), "35.85");
        assert_eq!(format_decimal(Lang::Nl, 35.853, 2), "35,85");
        assert_eq!(format_decimal(Lang::De, 35.853, 2), "35,85");
        assert_eq!(format_decimal(Lang::Fr, 35.853, 2), "35,85");
        assert_eq!(format_decimal(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(format_decimal(Lang::De, 1_234_567.0, 0), "1.234.567");
        assert_eq!(format_decimal(Lang::En, 1_234_567.891, 2), "1,234,567.89");
        assert_eq!(format_decimal(Lang::Nl, 999.0, 0), "999");
        assert_eq!(format_decimal(Lang::En, -1234.25, 1), "-1,234.3");
        assert_eq!(
            format_decimal(Lang::En, -0.001, 1),
            "0.0",
            "no negative zero"
        );
        assert_eq!(format_decimal(Lang::En, f64::NAN, 1), "0.0");
        assert_eq!(format_decimal(Lang::En, 2.5, 0), "3", "half away from zero");
        assert_eq!(number(Lang::En, f64::NAN, 1), "–");
        assert_eq!(number(Lang::Nl, -0.01, 1), "0,0");
    }

    #[test]
    fn whole_numbers_are_grouped_by_thousands() {
        assert_eq!(integer(Lang::Nl, 0), "0");
        assert_eq!(integer(Lang::Nl, 12_345), "12.345");
        assert_eq!(integer(Lang::Fr, 1_000_000), "1\u{202f}000\u{202f}000");
        assert_eq!(integer(Lang::En, 100), "100");
    }

    #[test]
    fn percentages_follow_the_locale() {
        assert_eq!(format_percent(Lang::Fr, 35.853, 2), "35,85\u{202f}%");
        assert_eq!(format_percent(Lang::De, 35.853, 2), "35,85\u{a0}%");
        assert_eq!(format_percent(Lang::Nl, 35.853, 2), "35,85%");
        assert_eq!(format_percent(Lang::En, 35.853, 2), "35.85%");
        assert_eq!(format_percent(Lang::Fr, 100.0, 0), "100\u{202f}%");
    }

    #[test]
    fn french_puts_a_space_before_the_colon() {
        assert_eq!(
            format!("Thème{} Mobilité", colon(Lang::Fr)),
            "Thème\u{a0}: Mobilité"
        );
        assert_eq!(
            format!("Thema{} Mobiliteit", colon(Lang::Nl)),
            "Thema: Mobiliteit"
        );
    }
}
