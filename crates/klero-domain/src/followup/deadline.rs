//! Due dates and overdue rules. A due date is a calendar date; it ends at midnight in Brussels,
//! whatever the server's time zone. "Now" (seconds since the Unix epoch) is a parameter.

use crate::assembly::{Date, days_in_month};
use jiff::tz::TimeZone;
use std::sync::OnceLock;

/// Brussels' rules: the bundled time-zone database, or, should it ever be missing, the
/// POSIX rule Belgium has followed since 1996 (CET, CEST from the last Sunday of March to the
/// last Sunday of October).
pub(crate) fn brussels() -> &'static TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| {
        TimeZone::get("Europe/Brussels")
            .or_else(|_| TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3"))
            .unwrap_or(TimeZone::UTC)
    })
}

/// The calendar date in Brussels at `now`.
pub fn brussels_today(now: i64) -> Date {
    let date = jiff::Timestamp::from_second(now)
        .ok()
        .map(|t| t.to_zoned(brussels().clone()).date())
        .and_then(|d| {
            Date::from_ymd(
                u16::try_from(d.year()).ok()?,
                u8::try_from(d.month()).ok()?,
                u8::try_from(d.day()).ok()?,
            )
        });
    date.unwrap_or_else(|| clamp_date(1970, 1, 1))
}

fn clamp_date(year: u16, month: u8, day: u8) -> Date {
    let year = year.clamp(1900, 2999);
    let month = month.clamp(1, 12);
    let day = day.clamp(1, days_in_month(year, month));
    Date::from_ymd(year, month, day).unwrap_or_else(|| clamp_date(1900, 1, 1))
}

/// `date` plus `months` calendar months; a day that the target month lacks becomes its last
/// day (31 January + 1 month = 28 or 29 February). Clamped to the years dates allow.
pub fn add_months(date: Date, months: u32) -> Date {
    let index = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + i64::from(months);
    let year = u16::try_from(index / 12).unwrap_or(u16::MAX);
    if year > 2999 {
        return clamp_date(2999, 12, 31);
    }
    let month = u8::try_from(index % 12 + 1).unwrap_or(12);
    clamp_date(year, month, date.day())
}

fn to_jiff(date: Date) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        i16::try_from(date.year()).ok()?,
        i8::try_from(date.month()).ok()?,
        i8::try_from(date.day()).ok()?,
    )
    .ok()
}

/// `date` plus `days` (which may be negative), clamped to the years dates allow.
pub fn add_days(date: Date, days: i32) -> Date {
    let Some(moved) = to_jiff(date).and_then(|d| d.checked_add(jiff::Span::new().days(days)).ok())
    else {
        return if days < 0 {
            clamp_date(1900, 1, 1)
        } else {
            clamp_date(2999, 12, 31)
        };
    };
    match (
        u16::try_from(moved.year()),
        u8::try_from(moved.month()),
        u8::try_from(moved.day()),
    ) {
        (Ok(y), Ok(m), Ok(d)) if y >= 1900 => clamp_date(y, m, d),
        _ => clamp_date(1900, 1, 1),
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    match (to_jiff(from), to_jiff(to)) {
        (Some(a), Some(b)) => i64::from(b.since(a).map(|s| s.get_days()).unwrap_or(0)),
        _ => 0,
    }
}

/// Where something due on a date stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueState {
    /// Not yet due: this many days are left (0 on the due date itself).
    Open {
        /// Days until the due date, in Brussels.
        days_left: i64,
    },
    /// The due date has passed (in Brussels) by this many days (1 the day after).
    Overdue {
        /// Days since the due date.
        days: i64,
    },
}

impl DueState {
    /// Whether it is overdue.
    pub fn is_overdue(self) -> bool {
        matches!(self, DueState::Overdue { .. })
    }

    /// Days overdue, 0 when not.
    pub fn days_overdue(self) -> i64 {
        match self {
            DueState::Overdue { days } => days,
            DueState::Open { .. } => 0,
        }
    }
}

/// Where something due on `due_on` stands at `now`: due dates end at midnight in Brussels.
pub fn due_state(due_on: Date, now: i64) -> DueState {
    let days = days_between(due_on, brussels_today(now));
    if days > 0 {
        DueState::Overdue { days }
    } else {
        DueState::Open { days_left: -days }
    }
}

/// A moment as RFC 3339 text in UTC (`2027-02-28T23:00:00Z`), for feeds.
pub fn rfc3339(at: i64) -> String {
    jiff::Timestamp::from_second(at)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}
