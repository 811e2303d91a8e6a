//! A summit's seating as stored: the tables' languages, who sits at which table in each round,
//! and the tables participants are pinned to. The seating itself is computed elsewhere
//! (`klero-tables`); the store keeps the latest one per panel, replaced whole.

use super::{Tx, audit, bump, from_json, to_json};
use crate::audit::Actor;
use crate::{Store, StoreError, stored_u32};
use klero_domain::assembly::Panel;
use serde_json::json;
use sqlx::Row;
use std::collections::HashMap;

/// A panel's seating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSeating {
    /// The intended people per table.
    pub table_size: u32,
    /// Rounds.
    pub rounds: u32,
    /// Each table's language (`nl`, `fr+nl`), table 1 first.
    pub table_languages: Vec<String>,
    /// The figures of the seating, in words, as computed.
    pub summary: String,
    /// When it was computed.
    pub created_at: i64,
    /// Every seat: (round from 1, table from 1, participant id).
    pub seats: Vec<(u32, u32, String)>,
    /// The tables of the facilitators and translators: (staff id, table from 1); the others
    /// have none.
    pub staff: Vec<(String, u32)>,
}

impl Store {
    /// Replaces the panel's seating.
    pub async fn save_seating(
        &self,
        panel: &Panel,
        seating: &StoredSeating,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        sqlx::query("DELETE FROM summit_seats WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM summit_seatings WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO summit_seatings (panel_id, table_size, rounds, table_languages_json, \
             summary, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&panel.id)
        .bind(i64::from(seating.table_size))
        .bind(i64::from(seating.rounds))
        .bind(to_json(&seating.table_languages))
        .bind(&seating.summary)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for (round, table, participant) in &seating.seats {
            insert_seat(&mut tx, &panel.id, *round, *table, participant).await?;
        }
        super::staffing::set_tables(&mut tx, &panel.id, &seating.staff).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.seating",
            json!({
                "tables": seating.table_languages.len(),
                "rounds": seating.rounds,
                "seats": seating.seats.len(),
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's seating, if one was made.
    pub async fn seating(&self, panel_id: &str) -> Result<Option<StoredSeating>, StoreError> {
        let Some(row) = sqlx::query(
            "SELECT table_size, rounds, table_languages_json, summary, created_at \
             FROM summit_seatings WHERE panel_id = $1",
        )
        .bind(panel_id)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let seats = sqlx::query(
            "SELECT round, table_number, participant_id FROM summit_seats WHERE panel_id = $1 \
             ORDER BY round, table_number, participant_id",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                stored_u32("round", r.try_get("round")?)?,
                stored_u32("table", r.try_get("table_number")?)?,
                r.try_get("participant_id")?,
            ))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let staff = sqlx::query(
            "SELECT id, table_number FROM summit_staff \
             WHERE panel_id = $1 AND table_number IS NOT NULL ORDER BY seq",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                stored_u32("table", r.try_get("table_number")?)?,
            ))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Some(StoredSeating {
            table_size: stored_u32("table size", row.try_get("table_size")?)?,
            rounds: stored_u32("rounds", row.try_get("rounds")?)?,
            table_languages: from_json("table languages", row.try_get("table_languages_json")?)?,
            summary: row.try_get("summary")?,
            created_at: row.try_get("created_at")?,
            seats,
            staff,
        }))
    }

    /// Pins a participant to a table for every round (`None`: unpins).
    pub async fn pin_participant(
        &self,
        panel: &Panel,
        participant_id: &str,
        table: Option<u32>,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        super::participants::checked_in_at(&mut tx, &panel.id, participant_id).await?;
        sqlx::query("DELETE FROM summit_pins WHERE participant_id = $1")
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        if let Some(table) = table {
            sqlx::query("INSERT INTO summit_pins (participant_id, table_number) VALUES ($1, $2)")
                .bind(participant_id)
                .bind(i64::from(table))
                .execute(&mut *tx)
                .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "summit.pin",
            json!({ "participant": participant_id, "table": table }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The tables participants of the panel are pinned to, by participant id.
    pub async fn pins(&self, panel_id: &str) -> Result<HashMap<String, u32>, StoreError> {
        sqlx::query(
            "SELECT n.participant_id, n.table_number FROM summit_pins n \
             JOIN summit_participants p ON p.id = n.participant_id WHERE p.panel_id = $1",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("participant_id")?,
                stored_u32("table", r.try_get("table_number")?)?,
            ))
        })
        .collect()
    }
}

async fn insert_seat(
    tx: &mut Tx,
    panel_id: &str,
    round: u32,
    table: u32,
    participant: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO summit_seats (panel_id, round, table_number, participant_id) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(panel_id)
    .bind(i64::from(round))
    .bind(i64::from(table))
    .bind(participant)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
