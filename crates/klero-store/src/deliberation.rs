//! A panel's deliberation (migration `0018`): the organiser's settings, the sessions and their
//! attendance, the recommendations drafted (every save a version, kept), amendments and their
//! outcome, the final vote on each recommendation (its rule fixed once open, its ballots, the
//! count kept as made at closing), and the handover of the adopted recommendations into the
//! follow-up.
//!
//! Every rule that depends on the stored state is checked in the writing transaction: a save
//! over a version that changed meanwhile is refused (the version moves by one conditional
//! `UPDATE`), a vote opens only with a rule and the required languages, a ballot is taken
//! only while its vote is open (each ballot and the closing first touch the vote's row, which
//! serialises them), a member votes where the rule counts members present only if recorded
//! present. Names are never copied: versions and amendments keep account ids, and pages read
//! the names from the accounts.

use crate::audit::{Actor, append_for_panel as audit};
use crate::followup::{self, hand_over, insert_recommendation};
use crate::{Store, StoreError, digest, from_json, new_id, parse_stored, stored_u32, to_json};
use klero_domain::assembly::{Date, Panel};
use klero_domain::deliberation::amendment::{AmendError, AmendmentInput, AmendmentState};
use klero_domain::deliberation::draft::{Content, DraftInput, VersionMeta, ready_for_vote};
use klero_domain::deliberation::evaluation::{Question, Response, tally};
use klero_domain::deliberation::library::{ItemInput, ItemState, Visibility};
use klero_domain::deliberation::report::{
    MinorityNote, Report, ReportRecommendation, ReportSession,
};
use klero_domain::deliberation::session::{Attendance, SessionInput};
use klero_domain::deliberation::vote::{Choice, Counts, DecideError, Outcome, Rule, count, decide};
use klero_domain::followup::input::{RecommendationInput, Vote};
use klero_domain::followup::tracker::EventKind;
use klero_domain::lang::{Lang, Localised};
use klero_domain::summit::voting::{Ballot, VoteState};
use serde_json::json;
use sqlx::any::{Any, AnyRow};
use sqlx::{Row, Transaction};
use std::collections::HashMap;

type Tx = Transaction<'static, Any>;

/// Why a deliberation change was refused. [`DeliberationRefusal::key`] names the message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliberationRefusal {
    /// No such session, recommendation or amendment in the panel.
    #[error("no such item")]
    Unknown,
    /// The text was saved over a version that is no longer the current one.
    #[error("the recommendation changed meanwhile: version {current} is the current one")]
    Stale {
        /// The current version.
        current: u32,
    },
    /// The amendment does not apply to the current text.
    #[error("the amendment does not apply: {0}")]
    DoesNotApply(AmendError),
    /// The amendment was decided already.
    #[error("the amendment has been decided")]
    AlreadyDecided,
    /// The recommendation's vote is open or closed: its text and rule are fixed.
    #[error("the vote has opened: the text and the rule are fixed")]
    VoteStarted,
    /// A vote cannot open without a declared rule.
    #[error("no rule has been declared")]
    NoRule,
    /// A required language is missing or behind.
    #[error("a required language is missing or out of date")]
    TranslationsMissing,
    /// The rule counts members present, but the vote names no session or the session has no
    /// attendance recorded.
    #[error("the rule counts members present, but no attendance is recorded")]
    NoAttendance,
    /// A vote only goes draft → open → closed.
    #[error("the vote cannot go from {from} to {to}")]
    StateChange {
        /// The vote's state.
        from: &'static str,
        /// The state asked for.
        to: &'static str,
    },
    /// The vote is not open.
    #[error("the vote is not open")]
    VoteNotOpen,
    /// The voter was not recorded present at the session whose members present decide.
    #[error("only members recorded present may vote")]
    NotPresent,
    /// The account is not a member of the panel.
    #[error("not a member of the panel")]
    NotAMember,
    /// The count does not fit the rule (more ballots than members present).
    #[error("{0}")]
    Count(DecideError),
    /// Nothing adopted is waiting to be handed over.
    #[error("no adopted recommendation is waiting to be handed over")]
    NothingAdopted,
    /// A session cannot be evaluated before its day.
    #[error("the session has not been held yet")]
    NotHeldYet,
}

impl DeliberationRefusal {
    /// The Fluent message key.
    pub fn key(&self) -> &'static str {
        match self {
            DeliberationRefusal::Unknown => "deliberation-unknown",
            DeliberationRefusal::Stale { .. } => "deliberation-stale",
            DeliberationRefusal::DoesNotApply(_) => "deliberation-does-not-apply",
            DeliberationRefusal::AlreadyDecided => "deliberation-already-decided",
            DeliberationRefusal::VoteStarted => "deliberation-vote-started",
            DeliberationRefusal::NoRule => "deliberation-no-rule",
            DeliberationRefusal::TranslationsMissing => "deliberation-translations-missing",
            DeliberationRefusal::NoAttendance => "deliberation-no-attendance",
            DeliberationRefusal::StateChange { .. } => "deliberation-vote-state",
            DeliberationRefusal::VoteNotOpen => "deliberation-vote-not-open",
            DeliberationRefusal::NotPresent => "deliberation-not-present",
            DeliberationRefusal::NotAMember => "deliberation-not-member",
            DeliberationRefusal::Count(DecideError::MoreBallotsThanPresent { .. }) => {
                "deliberation-more-ballots"
            }
            DeliberationRefusal::Count(_) => "deliberation-no-attendance",
            DeliberationRefusal::NothingAdopted => "deliberation-nothing-adopted",
            DeliberationRefusal::NotHeldYet => "deliberation-not-held",
        }
    }
}

impl From<DeliberationRefusal> for StoreError {
    fn from(refusal: DeliberationRefusal) -> Self {
        StoreError::DeliberationRefused(refusal)
    }
}

/// The organiser's settings of a panel's deliberation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliberationSettings {
    /// The languages every recommendation needs, up to date, before its vote opens.
    pub required: Vec<Lang>,
    /// The allowance per session attended, in cents.
    pub allowance_cents: u32,
}

/// A planned session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelSession {
    /// Stable opaque identifier.
    pub id: String,
    /// 1, 2, 3... within the panel, in the order they were planned.
    pub number: u32,
    /// Day, times, place and agenda.
    pub plan: SessionInput,
    /// Members recorded present, excused and absent.
    pub present: u32,
    /// Members recorded excused.
    pub excused: u32,
    /// Members recorded absent.
    pub absent: u32,
}

/// A member's attendance at a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceRecord {
    /// The session's number.
    pub session: u32,
    /// The member's account.
    pub account_id: String,
    /// What was recorded.
    pub status: Attendance,
}

/// One saved version of a recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftVersion {
    /// 1, 2, 3...
    pub version: u32,
    /// The language it changed.
    pub lang: Lang,
    /// Every language's words as of this version.
    pub content: Content,
    /// Who saved it (their name now), `None` when the account is gone.
    pub author: Option<String>,
    /// The note saved with it.
    pub note: String,
    /// The amendment it came from, if any.
    pub amendment: Option<u32>,
    /// Whether it changed the content, rather than only translating.
    pub substantive: bool,
    /// When (seconds since the Unix epoch).
    pub at: i64,
}

/// An amendment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAmendment {
    /// 1, 2, 3... within the recommendation.
    pub number: u32,
    /// What it proposes.
    pub input: AmendmentInput,
    /// Who proposed it (their name now).
    pub proposer: Option<String>,
    /// The proposer's account.
    pub proposer_id: Option<String>,
    /// Where it stands.
    pub state: AmendmentState,
    /// Who decided (their name now).
    pub decided_by: Option<String>,
    /// The decider's note (the reason of a rejection).
    pub note: String,
    /// The version an accepted amendment made.
    pub result_version: Option<u32>,
    /// When it was proposed.
    pub at: i64,
}

/// The final vote on a recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationVote {
    /// The declared rule, if any yet.
    pub rule: Option<Rule>,
    /// The number of the session it is held at, if named.
    pub session: Option<u32>,
    /// Draft, open or closed.
    pub state: VoteState,
    /// The version voted on (set when it opens).
    pub version: Option<u32>,
    /// Members recorded present at its session when it closed.
    pub present: Option<u32>,
    /// The count, once closed.
    pub counts: Option<Counts>,
    /// The outcome under the rule, once closed.
    pub outcome: Option<Outcome>,
    /// When it opened and closed.
    pub opened_at: Option<i64>,
    /// When it closed.
    pub closed_at: Option<i64>,
}

impl Default for RecommendationVote {
    fn default() -> Self {
        RecommendationVote {
            rule: None,
            session: None,
            state: VoteState::Draft,
            version: None,
            present: None,
            counts: None,
            outcome: None,
            opened_at: None,
            closed_at: None,
        }
    }
}

