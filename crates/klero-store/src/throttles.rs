//! Guessing limits kept in the database, and the server's signing keys.
//!
//! An attempt at a secret (a password, a registration code, a voting code) is counted
//! *before* the secret is checked, and the count is read back by the same statement
//! (`INSERT ... ON CONFLICT DO UPDATE ... RETURNING`): however many requests arrive at once,
//! in however many processes sharing the database, each sees its own count, so no more than
//! the limit are ever checked. A right secret may take its attempt back
//! ([`Store::take_back_attempt`]), so that in effect only wrong ones count. Keys are stored
//! as digests: a client address or an e-mail address never reaches the table in clear.
//!
//! Signing keys ([`Store::sign`]) are 32 random bytes made on first use and kept in
//! `server_secrets`, so that every process signs and verifies alike; each process reads a key
//! once and keeps it.

use crate::{Store, StoreError, digest};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use sqlx::Row;

/// At most `max` attempts per key within a fixed window of `window` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// Attempts allowed per window.
    pub max: i64,
    /// The window's length, in seconds.
    pub window: i64,
}

/// What counting an attempt decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Within the limit: check the secret.
    Allowed,
    /// Past the limit: refuse without checking.
    Refused {
        /// Seconds until the key's window ends (at least 1).
        retry_after: i64,
    },
}

/// The signing keys a process has read, by name.
#[derive(Debug, Default)]
pub(crate) struct Keys(std::sync::Mutex<std::collections::HashMap<String, [u8; 32]>>);

type HmacSha256 = Hmac<Sha256>;

impl Store {
    /// Counts one attempt for `key` at `now` and says whether it is within `limit`. Counted
    /// even when refused (the window does not move: it ends `limit.window` seconds after its
    /// first attempt).
    pub async fn count_attempt(
        &self,
        key: &str,
        limit: Limit,
        now: i64,
    ) -> Result<Attempt, StoreError> {
        let row = sqlx::query(
            "INSERT INTO throttles (key_hash, hits, window_end) VALUES ($1, 1, $2) \
             ON CONFLICT (key_hash) DO UPDATE SET \
             hits = CASE WHEN throttles.window_end <= $3 THEN 1 ELSE throttles.hits + 1 END, \
             window_end = CASE WHEN throttles.window_end <= $3 THEN $2 \
                          ELSE throttles.window_end END \
             RETURNING hits, window_end",
        )
        .bind(digest(key))
        .bind(now.saturating_add(limit.window))
        .bind(now)
        .fetch_one(&self.pool)
        .await?;
        let hits: i64 = row.try_get("hits")?;
        let window_end: i64 = row.try_get("window_end")?;
        if hits == 1 {
            // A new window: a good moment to forget the windows that have ended.
            sqlx::query("DELETE FROM throttles WHERE window_end <= $1")
                .bind(now)
                .execute(&self.pool)
                .await?;
        }
        Ok(if hits > limit.max {
            Attempt::Refused {
                retry_after: (window_end - now).max(1),
            }
        } else {
            Attempt::Allowed
        })
    }

    /// Takes back one attempt counted for `key` in its current window (the secret was right).
    pub async fn take_back_attempt(&self, key: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE throttles SET hits = hits - 1 \
             WHERE key_hash = $1 AND hits > 0 AND window_end > $2",
        )
        .bind(digest(key))
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Counts one attempt for each of `keys` in order; when one is refused, the attempts
    /// already counted for the others are taken back and the refusal is returned. On
    /// [`Attempt::Allowed`], every key holds one more attempt.
    pub async fn count_attempts(
        &self,
        keys: &[(&str, Limit)],
        now: i64,
    ) -> Result<Attempt, StoreError> {
        for (i, (key, limit)) in keys.iter().enumerate() {
            if let refused @ Attempt::Refused { .. } = self.count_attempt(key, *limit, now).await? {
                for (counted, _) in &keys[..i] {
                    self.take_back_attempt(counted, now).await?;
                }
                return Ok(refused);
            }
        }
        Ok(Attempt::Allowed)
    }

    /// The signing key named `name`: made on first use, then the same for every process.
    async fn signing_key(&self, name: &str) -> Result<[u8; 32], StoreError> {
        if let Some(key) = self
            .keys
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(name)
        {
            return Ok(*key);
        }
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).map_err(|_| StoreError::Random)?;
        sqlx::query(
            "INSERT INTO server_secrets (name, secret) VALUES ($1, $2) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(hex::encode(fresh))
        .execute(&self.pool)
        .await?;
        let stored: String = sqlx::query("SELECT secret FROM server_secrets WHERE name = $1")
            .bind(name)
            .fetch_one(&self.pool)
            .await?
            .try_get("secret")?;
        let mut key = [0u8; 32];
        hex::decode_to_slice(&stored, &mut key).map_err(|_| StoreError::Corrupt {
            what: "server secret",
            value: name.to_owned(),
        })?;
        self.keys
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(name.to_owned(), key);
        Ok(key)
    }

    /// An HMAC-SHA256 of `message` under the key named `purpose`, as 64 hex digits. Only the
    /// first call of a process for a purpose reads the database.
    pub async fn sign(&self, purpose: &str, message: &str) -> Result<String, StoreError> {
        let key = self.signing_key(purpose).await?;
        Ok(hex::encode(mac(&key, message).finalize().into_bytes()))
    }

    /// Whether `signature` is [`Store::sign`]'s for `message` under `purpose` (compared in
    /// constant time). Only the first call of a process for a purpose reads the database.
    pub async fn verify_signature(
        &self,
        purpose: &str,
        message: &str,
        signature: &str,
    ) -> Result<bool, StoreError> {
        let Ok(given) = hex::decode(signature) else {
            return Ok(false);
        };
        let key = self.signing_key(purpose).await?;
        Ok(mac(&key, message).verify_slice(&given).is_ok())
    }
}

fn mac(key: &[u8; 32], message: &str) -> HmacSha256 {
    // HMAC takes keys of any length: `new_from_slice` cannot fail.
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(message.as_bytes());
    mac
}
