//! A panel's own deliberation, between the draw and the follow-up: the sessions it meets in and
//! who attended them ([`session`]), the recommendations it drafts, each save a version, in the
//! languages the organiser requires ([`draft`]), the amendments members propose to a version
//! ([`amendment`]), and the final vote on each recommendation under a rule declared before the
//! vote opens ([`vote`]).
//!
//! The votes reuse the summit's voting: a recommendation's vote is a summit
//! [`VoteSpec`](crate::summit::voting::VoteSpec) of one choice between "for" and "against",
//! its ballots are summit [`Ballot`](crate::summit::voting::Ballot)s (an abstention is
//! [`Ballot::Abstain`](crate::summit::voting::Ballot::Abstain)), it goes draft → open → closed
//! as a summit [`VoteState`](crate::summit::voting::VoteState) does, and it is counted by the
//! summit's [`tally`](crate::summit::voting::tally). The decision rule is `klero-decide`'s.

pub mod amendment;
pub mod calendar;
pub mod draft;
pub mod evaluation;
pub mod library;
pub mod report;
pub mod session;
pub mod vote;
