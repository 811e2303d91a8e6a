//! E-mail waiting to be sent, and what was sent. Messages are written here first, in the
//! database, so none is lost when the mail server is down and every one can be read on the
//! organisers' outbox page when no mail server is configured. A message with a `dedup_key` is
//! queued once, however many processes try.

use crate::{Store, StoreError, new_id};
use klero_domain::access::Role;
use sqlx::any::Any;
use sqlx::{Row, Transaction};

/// A message to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    /// The assembly it belongs to (its organisers see it in the outbox).
    pub assembly_id: Option<String>,
    /// The address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Queued at most once per key (`reminder:...`).
    pub dedup_key: Option<String>,
}

/// A queued or sent message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// Identifier.
    pub id: String,
    /// When it was queued.
    pub created_at: i64,
    /// The address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// When it was handed to the mail server.
    pub sent_at: Option<i64>,
    /// Attempts so far.
    pub attempts: i64,
    /// The last failure, if any.
    pub last_error: Option<String>,
}

fn mail_from(row: &sqlx::any::AnyRow) -> Result<Mail, StoreError> {
    Ok(Mail {
        id: row.try_get("id")?,
        created_at: row.try_get("created_at")?,
        recipient: row.try_get("recipient")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        sent_at: row.try_get("sent_at")?,
        attempts: row.try_get("attempts")?,
        last_error: row.try_get("last_error")?,
    })
}

/// How long a process may hold a message it is sending before another may try.
const CLAIM_SECONDS: i64 = 300;
/// Attempts after which a message is left for a person to look at.
pub const MAX_ATTEMPTS: i64 = 8;

/// Queues a message inside a transaction that writes what the message is about, so that
/// both are committed or neither is. Unlike [`Store::enqueue_mail`], a message whose
/// `dedup_key` is queued already is an error: the caller's transaction then rolls back, and
/// nothing it wrote stays without its message.
pub(crate) async fn queue_in(
    tx: &mut Transaction<'static, Any>,
    mail: &OutgoingMail,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO outbox (id, assembly_id, created_at, recipient, subject, body, dedup_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id()?)
    .bind(&mail.assembly_id)
    .bind(now)
    .bind(&mail.recipient)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(&mail.dedup_key)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Queues a message; `false` when one with the same `dedup_key` is queued already.
    pub async fn enqueue_mail(&self, mail: &OutgoingMail, now: i64) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO outbox (id, assembly_id, created_at, recipient, subject, body, dedup_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedup_key) DO NOTHING",
        )
        .bind(new_id()?)
        .bind(&mail.assembly_id)
        .bind(now)
        .bind(&mail.recipient)
        .bind(&mail.subject)
        .bind(&mail.body)
        .bind(&mail.dedup_key)
        .execute(&self.pool)
        .await?;
        Ok(inserted.rows_affected() == 1)
    }

    /// An assembly's messages, newest first, at most `limit`.
    pub async fn outbox(&self, assembly_id: &str, limit: i64) -> Result<Vec<Mail>, StoreError> {
        sqlx::query(
            "SELECT id, created_at, recipient, subject, body, sent_at, attempts, last_error \
             FROM outbox WHERE assembly_id = $1 ORDER BY created_at DESC, id LIMIT $2",
        )
        .bind(assembly_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(mail_from)
        .collect()
    }

    /// Claims up to `limit` unsent messages for this process to send.
    pub async fn claim_unsent(&self, now: i64, limit: i64) -> Result<Vec<Mail>, StoreError> {
        let candidates = sqlx::query(
            "SELECT id, created_at, recipient, subject, body, sent_at, attempts, last_error \
             FROM outbox WHERE sent_at IS NULL AND attempts < $1 \
             AND (claimed_at IS NULL OR claimed_at < $2) ORDER BY created_at LIMIT $3",
        )
        .bind(MAX_ATTEMPTS)
        .bind(now - CLAIM_SECONDS)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut claimed = Vec::new();
        for row in &candidates {
            let mail = mail_from(row)?;
            let won = sqlx::query(
                "UPDATE outbox SET claimed_at = $1 WHERE id = $2 AND sent_at IS NULL \
                 AND (claimed_at IS NULL OR claimed_at < $3)",
            )
            .bind(now)
            .bind(&mail.id)
            .bind(now - CLAIM_SECONDS)
            .execute(&self.pool)
            .await?
            .rows_affected()
                == 1;
            if won {
                claimed.push(mail);
            }
        }
        Ok(claimed)
    }

    /// Records that a claimed message was sent, or why it was not.
    pub async fn mark_mail(
        &self,
        id: &str,
        outcome: Result<(), String>,
        now: i64,
    ) -> Result<(), StoreError> {
        let (sent_at, error) = match outcome {
            Ok(()) => (Some(now), None),
            Err(e) => (None, Some(e)),
        };
        sqlx::query(
            "UPDATE outbox SET sent_at = $1, last_error = $2, attempts = attempts + 1, \
             claimed_at = NULL WHERE id = $3",
        )
        .bind(sent_at)
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The accounts holding `role` in an assembly: (account id, e-mail, display name).
    pub async fn role_holders(
        &self,
        assembly_id: &str,
        role: Role,
    ) -> Result<Vec<(String, String, String)>, StoreError> {
        sqlx::query(
            "SELECT a.id, a.email, a.display_name FROM memberships m \
             JOIN accounts a ON a.id = m.account_id \
             WHERE m.assembly_id = $1 AND m.role = $2 ORDER BY a.display_name, a.id",
        )
        .bind(assembly_id)
        .bind(role.as_str())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                r.try_get("email")?,
                r.try_get("display_name")?,
            ))
        })
        .collect()
    }

    /// Panels whose recommendations were handed over: (assembly id, panel id).
    pub async fn panels_in_follow_up(&self) -> Result<Vec<(String, String)>, StoreError> {
        sqlx::query(
            "SELECT p.assembly_id, p.id FROM handovers h JOIN panels p ON p.id = h.panel_id \
             ORDER BY p.assembly_id, p.number",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("assembly_id")?, r.try_get("id")?)))
        .collect()
    }
}
