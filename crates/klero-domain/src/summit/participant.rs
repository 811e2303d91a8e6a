//! The people at a summit: each participant as imported from the selection or from a
//! stakeholder group, their personal voting code, and names folded for a search at the door.
//!
//! A participant is known by a pseudonymous key from the selection; the name is personal data,
//! kept apart by the store and erasable after the summit. [`ParticipantInput::new`] checks one
//! imported row and reports every problem at once, each with its field and message key.
//!
//! A [`VotingCode`] is handed out at check-in: ten characters from an alphabet without the look-alikes
//! `0 O 1 I L` (and `U`), shown as two groups of five. The caller supplies the randomness.
//!
//! ```
//! use klero_domain::summit::participant::{VotingCode, search_fold};
//!
//! let code = VotingCode::from_random([7, 1, 2, 3, 4, 5, 6, 7]);
//! let typed = code.grouped().to_lowercase().replace('-', " ");
//! assert_eq!(VotingCode::parse(&typed), Some(code));
//! assert_eq!(search_fold("  Sofié  VAN  Dijck "), "sofie van dijck");
//! ```

use super::voting::Group;
use std::fmt;
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// The longest key, in characters.
pub const MAX_KEY: usize = 64;
/// The longest name, in characters.
pub const MAX_NAME: usize = 200;
/// The longest description of needs, in characters.
pub const MAX_NEEDS: usize = 500;
/// The longest attribute name, in characters.
pub const MAX_ATTRIBUTE_NAME: usize = 64;
/// The longest attribute value, in characters.
pub const MAX_ATTRIBUTE_VALUE: usize = 200;

/// One problem with an imported participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParticipantProblem {
    /// The key is blank.
    KeyMissing,
    /// The key is longer than [`MAX_KEY`] characters.
    KeyTooLong,
    /// The key holds control characters (a line break, a tab...).
    KeyControl,
    /// The name is blank.
    NameMissing,
    /// The name is longer than [`MAX_NAME`] characters.
    NameTooLong,
    /// The name holds control characters.
    NameControl,
    /// The group is not one of [`Group::ALL`]'s names.
    Group,
    /// No language given.
    LanguagesMissing,
    /// A language that is not a code of 2 or 3 letters (ISO 639); the text given.
    Language(String),
    /// The needs are longer than [`MAX_NEEDS`] characters.
    NeedsTooLong,
    /// An attribute with a blank or too long name, a too long value, or control characters; its
    /// position in the list.
    Attribute(usize),
    /// Two attributes with the same name; the later one's position.
    AttributeDuplicate(usize),
}

impl ParticipantProblem {
    /// The field concerned: `key`, `name`, `group`, `languages`, `needs` or `attributes`.
    pub fn field(&self) -> &'static str {
        match self {
            Self::KeyMissing | Self::KeyTooLong | Self::KeyControl => "key",
            Self::NameMissing | Self::NameTooLong | Self::NameControl => "name",
            Self::Group => "group",
            Self::LanguagesMissing | Self::Language(_) => "languages",
            Self::NeedsTooLong => "needs",
            Self::Attribute(_) | Self::AttributeDuplicate(_) => "attributes",
        }
    }

    /// The message key (a Fluent id).
    pub fn message(&self) -> &'static str {
        match self {
            Self::KeyMissing | Self::NameMissing | Self::LanguagesMissing => "error-required",
            Self::KeyTooLong | Self::NameTooLong | Self::NeedsTooLong => "error-too-long",
            Self::KeyControl | Self::NameControl => "error-control-characters",
            Self::Group => "error-choose-one",
            Self::Language(_) => "error-language",
            Self::Attribute(_) => "error-attribute",
            Self::AttributeDuplicate(_) => "error-attribute-duplicate",
        }
    }
}

/// A participant as imported: checked, trimmed, languages normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantInput {
    key: String,
    name: String,
    group: Group,
    languages: Vec<String>,
    needs: String,
    attributes: Vec<(String, String)>,
}

