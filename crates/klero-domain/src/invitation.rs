//! The invitation letter and the registration it leads to: the address block composed from the
//! register's columns, the placeholders every letter text must hold, when registration opens,
//! and the answers the register row already gives (so that registration does not ask them
//! again).
//!
//! The address block follows DIN 5008 form B: it sits 45 mm from the top and 20 mm from the
//! left of an A4 sheet, 85 × 45 mm, so that folded in three it shows through the window of a
//! DL (110 × 220 mm) or C5/6 (114 × 229 mm) envelope whose window is placed as DIN 680 (ISO 269)
//! says: 90 × 45 mm, 20 mm from the left and 15 mm from the bottom. A postal address has at most
//! six lines there.

use crate::assembly::Date;

/// The most lines an address block may have (DIN 5008: six for the recipient).
pub const MAX_ADDRESS_LINES: usize = 6;

/// The placeholders a letter text must hold: the code, and the address to type it at.
pub const REQUIRED_PLACEHOLDERS: [&str; 2] = ["{code}", "{url}"];

/// The required placeholders missing from a letter text, in [`REQUIRED_PLACEHOLDERS`]' order.
pub fn missing_placeholders(body: &str) -> Vec<&'static str> {
    REQUIRED_PLACEHOLDERS
        .into_iter()
        .filter(|p| !body.contains(p))
        .collect()
}

/// The address block: its lines, each made of the register columns whose cells are joined by a
/// space ("first_name, last_name" prints "Marie Dupont").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressLines(Vec<Vec<String>>);

/// Why an address block's text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// More lines than an envelope's window holds.
    #[error("an address has at most {MAX_ADDRESS_LINES} lines")]
    TooManyLines,
    /// A line names a column twice, or names one already used on an earlier line.
    #[error("line {line} names the column `{column}` a second time")]
    Repeated {
        /// The line, from 1.
        line: usize,
        /// The column.
        column: String,
    },
}

