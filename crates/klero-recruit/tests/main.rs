//! Tests of the invitation lottery (one test binary, modules by topic).
#![allow(
    clippy::unwrap_used,
    reason = "a failing test should stop at the line that failed"
)]

mod allocation;
mod common;
mod draw;
mod selection;
mod statistics;
