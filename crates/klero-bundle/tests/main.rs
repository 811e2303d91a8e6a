//! Integration tests of klero-bundle (one test binary, modules by topic).

// Helpers outside #[test] functions unwrap too: a failing test should stop where it failed.
#![allow(clippy::unwrap_used)]

mod bench;
mod common;
mod output_folder;
mod privacy;
mod roundtrip;
mod tamper;
