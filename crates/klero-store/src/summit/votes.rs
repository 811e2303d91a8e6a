//! A summit's plenary votes: their life (draft, open, closed), the ballots cast on phones and
//! entered from paper, the turnout, and the results kept as counted at closing.

use super::{SummitRefusal, Tx, audit, bump, from_json, to_json};
use crate::audit::Actor;
use crate::{Store, StoreError, digest, new_id, parse_stored, stored_u32};
use klero_domain::assembly::Panel;
use klero_domain::summit::participant::VotingCode;
use klero_domain::summit::voting::{Ballot, Group, Results, VoteSpec, VoteState, tally};
use serde_json::json;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A vote as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SummitVote {
    /// Stable opaque identifier (the vote id of [`display_order`]).
    ///
    /// [`display_order`]: klero_domain::summit::voting::display_order
    pub id: String,
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// The question, options, kind and who may vote.
    pub spec: VoteSpec,
    /// Draft, open or closed.
    pub state: VoteState,
    /// The count made when the vote closed; `None` before.
    pub results: Option<Results>,
    /// When it was created, opened and closed (seconds since the Unix epoch).
    pub created_at: i64,
    /// When it opened.
    pub opened_at: Option<i64>,
    /// When it closed.
    pub closed_at: Option<i64>,
}

/// How many have voted on a vote, and how many may.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SummitTurnout {
    /// Ballots cast on a phone (one per participant: a replaced ballot counts once).
    pub phone: u64,
    /// Paper ballots entered (one per serial number).
    pub paper: u64,
    /// Participants checked in whose group may vote on it.
    pub eligible: u64,
}

macro_rules! select_votes {
    ($rest:literal) => {
        concat!(
            "SELECT id, number, spec_json, state, results_json, created_at, opened_at, closed_at \
             FROM summit_votes ",
            $rest
        )
    };
}

fn vote(row: &AnyRow) -> Result<SummitVote, StoreError> {
    let results: Option<String> = row.try_get("results_json")?;
    Ok(SummitVote {
        id: row.try_get("id")?,
        number: stored_u32("vote number", row.try_get("number")?)?,
        spec: from_json("vote", row.try_get("spec_json")?)?,
        state: parse_stored("vote state", row.try_get("state")?, VoteState::parse)?,
        results: results.map(|r| from_json("results", r)).transpose()?,
        created_at: row.try_get("created_at")?,
        opened_at: row.try_get("opened_at")?,
        closed_at: row.try_get("closed_at")?,
    })
}

fn count(row: &AnyRow, column: &str) -> Result<u64, StoreError> {
    let n: i64 = row.try_get(column)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The vote's id, state and spec, or a refusal when the panel has no such vote.
async fn vote_row(
    tx: &mut Tx,
    panel_id: &str,
    number: u32,
) -> Result<(String, VoteState, VoteSpec), StoreError> {
    let row = sqlx::query(
        "SELECT id, state, spec_json FROM summit_votes WHERE panel_id = $1 AND number = $2",
    )
    .bind(panel_id)
    .bind(i64::from(number))
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(SummitRefusal::UnknownVote)?;
    Ok((
        row.try_get("id")?,
        parse_stored("vote state", row.try_get("state")?, VoteState::parse)?,
        from_json("vote", row.try_get("spec_json")?)?,
    ))
}

/// The vote's ballots, ordered by voter key (which says nothing of who or when).
async fn ballots_of(tx: &mut Tx, vote_id: &str) -> Result<Vec<Ballot>, StoreError> {
    sqlx::query("SELECT ballot_json FROM summit_ballots WHERE vote_id = $1 ORDER BY voter")
        .bind(vote_id)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| from_json("ballot", r.try_get("ballot_json")?))
        .collect()
}