impl RecommendationVote {
    /// Whether it was closed and passed.
    pub fn adopted(&self) -> bool {
        self.state == VoteState::Closed && self.outcome.is_some_and(|o| o.passed)
    }
}

/// A recommendation being drafted, as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// The current version's number.
    pub version: u32,
    /// The current words.
    pub content: Content,
    /// Its vote.
    pub vote: RecommendationVote,
    /// Amendments waiting for a decision.
    pub open_amendments: u32,
    /// The follow-up number it got at the handover.
    pub handed_over_as: Option<u32>,
}

/// A recommendation with its whole history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRecord {
    /// Stable opaque identifier.
    pub id: String,
    /// Its list entry.
    pub summary: DraftSummary,
    /// Every version, oldest first.
    pub versions: Vec<DraftVersion>,
    /// Every amendment, oldest first.
    pub amendments: Vec<StoredAmendment>,
}

impl DraftRecord {
    /// The history as the translation status reads it.
    pub fn metas(&self) -> Vec<VersionMeta> {
        self.versions
            .iter()
            .map(|v| VersionMeta {
                version: v.version,
                lang: v.lang,
                author: v.author.clone().unwrap_or_default(),
                substantive: v.substantive,
            })
            .collect()
    }
}

/// Ballots cast on a recommendation so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BallotCount {
    /// Cast online by members (one each: a replaced ballot counts once).
    pub online: u64,
    /// Entered from paper.
    pub paper: u64,
}

fn lang_of(text: String) -> Result<Lang, StoreError> {
    parse_stored("language", text, Lang::parse)
}

