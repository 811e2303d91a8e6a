//! Why a room cannot be seated, one reason at a time, with the figures a message needs: the
//! command line prints them in English ([`std::fmt::Display`]); the platform translates them.

use std::fmt;

/// One reason a room cannot be seated by the rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// `people` can sit only at tables in `languages`, which only `speakers` in the room speak:
    /// too few for a table of at least `min`.
    Stranded {
        /// People concerned.
        people: usize,
        /// The table languages they could sit at.
        languages: Vec<String>,
        /// People in the room who speak one of those.
        speakers: usize,
        /// The smallest table allowed.
        min: u32,
    },
    /// `tables` tables of at least `min` need more people than the `present`.
    TooManyTables {
        /// Tables.
        tables: usize,
        /// The smallest table allowed.
        min: u32,
        /// People present.
        present: usize,
    },
    /// Fewer facilitators than tables.
    TooFewFacilitators {
        /// Facilitators given.
        facilitators: usize,
        /// Tables.
        tables: usize,
    },
    /// `tables` tables in `language` (a translated pair when `pair`) but only `speakers`
    /// facilitators (still free) who speak it.
    FacilitatorLanguage {
        /// Tables in the language.
        tables: u32,
        /// The table language (`nl`, `fr+nl`).
        language: String,
        /// Facilitators who speak it (or one of its languages).
        speakers: u32,
        /// Whether the table language is a translated pair.
        pair: bool,
    },
    /// Tables kept or pinned cannot all have a language their people speak.
    FixedTables,
    /// No split of `tables` tables among the languages seats everyone at a table of at least
    /// `min` whose language they speak.
    NoSplit {
        /// Tables.
        tables: usize,
        /// The smallest table allowed.
        min: u32,
    },
    /// In `round`, `people` cannot sit at a table in a language they speak.
    Unseated {
        /// The round, from 1.
        round: usize,
        /// People concerned.
        people: u32,
    },
    /// More people are kept at a language's tables than are seated in it.
    KeptAboveSeated,
    /// In `round`, table `table` (`language`) can have only `people`, fewer than `min`, given
    /// the seats pinned or kept.
    SmallTable {
        /// The round, from 1.
        round: usize,
        /// The table, from 1.
        table: usize,
        /// Its language.
        language: String,
        /// People who can sit there.
        people: usize,
        /// The smallest table allowed.
        min: u32,
    },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Stranded {
                people,
                languages,
                speakers,
                min,
            } => write!(
                f,
                "{people} {} can sit only at a table in {}, which {speakers} {} speak: too few \
                 for a table of at least {min} (--min-table-size); lower --min-table-size or \
                 allow a translated table with --bilingual",
                if *people == 1 { "person" } else { "people" },
                languages
                    .iter()
                    .map(|l| format!("`{l}`"))
                    .collect::<Vec<_>>()
                    .join(" or "),
                if *speakers == 1 {
                    "person in the room can"
                } else {
                    "people in the room"
                },
            ),
            Reason::TooManyTables {
                tables,
                min,
                present,
            } => write!(
                f,
                "{tables} tables of at least {min} people need {}, but {present} are present",
                *tables as u64 * u64::from(*min)
            ),
            Reason::TooFewFacilitators {
                facilitators,
                tables,
            } => write!(
                f,
                "{facilitators} facilitators for {tables} tables: one per table is needed"
            ),
            Reason::FacilitatorLanguage {
                tables,
                language,
                speakers,
                pair,
            } => write!(
                f,
                "{tables} `{language}` tables, but only {speakers} facilitators speak {}",
                if *pair { "one of its languages" } else { "it" }
            ),
            Reason::FixedTables => f.write_str(
                "the tables whose language is fixed (kept or pinned) cannot all have a language \
                 their people speak with the tables available",
            ),
            Reason::NoSplit { tables, min } => write!(
                f,
                "no split of {tables} tables among the languages seats everyone at a table of at \
                 least {min} whose language they speak"
            ),
            Reason::Unseated { round, people } => write!(
                f,
                "in round {round}, {people} people cannot sit at a table in a language they speak"
            ),
            Reason::KeptAboveSeated => f.write_str("more people are kept at tables than seated"),
            Reason::SmallTable {
                round,
                table,
                language,
                people,
                min,
            } => write!(
                f,
                "in round {round}, table {table} ({language}) can have only {people} people who \
                 speak its language, fewer than {min} (--min-table-size), given the seats that \
                 are pinned or kept"
            ),
        }
    }
}
