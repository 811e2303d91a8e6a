//! The citizens' summit: the day on which drawn citizens and the other groups present
//! deliberate at tables and decide together in plenary.
//!
//! - [`participant`]: who takes part (drawn citizens and, at a "whole system" summit, the
//!   stakeholder groups), checked as imported; the personal voting code handed out at check-in;
//!   names folded for the search at the door.
//! - [`voting`]: live plenary votes: what is put to the vote and who may vote, the ballots cast
//!   on a phone or entered from paper, each voter's order of the options, and the count that is
//!   shown on the projector and published.
//! - [`programme`]: the day's rounds, the proposals each table makes in a round, and the
//!   organisers' shortlist that merges them.
//! - [`staffing`]: the facilitators and translators who run the tables, and the stakeholder
//!   groups' quotas.
//!
//! The day, as the domain sees it: participants are imported (drawn citizens from the
//! selection and, at a "whole system" summit, employers, civil servants, politicians and free
//! thinkers), each with a pseudonymous key, a name, languages and needs; staff check them in at
//! the door and hand each a [`participant::VotingCode`]; during the plenary a vote opens, each
//! participant whose group may vote casts one ballot on their phone with their code (and may
//! change it while the vote is open), paper ballots are entered by the organisers, and the
//! count is made when the vote closes. The store keeps codes only as digests and ballots
//! without names; here nothing reads the clock or a random source.

pub mod participant;
pub mod programme;
pub mod staffing;
pub mod voting;