fn langs_text(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

fn opt_u32(what: &'static str, value: Option<i64>) -> Result<Option<u32>, StoreError> {
    value.map(|v| stored_u32(what, v)).transpose()
}

/// The voter key of an online ballot: a digest of the recommendation and the account.
fn voter_key(draft_id: &str, account_id: &str) -> String {
    digest(&format!("deliberation-ballot:{draft_id}:{account_id}"))
}

/// The rule as a short formula for the follow-up's record of the vote (the follow-up shows it
/// as written, in every language, so it is written in symbols).
pub fn rule_formula(rule: &Rule) -> String {
    use klero_domain::deliberation::vote::{Base, percent_text};
    match *rule {
        Rule::Majority {
            abstentions_count: false,
        } => "+ > −".to_owned(),
        Rule::Majority {
            abstentions_count: true,
        } => "+ > 50 % (+ − 0)".to_owned(),
        Rule::Qualified {
            permille,
            base: Base::Cast,
            abstentions_count,
        } => format!(
            "+ ≥ {} % ({})",
            percent_text(permille),
            if abstentions_count {
                "+ − 0"
            } else {
                "+ −"
            }
        ),
        Rule::Qualified {
            permille,
            base: Base::Present,
            ..
        } => format!("+ ≥ {} % (∑ present)", percent_text(permille)),
        Rule::Consent { objections_allowed } => format!("− ≤ {objections_allowed}"),
    }
}

macro_rules! select_vote {
    ($where:literal) => {
        concat!(
            "SELECT v.draft_id, v.rule_json, v.state, v.version, v.present, v.counts_json, \
             v.outcome_json, v.opened_at, v.closed_at, s.number AS session_number \
             FROM deliberation_votes v LEFT JOIN deliberation_sessions s ON s.id = v.session_id ",
            $where
        )
    };
}

fn vote_of(row: &AnyRow) -> Result<RecommendationVote, StoreError> {
    let rule: Option<String> = row.try_get("rule_json")?;
    let counts: Option<String> = row.try_get("counts_json")?;
    let outcome: Option<String> = row.try_get("outcome_json")?;
    Ok(RecommendationVote {
        rule: rule.map(|r| from_json("rule", r)).transpose()?,
        session: opt_u32("session number", row.try_get("session_number")?)?,
        state: parse_stored("vote state", row.try_get("state")?, VoteState::parse)?,
        version: opt_u32("version", row.try_get("version")?)?,
        present: opt_u32("present", row.try_get("present")?)?,
        counts: counts.map(|c| from_json("counts", c)).transpose()?,
        outcome: outcome.map(|o| from_json("outcome", o)).transpose()?,
        opened_at: row.try_get("opened_at")?,
        closed_at: row.try_get("closed_at")?,
    })
}

/// The statement that reads the next number of a row of `$table` within its `$parent` (one
/// more than the highest, 1 for the first); a literal, as sqlx takes only static SQL.
macro_rules! next_sql {
    ($table:literal, $parent:literal) => {
        concat!(
            "SELECT COALESCE(MAX(number), 0) + 1 AS next FROM ",
            $table,
            " WHERE ",
            $parent,
            " = $1"
        )
    };
}

/// The next number within `parent`, read by `sql` (from [`next_sql!`]) in the writing
/// transaction.
async fn next_number(tx: &mut Tx, sql: &'static str, parent: &str) -> Result<i64, StoreError> {
    Ok(sqlx::query(sql)
        .bind(parent)
        .fetch_one(&mut **tx)
        .await?
        .try_get("next")?)
}

/// The draft's id and current version, or a refusal.
async fn draft_row(tx: &mut Tx, panel_id: &str, number: u32) -> Result<(String, u32), StoreError> {
    let row = sqlx::query(
        "SELECT id, version FROM deliberation_drafts WHERE panel_id = $1 AND number = $2",
    )
    .bind(panel_id)
    .bind(i64::from(number))
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(DeliberationRefusal::Unknown)?;
    Ok((
        row.try_get("id")?,
        stored_u32("version", row.try_get("version")?)?,
    ))
}

/// The vote's row, locked for this transaction (a no-op update first, so that ballots and the
/// closing of a vote never overlap), created as a draft when missing.
async fn locked_vote(
    tx: &mut Tx,
    draft_id: &str,
) -> Result<(RecommendationVote, Option<String>), StoreError> {
    let touched = sqlx::query("UPDATE deliberation_votes SET state = state WHERE draft_id = $1")
        .bind(draft_id)
        .execute(&mut **tx)
        .await?;
    if touched.rows_affected() == 0 {
        sqlx::query("INSERT INTO deliberation_votes (draft_id, state) VALUES ($1, 'draft')")
            .bind(draft_id)
            .execute(&mut **tx)
            .await?;
    }
    let row = sqlx::query(select_vote!("WHERE v.draft_id = $1"))
        .bind(draft_id)
        .fetch_one(&mut **tx)
        .await?;
    let session_id: Option<String> =
        sqlx::query("SELECT session_id FROM deliberation_votes WHERE draft_id = $1")
            .bind(draft_id)
            .fetch_one(&mut **tx)
            .await?
            .try_get("session_id")?;
    Ok((vote_of(&row)?, session_id))
}

/// The content of the draft's current version.
async fn current_content(tx: &mut Tx, draft_id: &str, version: u32) -> Result<Content, StoreError> {
    let row = sqlx::query(
        "SELECT content_json FROM deliberation_versions WHERE draft_id = $1 AND version = $2",
    )
    .bind(draft_id)
    .bind(i64::from(version))
    .fetch_one(&mut **tx)
    .await?;
    from_json("content", row.try_get("content_json")?)
}

/// Moves the draft from `base` to `base + 1` and stores the new version; refused as stale when
/// the draft is no longer at `base`.
#[allow(clippy::too_many_arguments)]
async fn add_version(
    tx: &mut Tx,
    draft_id: &str,
    base: u32,
    lang: Lang,
    content: &Content,
    author_id: Option<&str>,
    note: &str,
    amendment: Option<u32>,
    substantive: bool,
    now: i64,
) -> Result<u32, StoreError> {
    let moved = sqlx::query(
        "UPDATE deliberation_drafts SET version = version + 1 WHERE id = $1 AND version = $2",
    )
    .bind(draft_id)
    .bind(i64::from(base))
    .execute(&mut **tx)
    .await?;
    if moved.rows_affected() == 0 {
        let current: i64 = sqlx::query("SELECT version FROM deliberation_drafts WHERE id = $1")
            .bind(draft_id)
            .fetch_one(&mut **tx)
            .await?
            .try_get("version")?;
        return Err(DeliberationRefusal::Stale {
            current: stored_u32("version", current)?,
        }
        .into());
    }
    let version = base + 1;
    sqlx::query(
        "INSERT INTO deliberation_versions \
         (draft_id, version, lang, content_json, author_id, note, amendment, substantive, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(draft_id)
    .bind(i64::from(version))
    .bind(lang.code())
    .bind(to_json(content))
    .bind(author_id)
    .bind(note)
    .bind(amendment.map(i64::from))
    .bind(crate::flag(substantive))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(version)
}

/// Refuses a change to the text once the vote has opened.
async fn text_still_open(tx: &mut Tx, draft_id: &str) -> Result<(), StoreError> {
    let state: Option<String> =
        sqlx::query("SELECT state FROM deliberation_votes WHERE draft_id = $1")
            .bind(draft_id)
            .fetch_optional(&mut **tx)
            .await?
            .map(|r| r.try_get("state"))
            .transpose()?;
    match state.as_deref() {
        None | Some("draft") => Ok(()),
        Some(_) => Err(DeliberationRefusal::VoteStarted.into()),
    }
}

/// Whether the account holds the panel member role in the panel's assembly.
async fn is_member(tx: &mut Tx, panel: &Panel, account_id: &str) -> Result<bool, StoreError> {
    Ok(sqlx::query(
        "SELECT 1 AS held FROM memberships WHERE account_id = $1 AND assembly_id = $2 \
         AND role = 'panel_member'",
    )
    .bind(account_id)
    .bind(&panel.assembly_id)
    .fetch_optional(&mut **tx)
    .await?
    .is_some())
}

fn actor_id(actor: &Actor) -> Option<&str> {
    match actor {
        Actor::Person { id, .. } => Some(id),
        Actor::System => None,
    }
}

impl Store {
    /// The organiser's settings of the panel's deliberation (no language required and no
    /// allowance until set).
    pub async fn deliberation_settings(
        &self,
        panel_id: &str,
    ) -> Result<DeliberationSettings, StoreError> {
        let row = sqlx::query(
            "SELECT required_langs, allowance_cents FROM deliberation_settings WHERE panel_id = $1",
        )
        .bind(panel_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(DeliberationSettings::default());
        };
        let langs: String = row.try_get("required_langs")?;
        let required = langs
            .split(',')
            .filter(|c| !c.is_empty())
            .map(|c| lang_of(c.to_owned()))
            .collect::<Result<_, _>>()?;
        Ok(DeliberationSettings {
            required,
            allowance_cents: stored_u32("allowance", row.try_get("allowance_cents")?)?,
        })
    }

    /// Replaces the settings.
    pub async fn set_deliberation_settings(
        &self,
        panel: &Panel,
        settings: &DeliberationSettings,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO deliberation_settings (panel_id, required_langs, allowance_cents) \
             VALUES ($1, $2, $3) ON CONFLICT (panel_id) DO UPDATE SET \
             required_langs = excluded.required_langs, allowance_cents = excluded.allowance_cents",
        )
        .bind(&panel.id)
        .bind(langs_text(&settings.required))
        .bind(i64::from(settings.allowance_cents))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.settings",
            json!({
                "required_languages": langs_text(&settings.required),
                "allowance_cents": settings.allowance_cents,
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Plans a session; returns its number.
    pub async fn add_session(
        &self,
        panel: &Panel,
        plan: &SessionInput,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        let next = next_number(
            &mut tx,
            next_sql!("deliberation_sessions", "panel_id"),
            &panel.id,
        )
        .await?;
        sqlx::query(
            "INSERT INTO deliberation_sessions (id, panel_id, number, body_json, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id()?)
        .bind(&panel.id)
        .bind(next)
        .bind(to_json(plan))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.session.add",
            json!({ "number": next, "date": plan.date.to_string() }),
            now,
        )
        .await?;
        tx.commit().await?;
        stored_u32("session number", next)
    }

    /// Replaces a session's plan.
    pub async fn update_session(
        &self,
        panel: &Panel,
        number: u32,
        plan: &SessionInput,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let updated = sqlx::query(
            "UPDATE deliberation_sessions SET body_json = $1 WHERE panel_id = $2 AND number = $3",
        )
        .bind(to_json(plan))
        .bind(&panel.id)
        .bind(i64::from(number))
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(DeliberationRefusal::Unknown.into());
        }
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.session.update",
            json!({ "number": number, "date": plan.date.to_string() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's sessions in date order, with their attendance counts.
    pub async fn deliberation_sessions(
        &self,
        panel_id: &str,
    ) -> Result<Vec<PanelSession>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.id, s.number, s.body_json, \
             (SELECT COUNT(*) FROM deliberation_attendance a WHERE a.session_id = s.id \
              AND a.status = 'present') AS present, \
             (SELECT COUNT(*) FROM deliberation_attendance a WHERE a.session_id = s.id \
              AND a.status = 'excused') AS excused, \
             (SELECT COUNT(*) FROM deliberation_attendance a WHERE a.session_id = s.id \
              AND a.status = 'absent') AS absent \
             FROM deliberation_sessions s WHERE s.panel_id = $1 ORDER BY s.number",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let mut sessions = rows
            .iter()
            .map(|row| {
                let n = |name: &str| -> Result<u32, StoreError> {
                    let v: i64 = row.try_get(name)?;
                    stored_u32("count", v)
                };
                Ok(PanelSession {
                    id: row.try_get("id")?,
                    number: n("number")?,
                    plan: from_json("session", row.try_get("body_json")?)?,
                    present: n("present")?,
                    excused: n("excused")?,
                    absent: n("absent")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        sessions.sort_by_key(|s| (s.plan.date, s.plan.starts, s.number));
        Ok(sessions)
    }

    /// Every attendance recorded for the panel's sessions.
    pub async fn attendance(&self, panel_id: &str) -> Result<Vec<AttendanceRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.number, a.account_id, a.status FROM deliberation_attendance a \
             JOIN deliberation_sessions s ON s.id = a.session_id WHERE s.panel_id = $1 \
             ORDER BY s.number",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AttendanceRecord {
                    session: stored_u32("session number", row.try_get("number")?)?,
                    account_id: row.try_get("account_id")?,
                    status: parse_stored("attendance", row.try_get("status")?, Attendance::parse)?,
                })
            })
            .collect()
    }

    /// Records the attendance of members at session `number`, each replacing what was recorded
    /// for them; all or nothing, refused when an account is not a panel member of the assembly.
    pub async fn record_attendance(
        &self,
        panel: &Panel,
        number: u32,
        entries: &[(String, Attendance)],
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let session_id: String =
            sqlx::query("SELECT id FROM deliberation_sessions WHERE panel_id = $1 AND number = $2")
                .bind(&panel.id)
                .bind(i64::from(number))
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(DeliberationRefusal::Unknown)?
                .try_get("id")?;
        for (account_id, status) in entries {
            if !is_member(&mut tx, panel, account_id).await? {
                return Err(DeliberationRefusal::NotAMember.into());
            }
            sqlx::query(
                "INSERT INTO deliberation_attendance (session_id, account_id, status, recorded_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (session_id, account_id) DO UPDATE SET \
                 status = excluded.status, recorded_at = excluded.recorded_at",
            )
            .bind(&session_id)
            .bind(account_id)
            .bind(status.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        let counts = Attendance::ALL.map(|a| entries.iter().filter(|(_, s)| *s == a).count());
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.attendance",
            json!({ "session": number, "present": counts[0], "excused": counts[1], "absent": counts[2] }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts a recommendation with its first version; returns its number.
    pub async fn create_draft(
        &self,
        panel: &Panel,
        input: &DraftInput,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        let next = next_number(
            &mut tx,
            next_sql!("deliberation_drafts", "panel_id"),
            &panel.id,
        )
        .await?;
        let id = new_id()?;
        sqlx::query(
            "INSERT INTO deliberation_drafts (id, panel_id, number, version, created_at) \
             VALUES ($1, $2, $3, 0, $4)",
        )
        .bind(&id)
        .bind(&panel.id)
        .bind(next)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let mut content = Content::new();
        content.insert(input.lang, input.wording.clone());
        add_version(
            &mut tx,
            &id,
            0,
            input.lang,
            &content,
            actor_id(actor),
            &input.note,
            None,
            true,
            now,
        )
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.draft.create",
            json!({ "number": next, "lang": input.lang.code() }),
            now,
        )
        .await?;
        tx.commit().await?;
        stored_u32("draft number", next)
    }

    /// Saves the words of one language as a new version over `input.base`; refused as stale
    /// when the recommendation moved on meanwhile, and once its vote has opened. Returns the
    /// new version's number.
    pub async fn save_draft(
        &self,
        panel: &Panel,
        number: u32,
        input: &DraftInput,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, current) = draft_row(&mut tx, &panel.id, number).await?;
        text_still_open(&mut tx, &id).await?;
        if input.base != current {
            return Err(DeliberationRefusal::Stale { current }.into());
        }
        let mut content = current_content(&mut tx, &id, current).await?;
        // A language's first words are a translation; a revision changes the content unless
        // its writer says it only translates.
        let substantive = content.contains_key(&input.lang) && !input.translation;
        content.insert(input.lang, input.wording.clone());
        let version = add_version(
            &mut tx,
            &id,
            current,
            input.lang,
            &content,
            actor_id(actor),
            &input.note,
            None,
            substantive,
            now,
        )
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.draft.save",
            json!({ "number": number, "version": version, "lang": input.lang.code() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// The panel's recommendations, by number, with their current words and votes.
    pub async fn drafts(&self, panel_id: &str) -> Result<Vec<DraftSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT d.id, d.number, d.version, v.content_json, h.recommendation, \
             (SELECT COUNT(*) FROM deliberation_amendments a WHERE a.draft_id = d.id \
              AND a.state = 'proposed') AS open_amendments \
             FROM deliberation_drafts d \
             JOIN deliberation_versions v ON v.draft_id = d.id AND v.version = d.version \
             LEFT JOIN deliberation_handovers h ON h.draft_id = d.id \
             WHERE d.panel_id = $1 ORDER BY d.number",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let votes = sqlx::query(select_vote!(
            "JOIN deliberation_drafts d ON d.id = v.draft_id WHERE d.panel_id = $1"
        ))
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let mut by_draft: HashMap<String, RecommendationVote> = HashMap::new();
        for row in &votes {
            by_draft.insert(row.try_get("draft_id")?, vote_of(row)?);
        }
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                Ok(DraftSummary {
                    number: stored_u32("draft number", row.try_get("number")?)?,
                    version: stored_u32("version", row.try_get("version")?)?,
                    content: from_json("content", row.try_get("content_json")?)?,
                    vote: by_draft.remove(&id).unwrap_or_default(),
                    open_amendments: stored_u32("count", row.try_get("open_amendments")?)?,
                    handed_over_as: opt_u32("recommendation", row.try_get("recommendation")?)?,
                })
            })
            .collect()
    }

    /// A recommendation with every version and amendment; `None` when the panel has no such
    /// recommendation.
    pub async fn draft(
        &self,
        panel_id: &str,
        number: u32,
    ) -> Result<Option<DraftRecord>, StoreError> {
        let Some(summary) = self
            .drafts(panel_id)
            .await?
            .into_iter()
            .find(|d| d.number == number)
        else {
            return Ok(None);
        };
        let id: String =
            sqlx::query("SELECT id FROM deliberation_drafts WHERE panel_id = $1 AND number = $2")
                .bind(panel_id)
                .bind(i64::from(number))
                .fetch_one(&self.pool)
                .await?
                .try_get("id")?;
        let versions = sqlx::query(
            "SELECT v.version, v.lang, v.content_json, a.display_name, v.note, v.amendment, \
             v.substantive, v.created_at FROM deliberation_versions v LEFT JOIN accounts a ON a.id = v.author_id \
             WHERE v.draft_id = $1 ORDER BY v.version",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(DraftVersion {
                version: stored_u32("version", row.try_get("version")?)?,
                lang: lang_of(row.try_get("lang")?)?,
                content: from_json("content", row.try_get("content_json")?)?,
                author: row.try_get("display_name")?,
                note: row.try_get("note")?,
                amendment: opt_u32("amendment", row.try_get("amendment")?)?,
                substantive: row.try_get::<i64, _>("substantive")? != 0,
                at: row.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let amendments = sqlx::query(
            "SELECT am.number, am.body_json, am.proposer_id, p.display_name AS proposer, am.state, \
             d.display_name AS decider, am.decision_note, am.result_version, am.created_at \
             FROM deliberation_amendments am \
             LEFT JOIN accounts p ON p.id = am.proposer_id \
             LEFT JOIN accounts d ON d.id = am.decided_by \
             WHERE am.draft_id = $1 ORDER BY am.number",
        )
        .bind(&id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(StoredAmendment {
                number: stored_u32("amendment", row.try_get("number")?)?,
                input: from_json("amendment", row.try_get("body_json")?)?,
                proposer: row.try_get("proposer")?,
                proposer_id: row.try_get("proposer_id")?,
                state: parse_stored(
                    "amendment state",
                    row.try_get("state")?,
                    AmendmentState::parse,
                )?,
                decided_by: row.try_get("decider")?,
                note: row.try_get("decision_note")?,
                result_version: opt_u32("version", row.try_get("result_version")?)?,
                at: row.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Some(DraftRecord {
            id,
            summary,
            versions,
            amendments,
        }))
    }

    /// Proposes an amendment to the current version; refused as stale when `input.base` is
    /// not the current version, when it does not apply to the current text, and once the
    /// vote has opened. Returns its number.
    pub async fn propose_amendment(
        &self,
        panel: &Panel,
        number: u32,
        input: &AmendmentInput,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, current) = draft_row(&mut tx, &panel.id, number).await?;
        text_still_open(&mut tx, &id).await?;
        if input.base != current {
            return Err(DeliberationRefusal::Stale { current }.into());
        }
        let content = current_content(&mut tx, &id, current).await?;
        input
            .apply(content.get(&input.lang))
            .map_err(DeliberationRefusal::DoesNotApply)?;
        let next = next_number(
            &mut tx,
            next_sql!("deliberation_amendments", "draft_id"),
            &id,
        )
        .await?;
        sqlx::query(
            "INSERT INTO deliberation_amendments (draft_id, number, body_json, proposer_id, state, \
             decision_note, created_at) VALUES ($1, $2, $3, $4, 'proposed', '', $5)",
        )
        .bind(&id)
        .bind(next)
        .bind(to_json(input))
        .bind(actor_id(actor))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.amendment.propose",
            json!({ "recommendation": number, "amendment": next, "base": input.base }),
            now,
        )
        .await?;
        tx.commit().await?;
        stored_u32("amendment", next)
    }

    /// Accepts an amendment (applying it to the current text as the next version, credited
    /// to its proposer) or rejects it with `note`. Refused once decided, once the vote has
    /// opened, and when an accepted amendment no longer applies to the current text.
    /// Returns the new version when accepted.
    #[allow(clippy::too_many_arguments)]
    pub async fn decide_amendment(
        &self,
        panel: &Panel,
        number: u32,
        amendment: u32,
        accept: bool,
        note: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<Option<u32>, StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, current) = draft_row(&mut tx, &panel.id, number).await?;
        text_still_open(&mut tx, &id).await?;
        let row = sqlx::query(
            "SELECT body_json, proposer_id, state FROM deliberation_amendments \
             WHERE draft_id = $1 AND number = $2",
        )
        .bind(&id)
        .bind(i64::from(amendment))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DeliberationRefusal::Unknown)?;
        let state: String = row.try_get("state")?;
        if state != AmendmentState::Proposed.as_str() {
            return Err(DeliberationRefusal::AlreadyDecided.into());
        }
        let input: AmendmentInput = from_json("amendment", row.try_get("body_json")?)?;
        let proposer: Option<String> = row.try_get("proposer_id")?;
        let version = if accept {
            let mut content = current_content(&mut tx, &id, current).await?;
            let amended = input
                .apply(content.get(&input.lang))
                .map_err(DeliberationRefusal::DoesNotApply)?;
            content.insert(input.lang, amended);
            Some(
                add_version(
                    &mut tx,
                    &id,
                    current,
                    input.lang,
                    &content,
                    proposer.as_deref(),
                    note,
                    Some(amendment),
                    true,
                    now,
                )
                .await?,
            )
        } else {
            None
        };
        let new_state = if accept {
            AmendmentState::Accepted
        } else {
            AmendmentState::Rejected
        };
        sqlx::query(
            "UPDATE deliberation_amendments SET state = $1, decided_by = $2, decided_at = $3, \
             decision_note = $4, result_version = $5 WHERE draft_id = $6 AND number = $7",
        )
        .bind(new_state.as_str())
        .bind(actor_id(actor))
        .bind(now)
        .bind(note)
        .bind(version.map(i64::from))
        .bind(&id)
        .bind(i64::from(amendment))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.amendment.decide",
            json!({ "recommendation": number, "amendment": amendment, "outcome": new_state.as_str() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Declares the rule of a recommendation's vote and the session it is held at; refused once
    /// the vote has opened.
    pub async fn declare_rule(
        &self,
        panel: &Panel,
        number: u32,
        rule: &Rule,
        session: Option<u32>,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, _) = draft_row(&mut tx, &panel.id, number).await?;
        let (vote, _) = locked_vote(&mut tx, &id).await?;
        if vote.state != VoteState::Draft {
            return Err(DeliberationRefusal::VoteStarted.into());
        }
        let session_id: Option<String> = match session {
            None => None,
            Some(s) => Some(
                sqlx::query(
                    "SELECT id FROM deliberation_sessions WHERE panel_id = $1 AND number = $2",
                )
                .bind(&panel.id)
                .bind(i64::from(s))
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(DeliberationRefusal::Unknown)?
                .try_get("id")?,
            ),
        };
        sqlx::query(
            "UPDATE deliberation_votes SET rule_json = $1, session_id = $2 WHERE draft_id = $3",
        )
        .bind(to_json(rule))
        .bind(session_id)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.vote.rule",
            json!({ "recommendation": number, "rule": rule, "session": session }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens or closes a recommendation's vote. Opening needs a declared rule, every required
    /// language up to date, and, where the rule counts members present, a session with
    /// attendance recorded; it fixes the version voted on. Closing counts the ballots with the
    /// summit's tally and decides under the rule; the count is kept as made.
    pub async fn set_recommendation_vote(
        &self,
        panel: &Panel,
        number: u32,
        to: VoteState,
        required: &[Lang],
        actor: &Actor,
        now: i64,
    ) -> Result<RecommendationVote, StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, current) = draft_row(&mut tx, &panel.id, number).await?;
        let (vote, session_id) = locked_vote(&mut tx, &id).await?;
        if !vote.state.can_become(to) {
            return Err(DeliberationRefusal::StateChange {
                from: vote.state.as_str(),
                to: to.as_str(),
            }
            .into());
        }
        let rule = vote.rule.ok_or(DeliberationRefusal::NoRule)?;
        let present = match &session_id {
            Some(session) if rule.needs_attendance() => {
                let n: i64 = sqlx::query(
                    "SELECT COUNT(*) AS n FROM deliberation_attendance \
                     WHERE session_id = $1 AND status = 'present'",
                )
                .bind(session)
                .fetch_one(&mut *tx)
                .await?
                .try_get("n")?;
                Some(stored_u32("present", n)?)
            }
            _ => None,
        };
        let attendance_missing = rule.needs_attendance() && present.is_none_or(|n| n == 0);
        if to == VoteState::Open {
            let metas: Vec<VersionMeta> = sqlx::query(
                "SELECT version, lang, substantive FROM deliberation_versions WHERE draft_id = $1",
            )
            .bind(&id)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|row| {
                Ok(VersionMeta {
                    version: stored_u32("version", row.try_get("version")?)?,
                    lang: lang_of(row.try_get("lang")?)?,
                    author: String::new(),
                    substantive: row.try_get::<i64, _>("substantive")? != 0,
                })
            })
            .collect::<Result<_, StoreError>>()?;
            if !ready_for_vote(&metas, required) {
                return Err(DeliberationRefusal::TranslationsMissing.into());
            }
            if attendance_missing {
                return Err(DeliberationRefusal::NoAttendance.into());
            }
            sqlx::query(
                "UPDATE deliberation_votes SET state = 'open', version = $1, opened_at = $2 \
                 WHERE draft_id = $3",
            )
            .bind(i64::from(current))
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            audit(
                &mut tx,
                actor,
                panel,
                "deliberation.vote.open",
                json!({ "recommendation": number, "version": current }),
                now,
            )
            .await?;
        } else {
            if attendance_missing {
                return Err(DeliberationRefusal::NoAttendance.into());
            }
            let ballots: Vec<Ballot> =
                sqlx::query("SELECT ballot_json FROM deliberation_ballots WHERE draft_id = $1")
                    .bind(&id)
                    .fetch_all(&mut *tx)
                    .await?
                    .into_iter()
                    .map(|row| from_json("ballot", row.try_get("ballot_json")?))
                    .collect::<Result<_, StoreError>>()?;
            let counts = count(&ballots);
            let outcome = decide(&rule, counts, present).map_err(DeliberationRefusal::Count)?;
            sqlx::query(
                "UPDATE deliberation_votes SET state = 'closed', present = $1, counts_json = $2, \
                 outcome_json = $3, closed_at = $4 WHERE draft_id = $5",
            )
            .bind(present.map(i64::from))
            .bind(to_json(&counts))
            .bind(to_json(&outcome))
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            audit(
                &mut tx,
                actor,
                panel,
                "deliberation.vote.close",
                json!({ "recommendation": number, "counts": counts, "passed": outcome.passed }),
                now,
            )
            .await?;
        }
        let row = sqlx::query(select_vote!("WHERE v.draft_id = $1"))
            .bind(&id)
            .fetch_one(&mut *tx)
            .await?;
        let vote = vote_of(&row)?;
        tx.commit().await?;
        Ok(vote)
    }

    /// Stores a member's ballot on a recommendation, replacing their earlier one. Refused unless
    /// the vote is open, the account is a panel member and, where the rule counts members
    /// present, recorded present at the vote's session. Not audited: the ballot is secret.
    pub async fn cast_recommendation_ballot(
        &self,
        panel: &Panel,
        number: u32,
        account_id: &str,
        choice: Choice,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, _) = draft_row(&mut tx, &panel.id, number).await?;
        let (vote, session_id) = locked_vote(&mut tx, &id).await?;
        if !vote.state.accepts_ballots() {
            return Err(DeliberationRefusal::VoteNotOpen.into());
        }
        if !is_member(&mut tx, panel, account_id).await? {
            return Err(DeliberationRefusal::NotAMember.into());
        }
        if vote.rule.is_some_and(|r| r.needs_attendance()) {
            let present = sqlx::query(
                "SELECT 1 AS here FROM deliberation_attendance WHERE session_id = $1 \
                 AND account_id = $2 AND status = 'present'",
            )
            .bind(session_id.unwrap_or_default())
            .bind(account_id)
            .fetch_optional(&mut *tx)
            .await?;
            if present.is_none() {
                return Err(DeliberationRefusal::NotPresent.into());
            }
        }
        store_ballot(
            &mut tx,
            &id,
            &voter_key(&id, account_id),
            "online",
            choice,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Enters a paper ballot by its serial number (entering a serial again replaces it);
    /// refused unless the vote is open. Audited without the choice.
    #[allow(clippy::too_many_arguments)]
    pub async fn enter_paper_recommendation_ballot(
        &self,
        panel: &Panel,
        number: u32,
        serial: u32,
        choice: Choice,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, _) = draft_row(&mut tx, &panel.id, number).await?;
        let (vote, _) = locked_vote(&mut tx, &id).await?;
        if !vote.state.accepts_ballots() {
            return Err(DeliberationRefusal::VoteNotOpen.into());
        }
        store_ballot(
            &mut tx,
            &id,
            &format!("paper-{serial}"),
            "paper",
            choice,
            now,
        )
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.vote.paper",
            json!({ "recommendation": number, "serial": serial }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The member's own ballot on a recommendation, if they cast one.
    pub async fn own_recommendation_ballot(
        &self,
        panel_id: &str,
        number: u32,
        account_id: &str,
    ) -> Result<Option<Choice>, StoreError> {
        let id: Option<String> =
            sqlx::query("SELECT id FROM deliberation_drafts WHERE panel_id = $1 AND number = $2")
                .bind(panel_id)
                .bind(i64::from(number))
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get("id"))
                .transpose()?;
        let Some(id) = id else { return Ok(None) };
        let ballot: Option<String> = sqlx::query(
            "SELECT ballot_json FROM deliberation_ballots WHERE draft_id = $1 AND voter = $2",
        )
        .bind(&id)
        .bind(voter_key(&id, account_id))
        .fetch_optional(&self.pool)
        .await?
        .map(|r| r.try_get("ballot_json"))
        .transpose()?;
        Ok(ballot
            .map(|b| from_json::<Ballot>("ballot", b))
            .transpose()?
            .as_ref()
            .and_then(Choice::of))
    }

    /// How many ballots a recommendation has so far, online and on paper.
    pub async fn recommendation_ballots(
        &self,
        panel_id: &str,
        number: u32,
    ) -> Result<BallotCount, StoreError> {
        let row = sqlx::query(
            "SELECT \
             (SELECT COUNT(*) FROM deliberation_ballots b WHERE b.draft_id = d.id \
              AND b.source = 'online') AS online, \
             (SELECT COUNT(*) FROM deliberation_ballots b WHERE b.draft_id = d.id \
              AND b.source = 'paper') AS paper \
             FROM deliberation_drafts d WHERE d.panel_id = $1 AND d.number = $2",
        )
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(BallotCount::default());
        };
        let n = |name: &str| -> Result<u64, StoreError> {
            let v: i64 = row.try_get(name)?;
            Ok(u64::try_from(v).unwrap_or(0))
        };
        Ok(BallotCount {
            online: n("online")?,
            paper: n("paper")?,
        })
    }

    /// Hands the adopted recommendations not yet handed over to the government: each becomes a
    /// follow-up recommendation (numbered after those there, in the order of the drafts), with
    /// its current words in every language and its vote, and the handover is recorded on `on`
    /// (starting the review rounds), all in one transaction. Returns how many were handed over.
    pub async fn hand_over_adopted(
        &self,
        panel: &Panel,
        on: Date,
        actor: &Actor,
        now: i64,
    ) -> Result<usize, StoreError> {
        let drafts = self.drafts(&panel.id).await?;
        let adopted: Vec<&DraftSummary> = drafts
            .iter()
            .filter(|d| d.vote.adopted() && d.handed_over_as.is_none())
            .collect();
        if adopted.is_empty() {
            return Err(DeliberationRefusal::NothingAdopted.into());
        }
        let mut tx = self.begin_write().await?;
        let first =
            next_number(&mut tx, next_sql!("recommendations", "panel_id"), &panel.id).await?;
        let first = stored_u32("recommendation number", first)?;
        let mut numbers = Vec::new();
        for (i, draft) in adopted.iter().enumerate() {
            let number = first + u32::try_from(i).unwrap_or(u32::MAX - first);
            let mut title = Localised::new();
            let mut text = Localised::new();
            let mut theme = Localised::new();
            for (lang, wording) in &draft.content {
                title.set(*lang, &wording.title);
                let full = if wording.rationale.is_empty() {
                    wording.text.clone()
                } else {
                    format!("{}\n\n{}", wording.text, wording.rationale)
                };
                text.set(*lang, &full);
                theme.set(*lang, &wording.theme);
            }
            let counts = draft.vote.counts.unwrap_or_default();
            let input = RecommendationInput {
                number,
                title,
                text,
                theme,
                vote: Some(Vote {
                    r#for: counts.for_votes,
                    against: counts.against,
                    abstain: counts.abstain,
                    rule: draft
                        .vote
                        .rule
                        .as_ref()
                        .map(rule_formula)
                        .unwrap_or_default(),
                }),
            };
            insert_recommendation(&mut tx, &panel.id, &input, now).await?;
            sqlx::query(
                "INSERT INTO deliberation_handovers (draft_id, panel_id, recommendation) \
                 SELECT id, panel_id, $1 FROM deliberation_drafts WHERE panel_id = $2 AND number = $3",
            )
            .bind(i64::from(number))
            .bind(&panel.id)
            .bind(i64::from(draft.number))
            .execute(&mut *tx)
            .await?;
            numbers.push(number);
        }
        followup::event(
            &mut tx,
            &panel.id,
            EventKind::RecommendationsAdded,
            None,
            None,
            &numbers.len().to_string(),
            now,
        )
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.handover",
            json!({ "recommendations": numbers }),
            now,
        )
        .await?;
        hand_over(&mut tx, panel, on, actor, now).await?;
        tx.commit().await?;
        Ok(numbers.len())
    }

    /// The draft a follow-up recommendation came from, by its follow-up number.
    pub async fn draft_of_recommendation(
        &self,
        panel_id: &str,
        recommendation: u32,
    ) -> Result<Option<u32>, StoreError> {
        let row = sqlx::query(
            "SELECT d.number FROM deliberation_handovers h \
             JOIN deliberation_drafts d ON d.id = h.draft_id \
             WHERE h.panel_id = $1 AND h.recommendation = $2",
        )
        .bind(panel_id)
        .bind(i64::from(recommendation))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| stored_u32("draft number", r.try_get("number")?))
            .transpose()
    }
}

async fn store_ballot(
    tx: &mut Tx,
    draft_id: &str,
    voter: &str,
    source: &str,
    choice: Choice,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO deliberation_ballots (draft_id, voter, source, ballot_json, cast_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (draft_id, voter) DO UPDATE SET \
         ballot_json = excluded.ballot_json, cast_at = excluded.cast_at",
    )
    .bind(draft_id)
    .bind(voter)
    .bind(source)
    .bind(to_json(&choice.ballot()))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Whether the member agreed to be named in the panel's report.
    pub async fn is_named(&self, panel_id: &str, account_id: &str) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "SELECT 1 AS yes FROM deliberation_named WHERE panel_id = $1 AND account_id = $2",
        )
        .bind(panel_id)
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?
        .is_some())
    }

    /// Records whether the member agrees to be named in the panel's report.
    pub async fn set_named(
        &self,
        panel: &Panel,
        account_id: &str,
        named: bool,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        if !is_member(&mut tx, panel, account_id).await? {
            return Err(DeliberationRefusal::NotAMember.into());
        }
        sqlx::query("DELETE FROM deliberation_named WHERE panel_id = $1 AND account_id = $2")
            .bind(&panel.id)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        if named {
            sqlx::query("INSERT INTO deliberation_named (panel_id, account_id) VALUES ($1, $2)")
                .bind(&panel.id)
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.named",
            json!({ "named": named }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Saves (or, with `None`, withdraws) the member's minority note on a recommendation.
    pub async fn save_minority_note(
        &self,
        panel: &Panel,
        number: u32,
        account_id: &str,
        text: Option<&str>,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let (id, _) = draft_row(&mut tx, &panel.id, number).await?;
        if !is_member(&mut tx, panel, account_id).await? {
            return Err(DeliberationRefusal::NotAMember.into());
        }
        sqlx::query("DELETE FROM deliberation_minority WHERE draft_id = $1 AND account_id = $2")
            .bind(&id)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        if let Some(text) = text {
            sqlx::query(
                "INSERT INTO deliberation_minority (draft_id, account_id, body, created_at) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(&id)
            .bind(account_id)
            .bind(text)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.minority",
            json!({ "recommendation": number, "withdrawn": text.is_none() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The minority notes on a recommendation: the author's account, their name when they
    /// agreed to be named, and the text.
    pub async fn minority_notes(
        &self,
        panel_id: &str,
        number: u32,
    ) -> Result<Vec<(String, Option<String>, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.account_id, m.body, \
             CASE WHEN n.account_id IS NULL THEN NULL ELSE a.display_name END AS name \
             FROM deliberation_minority m \
             JOIN deliberation_drafts d ON d.id = m.draft_id \
             JOIN accounts a ON a.id = m.account_id \
             LEFT JOIN deliberation_named n ON n.panel_id = d.panel_id AND n.account_id = m.account_id \
             WHERE d.panel_id = $1 AND d.number = $2 ORDER BY m.created_at",
        )
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("account_id")?,
                    row.try_get("name")?,
                    row.try_get("body")?,
                ))
            })
            .collect()
    }

    /// Publishes the panel's report (again, if it was): a snapshot of its sessions, its
    /// experts, the members who agreed to be named, and every recommendation put to the vote,
    /// the adopted ones with their words, counts, rule and minority notes.
    pub async fn publish_report(
        &self,
        panel: &Panel,
        assembly: &klero_domain::assembly::Assembly,
        actor: &Actor,
        now: i64,
    ) -> Result<Report, StoreError> {
        let drafts = self.drafts(&panel.id).await?;
        let mut recommendations = Vec::new();
        let mut not_adopted = Vec::new();
        for draft in &drafts {
            let vote = &draft.vote;
            match (vote.state, vote.rule, vote.counts, vote.outcome) {
                (VoteState::Closed, Some(rule), Some(counts), Some(outcome)) if outcome.passed => {
                    let minority = self
                        .minority_notes(&panel.id, draft.number)
                        .await?
                        .into_iter()
                        .map(|(_, by, text)| MinorityNote { by, text })
                        .collect();
                    recommendations.push(ReportRecommendation {
                        number: u32::try_from(recommendations.len() + 1).unwrap_or(u32::MAX),
                        draft: draft.number,
                        content: draft.content.clone(),
                        counts,
                        present: vote.present,
                        rule,
                        outcome,
                        minority,
                    });
                }
                (VoteState::Closed, ..) => {
                    let mut titles = Localised::new();
                    for (lang, wording) in &draft.content {
                        titles.set(*lang, &wording.title);
                    }
                    not_adopted.push(titles);
                }
                _ => {}
            }
        }
        if recommendations.is_empty() {
            return Err(DeliberationRefusal::NothingAdopted.into());
        }
        let sessions = self
            .deliberation_sessions(&panel.id)
            .await?
            .into_iter()
            .map(|s| ReportSession {
                date: s.plan.date,
                starts: s.plan.starts,
                ends: s.plan.ends,
                agenda: s.plan.agenda,
                present: s.present,
            })
            .collect();
        let people = self.members(&panel.assembly_id).await?;
        let experts = people
            .iter()
            .filter(|m| m.roles.contains(&klero_domain::access::Role::Expert))
            .map(|m| m.display_name.clone())
            .collect();
        let named_ids: Vec<String> =
            sqlx::query("SELECT account_id FROM deliberation_named WHERE panel_id = $1")
                .bind(&panel.id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get("account_id"))
                .collect::<Result<_, _>>()?;
        let named = people
            .iter()
            .filter(|m| named_ids.contains(&m.account_id))
            .map(|m| m.display_name.clone())
            .collect();
        let questionnaire = self.questionnaire(&panel.id).await?;
        let answered = self.evaluations(&panel.id).await?;
        let evaluation = tally(&questionnaire.questions, answered.iter().map(|(_, r)| r));
        let report = Report {
            assembly: assembly.title.clone(),
            theme: panel.theme.clone(),
            panel: panel.number,
            starts_on: panel.starts_on,
            ends_on: panel.ends_on,
            size: panel.size,
            sessions,
            experts,
            named,
            recommendations,
            not_adopted,
            evaluation,
            questionnaires: u32::try_from(answered.len()).unwrap_or(u32::MAX),
            published_at: now,
        };
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO deliberation_reports (panel_id, body_json, published_at) VALUES ($1, $2, $3) \
             ON CONFLICT (panel_id) DO UPDATE SET body_json = excluded.body_json, \
             published_at = excluded.published_at",
        )
        .bind(&panel.id)
        .bind(to_json(&report))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.report.publish",
            json!({ "recommendations": report.recommendations.len() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    /// The panel's published report, if any.
    pub async fn report(&self, panel_id: &str) -> Result<Option<Report>, StoreError> {
        let row = sqlx::query("SELECT body_json FROM deliberation_reports WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| from_json("report", r.try_get("body_json")?))
            .transpose()
    }
}

/// The questionnaire after each session: the standard questions asked and the organiser's open
/// question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Questionnaire {
    /// The standard questions asked, in the standard order.
    pub questions: Vec<Question>,
    /// The open question, per language (empty: none).
    pub open: Localised,
}

impl Default for Questionnaire {
    fn default() -> Self {
        Questionnaire {
            questions: Question::ALL.to_vec(),
            open: Localised::new(),
        }
    }
}

fn respondent(session_id: &str, account_id: &str) -> String {
    digest(&format!(
        "deliberation-evaluation:{session_id}:{account_id}"
    ))
}

impl Store {
    /// The panel's questionnaire (the whole standard set, no open question, until set).
    pub async fn questionnaire(&self, panel_id: &str) -> Result<Questionnaire, StoreError> {
        let row = sqlx::query(
            "SELECT questions, open_json FROM deliberation_questionnaires WHERE panel_id = $1",
        )
        .bind(panel_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(Questionnaire::default());
        };
        let names: String = row.try_get("questions")?;
        let questions = names
            .split(',')
            .filter(|n| !n.is_empty())
            .map(|n| parse_stored("question", n.to_owned(), Question::parse))
            .collect::<Result<_, _>>()?;
        Ok(Questionnaire {
            questions,
            open: from_json("open question", row.try_get("open_json")?)?,
        })
    }

    /// Replaces the questionnaire.
    pub async fn set_questionnaire(
        &self,
        panel: &Panel,
        questionnaire: &Questionnaire,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let names: Vec<&str> = questionnaire.questions.iter().map(|q| q.as_str()).collect();
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO deliberation_questionnaires (panel_id, questions, open_json) \
             VALUES ($1, $2, $3) ON CONFLICT (panel_id) DO UPDATE SET \
             questions = excluded.questions, open_json = excluded.open_json",
        )
        .bind(&panel.id)
        .bind(names.join(","))
        .bind(to_json(&questionnaire.open))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "deliberation.questionnaire",
            json!({ "questions": names }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores a member's answers about session `number` (replacing theirs, if they answered
    /// before). Refused before the session's day (`today`, in Brussels) and for anyone who is
    /// not a panel member. Not audited, and stored without the account: anonymous.
    pub async fn submit_evaluation(
        &self,
        panel: &Panel,
        number: u32,
        account_id: &str,
        response: &Response,
        today: Date,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, body_json FROM deliberation_sessions WHERE panel_id = $1 AND number = $2",
        )
        .bind(&panel.id)
        .bind(i64::from(number))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DeliberationRefusal::Unknown)?;
        let session_id: String = row.try_get("id")?;
        let plan: SessionInput = from_json("session", row.try_get("body_json")?)?;
        if plan.date > today {
            return Err(DeliberationRefusal::NotHeldYet.into());
        }
        if !is_member(&mut tx, panel, account_id).await? {
            return Err(DeliberationRefusal::NotAMember.into());
        }
        sqlx::query(
            "INSERT INTO deliberation_evaluations (session_id, respondent, body_json, submitted_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (session_id, respondent) DO UPDATE SET \
             body_json = excluded.body_json, submitted_at = excluded.submitted_at",
        )
        .bind(&session_id)
        .bind(respondent(&session_id, account_id))
        .bind(to_json(response))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The member's own answers about each session they evaluated, by session number.
    pub async fn own_evaluations(
        &self,
        panel_id: &str,
        account_id: &str,
    ) -> Result<Vec<(u32, Response)>, StoreError> {
        let mut own = Vec::new();
        for session in self.deliberation_sessions(panel_id).await? {
            let row = sqlx::query(
                "SELECT body_json FROM deliberation_evaluations WHERE session_id = $1 AND respondent = $2",
            )
            .bind(&session.id)
            .bind(respondent(&session.id, account_id))
            .fetch_optional(&self.pool)
            .await?;
            if let Some(row) = row {
                own.push((
                    session.number,
                    from_json("evaluation", row.try_get("body_json")?)?,
                ));
            }
        }
        Ok(own)
    }

    /// Every answered questionnaire of the panel, with its session's number.
    pub async fn evaluations(&self, panel_id: &str) -> Result<Vec<(u32, Response)>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.number, e.body_json FROM deliberation_evaluations e \
             JOIN deliberation_sessions s ON s.id = e.session_id WHERE s.panel_id = $1 \
             ORDER BY s.number, e.submitted_at",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    stored_u32("session number", row.try_get("number")?)?,
                    from_json("evaluation", row.try_get("body_json")?)?,
                ))
            })
            .collect()
    }
}

/// An uploaded file as stored with its item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// Its kind, sniffed from its bytes (`klero_files::Kind::name`).
    pub kind: String,
    /// Its sanitised name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, hex.
    pub sha256: String,
    /// Its bytes, base64, when kept in the database; `None` when kept in the folder.
    pub data: Option<String>,
}

