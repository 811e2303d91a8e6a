//! The integration tests of klero-letters, one binary with a module per topic.

mod common;
mod errors;
mod no_panic;
mod pdf;
mod render;
mod text;
