//! Moments in the open data: written as ISO 8601 / RFC 3339 text with the offset
//! (`2026-12-07T13:48:31+00:00`, always in UTC), read back from that text (any offset, `Z`
//! too) or from whole seconds since 1970-01-01 00:00 UTC, which format 1 of the export wrote.
//! Inside the program a moment stays seconds since the epoch (`i64`).

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};
use std::fmt;

/// A moment as ISO 8601 text in UTC with its offset written out: `2026-12-07T13:48:31+00:00`.
/// Moments outside the years jiff can hold are clamped to them.
pub fn iso8601(at: i64) -> String {
    let at = at.clamp(
        jiff::Timestamp::MIN.as_second(),
        jiff::Timestamp::MAX.as_second(),
    );
    jiff::Timestamp::from_second(at)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string())
        .unwrap_or_else(|_| "1970-01-01T00:00:00+00:00".to_owned())
}

/// Reads a moment: ISO 8601 / RFC 3339 text with an offset or `Z` (fractions of a second are
/// dropped), or whole seconds since the epoch. `None` when it is neither.
pub fn parse_moment(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<i64>() {
        return Some(seconds);
    }
    text.parse::<jiff::Timestamp>().ok().map(|t| t.as_second())
}

struct MomentVisitor;

impl Visitor<'_> for MomentVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a moment: ISO 8601 text with an offset, or seconds since 1970")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::custom("a moment too far in the future"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        parse_moment(v).ok_or_else(|| {
            E::custom(format!(
                "`{v}` is not a moment (ISO 8601 with an offset, like 2026-12-07T13:48:31+00:00)"
            ))
        })
    }
}

/// `#[serde(with = "moment")]` for an `i64` moment.
pub fn serialize<S: Serializer>(at: &i64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&iso8601(*at))
}

/// See [`serialize`].
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    deserializer.deserialize_any(MomentVisitor)
}

/// `#[serde(with = "moment::option")]` for an `Option<i64>` moment (`null` when absent).
pub mod option {
    use super::*;

    /// Writes `null` or the moment's text.
    pub fn serialize<S: Serializer>(at: &Option<i64>, serializer: S) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => serializer.serialize_some(&iso8601(*at)),
            None => serializer.serialize_none(),
        }
    }

    #[derive(Deserialize)]
    struct Wrapped(#[serde(with = "super")] i64);

    /// Reads `null`, a moment's text or seconds.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<i64>, D::Error> {
        Ok(Option::<Wrapped>::deserialize(deserializer)?.map(|Wrapped(at)| at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_written_in_utc_with_the_offset() {
        assert_eq!(iso8601(1_796_651_311), "2026-12-07T13:48:31+00:00");
        assert_eq!(iso8601(0), "1970-01-01T00:00:00+00:00");
        assert_eq!(iso8601(-86_400), "1969-12-31T00:00:00+00:00");
    }

    #[test]
    fn moments_are_read_with_any_offset_or_as_seconds() {
        assert_eq!(
            parse_moment("2026-12-07T13:48:31+00:00"),
            Some(1_796_651_311)
        );
        assert_eq!(
            parse_moment("2026-12-07T14:48:31+01:00"),
            Some(1_796_651_311)
        );
        assert_eq!(parse_moment("2026-12-07T13:48:31Z"), Some(1_796_651_311));
        assert_eq!(parse_moment("1796651311"), Some(1_796_651_311));
        assert_eq!(parse_moment("2026-12-07"), None, "a date is not a moment");
        assert_eq!(
            parse_moment("2026-12-07T13:48:31"),
            None,
            "an offset is required"
        );
        assert_eq!(parse_moment("yesterday"), None);
    }

    #[test]
    fn every_moment_round_trips() {
        for at in [0, 1, 1_796_651_311, -1, i64::from(i32::MAX) * 3] {
            assert_eq!(parse_moment(&iso8601(at)), Some(at), "{at}");
        }
    }
}
