//! A summit's programme: its rounds, the proposals each table's facilitator enters during a
//! round, and the organisers' shortlist, whose items keep the link to the proposals (and so the
//! tables) they merge.
//!
//! A proposal is stored once per `client_id`: a browser that lost its connection sends the same
//! proposal again with the same id and is told [`ProposalOutcome::AlreadyStored`], which is
//! what makes its retries safe. Proposals are numbered per panel (`seq`) in the order they
//! arrive, for the organisers' live page. Rounds and the shortlist are audited; proposals, many
//! and entered at the tables, are not.

use super::{SummitRefusal, Tx, audit, bump, from_json, to_json};
use crate::audit::Actor;
use crate::{Store, StoreError, new_id, stored_u32};
use klero_domain::assembly::Panel;
use klero_domain::summit::programme::{ProposalInput, RoundSpec, ShortlistInput};
use serde_json::json;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A round of the programme as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummitRound {
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// Theme, duration and question.
    pub spec: RoundSpec,
}

/// A table's proposal as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Stable opaque identifier.
    pub id: String,
    /// The round it was made in.
    pub round: u32,
    /// The table that made it.
    pub table: u32,
    /// What the table proposes.
    pub text: String,
    /// The id the browser chose.
    pub client_id: String,
    /// The panel's proposals in the order they arrived: 1, 2, 3...
    pub seq: i64,
    /// When it arrived (seconds since the Unix epoch).
    pub created_at: i64,
}

/// What became of a proposal sent to [`Store::add_proposal`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalOutcome {
    /// Stored now.
    Stored(Proposal),
    /// A proposal with the same client id was stored before (this is a retry): nothing changed.
    AlreadyStored(Proposal),
}

impl ProposalOutcome {
    /// The proposal, as stored.
    pub fn proposal(&self) -> &Proposal {
        match self {
            ProposalOutcome::Stored(p) | ProposalOutcome::AlreadyStored(p) => p,
        }
    }
}

/// A shortlist item, with the proposals it merges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortlistItem {
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// The organisers' wording.
    pub title: String,
    /// The proposals it merges, in the order they arrived.
    pub proposals: Vec<Proposal>,
    /// The tables that proposed it, each once, in order.
    pub tables: Vec<u32>,
}

macro_rules! select_proposals {
    ($rest:literal) => {
        concat!(
            "SELECT p.id, p.round, p.table_number, p.text, p.client_id, p.seq, p.created_at \
             FROM summit_proposals p ",
            $rest
        )
    };
}

fn proposal(row: &AnyRow) -> Result<Proposal, StoreError> {
    Ok(Proposal {
        id: row.try_get("id")?,
        round: stored_u32("round number", row.try_get("round")?)?,
        table: stored_u32("table number", row.try_get("table_number")?)?,
        text: row.try_get("text")?,
        client_id: row.try_get("client_id")?,
        seq: row.try_get("seq")?,
        created_at: row.try_get("created_at")?,
    })
}

async fn round_exists(tx: &mut Tx, panel_id: &str, number: u32) -> Result<(), StoreError> {
    sqlx::query("SELECT number FROM summit_rounds WHERE panel_id = $1 AND number = $2")
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&mut **tx)
        .await?
        .map(|_| ())
        .ok_or_else(|| SummitRefusal::UnknownRound.into())
}

async fn item_id(tx: &mut Tx, panel_id: &str, number: u32) -> Result<String, StoreError> {
    let row = sqlx::query("SELECT id FROM summit_shortlist WHERE panel_id = $1 AND number = $2")
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(SummitRefusal::UnknownShortlistItem)?;
    Ok(row.try_get("id")?)
}

async fn proposal_in_panel(
    tx: &mut Tx,
    panel_id: &str,
    proposal_id: &str,
) -> Result<(), StoreError> {
    sqlx::query("SELECT id FROM summit_proposals WHERE panel_id = $1 AND id = $2")
        .bind(panel_id)
        .bind(proposal_id)
        .fetch_optional(&mut **tx)
        .await?
        .map(|_| ())
        .ok_or_else(|| SummitRefusal::UnknownProposal.into())
}

