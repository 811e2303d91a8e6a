//! Texts in several languages, stored a row per (owner, field, language).

use crate::{StoreError, parse_stored};
use klero_domain::lang::{Lang, Localised};
use sqlx::any::Any;
use sqlx::{Row, Transaction};
use std::collections::HashMap;

/// The tables that hold texts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum TextTable {
    Assembly,
    Panel,
}

impl TextTable {
    /// The statements for this table: delete a field, insert a language, select all fields.
    fn sql(self) -> [&'static str; 3] {
        match self {
            TextTable::Assembly => [
                "DELETE FROM assembly_texts WHERE assembly_id = $1 AND field = $2",
                "INSERT INTO assembly_texts (assembly_id, field, lang, body) VALUES ($1, $2, $3, $4)",
                "SELECT field, lang, body FROM assembly_texts WHERE assembly_id = $1",
            ],
            TextTable::Panel => [
                "DELETE FROM panel_texts WHERE panel_id = $1 AND field = $2",
                "INSERT INTO panel_texts (panel_id, field, lang, body) VALUES ($1, $2, $3, $4)",
                "SELECT field, lang, body FROM panel_texts WHERE panel_id = $1",
            ],
        }
    }
}

/// Replaces `owner`'s `field` with `text`, every language at once.
pub(crate) async fn write(
    tx: &mut Transaction<'_, Any>,
    table: TextTable,
    owner: &str,
    field: &str,
    text: &Localised,
) -> Result<(), StoreError> {
    let [delete, insert, _] = table.sql();
    sqlx::query(delete)
        .bind(owner)
        .bind(field)
        .execute(&mut **tx)
        .await?;
    for (lang, body) in text.iter() {
        sqlx::query(insert)
            .bind(owner)
            .bind(field)
            .bind(lang.code())
            .bind(body)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Every text of the given owners, by owner and field.
pub(crate) async fn read(
    pool: &sqlx::AnyPool,
    table: TextTable,
    owners: &[String],
) -> Result<HashMap<(String, String), Localised>, StoreError> {
    let [_, _, select] = table.sql();
    let mut texts: HashMap<(String, String), Localised> = HashMap::new();
    // One query per owner keeps the SQL portable (no array binds); owners are few per page.
    for owner in owners {
        let rows = sqlx::query(select).bind(owner).fetch_all(pool).await?;
        for row in rows {
            let lang = parse_stored("language", row.try_get("lang")?, Lang::parse)?;
            let body: String = row.try_get("body")?;
            texts
                .entry((owner.clone(), row.try_get("field")?))
                .or_default()
                .set(lang, &body);
        }
    }
    Ok(texts)
}
