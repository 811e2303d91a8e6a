//! The append-only audit log. Entries are written in the transaction of the change they record;
//! nothing in the application updates or deletes them.

use crate::{Store, StoreError, new_id};
use klero_domain::audit::AuditEntry;
use sqlx::any::Any;
use sqlx::{Row, Transaction};

/// Who makes a change, as the audit log names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in person (their display name is recorded, no contact details).
    Person {
        /// Account id.
        id: String,
        /// Display name at the time.
        name: String,
    },
    /// The platform itself (`klero demo`, command-line set-up).
    System,
}

impl Actor {
    fn label(&self) -> Option<String> {
        match self {
            Actor::Person { id, name } => Some(format!("{name} ({})", &id[..id.len().min(8)])),
            Actor::System => None,
        }
    }
}

/// One change to record.
pub(crate) struct Change<'a> {
    pub(crate) actor: &'a Actor,
    pub(crate) assembly_id: Option<&'a str>,
    pub(crate) action: &'a str,
    pub(crate) subject: &'a str,
    pub(crate) before: Option<serde_json::Value>,
    pub(crate) after: Option<serde_json::Value>,
    pub(crate) now: i64,
}

/// Appends `change` within the transaction that makes it.
pub(crate) async fn append(
    tx: &mut Transaction<'_, Any>,
    change: Change<'_>,
) -> Result<(), StoreError> {
    let seq: i64 = sqlx::query("SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM audit_log")
        .fetch_one(&mut **tx)
        .await?
        .try_get("next")?;
    sqlx::query(
        "INSERT INTO audit_log (id, at, seq, actor, assembly_id, action, subject, before_json, after_json) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(new_id()?)
    .bind(change.now)
    .bind(seq)
    .bind(change.actor.label())
    .bind(change.assembly_id)
    .bind(change.action)
    .bind(change.subject)
    .bind(change.before.map(|v| v.to_string()))
    .bind(change.after.map(|v| v.to_string()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Appends a change to one of a panel's parts (follow-up, summit), whose subject is the panel.
pub(crate) async fn append_for_panel(
    tx: &mut Transaction<'_, Any>,
    actor: &Actor,
    panel: &klero_domain::assembly::Panel,
    action: &str,
    after: serde_json::Value,
    now: i64,
) -> Result<(), StoreError> {
    let subject = format!("panel {}", panel.number);
    append(
        tx,
        Change {
            actor,
            assembly_id: Some(&panel.assembly_id),
            action,
            subject: &subject,
            before: None,
            after: Some(after),
            now,
        },
    )
    .await
}

impl Store {
    /// An assembly's audit log, newest first, at most `limit` entries.
    pub async fn audit_log(
        &self,
        assembly_id: &str,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor, assembly_id, action, subject, before_json, after_json \
             FROM audit_log WHERE assembly_id = $1 ORDER BY seq DESC, at DESC LIMIT $2",
        )
        .bind(assembly_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    at: row.try_get("at")?,
                    actor: row.try_get("actor")?,
                    assembly_id: row.try_get("assembly_id")?,
                    action: row.try_get("action")?,
                    subject: row.try_get("subject")?,
                    before: row.try_get("before_json")?,
                    after: row.try_get("after_json")?,
                })
            })
            .collect()
    }
}
