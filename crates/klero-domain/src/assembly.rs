//! Assemblies and their panels: what an organiser creates and the public sees.

use crate::lang::Localised;
use serde::{Deserialize, Serialize};

/// Whether an assembly is a single summit with its panel or a chain of panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssemblyKind {
    /// A one-off assembly, such as a G1000-style summit with its panel.
    OneOff,
    /// A permanent assembly: panel after panel, each passing the baton to the next.
    Permanent,
}

impl AssemblyKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [AssemblyKind; 2] = [AssemblyKind::OneOff, AssemblyKind::Permanent];

    /// The stored and submitted name (`one_off`, `permanent`).
    pub fn as_str(self) -> &'static str {
        match self {
            AssemblyKind::OneOff => "one_off",
            AssemblyKind::Permanent => "permanent",
        }
    }

    /// Parses [`AssemblyKind::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// Where a panel is in its cycle. Stages follow one another in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Invitations are out and volunteers register.
    Recruitment,
    /// The pool is frozen and the panel is drawn.
    Selection,
    /// The panel meets, hears evidence and deliberates.
    Deliberation,
    /// The panel drafts and votes its recommendations.
    Recommendations,
    /// The government answers; the commission follows up.
    FollowUp,
    /// The cycle is over.
    Closed,
}

impl Stage {
    /// Every stage, in cycle order.
    pub const ALL: [Stage; 6] = [
        Stage::Recruitment,
        Stage::Selection,
        Stage::Deliberation,
        Stage::Recommendations,
        Stage::FollowUp,
        Stage::Closed,
    ];

    /// The stored and submitted name (`recruitment`, ..., `follow_up`, `closed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Recruitment => "recruitment",
            Stage::Selection => "selection",
            Stage::Deliberation => "deliberation",
            Stage::Recommendations => "recommendations",
            Stage::FollowUp => "follow_up",
            Stage::Closed => "closed",
        }
    }

    /// Parses [`Stage::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// 1-based position in the cycle, for "stage 3 of 6".
    pub fn position(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// An assembly's short name in addresses (`/a/{slug}`): 3 to 60 of `a-z`, `0-9` and inner `-`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slug(String);

impl Slug {
    /// Parses a slug, or says why it is not one (as a message key; see [`crate::input`]).
    pub fn parse(text: &str) -> Result<Slug, &'static str> {
        let text = text.trim();
        let allowed = text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !allowed || text.starts_with('-') || text.ends_with('-') {
            return Err("error-slug-characters");
        }
        if text.len() < 3 || text.len() > 60 {
            return Err("error-slug-length");
        }
        Ok(Slug(text.to_owned()))
    }

    /// The slug's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An assembly as it is stored and shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assembly {
    /// Stable opaque identifier.
    pub id: String,
    /// Short name in addresses.
    pub slug: Slug,
    /// One-off or permanent.
    pub kind: AssemblyKind,
    /// Title, in the languages the organisers wrote it in.
    pub title: Localised,
    /// Description, likewise.
    pub description: Localised,
}

/// A calendar date, `YYYY-MM-DD`, checked to exist (leap years included). Serialised as that
/// text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD` (years 1900 to 2999).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::from_ymd(
            y.parse::<u16>().ok()?,
            m.parse::<u8>().ok()?,
            d.parse::<u8>().ok()?,
        )
    }

    /// The date with these numbers, if it exists (years 1900 to 2999).
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Date::parse(&text).ok_or_else(|| format!("not a date YYYY-MM-DD: {text}"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

/// Days in `month` of `year`, leap years included.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A panel: one cycle of an assembly, with its own members drawn by lot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    /// Stable opaque identifier.
    pub id: String,
    /// The assembly it belongs to.
    pub assembly_id: String,
    /// 1, 2, 3... within the assembly, in order of creation.
    pub number: u32,
    /// The theme, in the languages the organisers wrote it in.
    pub theme: Localised,
    /// How many members are to be drawn.
    pub size: u32,
    /// First day.
    pub starts_on: Date,
    /// Last day, not before the first.
    pub ends_on: Date,
    /// Where the cycle is.
    pub stage: Stage,
}
