//! Who runs a summit's tables (facilitators and translators, with the table the latest seating
//! gave them) and the stakeholder groups' quotas (migration `0007`).

use super::{SummitRefusal, Tx, audit, bump};
use crate::audit::Actor;
use crate::{Store, StoreError, new_id, parse_stored, stored_u32};
use klero_domain::assembly::Panel;
use klero_domain::summit::staffing::{GroupQuota, GroupQuotas, StaffInput, StaffRole};
use klero_domain::summit::voting::Group;
use serde_json::json;
use sqlx::Row;
use std::collections::BTreeMap;

/// A facilitator or translator as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// Stable opaque identifier.
    pub id: String,
    /// What they do.
    pub role: StaffRole,
    /// The name; `None` once erased.
    pub name: Option<String>,
    /// Languages, lower case.
    pub languages: Vec<String>,
    /// The linked account (a facilitator who signs in), if any.
    pub account_id: Option<String>,
    /// The table the latest seating gave them, if any.
    pub table: Option<u32>,
}

impl Store {
    /// Adds a facilitator or translator to the panel's summit; returns their id. `account_id`
    /// links an account (the caller checks that it holds the facilitator role).
    pub async fn add_staff(
        &self,
        panel: &Panel,
        input: &StaffInput,
        account_id: Option<&str>,
        actor: &Actor,
        now: i64,
    ) -> Result<String, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let last: i64 = sqlx::query(
            "SELECT COALESCE(MAX(seq), 0) AS last FROM summit_staff WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("last")?;
        let id = new_id()?;
        sqlx::query(
            "INSERT INTO summit_staff (id, panel_id, seq, role, name, languages, account_id, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(&panel.id)
        .bind(last + 1)
        .bind(input.role().as_str())
        .bind(input.name())
        .bind(input.languages().join(";"))
        .bind(account_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.staff.add",
            json!({ "staff": id, "role": input.role().as_str() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Removes a facilitator or translator (their table keeps its seats and has nobody in
    /// that role until the next seating).
    pub async fn remove_staff(
        &self,
        panel: &Panel,
        staff_id: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let removed = sqlx::query("DELETE FROM summit_staff WHERE panel_id = $1 AND id = $2")
            .bind(&panel.id)
            .bind(staff_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Err(SummitRefusal::UnknownStaff.into());
        }
        audit(
            &mut tx,
            actor,
            panel,
            "summit.staff.remove",
            json!({ "staff": staff_id }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's facilitators and translators, in the order they were added.
    pub async fn staff(&self, panel_id: &str) -> Result<Vec<StaffMember>, StoreError> {
        sqlx::query(
            "SELECT id, role, name, languages, account_id, table_number FROM summit_staff \
             WHERE panel_id = $1 ORDER BY seq",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let name: String = r.try_get("name")?;
            let languages: String = r.try_get("languages")?;
            let table: Option<i64> = r.try_get("table_number")?;
            Ok(StaffMember {
                id: r.try_get("id")?,
                role: parse_stored("staff role", r.try_get("role")?, StaffRole::parse)?,
                name: (!name.is_empty()).then_some(name),
                languages: languages
                    .split(';')
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
                account_id: r.try_get("account_id")?,
                table: table.map(|t| stored_u32("staff table", t)).transpose()?,
            })
        })
        .collect()
    }

    /// Replaces the groups' quotas. Refused with [`SummitRefusal::OverQuota`] when a maximum
    /// is below the number of the group's people already on the list.
    pub async fn set_group_quotas(
        &self,
        panel: &Panel,
        quotas: &GroupQuotas,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let counts = group_counts(&mut tx, &panel.id).await?;
        if let Some(&(group, count, max)) = quotas.over(counts).first() {
            return Err(SummitRefusal::OverQuota {
                group: group.as_str(),
                count,
                max,
            }
            .into());
        }
        sqlx::query("DELETE FROM summit_group_quotas WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        for quota in quotas.iter() {
            sqlx::query(
                "INSERT INTO summit_group_quotas (panel_id, grp, min_count, max_count) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(&panel.id)
            .bind(quota.group.as_str())
            .bind(i64::from(quota.min))
            .bind(quota.max.map(i64::from))
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "summit.group_quotas",
            json!(
                quotas
                    .iter()
                    .map(|q| json!({ "group": q.group.as_str(), "min": q.min, "max": q.max }))
                    .collect::<Vec<_>>()
            ),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The groups' quotas (empty: none set).
    pub async fn group_quotas(&self, panel_id: &str) -> Result<GroupQuotas, StoreError> {
        let mut conn = self.pool.acquire().await?;
        quotas_in(&mut conn, panel_id).await
    }
}

async fn quotas_in(
    conn: &mut sqlx::AnyConnection,
    panel_id: &str,
) -> Result<GroupQuotas, StoreError> {
    let rows = sqlx::query(
        "SELECT grp, min_count, max_count FROM summit_group_quotas WHERE panel_id = $1",
    )
    .bind(panel_id)
    .fetch_all(&mut *conn)
    .await?;
    let quotas = rows
        .iter()
        .map(|r| {
            let max: Option<i64> = r.try_get("max_count")?;
            Ok(GroupQuota {
                group: parse_stored("group", r.try_get("grp")?, Group::parse)?,
                min: stored_u32("quota", r.try_get("min_count")?)?,
                max: max.map(|m| stored_u32("quota", m)).transpose()?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(GroupQuotas::new(quotas))
}

/// How many of the panel's participants each group has.
async fn group_counts(tx: &mut Tx, panel_id: &str) -> Result<Vec<(Group, usize)>, StoreError> {
    sqlx::query(
        "SELECT grp, COUNT(*) AS n FROM summit_participants WHERE panel_id = $1 GROUP BY grp",
    )
    .bind(panel_id)
    .fetch_all(&mut **tx)
    .await?
    .iter()
    .map(|r| {
        let n: i64 = r.try_get("n")?;
        Ok((
            parse_stored("group", r.try_get("grp")?, Group::parse)?,
            usize::try_from(n).unwrap_or(usize::MAX),
        ))
    })
    .collect()
}

/// Refuses an import of `adding` people per group that would take a group above its maximum.
pub(super) async fn check_quotas(
    tx: &mut Tx,
    panel_id: &str,
    adding: &[Group],
) -> Result<(), StoreError> {
    let quotas = quotas_in(tx, panel_id).await?;
    let mut counts: BTreeMap<Group, usize> =
        group_counts(tx, panel_id).await?.into_iter().collect();
    for &group in adding {
        *counts.entry(group).or_default() += 1;
    }
    if let Some(&(group, count, max)) = quotas.over(counts).first() {
        return Err(SummitRefusal::OverQuota {
            group: group.as_str(),
            count,
            max,
        }
        .into());
    }
    Ok(())
}

/// Records the tables a seating gave the staff: every other member of staff has none.
pub(super) async fn set_tables(
    tx: &mut Tx,
    panel_id: &str,
    tables: &[(String, u32)],
) -> Result<(), StoreError> {
    sqlx::query("UPDATE summit_staff SET table_number = NULL WHERE panel_id = $1")
        .bind(panel_id)
        .execute(&mut **tx)
        .await?;
    for (staff_id, table) in tables {
        sqlx::query("UPDATE summit_staff SET table_number = $1 WHERE panel_id = $2 AND id = $3")
            .bind(i64::from(*table))
            .bind(panel_id)
            .bind(staff_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Blanks the names of the panel's staff (with the participants' names, after the day).
pub(super) async fn erase_names(tx: &mut Tx, panel_id: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE summit_staff SET name = '' WHERE panel_id = $1")
        .bind(panel_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
