//! Tests of the upload checks (one test binary, modules by topic).
#![allow(
    clippy::unwrap_used,
    reason = "a failing test should stop at the line that failed"
)]

mod checking;
mod common;
mod kinds;
mod names;
mod robustness;
mod sniffing;
