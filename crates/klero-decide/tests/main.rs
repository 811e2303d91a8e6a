//! Tests of the decision rules (one test binary, modules by topic).
#![allow(
    clippy::unwrap_used,
    reason = "a failing test should stop at the line that failed"
)]

mod brute;
mod common;
mod examples;
mod serde_json_form;
