//! Tests of table allocation (one test binary, modules by topic).
#![allow(
    clippy::unwrap_used,
    reason = "a failing test should stop at the line that failed"
)]

mod common;
mod inputs;
mod keep;
mod properties;
mod split;
mod translated;