/// A column name as compared: trimmed, lower case, spaces and dashes as underscores.
fn key(column: &str) -> String {
    column
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// Column names (compared as [`key`]) that go on the name line, the street line and the town
/// line (postcode first), in English, French, Dutch and German.
const NAME_COLUMNS: &[&str] = &[
    "title",
    "titre",
    "aanspreking",
    "anrede",
    "first_name",
    "firstname",
    "given_name",
    "forename",
    "prénom",
    "prenom",
    "voornaam",
    "vorname",
    "name",
    "naam",
    "nom",
    "last_name",
    "lastname",
    "surname",
    "family_name",
    "nom_de_famille",
    "achternaam",
    "familienaam",
    "nachname",
    "full_name",
];
const STREET_COLUMNS: &[&str] = &[
    "address",
    "adresse",
    "adres",
    "street",
    "rue",
    "straat",
    "strasse",
    "straße",
    "house_number",
    "number",
    "numéro",
    "numero",
    "huisnummer",
    "hausnummer",
    "box",
    "boîte",
    "boite",
    "bus",
];
const POSTCODE_COLUMNS: &[&str] = &[
    "postcode",
    "post_code",
    "postal_code",
    "zip",
    "zip_code",
    "code_postal",
    "postleitzahl",
    "plz",
];
const TOWN_COLUMNS: &[&str] = &[
    "town",
    "city",
    "ville",
    "localité",
    "localite",
    "commune",
    "municipality",
    "gemeente",
    "stad",
    "woonplaats",
    "ort",
    "gemeinde",
    "stadt",
];

impl AddressLines {
    /// Lines of register columns as given.
    pub fn new(lines: Vec<Vec<String>>) -> Self {
        AddressLines(
            lines
                .into_iter()
                .map(|line| {
                    line.into_iter()
                        .map(|c| c.trim().to_owned())
                        .filter(|c| !c.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|line| !line.is_empty())
                .collect(),
        )
    }

    /// Reads the form's text: a line of the block per line, its columns separated by commas.
    /// Blank lines do not count.
    pub fn parse(text: &str) -> Result<Self, AddressError> {
        let lines = AddressLines::new(
            text.lines()
                .map(|line| line.split(',').map(str::to_owned).collect())
                .collect(),
        );
        if lines.0.len() > MAX_ADDRESS_LINES {
            return Err(AddressError::TooManyLines);
        }
        let mut seen: Vec<String> = Vec::new();
        for (number, line) in (1..).zip(&lines.0) {
            for column in line {
                if seen.contains(&key(column)) {
                    return Err(AddressError::Repeated {
                        line: number,
                        column: column.clone(),
                    });
                }
                seen.push(key(column));
            }
        }
        Ok(lines)
    }

    /// The lines, each its columns.
    pub fn lines(&self) -> &[Vec<String>] {
        &self.0
    }

    /// Whether no column is named.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text the form shows: the form [`AddressLines::parse`] reads.
    pub fn text(&self) -> String {
        self.0
            .iter()
            .map(|line| line.join(", "))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The columns named that `header` does not have, in order.
    pub fn missing(&self, header: &[String]) -> Vec<String> {
        self.0
            .iter()
            .flatten()
            .filter(|c| position(header, c).is_none())
            .cloned()
            .collect()
    }

    /// The address block of a register row: each line's non-blank cells joined by a space;
    /// lines left empty are dropped.
    pub fn compose(&self, header: &[String], cells: &[String]) -> Vec<String> {
        self.0
            .iter()
            .map(|line| {
                line.iter()
                    .filter_map(|c| position(header, c).and_then(|i| cells.get(i)))
                    .map(|cell| cell.trim())
                    .filter(|cell| !cell.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|line| !line.is_empty())
            .collect()
    }

    /// The block a register's header suggests: the name columns on the first line, the street
    /// columns on the second, postcode and town on the third (each in the header's order, the
    /// postcode first). When the header has none of these, every column but `skip` goes on a
    /// line of its own (at most six).
    pub fn guess(header: &[String], skip: &[&str]) -> Self {
        let skipped = |column: &String| {
            skip.iter()
                .any(|s| !s.trim().is_empty() && key(s) == key(column))
        };
        let kept: Vec<&String> = header.iter().filter(|c| !skipped(c)).collect();
        let of = |names: &[&str]| -> Vec<String> {
            kept.iter()
                .filter(|c| names.contains(&key(c).as_str()))
                .map(|c| (*c).clone())
                .collect()
        };
        // The postcode before the town, whatever the header's order.
        let mut town = of(POSTCODE_COLUMNS);
        town.extend(of(TOWN_COLUMNS));
        let lines = AddressLines::new(vec![of(NAME_COLUMNS), of(STREET_COLUMNS), town]);
        if lines.is_empty() {
            return AddressLines::new(
                kept.into_iter()
                    .take(MAX_ADDRESS_LINES)
                    .map(|c| vec![c.clone()])
                    .collect(),
            );
        }
        lines
    }
}

/// Where `column` is in `header`, compared as [`key`].
fn position(header: &[String], column: &str) -> Option<usize> {
    let wanted = key(column);
    header.iter().position(|h| key(h) == wanted)
}

/// What an invitee who types their code sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// The registration form.
    Open,
    /// Registration opens on this day: the code is right, come back then.
    OpensOn(Date),
    /// The day has come but the quotas, and so the questions, are not set yet.
    NotReady,
    /// The pool is frozen: registration is over.
    Closed,
}

impl Opening {
    /// Whether letters may be printed: invitees who type their code will either register or
    /// read the day registration opens.
    pub fn letters_may_go(self) -> bool {
        matches!(self, Opening::Open | Opening::OpensOn(_))
    }
}

/// What an invitee sees `today`, with registration opening on `opens_on` (none: as soon as
/// the questions are set), questions set or not, and the pool still open or frozen.
pub fn opening(
    today: Date,
    opens_on: Option<Date>,
    has_questions: bool,
    pool_open: bool,
) -> Opening {
    if !pool_open {
        Opening::Closed
    } else if let Some(day) = opens_on.filter(|day| *day > today) {
        Opening::OpensOn(day)
    } else if has_questions {
        Opening::Open
    } else {
        Opening::NotReady
    }
}

/// The answers a register row already gives: for each question (a quota category and its
/// values) whose category is a column of the register, the value its cell holds, compared
/// without regard to case or surrounding spaces. Questions whose cell is blank or not one of
/// the values are not answered here, and are asked.
pub fn known_answers(
    questions: &[(String, Vec<String>)],
    header: &[String],
    cells: &[String],
) -> Vec<(String, String)> {
    questions
        .iter()
        .filter_map(|(feature, values)| {
            let cell = position(header, feature).and_then(|i| cells.get(i))?;
            let value = values
                .iter()
                .find(|v| v.trim().to_lowercase() == cell.trim().to_lowercase())?;
            Some((feature.clone(), value.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn letters_must_hold_the_code_and_the_address() {
        assert_eq!(
            missing_placeholders("Code {code} at {url}"),
            Vec::<&str>::new()
        );
        assert_eq!(missing_placeholders("Code {code}"), vec!["{url}"]);
        assert_eq!(
            missing_placeholders("{URL} {Code}"),
            vec!["{code}", "{url}"]
        );
    }

    #[test]
    fn the_block_is_composed_line_by_line() {
        let header = strings(&[
            "id",
            "First name",
            "last_name",
            "street",
            "postcode",
            "commune",
        ]);
        let cells = strings(&["7", "Marie", "Dupont", "Rue Haute 12", "1000", "Bruxelles"]);
        let lines = AddressLines::parse("first name, LAST_NAME\n\nstreet\npostcode,commune\n")
            .expect("valid");
        assert_eq!(lines.lines().len(), 3);
        assert_eq!(
            lines.compose(&header, &cells),
            strings(&["Marie Dupont", "Rue Haute 12", "1000 Bruxelles"])
        );
        assert_eq!(AddressLines::parse(&lines.text()), Ok(lines.clone()));
        // A blank cell leaves no double space, a blank line no empty line.
        let cells = strings(&["7", "", "Dupont", "", "1000", "Bruxelles"]);
        assert_eq!(
            lines.compose(&header, &cells),
            strings(&["Dupont", "1000 Bruxelles"])
        );
        assert_eq!(
            AddressLines::parse("street\npostcode, town")
                .expect("valid")
                .missing(&header),
            strings(&["town"])
        );
    }

    #[test]
    fn bad_blocks_are_refused() {
        assert_eq!(
            AddressLines::parse("a\nb\nc\nd\ne\nf\ng"),
            Err(AddressError::TooManyLines)
        );
        assert_eq!(
            AddressLines::parse("name\nstreet, Name"),
            Err(AddressError::Repeated {
                line: 2,
                column: "Name".into()
            })
        );
    }

    #[test]
    fn the_header_suggests_name_street_and_town_lines() {
        let header = strings(&[
            "id",
            "first_name",
            "last_name",
            "street",
            "commune",
            "postcode",
            "sex",
            "birth_year",
            "language",
        ]);
        let lines = AddressLines::guess(&header, &["id", "commune", "language"]);
        assert_eq!(
            lines.lines(),
            &[
                strings(&["first_name", "last_name"]),
                strings(&["street"]),
                strings(&["postcode"]),
            ]
        );
        let lines = AddressLines::guess(&header, &["id", "language"]);
        assert_eq!(lines.lines()[2], strings(&["postcode", "commune"]));
        // Dutch headers.
        let header = strings(&[
            "voornaam",
            "achternaam",
            "straat",
            "huisnummer",
            "woonplaats",
        ]);
        assert_eq!(
            AddressLines::guess(&header, &[]).text(),
            "voornaam, achternaam\nstraat, huisnummer\nwoonplaats"
        );
        // Nothing recognised: a column a line, the skipped ones left out.
        let header = strings(&["id", "a", "b"]);
        assert_eq!(AddressLines::guess(&header, &["id"]).text(), "a\nb");
    }

    #[test]
    fn registration_opens_on_its_day_with_its_questions() {
        let day = |d| Date::from_ymd(2027, 1, d).expect("date");
        assert_eq!(
            opening(day(5), Some(day(10)), true, true),
            Opening::OpensOn(day(10))
        );
        assert_eq!(
            opening(day(5), Some(day(10)), false, true),
            Opening::OpensOn(day(10))
        );
        assert_eq!(opening(day(10), Some(day(10)), true, true), Opening::Open);
        assert_eq!(opening(day(10), None, true, true), Opening::Open);
        assert_eq!(
            opening(day(11), Some(day(10)), false, true),
            Opening::NotReady
        );
        assert_eq!(opening(day(5), Some(day(10)), true, false), Opening::Closed);
        assert!(Opening::OpensOn(day(10)).letters_may_go());
        assert!(!Opening::NotReady.letters_may_go());
        assert!(!Opening::Closed.letters_may_go());
    }

    #[test]
    fn the_register_answers_what_it_holds() {
        let questions = vec![
            ("gender".to_owned(), strings(&["female", "male"])),
            ("commune".to_owned(), strings(&["Ixelles", "Uccle"])),
            ("age".to_owned(), strings(&["16-29", "30+"])),
        ];
        let header = strings(&["id", "Commune", "gender"]);
        assert_eq!(
            known_answers(&questions, &header, &strings(&["1", " uccle ", "x"])),
            vec![("commune".to_owned(), "Uccle".to_owned())]
        );
        assert_eq!(
            known_answers(&questions, &header, &strings(&["1", "", "Female"])),
            vec![("gender".to_owned(), "female".to_owned())]
        );
    }
}
