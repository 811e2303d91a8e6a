//! A selection run and its verification bundle: the folder of files that lets anyone check a
//! draw without trusting whoever ran it.
//!
//! - [`prepare`]: before the seed, the distribution, its lottery (`lottery.json`) and the
//!   commitment that covers both; [`read_lottery`] reads a lottery published earlier;
//!   [`Prepared::draw`] draws from it with the seed; [`run_selection`] does both.
//! - [`write_bundle`]: writes the bundle (panel, reserves, probabilities, the lottery with the
//!   exact distribution and its certificate, reports for people, the canonical pseudonymised
//!   inputs, settings and `SHA256SUMS`) so that a failure leaves no half-written folder.
//! - [`verify`]: re-reads a bundle (a folder or a zip) and checks it without solving anything;
//!   optionally solves it again.
//! - [`run_follow_up`]: a replacement or a sub-draw after the draw, with a bundle of its own.
//!
//! The library prints nothing and never exits the process: progress goes through a callback and
//! every failure is a value. The command line (`klero`) and the web platform both call it.
//!
//! Nothing in a bundle depends on the time or the machine it was made on: the same inputs,
//! settings and seed give the same bytes.

mod after;
mod atomic;
mod error;
mod json;
mod layout;
mod lottery_json;
mod report;
mod run;
mod settings_json;
mod sums;
mod tables;
mod verify;
mod write;

pub use after::{FollowUp, FollowUpRun, REPLACEMENT, SUBDRAW, follow_up_json, run_follow_up};
pub use atomic::{check_replaceable, write_directory, write_file};
pub use error::BundleError;
pub use layout::{
    FILES, INPUT_FEATURES, INPUT_PEOPLE, LOTTERY, PANEL, PROBABILITIES, REPORT_HTML, REPORT_MD,
    RESERVES, SETTINGS, SUMS,
};
pub use lottery_json::{
    CertificateJson, ExactPanel, LOTTERY_FORMAT, LotteryFile, LotteryPanel, OptimalityJson,
    PersonChance,
};
pub use report::group_digits;
pub use run::{
    Outcome, Prepared, commitment_of, prepare, prepare_from, read_lottery, run_selection,
};
pub use settings_json::{BUNDLE_FORMAT, FollowUpJson, SettingsJson};
pub use sums::{hash_files, parse_sums, render_sums, sha256_hex};
pub use verify::{Check, TOLERANCE, VerifyReport, verify, verify_with_progress};
pub use write::{BundleInput, BundleSummary, render_bundle, write_bundle};
