//! Integration tests of the selection engine (one test binary, modules by topic).
#![allow(
    clippy::unwrap_used,
    reason = "a failing test should stop at the line that failed"
)]

mod bench_instances;
mod common;
mod draws;
mod feasibility;
mod objectives;
mod peer_vectors;
mod properties;
