//! Integration tests of the `klero` binary (one test binary, modules by topic): each runs the
//! built binary on small files written to a temporary folder.

// Helpers outside #[test] functions unwrap too: a failing test should stop where it failed.
#![allow(clippy::unwrap_used)]

mod bad_input;
mod bench;
mod bombs;
mod common;
mod draw;
mod follow_ups;
mod invite;
mod serve;
mod tables;
