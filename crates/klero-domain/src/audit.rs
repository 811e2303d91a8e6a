//! What one entry of an assembly's audit log records. Entries are appended and never edited.

use serde::{Deserialize, Serialize};

/// One change, as the audit log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Seconds since the Unix epoch, UTC.
    pub at: i64,
    /// Display name of whoever made the change (`None`: the system, e.g. `klero demo`).
    pub actor: Option<String>,
    /// The assembly concerned, if any.
    pub assembly_id: Option<String>,
    /// What was done, as a stable key (`assembly.create`, `panel.update`, `role.grant`...).
    pub action: String,
    /// What it was done to, in words that carry no personal data beyond display names.
    pub subject: String,
    /// The state before, as JSON, where it matters.
    pub before: Option<String>,
    /// The state after, as JSON, where it matters.
    pub after: Option<String>,
}
