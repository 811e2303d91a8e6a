//! klero-domain's tests, one module per topic, in one binary.

mod access;
mod input;
mod lang;
