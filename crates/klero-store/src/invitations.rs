//! Invitations: how every account comes to be. An organiser invites an address into a role (or
//! the command line invites a platform administrator); the link carries a random token whose
//! digest alone is stored; accepting it creates the account, or adds the role to an existing one.

use crate::accounts::{Account, account_from, hash_password};
use crate::assemblies::grant;
use crate::audit::{Actor, Change, append};
use crate::{Store, StoreError, digest, flag, new_id, parse_stored, random_token};
use klero_domain::access::Role;
use klero_domain::input::{AccountInput, Email};
use sqlx::Row;

/// How long an invitation link stays valid, in seconds (14 days).
pub const INVITATION_TTL: i64 = 14 * 86_400;

/// An invitation that can still be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The address invited.
    pub email: Email,
    /// The assembly and role, or `None` for a platform administrator.
    pub grant: Option<(String, Role)>,
    /// Whether accepting makes a platform administrator.
    pub is_admin: bool,
    /// When the link stops working.
    pub expires_at: i64,
}

/// What an invitation token turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationOutcome {
    /// It can be accepted.
    Valid(Invitation),
    /// It was accepted already.
    Used,
    /// Its time ran out.
    Expired,
    /// No such invitation.
    Unknown,
}

/// An address shown with most of its local part hidden (`a***@example.be`), for the audit log.
pub fn masked(email: &Email) -> String {
    let text = email.as_str();
    match text.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

impl Store {
    /// Invites `email` into `role` in an assembly (or, with `grant` `None`, as a platform
    /// administrator). Returns the token for the link; it is not stored and cannot be shown again.
    pub async fn create_invitation(
        &self,
        email: &Email,
        grant: Option<(&str, Role)>,
        actor: &Actor,
        now: i64,
    ) -> Result<String, StoreError> {
        let token = random_token()?;
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, email, assembly_id, role, is_admin, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(digest(&token))
        .bind(email.as_str())
        .bind(grant.map(|(assembly, _)| assembly))
        .bind(grant.map(|(_, role)| role.as_str()))
        .bind(flag(grant.is_none()))
        .bind(now)
        .bind(now + INVITATION_TTL)
        .execute(&mut *tx)
        .await?;
        if let Some((assembly_id, role)) = grant {
            append(
                &mut tx,
                Change {
                    actor,
                    assembly_id: Some(assembly_id),
                    action: "invitation.create",
                    subject: &format!("{}: {}", masked(email), role.as_str()),
                    before: None,
                    after: None,
                    now,
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(token)
    }

    /// Looks up an invitation by its token.
    pub async fn invitation(&self, token: &str, now: i64) -> Result<InvitationOutcome, StoreError> {
        let row = sqlx::query(
            "SELECT email, assembly_id, role, is_admin, expires_at, used_at FROM invitations \
             WHERE token_hash = $1",
        )
        .bind(digest(token))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(InvitationOutcome::Unknown);
        };
        if row.try_get::<Option<i64>, _>("used_at")?.is_some() {
            return Ok(InvitationOutcome::Used);
        }
        let expires_at: i64 = row.try_get("expires_at")?;
        if expires_at <= now {
            return Ok(InvitationOutcome::Expired);
        }
        let assembly: Option<String> = row.try_get("assembly_id")?;
        let role: Option<String> = row.try_get("role")?;
        let grant = match (assembly, role) {
            (Some(assembly), Some(role)) => {
                Some((assembly, parse_stored("role", role, Role::parse)?))
            }
            _ => None,
        };
        Ok(InvitationOutcome::Valid(Invitation {
            email: parse_stored("e-mail address", row.try_get("email")?, Email::parse)?,
            grant,
            is_admin: row.try_get::<i64, _>("is_admin")? != 0,
            expires_at,
        }))
    }

    /// Accepts an invitation: creates the account (or, when `existing` is given, the account
    /// that signed in to accept) and grants what the invitation grants. Returns `None` when
    /// the invitation was accepted meanwhile (by another request or process).
    pub async fn accept_invitation(
        &self,
        token: &str,
        invitation: &Invitation,
        new_account: Option<&AccountInput>,
        existing: Option<&Account>,
        now: i64,
    ) -> Result<Option<Account>, StoreError> {
        let hash = match new_account {
            Some(input) => Some(hash_password(&input.password).await?),
            None => None,
        };
        let mut tx = self.pool.begin().await?;
        let claimed = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(digest(token))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !claimed {
            return Ok(None);
        }
        let account = match (existing, new_account, hash) {
            (Some(account), _, _) => account.clone(),
            (None, Some(input), Some(hash)) => {
                let id = new_id()?;
                sqlx::query(
                    "INSERT INTO accounts (id, email, display_name, password_hash, is_admin, created_at) \
                     VALUES ($1, $2, $3, $4, 0, $5)",
                )
                .bind(&id)
                .bind(invitation.email.as_str())
                .bind(&input.display_name)
                .bind(hash)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                Account {
                    id,
                    email: invitation.email.as_str().to_owned(),
                    display_name: input.display_name.clone(),
                    is_admin: false,
                }
            }
            _ => return Ok(None),
        };
        if invitation.is_admin {
            sqlx::query("UPDATE accounts SET is_admin = 1 WHERE id = $1")
                .bind(&account.id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some((assembly_id, role)) = &invitation.grant {
            let actor = Actor::Person {
                id: account.id.clone(),
                name: account.display_name.clone(),
            };
            grant(
                &mut tx,
                &account.id,
                &account.display_name,
                assembly_id,
                *role,
                &actor,
                now,
            )
            .await?;
        }
        let row =
            sqlx::query("SELECT id, email, display_name, is_admin FROM accounts WHERE id = $1")
                .bind(&account.id)
                .fetch_one(&mut *tx)
                .await?;
        let account = account_from(&row)?;
        tx.commit().await?;
        Ok(Some(account))
    }
}
