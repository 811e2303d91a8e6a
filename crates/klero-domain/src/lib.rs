//! Kleroterion's platform domain: the values the web platform, the store and the command line
//! share, and the rules that hold whatever the transport.
//!
//! - [`lang`]: the four languages and texts written in several of them;
//! - [`assembly`]: assemblies (one-off or permanent), their panels and the panels' stages;
//! - [`access`]: roles, the actions a request may ask for, and [`access::permits`], the one
//!   place where who may do what is written;
//! - [`input`]: form input parsed into domain values, with every problem named by its field;
//! - [`invitation`]: the invitation letter's address block (DIN 5008, for DL and C5/6 window
//!   envelopes), the placeholders its text must hold, when registration opens, and the answers
//!   the register already gives;
//! - [`labels`]: the words readers see for the quotas' categories and values, per language;
//! - [`audit`]: what an audit log entry records;
//! - [`deliberation`]: the panel's sessions and attendance, its drafts and their versions,
//!   amendments, and the final votes under a rule declared in advance;
//! - [`followup`]: recommendations, review rounds and due dates, the government's answers and
//!   the commission's verdicts;
//! - [`selection`]: why a drawn member left the panel;
//! - [`summit`]: the citizens' summit: live plenary votes, their ballots and their count;
//! - [`navigation`]: every page of a panel, the action it asks for and when it exists, so that
//!   each role reaches its tools by links;
//! - [`recruitment`]: registration codes for the invitation letters, quotas proposed from the
//!   population's shares.
//!
//! Nothing here knows HTTP, SQL, async, the clock or a random source: time and randomness arrive
//! as parameters.

pub mod access;
pub mod assembly;
pub mod audit;
pub mod deliberation;
pub mod followup;
pub mod input;
pub mod invitation;
pub mod labels;
pub mod lang;
pub mod navigation;
pub mod recruitment;
pub mod selection;
pub mod summit;
