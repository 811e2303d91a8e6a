//! Phone ballots written in groups (a group commit). A hall of 1,000 phones voting within a
//! second would otherwise be 1,000 transactions, each taking the panel's pulse row in turn and
//! waiting for its own commit to reach the disk: on PostgreSQL about 4 ms each, so the last
//! voter waited seconds. Instead, each process keeps one queue of ballots waiting to be
//! written and at most one task writing them: a ballot that finds no writer starts one, which
//! takes every ballot waiting (up to [`MAX_GROUP`]) and writes them in one transaction per
//! panel (one bump of the pulse, one read of the votes, one of the voters, one insert per
//! hundred ballots, one commit), then takes what arrived meanwhile, until the queue is empty.
//! A lone ballot is written at once: nothing waits for a group to fill.
//!
//! Each ballot gets its own answer: the checks of [`Store::cast_ballot`] run per ballot inside
//! the group's transaction, so a refused ballot refuses only itself. Should the group's
//! transaction fail, each of its ballots is written again on its own, with its own outcome.
//! The writer is its own task, so a request that goes away does not stop the others' writing.

use super::votes::voter_key;
use super::{SummitRefusal, from_json, to_json};
use crate::{Store, StoreError, digest, parse_stored};
use klero_domain::summit::participant::VotingCode;
use klero_domain::summit::voting::{Ballot, Group, VoteSpec, VoteState};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::Mutex;
use tokio::sync::oneshot;

/// The most ballots one writer's turn takes from the queue.
const MAX_GROUP: usize = 500;
/// Ballots per `INSERT` statement (4 parameters each, under SQLite's 999).
const ROWS_PER_INSERT: usize = 100;
/// Codes per `SELECT ... IN (...)` (under SQLite's 999 parameters).
const CODES_PER_SELECT: usize = 400;

/// A ballot waiting to be written, and where its answer goes.
pub(crate) struct Pending {
    pub panel_id: String,
    pub number: u32,
    pub code: VotingCode,
    pub ballot: Ballot,
    pub now: i64,
    pub reply: oneshot::Sender<Result<(), StoreError>>,
}

/// The ballots waiting in this process, and whether a writer is at work.
#[derive(Default)]
pub(crate) struct BallotQueue {
    state: Mutex<QueueState>,
}

impl std::fmt::Debug for BallotQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BallotQueue").finish_non_exhaustive()
    }
}

#[derive(Default)]
struct QueueState {
    waiting: Vec<Pending>,
    writing: bool,
}

impl BallotQueue {
    /// Queues a ballot; true when no writer is at work, so the caller must start one.
    fn push(&self, pending: Pending) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.waiting.push(pending);
        !std::mem::replace(&mut state.writing, true)
    }

    /// The next group to write, or `None` (and the writer's end) when the queue is empty.
    fn take(&self) -> Option<Vec<Pending>> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.waiting.is_empty() {
            state.writing = false;
            return None;
        }
        let keep = state.waiting.len().min(MAX_GROUP);
        let later = state.waiting.split_off(keep);
        Some(std::mem::replace(&mut state.waiting, later))
    }
}

/// A vote as the group's checks need it.
struct VoteRow {
    id: String,
    state: VoteState,
    spec: VoteSpec,
}

/// A voter as the group's checks need it.
struct VoterRow {
    id: String,
    group: Option<String>,
    checked_in: bool,
}

impl Store {
    /// Stores `ballot` as the holder of `code`'s ballot on vote `number` of the panel,
    /// replacing their earlier one. Refused unless the vote is open, the code known, its
    /// holder checked in and of a group that may vote, and the ballot fits the vote. Not
    /// audited: the ballot is secret. Ballots that arrive together are written together (see
    /// the module's documentation); each gets its own outcome.
    pub async fn cast_ballot(
        &self,
        panel_id: &str,
        number: u32,
        code: &VotingCode,
        ballot: &Ballot,
        now: i64,
    ) -> Result<(), StoreError> {
        let (reply, answer) = oneshot::channel();
        let pending = Pending {
            panel_id: panel_id.to_owned(),
            number,
            code: code.clone(),
            ballot: ballot.clone(),
            now,
            reply,
        };
        if self.ballots.push(pending) {
            tokio::spawn(self.clone().write_queued_ballots());
        }
        answer
            .await
            .unwrap_or(Err(StoreError::Database(sqlx::Error::WorkerCrashed)))
    }

    /// The writer: groups from the queue until it is empty. Each group is written in a task
    /// of its own, so that even a panic in one leaves the queue served (its ballots' callers
    /// then get an error).
    async fn write_queued_ballots(self) {
        while let Some(group) = self.ballots.take() {
            let store = self.clone();
            let _ = tokio::spawn(async move { store.write_group(group).await }).await;
        }
    }

    /// Writes a group of ballots, one transaction per panel, and answers each.
    async fn write_group(&self, group: Vec<Pending>) {
        let mut panels: Vec<(String, Vec<Pending>)> = Vec::new();
        for pending in group {
            match panels.iter_mut().find(|(id, _)| *id == pending.panel_id) {
                Some((_, ballots)) => ballots.push(pending),
                None => panels.push((pending.panel_id.clone(), vec![pending])),
            }
        }
        for (panel_id, ballots) in panels {
            match self.write_panel_ballots(&panel_id, &ballots).await {
                Ok(outcomes) => {
                    for (pending, outcome) in ballots.into_iter().zip(outcomes) {
                        let _ = pending.reply.send(outcome.map_err(StoreError::from));
                    }
                }
                Err(_) => {
                    for p in ballots {
                        let outcome = self
                            .cast_one_ballot(&p.panel_id, p.number, &p.code, &p.ballot, p.now)
                            .await;
                        let _ = p.reply.send(outcome);
                    }
                }
            }
        }
    }

