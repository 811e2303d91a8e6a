//! The panel's sessions as an iCalendar file (RFC 5545), for a member's calendar app: one
//! `VEVENT` per session, its times in UTC (converted from Brussels time with the bundled
//! time-zone database, so summer time is right without a `VTIMEZONE`), text escaped and lines
//! folded at 75 octets as the RFC requires.

use super::session::TimeOfDay;
use crate::assembly::Date;
use crate::followup::deadline::brussels;

/// A session as a calendar event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// A unique, stable identifier (the same on every download, so apps update the event).
    pub uid: String,
    /// The title.
    pub summary: String,
    /// Where.
    pub location: String,
    /// The agenda.
    pub description: String,
    /// The day (Brussels).
    pub date: Date,
    /// When it starts (Brussels time).
    pub starts: TimeOfDay,
    /// When it ends (Brussels time).
    pub ends: TimeOfDay,
}

/// A day and time in Brussels as UTC in iCalendar's form (`20261003T073000Z`).
fn utc(date: Date, time: TimeOfDay) -> String {
    let local = jiff::civil::date(
        i16::try_from(date.year()).unwrap_or(1970),
        i8::try_from(date.month()).unwrap_or(1),
        i8::try_from(date.day()).unwrap_or(1),
    )
    .at(
        i8::try_from(time.hour()).unwrap_or(0),
        i8::try_from(time.minute()).unwrap_or(0),
        0,
        0,
    );
    match local.to_zoned(brussels().clone()) {
        Ok(zoned) => zoned.timestamp().strftime("%Y%m%dT%H%M%SZ").to_string(),
        Err(_) => format!(
            "{:04}{:02}{:02}T{:02}{:02}00Z",
            date.year(),
            date.month(),
            date.day(),
            time.hour(),
            time.minute()
        ),
    }
}

/// A moment in seconds since the epoch as iCalendar's UTC form.
fn stamp(now: i64) -> String {
    jiff::Timestamp::from_second(now)
        .map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_else(|_| "19700101T000000Z".to_owned())
}

/// Text escaped as RFC 5545 § 3.3.11 says: backslash, semicolon, comma, new lines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The calendar of `events`, made at `now` (seconds since the epoch).
pub fn ics(product: &str, events: &[Event], now: i64) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{}", escape(product)));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&event.uid)));
        line(&mut out, &format!("DTSTAMP:{}", stamp(now)));
        line(
            &mut out,
            &format!("DTSTART:{}", utc(event.date, event.starts)),
        );
        line(&mut out, &format!("DTEND:{}", utc(event.date, event.ends)));
        line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
        line(&mut out, &format!("LOCATION:{}", escape(&event.location)));
        if !event.description.is_empty() {
            line(
                &mut out,
                &format!("DESCRIPTION:{}", escape(&event.description)),
            );
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(date: Date) -> Event {
        Event {
            uid: "s1@kleroterion".into(),
            summary: "Assemblée citoyenne – séance 1".into(),
            location: "Parlement bruxellois, rue du Lombard 69; salle 2".into(),
            description: "Accueil\nAudition des experts, questions".into(),
            date,
            starts: TimeOfDay::parse("09:30").expect("time"),
            ends: TimeOfDay::parse("16:00").expect("time"),
        }
    }

    #[test]
    fn brussels_times_become_utc_with_summer_time() {
        let summer = Date::from_ymd(2026, 10, 3).expect("date");
        let winter = Date::from_ymd(2026, 11, 14).expect("date");
        let text = ics("-//test//EN", &[event(summer), event(winter)], 0);
        assert!(text.contains("DTSTART:20261003T073000Z\r\n"), "{text}");
        assert!(text.contains("DTEND:20261003T140000Z\r\n"));
        assert!(text.contains("DTSTART:20261114T083000Z\r\n"));
        assert!(text.contains("DTSTAMP:19700101T000000Z\r\n"));
    }

    #[test]
    fn text_is_escaped_and_lines_are_folded_within_75_octets() {
        let text = ics(
            "-//test//EN",
            &[event(Date::from_ymd(2026, 10, 3).expect("d"))],
            0,
        );
        assert!(text.contains("rue du Lombard 69\\; salle 2"));
        assert!(text.contains("Accueil\\nAudition des experts\\, questions"));
        for l in text.split("\r\n") {
            assert!(l.len() <= 75, "{l:?}");
        }
        // Unfolding gives back the whole line.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Assemblée citoyenne – séance 1\r\n"));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    }
}
