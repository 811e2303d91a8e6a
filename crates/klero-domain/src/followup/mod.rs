//! Follow-up of a panel's recommendations: what the government answers, by when, and what the
//! citizens' commission thinks of it.
//!
//! - [`position`]: the positions a government can take and the commission's verdicts;
//! - [`deadline`]: due dates counted from the handover, and what is overdue, in Brussels time;
//! - [`input`]: recommendations, rounds, answers, verdicts and questions as forms enter them;
//! - [`moment`]: moments in the open data, ISO 8601 with the offset;
//! - [`tracker`]: a panel's whole follow-up as one value, and where each recommendation stands.
//!
//! The rules that hold whatever the transport live here: a position other than "accepted" needs
//! a justification of at least [`input::MIN_JUSTIFICATION`] characters; due dates are calendar
//! dates that end at midnight in Brussels; "now" is always a parameter.

pub mod deadline;
pub mod input;
pub mod moment;
pub mod position;
pub mod tracker;

pub use deadline::{
    DueState, add_days, add_months, brussels_today, days_between, due_state, rfc3339,
};
pub use position::{Position, Verdict};
