//! What a panel has reached, read in one query: enough to tell which of its pages exist
//! ([`klero_domain::navigation`]), for the public panel page and the members' area.

use crate::{Store, StoreError};
use klero_domain::assembly::Panel;
use klero_domain::navigation::PanelFacts;
use sqlx::Row;

impl Store {
    /// The facts about `panel` that decide which of its pages exist.
    pub async fn panel_facts(&self, panel: &Panel) -> Result<PanelFacts, StoreError> {
        let row = sqlx::query(
            "SELECT \
               (SELECT COUNT(*) FROM recruitments WHERE panel_id = $1) AS recruitment, \
               (SELECT COUNT(*) FROM selections WHERE panel_id = $1 AND state <> 'open') \
                 AS selection_public, \
               (SELECT COUNT(*) FROM summit_participants WHERE panel_id = $1) AS participants, \
               (SELECT COUNT(*) FROM summit_votes WHERE panel_id = $1) AS votes, \
               (SELECT COUNT(*) FROM recommendations WHERE panel_id = $1) AS recommendations",
        )
        .bind(&panel.id)
        .fetch_one(&self.pool)
        .await?;
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
        })
    }
}
