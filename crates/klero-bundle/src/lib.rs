//! A selection run and its verification bundle: the folder of files that lets anyone check a
//! draw without trusting whoever ran it.
//!
//! - [`run_selection`]: commitment, distribution, lottery, draw and reserves, in one call.
//! - [`write_bundle`]: writes the bundle (panel, reserves, probabilities, distribution with its
//!   certificate, reports for people, the canonical pseudonymised inputs, settings and
//!   `SHA256SUMS`) so that a failure leaves no half-written folder.
//! - [`verify`]: re-reads a bundle, re-runs the selection and reports each check.
//! - [`render_follow_up`]: the files of a replacement or a sub-draw after the draw.
//!
//! The library prints nothing and never exits the process: progress goes through a callback and
//! every failure is a value. The command line (`klero`) and the web platform both call it.
//!
//! Nothing in a bundle depends on the time or the machine it was made on: the same inputs,
//! settings and seed give the same bytes.

mod after;
mod atomic;
mod distribution_json;
mod error;
mod json;
mod layout;
mod report;
mod run;
mod settings_json;
mod sums;
mod tables;
mod verify;
mod write;

pub use after::{
    FollowUp, FollowUpJson, REPLACEMENT_FORMAT, REPLACEMENTS, SUBDRAW_FORMAT, SUBPANEL,
    render_follow_up,
};
pub use atomic::{check_replaceable, write_directory};
pub use distribution_json::{
    CertificateJson, DistributionJson, GroupJson, GroupedPanelJson, LotteryJson, LotteryPanelJson,
};
pub use error::BundleError;
pub use layout::{
    DISTRIBUTION, FILES, INPUT_FEATURES, INPUT_PEOPLE, PANEL, PROBABILITIES, REPORT_HTML,
    REPORT_MD, RESERVES, SETTINGS, SUMS,
};
pub use run::{Outcome, commitment_of, run_selection};
pub use settings_json::{BUNDLE_FORMAT, SettingsJson};
pub use sums::{hash_files, parse_sums, render_sums, sha256_hex};
pub use verify::{Check, TOLERANCE, VerifyReport, verify, verify_with_progress};
pub use write::{BundleInput, BundleSummary, render_bundle, write_bundle};
