//! A summit's participants: the import, the search at the door, check-in with a personal voting
//! code, no-shows, and erasing a name after the summit.

use super::{SummitRefusal, Tx, audit, bump, from_json, to_json};
use crate::audit::Actor;
use crate::{Store, StoreError, digest, new_id, parse_stored, stored_u32};
use klero_domain::assembly::Panel;
use klero_domain::summit::participant::{ParticipantInput, VotingCode, search_fold};
use klero_domain::summit::voting::Group;
use serde_json::json;
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::HashSet;

/// Whether a participant has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attendance {
    /// Not checked in, not marked absent.
    Expected,
    /// Checked in at this time (seconds since the Unix epoch).
    Present {
        /// When they were checked in.
        since: i64,
    },
    /// Marked as a no-show.
    Absent,
}

/// A participant as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Stable opaque identifier (also the voter key for [`display_order`]).
    ///
    /// [`display_order`]: klero_domain::summit::voting::display_order
    pub id: String,
    /// 1, 2, 3... within the panel, in the order of import.
    pub seq: u32,
    /// The pseudonymous key from the selection.
    pub key: String,
    /// The name; `None` once erased.
    pub name: Option<String>,
    /// The group.
    pub group: Group,
    /// Languages, lower case.
    pub languages: Vec<String>,
    /// Needs (access, diet, interpreting...); blank once erased.
    pub needs: String,
    /// The selection's balance columns, as name and value.
    pub attributes: Vec<(String, String)>,
    /// Whether they came.
    pub attendance: Attendance,
    /// Whether they hold a voting code (from check-in until an undone check-in).
    pub has_code: bool,
}

/// The `SELECT` of participants with their names, followed by `$rest`.
macro_rules! select_participants {
    ($rest:literal) => {
        concat!(
            "SELECT p.id, p.seq, p.participant_key, p.grp, p.languages, p.needs, \
             p.attributes_json, p.checked_in_at, p.absent, p.code_hash, pe.name \
             FROM summit_participants p LEFT JOIN summit_people pe ON pe.participant_id = p.id ",
            $rest
        )
    };
}

fn participant(row: &AnyRow) -> Result<Participant, StoreError> {
    let checked_in_at: Option<i64> = row.try_get("checked_in_at")?;
    let absent: i64 = row.try_get("absent")?;
    let code_hash: Option<String> = row.try_get("code_hash")?;
    let languages: String = row.try_get("languages")?;
    Ok(Participant {
        id: row.try_get("id")?,
        seq: stored_u32("participant number", row.try_get("seq")?)?,
        key: row.try_get("participant_key")?,
        name: row.try_get("name")?,
        group: parse_stored("group", row.try_get("grp")?, Group::parse)?,
        languages: languages
            .split(';')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        needs: row.try_get("needs")?,
        attributes: from_json("attributes", row.try_get("attributes_json")?)?,
        attendance: match (checked_in_at, absent) {
            (Some(since), _) => Attendance::Present { since },
            (None, 0) => Attendance::Expected,
            (None, _) => Attendance::Absent,
        },
        has_code: code_hash.is_some(),
    })
}

/// `text` with the `LIKE` wildcards and the escape character escaped (`ESCAPE '\'`).
fn like_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The participant's check-in time, or a refusal when they are not in the panel.
pub(super) async fn checked_in_at(
    tx: &mut Tx,
    panel_id: &str,
    participant_id: &str,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "SELECT checked_in_at FROM summit_participants WHERE panel_id = $1 AND id = $2",
    )
    .bind(panel_id)
    .bind(participant_id)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(SummitRefusal::UnknownParticipant)?;
    Ok(row.try_get("checked_in_at")?)
}