/// An item of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryItem {
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// Its description.
    pub input: ItemInput,
    /// Published, pending or rejected.
    pub state: ItemState,
    /// Why it was rejected.
    pub reason: String,
    /// Its file, without the bytes.
    pub file: Option<StoredFile>,
    /// When it was added.
    pub at: i64,
}

/// The default largest upload: 10 MB.
pub const DEFAULT_MAX_UPLOAD: u64 = 10 * 1024 * 1024;
/// The largest upload an organiser may allow: 50 MB.
pub const MAX_UPLOAD: u64 = 50 * 1024 * 1024;

impl Store {
    /// The largest upload the organiser allows for the panel's library.
    pub async fn library_limit(&self, panel_id: &str) -> Result<u64, StoreError> {
        let row =
            sqlx::query("SELECT max_bytes FROM deliberation_library_settings WHERE panel_id = $1")
                .bind(panel_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(match row {
            Some(row) => u64::try_from(row.try_get::<i64, _>("max_bytes")?)
                .unwrap_or(DEFAULT_MAX_UPLOAD)
                .min(MAX_UPLOAD),
            None => DEFAULT_MAX_UPLOAD,
        })
    }

    /// Sets the largest upload (at most [`MAX_UPLOAD`]).
    pub async fn set_library_limit(
        &self,
        panel: &Panel,
        bytes: u64,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let bytes = bytes.min(MAX_UPLOAD);
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO deliberation_library_settings (panel_id, max_bytes) VALUES ($1, $2) \
             ON CONFLICT (panel_id) DO UPDATE SET max_bytes = excluded.max_bytes",
        )
        .bind(&panel.id)
        .bind(i64::try_from(bytes).unwrap_or(i64::MAX))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "library.limit",
            json!({ "bytes": bytes }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds an item (published, or pending when a stakeholder submitted it, with their contact
    /// address kept apart); returns its number.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_library_item(
        &self,
        panel: &Panel,
        input: &ItemInput,
        file: Option<&StoredFile>,
        state: ItemState,
        contact: Option<&str>,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        let next = next_number(
            &mut tx,
            next_sql!("deliberation_library", "panel_id"),
            &panel.id,
        )
        .await?;
        let id = new_id()?;
        sqlx::query(
            "INSERT INTO deliberation_library (id, panel_id, number, body_json, state, reason, \
             file_kind, file_name, file_size, file_sha256, file_data, added_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, '', $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(&id)
        .bind(&panel.id)
        .bind(next)
        .bind(to_json(input))
        .bind(state.as_str())
        .bind(file.map(|f| f.kind.clone()))
        .bind(file.map(|f| f.name.clone()))
        .bind(file.map(|f| i64::try_from(f.size).unwrap_or(i64::MAX)))
        .bind(file.map(|f| f.sha256.clone()))
        .bind(file.and_then(|f| f.data.clone()))
        .bind(actor_id(actor))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if let Some(email) = contact {
            sqlx::query("INSERT INTO deliberation_submitters (item_id, email) VALUES ($1, $2)")
                .bind(&id)
                .bind(email)
                .execute(&mut *tx)
                .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "library.add",
            json!({ "number": next, "source": input.source.as_str(), "state": state.as_str(),
                    "file": file.map(|f| f.sha256.clone()) }),
            now,
        )
        .await?;
        tx.commit().await?;
        stored_u32("library number", next)
    }

    /// The panel's library, newest first, without the files' bytes: what `include` lets
    /// through (the public sees published public items only).
    pub async fn library(
        &self,
        panel_id: &str,
        panel_only: bool,
        moderation: bool,
    ) -> Result<Vec<LibraryItem>, StoreError> {
        let rows = sqlx::query(
            "SELECT number, body_json, state, reason, file_kind, file_name, file_size, \
             file_sha256, created_at FROM deliberation_library WHERE panel_id = $1 \
             ORDER BY number DESC",
        )
        .bind(panel_id)
        .fetch_all(&self.pool)
        .await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in &rows {
            let item = library_item(row, None)?;
            let shown = match item.state {
                ItemState::Published => panel_only || item.input.visibility == Visibility::Public,
                ItemState::Pending | ItemState::Rejected => moderation,
            };
            if shown {
                items.push(item);
            }
        }
        Ok(items)
    }

    /// One item with its file's bytes (base64, when kept in the database).
    pub async fn library_file(
        &self,
        panel_id: &str,
        number: u32,
    ) -> Result<Option<LibraryItem>, StoreError> {
        let row = sqlx::query(
            "SELECT number, body_json, state, reason, file_kind, file_name, file_size, \
             file_sha256, file_data, created_at FROM deliberation_library \
             WHERE panel_id = $1 AND number = $2",
        )
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            let data: Option<String> = row.try_get("file_data")?;
            library_item(&row, data)
        })
        .transpose()
    }

    /// Publishes a pending submission, or rejects it with `reason`; the contact address is
    /// erased either way (it was only for this decision). Refused unless pending.
    pub async fn decide_submission(
        &self,
        panel: &Panel,
        number: u32,
        publish: bool,
        reason: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let id: String = sqlx::query(
            "SELECT id FROM deliberation_library WHERE panel_id = $1 AND number = $2 \
             AND state = 'pending'",
        )
        .bind(&panel.id)
        .bind(i64::from(number))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DeliberationRefusal::AlreadyDecided)?
        .try_get("id")?;
        let state = if publish {
            ItemState::Published
        } else {
            ItemState::Rejected
        };
        sqlx::query(
            "UPDATE deliberation_library SET state = $1, reason = $2, decided_at = $3 WHERE id = $4",
        )
        .bind(state.as_str())
        .bind(reason)
        .bind(now)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM deliberation_submitters WHERE item_id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "library.moderate",
            json!({ "number": number, "state": state.as_str(), "reason": reason }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The contact address of a pending submission, for the moderators.
    pub async fn submitter(
        &self,
        panel_id: &str,
        number: u32,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT s.email FROM deliberation_submitters s JOIN deliberation_library l \
             ON l.id = s.item_id WHERE l.panel_id = $1 AND l.number = $2",
        )
        .bind(panel_id)
        .bind(i64::from(number))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| r.try_get("email"))
            .transpose()
            .map_err(Into::into)
    }
}

