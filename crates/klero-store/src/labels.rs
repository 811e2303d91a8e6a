//! The labels of a panel's quota categories and values ([`QuotaLabels`]): replaced whole, from
//! the features file or the selection page, and read by every page that shows a category or a
//! value.

use crate::audit::{Actor, append_for_panel as audit};
use crate::{Store, StoreError, parse_stored};
use klero_domain::assembly::Panel;
use klero_domain::labels::QuotaLabels;
use klero_domain::lang::Lang;
use serde_json::json;
use sqlx::Row;

impl Store {
    /// Replaces every label of `panel` by `labels`, in one transaction, audited.
    pub async fn set_quota_labels(
        &self,
        panel: &Panel,
        labels: &QuotaLabels,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM quota_labels WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        let mut count = 0;
        for (feature, value, lang, label) in labels.iter() {
            sqlx::query(
                "INSERT INTO quota_labels (panel_id, feature, value, lang, label) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&panel.id)
            .bind(feature)
            .bind(value.unwrap_or(""))
            .bind(lang.code())
            .bind(label)
            .execute(&mut *tx)
            .await?;
            count += 1;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "selection.labels",
            json!({ "labels": count }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The labels of `panel`'s categories and values (none set: every id shows as itself).
    pub async fn quota_labels(&self, panel_id: &str) -> Result<QuotaLabels, StoreError> {
        let rows = sqlx::query(
            "SELECT feature, value, lang, label FROM quota_labels WHERE panel_id = $1 \
             ORDER BY feature, value, lang",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let mut labels = QuotaLabels::new();
        for row in rows {
            let (feature, value, label): (String, String, String) = (
                row.try_get("feature")?,
                row.try_get("value")?,
                row.try_get("label")?,
            );
            let lang = parse_stored("label language", row.try_get("lang")?, Lang::parse)?;
            let value = (!value.is_empty()).then_some(value.as_str());
            labels.set(&feature, value, lang, &label);
        }
        Ok(labels)
    }
}
