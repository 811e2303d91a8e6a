#![doc = include_str!("../README.md")]

mod check;
mod flow;
mod layout;
mod reason;
mod report;
mod rng;
mod round;
mod search;
mod split;
mod types;

pub use reason::Reason;
pub use report::{BalanceReport, Report};

/// A person present: an id, the languages they speak, a value per balance column and maybe a
/// table they must sit at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The id, unique in the room.
    pub id: String,
    /// The languages the person speaks (compared ignoring case and surrounding spaces).
    pub languages: Vec<String>,
    /// One value per balance column, in the order of [`Room::balance`] (blank is a value too).
    pub values: Vec<String>,
    /// A table (numbered from 1) the person sits at in every round.
    pub pin: Option<u32>,
}

/// A facilitator: stays at one table, which must be in a language they speak, for every round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facilitator {
    /// The id, unique among people and facilitators.
    pub id: String,
    /// The languages the facilitator speaks.
    pub languages: Vec<String>,
}

/// One row of a previous seating, to keep the seats of people still present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptSeat {
    /// The person's (or facilitator's) id.
    pub id: String,
    /// The round, from 1.
    pub round: u32,
    /// The table, from 1.
    pub table: u32,
    /// The table's language as written (`nl`, or `fr+nl` for a table with a translator).
    pub table_language: String,
    /// Whether the row is a facilitator's.
    pub facilitator: bool,
}

/// Everyone in the room, and the columns each table should mirror.
#[derive(Clone, Debug, Default)]
pub struct Room {
    /// The people present, in file order.
    pub people: Vec<Person>,
    /// The names of the balance columns (gender, age group...).
    pub balance: Vec<String>,
    /// The facilitators (none: tables without facilitators).
    pub facilitators: Vec<Facilitator>,
    /// A previous seating whose seats are kept for the people still present (empty: none).
    pub kept: Vec<KeptSeat>,
}

/// How to seat the room.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The intended number of people per table (at least 2).
    pub table_size: u32,
    /// Rounds (at least 1).
    pub rounds: u32,
    /// The number of tables; `None`: `ceil(people / table_size)`, or the previous seating's
    /// tables when there is one (late arrivals join existing tables).
    pub tables: Option<u32>,
    /// No table may have fewer people than this (at least 1).
    pub min_table_size: u32,
    /// Pairs of languages that may share a table with a translator, as `fr+nl`.
    pub bilingual: Vec<String>,
    /// Translated tables wanted, per pair (`fr+nl`, 3): as many as the other rules allow, up
    /// to that number (say, one per translator who speaks both). A pair listed here may share
    /// a table even when it is not in [`Settings::bilingual`]; a pair not listed gets as few
    /// translated tables as the other rules allow.
    pub translated_tables: Vec<(String, u32)>,
    /// The seed text; surrounding white space does not count.
    pub seed: String,
}

impl Settings {
    /// Tables of `table_size`, `rounds` rounds, tables of at least 2, no translators, empty seed.
    pub fn new(table_size: u32, rounds: u32) -> Self {
        Settings {
            table_size,
            rounds,
            tables: None,
            min_table_size: 2,
            bilingual: Vec::new(),
            translated_tables: Vec::new(),
            seed: String::new(),
        }
    }
}

/// Where in the input a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// A setting, named by its command-line flag (`--table-size`).
    Setting(&'static str),
    /// A field of the person at this index of [`Room::people`].
    Person(usize, Field),
    /// A field of the facilitator at this index of [`Room::facilitators`].
    Facilitator(usize, Field),
    /// A field of the kept seat at this index of [`Room::kept`].
    Kept(usize, Field),
}

/// A field of a person, facilitator or kept seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The id.
    Id,
    /// The languages.
    Languages,
    /// The pinned table.
    Pin,
    /// The round of a kept seat.
    Round,
    /// The table of a kept seat.
    Table,
    /// The table language of a kept seat.
    TableLanguage,
}

/// A problem with the input, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Where.
    pub at: At,
    /// What is wrong, in words.
    pub message: String,
}

/// Why a room could not be seated.
#[derive(Debug, thiserror::Error)]
pub enum SeatError {
    /// Bad input: every problem found.
    #[error("{} problem(s) in the input", .0.len())]
    Invalid(Vec<Issue>),
    /// The language rules (or the facilitators) cannot be met: the reasons, one each.
    #[error("the room cannot be seated: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Infeasible(Vec<Reason>),
}

/// A seating: the tables' languages, who sits where in each round, and the figures.
#[derive(Clone, Debug)]
pub struct Seating {
    /// Each table's language (`nl`, `fr+nl`), table 1 first.
    pub table_languages: Vec<String>,
    /// For each round, for each table, the indices in [`Room::people`] of the people there
    /// (in file order).
    pub rounds: Vec<Vec<Vec<usize>>>,
    /// For each table, the index in [`Room::facilitators`] of its facilitator, if any.
    pub facilitators: Vec<Option<usize>>,
    /// The figures for the summary.
    pub report: Report,
}

/// Seats the room: table languages and counts, then round by round the people at each table.
/// The same room, settings and seed give the same seating on any machine.
pub fn seat(room: &Room, settings: &Settings) -> Result<Seating, SeatError> {
    let checked = check::check(room, settings)?;
    let plan = split::plan(&checked)?;
    let layout = layout::lay_out(&checked, &plan)?;
    let mut stream = rng::Stream::new(&settings.seed);
    let rounds = round::seat_rounds(&checked, &layout, &mut stream)?;
    let report = report::report(room, &checked, &layout, &rounds);
    Ok(Seating {
        table_languages: layout
            .table_types
            .iter()
            .map(|&t| checked.types.label(t).to_owned())
            .collect(),
        rounds,
        facilitators: layout.facilitators.clone(),
        report,
    })
}
