#![doc = include_str!("../README.md")]

mod allocate;
mod census;
mod columns;
mod digest;
mod draw;
mod duplicates;
mod heap;
mod issues;
mod key;
mod memory;
mod oversample;
mod passes;
mod selector;
mod summary;
mod table;

pub use allocate::allocate;
pub use digest::FileDigest;
pub use draw::{Draw, DrawError, draw};
pub use key::{normalise, person_key};
pub use memory::MemoryTable;
pub use oversample::{MAX_FACTOR, MIN_FACTOR};
pub use selector::{Selection, Selector, UnknownStratum};
pub use summary::{StratumSummary, Summary};
pub use table::{Issue, Place, Row, Table};

/// What to draw, and how.
///
/// - **Strata.** The distinct values of the `stratify_by` column, compared as [`normalise`]
///   has them (case and surrounding spaces do not count); each is reported as first written.
///   A blank value is a problem.
/// - **Allocation.** The `count` invitations are shared among strata in proportion to their
///   eligible people (those not excluded) times their over-sampling factor (1 unless given),
///   by largest remainder, ties going to the first stratum by name; no stratum gets more than
///   its eligible people, the excess going to the others in the same way ([`allocate`]).
/// - **Households.** People whose normalised `household_columns` are all equal form a
///   household, within a stratum; at most one of them is invited. Without household columns,
///   or when those columns are all blank, a person is a household of their own.
/// - **Selection.** Every person has a key, [`person_key`] of the seed and their id; a
///   household's key is its members' smallest, and in each stratum the households with the
///   smallest keys are invited, each through the member with that key ([`Selector`]). This is
///   drawing people at random one by one and skipping households already drawn; it depends only
///   on the seed and the register's content, not on the order of its rows.
/// - **Shortfall.** A stratum with fewer households than its allocation has all of them
///   invited; the summary shows the shortfall.
/// - **Exclusions.** Excluded people are never invited and do not count among the eligible;
///   the people they live with may be invited.
/// - **Problems.** A missing column, a blank id or stratum, a repeated id, an unreadable row,
///   a count of 0 or above the number of eligible households, a bad or unknown over-sampling
///   value: all are reported together, and nothing is drawn.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Invitations to draw.
    pub count: u32,
    /// The column whose values are the strata (the commune, the area).
    pub stratify_by: String,
    /// Columns whose values, together, identify a household (street and postcode).
    pub household_columns: Vec<String>,
    /// The id column: if `None`, a column called `id`, else the first column.
    pub id_column: Option<String>,
    /// Over-sampling factors, each `VALUE=FACTOR` (from [`MIN_FACTOR`] to [`MAX_FACTOR`]).
    pub oversample: Vec<String>,
    /// The seed text: the same seed and register give the same invitations.
    pub seed: String,
}
