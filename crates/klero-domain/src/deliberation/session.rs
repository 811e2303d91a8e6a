//! The panel's sessions: when and where it meets, what is on the agenda, who came.

use crate::assembly::Date;
use crate::input::{FieldErrors, MAX_TEXT, RawForm, check_lengths, field, localised};
use crate::lang::Localised;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest place or accessibility note, in characters.
pub const MAX_PLACE: usize = 500;

/// A time of day, `HH:MM` on a 24-hour clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    /// Parses `HH:MM` or `H:MM` (00:00 to 23:59); a browser's `HH:MM:SS` is taken too.
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let mut parts = text.trim().split(':');
        let (h, m) = (parts.next()?, parts.next()?);
        if let Some(s) = parts.next()
            && (s.len() != 2 || s.parse::<u8>().ok()? > 59)
        {
            return None;
        }
        if parts.next().is_some() || !(1..=2).contains(&h.len()) || m.len() != 2 {
            return None;
        }
        let (hour, minute) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub fn minute(self) -> u8 {
        self.minute
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        TimeOfDay::parse(&text).ok_or_else(|| format!("not a time of day: {text:?}"))
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

/// A session as the organiser plans it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInput {
    /// The day.
    pub date: Date,
    /// When it starts (Brussels time).
    pub starts: TimeOfDay,
    /// When it ends, after it starts, the same day.
    pub ends: TimeOfDay,
    /// Where: the building and its address.
    pub place: String,
    /// How to get in: step-free access, hearing loop, quiet room... (may be empty).
    pub access: String,
    /// The agenda, in at least one language.
    pub agenda: Localised,
}

impl SessionInput {
    /// Parses fields `date`, `starts`, `ends`, `place`, `access` and `agenda_{nl,fr,en,de}`,
    /// reporting every problem at once.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let date = Date::parse(field(form, "date"));
        if date.is_none() {
            errors.add("date", "error-date");
        }
        let mut time = |name: &str| {
            let parsed = TimeOfDay::parse(field(form, name));
            if parsed.is_none() {
                errors.add(name, "error-time");
            }
            parsed
        };
        let (starts, ends) = (time("starts"), time("ends"));
        if let (Some(s), Some(e)) = (starts, ends)
            && e <= s
        {
            errors.add("ends", "error-ends-before-start");
        }
        let place = field(form, "place").to_owned();
        if place.is_empty() {
            errors.add("place", "error-required");
        } else if place.chars().count() > MAX_PLACE {
            errors.add("place", "error-too-long");
        }
        let access = field(form, "access").to_owned();
        if access.chars().count() > MAX_PLACE {
            errors.add("access", "error-too-long");
        }
        let agenda = localised(form, "agenda");
        if agenda.is_empty() {
            errors.add("agenda", "error-text-one-language");
        }
        check_lengths(&mut errors, form, "agenda", MAX_TEXT);
        match (date, starts, ends) {
            (Some(date), Some(starts), Some(ends)) => errors.into_result(|| SessionInput {
                date,
                starts,
                ends,
                place,
                access,
                agenda,
            }),
            _ => Err(errors),
        }
    }
}

/// Whether a member came to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// Came: may vote where the rule counts members present, and is paid the allowance.
    Present,
    /// Said beforehand they could not come.
    Excused,
    /// Did not come, and did not say.
    Absent,
}

impl Attendance {
    /// Every state, in the order forms show them.
    pub const ALL: [Attendance; 3] = [Attendance::Present, Attendance::Excused, Attendance::Absent];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Excused => "excused",
            Attendance::Absent => "absent",
        }
    }

    /// Parses [`Attendance::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text.trim())
    }
}

/// The highest allowance per session, in cents (€ 1,000).
pub const MAX_ALLOWANCE_CENTS: u32 = 100_000;

