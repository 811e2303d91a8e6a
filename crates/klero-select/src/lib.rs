//! Kleroterion's selection engine: draws a citizens' panel by lot from a pool of volunteers, so
//! that quotas hold and every volunteer's chance is as equal as the quotas allow.
//!
//! The engine knows nothing of files, HTTP, SQL or async: it takes an [`Instance`] and returns
//! values. Readers (the `klero-pool` crate) build instances from CSV and XLSX files; the command line
//! and the web platform call the functions below.
//!
//! - [`find_distribution`]: LEXIMIN (exact, by column generation over types of interchangeable
//!   people), MAXIMIN, LEGACY (the old greedy method, kept for comparison), NASH (maximum Nash
//!   welfare), GOLDILOCKS (every chance close to `k/n` from above and below) or DIVERSIMAX (one
//!   panel of greatest intersectional diversity, not a lottery), each with an [`Optimality`]
//!   report where the algorithm optimises something.
//! - [`lottery`]: rounds a distribution to `m` equally likely panels for a public draw, told as
//!   counts of distinct panels with an integer-only expansion to people.
//! - [`Commitment`] and [`DrawRng`]: the hash of the canonical inputs, published before the
//!   seed is known, and the random stream that the seed and the commitment determine.
//! - [`check_feasibility`] and [`diagnose`]: is there any valid panel, and if not, which quotas
//!   conflict and the smallest relaxation that fixes them.
//! - [`reserves`], [`replacement_problem`], [`sub_draw_problem`]: what happens after the draw.

mod certificate;
mod commit;
mod cover;
mod diagnose;
mod distribution;
mod diversimax;
mod draw;
mod goldilocks;
mod instance;
mod legacy;
mod leximin;
mod lottery;
mod nash;
mod oracle;
mod relaxed;
mod replace;
mod sample;
mod types;
mod walk;

pub use certificate::{CertificateCheck, check_certificate};
pub use commit::{Commitment, ENGINE_VERSION, Settings};
pub use diagnose::{Infeasibility, QuotaChange, QuotaRef, check_feasibility, diagnose};
pub use distribution::{
    Algorithm, Certificate, Distribution, GroupedPanel, Optimality, Progress, SelectError,
    SolveStats, find_distribution,
};
pub use draw::{DrawRng, reserves};
pub use instance::{Category, Instance, InstanceError, NamedPerson, Person, Quota, group_quotas};
pub use lottery::{DEFAULT_LOTTERY_PANELS, Lottery, lottery};
pub use replace::{Residual, replacement_problem, sub_draw_problem};
