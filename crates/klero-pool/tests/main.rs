//! Integration tests of the pool readers (one test binary, modules by topic).
#![allow(
    clippy::unwrap_used,
    reason = "a failing test should stop at the line that failed"
)]

mod bad_input;
mod bench_instances;
mod bombs;
mod common;
mod followup;
mod regression;
mod robustness;
mod round_trip;
mod spreadsheet;
mod tolerance;