/// Reads an amount of euros as typed (`25`, `25,50`, `25.5`, `€ 25`) into cents; `None` when
/// it is not an amount from 0 to [`MAX_ALLOWANCE_CENTS`] with at most two decimals.
pub fn parse_cents(text: &str) -> Option<u32> {
    let text = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('€')
        .trim();
    if text.is_empty() {
        return None;
    }
    let (whole, decimals) = match text.split_once([',', '.']) {
        Some((w, d)) => (w, d),
        None => (text, ""),
    };
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || decimals.len() > 2
        || !decimals.bytes().all(|b| b.is_ascii_digit())
        || whole.len() > 7
    {
        return None;
    }
    let euros: u32 = whole.parse().ok()?;
    let cents: u32 = match decimals.len() {
        0 => 0,
        1 => decimals.parse::<u32>().ok()? * 10,
        _ => decimals.parse().ok()?,
    };
    let total = euros.checked_mul(100)?.checked_add(cents)?;
    (total <= MAX_ALLOWANCE_CENTS).then_some(total)
}

/// One member's allowance: the sessions they attended and what they are owed for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowance {
    /// Sessions the member was present at.
    pub present: u32,
    /// Sessions excused.
    pub excused: u32,
    /// Sessions absent.
    pub absent: u32,
    /// `present` × the rate, in cents.
    pub cents: u64,
}

/// A member's allowance from their attendance at each session recorded, at `rate_cents` per
/// session attended.
pub fn allowance(records: impl IntoIterator<Item = Attendance>, rate_cents: u32) -> Allowance {
    let mut owed = Allowance {
        present: 0,
        excused: 0,
        absent: 0,
        cents: 0,
    };
    for record in records {
        match record {
            Attendance::Present => owed.present += 1,
            Attendance::Excused => owed.excused += 1,
            Attendance::Absent => owed.absent += 1,
        }
    }
    owed.cents = u64::from(owed.present) * u64::from(rate_cents);
    owed
}

/// Cents written as euros with two decimals and a decimal point (`25.50`), as finance offices'
/// spreadsheets read a CSV.
pub fn euros(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> RawForm {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn times_of_day_are_read_as_typed_and_refused_out_of_range() {
        assert_eq!(
            TimeOfDay::parse("9:30").map(|t| t.to_string()),
            Some("09:30".into())
        );
        assert_eq!(
            TimeOfDay::parse("18:05:00").map(|t| t.to_string()),
            Some("18:05".into())
        );
        for bad in ["24:00", "12:60", "12", "12:5", "ab:cd", "", "1:2:3:4"] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_session_needs_a_day_a_span_a_place_and_an_agenda() {
        let errors = SessionInput::parse(&form(&[("starts", "14:00"), ("ends", "10:00")]))
            .expect_err("empty");
        for name in ["date", "ends", "place", "agenda"] {
            assert!(errors.get(name).is_some(), "{name}: {errors:?}");
        }
        let session = SessionInput::parse(&form(&[
            ("date", "2026-10-03"),
            ("starts", "09:30"),
            ("ends", "16:00"),
            ("place", "Brussels Parliament, Rue du Lombard 69"),
            ("agenda_fr", "Audition des experts"),
        ]))
        .expect("valid");
        assert_eq!(session.starts.to_string(), "09:30");
        assert_eq!(session.agenda.iter().count(), 1);
    }

    #[test]
    fn amounts_are_read_in_either_decimal_mark() {
        assert_eq!(parse_cents("25"), Some(2500));
        assert_eq!(parse_cents("25,5"), Some(2550));
        assert_eq!(parse_cents("€ 25.05"), Some(2505));
        assert_eq!(parse_cents("0"), Some(0));
        for bad in ["", "-3", "2.555", "1e3", "10001", "ab", ",5"] {
            assert_eq!(parse_cents(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_allowance_counts_only_sessions_attended() {
        use Attendance::*;
        let owed = allowance([Present, Excused, Present, Absent], 3250);
        assert_eq!((owed.present, owed.excused, owed.absent), (2, 1, 1));
        assert_eq!(owed.cents, 6500);
        assert_eq!(euros(owed.cents), "65.00");
        assert_eq!(euros(5), "0.05");
    }
}