impl ParticipantInput {
    /// Checks one participant, reporting every problem at once:
    ///
    /// - `key`: the pseudonymous id from the selection, 1 to [`MAX_KEY`] characters, no control
    ///   characters;
    /// - `name`: 1 to [`MAX_NAME`] characters, no control characters;
    /// - `group`: one of [`Group::ALL`]'s names (`drawn`, `employer`...);
    /// - `languages`: codes separated by `;` or `,` (`"nl; FR"`), at least one, each of 2 or 3
    ///   letters, kept lower case, in order, once each;
    /// - `needs`: free text (access, diet, interpreting...), up to [`MAX_NEEDS`] characters;
    /// - `attributes`: the selection's balance columns (gender, age, area...) as name and value,
    ///   names distinct and 1 to [`MAX_ATTRIBUTE_NAME`] characters, values up to
    ///   [`MAX_ATTRIBUTE_VALUE`], no control characters.
    ///
    /// Every text is trimmed.
    pub fn new(
        key: &str,
        name: &str,
        group: &str,
        languages: &str,
        needs: &str,
        attributes: Vec<(String, String)>,
    ) -> Result<ParticipantInput, Vec<ParticipantProblem>> {
        let mut problems = Vec::new();
        let key = key.trim();
        match key.chars().count() {
            0 => problems.push(ParticipantProblem::KeyMissing),
            n if n > MAX_KEY => problems.push(ParticipantProblem::KeyTooLong),
            _ if has_control(key) => problems.push(ParticipantProblem::KeyControl),
            _ => {}
        }
        let name = name.trim();
        match name.chars().count() {
            0 => problems.push(ParticipantProblem::NameMissing),
            n if n > MAX_NAME => problems.push(ParticipantProblem::NameTooLong),
            _ if has_control(name) => problems.push(ParticipantProblem::NameControl),
            _ => {}
        }
        let group = Group::parse(group);
        if group.is_none() {
            problems.push(ParticipantProblem::Group);
        }
        let (codes, bad) = parse_languages(languages);
        problems.extend(bad.into_iter().map(ParticipantProblem::Language));
        if codes.is_empty() && !problems.iter().any(|p| p.field() == "languages") {
            problems.push(ParticipantProblem::LanguagesMissing);
        }
        let needs = needs.trim();
        if needs.chars().count() > MAX_NEEDS {
            problems.push(ParticipantProblem::NeedsTooLong);
        }
        let attributes: Vec<(String, String)> = attributes
            .into_iter()
            .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
            .collect();
        for (index, (attribute, value)) in attributes.iter().enumerate() {
            let name_chars = attribute.chars().count();
            if name_chars == 0
                || name_chars > MAX_ATTRIBUTE_NAME
                || value.chars().count() > MAX_ATTRIBUTE_VALUE
                || has_control(attribute)
                || has_control(value)
            {
                problems.push(ParticipantProblem::Attribute(index));
            } else if attributes[..index].iter().any(|(n, _)| n == attribute) {
                problems.push(ParticipantProblem::AttributeDuplicate(index));
            }
        }
        match group {
            Some(group) if problems.is_empty() => Ok(ParticipantInput {
                key: key.to_owned(),
                name: name.to_owned(),
                group,
                languages: codes,
                needs: needs.to_owned(),
                attributes,
            }),
            _ => Err(problems),
        }
    }

    /// The pseudonymous key from the selection.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The name (personal data).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The group.
    pub fn group(&self) -> Group {
        self.group
    }

    /// The languages, lower case, at least one.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The needs, possibly empty.
    pub fn needs(&self) -> &str {
        &self.needs
    }

    /// The balance attributes, in the order given.
    pub fn attributes(&self) -> &[(String, String)] {
        &self.attributes
    }
}

/// Language codes separated by `;` or `,` (`"nl; FR"`): the codes of 2 or 3 letters, lower
/// case, in order, once each; and the parts that are not such a code, as written.
pub(crate) fn parse_languages(text: &str) -> (Vec<String>, Vec<String>) {
    let mut codes: Vec<String> = Vec::new();
    let mut bad = Vec::new();
    for part in text.split([';', ',']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        let code = part.to_ascii_lowercase();
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            bad.push(part.to_owned());
        } else if !codes.contains(&code) {
            codes.push(code);
        }
    }
    (codes, bad)
}

pub(crate) fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// The characters of a voting code: digits and capitals without `0 O 1 I L U`.
pub const CODE_ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The characters in a voting code.
pub const CODE_LENGTH: usize = 10;

/// A participant's personal voting code: [`CODE_LENGTH`] characters of [`CODE_ALPHABET`]
/// (30¹⁰ ≈ 5.9 · 10¹⁴ codes, 49 bits). Its `Debug` form hides it, so that it does not end up
/// in a log by accident.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct VotingCode(String);

impl VotingCode {
    /// The code that 8 random bytes give: their little-endian number modulo 30¹⁰, written in
    /// base 30 with [`CODE_ALPHABET`]'s digits. (The modulo favours some codes by one part in
    /// about 31,000, which no guesser can use.)
    pub fn from_random(bytes: [u8; 8]) -> VotingCode {
        let base = CODE_ALPHABET.len() as u64;
        let mut n = u64::from_le_bytes(bytes) % base.pow(CODE_LENGTH as u32);
        let mut digits = [0u8; CODE_LENGTH];
        for digit in digits.iter_mut().rev() {
            // `n % base < 30`, an index into the alphabet.
            *digit = CODE_ALPHABET[(n % base) as usize];
            n /= base;
        }
        VotingCode(digits.iter().map(|&b| char::from(b)).collect())
    }

    /// Reads a code as someone typed it: case, spaces and dashes do not matter. `None` unless
    /// exactly [`CODE_LENGTH`] characters of [`CODE_ALPHABET`] remain.
    pub fn parse(text: &str) -> Option<VotingCode> {
        let code: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid = code.len() == CODE_LENGTH
            && code
                .bytes()
                .all(|b| b.is_ascii() && CODE_ALPHABET.contains(&b));
        valid.then_some(VotingCode(code))
    }

    /// The code, normalised: ten capitals and digits, no dash.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as printed for a person: `ABCDE-FGHJK`.
    pub fn grouped(&self) -> String {
        let (first, second) = self.0.split_at(CODE_LENGTH / 2);
        format!("{first}-{second}")
    }
}

impl fmt::Debug for VotingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("VotingCode(..)")
    }
}

/// A name as compared in a search: lower case, accents and other combining marks removed,
/// white space trimmed and collapsed (`"Sofié  Van"` → `"sofie van"`).
pub fn search_fold(text: &str) -> String {
    let lower = text.to_lowercase();
    let stripped: String = lower.nfd().filter(|c| !is_combining_mark(*c)).collect();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}
