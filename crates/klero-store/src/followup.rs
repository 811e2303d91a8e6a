//! Follow-up of a panel's recommendations: the handover, review rounds, the government's
//! answers, the commission's verdicts and questions. Each change is written with its audit
//! entry and, when the public may see it, its timeline event, in one transaction. The rules
//! that need the stored state (a published answer never changes) are checked in that
//! transaction, so two processes cannot both win.

use crate::audit::{Actor, append_for_panel};
use crate::{Store, StoreError, from_json, to_json};
use klero_domain::assembly::{Date, Panel};
use klero_domain::followup::input::{AnswerInput, QuestionInput, RecommendationInput, RoundInput};
use klero_domain::followup::tracker::{
    Answer, Event, EventKind, Question, Round, RoundChange, Tracker, VerdictRecord,
};
use klero_domain::followup::{Verdict, input::VerdictInput};
use klero_domain::lang::Localised;
use serde_json::json;
use sqlx::any::Any;
use sqlx::{Row, Transaction};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Why a follow-up change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// A recommendation with this number exists already.
    #[error("a recommendation with this number already exists")]
    NumberTaken,
    /// The recommendations were handed over already.
    #[error("the recommendations have been handed over already")]
    AlreadyHandedOver,
    /// The recommendations have not been handed over yet.
    #[error("the recommendations have not been handed over yet")]
    NotHandedOver,
    /// There are no recommendations to hand over.
    #[error("there are no recommendations")]
    NoRecommendations,
    /// The round is published: its answers and date are final.
    #[error("the round is published")]
    RoundPublished,
    /// The answer is not published, so it cannot be judged.
    #[error("the answer is not published")]
    NotPublished,
    /// The answer is published: it is final.
    #[error("the answer is published")]
    AnswerPublished,
    /// An answer is published on its own only once its round is: before, the round is.
    #[error("the round is not published yet")]
    RoundNotPublished,
    /// An import needs a panel with no recommendations.
    #[error("the panel already has recommendations")]
    NotEmpty,
    /// No such recommendation, round or question.
    #[error("no such item")]
    Unknown,
    /// The question has a reply already.
    #[error("the question has been answered")]
    AlreadyReplied,
}

impl From<Refusal> for StoreError {
    fn from(refusal: Refusal) -> Self {
        StoreError::Refused(refusal)
    }
}

fn date(what: &'static str, text: String) -> Result<Date, StoreError> {
    crate::parse_stored(what, text, Date::parse)
}

fn num(what: &'static str, value: i64) -> Result<u32, StoreError> {
    crate::stored_u32(what, value)
}

type Tx<'a> = Transaction<'a, Any>;

