//! The citizens' summit: the day on which drawn citizens and the other groups present
//! deliberate at tables and decide together in plenary.
//!
//! - [`participant`]: who takes part (drawn citizens and, at a "whole system" summit, the
//!   stakeholder groups), checked as imported; the personal voting code handed out at check-in;
//!   names folded for the search at the door.
//! - [`voting`]: live plenary votes: what is put to the vote and who may vote, the ballots cast
//!   on a phone or entered from paper, each voter's order of the options, and the count that is
//!   shown on the projector and published.

pub mod participant;
pub mod voting;