/// Gives the participant `code` (as its digest), refused when another participant has it.
async fn set_code(
    tx: &mut Tx,
    panel_id: &str,
    participant_id: &str,
    code: &VotingCode,
    checked_in_at: i64,
) -> Result<(), StoreError> {
    let hash = digest(code.as_str());
    let taken = sqlx::query(
        "SELECT 1 AS one FROM summit_participants WHERE panel_id = $1 AND code_hash = $2",
    )
    .bind(panel_id)
    .bind(&hash)
    .fetch_optional(&mut **tx)
    .await?;
    if taken.is_some() {
        return Err(SummitRefusal::CodeTaken.into());
    }
    sqlx::query(
        "UPDATE summit_participants SET code_hash = $1, checked_in_at = $2, absent = 0 \
         WHERE panel_id = $3 AND id = $4",
    )
    .bind(hash)
    .bind(checked_in_at)
    .bind(panel_id)
    .bind(participant_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

impl Store {
    /// Adds participants to the panel's summit, all or none; returns how many. Refused with
    /// [`SummitRefusal::DuplicateKey`] when a key occurs twice in `inputs` or is already taken.
    pub async fn import_participants(
        &self,
        panel: &Panel,
        inputs: &[ParticipantInput],
        actor: &Actor,
        now: i64,
    ) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let mut keys: HashSet<String> =
            sqlx::query("SELECT participant_key FROM summit_participants WHERE panel_id = $1")
                .bind(&panel.id)
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| r.try_get("participant_key"))
                .collect::<Result<_, _>>()?;
        for input in inputs {
            if !keys.insert(input.key().to_owned()) {
                return Err(SummitRefusal::DuplicateKey(input.key().to_owned()).into());
            }
        }
        let groups: Vec<Group> = inputs.iter().map(ParticipantInput::group).collect();
        super::staffing::check_quotas(&mut tx, &panel.id, &groups).await?;
        let last: i64 = sqlx::query(
            "SELECT COALESCE(MAX(seq), 0) AS last FROM summit_participants WHERE panel_id = $1",
        )
        .bind(&panel.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("last")?;
        for (seq, input) in (last + 1..).zip(inputs) {
            let id = new_id()?;
            sqlx::query(
                "INSERT INTO summit_participants (id, panel_id, seq, participant_key, grp, \
                 languages, needs, attributes_json, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&id)
            .bind(&panel.id)
            .bind(seq)
            .bind(input.key())
            .bind(input.group().as_str())
            .bind(input.languages().join(";"))
            .bind(input.needs())
            .bind(to_json(&input.attributes()))
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO summit_people (participant_id, name, name_folded) VALUES ($1, $2, $3)",
            )
            .bind(&id)
            .bind(input.name())
            .bind(search_fold(input.name()))
            .execute(&mut *tx)
            .await?;
        }
        audit(
            &mut tx,
            actor,
            panel,
            "summit.participants.import",
            json!({ "count": inputs.len() }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(inputs.len())
    }

    /// The panel's participants, in the order of import.
    pub async fn participants(&self, panel_id: &str) -> Result<Vec<Participant>, StoreError> {
        sqlx::query(select_participants!("WHERE p.panel_id = $1 ORDER BY p.seq"))
            .bind(panel_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(participant)
            .collect()
    }

    /// One participant of the panel.
    pub async fn participant(
        &self,
        panel_id: &str,
        participant_id: &str,
    ) -> Result<Option<Participant>, StoreError> {
        sqlx::query(select_participants!("WHERE p.panel_id = $1 AND p.id = $2"))
            .bind(panel_id)
            .bind(participant_id)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(participant)
            .transpose()
    }

    /// At most `limit` participants whose name contains `query` (compared folded: case and
    /// accents do not matter, so "sofie" finds "Sofié") or whose key starts with it (case
    /// ignored); names that start with it first, then by name. A blank query finds nobody.
    ///
    /// The panel's index narrows the search to one summit's participants (hundreds, a few
    /// thousand at most), whose folded names are then matched.
    pub async fn search_participants(
        &self,
        panel_id: &str,
        query: &str,
        limit: u32,
    ) -> Result<Vec<Participant>, StoreError> {
        let folded = like_escaped(&search_fold(query));
        if folded.is_empty() {
            return Ok(Vec::new());
        }
        let key = like_escaped(&query.trim().to_lowercase());
        sqlx::query(select_participants!(
            "WHERE p.panel_id = $1 \
             AND (pe.name_folded LIKE $2 ESCAPE '\\' OR LOWER(p.participant_key) LIKE $3 ESCAPE '\\') \
             ORDER BY CASE WHEN pe.name_folded LIKE $4 ESCAPE '\\' THEN 0 ELSE 1 END, \
             pe.name_folded, p.seq LIMIT $5"
        ))
        .bind(panel_id)
        .bind(format!("%{folded}%"))
        .bind(format!("{key}%"))
        .bind(format!("{folded}%"))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(participant)
        .collect()
    }

    /// The participant of the panel who holds `code`, if any.
    pub async fn participant_by_code(
        &self,
        panel_id: &str,
        code: &VotingCode,
    ) -> Result<Option<Participant>, StoreError> {
        sqlx::query(select_participants!(
            "WHERE p.panel_id = $1 AND p.code_hash = $2"
        ))
        .bind(panel_id)
        .bind(digest(code.as_str()))
        .fetch_optional(&self.pool)
        .await?
        .as_ref()
        .map(participant)
        .transpose()
    }

    /// Checks a participant in with `code`, which the caller drew ([`VotingCode::from_random`])
    /// and shows them once: only its digest is stored. Clears a no-show mark. Refused when
    /// they are checked in already (use [`Store::reissue_code`]) or another participant has
    /// the code ([`SummitRefusal::CodeTaken`]: draw another).
    pub async fn check_in(
        &self,
        panel: &Panel,
        participant_id: &str,
        code: &VotingCode,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        if checked_in_at(&mut tx, &panel.id, participant_id)
            .await?
            .is_some()
        {
            return Err(SummitRefusal::AlreadyCheckedIn.into());
        }
        set_code(&mut tx, &panel.id, participant_id, code, now).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.check_in",
            json!({ "participant": participant_id }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Gives a checked-in participant a new code (a lost or seen code); the old one stops
    /// working at once, and the ballots cast with it stand. Refused when they are not
    /// checked in or another participant has the code.
    pub async fn reissue_code(
        &self,
        panel: &Panel,
        participant_id: &str,
        code: &VotingCode,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let Some(since) = checked_in_at(&mut tx, &panel.id, participant_id).await? else {
            return Err(SummitRefusal::NotCheckedIn.into());
        };
        set_code(&mut tx, &panel.id, participant_id, code, since).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.code.reissue",
            json!({ "participant": participant_id }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Undoes a check-in made by mistake: the participant is expected again and their code
    /// stops working (ballots already cast stand). Refused when they are not checked in.
    pub async fn undo_check_in(
        &self,
        panel: &Panel,
        participant_id: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        if checked_in_at(&mut tx, &panel.id, participant_id)
            .await?
            .is_none()
        {
            return Err(SummitRefusal::NotCheckedIn.into());
        }
        sqlx::query(
            "UPDATE summit_participants SET checked_in_at = NULL, code_hash = NULL \
             WHERE panel_id = $1 AND id = $2",
        )
        .bind(&panel.id)
        .bind(participant_id)
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.check_in.undo",
            json!({ "participant": participant_id }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a no-show. Refused when the participant is checked in; a later check-in (they
    /// came late) clears the mark.
    pub async fn mark_absent(
        &self,
        panel: &Panel,
        participant_id: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        if checked_in_at(&mut tx, &panel.id, participant_id)
            .await?
            .is_some()
        {
            return Err(SummitRefusal::AlreadyCheckedIn.into());
        }
        sqlx::query("UPDATE summit_participants SET absent = 1 WHERE panel_id = $1 AND id = $2")
            .bind(&panel.id)
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.absent",
            json!({ "participant": participant_id }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Erases a participant's personal data: the name is deleted and the needs blanked. The
    /// pseudonymous row (key, group, languages, attributes, attendance) and the ballots stay.
    pub async fn erase_person(
        &self,
        panel: &Panel,
        participant_id: &str,
        actor: &Actor,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        checked_in_at(&mut tx, &panel.id, participant_id).await?;
        sqlx::query("DELETE FROM summit_people WHERE participant_id = $1")
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE summit_participants SET needs = '' WHERE panel_id = $1 AND id = $2")
            .bind(&panel.id)
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.person.erase",
            json!({ "participant": participant_id }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Erases the personal data of every participant of the panel, as [`Store::erase_person`]
    /// does for one, and the names of the facilitators and translators (after the summit);
    /// returns how many participants' names were deleted.
    pub async fn erase_people(
        &self,
        panel: &Panel,
        actor: &Actor,
        now: i64,
    ) -> Result<u64, StoreError> {
        let mut tx = self.begin_write().await?;
        bump(&mut tx, &panel.id).await?;
        let erased = sqlx::query(
            "DELETE FROM summit_people WHERE participant_id IN \
             (SELECT id FROM summit_participants WHERE panel_id = $1)",
        )
        .bind(&panel.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("UPDATE summit_participants SET needs = '' WHERE panel_id = $1")
            .bind(&panel.id)
            .execute(&mut *tx)
            .await?;
        super::staffing::erase_names(&mut tx, &panel.id).await?;
        audit(
            &mut tx,
            actor,
            panel,
            "summit.people.erase",
            json!({ "count": erased }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(erased)
    }
}
