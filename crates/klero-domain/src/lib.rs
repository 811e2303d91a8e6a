//! Kleroterion's platform domain: the values the web platform, the store and the command line
//! share, and the rules that hold whatever the transport.
//!
//! - [`lang`]: the four languages and texts written in several of them;
//! - [`assembly`]: assemblies (one-off or permanent), their panels and the panels' stages;
//! - [`access`]: roles, the actions a request may ask for, and [`access::permits`], the one
//!   place where who may do what is written;
//! - [`input`]: form input parsed into domain values, with every problem named by its field;
//! - [`audit`]: what an audit log entry records;
//! - [`followup`]: recommendations, review rounds and due dates, the government's answers and
//!   the commission's verdicts;
//! - [`summit`]: the citizens' summit: live plenary votes, their ballots and their count;
//! - [`recruitment`]: registration codes for the invitation letters, quotas proposed from the
//!   population's shares.
//!
//! Nothing here knows HTTP, SQL, async, the clock or a random source: time and randomness arrive
//! as parameters.

pub mod access;
pub mod assembly;
pub mod audit;
pub mod followup;
pub mod input;
pub mod lang;
pub mod recruitment;
pub mod summit;