/// Appends a public event to a panel's timeline.
pub(crate) async fn event(
    tx: &mut Tx<'_>,
    panel_id: &str,
    kind: EventKind,
    recommendation: Option<u32>,
    round: Option<u32>,
    detail: &str,
    now: i64,
) -> Result<(), StoreError> {
    let seq: i64 = sqlx::query(
        "SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM followup_events WHERE panel_id = $1",
    )
    .bind(panel_id)
    .fetch_one(&mut **tx)
    .await?
    .try_get("next")?;
    sqlx::query(
        "INSERT INTO followup_events (panel_id, seq, at, kind, recommendation, round, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(panel_id)
    .bind(seq)
    .bind(now)
    .bind(kind.as_str())
    .bind(recommendation.map(i64::from))
    .bind(round.map(i64::from))
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn audit(
    tx: &mut Tx<'_>,
    actor: &Actor,
    panel: &Panel,
    action: &str,
    after: serde_json::Value,
    now: i64,
) -> Result<(), StoreError> {
    bump_version(tx, &panel.id).await?;
    append_for_panel(tx, actor, panel, action, after, now).await
}

/// Raises the panel's follow-up version, so that every process's cached tracker of the panel
/// is read again. Called by [`audit`], which every follow-up change calls in its transaction,
/// and when the panel's texts change (its theme is on the public tracker).
pub(crate) async fn bump_version(tx: &mut Tx<'_>, panel_id: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO followup_versions (panel_id, version) VALUES ($1, 1) \
         ON CONFLICT (panel_id) DO UPDATE SET version = followup_versions.version + 1",
    )
    .bind(panel_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Raises the follow-up version of every panel of an assembly: its texts (the title) are on
/// each panel's public tracker, which the web layer keeps rendered per version.
pub(crate) async fn bump_assembly_versions(
    tx: &mut Tx<'_>,
    assembly_id: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO followup_versions (panel_id, version)          SELECT id, 1 FROM panels WHERE assembly_id = $1          ON CONFLICT (panel_id) DO UPDATE SET version = followup_versions.version + 1",
    )
    .bind(assembly_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The most panels whose trackers a process keeps in memory; past it, the cache starts again.
const CACHED_PANELS: usize = 256;

/// A panel's tracker as last read, with the version it was read at.
#[derive(Debug)]
struct Cached {
    version: i64,
    full: Arc<Tracker>,
    public: Arc<Tracker>,
}

/// The trackers this process has assembled, per panel. An entry is served only while the
/// stored version is the one it was read at; the version is read before the tracker, so an
/// entry is never older than its version says (at worst newer, which only costs a re-read).
#[derive(Debug, Default)]
pub(crate) struct TrackerCache {
    panels: Mutex<HashMap<String, Cached>>,
}

impl TrackerCache {
    fn get(&self, panel_id: &str, version: i64, drafts: bool) -> Option<Arc<Tracker>> {
        let panels = self.panels.lock().unwrap_or_else(|e| e.into_inner());
        let cached = panels.get(panel_id).filter(|c| c.version == version)?;
        Some(Arc::clone(if drafts {
            &cached.full
        } else {
            &cached.public
        }))
    }

    fn put(&self, panel_id: &str, cached: Cached) {
        let mut panels = self.panels.lock().unwrap_or_else(|e| e.into_inner());
        if panels.len() >= CACHED_PANELS && !panels.contains_key(panel_id) {
            panels.clear();
        }
        panels.insert(panel_id.to_owned(), cached);
    }
}

async fn handover_date(tx: &mut Tx<'_>, panel_id: &str) -> Result<Option<Date>, StoreError> {
    let row = sqlx::query("SELECT handed_over_on FROM handovers WHERE panel_id = $1")
        .bind(panel_id)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|r| date("handover date", r.try_get("handed_over_on")?))
        .transpose()
}

/// The round's stored id and whether it is published.
async fn round_row(
    tx: &mut Tx<'_>,
    panel_id: &str,
    number: u32,
) -> Result<(String, bool, Date), StoreError> {
    let row = sqlx::query(
        "SELECT id, published_at, due_on FROM review_rounds WHERE panel_id = $1 AND number = $2",
    )
    .bind(panel_id)
    .bind(i64::from(number))
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(Refusal::Unknown)?;
    let published: Option<i64> = row.try_get("published_at")?;
    Ok((
        row.try_get("id")?,
        published.is_some(),
        date("due date", row.try_get("due_on")?)?,
    ))
}

/// Whether the answer to a recommendation in a round is published; `None` when there is none.
async fn answer_published(
    tx: &mut Tx<'_>,
    panel_id: &str,
    recommendation: u32,
    round: u32,
) -> Result<Option<bool>, StoreError> {
    let row = sqlx::query(
        "SELECT published_at FROM answers WHERE panel_id = $1 AND recommendation = $2 AND round = $3",
    )
    .bind(panel_id)
    .bind(i64::from(recommendation))
    .bind(i64::from(round))
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|r| {
        let at: Option<i64> = r.try_get("published_at")?;
        Ok(at.is_some())
    })
    .transpose()
}

async fn recommendation_exists(
    tx: &mut Tx<'_>,
    panel_id: &str,
    number: u32,
) -> Result<bool, StoreError> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM recommendations WHERE panel_id = $1 AND number = $2")
            .bind(panel_id)
            .bind(i64::from(number))
            .fetch_optional(&mut **tx)
            .await?
            .is_some(),
    )
}

