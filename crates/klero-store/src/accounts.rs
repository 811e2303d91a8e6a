//! Accounts, their argon2 password hashes, login with throttling (counted in the database,
//! before the password is checked; device cookies), and roles per assembly.

use crate::throttles::{Attempt, Limit};
use crate::{Store, StoreError, flag, new_id, parse_stored};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use klero_domain::access::Role;
use klero_domain::input::Email;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeSet;

/// How many login attempts are allowed, and to whom (the README's "Guessing limits" explains
/// the policy). Every attempt is counted before the password is checked; a right password
/// takes its attempts back, so in effect only failures count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginPolicy {
    /// Attempts per account from browsers without a device cookie for it ("strangers").
    pub per_account: Limit,
    /// Attempts per client address from strangers, whatever the account: high enough that
    /// an organisation behind one proxy address does not reach it by typos.
    pub per_client: Limit,
    /// Attempts per device cookie on the account it was issued for. A browser that signed
    /// in to an account before keeps this allowance of its own while the account and the
    /// address are locked for strangers.
    pub per_device: Limit,
}

/// The throttling window of the default [`LoginPolicy`], in seconds.
pub const THROTTLE_WINDOW: i64 = 15 * 60;

impl Default for LoginPolicy {
    fn default() -> Self {
        LoginPolicy {
            per_account: Limit {
                max: 5,
                window: THROTTLE_WINDOW,
            },
            per_client: Limit {
                max: 50,
                window: THROTTLE_WINDOW,
            },
            per_device: Limit {
                max: 10,
                window: THROTTLE_WINDOW,
            },
        }
    }
}

/// A login attempt, as it arrived.
#[derive(Debug, Clone, Copy)]
pub struct LoginAttempt<'a> {
    /// The address typed (case and surrounding spaces do not matter).
    pub email: &'a str,
    /// The password typed.
    pub password: &'a str,
    /// The client's network address.
    pub client: &'a str,
    /// The device cookie the browser holds ([`Store::device_token`]), if any.
    pub device: Option<&'a str>,
}

/// The purpose under which device cookies are signed.
const DEVICE_KEY: &str = "device-cookie";

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
    /// Too many recent attempts for this account, client address or device; the password
    /// was not checked. Try again after the given seconds.
    Throttled {
        /// Seconds until the window that refused ends.
        retry_after: i64,
    },
}

fn random_nonce() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
    Ok(hex::encode(bytes))
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

    /// Checks a login from a stranger (no device cookie) under the default [`LoginPolicy`].
    pub async fn login(
        &self,
        email: &str,
        password: &str,
        client: &str,
        now: i64,
    ) -> Result<LoginOutcome, StoreError> {
        let attempt = LoginAttempt {
            email,
            password,
            client,
            device: None,
        };
        self.login_with(&attempt, &LoginPolicy::default(), now)
            .await
    }

    /// Checks a login under `policy`. The attempt is counted first (against its device
    /// cookie when the browser holds a valid one for this address, otherwise against the
    /// account and the client address), in one statement per key, so that concurrent
    /// attempts in any number of processes check at most the limit; only then is the
    /// password checked. A right password takes the attempt back.
    pub async fn login_with(
        &self,
        attempt: &LoginAttempt<'_>,
        policy: &LoginPolicy,
        now: i64,
    ) -> Result<LoginOutcome, StoreError> {
        let email = attempt.email.trim().to_lowercase();
        let device = match attempt.device {
            Some(token) => self.device_nonce(&email, token).await?,
            None => None,
        };
        let keys = match device {
            Some(nonce) => vec![(format!("login-device:{nonce}"), policy.per_device)],
            None => vec![
                (format!("login-account:{email}"), policy.per_account),
                (
                    format!("login-client:{}", attempt.client),
                    policy.per_client,
                ),
            ],
        };
        let counted: Vec<(&str, Limit)> = keys.iter().map(|(k, l)| (k.as_str(), *l)).collect();
        if let Attempt::Refused { retry_after } = self.count_attempts(&counted, now).await? {
            return Ok(LoginOutcome::Throttled { retry_after });
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
        if password_matches(attempt.password, stored).await
            && let Some(row) = &row
        {
            for (key, _) in &counted {
                self.take_back_attempt(key, now).await?;
            }
            return Ok(LoginOutcome::Success(account_from(row)?));
        }
        Ok(LoginOutcome::WrongCredentials)
    }

    /// A device cookie for `account` (OWASP's "device cookies"): a random nonce and a
    /// signature over it and the account's address. A browser holding one keeps an
    /// allowance of its own for that account ([`LoginPolicy::per_device`]).
    pub async fn device_token(&self, account: &Account) -> Result<String, StoreError> {
        let nonce = random_nonce()?;
        let signature = self
            .sign(DEVICE_KEY, &format!("{}\n{nonce}", account.email))
            .await?;
        Ok(format!("{nonce}.{signature}"))
    }

    /// The nonce of `token` when it is a valid device cookie for `email`.
    async fn device_nonce(&self, email: &str, token: &str) -> Result<Option<String>, StoreError> {
        let Some((nonce, signature)) = token.split_once('.') else {
            return Ok(None);
        };
        let valid = nonce.len() == 32
            && nonce.bytes().all(|b| b.is_ascii_hexdigit())
            && self
                .verify_signature(DEVICE_KEY, &format!("{email}\n{nonce}"), signature)
                .await?;
        Ok(valid.then(|| nonce.to_owned()))
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