fn library_item(row: &AnyRow, data: Option<String>) -> Result<LibraryItem, StoreError> {
    let kind: Option<String> = row.try_get("file_kind")?;
    let file = match kind {
        Some(kind) => {
            let size: Option<i64> = row.try_get("file_size")?;
            Some(StoredFile {
                kind,
                name: row
                    .try_get::<Option<String>, _>("file_name")?
                    .unwrap_or_default(),
                size: u64::try_from(size.unwrap_or(0)).unwrap_or(0),
                sha256: row
                    .try_get::<Option<String>, _>("file_sha256")?
                    .unwrap_or_default(),
                data,
            })
        }
        None => None,
    };
    Ok(LibraryItem {
        number: stored_u32("library number", row.try_get("number")?)?,
        input: from_json("library item", row.try_get("body_json")?)?,
        state: parse_stored("library state", row.try_get("state")?, ItemState::parse)?,
        reason: row.try_get("reason")?,
        file,
        at: row.try_get("created_at")?,
    })
}

/// A member's question to the experts, as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelQuestion {
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// The asker's name, unless they asked anonymously (or their account is gone).
    pub asker: Option<String>,
    /// Whether the reader asked it.
    pub mine: bool,
    /// The question.
    pub text: String,
    /// How many members support it.
    pub support: u32,
    /// Whether the reader supports it.
    pub supported: bool,
    /// The answer and the expert who wrote it.
    pub answer: Option<(Option<String>, String)>,
    /// When it was asked.
    pub at: i64,
}

