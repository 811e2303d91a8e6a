//! Accounts, their argon2 password hashes, login with throttling, and roles per assembly.

use crate::{Store, StoreError, digest, flag, new_id, parse_stored};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use klero_domain::access::Role;
use klero_domain::input::Email;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeSet;

/// Failed logins per address within [`THROTTLE_WINDOW`] before further attempts are refused.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed logins per client (network address) within the window before it is refused.
pub const MAX_FAILURES_PER_CLIENT: i64 = 30;
/// The throttling window, in seconds.
pub const THROTTLE_WINDOW: i64 = 15 * 60;

/// A person's account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Stable opaque identifier.
    pub id: String,
    /// The address the invitation went to; the login name.
    pub email: String,
    /// The name others see.
    pub display_name: String,
    /// A platform administrator (may create assemblies).
    pub is_admin: bool,
}

/// How a login attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginOutcome {
    /// The password matched.
    Success(Account),
    /// No such account, or the wrong password (the two are not told apart).
    WrongCredentials,
    /// Too many recent failures for this address or client; try again after the given seconds.
    Throttled {
        /// Seconds until the oldest counted failure leaves the window.
        retry_after: i64,
    },
}

pub(crate) fn account_from(row: &AnyRow) -> Result<Account, StoreError> {
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        is_admin: row.try_get::<i64, _>("is_admin")? != 0,
    })
}

/// Hashes a password with argon2id and a fresh salt, off the async threads.
pub(crate) async fn hash_password(password: &str) -> Result<String, StoreError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|_| StoreError::Hashing)
    })
    .await
    .map_err(|_| StoreError::Hashing)?
}

async fn password_matches(password: &str, stored: Option<String>) -> bool {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || match stored {
        Some(stored) => PasswordHash::new(&stored)
            .map(|hash| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &hash)
                    .is_ok()
            })
            .unwrap_or(false),
        None => {
            // No account: hash all the same, so that the answer takes as long either way and
            // does not tell which addresses have accounts.
            let _ = Argon2::default().hash_password(password.as_bytes());
            false
        }
    })
    .await
    .unwrap_or(false)
}

impl Store {
    /// Creates an account. The password is hashed here; it is never stored or logged in clear.
    pub async fn create_account(
        &self,
        email: &Email,
        display_name: &str,
        password: &str,
        is_admin: bool,
        now: i64,
    ) -> Result<Account, StoreError> {
        let account = Account {
            id: new_id()?,
            email: email.as_str().to_owned(),
            display_name: display_name.to_owned(),
            is_admin,
        };
        let hash = hash_password(password).await?;
        sqlx::query(
            "INSERT INTO accounts (id, email, display_name, password_hash, is_admin, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&account.id)
        .bind(&account.email)
        .bind(&account.display_name)
        .bind(hash)
        .bind(flag(is_admin))
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(account)
    }

    /// The account with this id.
    pub async fn account(&self, id: &str) -> Result<Option<Account>, StoreError> {
        let row =
            sqlx::query("SELECT id, email, display_name, is_admin FROM accounts WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        row.as_ref().map(account_from).transpose()
    }

    /// The account with this address.
    pub async fn account_by_email(&self, email: &Email) -> Result<Option<Account>, StoreError> {
        let row =
            sqlx::query("SELECT id, email, display_name, is_admin FROM accounts WHERE email = $1")
                .bind(email.as_str())
                .fetch_optional(&self.pool)
                .await?;
        row.as_ref().map(account_from).transpose()
    }

    /// Checks a login. Failures count against the address and against `client` (the network
    /// address); both are stored only as digests. Throttling holds across every process that
    /// shares the database.
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        client: &str,
        now: i64,
    ) -> Result<LoginOutcome, StoreError> {
        let email = email.trim().to_lowercase();
        let account_key = digest(&format!("account:{email}"));
        let client_key = digest(&format!("client:{client}"));
        let since = now - THROTTLE_WINDOW;
        for (key, limit) in [
            (&account_key, MAX_FAILURES_PER_ACCOUNT),
            (&client_key, MAX_FAILURES_PER_CLIENT),
        ] {
            let row = sqlx::query(
                "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM login_failures \
                 WHERE key_hash = $1 AND at > $2",
            )
            .bind(key)
            .bind(since)
            .fetch_one(&self.pool)
            .await?;
            let failures: i64 = row.try_get("n")?;
            if failures >= limit {
                let oldest: Option<i64> = row.try_get("oldest")?;
                let retry_after = oldest.map_or(THROTTLE_WINDOW, |t| t + THROTTLE_WINDOW - now);
                return Ok(LoginOutcome::Throttled {
                    retry_after: retry_after.max(1),
                });
            }
        }
        let row = sqlx::query(
            "SELECT id, email, display_name, is_admin, password_hash FROM accounts WHERE email = $1",
        )
        .bind(&email)
        .fetch_optional(&self.pool)
        .await?;
        let stored = row
            .as_ref()
            .map(|r| r.try_get::<String, _>("password_hash"))
            .transpose()?;
        if password_matches(password, stored).await
            && let Some(row) = &row
        {
            sqlx::query("DELETE FROM login_failures WHERE key_hash = $1")
                .bind(&account_key)
                .execute(&self.pool)
                .await?;
            return Ok(LoginOutcome::Success(account_from(row)?));
        }
        for key in [&account_key, &client_key] {
            sqlx::query("INSERT INTO login_failures (key_hash, at) VALUES ($1, $2)")
                .bind(key)
                .bind(now)
                .execute(&self.pool)
                .await?;
        }
        sqlx::query("DELETE FROM login_failures WHERE at <= $1")
            .bind(since)
            .execute(&self.pool)
            .await?;
        Ok(LoginOutcome::WrongCredentials)
    }

    /// The roles `account_id` holds in `assembly_id`.
    pub async fn roles(
        &self,
        account_id: &str,
        assembly_id: &str,
    ) -> Result<BTreeSet<Role>, StoreError> {
        let rows =
            sqlx::query("SELECT role FROM memberships WHERE account_id = $1 AND assembly_id = $2")
                .bind(account_id)
                .bind(assembly_id)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| parse_stored("role", row.try_get("role")?, Role::parse))
            .collect()
    }

    /// Every role `account_id` holds, as `(assembly id, role)`.
    pub async fn account_roles(&self, account_id: &str) -> Result<Vec<(String, Role)>, StoreError> {
        let rows = sqlx::query("SELECT assembly_id, role FROM memberships WHERE account_id = $1")
            .bind(account_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("assembly_id")?,
                    parse_stored("role", row.try_get("role")?, Role::parse)?,
                ))
            })
            .collect()
    }
}
