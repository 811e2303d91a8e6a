//! Sessions: a random token in the visitor's cookie, its digest in the database, with the
//! session's CSRF token beside it. Any process sharing the database recognises the session.

use crate::accounts::{Account, account_from};
use crate::{Store, StoreError, digest, random_token};
use sqlx::Row;

/// A signed-in visitor's session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Whose session.
    pub account: Account,
    /// The token every form of this session must carry.
    pub csrf_token: String,
    /// When it ends (seconds since the epoch).
    pub expires_at: i64,
}

/// What a session token turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionLookup {
    /// A live session.
    Valid(Session),
    /// A session that existed but has ended.
    Expired,
    /// No such session (never was, or signed out).
    Unknown,
}

impl Store {
    /// Starts a session for `account_id` lasting `ttl` seconds. Returns the token for the
    /// cookie (only its digest is stored) and the session.
    pub async fn create_session(
        &self,
        account: &Account,
        now: i64,
        ttl: i64,
    ) -> Result<(String, Session), StoreError> {
        let token = random_token()?;
        let session = Session {
            account: account.clone(),
            csrf_token: random_token()?,
            expires_at: now + ttl,
        };
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(digest(&token))
        .bind(&account.id)
        .bind(&session.csrf_token)
        .bind(now)
        .bind(session.expires_at)
        .execute(&self.pool)
        .await?;
        // Ended sessions are kept a day, so that "your session has expired" can be told apart
        // from "you are not signed in", then removed.
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now - 86_400)
            .execute(&self.pool)
            .await?;
        Ok((token, session))
    }

    /// Looks up the session behind a cookie's token.
    pub async fn session(&self, token: &str, now: i64) -> Result<SessionLookup, StoreError> {
        let row = sqlx::query(
            "SELECT s.csrf_token, s.expires_at, a.id, a.email, a.display_name, a.is_admin \
             FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1",
        )
        .bind(digest(token))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(SessionLookup::Unknown);
        };
        let expires_at: i64 = row.try_get("expires_at")?;
        if expires_at <= now {
            return Ok(SessionLookup::Expired);
        }
        Ok(SessionLookup::Valid(Session {
            account: account_from(&row)?,
            csrf_token: row.try_get("csrf_token")?,
            expires_at,
        }))
    }

    /// Ends a session (signing out).
    pub async fn end_session(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(digest(token))
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
