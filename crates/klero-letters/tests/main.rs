//! The integration tests of klero-letters, one binary with a module per topic.

mod common;
mod pdf;
mod render;
