//! klero-domain's tests, one module per topic, in one binary.

mod access;
mod followup;
mod input;
mod lang;
mod summit_participant;
mod summit_voting;
