//! Assemblies, their panels and who holds which role in them. Every change is audited in its
//! own transaction.

use crate::accounts::Account;
use crate::audit::{Actor, Change, append};
use crate::texts::{self, TextTable};
use crate::{Store, StoreError, new_id, parse_stored, stored_u32};
use klero_domain::access::Role;
use klero_domain::assembly::{Assembly, AssemblyKind, Date, Panel, Slug, Stage};
use klero_domain::input::{AssemblyInput, PanelInput};
use serde_json::json;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::{BTreeSet, HashMap};

/// A person with roles in an assembly, as the participant list shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Account id.
    pub account_id: String,
    /// The name others see.
    pub display_name: String,
    /// The roles held here.
    pub roles: BTreeSet<Role>,
}

/// A panel to create: its assembly and the organiser's input.
pub type NewPanel = PanelInput;

fn assembly_json(input: &AssemblyInput) -> serde_json::Value {
    json!({
        "slug": input.slug.as_str(),
        "kind": input.kind.as_str(),
        "title": input.title,
        "description": input.description,
    })
}

fn panel_json(panel: &PanelInput) -> serde_json::Value {
    json!({
        "theme": panel.theme,
        "size": panel.size,
        "starts_on": panel.starts_on.to_string(),
        "ends_on": panel.ends_on.to_string(),
        "stage": panel.stage.as_str(),
    })
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

impl Store {
    /// Creates an assembly; `creator` becomes its first organiser.
    pub async fn create_assembly(
        &self,
        input: &AssemblyInput,
        creator: &Account,
        actor: &Actor,
        now: i64,
    ) -> Result<Assembly, StoreError> {
        let id = new_id()?;
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO assemblies (id, slug, kind, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(&id)
        .bind(input.slug.as_str())
        .bind(input.kind.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(e) if is_unique_violation(&e) => return Err(StoreError::SlugTaken),
            other => other?,
        };
        texts::write(&mut tx, TextTable::Assembly, &id, "title", &input.title).await?;
        texts::write(
            &mut tx,
            TextTable::Assembly,
            &id,
            "description",
            &input.description,
        )
        .await?;
        append(
            &mut tx,
            Change {
                actor,
                assembly_id: Some(&id),
                action: "assembly.create",
                subject: input.slug.as_str(),
                before: None,
                after: Some(assembly_json(input)),
                now,
            },
        )
        .await?;
        grant(
            &mut tx,
            &creator.id,
            &creator.display_name,
            &id,
            Role::Organiser,
            actor,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Assembly {
            id,
            slug: input.slug.clone(),
            kind: input.kind,
            title: input.title.clone(),
            description: input.description.clone(),
        })
    }

    /// Replaces an assembly's slug, kind and texts.
    pub async fn update_assembly(
        &self,
        before: &Assembly,
        input: &AssemblyInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let updated = sqlx::query("UPDATE assemblies SET slug = $1, kind = $2 WHERE id = $3")
            .bind(input.slug.as_str())
            .bind(input.kind.as_str())
            .bind(&before.id)
            .execute(&mut *tx)
            .await;
        match updated {
            Err(e) if is_unique_violation(&e) => return Err(StoreError::SlugTaken),
            other => other?,
        };
        texts::write(
            &mut tx,
            TextTable::Assembly,
            &before.id,
            "title",
            &input.title,
        )
        .await?;
        texts::write(
            &mut tx,
            TextTable::Assembly,
            &before.id,
            "description",
            &input.description,
        )
        .await?;
        crate::followup::bump_assembly_versions(&mut tx, &before.id).await?;
        let old = AssemblyInput {
            slug: before.slug.clone(),
            kind: before.kind,
            title: before.title.clone(),
            description: before.description.clone(),
        };
        append(
            &mut tx,
            Change {
                actor,
                assembly_id: Some(&before.id),
                action: "assembly.update",
                subject: input.slug.as_str(),
                before: Some(assembly_json(&old)),
                after: Some(assembly_json(input)),
                now,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every assembly, oldest first.
    pub async fn assemblies(&self) -> Result<Vec<Assembly>, StoreError> {
        let rows = sqlx::query("SELECT id, slug, kind FROM assemblies ORDER BY created_at, slug")
            .fetch_all(&self.pool)
            .await?;
        self.assemblies_from(rows).await
    }

    /// The assembly with this slug.
    pub async fn assembly_by_slug(&self, slug: &str) -> Result<Option<Assembly>, StoreError> {
        let rows = sqlx::query("SELECT id, slug, kind FROM assemblies WHERE slug = $1")
            .bind(slug)
            .fetch_all(&self.pool)
            .await?;
        Ok(self.assemblies_from(rows).await?.into_iter().next())
    }

    async fn assemblies_from(&self, rows: Vec<AnyRow>) -> Result<Vec<Assembly>, StoreError> {
        let ids = rows
            .iter()
            .map(|r| r.try_get::<String, _>("id"))
            .collect::<Result<Vec<_>, _>>()?;
        let mut texts = texts::read(&self.pool, TextTable::Assembly, &ids).await?;
        let mut take = |id: &str, field: &str| {
            texts
                .remove(&(id.to_owned(), field.to_owned()))
                .unwrap_or_default()
        };
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                Ok(Assembly {
                    slug: parse_stored("slug", row.try_get("slug")?, |s| Slug::parse(s).ok())?,
                    kind: parse_stored("assembly kind", row.try_get("kind")?, AssemblyKind::parse)?,
                    title: take(&id, "title"),
                    description: take(&id, "description"),
                    id,
                })
            })
            .collect()
    }

    /// Creates the assembly's next panel (numbered after the last).
    pub async fn create_panel(
        &self,
        assembly: &Assembly,
        input: &NewPanel,
        actor: &Actor,
        now: i64,
    ) -> Result<Panel, StoreError> {
        let id = new_id()?;
        let mut tx = self.pool.begin().await?;
        let number: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM panels WHERE assembly_id = $1",
        )
        .bind(&assembly.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next")?;
        sqlx::query(
            "INSERT INTO panels (id, assembly_id, number, size, starts_on, ends_on, stage, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(&assembly.id)
        .bind(number)
        .bind(i64::from(input.size))
        .bind(input.starts_on.to_string())
        .bind(input.ends_on.to_string())
        .bind(input.stage.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        texts::write(&mut tx, TextTable::Panel, &id, "theme", &input.theme).await?;
        append(
            &mut tx,
            Change {
                actor,
                assembly_id: Some(&assembly.id),
                action: "panel.create",
                subject: &format!("panel {number}"),
                before: None,
                after: Some(panel_json(input)),
                now,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Panel {
            id,
            assembly_id: assembly.id.clone(),
            number: stored_u32("panel number", number)?,
            theme: input.theme.clone(),
            size: input.size,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            stage: input.stage,
        })
    }

    /// Replaces a panel's theme, size, dates and stage.
    pub async fn update_panel(
        &self,
        before: &Panel,
        input: &PanelInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE panels SET size = $1, starts_on = $2, ends_on = $3, stage = $4 WHERE id = $5",
        )
        .bind(i64::from(input.size))
        .bind(input.starts_on.to_string())
        .bind(input.ends_on.to_string())
        .bind(input.stage.as_str())
        .bind(&before.id)
        .execute(&mut *tx)
        .await?;
        texts::write(&mut tx, TextTable::Panel, &before.id, "theme", &input.theme).await?;
        crate::followup::bump_version(&mut tx, &before.id).await?;
        let old = PanelInput {
            theme: before.theme.clone(),
            size: before.size,
            starts_on: before.starts_on,
            ends_on: before.ends_on,
            stage: before.stage,
        };
        append(
            &mut tx,
            Change {
                actor,
                assembly_id: Some(&before.assembly_id),
                action: "panel.update",
                subject: &format!("panel {}", before.number),
                before: Some(panel_json(&old)),
                after: Some(panel_json(input)),
                now,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// An assembly's panels, by number.
    pub async fn panels(&self, assembly_id: &str) -> Result<Vec<Panel>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, assembly_id, number, size, starts_on, ends_on, stage FROM panels \
             WHERE assembly_id = $1 ORDER BY number",
        )
        .bind(assembly_id)
        .fetch_all(&self.pool)
        .await?;
        self.panels_from(rows).await
    }

    /// The assembly's panel with this number, if there is one.
    pub async fn panel_by_number(
        &self,
        assembly_id: &str,
        number: u32,
    ) -> Result<Option<Panel>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, assembly_id, number, size, starts_on, ends_on, stage FROM panels \
             WHERE assembly_id = $1 AND number = $2",
        )
        .bind(assembly_id)
        .bind(i64::from(number))
        .fetch_all(&self.pool)
        .await?;
        Ok(self.panels_from(rows).await?.pop())
    }

    /// Panels from rows of `panels`, with their texts.
    async fn panels_from(&self, rows: Vec<AnyRow>) -> Result<Vec<Panel>, StoreError> {
        let ids = rows
            .iter()
            .map(|r| r.try_get::<String, _>("id"))
            .collect::<Result<Vec<_>, _>>()?;
        let mut texts = texts::read(&self.pool, TextTable::Panel, &ids).await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let number: i64 = row.try_get("number")?;
                let size: i64 = row.try_get("size")?;
                Ok(Panel {
                    theme: texts
                        .remove(&(id.clone(), "theme".to_owned()))
                        .unwrap_or_default(),
                    assembly_id: row.try_get("assembly_id")?,
                    number: stored_u32("panel number", number)?,
                    size: stored_u32("panel size", size)?,
                    starts_on: parse_stored("date", row.try_get("starts_on")?, Date::parse)?,
                    ends_on: parse_stored("date", row.try_get("ends_on")?, Date::parse)?,
                    stage: parse_stored("stage", row.try_get("stage")?, Stage::parse)?,
                    id,
                })
            })
            .collect()
    }

    /// Everyone with a role in the assembly, by name.
    pub async fn members(&self, assembly_id: &str) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.display_name, m.role FROM memberships m \
             JOIN accounts a ON a.id = m.account_id WHERE m.assembly_id = $1 \
             ORDER BY a.display_name, a.id",
        )
        .bind(assembly_id)
        .fetch_all(&self.pool)
        .await?;
        let mut members: Vec<Member> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for row in rows {
            let account_id: String = row.try_get("id")?;
            let role = parse_stored("role", row.try_get("role")?, Role::parse)?;
            let at = *index.entry(account_id.clone()).or_insert_with(|| {
                members.push(Member {
                    account_id: account_id.clone(),
                    display_name: row.try_get("display_name").unwrap_or_default(),
                    roles: BTreeSet::new(),
                });
                members.len() - 1
            });
            if let Some(member) = members.get_mut(at) {
                member.roles.insert(role);
            }
        }
        Ok(members)
    }

    /// Gives `account` a role in the assembly (nothing changes if it holds it already).
    pub async fn grant_role(
        &self,
        account: &Account,
        assembly_id: &str,
        role: Role,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        grant(
            &mut tx,
            &account.id,
            &account.display_name,
            assembly_id,
            role,
            actor,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Withdraws a role. Returns whether the account held it.
    pub async fn revoke_role(
        &self,
        account: &Account,
        assembly_id: &str,
        role: Role,
        actor: &Actor,
        now: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let removed = sqlx::query(
            "DELETE FROM memberships WHERE account_id = $1 AND assembly_id = $2 AND role = $3",
        )
        .bind(&account.id)
        .bind(assembly_id)
        .bind(role.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        if removed {
            append(
                &mut tx,
                Change {
                    actor,
                    assembly_id: Some(assembly_id),
                    action: "role.revoke",
                    subject: &format!("{}: {}", account.display_name, role.as_str()),
                    before: None,
                    after: None,
                    now,
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(removed)
    }
}

pub(crate) async fn grant(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account_id: &str,
    display_name: &str,
    assembly_id: &str,
    role: Role,
    actor: &Actor,
    now: i64,
) -> Result<(), StoreError> {
    let held = sqlx::query(
        "SELECT 1 AS held FROM memberships WHERE account_id = $1 AND assembly_id = $2 AND role = $3",
    )
    .bind(account_id)
    .bind(assembly_id)
    .bind(role.as_str())
    .fetch_optional(&mut **tx)
    .await?
    .is_some();
    if held {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO memberships (account_id, assembly_id, role, granted_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(account_id)
    .bind(assembly_id)
    .bind(role.as_str())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    append(
        tx,
        Change {
            actor,
            assembly_id: Some(assembly_id),
            action: "role.grant",
            subject: &format!("{display_name}: {}", role.as_str()),
            before: None,
            after: None,
            now,
        },
    )
    .await
}