async fn insert_link(tx: &mut Tx, item_id: &str, proposal_id: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO summit_shortlist_links (item_id, proposal_id) VALUES ($1, $2) \
         ON CONFLICT (item_id, proposal_id) DO NOTHING",
    )
    .bind(item_id)
    .bind(proposal_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Adds a round at the end of the programme; returns its number.
    pub async fn add_summit_round(
        &self,
        panel: &Panel,
        spec: &RoundSpec,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let next: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM summit_rounds WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next")?;
        let number = stored_u32("round number", next)?;
        sqlx::query(
            "INSERT INTO summit_rounds \
             (panel_id, number, theme, minutes, question, created_at, translations) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&panel.id)
        .bind(next)
        .bind(&spec.theme)
        .bind(i64::from(spec.minutes))
        .bind(&spec.question)
        .bind(now)
        .bind(to_json(&spec.translations))
        .execute(&mut *tx)
        .await?;
        let after = json!({ "round": number, "theme": spec.theme, "minutes": spec.minutes,
            "question": spec.question, "translations": spec.translations });
        audit(&mut tx, actor, panel, "summit.round.add", after, now).await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Changes a round's theme, duration and question (its proposals stay with it).
    pub async fn update_summit_round(
        &self,
        panel: &Panel,
        number: u32,
        spec: &RoundSpec,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        round_exists(&mut tx, &panel.id, number).await?;
        sqlx::query(
            "UPDATE summit_rounds SET theme = $1, minutes = $2, question = $3, translations = $4 \
             WHERE panel_id = $5 AND number = $6",
        )
        .bind(&spec.theme)
        .bind(i64::from(spec.minutes))
        .bind(&spec.question)
        .bind(to_json(&spec.translations))
        .bind(&panel.id)
        .bind(i64::from(number))
        .execute(&mut *tx)
        .await?;
        let after = json!({ "round": number, "theme": spec.theme, "minutes": spec.minutes,
            "question": spec.question, "translations": spec.translations });
        audit(&mut tx, actor, panel, "summit.round.update", after, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's rounds, in order.
    pub async fn summit_rounds(&self, panel_id: &str) -> Result<Vec<SummitRound>, StoreError> {
        sqlx::query(
            "SELECT number, theme, minutes, question, translations FROM summit_rounds \
             WHERE panel_id = $1 ORDER BY number",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(SummitRound {
                number: stored_u32("round number", row.try_get("number")?)?,
                spec: RoundSpec {
                    theme: row.try_get("theme")?,
                    minutes: stored_u32("round minutes", row.try_get("minutes")?)?,
                    question: row.try_get("question")?,
                    translations: from_json("round translations", row.try_get("translations")?)?,
                },
            })
        })
        .collect()
    }

    /// Stores a table's proposal in a round, once per client id: the same client id again is
    /// [`ProposalOutcome::AlreadyStored`] and changes nothing.
    pub async fn add_proposal(
        &self,
        panel: &Panel,
        round: u32,
        table: u32,
        input: &ProposalInput,
        actor: &Actor,
        now: i64,
    ) -> Result<ProposalOutcome, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let earlier = sqlx::query(select_proposals!(
            "WHERE p.panel_id = $1 AND p.client_id = $2"
        ))
        .bind(&panel.id)
        .bind(input.client_id())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(row) = earlier {
            // Dropping the transaction undoes the bump: nothing changed.
            return Ok(ProposalOutcome::AlreadyStored(proposal(&row)?));
        }
        round_exists(&mut tx, &panel.id, round).await?;
        let seq: i64 = sqlx::query(
            "SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM summit_proposals WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next")?;
        let stored = Proposal {
            id: new_id()?,
            round,
            table,
            text: input.text().to_owned(),
            client_id: input.client_id().to_owned(),
            seq,
            created_at: now,
        };
        let author = match actor {
            Actor::Person { id, .. } => Some(id.as_str()),
            Actor::System => None,
        };
        sqlx::query(
            "INSERT INTO summit_proposals (id, panel_id, round, table_number, text, client_id, \
             author_id, seq, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&stored.id)
        .bind(&panel.id)
        .bind(i64::from(round))
        .bind(i64::from(table))
        .bind(&stored.text)
        .bind(&stored.client_id)
        .bind(author)
        .bind(seq)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ProposalOutcome::Stored(stored))
    }

    /// The panel's proposals (of one round, or all), in the order they arrived.
    pub async fn proposals(
        &self,
        panel_id: &str,
        round: Option<u32>,
    ) -> Result<Vec<Proposal>, StoreError> {
        let rows = match round {
            Some(round) => {
                sqlx::query(select_proposals!(
                    "WHERE p.panel_id = $1 AND p.round = $2 ORDER BY p.seq"
                ))
                .bind(panel_id)
                .bind(i64::from(round))
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(select_proposals!("WHERE p.panel_id = $1 ORDER BY p.seq"))
                    .bind(panel_id)
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter().map(proposal).collect()
    }

    /// The panel's proposals that arrived after the one numbered `after_seq` (0: all).
    pub async fn proposals_since(
        &self,
        panel_id: &str,
        after_seq: i64,
    ) -> Result<Vec<Proposal>, StoreError> {
        sqlx::query(select_proposals!(
            "WHERE p.panel_id = $1 AND p.seq > $2 ORDER BY p.seq"
        ))
        .bind(panel_id)
        .bind(after_seq)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(proposal)
        .collect()
    }

    /// Adds a shortlist item merging the proposals `proposal_ids` (of this panel); returns its
    /// number.
    pub async fn create_shortlist_item(
        &self,
        panel: &Panel,
        input: &ShortlistInput,
        proposal_ids: &[String],
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        for id in proposal_ids {
            proposal_in_panel(&mut tx, &panel.id, id).await?;
        }
        let next: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM summit_shortlist \
             WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next")?;
        let number = stored_u32("shortlist number", next)?;
        let id = new_id()?;
        sqlx::query(
            "INSERT INTO summit_shortlist (id, panel_id, number, title, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(&panel.id)
        .bind(next)
        .bind(&input.title)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for proposal in proposal_ids {
            insert_link(&mut tx, &id, proposal).await?;
        }
        let after = json!({ "item": number, "title": input.title, "proposals": proposal_ids });
        audit(&mut tx, actor, panel, "summit.shortlist.create", after, now).await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Adds a proposal to a shortlist item (again is no change).
    pub async fn link_proposal(
        &self,
        panel: &Panel,
        item: u32,
        proposal_id: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let item_id = item_id(&mut tx, &panel.id, item).await?;
        proposal_in_panel(&mut tx, &panel.id, proposal_id).await?;
        insert_link(&mut tx, &item_id, proposal_id).await?;
        let after = json!({ "item": item, "proposal": proposal_id });
        audit(&mut tx, actor, panel, "summit.shortlist.link", after, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes a proposal out of a shortlist item.
    pub async fn unlink_proposal(
        &self,
        panel: &Panel,
        item: u32,
        proposal_id: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let item_id = item_id(&mut tx, &panel.id, item).await?;
        sqlx::query("DELETE FROM summit_shortlist_links WHERE item_id = $1 AND proposal_id = $2")
            .bind(&item_id)
            .bind(proposal_id)
            .execute(&mut *tx)
            .await?;
        let after = json!({ "item": item, "proposal": proposal_id });
        audit(&mut tx, actor, panel, "summit.shortlist.unlink", after, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's shortlist, by number, each item with its proposals and their tables.
    pub async fn shortlist(&self, panel_id: &str) -> Result<Vec<ShortlistItem>, StoreError> {
        let items = sqlx::query(
            "SELECT id, number, title FROM summit_shortlist WHERE panel_id = $1 ORDER BY number",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let links = sqlx::query(select_proposals!(
            ", summit_shortlist_links l, summit_shortlist s \
             WHERE l.proposal_id = p.id AND l.item_id = s.id AND s.panel_id = $1 \
             ORDER BY p.seq"
        ))
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let item_of = sqlx::query(
            "SELECT l.item_id, l.proposal_id FROM summit_shortlist_links l, summit_shortlist s \
             WHERE l.item_id = s.id AND s.panel_id = $1",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("item_id")?, r.try_get("proposal_id")?)))
        .collect::<Result<Vec<(String, String)>, StoreError>>()?;
        let linked: Vec<Proposal> = links.iter().map(proposal).collect::<Result<_, _>>()?;
        items
            .iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let mut proposals: Vec<Proposal> = linked
                    .iter()
                    .filter(|p| item_of.iter().any(|(i, q)| *i == id && *q == p.id))
                    .cloned()
                    .collect();
                proposals.dedup_by(|a, b| a.id == b.id);
                let mut tables: Vec<u32> = proposals.iter().map(|p| p.table).collect();
                tables.sort_unstable();
                tables.dedup();
                Ok(ShortlistItem {
                    number: stored_u32("shortlist number", row.try_get("number")?)?,
                    title: row.try_get("title")?,
                    proposals,
                    tables,
                })
            })
            .collect()
    }
}