impl Store {
    /// Records a member's question to the experts; returns its number.
    pub async fn ask_experts(
        &self,
        panel: &Panel,
        account_id: &str,
        text: &str,
        anonymous: bool,
        actor: &Actor,
        now: i64,
    ) -> Result<u32, StoreError> {
        let mut tx = self.begin_write().await?;
        if !is_member(&mut tx, panel, account_id).await? {
            return Err(DeliberationRefusal::NotAMember.into());
        }
        let next = next_number(
            &mut tx,
            next_sql!("deliberation_questions", "panel_id"),
            &panel.id,
        )
        .await?;
        sqlx::query(
            "INSERT INTO deliberation_questions (id, panel_id, number, asker_id, anonymous, body, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id()?)
        .bind(&panel.id)
        .bind(next)
        .bind(account_id)
        .bind(crate::flag(anonymous))
        .bind(text)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        // An anonymous question is audited without its asker.
        let who = if anonymous { &Actor::System } else { actor };
        audit(
            &mut tx,
            who,
            panel,
            "questions.ask",
            json!({ "number": next }),
            now,
        )
        .await?;
        tx.commit().await?;
        stored_u32("question number", next)
    }

    /// Adds the member's support to a question (again: no change).
    pub async fn support_question(
        &self,
        panel: &Panel,
        number: u32,
        account_id: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        if !is_member(&mut tx, panel, account_id).await? {
            return Err(DeliberationRefusal::NotAMember.into());
        }
        let id: String = sqlx::query(
            "SELECT id FROM deliberation_questions WHERE panel_id = $1 AND number = $2",
        )
        .bind(&panel.id)
        .bind(i64::from(number))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DeliberationRefusal::Unknown)?
        .try_get("id")?;
        sqlx::query(
            "INSERT INTO deliberation_question_support (question_id, account_id) VALUES ($1, $2) \
             ON CONFLICT (question_id, account_id) DO NOTHING",
        )
        .bind(&id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records an expert's written answer; refused once answered.
    pub async fn answer_question(
        &self,
        panel: &Panel,
        number: u32,
        text: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        let updated = sqlx::query(
            "UPDATE deliberation_questions SET answer = $1, answerer_id = $2, answered_at = $3 \
             WHERE panel_id = $4 AND number = $5 AND answer IS NULL",
        )
        .bind(text)
        .bind(actor_id(actor))
        .bind(now)
        .bind(&panel.id)
        .bind(i64::from(number))
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(DeliberationRefusal::AlreadyDecided.into());
        }
        audit(
            &mut tx,
            actor,
            panel,
            "questions.answer",
            json!({ "number": number }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The panel's questions, as `reader` (an account, or nobody) sees them: unanswered first,
    /// the most supported first; `answered_only` for the public.
    pub async fn panel_questions(
        &self,
        panel_id: &str,
        reader: Option<&str>,
        answered_only: bool,
    ) -> Result<Vec<PanelQuestion>, StoreError> {
        let rows = sqlx::query(
            "SELECT q.number, q.asker_id, q.anonymous, q.body, q.answer, q.created_at, \
             a.display_name AS asker, e.display_name AS expert, \
             (SELECT COUNT(*) FROM deliberation_question_support s WHERE s.question_id = q.id) \
             AS support, \
             (SELECT COUNT(*) FROM deliberation_question_support s WHERE s.question_id = q.id \
              AND s.account_id = $2) AS mine \
             FROM deliberation_questions q \
             LEFT JOIN accounts a ON a.id = q.asker_id \
             LEFT JOIN accounts e ON e.id = q.answerer_id \
             WHERE q.panel_id = $1",
        )
        .bind(panel_id)
        .bind(reader.unwrap_or_default())
        .fetch_all(&self.pool)
        .await?;
        let mut questions = Vec::new();
        for row in &rows {
            let answer: Option<String> = row.try_get("answer")?;
            if answered_only && answer.is_none() {
                continue;
            }
            let anonymous = row.try_get::<i64, _>("anonymous")? != 0;
            let asker_id: Option<String> = row.try_get("asker_id")?;
            questions.push(PanelQuestion {
                number: stored_u32("question number", row.try_get("number")?)?,
                asker: if anonymous {
                    None
                } else {
                    row.try_get("asker")?
                },
                mine: reader.is_some() && asker_id.as_deref() == reader,
                text: row.try_get("body")?,
                support: stored_u32("support", row.try_get("support")?)?,
                supported: row.try_get::<i64, _>("mine")? > 0,
                answer: match answer {
                    Some(text) => Some((row.try_get("expert")?, text)),
                    None => None,
                },
                at: row.try_get("created_at")?,
            });
        }
        questions.sort_by_key(|q| (q.answer.is_some(), std::cmp::Reverse(q.support), q.number));
        Ok(questions)
    }
}