    /// One transaction for a panel's ballots: each one's outcome, or an error of the
    /// database (then nothing was written).
    async fn write_panel_ballots(
        &self,
        panel_id: &str,
        ballots: &[Pending],
    ) -> Result<Vec<Result<(), SummitRefusal>>, StoreError> {
        let mut tx = self.begin_write().await?;
        let bumped = sqlx::query("UPDATE summit_pulse SET n = n + 1 WHERE panel_id = $1")
            .bind(panel_id)
            .execute(&mut *tx)
            .await?;
        if bumped.rows_affected() == 0 {
            // No summit writes to this panel yet, so no vote.
            return Ok(vec![Err(SummitRefusal::UnknownVote); ballots.len()]);
        }

        let mut numbers: Vec<i64> = ballots.iter().map(|b| i64::from(b.number)).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let sql = format!(
            "SELECT id, number, state, spec_json FROM summit_votes \
             WHERE panel_id = $1 AND number IN ({})",
            placeholders(2, numbers.len())
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(panel_id);
        for n in &numbers {
            query = query.bind(*n);
        }
        let mut votes: HashMap<i64, VoteRow> = HashMap::new();
        for row in query.fetch_all(&mut *tx).await? {
            votes.insert(
                row.try_get("number")?,
                VoteRow {
                    id: row.try_get("id")?,
                    state: parse_stored("vote state", row.try_get("state")?, VoteState::parse)?,
                    spec: from_json("vote", row.try_get("spec_json")?)?,
                },
            );
        }

        let hashes: Vec<String> = ballots.iter().map(|b| digest(b.code.as_str())).collect();
        let mut distinct: Vec<&String> = hashes.iter().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let mut voters: HashMap<String, VoterRow> = HashMap::new();
        for chunk in distinct.chunks(CODES_PER_SELECT) {
            let sql = format!(
                "SELECT id, code_hash, grp, checked_in_at FROM summit_participants \
                 WHERE panel_id = $1 AND code_hash IN ({})",
                placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(panel_id);
            for hash in chunk {
                query = query.bind(hash.as_str());
            }
            for row in query.fetch_all(&mut *tx).await? {
                let checked_in_at: Option<i64> = row.try_get("checked_in_at")?;
                voters.insert(
                    row.try_get("code_hash")?,
                    VoterRow {
                        id: row.try_get("id")?,
                        group: row.try_get("grp")?,
                        checked_in: checked_in_at.is_some(),
                    },
                );
            }
        }

        // The rows to write, one per voter and vote: of two ballots from one voter in a
        // group, the later (in the queue's order) is kept, as if written one after the other.
        let mut rows: Vec<(String, String, String, i64)> = Vec::new();
        let mut row_of: HashMap<(String, String), usize> = HashMap::new();
        let mut outcomes = Vec::with_capacity(ballots.len());
        for (pending, hash) in ballots.iter().zip(&hashes) {
            let vote = votes.get(&i64::from(pending.number));
            let voter = voters.get(hash);
            let outcome = check(vote, voter, &pending.ballot)?;
            if let (Ok(()), Some(vote), Some(voter)) = (&outcome, vote, voter) {
                let key = (vote.id.clone(), voter_key(&vote.id, &voter.id));
                let row = (
                    key.0.clone(),
                    key.1.clone(),
                    to_json(&pending.ballot),
                    pending.now,
                );
                match row_of.get(&key) {
                    Some(&i) => rows[i] = row,
                    None => {
                        row_of.insert(key, rows.len());
                        rows.push(row);
                    }
                }
            }
            outcomes.push(outcome);
        }
        if rows.is_empty() {
            // Every ballot refused: nothing changed, so the pulse does not move either.
            tx.rollback().await?;
            return Ok(outcomes);
        }
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let p = 4 * i;
                    format!(
                        "(${}, ${}, 'phone', NULL, ${}, ${})",
                        p + 1,
                        p + 2,
                        p + 3,
                        p + 4
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO summit_ballots (vote_id, voter, source, serial, ballot_json, cast_at) \
                 VALUES {} ON CONFLICT (vote_id, voter) \
                 DO UPDATE SET ballot_json = excluded.ballot_json, cast_at = excluded.cast_at",
                values.join(", ")
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for (vote_id, voter, json, now) in chunk {
                query = query
                    .bind(vote_id.as_str())
                    .bind(voter.as_str())
                    .bind(json.as_str())
                    .bind(*now);
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(outcomes)
    }
}

/// The checks of one ballot, in the order [`Store::cast_ballot`] documents; an error only
/// for a stored value the code does not understand.
fn check(
    vote: Option<&VoteRow>,
    voter: Option<&VoterRow>,
    ballot: &Ballot,
) -> Result<Result<(), SummitRefusal>, StoreError> {
    let Some(vote) = vote else {
        return Ok(Err(SummitRefusal::UnknownVote));
    };
    if !vote.state.accepts_ballots() {
        return Ok(Err(SummitRefusal::VoteNotOpen));
    }
    let Some(voter) = voter else {
        return Ok(Err(SummitRefusal::CodeUnknown));
    };
    if !voter.checked_in {
        return Ok(Err(SummitRefusal::NotCheckedIn));
    }
    let group = parse_stored(
        "group",
        voter.group.clone().unwrap_or_default(),
        Group::parse,
    )?;
    if !vote.spec.eligibility().allows(group) {
        return Ok(Err(SummitRefusal::NotEligible));
    }
    if vote.spec.check(ballot).is_err() {
        return Ok(Err(SummitRefusal::InvalidBallot));
    }
    Ok(Ok(()))
}

/// `$first, $first+1, ...`: `count` numbered placeholders.
fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}