/// Stores `ballot` as the voter's, replacing their earlier one.
async fn put_ballot(
    tx: &mut Tx,
    vote_id: &str,
    voter: &str,
    serial: Option<u32>,
    ballot: &Ballot,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO summit_ballots (vote_id, voter, source, serial, ballot_json, cast_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (vote_id, voter) \
         DO UPDATE SET ballot_json = excluded.ballot_json, cast_at = excluded.cast_at",
    )
    .bind(vote_id)
    .bind(voter)
    .bind(if serial.is_some() { "paper" } else { "phone" })
    .bind(serial.map(i64::from))
    .bind(to_json(ballot))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The voter key of a participant's ballots on a vote: a digest of both ids, so that a ballot
/// row names neither the participant nor their code, and one participant has one ballot per
/// vote whatever code they used.
pub(super) fn voter_key(vote_id: &str, participant_id: &str) -> String {
    digest(&format!(
        "klero-summit-voter-v1\0{vote_id}\0{participant_id}"
    ))
}

fn refuse_unless_open(state: VoteState) -> Result<(), StoreError> {
    if state.accepts_ballots() {
        Ok(())
    } else {
        Err(SummitRefusal::VoteNotOpen.into())
    }
}

impl Store {
    /// Puts a new vote, as a draft; returns its number in the panel (1, 2, 3...).
    pub async fn create_vote(
        &self,
        panel: &Panel,
        spec: &VoteSpec,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let next: i64 = sqlx::query(
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM summit_votes WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("next")?;
        let number = stored_u32("vote number", next)?;
        sqlx::query(
            "INSERT INTO summit_votes (id, panel_id, number, spec_json, state, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(new_id()?)
        .bind(&panel.id)
        .bind(next)
        .bind(to_json(spec))
        .bind(VoteState::Draft.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.vote.create",
            json!({ "vote": number, "spec": spec }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Replaces a draft vote's question, options, kind and eligibility; refused once it has
    /// opened.
    pub async fn update_vote(
        &self,
        panel: &Panel,
        number: u32,
        spec: &VoteSpec,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let (id, state, _) = vote_row(&mut tx, &panel.id, number).await?;
        if !state.spec_editable() {
            return Err(SummitRefusal::VoteNotEditable.into());
        }
        sqlx::query("UPDATE summit_votes SET spec_json = $1 WHERE id = $2")
            .bind(to_json(spec))
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.vote.update",
            json!({ "vote": number, "spec": spec }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's votes, by number.
    pub async fn votes(&self, panel_id: &str) -> Result<Vec<SummitVote>, StoreError> {
        sqlx::query(select_votes!("WHERE panel_id = $1 ORDER BY number"))
            .bind(panel_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(vote)
            .collect()
    }

    /// One vote of the panel.
    pub async fn vote(
        &self,
        panel_id: &str,
        number: u32,
    ) -> Result<Option<SummitVote>, StoreError> {
        sqlx::query(select_votes!("WHERE panel_id = $1 AND number = $2"))
            .bind(panel_id)
            .bind(i64::from(number))
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(vote)
            .transpose()
    }

    /// Opens or closes a vote, one step forward ([`VoteState::can_become`]). Closing counts
    /// the ballots ([`tally`]) and keeps the results as they are then: a ballot either made it
    /// before the closing and is counted, or is refused.
    pub async fn set_vote_state(
        &self,
        panel: &Panel,
        number: u32,
        next: VoteState,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let (id, state, spec) = vote_row(&mut tx, &panel.id, number).await?;
        if !state.can_become(next) {
            return Err(SummitRefusal::StateChange {
                from: state.as_str(),
                to: next.as_str(),
            }
            .into());
        }
        let mut after = json!({ "vote": number, "state": next.as_str() });
        if next == VoteState::Closed {
            let results = tally(&spec, &ballots_of(&mut tx, &id).await?);
            after["turnout"] = json!(results.turnout());
            sqlx::query(
                "UPDATE summit_votes SET state = $1, closed_at = $2, results_json = $3 WHERE id = $4",
            )
            .bind(next.as_str())
            .bind(now)
            .bind(to_json(&results))
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query("UPDATE summit_votes SET state = $1, opened_at = $2 WHERE id = $3")
                .bind(next.as_str())
                .bind(now)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
        }
        audit(&mut tx, actor, panel, "summit.vote.state", after, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// [`Store::cast_ballot`] for one ballot in a transaction of its own (three statements):
    /// what a group of ballots falls back to when its transaction fails.
    pub(super) async fn cast_one_ballot(
        &self,
        panel_id: &str,
        number: u32,
        code: &VotingCode,
        ballot: &Ballot,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let bumped = sqlx::query("UPDATE summit_pulse SET n = n + 1 WHERE panel_id = $1")
            .bind(panel_id)
            .execute(&mut *tx)
            .await?;
        if bumped.rows_affected() == 0 {
            // No summit writes to this panel yet, so no vote.
            return Err(SummitRefusal::UnknownVote.into());
        }
        let row = sqlx::query(
            "SELECT v.id, v.state, v.spec_json, p.id AS participant_id, p.grp, p.checked_in_at \
             FROM summit_votes v LEFT JOIN summit_participants p \
             ON p.panel_id = v.panel_id AND p.code_hash = $1 \
             WHERE v.panel_id = $2 AND v.number = $3",
        )
        .bind(digest(code.as_str()))
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(SummitRefusal::UnknownVote)?;
        refuse_unless_open(parse_stored(
            "vote state",
            row.try_get("state")?,
            VoteState::parse,
        )?)?;
        let participant: Option<String> = row.try_get("participant_id")?;
        let Some(participant) = participant else {
            return Err(SummitRefusal::CodeUnknown.into());
        };
        let checked_in_at: Option<i64> = row.try_get("checked_in_at")?;
        if checked_in_at.is_none() {
            return Err(SummitRefusal::NotCheckedIn.into());
        }
        let spec: VoteSpec = from_json("vote", row.try_get("spec_json")?)?;
        let group: Option<String> = row.try_get("grp")?;
        let group = parse_stored("group", group.unwrap_or_default(), Group::parse)?;
        if !spec.eligibility().allows(group) {
            return Err(SummitRefusal::NotEligible.into());
        }
        if spec.check(ballot).is_err() {
            return Err(SummitRefusal::InvalidBallot.into());
        }
        let vote_id: String = row.try_get("id")?;
        let voter = voter_key(&vote_id, &participant);
        put_ballot(&mut tx, &vote_id, &voter, None, ballot, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The ballot the holder of `code` has cast on the vote, if any (to show them their vote
    /// while they may still change it).
    pub async fn own_ballot(
        &self,
        panel_id: &str,
        number: u32,
        code: &VotingCode,
    ) -> Result<Option<Ballot>, StoreError> {
        let row = sqlx::query(
            "SELECT v.id AS vote_id, p.id AS participant_id FROM summit_votes v \
             JOIN summit_participants p ON p.panel_id = v.panel_id AND p.code_hash = $1 \
             WHERE v.panel_id = $2 AND v.number = $3",
        )
        .bind(digest(code.as_str()))
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let vote_id: String = row.try_get("vote_id")?;
        let voter = voter_key(&vote_id, &row.try_get::<String, _>("participant_id")?);
        sqlx::query("SELECT ballot_json FROM summit_ballots WHERE vote_id = $1 AND voter = $2")
            .bind(&vote_id)
            .bind(voter)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| from_json("ballot", r.try_get("ballot_json")?))
            .transpose()
    }

    /// Enters paper ballot number `serial` on an open vote; entering the same serial again
    /// replaces it (a typing error corrected). Audited, with the ballot: a paper ballot names
    /// nobody. Refused unless the vote is open and the ballot fits it.
    pub async fn enter_paper_ballot(
        &self,
        panel: &Panel,
        number: u32,
        serial: u32,
        ballot: &Ballot,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let (vote_id, state, spec) = vote_row(&mut tx, &panel.id, number).await?;
        refuse_unless_open(state)?;
        if spec.check(ballot).is_err() {
            return Err(SummitRefusal::InvalidBallot.into());
        }
        let voter = format!("paper-{serial}");
        put_ballot(&mut tx, &vote_id, &voter, Some(serial), ballot, now).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.ballot.paper",
            json!({ "vote": number, "serial": serial, "ballot": ballot }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every ballot on the vote (phone and paper, each voter's latest), in an order that says
    /// nothing of who cast them or when.
    pub async fn ballots(&self, panel_id: &str, number: u32) -> Result<Vec<Ballot>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let (vote_id, _, _) = vote_row(&mut tx, panel_id, number).await?;
        let ballots = ballots_of(&mut tx, &vote_id).await?;
        tx.commit().await?;
        Ok(ballots)
    }

    /// The vote's turnout: ballots from phones and from paper, and the participants checked in
    /// who may vote on it.
    pub async fn turnout(&self, panel_id: &str, number: u32) -> Result<SummitTurnout, StoreError> {
        let row = sqlx::query(
            "SELECT v.spec_json, \
             (SELECT COUNT(*) FROM summit_ballots b WHERE b.vote_id = v.id AND b.source = 'phone') AS phone, \
             (SELECT COUNT(*) FROM summit_ballots b WHERE b.vote_id = v.id AND b.source = 'paper') AS paper \
             FROM summit_votes v WHERE v.panel_id = $1 AND v.number = $2",
        )
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&self.pool)
        .await?
        .ok_or(SummitRefusal::UnknownVote)?;
        let spec: VoteSpec = from_json("vote", row.try_get("spec_json")?)?;
        let mut eligible = 0;
        for group_row in sqlx::query(
            "SELECT grp, COUNT(*) AS n FROM summit_participants \
             WHERE panel_id = $1 AND checked_in_at IS NOT NULL GROUP BY grp",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?
        {
            let group = parse_stored("group", group_row.try_get("grp")?, Group::parse)?;
            if spec.eligibility().allows(group) {
                eligible += count(&group_row, "n")?;
            }
        }
        Ok(SummitTurnout {
            phone: count(&row, "phone")?,
            paper: count(&row, "paper")?,
            eligible,
        })
    }
}
