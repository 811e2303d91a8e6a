//! What a panel has reached, read in one query: enough to tell which of its pages exist
//! ([`klero_domain::navigation`]), for the public panel page and the members' area.

use crate::{Store, StoreError};
use klero_domain::assembly::Panel;
use klero_domain::navigation::PanelFacts;
use sqlx::Row;

/// The counts behind [`PanelFacts`], per panel (`p.id`), for the panels the `WHERE` clause
/// given picks (a literal: sqlx takes only static SQL).
macro_rules! facts_where {
    ($where:literal) => {
        concat!(
            "SELECT p.id, ",
            "(SELECT COUNT(*) FROM recruitments r WHERE r.panel_id = p.id) AS recruitment, ",
            "(SELECT COUNT(*) FROM selections s WHERE s.panel_id = p.id AND s.state <> 'open') ",
            "AS selection_public, ",
            "(SELECT COUNT(*) FROM summit_participants sp WHERE sp.panel_id = p.id) ",
            "AS participants, ",
            "(SELECT COUNT(*) FROM summit_votes v WHERE v.panel_id = p.id) AS votes, ",
            "(SELECT COUNT(*) FROM recommendations rc WHERE rc.panel_id = p.id) ",
            "AS recommendations, ",
            "(SELECT COUNT(*) FROM deliberation_sessions ds WHERE ds.panel_id = p.id) ",
            "AS sessions, ",
            "(SELECT COUNT(*) FROM deliberation_drafts dd WHERE dd.panel_id = p.id) ",
            "AS drafts, ",
            "(SELECT COUNT(*) FROM deliberation_reports dr WHERE dr.panel_id = p.id) ",
            "AS report FROM panels p ",
            $where
        )
    };
}

/// A panel's facts from one row of `facts_where!`.
fn facts_of(panel: &Panel, row: &sqlx::any::AnyRow) -> Result<PanelFacts, StoreError> {
    let count = |name: &str| -> Result<u32, StoreError> {
        let n: i64 = row.try_get(name)?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    };
    Ok(PanelFacts {
        stage: Some(panel.stage),
        recruitment: count("recruitment")? > 0,
        selection_public: count("selection_public")? > 0,
        summit_participants: count("participants")?,
        summit_votes: count("votes")?,
        recommendations: count("recommendations")?,
        sessions: count("sessions")?,
        drafts: count("drafts")?,
        report: count("report")? > 0,
    })
}

impl Store {
    /// The facts about `panel` that decide which of its pages exist.
    pub async fn panel_facts(&self, panel: &Panel) -> Result<PanelFacts, StoreError> {
        let row = sqlx::query(facts_where!("WHERE p.id = $1"))
            .bind(&panel.id)
            .fetch_one(&self.pool)
            .await?;
        facts_of(panel, &row)
    }

    /// The facts of every panel of an assembly, in one query, in the order of `panels` (the
    /// assembly's panels, as [`Store::panels`] lists them); a panel of another assembly gets
    /// none of its pages.
    pub async fn assembly_panel_facts(
        &self,
        assembly_id: &str,
        panels: &[Panel],
    ) -> Result<Vec<PanelFacts>, StoreError> {
        let rows = sqlx::query(facts_where!("WHERE p.assembly_id = $1"))
            .bind(assembly_id)
            .fetch_all(&self.pool)
            .await?;
        panels
            .iter()
            .map(|panel| {
                let row = rows.iter().find(|row| {
                    row.try_get::<String, _>("id")
                        .is_ok_and(|id| id == panel.id)
                });
                match row {
                    Some(row) => facts_of(panel, row),
                    None => Ok(PanelFacts {
                        stage: Some(panel.stage),
                        ..PanelFacts::default()
                    }),
                }
            })
            .collect()
    }
}