pub(crate) async fn insert_recommendation(
    tx: &mut Tx<'_>,
    panel_id: &str,
    input: &RecommendationInput,
    now: i64,
) -> Result<(), StoreError> {
    if recommendation_exists(tx, panel_id, input.number).await? {
        return Err(Refusal::NumberTaken.into());
    }
    sqlx::query(
        "INSERT INTO recommendations (id, panel_id, number, body_json, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(crate::new_id()?)
    .bind(panel_id)
    .bind(i64::from(input.number))
    .bind(to_json(input))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn insert_round(
    tx: &mut Tx<'_>,
    panel_id: &str,
    round: &Round,
) -> Result<String, StoreError> {
    let id = crate::new_id()?;
    sqlx::query(
        "INSERT INTO review_rounds (id, panel_id, number, label_json, months, due_on, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(panel_id)
    .bind(i64::from(round.number))
    .bind(to_json(&round.label))
    .bind(round.months.map(i64::from))
    .bind(round.due_on.to_string())
    .bind(round.published_at)
    .execute(&mut **tx)
    .await?;
    for change in &round.changes {
        insert_change(tx, &id, change).await?;
    }
    Ok(id)
}

async fn insert_change(
    tx: &mut Tx<'_>,
    round_id: &str,
    change: &RoundChange,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO round_changes (round_id, seq, at, from_due_on, to_due_on, reason) \
         VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM round_changes WHERE round_id = $2), \
         $3, $4, $5, $6)",
    )
    .bind(round_id)
    .bind(round_id)
    .bind(change.at)
    .bind(change.from.map(|d| d.to_string()))
    .bind(change.to.to_string())
    .bind(&change.reason)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn count_recommendations(tx: &mut Tx<'_>, panel_id: &str) -> Result<i64, StoreError> {
    Ok(
        sqlx::query("SELECT COUNT(*) AS n FROM recommendations WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_one(&mut **tx)
            .await?
            .try_get("n")?,
    )
}

async fn insert_handover(
    tx: &mut Tx<'_>,
    panel_id: &str,
    on: Date,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO handovers (panel_id, handed_over_on, recorded_at) VALUES ($1, $2, $3)",
    )
    .bind(panel_id)
    .bind(on.to_string())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn insert_answer(tx: &mut Tx<'_>, panel_id: &str, answer: &Answer) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO answers (panel_id, recommendation, round, body_json, updated_at, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(panel_id)
    .bind(i64::from(answer.recommendation))
    .bind(i64::from(answer.round))
    .bind(to_json(&answer.body))
    .bind(answer.updated_at)
    .bind(answer.published_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One member's verdict; `member_key` is never published.
async fn insert_verdict(
    tx: &mut Tx<'_>,
    panel_id: &str,
    member_key: &str,
    verdict: &VerdictRecord,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO verdicts (panel_id, recommendation, round, member_key, verdict, comment, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(panel_id)
    .bind(i64::from(verdict.recommendation))
    .bind(i64::from(verdict.round))
    .bind(member_key)
    .bind(verdict.verdict.as_str())
    .bind(&verdict.comment)
    .bind(verdict.at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The tables whose rows are numbered within a panel.
#[derive(Clone, Copy)]
enum Numbered {
    Rounds,
    Questions,
}

async fn next_number(tx: &mut Tx<'_>, table: Numbered, panel_id: &str) -> Result<u32, StoreError> {
    let sql = match table {
        Numbered::Rounds => {
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM review_rounds WHERE panel_id = $1"
        }
        Numbered::Questions => {
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM followup_questions WHERE panel_id = $1"
        }
    };
    let next: i64 = sqlx::query(sql)
        .bind(panel_id)
        .fetch_one(&mut **tx)
        .await?
        .try_get("next")?;
    num("number", next)
}

impl Store {
    /// The id of panel `number` of the assembly `slug` and its follow-up version (0 before the
    /// first change), in one indexed read; `None` when there is no such panel. The version
    /// moves with every follow-up change and every change of the assembly's or the panel's
    /// texts, so what was rendered from them at a version is still true while it holds.
    pub async fn followup_version_at(
        &self,
        slug: &str,
        number: u32,
    ) -> Result<Option<(String, i64)>, StoreError> {
        let row = sqlx::query(
            "SELECT p.id, v.version FROM assemblies a \
             JOIN panels p ON p.assembly_id = a.id AND p.number = $2 \
             LEFT JOIN followup_versions v ON v.panel_id = p.id \
             WHERE a.slug = $1",
        )
        .bind(slug)
        .bind(i64::from(number))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            let version: Option<i64> = row.try_get("version")?;
            Ok((row.try_get("id")?, version.unwrap_or(0)))
        })
        .transpose()
    }

    /// A panel's whole follow-up; with `drafts`, answers in unpublished rounds too (for the
    /// government and the organisers), otherwise only what the public may see. Served from
    /// this process's memory while the panel's stored version has not moved.
    pub async fn tracker(&self, panel_id: &str, drafts: bool) -> Result<Arc<Tracker>, StoreError> {
        let version: i64 = sqlx::query("SELECT version FROM followup_versions WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?
            .map(|row| row.try_get("version"))
            .transpose()?
            .unwrap_or(0);
        if let Some(tracker) = self.trackers.get(panel_id, version, drafts) {
            return Ok(tracker);
        }
        let full = self.read_tracker(panel_id).await?;
        let public = Arc::new(full.clone().public());
        let full = Arc::new(full);
        let wanted = Arc::clone(if drafts { &full } else { &public });
        self.trackers.put(
            panel_id,
            Cached {
                version,
                full,
                public,
            },
        );
        Ok(wanted)
    }

    /// Reads a panel's whole follow-up, drafts included, from the database.
    async fn read_tracker(&self, panel_id: &str) -> Result<Tracker, StoreError> {
        let pool = &self.pool;
        let handed_over_on =
            sqlx::query("SELECT handed_over_on FROM handovers WHERE panel_id = $1")
                .bind(panel_id)
                .fetch_optional(pool)
                .await?
                .map(|r| date("handover date", r.try_get("handed_over_on")?))
                .transpose()?;
        let recommendations = sqlx::query(
            "SELECT body_json FROM recommendations WHERE panel_id = $1 ORDER BY number",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|r| from_json("recommendation", r.try_get("body_json")?))
        .collect::<Result<Vec<RecommendationInput>, _>>()?;
        let change_rows = sqlx::query(
            "SELECT r.number, c.at, c.from_due_on, c.to_due_on, c.reason \
             FROM round_changes c JOIN review_rounds r ON r.id = c.round_id \
             WHERE r.panel_id = $1 ORDER BY r.number, c.seq",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?;
        let mut rounds = Vec::new();
        for row in sqlx::query(
            "SELECT number, label_json, months, due_on, published_at FROM review_rounds \
             WHERE panel_id = $1 ORDER BY number",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?
        {
            let number = num("round number", row.try_get("number")?)?;
            let months: Option<i64> = row.try_get("months")?;
            rounds.push(Round {
                number,
                label: from_json("round label", row.try_get("label_json")?)?,
                months: months.map(|m| num("months", m)).transpose()?,
                due_on: date("due date", row.try_get("due_on")?)?,
                published_at: row.try_get("published_at")?,
                changes: Vec::new(),
            });
        }
        for row in change_rows {
            let number = num("round number", row.try_get("number")?)?;
            let from: Option<String> = row.try_get("from_due_on")?;
            let change = RoundChange {
                at: row.try_get("at")?,
                from: from.map(|f| date("due date", f)).transpose()?,
                to: date("due date", row.try_get("to_due_on")?)?,
                reason: row.try_get("reason")?,
            };
            if let Some(round) = rounds.iter_mut().find(|r| r.number == number) {
                round.changes.push(change);
            }
        }
        let mut answers = Vec::new();
        for row in sqlx::query(
            "SELECT recommendation, round, body_json, updated_at, published_at FROM answers \
             WHERE panel_id = $1 ORDER BY recommendation, round",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?
        {
            answers.push(Answer {
                recommendation: num("recommendation", row.try_get("recommendation")?)?,
                round: num("round number", row.try_get("round")?)?,
                body: from_json::<AnswerInput>("answer", row.try_get("body_json")?)?,
                updated_at: row.try_get("updated_at")?,
                published_at: row.try_get("published_at")?,
            });
        }
        let mut verdicts = Vec::new();
        for row in sqlx::query(
            "SELECT recommendation, round, verdict, comment, at FROM verdicts \
             WHERE panel_id = $1 ORDER BY recommendation, round, at, member_key",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?
        {
            verdicts.push(VerdictRecord {
                recommendation: num("recommendation", row.try_get("recommendation")?)?,
                round: num("round number", row.try_get("round")?)?,
                verdict: crate::parse_stored("verdict", row.try_get("verdict")?, Verdict::parse)?,
                comment: row.try_get("comment")?,
                at: row.try_get("at")?,
            });
        }
        let mut questions = Vec::new();
        for row in sqlx::query(
            "SELECT number, recommendation, question, asked_at, due_on, reply, replied_at \
             FROM followup_questions WHERE panel_id = $1 ORDER BY number",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?
        {
            questions.push(Question {
                number: num("question number", row.try_get("number")?)?,
                recommendation: num("recommendation", row.try_get("recommendation")?)?,
                question: row.try_get("question")?,
                asked_at: row.try_get("asked_at")?,
                due_on: date("due date", row.try_get("due_on")?)?,
                reply: row.try_get("reply")?,
                replied_at: row.try_get("replied_at")?,
            });
        }
        let mut events = Vec::new();
        for row in sqlx::query(
            "SELECT seq, at, kind, recommendation, round, detail FROM followup_events \
             WHERE panel_id = $1 ORDER BY seq",
        )
        .bind(panel_id)
        .fetch_all(pool)
        .await?
        {
            let seq: i64 = row.try_get("seq")?;
            let recommendation: Option<i64> = row.try_get("recommendation")?;
            let round: Option<i64> = row.try_get("round")?;
            events.push(Event {
                seq: u64::try_from(seq).unwrap_or(0),
                at: row.try_get("at")?,
                kind: crate::parse_stored("event", row.try_get("kind")?, EventKind::parse)?,
                recommendation: recommendation
                    .map(|n| num("recommendation", n))
                    .transpose()?,
                round: round.map(|n| num("round number", n)).transpose()?,
                detail: row.try_get("detail")?,
            });
        }
        let tracker = Tracker {
            handed_over_on,
            recommendations,
            rounds,
            answers,
            verdicts,
            questions,
            events,
        };
        Ok(tracker)
    }

    /// Adds recommendations to a panel, all or none; refused after the handover or when a
    /// number is taken.
    pub async fn add_recommendations(
        &self,
        panel: &Panel,
        inputs: &[RecommendationInput],
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        if handover_date(&mut tx, &panel.id).await?.is_some() {
            return Err(Refusal::AlreadyHandedOver.into());
        }
        for input in inputs {
            insert_recommendation(&mut tx, &panel.id, input, now).await?;
        }
        let numbers: Vec<u32> = inputs.iter().map(|i| i.number).collect();
        audit(
            &mut tx,
            actor,
            panel,
            "recommendations.add",
            json!({ "numbers": numbers }),
            now,
        )
        .await?;
        let single = (inputs.len() == 1).then(|| inputs[0].number);
        event(
            &mut tx,
            &panel.id,
            EventKind::RecommendationsAdded,
            single,
            None,
            &inputs.len().to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces a recommendation's texts and vote; refused after the handover.
    pub async fn update_recommendation(
        &self,
        panel: &Panel,
        input: &RecommendationInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        if handover_date(&mut tx, &panel.id).await?.is_some() {
            return Err(Refusal::AlreadyHandedOver.into());
        }
        let updated = sqlx::query(
            "UPDATE recommendations SET body_json = $1 WHERE panel_id = $2 AND number = $3",
        )
        .bind(to_json(input))
        .bind(&panel.id)
        .bind(i64::from(input.number))
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(Refusal::Unknown.into());
        }
        audit(
            &mut tx,
            actor,
            panel,
            "recommendation.update",
            json!(input),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records the handover on `on`, which starts the clock: the default review rounds are
    /// created, due 3 and 12 months later.
    pub async fn record_handover(
        &self,
        panel: &Panel,
        on: Date,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        hand_over(&mut tx, panel, on, actor, now).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Records the handover on `on` in `tx`: refused when it was recorded already or there is no
/// recommendation; creates the default review rounds, audits and writes the timeline's event.
pub(crate) async fn hand_over(
    tx: &mut Tx<'_>,
    panel: &Panel,
    on: Date,
    actor: &Actor,
    now: i64,
) -> Result<(), StoreError> {
    {
        if handover_date(tx, &panel.id).await?.is_some() {
            return Err(Refusal::AlreadyHandedOver.into());
        }
        if count_recommendations(tx, &panel.id).await? == 0 {
            return Err(Refusal::NoRecommendations.into());
        }
        insert_handover(tx, &panel.id, on, now).await?;
        let first = next_number(tx, Numbered::Rounds, &panel.id).await?;
        for (i, (months, due_on)) in Tracker::default_rounds(on).into_iter().enumerate() {
            let round = Round {
                number: first + u32::try_from(i).unwrap_or(0),
                label: Localised::new(),
                months: Some(months),
                due_on,
                published_at: None,
                changes: vec![RoundChange {
                    at: now,
                    from: None,
                    to: due_on,
                    reason: String::new(),
                }],
            };
            insert_round(tx, &panel.id, &round).await?;
        }
        audit(
            tx,
            actor,
            panel,
            "followup.handover",
            json!({ "handed_over_on": on.to_string() }),
            now,
        )
        .await?;
        event(
            tx,
            &panel.id,
            EventKind::Handover,
            None,
            None,
            &on.to_string(),
            now,
        )
        .await?;
    }
    Ok(())
}

impl Store {
    /// Adds a review round; returns its number.
    pub async fn add_round(
        &self,
        panel: &Panel,
        input: &RoundInput,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.pool.begin().await?;
        if handover_date(&mut tx, &panel.id).await?.is_none() {
            return Err(Refusal::NotHandedOver.into());
        }
        let number = next_number(&mut tx, Numbered::Rounds, &panel.id).await?;
        let round = Round {
            number,
            label: input.label.clone(),
            months: None,
            due_on: input.due_on,
            published_at: None,
            changes: vec![RoundChange {
                at: now,
                from: None,
                to: input.due_on,
                reason: input.reason.clone(),
            }],
        };
        insert_round(&mut tx, &panel.id, &round).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.round.add",
            json!({ "round": number, "due_on": input.due_on.to_string(), "reason": input.reason }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::RoundAdded,
            None,
            Some(number),
            &input.due_on.to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Moves a round's due date (and renames it); refused once it is published.
    pub async fn move_round(
        &self,
        panel: &Panel,
        number: u32,
        input: &RoundInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let (id, published, before) = round_row(&mut tx, &panel.id, number).await?;
        if published {
            return Err(Refusal::RoundPublished.into());
        }
        sqlx::query("UPDATE review_rounds SET due_on = $1, label_json = $2 WHERE id = $3")
            .bind(input.due_on.to_string())
            .bind(to_json(&input.label))
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        let change = RoundChange {
            at: now,
            from: Some(before),
            to: input.due_on,
            reason: input.reason.clone(),
        };
        insert_change(&mut tx, &id, &change).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.round.move",
            json!({ "round": number, "from": before.to_string(), "to": input.due_on.to_string(), "reason": input.reason }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::RoundMoved,
            None,
            Some(number),
            &input.due_on.to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Saves the government's draft answer to a recommendation in a round; refused once that
    /// answer is published (it is then final, superseded only in a later round). In a round
    /// already published, a recommendation it left unanswered can still be answered: the
    /// draft is then published on its own ([`Store::publish_answer`]).
    pub async fn save_answer(
        &self,
        panel: &Panel,
        recommendation: u32,
        round: u32,
        input: &AnswerInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        round_row(&mut tx, &panel.id, round).await?;
        if !recommendation_exists(&mut tx, &panel.id, recommendation).await? {
            return Err(Refusal::Unknown.into());
        }
        let (rec, rnd) = (i64::from(recommendation), i64::from(round));
        if answer_published(&mut tx, &panel.id, recommendation, round).await? == Some(true) {
            return Err(Refusal::AnswerPublished.into());
        }
        sqlx::query(
            "DELETE FROM answers WHERE panel_id = $1 AND recommendation = $2 AND round = $3 \
             AND published_at IS NULL",
        )
        .bind(&panel.id)
        .bind(rec)
        .bind(rnd)
        .execute(&mut *tx)
        .await?;
        let answer = Answer {
            recommendation,
            round,
            body: input.clone(),
            updated_at: now,
            published_at: None,
        };
        insert_answer(&mut tx, &panel.id, &answer).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.answer.save",
            json!({ "recommendation": recommendation, "round": round, "position": input.position.as_str() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publishes one answer drafted after its round was published (a recommendation the
    /// round left unanswered): public and final from now, dated now. Refused before the round
    /// is published (the round's publication publishes its drafts), without a draft, or when
    /// the answer is published already.
    pub async fn publish_answer(
        &self,
        panel: &Panel,
        recommendation: u32,
        round: u32,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let (_, round_published, _) = round_row(&mut tx, &panel.id, round).await?;
        if !round_published {
            return Err(Refusal::RoundNotPublished.into());
        }
        match answer_published(&mut tx, &panel.id, recommendation, round).await? {
            None => return Err(Refusal::Unknown.into()),
            Some(true) => return Err(Refusal::AnswerPublished.into()),
            Some(false) => {}
        }
        sqlx::query(
            "UPDATE answers SET published_at = $1 WHERE panel_id = $2 AND recommendation = $3 \
             AND round = $4 AND published_at IS NULL",
        )
        .bind(now)
        .bind(&panel.id)
        .bind(i64::from(recommendation))
        .bind(i64::from(round))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.answer.publish",
            json!({ "recommendation": recommendation, "round": round }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::AnswerPublished,
            Some(recommendation),
            Some(round),
            "",
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publishes a round: its answers become public and final.
    pub async fn publish_round(
        &self,
        panel: &Panel,
        number: u32,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let (id, published, _) = round_row(&mut tx, &panel.id, number).await?;
        if published {
            return Err(Refusal::RoundPublished.into());
        }
        sqlx::query(
            "UPDATE review_rounds SET published_at = $1 WHERE id = $2 AND published_at IS NULL",
        )
        .bind(now)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE answers SET published_at = $1 WHERE panel_id = $2 AND round = $3 \
             AND published_at IS NULL",
        )
        .bind(now)
        .bind(&panel.id)
        .bind(i64::from(number))
        .execute(&mut *tx)
        .await?;
        let answered: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM answers WHERE panel_id = $1 AND round = $2")
                .bind(&panel.id)
                .bind(i64::from(number))
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.round.publish",
            json!({ "round": number, "answers": answered }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::RoundPublished,
            None,
            Some(number),
            &answered.to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records (or replaces) the acting commission member's verdict on a published answer.
    pub async fn save_verdict(
        &self,
        panel: &Panel,
        recommendation: u32,
        round: u32,
        input: &VerdictInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        // One verdict per member: the member is the person acting.
        let member_id = match actor {
            Actor::Person { id, .. } => id.as_str(),
            Actor::System => "system",
        };
        let mut tx = self.pool.begin().await?;
        round_row(&mut tx, &panel.id, round).await?;
        if answer_published(&mut tx, &panel.id, recommendation, round).await? != Some(true) {
            return Err(Refusal::NotPublished.into());
        }
        sqlx::query(
            "DELETE FROM verdicts WHERE panel_id = $1 AND recommendation = $2 AND round = $3 \
             AND member_key = $4",
        )
        .bind(&panel.id)
        .bind(i64::from(recommendation))
        .bind(i64::from(round))
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
        let record = VerdictRecord {
            recommendation,
            round,
            verdict: input.verdict,
            comment: input.comment.clone(),
            at: now,
        };
        insert_verdict(&mut tx, &panel.id, member_id, &record).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.verdict",
            json!({ "recommendation": recommendation, "round": round, "verdict": input.verdict.as_str() }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::VerdictGiven,
            Some(recommendation),
            Some(round),
            input.verdict.as_str(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The answers (recommendation, round) on which the commission member `account_id` has
    /// given a verdict: the rest of the published answers await theirs.
    pub async fn judged_by(
        &self,
        panel_id: &str,
        account_id: &str,
    ) -> Result<Vec<(u32, u32)>, StoreError> {
        sqlx::query(
            "SELECT recommendation, round FROM verdicts WHERE panel_id = $1 AND member_key = $2 \
             ORDER BY recommendation, round",
        )
        .bind(panel_id)
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|row| {
            Ok((
                num("recommendation", row.try_get("recommendation")?)?,
                num("round number", row.try_get("round")?)?,
            ))
        })
        .collect()
    }

    /// Records a commission question about a recommendation; returns its number.
    pub async fn ask_question(
        &self,
        panel: &Panel,
        recommendation: u32,
        input: &QuestionInput,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.pool.begin().await?;
        if !recommendation_exists(&mut tx, &panel.id, recommendation).await? {
            return Err(Refusal::Unknown.into());
        }
        let number = next_number(&mut tx, Numbered::Questions, &panel.id).await?;
        sqlx::query(
            "INSERT INTO followup_questions (panel_id, number, recommendation, question, asked_at, due_on) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&panel.id)
        .bind(i64::from(number))
        .bind(i64::from(recommendation))
        .bind(&input.text)
        .bind(now)
        .bind(input.due_on.to_string())
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.question.ask",
            json!({ "question": number, "recommendation": recommendation, "due_on": input.due_on.to_string() }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::QuestionAsked,
            Some(recommendation),
            None,
            &number.to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    /// Records the government's reply to a question; a reply is final.
    pub async fn reply_question(
        &self,
        panel: &Panel,
        number: u32,
        reply: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "SELECT recommendation, reply FROM followup_questions WHERE panel_id = $1 AND number = $2",
        )
        .bind(&panel.id)
        .bind(i64::from(number))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(Refusal::Unknown)?;
        let existing: Option<String> = row.try_get("reply")?;
        if existing.is_some() {
            return Err(Refusal::AlreadyReplied.into());
        }
        let recommendation = num("recommendation", row.try_get("recommendation")?)?;
        sqlx::query(
            "UPDATE followup_questions SET reply = $1, replied_at = $2 \
             WHERE panel_id = $3 AND number = $4 AND reply IS NULL",
        )
        .bind(reply)
        .bind(now)
        .bind(&panel.id)
        .bind(i64::from(number))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "followup.question.reply",
            json!({ "question": number }),
            now,
        )
        .await?;
        event(
            &mut tx,
            &panel.id,
            EventKind::QuestionAnswered,
            Some(recommendation),
            None,
            &number.to_string(),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes a published tracker (an open-data export) into a panel that has no
    /// recommendations yet, all or nothing. Verdicts get keys of their own (members are not
    /// in the export).
    pub async fn import_tracker(
        &self,
        panel: &Panel,
        tracker: &Tracker,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        let existing = count_recommendations(&mut tx, &panel.id).await?;
        let rounds: i64 =
            sqlx::query("SELECT COUNT(*) AS n FROM review_rounds WHERE panel_id = $1")
                .bind(&panel.id)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
        if existing > 0 || rounds > 0 || handover_date(&mut tx, &panel.id).await?.is_some() {
            return Err(Refusal::NotEmpty.into());
        }
        for input in &tracker.recommendations {
            insert_recommendation(&mut tx, &panel.id, input, now).await?;
        }
        if let Some(on) = tracker.handed_over_on {
            insert_handover(&mut tx, &panel.id, on, now).await?;
        }
        for round in &tracker.rounds {
            insert_round(&mut tx, &panel.id, round).await?;
        }
        let mut dated = tracker.clone();
        dated.date_answers_by_round();
        for answer in &dated.answers {
            insert_answer(&mut tx, &panel.id, answer).await?;
        }
        for (i, verdict) in tracker.verdicts.iter().enumerate() {
            let member_key = format!("import-{}", i + 1);
            insert_verdict(&mut tx, &panel.id, &member_key, verdict).await?;
        }
        for q in &tracker.questions {
            sqlx::query(
                "INSERT INTO followup_questions \
                 (panel_id, number, recommendation, question, asked_at, due_on, reply, replied_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&panel.id)
            .bind(i64::from(q.number))
            .bind(i64::from(q.recommendation))
            .bind(&q.question)
            .bind(q.asked_at)
            .bind(q.due_on.to_string())
            .bind(&q.reply)
            .bind(q.replied_at)
            .execute(&mut *tx)
            .await?;
        }
        for e in &tracker.events {
            event(
                &mut tx,
                &panel.id,
                e.kind,
                e.recommendation,
                e.round,
                &e.detail,
                e.at,
            )
            .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "followup.import",
            json!({
                "recommendations": tracker.recommendations.len(),
                "rounds": tracker.rounds.len(),
                "answers": tracker.answers.len(),
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
